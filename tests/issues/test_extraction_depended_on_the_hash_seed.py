"""Two people sharing a surname: which full name the surname lookup kept came from iterating a
set, so the mentions made (and the review's graph) changed with PYTHONHASHSEED. Extraction
must give the same output in every process."""

from __future__ import annotations

import os
import subprocess
import sys

SCRIPT = """
from filmgraph.extract import extract
from filmgraph.model import Review
text = ("“Example” (1999) stars Ann Marsh and Tom Marsh as twins, with Lee Grant and Cary Grant. "
        "Marsh is the better of the two; Grant steals a scene. Later Marsh leaves town.")
ex = extract(Review(text=text, source="t.txt"))
print([(m.kind.value, m.name, m.span.start, m.span.end) for m in ex.mentions])
print([(c.relation.value, c.subject, c.object, c.span.start) for c in ex.claims])
"""


def _run(seed: str) -> str:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT], env=env, capture_output=True, text=True, check=True
    )
    return done.stdout


def test_the_same_review_extracts_the_same_in_every_process() -> None:
    outputs = {_run(seed) for seed in ("0", "1", "2", "3", "7", "42")}
    assert len(outputs) == 1
