"""SHACL validation of the graph against ``ontology/shapes.ttl`` (pySHACL's front door).

>>> from filmgraph import open_store, build, Review
>>> store = open_store()
>>> store.replace_graph(build(Review(text="“Example” is set in Paris.", source="x.txt")))
>>> validate(store).conforms
True
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import pyshacl
from rdflib import Graph
from rdflib.namespace import SH

from .graph.vocab import ontology_graph
from .resources import ontology_dir
from .store import Store

__all__ = ["ValidationReport", "shapes_graph", "validate"]


@dataclass(frozen=True, slots=True)
class ValidationReport:
    conforms: bool
    violations: int
    text: str
    graph: Graph


@cache
def shapes_graph() -> Graph:
    return Graph().parse(ontology_dir() / "shapes.ttl", format="turtle")


def validate(data: Store | Graph) -> ValidationReport:
    """Validate a store (the union of its graphs) or an rdflib graph against the shapes."""
    if isinstance(data, Store):
        union = Graph()
        for s, p, o, _ in data.quads():
            union.add((s, p, o))
    else:
        union = Graph()
        for triple in data.triples((None, None, None)):
            union.add(triple)
    union += ontology_graph()
    conforms, report, text = pyshacl.validate(
        union, shacl_graph=shapes_graph(), inference="none", advanced=True
    )
    assert isinstance(report, Graph)
    violations = len(list(report.subjects(SH.resultSeverity, None)))
    return ValidationReport(bool(conforms), violations, str(text), report)
