"""How filmgraph scales with the corpus: extraction, end-to-end ingest, store load, queries.

For each corpus size a synthetic corpus is generated (``bench/synth.py``), then, side by side:

* extraction per core — extract + resolve + build + N-Quads of a 300-review sample, in one
  process (reviews/s for one core);
* end to end — ``filmgraph ingest --workers W`` into a fresh on-disk store, in a child
  process: wall time, reviews/s, time spent writing the store, peak memory of the parent
  and of the largest worker;
* store load — the same N-Quads (dumped from that store) loaded, each in a fresh child
  process, by filmgraph's crash-safe batch loader (``load_shards`` over shards of 500 reviews:
  commit marker + bulk load per 10,000 reviews, the merged default graph in the same pass), by raw
  ``pyoxigraph.Store(dir).bulk_load`` and by rdflib's in-memory ``Dataset.parse``: seconds
  and peak memory. filmgraph and raw pyoxigraph alternate ``--load-runs`` times (medians
  reported), so both see the same share of a machine that other jobs use too;
* library queries — median latency of named queries from ``queries/`` on the ingested store.

    python bench/scale.py                      # 1k and 10k reviews, 2 workers
    python bench/scale.py --sizes 1000 10000 100000

It writes ``bench/results/scale.md`` and prints it.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from synth import write_corpus  # noqa: E402

from filmgraph.parallel import extract_shard  # noqa: E402
from filmgraph.sources import iter_reviews  # noqa: E402
from filmgraph.store import open_store  # noqa: E402

BATCH = 500
# (label, query, parameters); None is filled in from the store. The busiest film has the most
# reviews, so each of its facts is repeated in the most review graphs.
QUERIES: list[tuple[str, str, dict[str, str | None]]] = [
    ("cast, a film with 1 review", "cast", {"title": None}),
    ("cast, the busiest film", "cast", {"title": None}),
    ("co-stars, busiest actor", "co-stars", {"actor": None}),
    ("films-in-place", "films-in-place", {"place": "United States"}),
]
QUERY_TIMEOUT = 60.0  # for the warm-up run and 5 timed runs together
_FILMS_BY_REVIEWS = """
PREFIX schema: <https://schema.org/>
SELECT ?name (COUNT(DISTINCT ?r) AS ?n) WHERE {
  GRAPH ?g { ?r schema:itemReviewed ?f . ?f schema:name ?name } } GROUP BY ?name ORDER BY ?n ?name
"""
_ACTORS_BY_FILMS = """
PREFIX schema: <https://schema.org/>
SELECT ?name (COUNT(DISTINCT ?f) AS ?n) WHERE {
  GRAPH ?g { ?f schema:actor ?p . ?p schema:name ?name } } GROUP BY ?name ORDER BY DESC(?n) LIMIT 1
"""
_QUERY = """
import json, statistics, sys, time
from filmgraph.query import bind_params, load_query
from filmgraph.store import open_store
store = open_store(sys.argv[1], read_only=True)
query = load_query(sys.argv[2])
bindings = bind_params(query, json.loads(sys.argv[3]))
store.query(query.sparql, bindings=bindings)  # warm the caches once
times = []
for _ in range(5):
    t = time.perf_counter()
    rows = store.query(query.sparql, bindings=bindings).rows
    times.append(time.perf_counter() - t)
print(json.dumps({"ms": statistics.median(times) * 1000, "rows": len(rows)}))
"""

# Child-process bodies: each prints one JSON line. Peak memory is VmHWM, which starts afresh
# with each program (ru_maxrss would carry over the forking parent's peak).
_PEAK = """
def peak_mb():
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
"""
_INGEST = _PEAK + """
import json, resource, sys, time
from filmgraph import ingest, open_store
t = time.perf_counter()
with open_store(sys.argv[1]) as store:
    r = ingest([sys.argv[2]], store, workers=int(sys.argv[3]), batch_size=int(sys.argv[4]))
    triples = r.triples
print(json.dumps({"seconds": time.perf_counter() - t, "reviews": r.ingested,
    "errors": len(r.errors), "load_seconds": r.load_seconds, "triples": triples,
    "rss_mb": peak_mb(),
    "worker_rss_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024}))
"""
_LOAD = _PEAK + """
import json, sys, time
kind, source, target = sys.argv[1:4]
import pyoxigraph as ox
from rdflib import Dataset
from filmgraph.distributed import load_shards
from filmgraph.store import open_store
t = time.perf_counter()  # imports excluded: they are the same whatever the corpus size
if kind == "filmgraph":
    with open_store(target) as store:
        load_shards(store, source)
        n = len(store)
elif kind == "pyoxigraph":
    store = ox.Store(target)
    store.bulk_load(path=source, format=ox.RdfFormat.N_QUADS)
    store.flush()
    n = len(store)
else:
    ds = Dataset()
    ds.parse(source, format="nquads")
    n = sum(1 for _ in ds.quads((None, None, None, None)))
print(json.dumps({"seconds": time.perf_counter() - t, "quads": n, "rss_mb": peak_mb()}))
"""


def _child(code: str, *args: str, timeout: float | None = None) -> dict[str, Any]:
    out = subprocess.run([sys.executable, "-c", code, *args], check=True, capture_output=True,
                         text=True, timeout=timeout)
    return dict(json.loads(out.stdout.strip().splitlines()[-1]))


def extraction_rate(corpus: Path, sample: int = 300) -> float:
    reviews = [r for r, _ in zip(iter_reviews([corpus]), range(sample), strict=False)]
    start = time.perf_counter()
    extract_shard(reviews)  # type: ignore[arg-type]
    return len(reviews) / (time.perf_counter() - start)


def split_into_shards(nquads: Path, out: Path, batch: int = BATCH) -> None:
    """Cut a dump into ``load_shards`` input: ``batch`` review graphs per shard, streamed."""
    out.mkdir(parents=True)
    index: dict[str, int] = {}
    handles: dict[int, Any] = {}
    graphs: dict[int, list[str]] = {}
    with nquads.open("rb") as dump:
        for line in dump:
            head = line.rstrip()[:-1].rstrip()  # drop the final " ."
            graph = head[head.rfind(b" ") + 1 :].strip(b"<>").decode()  # IRIs hold no spaces
            if graph not in index:
                index[graph] = len(index) // batch
                graphs.setdefault(index[graph], []).append(graph)
            number = index[graph]
            if number not in handles:
                handles[number] = (out / f"part-{number:05d}.nq").open("wb")
            handles[number].write(line)
    for number, handle in handles.items():
        handle.close()
        manifest = {"shard": f"part-{number:05d}.nq", "reviews": len(graphs[number]),
                    "graphs": graphs[number], "hashes": [], "errors": []}
        (out / f"part-{number:05d}.json").write_text(json.dumps(manifest), encoding="utf-8")


def query_latency(store_dir: Path, timeout: float) -> dict[str, dict[str, float]]:
    """Median of 5 runs of each query, each in a child process cut off after a timeout."""
    with open_store(store_dir, read_only=True) as store:
        # GRAPH ?g keeps these two look-ups within one review graph at a time.
        films = store.query(_FILMS_BY_REVIEWS).rows
        fill = {
            "cast, a film with 1 review": str(films[0][0]),
            "cast, the busiest film": str(films[-1][0]),
            "co-stars, busiest actor": str(store.query(_ACTORS_BY_FILMS).rows[0][0]),
        }
    out: dict[str, dict[str, float]] = {}
    for label, name, params in QUERIES:
        values = {k: v or fill[label] for k, v in params.items()}
        try:
            out[label] = _child(_QUERY, str(store_dir), name, json.dumps(values),
                                timeout=timeout)
        except subprocess.TimeoutExpired:
            out[label] = {"ms": float("inf"), "rows": -1, "timeout": timeout}
    return out


def _median(results: list[dict[str, Any]]) -> dict[str, Any]:
    """The run with the median time (the lower middle one of an even count)."""
    return dict(sorted(results, key=lambda r: float(r["seconds"]))[(len(results) - 1) // 2])


def measure(size: int, work: Path, workers: int, rdflib_max: int,
            query_timeout: float, load_runs: int = 1) -> dict[str, Any]:
    corpus = work / f"corpus-{size}"
    write_corpus(size, corpus)
    row: dict[str, Any] = {"size": size}
    row["extract_per_core"] = extraction_rate(corpus)
    store_dir = work / f"store-{size}"
    shutil.rmtree(store_dir, ignore_errors=True)
    row["e2e"] = _child(_INGEST, str(store_dir), str(corpus), str(workers), str(BATCH))
    dump = work / f"dump-{size}.nq"
    with open_store(store_dir, read_only=True) as store:
        store.export("nquads", dump)
    shards = work / f"shards-{size}"
    shutil.rmtree(shards, ignore_errors=True)
    split_into_shards(dump, shards)
    runs: dict[str, list[dict[str, Any]]] = {}
    row["loadavg_before_loads"] = os.getloadavg()
    for round_ in range(load_runs):
        for kind, source in (("filmgraph", shards), ("pyoxigraph", dump), ("rdflib", dump)):
            if kind == "rdflib" and (size > rdflib_max or round_ > 0):
                continue
            target = work / f"load-{kind}-{size}"
            shutil.rmtree(target, ignore_errors=True)
            runs.setdefault(kind, []).append(_child(_LOAD, kind, str(source), str(target)))
            shutil.rmtree(target, ignore_errors=True)
    row["load"] = {kind: {**_median(results), "runs": [r["seconds"] for r in results]}
                   for kind, results in runs.items()}
    row["queries"] = query_latency(store_dir, query_timeout)
    row["dump_mb"] = dump.stat().st_size / 2**20
    for path in (dump, shards, corpus):
        shutil.rmtree(path, ignore_errors=True) if path.is_dir() else path.unlink()
    return row


def _latency(item: dict[str, float]) -> str:
    if item["ms"] == float("inf"):
        return f"> {item['timeout']:.0f} s (cut off)"
    return f"{item['ms']:,.1f} ({item['rows']:.0f} rows)"


def _runs(row: dict[str, Any]) -> str:
    """How many alternating runs the load medians come from, and the 1-minute load average."""
    count = len(row["load"]["filmgraph"].get("runs", [0]))
    average = row.get("loadavg_before_loads", [float("nan")])[0]
    return f"median of {count}, load {average:.1f}" if count > 1 else f"1 run, load {average:.1f}"


def table(rows: list[dict[str, Any]], workers: int) -> str:
    def load(row: dict[str, Any], kind: str, key: str) -> str:
        item = row["load"].get(kind)
        return "—" if item is None else f"{item[key]:,.1f}"

    lines = [
        f"| reviews | quads | extract/core (rev/s) | end to end, {workers} workers (s) | e2e rev/s "
        "| e2e store writes (s) | e2e peak MB (parent / worker) | load filmgraph (s) "
        "| load raw pyoxigraph (s) | filmgraph ÷ raw | load runs, machine load | load rdflib (s) "
        "| peak MB filmgraph / raw / rdflib | "
        + " | ".join(f"{label} (ms)" for label, _, _ in QUERIES) + " |",
        "|" + "---|" * (13 + len(QUERIES)),
    ]
    for row in rows:
        e2e, q = row["e2e"], row["queries"]
        ratio = row["load"]["filmgraph"]["seconds"] / row["load"]["pyoxigraph"]["seconds"]
        lines.append(
            f"| {row['size']:,} | {e2e['triples']:,} | {row['extract_per_core']:.0f} "
            f"| {e2e['seconds']:.1f} | {e2e['reviews'] / e2e['seconds']:.0f} "
            f"| {e2e['load_seconds']:.1f} | {e2e['rss_mb']:.0f} / {e2e['worker_rss_mb']:.0f} "
            f"| {load(row, 'filmgraph', 'seconds')} | {load(row, 'pyoxigraph', 'seconds')} "
            f"| {ratio:.2f}× | {_runs(row)} | {load(row, 'rdflib', 'seconds')} "
            f"| {load(row, 'filmgraph', 'rss_mb')} / {load(row, 'pyoxigraph', 'rss_mb')} "
            f"/ {load(row, 'rdflib', 'rss_mb')} "
            "| " + " | ".join(_latency(q[label]) for label, _, _ in QUERIES) + " |"
        )
    if len(rows) > 1:
        first, last = rows[0], rows[-1]

        def grew(*keys: str) -> str:
            a, b = first, last
            for key in keys:
                a, b = a[key], b[key]
            return "—" if float("inf") in (a, b) else f"×{b / a:.1f}"

        lines.append("")
        lines.append(
            f"Growth from {first['size']:,} to {last['size']:,} reviews "
            f"(×{last['size'] / first['size']:.0f}): end-to-end time {grew('e2e', 'seconds')}, "
            f"filmgraph load {grew('load', 'filmgraph', 'seconds')}, "
            f"raw pyoxigraph load {grew('load', 'pyoxigraph', 'seconds')}, "
            f"ingest parent peak memory {grew('e2e', 'rss_mb')}, "
            f"filmgraph load peak memory {grew('load', 'filmgraph', 'rss_mb')}, "
            f"raw pyoxigraph load peak memory {grew('load', 'pyoxigraph', 'rss_mb')}, "
            + ", ".join(f"{label} {grew('queries', label, 'ms')}" for label, _, _ in QUERIES)
            + "."
        )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--rdflib-max", type=int, default=10000,
                        help="skip the rdflib load above this many reviews (it needs GBs)")
    parser.add_argument("--load-runs", type=int, default=3,
                        help="alternating filmgraph/raw load runs per size up to 10,000 reviews "
                             "(one above); the medians are reported")
    parser.add_argument("--query-timeout", type=float, default=QUERY_TIMEOUT,
                        help="seconds before a query's 6 runs are cut off")
    parser.add_argument("--work", type=Path, help="scratch folder (default: a temp folder)")
    parser.add_argument("--out", type=Path, default=HERE / "results" / "scale.md")
    args = parser.parse_args()
    work = args.work or Path(tempfile.mkdtemp(prefix="filmgraph-scale-"))
    rows = []
    for size in args.sizes:
        print(f"… {size:,} reviews", file=sys.stderr, flush=True)
        runs = args.load_runs if size <= 10000 else 1
        rows.append(measure(size, work, args.workers, args.rdflib_max, args.query_timeout, runs))
        print(json.dumps(rows[-1]), file=sys.stderr, flush=True)
    load_avg = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    text = (
        f"# Scale benchmark\n\n`python bench/scale.py --sizes {' '.join(map(str, args.sizes))} "
        f"--workers {args.workers}` on {os.cpu_count()} cores (load average at the end: "
        f"{load_avg}).\n\n" + table(rows, args.workers) + "\n"
    )
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(text, encoding="utf-8")
    args.out.with_suffix(".json").write_text(json.dumps(rows, indent=1), encoding="utf-8")
    print(text)
    if args.work is None:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
