"""Issue 3: "J.J. Abrams" came out as "J. Abrams" and "T.S. Eliot" as "S. Eliot": a name
could open with one initial only, so the run started at the second. Written for the test."""

from __future__ import annotations

from filmgraph.extract import extract
from filmgraph.model import Kind, Relation, Review


def test_a_director_with_two_initials_keeps_both() -> None:
    ex = extract(Review(text="“Harbor” is a documentary directed by D.A. Pennebaker.", source="t"))
    assert {c.object for c in ex.claims_for(Relation.DIRECTOR)} == {"D.A. Pennebaker"}


def test_a_person_named_by_initials_alone_is_still_a_person() -> None:
    ex = extract(
        Review(text="“Harbor” is a film. It quotes T.S. Eliot at length, and well.", source="t")
    )
    people = {m.name for m in ex.mentions if m.kind is Kind.PERSON}
    assert "T.S. Eliot" in people
    assert "S. Eliot" not in people


def test_an_abbreviated_place_in_a_title_is_no_person() -> None:
    ex = extract(Review(text="“L.A. Story” is a comedy about L.A. Story time.", source="t"))
    assert not any(m.name.endswith("Story") for m in ex.mentions if m.kind is Kind.PERSON)
