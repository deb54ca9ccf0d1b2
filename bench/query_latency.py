"""Latency of the query library on a ≥1M-triple graph: filmgraph vs raw pyoxigraph vs rdflib.

The graph: the example reviews and the seed, synthetic reviews (``bench/synth.py``: films
reviewed many times, so claims and provenance pile up on them), the Wikipedia Movie Plots
catalogue, and the MetaQA knowledge base imported as many times as it takes to pass the target
size (copy k suffixes each film and person name with " (k)", so every copy is a distinct set
of nodes).

The same N-Quads are then loaded into a raw ``pyoxigraph.Store`` and into rdflib's in-memory
``Dataset``, and every query runs on all three in the same process:

* filmgraph — ``Store.load(..., bulk=True)``, then ``Store.query(sparql, bindings=...)``
  (parameters bound as a VALUES block), rows converted to rdflib terms, as users get them;
* pyoxigraph — the same query text with the same VALUES block, bound beforehand (pyoxigraph's
  own ``substitutions`` refuse variables outside the projection), rows materialised as
  pyoxigraph terms;
* rdflib — ``Dataset.query(sparql, initBindings=...)``, rows materialised.

    python bench/query_latency.py                       # ≥1M triples, 5 timed runs per query
    python bench/query_latency.py --reviews 0           # catalogues only
    python bench/query_latency.py --target 200000       # a quicker look
"""

from __future__ import annotations

import argparse
import gc
import json
import math
import signal
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pyoxigraph as ox
from rdflib import Dataset, Literal
from synth import write_corpus

from filmgraph import ingest, open_store
from filmgraph.catalogue import import_catalogue
from filmgraph.query import bind_params, load_query
from filmgraph.resources import data_dir
from filmgraph.store import bind_values

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO.parent / "shared" / "corpus"
KB = CORPUS / "metaqa" / "kb_subset_from_1hop_dev_test.txt"
WIKIPLOTS = CORPUS / "wikiplots" / "wiki_movie_plots_subset.csv"
SEED = CORPUS / "seed" / "closeness.txt"
PERSON_RELATIONS = {"directed_by", "written_by", "starred_actors"}

# (query, parameters): review-made facts and catalogue-scale ones.
CASES: list[tuple[str, dict[str, str]]] = [
    ("cast", {"title": "Closeness"}),
    ("films-in-place", {"place": "Russia"}),
    ("themes-by-region", {"region": "Russia"}),
    ("similar-films", {"title": "Closeness"}),
    ("claim-sources", {"subject": "Closeness", "predicate": "director"}),
    ("film-facts", {"title": "Closeness"}),
    ("filmography", {"name": "Ingmar Bergman"}),
    ("filmography", {"name": "Werner Herzog (3)"}),
    ("film-credits", {"title": "Kismet"}),
    ("co-stars", {"actor": "Tom Hanks"}),
    ("collaborators", {"director": "Spike Lee"}),
    ("films-with-keyword", {"keyword": "family"}),
    ("films-about", {"theme": "family"}),
]


def kb_copy(lines: list[str], k: int) -> str:
    out = []
    for line in lines:
        parts = line.split("|")
        if len(parts) != 3:
            continue
        film, relation, obj = parts
        if relation in PERSON_RELATIONS:
            obj = f"{obj} ({k})"
        out.append(f"{film} ({k})|{relation}|{obj}")
    return "\n".join(out) + "\n"


def build(target: int, reviews: int, workdir: Path) -> tuple[Any, float]:
    start = time.perf_counter()
    store = open_store()
    sources = [data_dir() / "example", SEED]
    if reviews:
        sources += write_corpus(reviews, workdir / "synth")
    ingest(sources, store)
    import_catalogue(store, WIKIPLOTS)
    import_catalogue(store, KB)
    lines = KB.read_text(encoding="utf-8").splitlines()
    k = 1
    while len(store) < target:
        path = workdir / f"metaqa-copy-{k}.txt"
        path.write_text(kb_copy(lines, k), encoding="utf-8")
        import_catalogue(store, path)
        k += 1
    return store, time.perf_counter() - start


def busiest_film(store: Any) -> list[tuple[str, dict[str, str]]]:
    """Cases for the film most claims are about (a synthetic one, reviewed many times)."""
    rows = store.query(
        "SELECT ?n (COUNT(?c) AS ?k) WHERE { GRAPH ?g { ?c "
        "<http://www.w3.org/1999/02/22-rdf-syntax-ns#subject> ?f } ?f a <https://schema.org/Movie>"
        " ; <https://schema.org/name> ?n } GROUP BY ?n ORDER BY DESC(?k) LIMIT 1").rows
    if not rows:
        return []
    title = str(rows[0][0])
    print(f"the film most claims are about: {title} ({rows[0][1]} claims)")
    return [("cast", {"title": title}), ("claim-sources", {"subject": title, "predicate": "actor"})]


class TimedOut(Exception):
    pass


def _alarm(signum: int, frame: object) -> None:
    raise TimedOut


def timed(fn: Callable[[], object], repeat: int, limit: float) -> tuple[float, int]:
    """Median seconds per run after a warm-up: at least ``repeat`` runs and 0.3 s of them.

    A run longer than ``limit`` seconds is stopped (SIGALRM: rdflib is pure Python) and
    reported as ``limit``, a lower bound.
    """
    signal.signal(signal.SIGALRM, _alarm)
    signal.setitimer(signal.ITIMER_REAL, limit)
    try:
        t0 = time.perf_counter()
        fn()
        first = time.perf_counter() - t0
    except TimedOut:
        return limit, 0
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
    if first * repeat > limit:
        return first, 1
    runs: list[float] = []
    while len(runs) < repeat or (sum(runs) < 0.3 and len(runs) < 500):
        t0 = time.perf_counter()
        fn()
        runs.append(time.perf_counter() - t0)
    return statistics.median(runs), len(runs)


def paired(a: Callable[[], object], b: Callable[[], object], repeat: int) -> tuple[float, float]:
    """Median seconds of ``a`` and of ``b``, run alternately so that load from other processes
    on a shared machine falls on both alike; at least ``repeat`` pairs and 0.5 s of them."""
    a(), b()
    runs_a: list[float] = []
    runs_b: list[float] = []
    while len(runs_a) < repeat or (sum(runs_a) + sum(runs_b) < 0.5 and len(runs_a) < 1000):
        for fn, runs in ((a, runs_a), (b, runs_b)):
            t0 = time.perf_counter()
            fn()
            runs.append(time.perf_counter() - t0)
    return statistics.median(runs_a), statistics.median(runs_b)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--target", type=int, default=1_000_000, help="minimum triples")
    parser.add_argument("--reviews", type=int, default=1000, help="synthetic reviews")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--limit", type=float, default=60.0,
                        help="seconds one run may take before it is stopped (rdflib)")
    parser.add_argument("--json", type=Path, help="also write the numbers to this file")
    args = parser.parse_args(argv)
    if not (KB.is_file() and WIKIPLOTS.is_file() and SEED.is_file()):
        print(f"{CORPUS}: the shared corpus is not beside the repository", file=sys.stderr)
        return 2

    with tempfile.TemporaryDirectory() as tmp:
        built, build_s = build(args.target, args.reviews, Path(tmp))
    nquads = built.export("nquads")
    assert isinstance(nquads, bytes)
    print(f"graph: {len(built):,} triples; filmgraph built it (ingest + import) in {build_s:.1f} s")
    del built
    # Each system loads the same N-Quads the same way, so store layout is not what is compared.
    t0 = time.perf_counter()
    store = open_store()
    store.load(nquads, format="nquads", bulk=True)
    print(f"filmgraph loaded the N-Quads in {time.perf_counter() - t0:.1f} s")

    t0 = time.perf_counter()
    raw = ox.Store()
    raw.bulk_load(nquads, format=ox.RdfFormat.N_QUADS)
    # Like filmgraph's store: the default graph is the merge (a set) of the named graphs.
    raw.update("INSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }")
    print(f"pyoxigraph loaded the N-Quads in {time.perf_counter() - t0:.1f} s")
    t0 = time.perf_counter()
    ds = Dataset(default_union=True)
    ds.parse(data=nquads, format="nquads")
    rdflib_load = time.perf_counter() - t0
    # rdflib's graph is millions of Python objects; without this, every garbage collection
    # walks them all, and whichever system allocates more pays for rdflib being loaded.
    gc.collect()
    gc.freeze()
    print(f"rdflib Memory loaded the N-Quads in {rdflib_load:.1f} s ({len(ds):,} triples)")

    rows = []
    header = (f"{'query':20} {'parameters':34} {'rows':>5} {'filmgraph':>10} {'pyoxigraph':>10} "
              f"{'rdflib':>10} {'rdflib/fg':>9} {'fg/ox':>6}")
    print(header)
    print("-" * len(header))
    cases = CASES + busiest_film(store)
    for name, params in cases:
        q = load_query(name)
        bindings = bind_params(q, params)
        bound = bind_values(q.sparql, bindings)
        init = {k: Literal(v) for k, v in params.items()}
        answers: dict[str, int] = {}

        def fg(q: Any = q, b: Any = bindings, answers: dict[str, int] = answers) -> None:
            answers["fg"] = len(store.query(q.sparql, bindings=b).rows)

        def oxq(text: str = bound, answers: dict[str, int] = answers) -> None:
            result = raw.query(text)
            names = [v.value for v in result.variables]
            answers["ox"] = len([tuple(sol[n] for n in names) for sol in result])

        def rdf(q: Any = q, i: Any = init, answers: dict[str, int] = answers) -> None:
            answers["rdflib"] = len(list(ds.query(q.sparql, initBindings=i)))

        t_fg, t_ox = paired(fg, oxq, args.repeat)
        t_rdf, n_rdf = timed(rdf, args.repeat, args.limit)
        if n_rdf and len(set(answers.values())) != 1:
            print(f"  warning: {name} row counts differ: {answers}", file=sys.stderr)
        shown = ", ".join(f"{k}={v}" for k, v in params.items())
        print(f"{name:20} {shown[:34]:34} {answers['fg']:>5} {t_fg * 1000:>8.2f}ms "
              f"{t_ox * 1000:>8.2f}ms {t_rdf * 1000:>8.1f}ms {t_rdf / t_fg:>8.0f}× "
              f"{t_fg / t_ox:>5.2f}×" + {0: "  (rdflib stopped: a lower bound)",
                                          1: "  (rdflib timed once)"}.get(n_rdf, ""))
        rows.append({"query": name, "params": params, "rows": answers["fg"],
                     "filmgraph_ms": t_fg * 1000, "pyoxigraph_ms": t_ox * 1000,
                     "rdflib_ms": t_rdf * 1000, "rdflib_stopped": n_rdf == 0})

    def geo(values: list[float]) -> float:
        return math.exp(statistics.fmean(math.log(v) for v in values))

    speedup = geo([r["rdflib_ms"] / r["filmgraph_ms"] for r in rows])
    overhead = geo([r["filmgraph_ms"] / r["pyoxigraph_ms"] for r in rows])
    worst = max(r["filmgraph_ms"] / r["pyoxigraph_ms"] for r in rows)
    print(f"\ngeometric mean: filmgraph {speedup:.0f}× faster than rdflib Memory; "
          f"{overhead:.2f}× raw pyoxigraph (worst query {worst:.2f}×)")
    if args.json:
        args.json.write_text(json.dumps({
            "triples": len(store), "build_s": build_s, "rdflib_load_s": rdflib_load,
            "queries": rows, "speedup_vs_rdflib": speedup, "overhead_vs_pyoxigraph": overhead,
        }, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
