"""Issue 3: "the street scene is seen by Russell, however, as a lurid world" made the
director an actor ("Russell … as a …" read as "X as the part"), which then kept the
possessive "Ken Russell's overwrought film" from naming him director."""

from __future__ import annotations

from filmgraph.extract import extract
from filmgraph.model import Relation, Review


def test_an_adverb_between_the_name_and_as_plays_no_part() -> None:
    ex = extract(
        Review(
            text="Look at Ken Russell's overwrought film “Night Heat,” which is loud. "
            "The day is plain. The night is seen by Russell, however, as a lurid world.",
            source="t.txt",
        )
    )
    assert ex.film_title == "Night Heat"
    assert {c.object for c in ex.claims_for(Relation.ACTOR)} == set()
    assert {c.object for c in ex.claims_for(Relation.DIRECTOR)} == {"Ken Russell"}
