"""Issue: "Olga Petchnikoff (George)" made George the part and Olga Petchnikoff the actor.

Plots write the part, then the actor's surname in brackets. A bracketed word that is also a
given name ("George", "Lloyd", "Marshall") read the other way round, as reviews write "Tom
Hanks (Gump)". The film's sources say which: when they credit an actor with that surname
on this film (Maude George), the bracket holds the actor. A larger film table made more
such surnames given names, which is how the bug was found (in plots no gold file holds).
"""

from __future__ import annotations

from dataclasses import replace

from filmgraph.extract import extract
from filmgraph.extract.lexicon import FilmEntry, default_lexicon, title_key
from filmgraph.model import Relation, Review

TEXT = (
    "Count Karamzin lives in Monte Carlo with his cousins, Princess Olga Petchnikoff "
    "(George) and Princess Vera (Mae Busch). The count courts the wife of an envoy."
)


def _read(*actors: str) -> set[tuple[str, str]]:
    base = default_lexicon()
    entry = FilmEntry("Wives of Folly", ("1922",), actors=frozenset(actors))
    lexicon = replace(
        base,
        films={**base.films, title_key(entry.title): (entry,)},
        first_names=base.first_names | {"George"},
    )
    review = Review(text=TEXT, source="x", film_title="Wives of Folly", film_year="1922")
    ex = extract(review, lexicon=lexicon)
    return {(c.subject, c.object) for c in ex.claims_for(Relation.PLAYED_BY)}


def test_a_credited_surname_in_brackets_is_the_actor() -> None:
    played = _read("Maude George", "Mae Busch")
    assert ("Princess Olga Petchnikoff", "George") in played
    assert not any(part == "George" for part, _ in played)
