"""Parts given to a pronoun ("He plays X"), in sentences written for the test: the pronoun
stands for the last person named just before it, in the same paragraph."""

from __future__ import annotations

from filmgraph.extract import extract
from filmgraph.model import Relation, Review


def _parts(text: str) -> set[tuple[str, str]]:
    ex = extract(Review(text=text, source="prose.txt"))
    assert ex.film_title == "Salt Road"
    return {(c.object, c.subject) for c in ex.claims_for(Relation.PLAYED_BY)}


def test_he_plays_after_the_actor_is_named() -> None:
    text = (
        "“Salt Road” is a thriller. Peter Gallo makes it tense from the first shot. "
        "He plays Tom Quill, a reporter on a deadline."
    )
    assert _parts(text) == {("Peter Gallo", "Tom Quill")}


def test_she_plays_a_part_named_after_its_description() -> None:
    text = (
        "“Salt Road” is a thriller. Mira Sandoval stars, in an action role. "
        "She plays a nurse named Wenna Hale."
    )
    assert _parts(text) == {("Mira Sandoval", "Wenna Hale")}


def test_a_surname_is_the_person_named_in_full_before() -> None:
    text = (
        "“Salt Road” stars Peter Gallo. It is long.\n\n"
        "Gallo is a former singer. He plays Tom as a quiet man."
    )
    assert ("Peter Gallo", "Tom") in _parts(text)


def test_a_pronoun_inside_a_sentence_is_not_read() -> None:
    text = "“Salt Road” stars Peter Gallo. In the school play he plays Birnam Wood."
    assert _parts(text) == set()


def test_a_given_name_alone_in_between_stops_the_search() -> None:
    text = (
        "“Salt Road” stars Peter Gallo, whose only friend is his mule, Bill. "
        "He plays Birnam Wood in the village show."
    )
    assert _parts(text) == set()


def test_the_person_must_be_in_the_same_paragraph() -> None:
    text = "“Salt Road” stars Peter Gallo.\n\nHe plays Tom Quill, a reporter."
    assert _parts(text) == set()


def test_she_is_played_by_casts_the_part_named_before() -> None:
    text = (
        "“Salt Road” is long. Wenna Hale is the heart of the film, and she is played by a "
        "newcomer, Mira Sandoval, with great calm."
    )
    assert _parts(text) == {("Mira Sandoval", "Wenna Hale")}


def test_he_is_played_by_after_a_cast_member_names_no_part() -> None:
    text = (
        "“Salt Road” stars Peter Gallo as a trucker, and he is played by Mira Sandoval in "
        "the dream scenes."
    )
    assert _parts(text) == set()


def test_a_glued_word_is_no_part() -> None:
    text = (
        "“Salt Road” is long. It recalls a 1994 Jackie Chanfilm about a sailor. "
        "In “Salt Road” he is played by Mira Sandoval."
    )
    assert _parts(text) == set()
