"""Issue: "Charles Murdock (Dexter)" made Charles Murdock the actor and Dexter the part.

Plots write the part, then its actor's surname in brackets; reviews often write the actor,
then the part ("Ann Lee (Sam)"). With no film credits to ask, a bracketed given name decided
it: Dexter, Frederick, Lukas, Reid and Lee are given names, so the character became the
actor in 44 of the 1,999 plots (plots sample 3, annotated blind, showed it). The other
brackets of the same text show which way it writes them, and now decide.
"""

from __future__ import annotations

from filmgraph.extract import extract
from filmgraph.model import Relation, Review


def _played(text: str) -> set[tuple[str, str]]:
    review = Review(text=text, source="x", film_title="Glass Houses", film_year="1918")
    return {(c.subject, c.object) for c in extract(review).claims_for(Relation.PLAYED_BY)}


def test_a_given_name_in_brackets_follows_a_text_that_puts_the_part_first() -> None:
    played = _played(
        "Weary of his wife Hester (Busch), the broker Charles Murdock (Dexter) travels "
        "alone. In Chicago he meets the singer Juliet Raeburn (Vidor)."
    )
    assert ("Charles Murdock", "Dexter") in played
    assert ("Juliet Raeburn", "Vidor") in played
    assert not any(part == "Dexter" for part, _ in played)


def test_without_such_brackets_a_given_name_is_still_the_part() -> None:
    # Nothing in this text puts a part first: "Hollis Grant (Sam)" is an actor and the
    # given name of the part, as reviews write it.
    played = _played("The film belongs to Hollis Grant (Sam), who has never been better.")
    assert ("Sam", "Hollis Grant") in played


def test_a_surname_no_list_holds_needs_the_habit_seen_twice() -> None:
    twice = _played(
        "Hester Vane (Busch) and Juliet Raeburn (Vidor) run a boarding house. A lodger, "
        "Amos Quell (Dundan), owes them rent."
    )
    assert ("Amos Quell", "Dundan") in twice
    once = _played("Juliet Raeburn (Vidor) runs a boarding house. Amos Quell (Dundan) lodges.")
    assert not any("Dundan" in pair for pair in once)


def test_an_acronym_in_brackets_is_no_actor() -> None:
    played = _played(
        "Hester Vane (Busch) and Juliet Raeburn (Vidor) nurse pilots of the Royal Flying "
        "Corps (RFC) in France."
    )
    assert not any("RFC" in pair for pair in played)
