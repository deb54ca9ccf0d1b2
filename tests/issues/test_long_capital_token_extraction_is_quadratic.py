"""Issue (fixed, extraction): a long run of capitals cost time quadratic in its length.

Patterns built on ``CAP`` (filmgraph/extract/text.py) have no left anchor, so the regex engine
starts a new capitalised word at every letter of ``AAAA…`` and scans to the run's end:
10,000 capitals take ~10 s, 100,000 would take ~17 min, and the 10 MB source limit allows a
10,000,000-letter token. Anchoring ``CAP`` on a word start (e.g. ``(?<![^\\W\\d_])``) should make
it linear. Fixed by that anchor on ``CAP``; the xfail mark is gone.
"""

from __future__ import annotations

from collections.abc import Callable

Deadline = Callable[[str, float], None]  # the extracts_within fixture (conftest.py)


def test_thirty_thousand_capitals_extract_within_five_seconds(extracts_within: Deadline) -> None:
    code = (
        "from filmgraph import Review\n"
        "from filmgraph.extract import extract\n"
        "text = '“Film” (2001) is directed by Ann Lee. ' + 'A' * 30_000 + ' plays Zed.'\n"
        "extract(Review(text=text, source='x.txt'))\n"
    )
    extracts_within(code, 5)
