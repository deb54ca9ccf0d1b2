"""The namespaces and IRIs of the filmgraph graph (see docs/architecture.md)."""

from __future__ import annotations

from functools import cache

from rdflib import Graph, Namespace, URIRef

from ..resources import ontology_dir

__all__ = [
    "BASE",
    "ENRICHMENT_GRAPH",
    "FG",
    "GRAPH",
    "ID",
    "LINKS_GRAPH",
    "LINK_PROVENANCE_GRAPH",
    "OA",
    "ONTOLOGY_GRAPH",
    "PROV",
    "SCHEMA",
    "THEME",
    "UNDONE_MERGES_GRAPH",
    "WD",
    "WDT",
    "ontology_graph",
    "review_graph",
]

BASE = "https://w3id.org/filmgraph/"
SCHEMA = Namespace("https://schema.org/")
FG = Namespace(BASE + "ontology#")
THEME = Namespace(BASE + "theme/")
ID = Namespace(BASE + "id/")
GRAPH = Namespace(BASE + "graph/")
PROV = Namespace("http://www.w3.org/ns/prov#")
OA = Namespace("http://www.w3.org/ns/oa#")
WD = Namespace("http://www.wikidata.org/entity/")
WDT = Namespace("http://www.wikidata.org/prop/direct/")

ONTOLOGY_GRAPH = GRAPH["ontology"]
LINKS_GRAPH = GRAPH["links"]
LINK_PROVENANCE_GRAPH = GRAPH["link-provenance"]
ENRICHMENT_GRAPH = GRAPH["enrichment"]
#: The merges a person undid (``filmgraph unmerge``): every later ingest keeps them apart.
UNDONE_MERGES_GRAPH = GRAPH["undone-merges"]


def review_graph(review_id: str) -> URIRef:
    """The named graph holding everything one review says.

    >>> str(review_graph("abc"))
    'https://w3id.org/filmgraph/graph/review/abc'
    """
    return GRAPH[f"review/{review_id}"]


@cache
def ontology_graph() -> Graph:
    """The ontology and the theme scheme, parsed once, named ``ONTOLOGY_GRAPH``. Do not mutate.

    >>> (SCHEMA.Movie, None, None) in ontology_graph()
    True
    """
    g = Graph(identifier=ONTOLOGY_GRAPH)
    for name in ("filmgraph.ttl", "themes.ttl"):
        g.parse(ontology_dir() / name, format="turtle")
    return g
