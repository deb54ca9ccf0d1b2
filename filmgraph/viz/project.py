"""Projections of the store as networkx graphs: the pictures people ask for.

Every node is keyed by its IRI and carries ``kind`` (see :mod:`filmgraph.viz.kinds`),
``label`` (its name), ``facts`` (``(property label, value)`` pairs for the tooltip) and
``wikidata`` (the linked item's IRI, or ``None``). Every edge carries ``label`` (the
ontology's ``rdfs:label`` of its properties, never a raw IRI) and ``predicates``.

Names given by users are bound as RDF terms, never pasted into SPARQL.

>>> import filmgraph
>>> store = filmgraph.open_store()
>>> from filmgraph.resources import data_dir
>>> _ = filmgraph.ingest([data_dir() / "example"], store)
>>> g = whole_graph(store)
>>> sorted({kind for _, kind in g.nodes(data="kind")})
['character', 'film', 'organization', 'person', 'place', 'review', 'theme']
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from itertools import combinations

import networkx as nx
from rdflib import Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SKOS

from ..errors import QueryError
from ..graph.vocab import FG, ONTOLOGY_GRAPH, SCHEMA, WD
from ..query import run_query
from ..store import Store
from .kinds import ENTITY_CLASSES, PROVENANCE_CLASSES, SCHEMA_CLASSES

__all__ = [
    "costar_network",
    "ego_network",
    "find_entity",
    "place_hierarchy",
    "query_graph",
    "whole_graph",
]

#: Facts that would only clutter a tooltip (search cue words, hashes).
_HIDDEN_FACTS = {str(SKOS.hiddenLabel), str(FG.contentHash)}
#: Properties whose value names a node, best first.
_NAME_PROPS = [str(SCHEMA.name), str(SKOS.prefLabel), str(RDFS.label)]
#: Properties that never become edges: they describe the schema or the claim machinery.
_NOT_EDGES = {str(RDF.type), str(OWL.sameAs)}
_MAX_FACTS = 14
_MAX_FACT_CHARS = 240
_CREDITS = (SCHEMA.actor, SCHEMA.director, SCHEMA.author)


@dataclass(slots=True)
class _Catalogue:
    """What the store says about every node: kind, name, facts, Wikidata link."""

    kinds: dict[str, str] = field(default_factory=dict)
    names: dict[str, str] = field(default_factory=dict)
    facts: dict[str, list[tuple[str, str]]] = field(default_factory=lambda: defaultdict(list))
    wikidata: dict[str, str] = field(default_factory=dict)
    properties: dict[str, str] = field(default_factory=dict)

    def property_label(self, predicate: str) -> str:
        return self.properties.get(predicate) or _local_name(predicate)

    def attrs(self, iri: str, kind: str | None = None) -> dict[str, object]:
        return {
            "kind": kind or self.kinds.get(iri, "other"),
            "label": self.names.get(iri) or _local_name(iri),
            "iri": iri,
            "facts": sorted(self.facts.get(iri, ()), key=lambda f: f[0] != "name"),
            "wikidata": self.wikidata.get(iri),
        }


def _local_name(iri: str) -> str:
    """The readable tail of an IRI: ``…/person/kantemir-balagov`` → ``kantemir-balagov``."""
    tail = iri.rstrip("/#").rsplit("#", 1)[-1].rsplit("/", 1)[-1]
    return tail or iri


def _values(iris: Iterable[str]) -> str:
    return " ".join(f"<{iri}>" for iri in sorted(iris))


def _catalogue(store: Store, *, provenance: bool = False) -> _Catalogue:
    cat = _Catalogue()
    classes = dict(ENTITY_CLASSES)
    if provenance:
        classes.update(PROVENANCE_CLASSES)
    rank = {cls: i for i, cls in enumerate(classes)}
    best: dict[str, int] = {}
    # Claims are typed in their review's graph only (the merged default graph leaves them out).
    typed = "{ ?x a ?t } UNION { GRAPH ?g { ?x a ?t } }" if provenance else "?x a ?t"
    for x, t in store.query(f"SELECT DISTINCT ?x ?t WHERE {{ {typed} FILTER(isIRI(?x)) }}").rows:
        cls = str(t)
        if cls in classes and rank[cls] < best.get(str(x), len(rank)):
            best[str(x)] = rank[cls]
            cat.kinds[str(x)] = classes[cls]
    for p, label in store.query(
        f"SELECT ?p ?l WHERE {{ GRAPH ?g {{ ?p <{RDFS.label}> ?l }} }}",
        bindings={"g": ONTOLOGY_GRAPH},
    ).rows:
        if isinstance(label, Literal) and (label.language in (None, "en") or str(p) not in
                                           cat.properties):
            cat.properties[str(p)] = str(label)
    name_rank: dict[str, int] = {}
    seen: set[tuple[str, str, str]] = set()
    # Only the nodes' own facts: claims' confidences and evidence text stay in the store.
    rows = store.query(
        f"SELECT DISTINCT ?s ?p ?o WHERE {{ VALUES ?t {{ {_values(classes)} }} ?s a ?t ; ?p ?o "
        "FILTER(isIRI(?s) && isLiteral(?o)) }"
    ).rows
    for s, p, o in rows:
        iri, prop, value = str(s), str(p), str(o)
        if iri not in cat.kinds or prop in _HIDDEN_FACTS or (iri, prop, value) in seen:
            continue
        seen.add((iri, prop, value))
        if prop in _NAME_PROPS:
            r = _NAME_PROPS.index(prop)
            if r < name_rank.get(iri, len(_NAME_PROPS)):
                name_rank[iri] = r
                cat.names[iri] = value
        facts = cat.facts[iri]
        if len(facts) < _MAX_FACTS:
            facts.append((cat.property_label(prop), value[:_MAX_FACT_CHARS]))
    for review, film_name in store.query(
        f"SELECT ?r ?n WHERE {{ ?r a <{SCHEMA.Review}> ; <{SCHEMA.itemReviewed}> ?f . "
        f"?f <{SCHEMA.name}> ?n }}"
    ).rows:
        cat.names.setdefault(str(review), f"review of {film_name}")  # untitled reviews
    for review, source in store.query(
        f"SELECT ?r ?p WHERE {{ ?r a <{SCHEMA.Review}> ; <{FG.sourcePath}> ?p }}"
    ).rows:  # ... and reviews of no known film
        cat.names.setdefault(str(review), f"review {str(source).rsplit('/', 1)[-1]}")
    for s, w in store.query(
        f'SELECT DISTINCT ?s ?w WHERE {{ ?s <{OWL.sameAs}> ?w '
        f'FILTER(STRSTARTS(STR(?w), "{WD}Q")) }}'
    ).rows:
        cat.wikidata[str(s)] = str(w)
    return cat


def _add_edge(graph: nx.DiGraph, cat: _Catalogue, s: str, p: str, o: str) -> None:
    if graph.has_edge(s, o):
        data = graph.edges[s, o]
        if p not in data["predicates"]:
            data["predicates"].append(p)
            data["label"] = ", ".join(sorted(cat.property_label(q) for q in data["predicates"]))
    else:
        graph.add_edge(s, o, predicates=[p], label=cat.property_label(p))


def _build(store: Store, cat: _Catalogue, *, literals: bool, types: bool) -> nx.DiGraph:
    graph = nx.DiGraph()
    for iri, kind in cat.kinds.items():
        if kind != "theme":  # the whole theme scheme is in the ontology; only used themes show
            graph.add_node(iri, **cat.attrs(iri))
    wanted = ["isIRI(?s)", "?g != ?ontology"]
    if not literals:
        wanted.append("isIRI(?o)")
    if not types:
        wanted.append(f"?p != <{RDF.type}>")
    classes = {c for c, kind in {**ENTITY_CLASSES, **PROVENANCE_CLASSES}.items()
               if kind in set(cat.kinds.values())}
    typed = "?s a ?t ."
    if "claim" in cat.kinds.values():  # claims are typed in their own graph only
        typed = "{ ?s a ?t } UNION { GRAPH ?g { ?s a ?t } }"
    rows = store.query(
        f"SELECT DISTINCT ?s ?p ?o WHERE {{ VALUES ?t {{ {_values(classes)} }} {typed} "
        f"GRAPH ?g {{ ?s ?p ?o }} FILTER({' && '.join(wanted)}) }}",
        bindings={"ontology": ONTOLOGY_GRAPH},
    ).rows
    for s, p, o in rows:
        subject, prop = str(s), str(p)
        if subject not in cat.kinds:
            continue
        if isinstance(o, URIRef):
            obj = str(o)
            if prop == str(RDF.type):
                if types and obj not in SCHEMA_CLASSES:
                    if obj not in graph:
                        graph.add_node(obj, **cat.attrs(obj, "class"))
                    _add_edge(graph, cat, subject, prop, obj)
            elif obj in cat.kinds and prop not in _NOT_EDGES:
                for end in (subject, obj):
                    if end not in graph:
                        graph.add_node(end, **cat.attrs(end))
                _add_edge(graph, cat, subject, prop, obj)
        elif literals and isinstance(o, Literal) and prop not in _HIDDEN_FACTS:
            node = "literal:" + o.n3()
            if node not in graph:
                graph.add_node(node, kind="literal", label=str(o)[:60], iri="",
                               facts=[("value", str(o)[:_MAX_FACT_CHARS])], wikidata=None)
            _add_edge(graph, cat, subject, prop, node)
    return graph


def whole_graph(store: Store, *, literals: bool = False, types: bool = False,
                provenance: bool = False) -> nx.DiGraph:
    """Every film, person, character, place, theme, review and organisation, and their links.

    Literal values, ``rdf:type`` and claim/provenance nodes stay out unless asked for.

    >>> import filmgraph
    >>> store = filmgraph.open_store()
    >>> from filmgraph.resources import data_dir
    >>> _ = filmgraph.ingest([data_dir() / "example" / "closeness.txt"], store)
    >>> g = whole_graph(store)
    >>> film = find_entity(store, "Closeness")
    >>> g.edges[film, "https://w3id.org/filmgraph/id/person/kantemir-balagov"]["label"]
    'directed by, written by'
    """
    cat = _catalogue(store, provenance=provenance)
    graph = _build(store, cat, literals=literals, types=types)
    graph.graph["title"] = "The whole graph"
    return graph


def find_entity(store: Store, name: str) -> str:
    """The IRI of the entity called ``name`` (its name, title or a known variant; any case).

    An exact ``schema:name`` beats a variant; a film or person beats a character of that name.

    >>> import filmgraph
    >>> store = filmgraph.open_store()
    >>> from filmgraph.resources import data_dir
    >>> _ = filmgraph.ingest([data_dir() / "example" / "closeness.txt"], store)
    >>> find_entity(store, "kantemir balagov")
    'https://w3id.org/filmgraph/id/person/kantemir-balagov'
    """
    hows = [str(SCHEMA.name), str(SKOS.prefLabel), str(SCHEMA.alternateName), str(SKOS.altLabel)]
    rows = store.query(
        "SELECT DISTINCT ?x ?how ?t WHERE { ?x ?how ?n . ?x a ?t "
        f"VALUES ?how {{ {' '.join(f'<{h}>' for h in hows)} }} "
        "FILTER(isIRI(?x) && LCASE(STR(?n)) = LCASE(STR(?name))) }",
        bindings={"name": Literal(name)},
    ).rows
    order = list(ENTITY_CLASSES)
    candidates = [
        (hows.index(str(how)), order.index(str(t)), str(x))
        for x, how, t in rows
        if str(t) in ENTITY_CLASSES
    ]
    if not candidates:
        raise QueryError(f"no film, person, character, place or theme named {name!r} in the store")
    return min(candidates)[2]


def ego_network(store: Store, name: str, hops: int = 2, **options: bool) -> nx.DiGraph:
    """The entity called ``name`` and everything within ``hops`` links of it (either direction).

    ``options`` are those of :func:`whole_graph`.

    >>> import filmgraph
    >>> store = filmgraph.open_store()
    >>> from filmgraph.resources import data_dir
    >>> _ = filmgraph.ingest([data_dir() / "example" / "closeness.txt"], store)
    >>> g = ego_network(store, "Darya Zhovner", hops=1)
    >>> sorted(label for _, label in g.nodes(data="label"))
    ['Closeness', 'Darya Zhovner', 'Ilana']
    """
    if hops < 0:
        raise QueryError(f"--hops {hops}: give zero or more hops")
    centre = find_entity(store, name)
    whole = whole_graph(store, **options)
    if centre not in whole:  # an entity with no kind of its own (e.g. only named)
        whole.add_node(centre, **_catalogue(store).attrs(centre))
    ego: nx.DiGraph = nx.ego_graph(whole, centre, radius=hops, undirected=True)
    ego.graph.update(title=f"Within {hops} links of {whole.nodes[centre]['label']}", focus=centre)
    return ego


def _term_nodes(values: Iterable[object], names: Mapping[str, list[str]]) -> set[str]:
    nodes: set[str] = set()
    for value in values:
        if isinstance(value, URIRef):
            nodes.add(str(value))
        elif isinstance(value, Literal):
            nodes.update(names.get(str(value).casefold(), ()))
    return nodes


def query_graph(store: Store, query: str, params: Mapping[str, str] | None = None) -> nx.DiGraph:
    """A query's result as a subgraph: a named query, a ``.rq`` file or SPARQL text.

    CONSTRUCT/DESCRIBE results are drawn as they are (literal values go to the tooltip).
    For SELECT, the entities in the rows (IRIs, or literals that are an entity's name) are
    drawn with the links between them.

    >>> import filmgraph
    >>> store = filmgraph.open_store()
    >>> from filmgraph.resources import data_dir
    >>> _ = filmgraph.ingest([data_dir() / "example" / "closeness.txt"], store)
    >>> g = query_graph(store, "films-in-place", {"place": "Russia"})
    >>> sorted({kind for _, kind in g.nodes(data="kind")})
    ['film', 'place']
    """
    result = run_query(store, query, dict(params or {}))
    cat = _catalogue(store)
    graph = nx.DiGraph()
    if result.kind == "graph":
        assert result.graph is not None
        for s, p, o in result.graph:
            if not isinstance(s, URIRef):
                continue
            if str(s) not in graph:
                graph.add_node(str(s), **cat.attrs(str(s)))
            if isinstance(o, URIRef) and str(p) not in _NOT_EDGES:
                if str(o) not in graph:
                    graph.add_node(str(o), **cat.attrs(str(o)))
                _add_edge(graph, cat, str(s), str(p), str(o))
    elif result.kind == "select":
        names: dict[str, list[str]] = defaultdict(list)
        for iri, label in cat.names.items():
            names[label.casefold()].append(iri)
        wanted = _term_nodes((v for row in result.rows for v in row), names)
        whole = _build(store, cat, literals=False, types=False)
        graph = nx.DiGraph(whole.subgraph(wanted & set(whole)))
        for iri in wanted - set(whole):
            graph.add_node(iri, **cat.attrs(iri))
    else:
        raise QueryError(f"{query}: an ASK query gives true or false, not a graph to draw")
    graph.graph["title"] = f"Query: {query[:80]}"
    return graph


def costar_network(store: Store, *, roles: Iterable[str] = ("actor", "director", "author"),
                   ) -> nx.Graph:
    """People linked when they are credited on the same film; edges list the films.

    ``roles`` picks the credits that count: ``actor``, ``director``, ``author`` (screenwriter).

    >>> import filmgraph
    >>> store = filmgraph.open_store()
    >>> from filmgraph.resources import data_dir
    >>> _ = filmgraph.ingest([data_dir() / "example" / "closeness.txt"], store)
    >>> g = costar_network(store, roles=["actor"])
    >>> n = g.number_of_nodes()
    >>> g.number_of_edges() == n * (n - 1) // 2  # one film: everyone shares it
    True
    """
    props = [SCHEMA[r] for r in roles]
    if not props or any(p not in _CREDITS for p in props):
        raise QueryError(f"roles must be among actor, director, author, not {list(roles)}")
    cat = _catalogue(store)
    rows = store.query(
        f"SELECT DISTINCT ?f ?p WHERE {{ ?f a <{SCHEMA.Movie}> ; ?role ?p . "
        f"?p a <{SCHEMA.Person}> VALUES ?role {{ {' '.join(f'<{p}>' for p in props)} }} }}"
    ).rows
    credits: dict[str, set[str]] = defaultdict(set)
    for film_term, person_term in rows:
        credits[str(film_term)].add(str(person_term))
    graph = nx.Graph(title="People who share a film")
    for film, people in sorted(credits.items()):
        title = cat.names.get(film, _local_name(film))
        for person in people:
            if person not in graph:
                graph.add_node(person, **cat.attrs(person))
        for a, b in combinations(sorted(people), 2):
            if graph.has_edge(a, b):
                graph.edges[a, b]["films"].append(title)
            else:
                graph.add_edge(a, b, films=[title], predicates=[])
    for _, _, data in graph.edges(data=True):
        films = data["films"]
        data["weight"] = len(films)
        data["label"] = ", ".join(films[:3]) + (f" (+{len(films) - 3})" if len(films) > 3 else "")
    return graph


def place_hierarchy(store: Store) -> nx.DiGraph:
    """Places and what they lie in (``schema:containedInPlace``), child → parent.

    >>> import filmgraph
    >>> store = filmgraph.open_store()
    >>> from filmgraph.resources import data_dir
    >>> _ = filmgraph.ingest([data_dir() / "example" / "closeness.txt"], store)
    >>> g = place_hierarchy(store)
    >>> [g.nodes[p]["label"] for p in g.successors("https://w3id.org/filmgraph/id/place/nalchik")]
    ['Kabardino-Balkaria']
    """
    cat = _catalogue(store)
    graph = nx.DiGraph(title="Places and what they lie in")
    for iri, kind in cat.kinds.items():
        if kind == "place":
            graph.add_node(iri, **cat.attrs(iri))
    prop = str(SCHEMA.containedInPlace)
    for child, parent in store.query(
        f"SELECT DISTINCT ?c ?p WHERE {{ ?c <{prop}> ?p FILTER(isIRI(?c) && isIRI(?p)) }}"
    ).rows:
        for end in (str(child), str(parent)):
            if end not in graph:
                graph.add_node(end, **cat.attrs(end, "place"))
        _add_edge(graph, cat, str(child), prop, str(parent))
    return graph
