"""Store load at sizes past what end-to-end ingest reaches in a session: filmgraph vs raw Oxigraph.

``bench/scale.py`` extracts every review, which at 100k reviews takes longer than the load it
feeds. This script takes the review graphs of an ingested store and writes ``--copies`` of
them, each copy with its own review, review-graph and claim IRIs (``…/c2-…``) but the
same films, people and places, as if every film had been reviewed ``--copies`` times as
often. The same N-Quads then load, alternately and each in a fresh child process, into
filmgraph (``load_shards``: crash-safe batches of 500 reviews and the merged default graph)
and into raw ``pyoxigraph.Store(dir).bulk_load``: seconds and peak memory.

    python bench/scale.py --sizes 10000 --work /tmp/w      # leaves /tmp/w/store-10000
    python bench/scale_load.py --store /tmp/w/store-10000 --copies 10

It writes ``bench/results/scale-load.md`` (and ``.json``) and prints it.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from scale import _LOAD, _child, _median, split_into_shards  # noqa: E402

from filmgraph.store import open_store  # noqa: E402

# What is minted per review; everything else (entities, the ontology) is shared by the copies.
_PER_REVIEW = (b"/graph/review/", b"/id/review/", b"/id/claim/")
_ONTOLOGY = b"<https://w3id.org/filmgraph/graph/ontology> .\n"
_CHUNK = 1 << 16  # lines rewritten at a time


def replicate(dump: Path, out: Path, copies: int) -> int:
    """Write ``copies`` of the review graphs in ``dump`` (the ontology once); return the quads."""
    quads = 0
    with out.open("wb") as sink:
        for copy in range(1, copies + 1):
            mark = f"c{copy}-".encode()
            with dump.open("rb") as source:
                while lines := source.readlines(_CHUNK * 200):
                    if copy > 1:
                        lines = [line for line in lines if not line.endswith(_ONTOLOGY)]
                    text = b"".join(lines)
                    if copy > 1:  # bytes.replace: 40M quads would take minutes through re
                        for prefix in _PER_REVIEW:
                            text = text.replace(prefix, prefix + mark)
                    sink.write(text)
                    quads += len(lines)
    return quads


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--store", type=Path, required=True, help="an ingested store to copy")
    parser.add_argument("--copies", type=int, default=10)
    parser.add_argument("--runs", type=int, default=1, help="alternating runs of each loader")
    parser.add_argument("--work", type=Path, help="scratch folder (default: a temp folder)")
    parser.add_argument("--out", type=Path, default=HERE / "results" / "scale-load.md")
    args = parser.parse_args()
    work = args.work or Path(tempfile.mkdtemp(prefix="filmgraph-scale-load-"))
    work.mkdir(parents=True, exist_ok=True)
    base, dump, shards = work / "base.nq", work / "copies.nq", work / "shards"
    with open_store(args.store, read_only=True) as store:
        store.export("nquads", base)
        reviews = len(store.named_graphs()) - 1  # less the ontology graph
    quads = replicate(base, dump, args.copies)
    base.unlink()
    shutil.rmtree(shards, ignore_errors=True)
    split_into_shards(dump, shards)
    loadavg = os.getloadavg()
    runs: dict[str, list[dict[str, Any]]] = {}
    for _ in range(args.runs):
        for kind, source in (("filmgraph", shards), ("pyoxigraph", dump)):
            target = work / f"load-{kind}"
            shutil.rmtree(target, ignore_errors=True)
            runs.setdefault(kind, []).append(_child(_LOAD, kind, str(source), str(target)))
            shutil.rmtree(target, ignore_errors=True)
            print(kind, runs[kind][-1], file=sys.stderr, flush=True)
    fg, raw = _median(runs["filmgraph"]), _median(runs["pyoxigraph"])
    row = {"reviews": reviews * args.copies, "copies": args.copies, "quads": quads,
           "dump_mb": dump.stat().st_size / 2**20, "loadavg_before_loads": loadavg,
           "filmgraph": {**fg, "runs": [r["seconds"] for r in runs["filmgraph"]]},
           "pyoxigraph": {**raw, "runs": [r["seconds"] for r in runs["pyoxigraph"]]}}
    end = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    text = (
        f"# Store load at scale\n\n`python bench/scale_load.py --store STORE --copies "
        f"{args.copies} --runs {args.runs}` from a store of {reviews:,} reviews, on "
        f"{os.cpu_count()} cores (load average {loadavg[0]:.1f} before the loads, {end} at "
        "the end).\n\n"
        "| reviews | quads | N-Quads (MB) | load filmgraph (s) | load raw pyoxigraph (s) "
        "| filmgraph ÷ raw | peak MB filmgraph / raw |\n|---|---|---|---|---|---|---|\n"
        f"| {row['reviews']:,} | {quads:,} | {row['dump_mb']:,.0f} | {fg['seconds']:.1f} "
        f"| {raw['seconds']:.1f} | {fg['seconds'] / raw['seconds']:.2f}× "
        f"| {fg['rss_mb']:,.0f} / {raw['rss_mb']:,.0f} |\n"
    )
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(text, encoding="utf-8")
    args.out.with_suffix(".json").write_text(json.dumps(row, indent=1), encoding="utf-8")
    print(text)
    for path in (dump, shards):
        shutil.rmtree(path, ignore_errors=True) if path.is_dir() else path.unlink()
    if args.work is None:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
