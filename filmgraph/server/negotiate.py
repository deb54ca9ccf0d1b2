"""Content negotiation: which serialisation a client gets for a query result.

A ``format`` request parameter (a short name or a media type) wins over the ``Accept``
header, as in Fuseki; an ``Accept`` header that names nothing we write falls back to the
default (SPARQL JSON for SELECT/ASK, Turtle for CONSTRUCT/DESCRIBE), because clients often
send long lists and a result is more useful than a 406.

>>> choose("results", accept="text/csv;q=0.5, application/sparql-results+xml").media_type
'application/sparql-results+xml'
>>> choose("graph", fmt="nt").media_type
'application/n-triples'
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["Choice", "NotAcceptable", "choose"]


@dataclass(frozen=True, slots=True)
class Choice:
    """A serialisation: its short name (``json``, ``turtle``…) and the media type sent."""

    name: str
    media_type: str


# What each result kind can be written as, default first: short name → media type.
_WRITTEN: dict[str, dict[str, str]] = {
    "results": {
        "json": "application/sparql-results+json",
        "xml": "application/sparql-results+xml",
        "csv": "text/csv",
        "tsv": "text/tab-separated-values",
    },
    "graph": {
        "turtle": "text/turtle",
        "ntriples": "application/n-triples",
        "nquads": "application/n-quads",
        "rdfxml": "application/rdf+xml",
        "jsonld": "application/ld+json",
    },
}

# Other names clients use for the same formats (SPARQLWrapper sends format=json|xml|turtle|…).
_ALIASES: dict[str, dict[str, str]] = {
    "results": {
        "application/json": "json", "srj": "json", "text/javascript": "json",
        "application/javascript": "json", "application/xml": "xml", "text/xml": "xml",
        "srx": "xml", "application/csv": "csv", "text/tsv": "tsv",
    },
    "graph": {
        "ttl": "turtle", "n3": "turtle", "text/n3": "turtle", "application/turtle": "turtle",
        "application/x-turtle": "turtle", "nt": "ntriples", "n-triples": "ntriples",
        "text/plain": "ntriples", "nq": "nquads", "n-quads": "nquads", "rdf": "rdfxml",
        "xml": "rdfxml", "rdf+xml": "rdfxml", "application/xml": "rdfxml", "text/xml": "rdfxml",
        "json-ld": "jsonld", "json": "jsonld", "application/json": "jsonld",
        "application/x-json+ld": "jsonld",
    },
}


class NotAcceptable(ValueError):
    """A ``format`` parameter names no serialisation of this kind of result."""


def _lookup(kind: str, name: str) -> Choice | None:
    written, aliases = _WRITTEN[kind], _ALIASES[kind]
    name = name.strip().lower()
    short = name if name in written else aliases.get(name)
    if short is None:
        short = next((s for s, media in written.items() if media == name), None)
    return Choice(short, written[short]) if short else None


def _ranked(accept: str) -> list[str]:
    """Media ranges of an Accept header, best first (stable for equal q)."""
    ranges: list[tuple[float, int, str]] = []
    for i, part in enumerate(accept.split(",")):
        media, *params = (p.strip() for p in part.split(";"))
        q = 1.0
        for param in params:
            key, _, value = param.partition("=")
            if key.strip().lower() == "q":
                try:
                    q = float(value)
                except ValueError:
                    q = 0.0
        if media and q > 0:
            ranges.append((-q, i, media.lower()))
    return [media for _, _, media in sorted(ranges)]


def choose(kind: str, *, accept: str = "", fmt: str | None = None) -> Choice:
    """The serialisation for a ``results`` (SELECT/ASK) or ``graph`` (CONSTRUCT/DESCRIBE) result.

    >>> choose("results", accept="*/*").name
    'json'
    >>> choose("results", fmt="turtle")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    filmgraph.server.negotiate.NotAcceptable: format=turtle cannot hold SELECT/ASK results; ...
    """
    if fmt:
        choice = _lookup(kind, fmt)
        if choice is None:
            what = "SELECT/ASK results" if kind == "results" else "a CONSTRUCT/DESCRIBE graph"
            raise NotAcceptable(f"format={fmt} cannot hold {what}; use {', '.join(_WRITTEN[kind])}")
        return choice
    for media in _ranked(accept):
        choice = _lookup(kind, media)
        if choice is not None:
            return choice
    short, media = next(iter(_WRITTEN[kind].items()))
    return Choice(short, media)
