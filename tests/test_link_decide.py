"""People linked through a linked film's credits, without a server: the decision alone."""

from __future__ import annotations

from rdflib import URIRef

from filmgraph.link.decide import Decision, decide_people
from filmgraph.link.local import LocalGraph, LocalPerson
from filmgraph.link.wikidata import FilmFacts

FILM = URIRef("https://w3id.org/filmgraph/id/film/harbor-lights-1919")
PERSON = URIRef("https://w3id.org/filmgraph/id/person/harbor-lights-1919/williams")
LINKED = {FILM: Decision(FILM, "film", "Q1", "label+type+year+credits", 0.9, ("Q1",))}


def _decide(crew: dict[str, tuple[set[str], set[str]]], *, credited: bool) -> Decision:
    person = LocalPerson(PERSON, "Williams")
    (person.credited_on if credited else person.mentioned_with).add(FILM)
    graph = LocalGraph(people={PERSON: person})
    facts = {"Q1": FilmFacts(years={1919}, crew=crew)}
    return decide_people(graph, {}, LINKED, facts, threshold=0.7)[PERSON]


def test_a_lone_credited_surname_links_to_the_one_cast_member_who_has_it() -> None:
    crew = {"Q2": ({"Earle Williams"}, {"cast"}), "Q3": ({"Mae Marsh"}, {"cast"})}
    decision = _decide(crew, credited=True)
    assert (decision.target, decision.method) == ("Q2", "credited-on-linked-film+surname")


def test_two_cast_members_with_the_surname_make_no_link() -> None:
    crew = {"Q2": ({"Earle Williams"}, {"cast"}), "Q4": ({"Kathlyn Williams"}, {"cast"})}
    assert _decide(crew, credited=True).target is None


def test_a_surname_only_mentioned_with_the_film_makes_no_link() -> None:
    crew = {"Q2": ({"Earle Williams"}, {"cast"})}
    assert _decide(crew, credited=False).target is None
