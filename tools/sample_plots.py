"""Draw the seeded samples of Wikipedia plots the plot gold files annotate, so each can be
redrawn and checked: the plots of 400-2,500 characters, in file order, less the earlier
samples, then ``random.Random(seed).sample``.

    python tools/sample_plots.py 1          # the sources of sample 1 (seed 20261126, 100 plots)
    python tools/sample_plots.py 3 --check  # exit 1 unless tests/gold's sample 3 is that draw
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections.abc import Sequence
from pathlib import Path

from filmgraph.wikiplots import iter_plots

REPO = Path(__file__).resolve().parent.parent
NAME = "wikiplots/wiki_movie_plots_subset.csv"
#: sample number -> (seed, size, gold file); each sample excludes every earlier one.
SAMPLES = {
    1: (20261126, 100, "wikiplots_sample1_dev.json"),
    2: (20261127, 100, "wikiplots_sample2_test.json"),
    3: (20261128, 150, "wikiplots_sample3_dev.json"),
    4: (20261129, 150, "wikiplots_sample4_test.json"),
}


def draw(number: int, corpus: Path) -> list[str]:
    """The sources of sample ``number``, in draw order."""
    pool = [
        p.source
        for p in iter_plots(corpus / NAME, name=NAME)
        if 400 <= len(p.text) <= 2500
    ]
    taken: set[str] = set()
    for n in sorted(SAMPLES):
        seed, size, _ = SAMPLES[n]
        drawn = random.Random(seed).sample([s for s in pool if s not in taken], size)
        if n == number:
            return drawn
        taken.update(drawn)
    raise ValueError(f"no sample {number}; known: {sorted(SAMPLES)}")


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("number", type=int, choices=sorted(SAMPLES))
    ap.add_argument("--corpus", type=Path, default=REPO.parent / "shared" / "corpus")
    ap.add_argument("--check", action="store_true", help="compare with the gold file's sources")
    args = ap.parse_args(argv)
    drawn = draw(args.number, args.corpus)
    if not args.check:
        print("\n".join(drawn))
        return 0
    gold = REPO / "tests" / "gold" / SAMPLES[args.number][2]
    sources = {r["source"] for r in json.loads(gold.read_text(encoding="utf-8"))["reviews"]}
    same = sources == set(drawn)
    print(f"{gold.name}: {len(sources)} sources, {'the' if same else 'NOT the'} seeded draw")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
