"""What the graph says about its films, people and places: the context linking relies on.

Read from the store through SPARQL; the link, provenance and enrichment graphs are left out,
so a rerun sees the reviews only and never its own earlier guesses.

>>> from filmgraph import Review, build, open_store
>>> store = open_store()
>>> store.replace_graph(build(Review(text="“Closeness” (2017), directed by Kantemir Balagov, "
...     "is set in Nalchik.", source="r.txt")))
>>> graph = read_local_graph(store)
>>> [(f.names, f.year, [p.name for p in f.people]) for f in graph.films.values()]
[(('Closeness',), 2017, ['Kantemir Balagov'])]
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from rdflib import URIRef

from ..graph.vocab import ENRICHMENT_GRAPH, LINK_PROVENANCE_GRAPH, LINKS_GRAPH
from ..store import Store

__all__ = ["Credit", "LocalFilm", "LocalGraph", "LocalPerson", "LocalPlace", "read_local_graph"]

_PREFIXES = """PREFIX schema: <https://schema.org/>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX fg: <https://w3id.org/filmgraph/ontology#>
"""
# Our own output graphs are not evidence for linking.
_NOT_OURS = (
    f"FILTER(?g NOT IN (<{LINKS_GRAPH}>, <{LINK_PROVENANCE_GRAPH}>, <{ENRICHMENT_GRAPH}>))"
)

_ROLES = {
    "https://schema.org/director": "director",
    "https://schema.org/actor": "actor",
    "https://schema.org/author": "writer",
}


@dataclass(frozen=True, slots=True)
class Credit:
    name: str
    iri: URIRef
    role: str  # director | actor | writer


@dataclass(slots=True)
class LocalFilm:
    iri: URIRef
    names: tuple[str, ...]
    year: int | None = None
    people: list[Credit] = field(default_factory=list)


@dataclass(slots=True)
class LocalPerson:
    iri: URIRef
    name: str
    #: films this person is credited on, and films of reviews that only mention them
    credited_on: set[URIRef] = field(default_factory=set)
    mentioned_with: set[URIRef] = field(default_factory=set)


@dataclass(slots=True)
class LocalPlace:
    iri: URIRef
    name: str
    parents: set[URIRef] = field(default_factory=set)
    films: set[URIRef] = field(default_factory=set)


@dataclass(slots=True)
class LocalGraph:
    films: dict[URIRef, LocalFilm] = field(default_factory=dict)
    people: dict[URIRef, LocalPerson] = field(default_factory=dict)
    places: dict[URIRef, LocalPlace] = field(default_factory=dict)
    _ancestors: dict[URIRef, frozenset[URIRef]] = field(default_factory=dict, repr=False)

    def ancestors(self, place: URIRef) -> set[URIRef]:
        """Every place that contains ``place``, at any depth, by the graph's own hierarchy."""
        if place not in self._ancestors:
            self._ancestors[place] = frozenset(self._walk_up(place))
        return set(self._ancestors[place])

    def _walk_up(self, place: URIRef) -> set[URIRef]:
        seen: set[URIRef] = set()
        todo = list(self.places[place].parents) if place in self.places else []
        while todo:
            p = todo.pop()
            if p not in seen:
                seen.add(p)
                todo.extend(self.places[p].parents if p in self.places else ())
        return seen

    def descendants(self, place: URIRef) -> set[URIRef]:
        return {p for p in self.places if place in self.ancestors(p)}

    def neighbourhood(self, place: URIRef) -> set[URIRef]:
        """Places connected by the hierarchy (either way) or a shared film: its context."""
        below = self.descendants(place)
        near = self.ancestors(place) | below
        for sub in below:  # what contains its sub-places is its company too
            near |= self.ancestors(sub)
        for other in self.places.values():
            if other.iri != place and other.films & self.places[place].films:
                near |= {other.iri} | self.ancestors(other.iri)
        near.discard(place)
        return near


def _rows(store: Store, sparql: str) -> list[tuple[str, ...]]:
    return [tuple(str(v) if v is not None else "" for v in row)
            for row in store.query(_PREFIXES + sparql, union=False).rows]


def read_local_graph(store: Store) -> LocalGraph:
    """Films with their credits and year, people with their films, places with their parents."""
    out = LocalGraph()
    names: dict[URIRef, list[str]] = defaultdict(list)
    for film, name, year in _rows(store, f"""
        SELECT DISTINCT ?film ?name ?year WHERE {{ GRAPH ?g {{
          ?film a schema:Movie . {{ ?film schema:name ?name }} UNION
          {{ ?film schema:alternateName ?name }}
          FILTER NOT EXISTS {{ ?film fg:titleUnknown true }}
          OPTIONAL {{ ?film schema:dateCreated ?year }} }} {_NOT_OURS} }}
        ORDER BY ?film ?name"""):
        iri = URIRef(film)
        if name not in names[iri]:
            names[iri].append(name)
        f = out.films.setdefault(iri, LocalFilm(iri, ()))
        if year[:4].isdigit():
            f.year = int(year[:4])
    for iri, local_film in out.films.items():
        local_film.names = tuple(names[iri])

    for film, role, person, name in _rows(store, f"""
        SELECT DISTINCT ?film ?role ?person ?name WHERE {{ GRAPH ?g {{
          VALUES ?role {{ schema:director schema:actor schema:author }}
          ?film a schema:Movie ; ?role ?person . ?person a schema:Person ; schema:name ?name
          FILTER NOT EXISTS {{ ?film fg:titleUnknown true }} }}
          {_NOT_OURS} }} ORDER BY ?film ?role ?person"""):
        # (an untitled film's people are read below, with no film to link them by)
        fi, pi = URIRef(film), URIRef(person)
        credit = Credit(name, pi, _ROLES[role])
        if credit not in out.films[fi].people:
            out.films[fi].people.append(credit)
        out.people.setdefault(pi, LocalPerson(pi, name)).credited_on.add(fi)

    for person, name, film in _rows(store, f"""
        SELECT DISTINCT ?person ?name ?film WHERE {{ GRAPH ?g {{
          ?person a schema:Person ; schema:name ?name .
          OPTIONAL {{ ?review schema:mentions ?person ; schema:itemReviewed ?film }} }}
          {_NOT_OURS} }} ORDER BY ?person"""):
        p = out.people.setdefault(URIRef(person), LocalPerson(URIRef(person), name))
        if film:
            p.mentioned_with.add(URIRef(film))

    for place, name, parent, film in _rows(store, f"""
        SELECT DISTINCT ?place ?name ?parent ?film WHERE {{ GRAPH ?g {{
          ?place a schema:Place ; schema:name ?name .
          OPTIONAL {{ ?place schema:containedInPlace ?parent }}
          OPTIONAL {{ ?film schema:contentLocation|fg:filmingLocation ?place }} }}
          {_NOT_OURS} }} ORDER BY ?place"""):
        pl = out.places.setdefault(URIRef(place), LocalPlace(URIRef(place), name))
        if parent:
            pl.parents.add(URIRef(parent))
        if film:
            pl.films.add(URIRef(film))
    return out
