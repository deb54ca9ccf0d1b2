"""The kinds of node a picture shows, how each is drawn, and which RDF class makes it.

Colours come from the Okabe–Ito palette so the kinds stay apart for colour-blind readers;
shapes differ too, so the legend still works in greyscale.

>>> KINDS["film"].shape
'square'
"""

from __future__ import annotations

from dataclasses import dataclass

from rdflib.namespace import OWL, RDF, RDFS, SKOS

from ..graph.vocab import FG, PROV, SCHEMA

__all__ = ["ENTITY_CLASSES", "KINDS", "PROVENANCE_CLASSES", "Style", "style"]


@dataclass(frozen=True, slots=True)
class Style:
    """How one kind of node is drawn (vis-network shape names)."""

    label: str
    colour: str
    shape: str


KINDS: dict[str, Style] = {
    "film": Style("film", "#E69F00", "square"),
    "person": Style("person", "#56B4E9", "dot"),
    "character": Style("character", "#CC79A7", "diamond"),
    "place": Style("place", "#009E73", "triangle"),
    "theme": Style("theme", "#F0E442", "star"),
    "review": Style("review", "#0072B2", "hexagon"),
    "organization": Style("organisation", "#D55E00", "triangleDown"),
    "claim": Style("claim", "#999999", "dot"),
    "agent": Style("extractor", "#777777", "dot"),
    "class": Style("class (rdf:type)", "#BBBBBB", "square"),
    "literal": Style("value", "#DDDDDD", "box"),
    "other": Style("other", "#888888", "dot"),
}

#: The classes of the entities people explore; the first class listed wins for a node.
ENTITY_CLASSES: dict[str, str] = {
    str(SCHEMA.Movie): "film",
    str(SCHEMA.Person): "person",
    str(FG.Character): "character",
    str(SCHEMA.Place): "place",
    str(SCHEMA.Review): "review",
    str(SCHEMA.Organization): "organization",
    str(SKOS.Concept): "theme",
}

#: Provenance nodes, drawn only when asked for.
PROVENANCE_CLASSES: dict[str, str] = {
    str(FG.Claim): "claim",
    str(RDF.Statement): "claim",
    str(PROV.SoftwareAgent): "agent",
    str(FG.MergeRecord): "claim",
}

#: Schema-level classes that never become nodes of their own.
SCHEMA_CLASSES = {str(OWL.Class), str(OWL.ObjectProperty), str(OWL.DatatypeProperty),
                  str(RDF.Property), str(RDFS.Class)}


def style(kind: str) -> Style:
    """The style of a kind, falling back to "other".

    >>> style("person").colour
    '#56B4E9'
    >>> style("unknown").label
    'other'
    """
    return KINDS.get(kind, KINDS["other"])
