"""Issue 3: in plot summaries a part that shares its name with a gazetteer director
("patriarch John McKay (Edward Coxen)", "later named as John Stevenson") and is then called
by surname became the film's director through the discussed-director rule."""

from __future__ import annotations

from filmgraph.extract import extract
from filmgraph.model import Relation, Review


def _directors(text: str) -> set[str]:
    ex = extract(Review(text=text, source="plot.txt", film_title="Old Feud"))
    return {c.object for c in ex.claims_for(Relation.DIRECTOR)}


def test_a_part_with_its_actor_in_brackets() -> None:
    text = (
        "One night the patriarch John McKay (Edward Coxen) rides out. McKay is shot. "
        "Years later McKay's son returns."
    )
    assert _directors(text) == set()


def test_a_part_introduced_as_named() -> None:
    text = (
        "The officer, later named as John Stevenson, escapes. Stevenson warns the village "
        "and Stevenson is caught."
    )
    assert _directors(text) == set()
