"""A remote SPARQL 1.1 store over HTTP: push the graph to it, query it like the local store.

Pushing keeps named graphs intact: each graph of the local store is sent with the Graph Store
Protocol (``PUT gsp?graph=IRI``, which replaces that graph) or, when the server has no Graph
Store endpoint, with SPARQL Update (``DROP SILENT GRAPH`` + ``INSERT DATA`` in one request).
Queries go to the SPARQL Protocol endpoint, parameters bound with
:func:`filmgraph.store.bind_values` exactly as locally, and come back as a
:class:`~filmgraph.store.QueryResult`, so :mod:`filmgraph.results` formats them the same way.

filmgraph's queries read the union of the named graphs as the default graph; serve it that
way (Oxigraph: ``oxigraph serve --union-default-graph``; Fuseki: ``tdb2:unionDefaultGraph
true``; Virtuoso does by default).

The HTTP transport is one ``urllib`` opener, passed in for tests or proxies.

>>> remote = RemoteStore("http://127.0.0.1:7878/query")
>>> remote.update_url, remote.gsp_url
('http://127.0.0.1:7878/update', None)
"""

from __future__ import annotations

import json
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.term import Identifier, Node

from .errors import QueryError, StoreError
from .store import QueryResult, Store, bind_values
from .urls import endpoint_problem

__all__ = ["PushReport", "RemoteStore", "push"]

_RESULTS_JSON = "application/sparql-results+json"
_NTRIPLES = "application/n-triples"
_QUADS_QUERY = "SELECT ?s ?p ?o ?g WHERE { GRAPH ?g { ?s ?p ?o } }"


@dataclass(slots=True)
class PushReport:
    """What a push sent."""

    graphs: int = 0
    triples: int = 0
    pruned: int = 0

    def summary(self) -> str:
        pruned = f", {self.pruned} stale graphs dropped" if self.pruned else ""
        return f"pushed {self.graphs} named graphs ({self.triples} triples){pruned}"


class RemoteStore:
    """A SPARQL 1.1 server: ``endpoint`` answers queries, ``update_url`` SPARQL Update,
    ``gsp_url`` the Graph Store Protocol (optional).

    ``update_url`` defaults to the endpoint with a final ``/query`` or ``/sparql`` turned
    into ``/update`` (Oxigraph, Fuseki), else the endpoint itself (Virtuoso).
    """

    def __init__(self, endpoint: str, *, gsp: str | None = None, update: str | None = None,
                 timeout: float = 60.0,
                 opener: urllib.request.OpenerDirector | None = None) -> None:
        for url in (endpoint, gsp, update):
            problem = endpoint_problem(url) if url is not None else None
            if problem:
                raise StoreError(f"{url}: {problem}")
        self.endpoint = endpoint
        self.gsp_url = gsp
        self.update_url = update or _default_update(endpoint)
        self.timeout = timeout
        self._opener = opener or urllib.request.build_opener()

    # -- HTTP ------------------------------------------------------------------------------
    def _request(self, url: str, *, data: bytes | None = None, method: str = "POST",
                 headers: Mapping[str, str] | None = None) -> tuple[str, bytes]:
        req = urllib.request.Request(url, data=data, method=method, headers=dict(headers or {}))
        try:
            with self._opener.open(req, timeout=self.timeout) as resp:
                return resp.headers.get("Content-Type", ""), resp.read()
        except urllib.error.HTTPError as err:
            body = err.read().decode("utf-8", "replace").strip().splitlines()
            detail = body[0][:200] if body else err.reason
            if err.code == 400:
                raise QueryError(f"{url}: the server rejected the request ({detail})") from None
            raise StoreError(f"{url}: HTTP {err.code} ({detail})") from None
        except (urllib.error.URLError, OSError) as err:
            reason = getattr(err, "reason", err)
            raise StoreError(f"{url}: cannot reach the SPARQL server ({reason})") from None

    def _form(self, url: str, field: str, text: str, accept: str) -> tuple[str, bytes]:
        body = urllib.parse.urlencode({field: text}).encode("utf-8")
        return self._request(url, data=body, headers={
            "Content-Type": "application/x-www-form-urlencoded", "Accept": accept})

    # -- reading ---------------------------------------------------------------------------
    def query(self, sparql: str, *, bindings: Mapping[str, Node] | None = None) -> QueryResult:
        """Run a query remotely; ``bindings`` are bound as RDF terms, as in :class:`Store`."""
        if bindings:
            sparql = bind_values(sparql, bindings)
        ctype, body = self._form(self.endpoint, "query", sparql,
                                 f"{_RESULTS_JSON}, {_NTRIPLES};q=0.9, text/turtle;q=0.8")
        if "json" in ctype:
            try:
                return _results(json.loads(body))
            except (ValueError, KeyError, TypeError) as err:
                raise StoreError(f"{self.endpoint}: unreadable SPARQL results ({err})") from None
        fmt = "nt" if "n-triples" in ctype or "plain" in ctype else "turtle"
        try:
            return QueryResult("graph", graph=Graph().parse(data=body, format=fmt))
        except Exception as err:  # rdflib raises many parser error types
            raise StoreError(f"{self.endpoint}: unreadable {ctype or 'graph'} ({err})") from None

    def quads(self) -> Iterator[tuple[Identifier, Identifier, Identifier, Identifier | None]]:
        """Every quad of every named graph on the server."""
        for s, p, o, g in self.query(_QUADS_QUERY).rows:
            if s is not None and p is not None and o is not None:
                yield s, p, o, g

    def named_graphs(self) -> list[URIRef]:
        res = self.query("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }")
        return sorted(g for (g,) in res.rows if isinstance(g, URIRef))

    # -- writing ---------------------------------------------------------------------------
    def update(self, sparql: str) -> None:
        """Run a SPARQL Update on the server."""
        self._form(self.update_url, "update", sparql, "*/*")

    def put_graph(self, name: URIRef | None, ntriples: bytes) -> None:
        """Replace one graph (``None``: the default graph) with these N-Triples."""
        if self.gsp_url is not None:
            target = "default" if name is None else "graph=" + urllib.parse.quote(name, safe="")
            sep = "&" if "?" in self.gsp_url else "?"
            self._request(f"{self.gsp_url}{sep}{target}", data=ntriples, method="PUT",
                          headers={"Content-Type": _NTRIPLES})
            return
        body = ntriples.decode("utf-8")
        if name is None:
            self.update(f"DROP SILENT DEFAULT ;\nINSERT DATA {{\n{body}\n}}")
        else:
            self.update(f"DROP SILENT GRAPH <{name}> ;\n"
                        f"INSERT DATA {{ GRAPH <{name}> {{\n{body}\n}} }}")


def _default_update(endpoint: str) -> str:
    for suffix in ("/query", "/sparql"):
        if endpoint.endswith(suffix):
            return endpoint[: -len(suffix)] + "/update"
    return endpoint


def _term(value: Mapping[str, Any]) -> Identifier:
    kind = value["type"]
    if kind == "uri":
        return URIRef(value["value"])
    if kind == "bnode":
        return BNode(value["value"])
    if value.get("xml:lang"):
        return Literal(value["value"], lang=value["xml:lang"])
    datatype = value.get("datatype")
    if datatype and datatype != "http://www.w3.org/2001/XMLSchema#string":
        return Literal(value["value"], datatype=URIRef(datatype))
    return Literal(value["value"])


def _results(doc: Mapping[str, Any]) -> QueryResult:
    if "boolean" in doc:
        return QueryResult("ask", boolean=bool(doc["boolean"]))
    names: list[str] = list(doc["head"]["vars"])
    rows = [
        tuple(_term(b[n]) if n in b else None for n in names)
        for b in doc["results"]["bindings"]
    ]
    return QueryResult("select", vars=names, rows=rows)


def push(store: Store, remote: RemoteStore, *, prune: bool = False,
         on_graph: Callable[[URIRef], None] | None = None) -> PushReport:
    """Send every named graph of ``store`` to ``remote``, replacing each there.

    With ``prune``, graphs the server holds under filmgraph's graph namespace that the local
    store no longer has are dropped (SPARQL Update), so the server mirrors the store.
    """
    report = PushReport()
    local = store.named_graphs()
    for name in local:
        data = store.export("ntriples", graph=name) or b""
        remote.put_graph(name, data)
        report.graphs += 1
        report.triples += data.count(b"\n")
        if on_graph is not None:
            on_graph(name)
    if prune:
        keep = set(local)
        base = "https://w3id.org/filmgraph/graph/"
        stale = [g for g in remote.named_graphs() if g not in keep and str(g).startswith(base)]
        if stale:
            remote.update(" ;\n".join(f"DROP SILENT GRAPH <{g}>" for g in stale))
        report.pruned = len(stale)
    return report
