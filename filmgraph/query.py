"""Named SPARQL queries from ``queries/*.rq`` and their typed parameters.

A library query opens with a header of comments::

    # title: Films set in a place, including its sub-places
    # description: ...
    # param: place | string | Nalchik | the place's name

Parameters are bound as RDF terms (a ``VALUES`` block), never pasted into the query text.

>>> q = load_query("films-in-place")
>>> [p.name for p in q.params]
['place']
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Literal, URIRef
from rdflib.namespace import XSD
from rdflib.term import Node

from .errors import QueryError
from .files import read_text
from .resources import queries_dir
from .store import QueryResult, Store

__all__ = ["NamedQuery", "Param", "bind_params", "list_queries", "load_query", "run_query"]

_TYPES = ("string", "iri", "integer", "decimal", "year", "lang")


@dataclass(frozen=True, slots=True)
class Param:
    name: str
    type: str
    example: str
    description: str = ""

    def term(self, value: str) -> Node:
        """The RDF term for a user-given value of this parameter."""
        if self.type == "iri":
            if not re.match(r"^[a-z][a-z0-9+.-]*:", value):
                raise QueryError(f"parameter {self.name}: {value!r} is not an IRI")
            return URIRef(value)
        if self.type == "integer":
            if not re.fullmatch(r"[+-]?\d+", value):
                raise QueryError(f"parameter {self.name}: {value!r} is not an integer")
            return Literal(int(value))
        if self.type == "decimal":
            try:
                float(value)
            except ValueError:
                raise QueryError(f"parameter {self.name}: {value!r} is not a number") from None
            return Literal(value, datatype=XSD.decimal)
        if self.type == "lang":
            return Literal(value, lang="en")
        return Literal(value)


@dataclass(frozen=True, slots=True)
class NamedQuery:
    name: str
    title: str
    description: str
    sparql: str
    path: Path
    params: tuple[Param, ...] = field(default_factory=tuple)


def _parse(path: Path) -> NamedQuery:
    text = read_text(path, what="query file")
    title = description = ""
    params: list[Param] = []
    for line in text.splitlines():
        if not line.startswith("#"):
            if line.strip():
                break
            continue
        body = line.lstrip("# ").rstrip()
        key, _, value = body.partition(":")
        key = key.strip().lower()
        if key == "title":
            title = value.strip()
        elif key == "description":
            description = (description + " " + value.strip()).strip()
        elif key == "param":
            parts = [p.strip() for p in value.split("|")]
            if len(parts) < 3 or parts[1] not in _TYPES:
                raise QueryError(f"{path}: bad param line {line!r}")
            params.append(Param(parts[0], parts[1], parts[2], parts[3] if len(parts) > 3 else ""))
    return NamedQuery(path.stem, title or path.stem, description, text, path, tuple(params))


def list_queries(folder: Path | None = None) -> list[NamedQuery]:
    """Every named query in the library, sorted by name.

    >>> "filmography" in [q.name for q in list_queries()]
    True
    """
    return [_parse(p) for p in sorted((folder or queries_dir()).glob("*.rq"))]


def load_query(name: str, folder: Path | None = None) -> NamedQuery:
    """One named query of the library, with its title and typed parameters.

    >>> load_query("co-stars").params[0].name
    'actor'
    """
    path = (folder or queries_dir()) / f"{name}.rq"
    if not re.fullmatch(r"[A-Za-z0-9_-]+", name) or not path.is_file():
        known = ", ".join(q.name for q in list_queries(folder))
        raise QueryError(f"no query named {name!r} (known: {known})")
    return _parse(path)


def bind_params(query: NamedQuery, values: dict[str, str]) -> dict[str, Node]:
    """Check user values against the declared parameters and turn them into RDF terms.

    >>> bind_params(load_query("cast"), {"title": 'x" } DROP ALL #'})
    {'title': rdflib.term.Literal('x" } DROP ALL #')}
    """
    declared = {p.name: p for p in query.params}
    unknown = set(values) - set(declared)
    if unknown:
        raise QueryError(
            f"query {query.name} has no parameter {', '.join(sorted(unknown))} "
            f"(it takes: {', '.join(declared) or 'none'})"
        )
    missing = [p for p in declared if p not in values]
    if missing:
        raise QueryError(f"query {query.name} needs --param {missing[0]}=… (e.g. "
                         f"{missing[0]}={declared[missing[0]].example})")
    return {name: declared[name].term(value) for name, value in values.items()}


def run_query(store: Store, query: str, params: dict[str, str] | None = None) -> QueryResult:
    """Run a named query, a ``.rq`` file, or SPARQL text, with typed parameters bound.

    >>> from .store import open_store
    >>> run_query(open_store(), "filmography", {"name": "Nobody"}).rows
    []
    """
    params = params or {}
    if re.fullmatch(r"[A-Za-z0-9_-]+", query) and not Path(query).is_file():
        # A bare word is never SPARQL: it names a library query (or is a typo of one).
        named = load_query(query)
        return store.query(named.sparql, bindings=bind_params(named, params) or None)
    path = Path(query)
    if query.endswith(".rq") or (len(query) < 4096 and "\n" not in query and path.is_file()):
        named = _parse(path)
        try:
            return store.query(named.sparql, bindings=bind_params(named, params) or None)
        except QueryError as err:
            # Which of the user's files is wrong: the parser's line:column is in this one.
            raise QueryError(f"{path}: {err}") from None
    if params:
        raise QueryError("--param works with named queries and .rq files, not inline SPARQL")
    return store.query(query)
