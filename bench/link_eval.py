"""Linking precision and recall on the Wikidata-shaped fixture, offline.

Starts ``oxigraph serve`` on 127.0.0.1 with tests/fixtures/wikidata/fixture.ttl, ingests
data/example and the seed review (../shared/corpus/seed/closeness.txt, when present), links
them at several thresholds and scores the links against tests/fixtures/wikidata/gold.tsv.
Also times a first run (every question asked) and a rerun (every answer from the cache).

    python bench/link_eval.py
    python bench/link_eval.py --thresholds 0.5 0.7 0.9
"""

from __future__ import annotations

import argparse
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from filmgraph import ingest, open_store
from filmgraph.link import WikidataClient, link

REPO = Path(__file__).resolve().parent.parent
FIXTURES = REPO / "tests" / "fixtures" / "wikidata"
SEED = REPO.parent / "shared" / "corpus" / "seed" / "closeness.txt"
ID = "https://w3id.org/filmgraph/id/"
WD = "http://www.wikidata.org/entity/"


def read_gold() -> dict[str, str | None]:
    gold: dict[str, str | None] = {}
    for line in (FIXTURES / "gold.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            entity, item = line.split("\t")
            gold[entity] = None if item == "-" else WD + item
    return gold


def start_endpoint(folder: Path) -> tuple[subprocess.Popen[bytes], str]:
    exe = shutil.which("oxigraph")
    if exe is None:
        sys.exit("link_eval: the oxigraph server is not installed (pip install oxigraph)")
    subprocess.run([exe, "load", "--location", str(folder), "--file",
                    str(FIXTURES / "fixture.ttl")], check=True, capture_output=True, timeout=60)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = subprocess.Popen([exe, "serve", "--location", str(folder), "--bind",
                               f"127.0.0.1:{port}"], stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL)
    for _ in range(200):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return server, f"http://127.0.0.1:{port}/query"
        except OSError:
            time.sleep(0.1)
    server.terminate()
    sys.exit("link_eval: oxigraph serve did not start")


def score(links: dict[str, str], kinds: dict[str, str], gold: dict[str, str | None]) -> str:
    made = {e: t for e, t in links.items() if e in gold}
    correct = Counter(kinds[e] for e, t in made.items() if gold[e] == t)
    made_by = Counter(kinds[e] for e in made)
    findable = Counter(kinds[e] for e, t in gold.items() if t and e in kinds)
    lines = []
    for kind in ("film", "person", "place", "all"):
        def n(c: Counter[str], kind: str = kind) -> int:
            return sum(c.values()) if kind == "all" else c[kind]
        p = n(correct) / n(made_by) if n(made_by) else 1.0
        r = n(correct) / n(findable) if n(findable) else 1.0
        lines.append(f"  {kind:7} links {n(made_by):3}  correct {n(correct):3}  "
                     f"findable {n(findable):3}  precision {p:.3f}  recall {r:.3f}")
    wrong = [f"    wrong: {e} → {t.removeprefix(WD)} (gold {gold[e] or '-'})"
             for e, t in sorted(made.items()) if gold[e] != t]
    return "\n".join(lines + wrong)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--thresholds", type=float, nargs="+", default=[0.5, 0.6, 0.7, 0.8, 0.9])
    args = parser.parse_args()
    gold = read_gold()
    with tempfile.TemporaryDirectory() as tmp:
        server, endpoint = start_endpoint(Path(tmp) / "wikidata")
        try:
            sources = [REPO / "data" / "example"] + ([SEED] if SEED.is_file() else [])
            store = open_store()
            ingest(sources, store)
            cache = Path(tmp) / "cache"
            for i, threshold in enumerate(args.thresholds):
                client = WikidataClient(endpoint, cache_dir=cache, min_interval=0)
                started = time.perf_counter()
                report = link(store, client=client, threshold=threshold)
                took = time.perf_counter() - started
                gold_here = {e: t for e, t in gold.items()
                             if any(str(d.subject) == ID + e for d in report.decisions)}
                kinds = {str(d.subject).removeprefix(ID): d.kind for d in report.decisions}
                links = {e.removeprefix(ID): t for e, t in report.links.items()}
                run = "first run" if i == 0 else "cached rerun"
                print(f"threshold {threshold:.2f} ({run}: {took:.2f} s, {client.requests} "
                      f"requests, {client.cache_hits} from cache)")
                print(score(links, kinds, gold_here))
        finally:
            server.terminate()
            server.wait(timeout=10)


if __name__ == "__main__":
    main()
