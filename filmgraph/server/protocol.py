"""The SPARQL 1.1 Protocol, request side: an HTTP request becomes a :class:`SparqlRequest`.

Queries come by GET ``?query=``, by POST of a form (``query=`` or ``update=``) or by POST of
the text itself (``application/sparql-query`` / ``application/sparql-update``).
``default-graph-uri`` and ``named-graph-uri`` choose the dataset. Parameters named ``$var``
bind the variable ``?var`` to an RDF term (N-Triples syntax, or else a plain string), placed
in a ``VALUES`` block, never pasted into the text.

>>> r = parse_request("GET", "query=SELECT%20*%20WHERE%20%7B%3Fs%20%3Fp%20%3Fo%7D&format=csv")
>>> r.operation, r.text, r.fmt
('query', 'SELECT * WHERE {?s ?p ?o}', 'csv')
"""

from __future__ import annotations

from dataclasses import dataclass, field
from urllib.parse import parse_qs

import pyoxigraph as ox
from rdflib import Literal
from rdflib.term import Node

from ..errors import QueryError
from ..store import bind_values, from_ox

__all__ = ["ProtocolError", "SparqlRequest", "parse_request", "parse_term"]

FORM = "application/x-www-form-urlencoded"
QUERY_TYPE = "application/sparql-query"
UPDATE_TYPE = "application/sparql-update"


class ProtocolError(Exception):
    """A request the endpoint refuses: ``status`` is the HTTP status, the message one line."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


@dataclass(frozen=True, slots=True)
class SparqlRequest:
    """A query or an update with its dataset, requested format and bound variables."""

    operation: str  # "query" or "update"
    text: str
    fmt: str | None = None
    default_graphs: tuple[str, ...] = ()
    named_graphs: tuple[str, ...] = ()
    bindings: dict[str, Node] = field(default_factory=dict)


def parse_term(value: str) -> Node:
    """A ``$var`` value as an RDF term: N-Triples syntax if it looks like it, else a string.

    >>> parse_term('<https://schema.org/Movie>')
    rdflib.term.URIRef('https://schema.org/Movie')
    >>> parse_term('"1998"^^<http://www.w3.org/2001/XMLSchema#gYear>').datatype
    rdflib.term.URIRef('http://www.w3.org/2001/XMLSchema#gYear')
    >>> parse_term('x" } DROP ALL #')
    rdflib.term.Literal('x" } DROP ALL #')
    """
    if not value.startswith(("<", '"')):
        return Literal(value)
    try:
        triples = list(ox.parse(f"<urn:s> <urn:p> {value} .\n".encode(),
                                format=ox.RdfFormat.N_TRIPLES))
    except SyntaxError:
        triples = []
    term = from_ox(triples[0].object) if len(triples) == 1 else None
    if term is None:
        raise ProtocolError(400, f"parameter value {value[:60]!r} is not one RDF term "
                                 "in N-Triples syntax")
    return term


def _decode(body: bytes) -> str:
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError:
        raise ProtocolError(400, "the request body is not UTF-8") from None


def _fields(text: str) -> dict[str, list[str]]:
    try:
        return parse_qs(text, keep_blank_values=True, strict_parsing=False, errors="strict")
    except UnicodeDecodeError:
        raise ProtocolError(400, "a request parameter is not UTF-8 once %-decoded") from None


def _one(fields: dict[str, list[str]], name: str) -> str | None:
    values = fields.get(name, [])
    if len(values) > 1:
        raise ProtocolError(400, f"give {name}= once, not {len(values)} times")
    return values[0] if values else None


def parse_request(method: str, query_string: str, content_type: str = "",
                  body: bytes = b"") -> SparqlRequest:
    """Read a SPARQL Protocol request; raise :class:`ProtocolError` with the status to send."""
    fields = _fields(query_string)
    media = content_type.split(";")[0].strip().lower()
    if method == "POST":
        if media == FORM:
            for name, values in _fields(_decode(body)).items():
                fields.setdefault(name, []).extend(values)
        elif media in (QUERY_TYPE, UPDATE_TYPE):
            name = "query" if media == QUERY_TYPE else "update"
            if name in fields:
                raise ProtocolError(400, f"{name}= in the URL and a {media} body: give one")
            fields[name] = [_decode(body)]
        else:
            raise ProtocolError(415, f"POST a form ({FORM}), {QUERY_TYPE} or {UPDATE_TYPE}, "
                                     f"not {media or 'a body without Content-Type'}")
    query, update = _one(fields, "query"), _one(fields, "update")
    if query is not None and update is not None:
        raise ProtocolError(400, "give query= or update=, not both")
    if update is not None and method != "POST":
        raise ProtocolError(405, "updates must be sent by POST")
    text = query if query is not None else update
    if text is None:
        raise ProtocolError(400, "no query: send ?query=… (the query page is at /)")
    if not text.strip():
        raise ProtocolError(400, "the query is empty")
    bindings = {name[1:]: parse_term(_one(fields, name) or "")
                for name in fields if name.startswith("$")}
    if bindings:
        try:
            text = bind_values(text, bindings)
        except QueryError as err:
            raise ProtocolError(400, str(err)) from None
    return SparqlRequest(
        operation="query" if query is not None else "update",
        text=text,
        fmt=_one(fields, "format") or _one(fields, "output"),
        default_graphs=tuple(fields.get("default-graph-uri", [])),
        named_graphs=tuple(fields.get("named-graph-uri", [])),
        bindings=bindings,
    )
