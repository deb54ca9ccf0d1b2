"""Issue 3: "James Earl (Darth Vader) Jones" made "James Earl" an actor playing "Darth Vader";
a bracket inside one name is a nickname or a credit, not a part."""

from __future__ import annotations

from filmgraph.extract import extract
from filmgraph.model import Relation, Review


def test_a_bracket_followed_by_the_surname_is_no_part() -> None:
    text = (
        "“Salt Road” opens with the voice of Peter Earl (Zorvak Mell) Gallo, reading the "
        "titles, and a screenplay by Anna (Moon Garden) Kovacs."
    )
    ex = extract(Review(text=text, source="t.txt"))
    assert ex.claims_for(Relation.PLAYED_BY) == []
    assert {c.object for c in ex.claims_for(Relation.ACTOR)} == set()
