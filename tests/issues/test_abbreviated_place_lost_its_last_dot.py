"""A place written as an abbreviation ("L.A.", "D.C.") was looked up without its last dot
("L.A"), which the gazetteer does not hold, so "a cop in L.A." and a title like "L.A. Nights"
named no place. An abbreviation now keeps its dot."""

from __future__ import annotations

import pytest

from filmgraph.extract import extract
from filmgraph.model import Relation, Review


@pytest.mark.parametrize(
    "text",
    [
        "“Lanterns” is a drama. Oskar (Tomas Brandt) is a cop in L.A. who hates the sun.",
        "“L.A. Lanterns” is a drama. Oskar (Tomas Brandt) hates the sun.",
    ],
)
def test_an_abbreviated_place_is_found(text: str) -> None:
    ex = extract(Review(text=text, source="abbr.txt"))
    assert "Los Angeles" in {c.object for c in ex.claims_for(Relation.SETTING)}
