"""Writer cues, each in a sentence written for the test (the film is "Moon Garden")."""

from __future__ import annotations

import pytest
from extracting import claimed

from filmgraph.extract import extract
from filmgraph.model import Relation, Review


def _writers(text: str) -> set[str]:
    return claimed(text, Relation.WRITER, film="Moon Garden")


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


@pytest.mark.parametrize(
    ("text", "writers"),
    [
        (
            "“Moon Garden” is quiet. Its writers (Anna Kovacs, Peter Gallo and Mira Sandoval) "
            "keep it so.",
            {"Anna Kovacs", "Peter Gallo", "Mira Sandoval"},
        ),
        (
            "“Moon Garden” is quiet, and Anna Kovacs, the writer, keeps every scene short.",
            {"Anna Kovacs"},
        ),
        (
            "“Moon Garden” comes with a screenplay further sculpted by Anna Kovacs.",
            {"Anna Kovacs"},
        ),
        (
            "“Moon Garden” is quiet. Anna Kovacs, who wrote the movie, likes villages.",
            {"Anna Kovacs"},
        ),
        (
            "“Moon Garden” is quiet. Anna Kovacs, who co-wrote the screenplay with her friend "
            "Peter Gallo, likes villages.",
            {"Anna Kovacs", "Peter Gallo"},
        ),
        (
            "“Moon Garden” is quiet, and the writers Anna and Mira Kovacs keep it so.",
            {"Anna Kovacs", "Mira Kovacs"},
        ),
    ],
)
def test_more_writer_cues(text: str, writers: set[str]) -> None:
    assert _writers(text) == writers


def test_the_writer_of_a_source_novel_is_not_the_screenwriter() -> None:
    text = "“Moon Garden” is quiet. Anna Kovacs, the writer of the novel, likes villages."
    assert _writers(text) == set()


@pytest.mark.parametrize(
    ("sentence", "writers"),
    [
        ("Anna Kovacs wrote the screenplay.", {"Anna Kovacs"}),
        ("Anna Kovacs wrote the original script.", {"Anna Kovacs"}),
        ("Anna Kovacs co-wrote the screenplay with Bo Day.", {"Anna Kovacs", "Bo Day"}),
        ("Anna Kovacs scripted it in a month.", {"Anna Kovacs"}),
        ("Anna Kovacs adapted the novel by Bo Day.", {"Anna Kovacs"}),
        ("The screenplay, by Anna Kovacs, is spare.", {"Anna Kovacs"}),
        # another film's script, a novel
        ("Anna Kovacs wrote the screenplay for “Salt Lake” in 1990.", set()),
        ("Anna Kovacs wrote the novel it is based on.", set()),
    ],
)
def test_who_wrote_the_screenplay(sentence: str, writers: set[str]) -> None:
    ex = extract(Review(text="“Moon Garden” is quiet. " + sentence, source="t.txt"))
    assert {c.object for c in ex.claims_for(Relation.WRITER)} == writers


def test_which_he_also_wrote_after_the_title_names_the_writer() -> None:
    # the pronoun stands for the person named before it; with the surname named again in
    # sentences about the film-making, the writer is the writer-director
    text = (
        "Farhad Rostami (who made “Dust”) has never been a director who wastes a shot, and "
        "“Moon Garden,” which he also wrote, is lean. Rostami knows it. Rostami's film is cold."
    )
    assert claimed(text, Relation.WRITER, film="Moon Garden") == {"Farhad Rostami"}
    assert claimed(text, Relation.DIRECTOR, film="Moon Garden") == {"Farhad Rostami"}


def test_which_he_also_wrote_after_another_spelling_of_the_title() -> None:
    text = (
        "“Vincent and Theo” is lean. Farhad Rostami made it. “Vincent & Theo,” which he also "
        "wrote, is cold."
    )
    assert claimed(text, Relation.WRITER, film="Vincent and Theo") == {"Farhad Rostami"}


def test_a_surname_that_wrote_it_is_the_one_name_written_whole_with_it() -> None:
    # the lexicon knows no "Ottavio": the surname still stands for the name written whole
    text = (
        "“Moon Garden” is the new film by Ottavio Brancaleone. Brancaleone, who wrote the "
        "screenplay with Anna Kovacs, cuts between the decades."
    )
    assert claimed(text, Relation.WRITER, film="Moon Garden") == {
        "Ottavio Brancaleone",
        "Anna Kovacs",
    }
