"""Graph building: resolved reviews in, rdflib graphs out (one named graph per review)."""

from __future__ import annotations

from .build import build_review_graph, entity_iri, entity_key, review_iri
from .vocab import FG, ID, SCHEMA, THEME, review_graph

__all__ = [
    "FG",
    "ID",
    "SCHEMA",
    "THEME",
    "build_review_graph",
    "entity_iri",
    "entity_key",
    "review_graph",
    "review_iri",
]
