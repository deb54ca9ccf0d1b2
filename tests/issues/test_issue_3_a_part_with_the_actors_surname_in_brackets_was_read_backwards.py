"""Issue 3: plot summaries write 'Jules Marin (Williams)', the part then the actor's surname.
The bracket pass read a two-word name before a one-word bracket as "Actor (Part)", so the
character became an actor playing a part called "Williams". It now reads that order only when
the name outside is a known film person or the word inside a given name; otherwise a film
person's surname inside is the actor, by surname as the text gives it. Names made up."""

from __future__ import annotations

from filmgraph.extract import extract
from filmgraph.model import Relation, Review


def _played(text: str) -> dict[str, str]:
    ex = extract(Review(text=text, source="plot.txt", film_title="Lanterns"))
    return {c.subject: c.object for c in ex.claims_for(Relation.PLAYED_BY)}


def test_a_part_and_a_surname_in_brackets_credit_the_surname_as_the_actor() -> None:
    played = _played("Jules Marin (Williams) is a thief that the police of Lyon cannot catch.")
    assert played == {"Jules Marin": "Williams"}


def test_a_word_in_brackets_that_is_no_film_persons_surname_credits_nobody() -> None:
    assert _played("Jules Marin (Ubiquitous) is a thief.") == {}


def test_a_known_actor_with_the_part_in_brackets_still_plays_it() -> None:
    assert _played("Tom Hanks (Gump) runs across the country.") == {"Gump": "Tom Hanks"}


def test_a_given_name_in_brackets_is_still_the_part() -> None:
    assert _played("Peter Vesny (Sam) keeps the bar open late.") == {"Sam": "Peter Vesny"}
