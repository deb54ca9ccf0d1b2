"""Cast named without a cue, in sentences written for the test: names listed with a cast
member, and a known actor discussed by surname. Comparisons and kin stay out."""

from __future__ import annotations

from filmgraph.extract import extract
from filmgraph.model import Relation, Review


def _actors(text: str) -> set[str]:
    ex = extract(Review(text=text, source="prose.txt"))
    assert ex.film_title == "Salt Road"
    return {c.object for c in ex.claims_for(Relation.ACTOR)}


def test_names_listed_with_a_cast_member_are_cast() -> None:
    text = (
        "“Salt Road” stars Anna Kovacs as a trucker. We meet her friends in long talks with "
        "Peter Gallo, Mira Sandoval and a driver played by Oskar Lind."
    )
    assert _actors(text) == {"Anna Kovacs", "Peter Gallo", "Mira Sandoval", "Oskar Lind"}


def test_a_list_in_a_comparison_adds_no_one() -> None:
    text = (
        "“Salt Road” stars Anna Kovacs as a trucker, unlike Peter Gallo and Anna Kovacs "
        "in other road movies."
    )
    assert _actors(text) == {"Anna Kovacs"}


def test_a_list_with_no_cast_member_adds_no_one() -> None:
    text = "“Salt Road” is long. I thought of Peter Gallo and Mira Sandoval, old friends."
    assert _actors(text) == set()


def test_a_known_actor_taken_up_by_surname_is_cast() -> None:
    # Lee Marvin is an actor in the gazetteer; the review never says "stars" or "plays".
    text = (
        "“Salt Road” is a heavy musical. Lee Marvin comes whooping into town. Nobody sings "
        "well, and neither does Marvin. But Marvin can act."
    )
    assert _actors(text) == {"Lee Marvin"}


def test_a_known_actor_named_once_is_only_mentioned() -> None:
    text = "“Salt Road” is a heavy musical. It made me miss Lee Marvin. The songs are long."
    assert _actors(text) == set()


def test_a_known_actor_introduced_as_kin_is_not_cast() -> None:
    # Gazetteer director-actor, introduced as someone's husband and maker of other films.
    text = (
        "“Salt Road” stars Anna Kovacs. She was this good in the films of her husband, "
        "John Cassavetes. Cassavetes was wild. Kovacs mirrors Cassavetes now."
    )
    assert _actors(text) == {"Anna Kovacs"}
