"""Issue: a run like ``A-A-A-…`` made the place extractor backtrack exponentially.

``_PLACE_NAME`` allowed a hyphen both inside a capitalised word (``CAP`` takes ``-Letter``)
and between words (``[ -]``), so a run of 100 hyphenated capitals had ~2^100 ways to split and
one hostile review hung the ingest (100 pairs: 29 s; 200: never). The separator is now a space.
"""

from __future__ import annotations

from collections.abc import Callable

Deadline = Callable[[str, float], None]  # the extracts_within fixture (conftest.py)


def test_hyphenated_capital_run_extracts_quickly(extracts_within: Deadline) -> None:
    code = (
        "from filmgraph import Review\n"
        "from filmgraph.extract import extract\n"
        "text = '“Film” (2001) is set in ' + 'A-' * 2000 + 'B. Bob Roe plays Zed.'\n"
        "extract(Review(text=text, source='x.txt'))\n"
    )
    extracts_within(code, 60)


def test_hyphenated_places_still_found() -> None:
    from filmgraph import Relation, Review
    from filmgraph.extract import extract

    ex = extract(Review(text="“Film” (2001) is set in Stratford-upon-Avon.", source="x.txt"))
    assert [c.object for c in ex.claims_for(Relation.SETTING)] == ["Stratford-upon-Avon"]
