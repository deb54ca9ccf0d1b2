"""A strong setting cue said of another film gave the reviewed film that setting: in "Unlike
“Salt Flats,” which was set in Utah, it never leaves Lyon" the "set in" belongs to the film
named before it. A relative clause hung on another quoted title is now skipped by the setting
cues and by the story-place pass."""

from __future__ import annotations

from filmgraph.extract import extract
from filmgraph.model import Relation, Review


def _settings(text: str) -> set[str]:
    ex = extract(Review(text=text, source="story.txt"))
    return {c.object for c in ex.claims_for(Relation.SETTING)}


def test_set_in_said_of_another_film_is_not_this_films_setting() -> None:
    text = (
        "“Lanterns” is a drama. Unlike “Salt Flats,” which was set in Utah, it never "
        "leaves its kitchen in Lyon."
    )
    assert "Utah" not in _settings(text)


def test_set_in_said_of_the_reviewed_film_still_counts() -> None:
    assert "Utah" in _settings("“Lanterns” is a drama. “Lanterns,” which is set in Utah, is slow.")
