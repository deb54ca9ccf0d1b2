"""Cast, parts and writers as invented mini-reviews state them (a made-up film and made-up
people, so only the prose rules can answer). Each case failed before its rule was mended."""

from __future__ import annotations

import pytest
from extracting import claimed

from filmgraph.extract import extract
from filmgraph.model import Relation, Review


def _roles(text: str) -> set[tuple[str, str]]:
    ex = extract(Review(text=text, source="probe.txt"))
    assert ex.film_title == "Brass Knuckles"
    return {(c.subject, c.object) for c in ex.claims_for(Relation.PLAYED_BY)}


@pytest.mark.parametrize(
    ("text", "part", "actor"),
    [
        # "stars" before the name says it is an actor's, known first name or not
        ("“Brass Knuckles” stars Delroy Lindo as Ellis Grant, a retired boxer.",
         "Ellis Grant", "Delroy Lindo"),
        # a part named after what it is, with the verbs "plays" already had
        ("“Brass Knuckles” is a drama. Bo Tanner turns up as a crooked promoter named Sal "
         "Vetri, and he is a hoot.", "Sal Vetri", "Bo Tanner"),
        ("“Brass Knuckles” is a drama. Ann Lee stars as a widow named Marta.", "Marta", "Ann Lee"),
        # a word about the actor between "played by" and the name
        ("“Brass Knuckles” is a drama. Her son Bobby, played by newcomer Eli Brandt, is angry.",
         "Bobby", "Eli Brandt"),
        ("“Brass Knuckles” is a drama. Bobby, played by young Eli Brandt, is angry.",
         "Bobby", "Eli Brandt"),
    ],
)  # fmt: skip
def test_the_part_and_its_actor(text: str, part: str, actor: str) -> None:
    assert (part, actor) in _roles(text)


def test_a_bracket_after_whose_is_someone_elses() -> None:
    roles = _roles(
        "“Brass Knuckles” is a drama. Julia Hart plays Lorna, a nurse whose husband "
        "(Sam Pruitt) vanished in the war."
    )
    assert ("Lorna", "Julia Hart") in roles and ("Lorna", "Sam Pruitt") not in roles


def test_a_makers_films_name_no_character() -> None:
    text = (
        "“Brass Knuckles” is quiet. Tatsuya Mori, a veteran of Ozu's last films, "
        "is wonderful as Shigeru."
    )
    assert claimed(text, Relation.CHARACTER, film="Brass Knuckles") == {"Shigeru"}


@pytest.mark.parametrize(
    ("text", "writers"),
    [
        # the surname of someone the review named in full is that person, not a brother
        ("Spike Lee has made many films. “Brass Knuckles” is one. Written by Lee and Kevin "
         "Willmott, it stars Delroy Lindo.", {"Spike Lee", "Kevin Willmott"}),
        ("“Brass Knuckles” is a comedy. Ann Lee and Kevin Willmott wrote it.",
         {"Ann Lee", "Kevin Willmott"}),
        ("“Brass Knuckles” is a comedy. Joel and Ethan Coen wrote the script.",
         {"Joel Coen", "Ethan Coen"}),
        ("“Brass Knuckles” is a comedy. Ann Lee wrote it.", {"Ann Lee"}),
    ],
)  # fmt: skip
def test_the_writers(text: str, writers: set[str]) -> None:
    assert claimed(text, Relation.WRITER, film="Brass Knuckles") == writers


def test_a_word_of_age_before_a_part_is_not_its_name() -> None:
    ex = extract(
        Review(
            text="“Brass Knuckles” is a drama. Young Antoine (Lucas Morel) befriends Karim.",
            source="probe.txt",
        )
    )
    assert ("Antoine", "Lucas Morel") in {
        (c.subject, c.object) for c in ex.claims_for(Relation.PLAYED_BY)
    }
    assert "Young Antoine" not in {m.name for m in ex.mentions}


def test_who_plays_after_an_appositive() -> None:
    assert ("Buddy Pike", "Walter Gaines") in _roles(
        "“Brass Knuckles” is a drama. Walter Gaines, the veteran character actor, who plays "
        "a coal miner named Buddy Pike, is great."
    )


def test_a_part_a_family_calls_by_what_he_is_keeps_its_actor() -> None:
    roles = _roles(
        "“Brass Knuckles” is a drama. Dad (Brian Cox) is stubborn; Mom (Mary Steenburgen) is "
        "patient, and his old trainer, Pops (Paul Benjamin), wants a fight."
    )
    assert {("Dad", "Brian Cox"), ("Mom", "Mary Steenburgen"), ("Pops", "Paul Benjamin")} <= roles
