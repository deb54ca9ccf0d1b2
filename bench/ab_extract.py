"""Extraction speed of this checkout against another commit, measured in one process.

This host is noisy: one and the same code gave 143 to 218 reviews/s in a day, so two bench
runs an hour apart cannot tell a 5% change. Here both versions run in one process, taking
turns review by review (which goes first alternates each round), so a slow minute slows
both alike; the ratio of their CPU times is the figure.

The other commit is checked out with ``git worktree`` into a temporary folder and imported
under another package name (the package imports itself relatively).

    python bench/ab_extract.py 753ff6f            # ../shared/corpus, 5 rounds
    python bench/ab_extract.py HEAD~3 --rounds 7 --corpus DIR
"""

from __future__ import annotations

import argparse
import dataclasses
import importlib
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from filmgraph.extract import extract
from filmgraph.model import Review
from filmgraph.sources import iter_reviews

REPO = Path(__file__).resolve().parent.parent
_OTHER = "filmgraph_other"  # the package name the other commit is imported under


def _import_other(commit: str, where: Path) -> Any:
    """The other commit's ``filmgraph.extract`` module, imported as ``filmgraph_other``."""
    tree = where / "tree"
    added = subprocess.run(
        ["git", "-C", str(REPO), "worktree", "add", "--detach", "-q", str(tree), commit],
        capture_output=True,
        text=True,
    )
    if added.returncode != 0:
        said = " ".join(added.stderr.split())  # git's own words, on one line
        raise LookupError(f"{commit}: not a commit of {REPO} ({said})")
    shutil.copytree(tree / "filmgraph", where / _OTHER)
    for folder in ("data", "ontology", "queries"):  # found beside the package in a checkout
        if (tree / folder).exists():
            (where / folder).symlink_to(tree / folder)
    sys.path.insert(0, str(where))
    return importlib.import_module(f"{_OTHER}.extract")


def _rounds(
    ours: Callable[[Review], Any],
    theirs: Callable[[Any], Any],
    reviews: Sequence[Review],
    copies: Sequence[Any],
    rounds: int,
) -> list[tuple[float, float]]:
    """CPU seconds of each version per round, the two alternating review by review."""
    out = []
    for k in range(rounds):
        spent = {"ours": 0.0, "theirs": 0.0}
        # Which goes first alternates by round, so neither always runs on a warm cache.
        order = ("ours", "theirs") if k % 2 else ("theirs", "ours")
        for review, copy in zip(reviews, copies, strict=True):
            for side in order:
                step, item = (ours, review) if side == "ours" else (theirs, copy)
                t = time.process_time()
                step(item)
                spent[side] += time.process_time() - t
        out.append((spent["ours"], spent["theirs"]))
    return out


def _at_least_one(value: str) -> int:
    if not value.isdigit():
        raise argparse.ArgumentTypeError(f"{value!r} rounds: not a whole number")
    rounds = int(value)
    if rounds < 1:
        raise argparse.ArgumentTypeError(f"{value} rounds: need at least one")
    return rounds


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("commit", help="the commit to compare this checkout with")
    parser.add_argument("--corpus", type=Path, default=REPO.parent / "shared" / "corpus")
    parser.add_argument("--rounds", type=_at_least_one, default=5)
    args = parser.parse_args(argv)
    reviews = [r for r in iter_reviews([args.corpus / "ebert"]) if isinstance(r, Review)]
    if not reviews:
        print(f"{args.corpus / 'ebert'}: no reviews to time", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        try:
            try:
                other = _import_other(args.commit, Path(tmp))
            except LookupError as err:
                print(f"ab_extract: {err}", file=sys.stderr)
                return 2
            model = importlib.import_module(f"{_OTHER}.model")
            # the same reviews as the other commit's own Review (its fields may differ)
            names = [f.name for f in dataclasses.fields(model.Review) if f.init]
            copies = [
                model.Review(**{k: getattr(r, k) for k in names if hasattr(r, k)}) for r in reviews
            ]
            for review, copy in zip(reviews, copies, strict=True):  # warm both caches
                extract(review)
                other.extract(copy)
            times = _rounds(extract, other.extract, reviews, copies, args.rounds)
        finally:
            if (Path(tmp) / "tree").exists():
                tree = str(Path(tmp) / "tree")
                subprocess.run(["git", "-C", str(REPO), "worktree", "remove", "--force", tree])
    n = len(reviews)
    for k, (mine, theirs) in enumerate(times):
        print(f"round {k}: {args.commit} {n / theirs:.1f}/s, this checkout {n / mine:.1f}/s")
    speedup = statistics.median(theirs / mine for mine, theirs in times)
    print(f"this checkout is {speedup:.3f}x {args.commit} (median of {args.rounds} rounds)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
