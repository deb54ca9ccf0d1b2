"""A review whose title was not found hangs its claims on ``UNTITLED_FILM``, "(untitled)".
Read as a title, that marker found the film table's "(Untitled)" (2009, Jonathan Parker), so
known-credits credited that film's people wherever the review named them. The marker is a
claim subject, never a title: nothing is looked up under it."""

from __future__ import annotations

from filmgraph.extract import extract
from filmgraph.model import Relation, Review


def test_an_untitled_review_gets_no_credits_from_a_film_called_untitled() -> None:
    text = (
        "Here's a pitch: a murder at a ski resort. Lantern is exactly as much fun as that "
        "sounds. Adam Goldberg and Marley Shelton bicker in the lobby; Jonathan Parker, "
        "who once ran a gallery, is seen in a photograph.\n"
    )
    ex = extract(Review(text=text, source="apres.txt"))
    assert ex.film_title is None
    credited = {c.extractor for c in ex.claims if c.relation in (Relation.DIRECTOR, Relation.ACTOR)}
    assert not any(e.startswith("known-credits") for e in credited)
    assert "Jonathan Parker" not in {c.object for c in ex.claims_for(Relation.DIRECTOR)}
