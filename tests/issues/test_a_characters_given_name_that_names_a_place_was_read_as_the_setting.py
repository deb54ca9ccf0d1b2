"""Issue: a part called Austin Lowe, then "Austin", set the story in Austin, Texas.

Plots and reviews call people by names that are also places: Austin, Florence, Virginia,
Houston, Jordan, Barstow, an actor "Sydney" in brackets. Once the text has used the word as
a person's or a part's name, its bare mentions are that person, not the place (plots sample
3, annotated blind, showed Austin, Barstow and "Alabama" Brent as settings).
"""

from __future__ import annotations

from filmgraph.extract import extract
from filmgraph.model import Relation, Review


def _settings(text: str) -> set[str]:
    review = Review(text=text, source="x", film_title="Glass Houses", film_year="1929")
    return {c.object for c in extract(review).claims_for(Relation.SETTING)}


def test_a_place_word_the_text_uses_as_a_name_is_the_person() -> None:
    settings = _settings(
        "Monica is courted by the chemist, Austin Lowe. She is unimpressed with Austin, but "
        "out of spite she agrees to marry Austin."
    )
    assert "Austin" not in settings


def test_a_place_word_in_a_name_of_the_place_is_still_the_place() -> None:
    # "Cleo of Paris" names her by the city: the story still plays in Paris.
    settings = _settings(
        "Elmer is sent to Paris to win a contract. In Paris Elmer meets the dancer Cleo of "
        "Paris (Mae Murray), and they marry in Paris."
    )
    assert "Paris" in settings
