"""The linker's three named graphs: links, link provenance, enrichment; written and removed whole.

* links: ``?x owl:sameAs wd:Q…`` for each confident decision;
* link provenance: one ``fg:LinkRecord`` per entity that had candidates (method, score, every
  candidate considered, when, which endpoint), linked or not;
* enrichment: facts pulled from Wikidata: ``schema:containedInPlace`` (P131, P17),
  ``schema:geo`` (P625), ``schema:datePublished`` (P577), ``schema:birthDate`` (P569).

>>> from filmgraph import open_store
>>> store = open_store()
>>> remove_links(store)   # removing what is not there is fine
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, XSD

from ..graph.vocab import (
    BASE,
    ENRICHMENT_GRAPH,
    FG,
    ID,
    LINK_PROVENANCE_GRAPH,
    LINKS_GRAPH,
    SCHEMA,
)
from ..store import Store
from .decide import Decision
from .wikidata import FilmFacts, PersonFacts, PlaceFacts

__all__ = ["LinkGraphs", "build_link_graphs", "remove_links", "write_link_graphs"]

OUR_GRAPHS = (LINKS_GRAPH, LINK_PROVENANCE_GRAPH, ENRICHMENT_GRAPH)


@dataclass(slots=True)
class LinkGraphs:
    links: Graph = field(default_factory=lambda: Graph(identifier=LINKS_GRAPH))
    provenance: Graph = field(default_factory=lambda: Graph(identifier=LINK_PROVENANCE_GRAPH))
    enrichment: Graph = field(default_factory=lambda: Graph(identifier=ENRICHMENT_GRAPH))


def _record_iri(subject: URIRef) -> URIRef:
    # …/id/person/artem-tsypin → …/id/link/person/artem-tsypin: one record per entity, stable.
    local = str(subject).removeprefix(str(ID)) if str(subject).startswith(BASE) else str(subject)
    return ID["link/" + local.replace("#", "/")]


def _date(value: str) -> Literal | None:
    day = value[:10]
    if len(day) == 10 and day[4] == "-" and day[:4].isdigit():
        return Literal(day, datatype=XSD.date)
    return None


def _earliest(values: Iterable[str]) -> Literal | None:
    dates = sorted(d for d in (_date(v) for v in values) if d is not None)
    return dates[0] if dates else None


def build_link_graphs(decisions: Iterable[Decision], *, endpoint: str, linked_at: datetime,
                      films: Mapping[str, FilmFacts], people: Mapping[str, PersonFacts],
                      places: Mapping[str, PlaceFacts]) -> LinkGraphs:
    """The three graphs for a set of decisions and the facts fetched for their targets."""
    out = LinkGraphs()
    when = Literal(linked_at.isoformat(timespec="seconds"), datatype=XSD.dateTime)
    ours: dict[str, URIRef] = {}
    linked: list[Decision] = []
    for d in sorted(decisions, key=lambda d: str(d.subject)):
        if d.target is None and not d.candidates:
            continue
        rec = _record_iri(d.subject)
        prov = out.provenance
        prov.add((rec, RDF.type, FG.LinkRecord))
        prov.add((rec, FG.linkSubject, d.subject))
        prov.add((rec, FG.linkMethod, Literal(d.method)))
        prov.add((rec, FG.linkScore, Literal(f"{d.score:.3f}", datatype=XSD.decimal)))
        prov.add((rec, FG.linkedAt, when))
        prov.add((rec, FG.endpoint, URIRef(endpoint)))
        for cand in d.candidates:
            prov.add((rec, FG.candidate, URIRef(cand)))
        if d.target is not None:
            target = URIRef(d.target)
            prov.add((rec, FG.linkTarget, target))
            out.links.add((d.subject, OWL.sameAs, target))
            ours.setdefault(d.target, d.subject)
            linked.append(d)
    enrich = out.enrichment
    for d in linked:
        assert d.target is not None
        if d.kind == "film" and (date := _earliest(films.get(d.target, FilmFacts()).dates)):
            enrich.add((d.subject, SCHEMA.datePublished, date))
        elif d.kind == "person" and (
                birth := _earliest(people.get(d.target, PersonFacts()).births)):
            enrich.add((d.subject, SCHEMA.birthDate, birth))
        elif d.kind == "place":
            _enrich_place(enrich, d.subject, places.get(d.target, PlaceFacts()), ours)
    return out


def _enrich_place(g: Graph, subject: URIRef, facts: PlaceFacts, ours: Mapping[str, URIRef]) -> None:
    if facts.coords is not None:
        geo = BNode()
        g.add((subject, SCHEMA.geo, geo))
        g.add((geo, RDF.type, SCHEMA.GeoCoordinates))
        g.add((geo, SCHEMA.latitude, Literal(f"{facts.coords[0]:.6f}", datatype=XSD.decimal)))
        g.add((geo, SCHEMA.longitude, Literal(f"{facts.coords[1]:.6f}", datatype=XSD.decimal)))
    has_p131 = {child for child, _, prop in facts.edges if prop == "P131"}
    countries = Counter(child for child, _, prop in facts.edges if prop == "P17")
    for child, parent, prop in sorted(facts.edges):
        # The country is reached through the P131 chain already; and a region in several
        # countries (the Caucasus) is not contained in any one of them.
        if prop == "P17" and (child in has_p131 or countries[child] > 1):
            continue
        # Places we have are named by our IRIs; the rest of the chain by Wikidata's.
        node_c, node_p = ours.get(child, URIRef(child)), ours.get(parent, URIRef(parent))
        if node_c == node_p:
            continue
        g.add((node_c, SCHEMA.containedInPlace, node_p))
        for item, node in ((child, node_c), (parent, node_p)):
            if item not in ours:
                g.add((node, RDF.type, SCHEMA.Place))
                g.add((node, SCHEMA.name, Literal(facts.names.get(item, item.rsplit("/", 1)[-1]))))


def write_link_graphs(store: Store, graphs: LinkGraphs) -> None:
    """Replace the three graphs in one update, so a reader never sees half a run."""
    store.replace_graphs({URIRef(str(g.identifier)): g
                          for g in (graphs.links, graphs.provenance, graphs.enrichment)})


def remove_links(store: Store) -> None:
    """Remove every link, link record and enriched fact (the reviews' graphs stay)."""
    store.remove_graphs(URIRef(str(g)) for g in OUR_GRAPHS)
