"""Issue 3: a title opened and closed by two apostrophes lost its title when an apostrophe
sat inside (''Captain Corelli's Mandolin''), and a name glued to a bracket after it
("director,Costa-Gavras(whose") lost its end to glue repair ("Costa-Gavr as")."""

from __future__ import annotations

from filmgraph.extract import extract
from filmgraph.model import Relation, Review


def test_an_apostrophe_inside_a_two_apostrophe_quote() -> None:
    ex = extract(
        Review(
            text="Perhaps ''Major Pell's Violin'' needed subtitles. Later, ''Major Pell's "
            "Violin'' drifts, unlike ''Harbour Lights'' which moved.",
            source="t.txt",
        )
    )
    assert ex.film_title == "Major Pell's Violin"


def test_a_name_glued_to_the_bracket_after_it_keeps_its_end() -> None:
    ex = extract(
        Review(
            text="In “Pale Light,” a man leaves. The movie's director,Costa-Gavras(whose "
            "early work is admired), is patient.",
            source="t.txt",
        )
    )
    assert {c.object for c in ex.claims_for(Relation.DIRECTOR)} == {"Costa-Gavras"}
