"""Writer cues, each in a sentence written for the test (the film is "Moon Garden")."""

from __future__ import annotations

import pytest

from filmgraph.extract import extract
from filmgraph.model import Relation, Review


def _writers(text: str) -> set[str]:
    ex = extract(Review(text=text, source="prose.txt"))
    assert ex.film_title == "Moon Garden"
    return {c.object for c in ex.claims_for(Relation.WRITER)}


@pytest.mark.parametrize(
    "text",
    [
        "“Moon Garden” is quiet. The screenplay is by Anna Kovacs, who likes villages.",
        "“Moon Garden” was adapted by Anna Kovacs from her own novel.",
        "“Moon Garden” is quiet. Anna Kovacs, who wrote the story, likes villages.",
        "“Moon Garden” is quiet, and the dialogue by screenwriter Anna Kovacs' is spare.",
    ],
)
def test_the_writer_is_named(text: str) -> None:
    assert _writers(text) == {"Anna Kovacs"}


def test_who_wrote_another_film_is_not_this_films_writer() -> None:
    text = "“Moon Garden” is quiet. In “Salt,” Anna Kovacs, who wrote the story, was louder."
    assert _writers(text) == set()
