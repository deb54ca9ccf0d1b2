"""Issue 3: "James L. Brooks" came out as "James L"; a title closed by two apostrophes
("The Portrait of a Lady,'') was not seen as a title at all."""

from __future__ import annotations

from filmgraph.extract import extract
from filmgraph.model import Relation, Review


def test_a_middle_initial_stays_in_the_name() -> None:
    ex = extract(
        Review(
            text="“Broadcast News” is sharp, the quality in director James L. Brooks' screenplay.",
            source="t.txt",
        )
    )
    assert {c.object for c in ex.claims_for(Relation.DIRECTOR)} == {"James L. Brooks"}
    assert {c.object for c in ex.claims_for(Relation.WRITER)} == {"James L. Brooks"}


def test_a_title_closed_by_two_apostrophes() -> None:
    ex = extract(
        Review(
            text="Isabel Archer, the heroine of \"The Portrait of a Lady,'' is tragic. In "
            "Jane Campion's film of the James novel, we meet Isabel (Nicole Kidman).",
            source="t.txt",
        )
    )
    assert ex.film_title == "The Portrait of a Lady"
    assert {c.object for c in ex.claims_for(Relation.DIRECTOR)} == {"Jane Campion"}
