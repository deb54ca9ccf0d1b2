"""Issue: "Clyde (Robert Downey, Jr.)" and later "Clyde (Downey)" made two actors.

A surname is joined to the full name the review gives, but the full name's last word was
taken as its surname, and for "Robert Downey, Jr." that is "Jr.". Once another Downey was a
known film person (the film table credits Robert Downey Sr.), "(Downey)" read as a credited
surname of its own and became a second actor, "Downey", playing Clyde. The surname is now
the last word before a generational suffix (``filmgraph.model.surname``), in extraction,
resolution and linking alike.
"""

from __future__ import annotations

from dataclasses import replace

from filmgraph.extract import extract
from filmgraph.extract.lexicon import default_lexicon
from filmgraph.link.decide import best_credit
from filmgraph.model import Relation, Review
from filmgraph.resolve import Resolver

TEXT = (
    "“Storm Lawyer” (1998) opens in the rain. Magruder (Kenneth Branagh) hires a muddled "
    "investigator, Clyde (Robert Downey, Jr.), to watch the house. Later he assigns Clyde "
    "(Downey) to her case, and Downey stumbles over every clue."
)


def test_the_surname_joins_the_full_name_with_its_suffix() -> None:
    base = default_lexicon()
    lexicon = replace(
        base,
        people=base.people | {"Robert Downey Sr."},
        name_tokens=base.name_tokens | {"Downey"},
    )
    ex = extract(Review(text=TEXT, source="x"), lexicon=lexicon)
    actors = {c.object for c in ex.claims_for(Relation.ACTOR)}
    assert actors == {"Kenneth Branagh", "Robert Downey, Jr."}
    played = {(c.subject, c.object) for c in ex.claims_for(Relation.PLAYED_BY)}
    assert ("Clyde", "Downey") not in played
    resolved = Resolver().resolve(ex)
    people = [e for e in resolved.entities.values() if "Downey" in e.name]
    assert [e.name for e in people] == ["Robert Downey, Jr."]


def test_linking_finds_a_lone_surname_among_crew_with_a_suffix() -> None:
    # The same surname rule when a plot's lone credited surname is linked to the crew of the
    # film on Wikidata: "Robert Downey Jr." ended in "jr" there too.
    crew = {"wd:Q1": ({"Robert Downey Jr."}, {"cast"}), "wd:Q2": ({"Mae Marsh"}, {"cast"})}
    assert best_credit("Downey", crew, surname=True) == ("wd:Q1", 0.9)
