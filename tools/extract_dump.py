"""Dump every extraction of a corpus as JSON lines, to prove a speed change changes no output.

Claims and mentions are kept in the order the extractors made them (resolution reads them in
that order). Extraction no longer depends on the hash seed
(tests/issues/test_extraction_depended_on_the_hash_seed.py); pinning it still costs nothing:

    PYTHONHASHSEED=0 python tools/extract_dump.py before.jsonl    # on the old code
    PYTHONHASHSEED=0 python tools/extract_dump.py after.jsonl     # on the new code
    cmp before.jsonl after.jsonl
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Sequence
from pathlib import Path

from filmgraph.extract import extract
from filmgraph.model import Review
from filmgraph.sources import iter_reviews
from filmgraph.wikiplots import iter_plots

REPO = Path(__file__).resolve().parent.parent


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--corpus", type=Path, default=REPO.parent / "shared" / "corpus")
    parser.add_argument("--plots", type=int, default=600, help="wikiplots rows to add")
    args = parser.parse_args(argv)
    folders = [args.corpus / "ebert", args.corpus / "seed", REPO / "data" / "example"]
    reviews = [r for r in iter_reviews(folders) if isinstance(r, Review)]
    csv = args.corpus / "wikiplots" / "wiki_movie_plots_subset.csv"
    reviews += list(iter_plots(csv, name="plots"))[: args.plots]
    with args.out.open("w", encoding="utf-8") as fh:
        for review in reviews:
            ex = extract(review)
            record = {
                "source": review.source,
                "film": ex.film_title,
                "claims": [
                    [
                        c.relation.value,
                        c.subject,
                        c.object,
                        c.span.start,
                        c.span.end,
                        c.extractor,
                        c.confidence,
                    ]
                    for c in ex.claims
                ],
                "mentions": [
                    [m.kind.value, m.name, m.span.start, m.span.end, m.extractor, m.confidence]
                    for m in ex.mentions
                ],
                "aliases": sorted([k[0].value, k[1], sorted(v)] for k, v in ex.aliases.items()),
            }
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")
    print(f"{len(reviews)} extractions -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
