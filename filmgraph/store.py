"""The store: an embedded Oxigraph database, on disk or in memory. It knows nothing of reviews.

Named graphs are replaced whole and atomically, so a crash never leaves half a graph and a
re-ingest never duplicates one. Queries see the union of all graphs as their default graph.

That union is a set (an RDF merge): a triple stated by five graphs matches once. Oxigraph's
own union default graph keeps one match per graph, which multiplies joins, so the store keeps
its real default graph as the deduplicated union of the named graphs, maintained on every
write, and queries that. The default graph is derived: exports hold the named graphs only.

>>> from rdflib import Graph, Literal, URIRef
>>> store = open_store()  # in memory
>>> g = Graph(identifier=URIRef("http://example.org/g"))
>>> _ = g.add((URIRef("http://example.org/a"), URIRef("http://schema.org/name"), Literal("A")))
>>> store.replace_graph(g)
>>> store.query("SELECT ?n WHERE { ?s ?p ?n }").rows
[(rdflib.term.Literal('A'),)]
"""

from __future__ import annotations

import contextlib
import re
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import IO, Any, TypeVar

import pyoxigraph as ox
from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.namespace import XSD
from rdflib.term import Identifier, Node

from .errors import QueryError, StoreError, StoreLockedError

__all__ = ["FORMATS", "QueryResult", "Store", "from_ox", "open_store", "to_ox"]

FORMATS: dict[str, ox.RdfFormat] = {
    "nquads": ox.RdfFormat.N_QUADS,
    "trig": ox.RdfFormat.TRIG,
    "turtle": ox.RdfFormat.TURTLE,
    "ntriples": ox.RdfFormat.N_TRIPLES,
    "jsonld": ox.RdfFormat.JSON_LD,
    "rdfxml": ox.RdfFormat.RDF_XML,
}
_TRIPLE_ONLY = {"turtle", "ntriples", "rdfxml"}
_READ_RETRIES = 5  # reopen attempts of a read-only store while a writer compacts (0.1 s … 1.6 s)
_T = TypeVar("_T")
_PREFIXED = {"turtle", "trig"}
#: Prefixes written in Turtle/TriG exports so people can read them.
PREFIXES = {
    "schema": "https://schema.org/",
    "fg": "https://w3id.org/filmgraph/ontology#",
    "fgt": "https://w3id.org/filmgraph/theme/",
    "prov": "http://www.w3.org/ns/prov#",
    "oa": "http://www.w3.org/ns/oa#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "wd": "http://www.wikidata.org/entity/",
}


def to_ox(term: Node) -> Any:
    """An rdflib term as a pyoxigraph term."""
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    raise TypeError(f"cannot store {term!r}")


_XSD_STRING = str(XSD.string)


@lru_cache(maxsize=1 << 16)
def _literal(value: str, language: str | None, datatype: str) -> Literal:
    # rdflib parses typed values (years, durations) on construction, which costs more than
    # the query itself for small answers; answers repeat, and literals are immutable: cache.
    if language:
        return Literal(value, lang=language)
    if datatype == _XSD_STRING:
        return Literal(value)
    return Literal(value, datatype=URIRef(datatype))


def from_ox(term: Any) -> Identifier | None:
    """A pyoxigraph term as an rdflib term; ``xsd:string`` literals come back plain."""
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        return _literal(term.value, term.language, term.datatype.value)
    if isinstance(term, ox.DefaultGraph):
        return None
    raise TypeError(f"unexpected term {term!r}")


@dataclass(slots=True)
class QueryResult:
    """A SELECT (``vars``, ``rows``), ASK (``boolean``) or CONSTRUCT/DESCRIBE (``graph``) result."""

    kind: str
    vars: list[str] = field(default_factory=list)
    rows: list[tuple[Identifier | None, ...]] = field(default_factory=list)
    boolean: bool | None = None
    graph: Graph | None = None

    def dicts(self) -> list[dict[str, Identifier | None]]:
        return [dict(zip(self.vars, row, strict=True)) for row in self.rows]


_WHERE = re.compile(r"\bWHERE\s*\{", re.IGNORECASE)
_IRI_BAD = re.compile(r'[\x00-\x20<>"{}|^`\\]')
_VAR = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:")
_LANG = re.compile(r"[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*")
# The only characters a SPARQL string literal cannot hold as is (STRING_LITERAL_QUOTE).
_ECHAR = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r"}


def term_sparql(term: Node) -> str:
    """An RDF term in SPARQL syntax, escaped so that no value can change the query.

    >>> print(term_sparql(Literal('x" } DROP ALL #')))
    "x\\" } DROP ALL #"
    >>> print(term_sparql(Literal("1998", datatype=URIRef("http://x> } #"))))
    Traceback (most recent call last):
    filmgraph.errors.QueryError: not a valid IRI: 'http://x> } #'
    """
    if isinstance(term, URIRef):
        return _iri_sparql(str(term))
    if isinstance(term, Literal):
        # Built by hand, not with Literal.n3(): that pastes a datatype IRI unchecked.
        lexical = '"' + "".join(_ECHAR.get(c, c) for c in str(term)) + '"'
        if term.language:
            if not _LANG.fullmatch(term.language):
                raise QueryError(f"not a valid language tag: {term.language[:40]!r}")
            return f"{lexical}@{term.language}"
        if term.datatype is not None:
            return f"{lexical}^^{_iri_sparql(str(term.datatype))}"
        return lexical
    raise QueryError(f"cannot bind {term!r}")


def _iri_sparql(iri: str) -> str:
    if _IRI_BAD.search(iri) or not _SCHEME.match(iri):
        raise QueryError(f"not a valid IRI: {iri[:80]!r}")
    return f"<{iri}>"


def bind_values(sparql: str, bindings: Mapping[str, Node]) -> str:
    """Bind variables by a ``VALUES`` block placed first in the WHERE group.

    Values are RDF terms serialised with escaping, never user text pasted into the query:
    ``x" } DROP ALL #`` stays one string literal that matches nothing.
    """
    names = []
    for name in bindings:
        var = name.lstrip("?$")
        if not _VAR.fullmatch(var):
            raise QueryError(f"not a variable name: {name!r}")
        names.append(var)
    row = " ".join(term_sparql(v) for v in bindings.values())
    block = f" VALUES ({' '.join('?' + n for n in names)}) {{ ({row}) }} "
    m = _WHERE.search(sparql)
    brace = m.end() if m else sparql.find("{") + 1
    if brace <= 0:
        raise QueryError("the query has no WHERE group to bind parameters in")
    return sparql[:brace] + block + sparql[brace:]


_REMOVING = re.compile(r"\b(?:DELETE|DROP|CLEAR|MOVE)\b", re.IGNORECASE)


class Store:
    """An Oxigraph store. ``path=None`` keeps everything in memory (tests, notebooks)."""

    def __init__(self, path: str | Path | None = None, *, read_only: bool = False) -> None:
        self.path = Path(path) if path is not None else None
        try:
            if self.path is None:
                self._ox = ox.Store()
            elif read_only:
                if not (self.path / "CURRENT").is_file():  # RocksDB's marker of a database
                    raise StoreError(f"{self.path}: no store here (run `filmgraph ingest` first)")
                self._ox = self._reading(lambda: ox.Store.read_only(str(self.path)))
            else:
                self.path.mkdir(parents=True, exist_ok=True)
                self._ox = ox.Store(str(self.path))
        except (OSError, RuntimeError) as err:
            if isinstance(err, StoreError):
                raise
            if "lock" in str(err).lower():
                raise StoreLockedError(
                    f"{self.path}: the store is in use by another filmgraph process"
                ) from None
            raise StoreError(f"{self.path}: cannot open the store ({err})") from None
        self.read_only = read_only
        # The default graph lags the named graphs after writes it cannot follow cheaply
        # (bulk loads, arbitrary updates); it is rebuilt before the next query or on close.
        self._stale = False
        # After a SPARQL update the named graphs' triples are added to the default graph, not
        # rebuilt: the update may itself have written to the default graph.
        self._merge = False
        # A store from before the default graph was maintained: rebuild it, or, read-only,
        # fall back to Oxigraph's union (one match per graph) for its queries.
        self._legacy = False
        if read_only:
            self._legacy = self._reading(self._default_missing)
        elif self._default_missing():
            self.rebuild_default()

    def _reading(self, action: Callable[[], _T]) -> _T:
        """Run a read, retrying when a concurrent writer moved files under a read-only reader.

        Oxigraph lets a read-only store open while another process writes (it reads a
        consistent snapshot as of opening), but the writer's compactions may delete files that
        snapshot still names. Reopening picks up the new files; if that keeps failing the
        caller gets a one-line :class:`StoreLockedError` instead of a crash.
        """
        delay = 0.1
        for attempt in range(_READ_RETRIES):
            try:
                return action()
            except (OSError, RuntimeError) as err:
                if self.path is None or not getattr(self, "read_only", True):
                    raise
                if attempt == _READ_RETRIES - 1:
                    raise StoreLockedError(
                        f"{self.path}: cannot read the store while another filmgraph process "
                        f"writes it ({str(err)[:120]}); try again when it finishes"
                    ) from None
                time.sleep(delay)
                delay *= 2
                self._reopen()
        raise AssertionError("unreachable")

    def _reopen(self) -> None:
        """Open the on-disk store again, read-only, to see the files the writer has now."""
        with contextlib.suppress(OSError, RuntimeError):
            self._ox = ox.Store.read_only(str(self.path))

    # -- writing ---------------------------------------------------------------------------
    def replace_graph(self, graph: Graph, *, name: URIRef | None = None) -> None:
        """Replace the named graph ``name`` (default: the graph's identifier) in one transaction."""
        target = name or graph.identifier
        if not isinstance(target, URIRef):
            raise StoreError("a named graph needs an IRI")
        self.replace_graphs({target: graph})

    def replace_graphs(self, graphs: Mapping[URIRef, Graph]) -> None:
        """Replace several named graphs in one transaction (a reader never sees half of it)."""
        drops, inserts = [], []
        for target, graph in graphs.items():
            try:
                iri = _iri_sparql(str(target))
                body = graph.serialize(format="nt")
            except (QueryError, ValueError) as err:
                # Refuse before writing: a bad term would otherwise fail the update half-built.
                raise StoreError(f"graph {str(target)[:80]}: cannot be stored ({err})") from None
            drops.append(f"{_forget(iri)} ;\nDROP SILENT GRAPH {iri}")
            inserts.append(f"GRAPH {iri} {{\n{body}\n}}\n{body}")
        # One update, hence one transaction: the graphs are swapped whole, and the default
        # graph (the merge of all named graphs) follows them.
        self._update(" ;\n".join([*drops, f"INSERT DATA {{\n{chr(10).join(inserts)}\n}}"]))

    def remove_graph(self, name: URIRef) -> None:
        """Drop a named graph, and the triples only it stated from the default graph."""
        self.remove_graphs([name])

    def remove_graphs(self, names: Iterable[URIRef]) -> None:
        """Drop named graphs in one transaction; the default graph keeps what others state."""
        drops = [f"{_forget(iri)} ;\nDROP SILENT GRAPH {iri}"
                 for iri in (_iri_sparql(str(name)) for name in names)]
        if drops:
            self._update(" ;\n".join(drops))

    def rebuild_default(self) -> None:
        """Make the default graph the set of distinct triples of all named graphs again.

        For stores written before the default graph was maintained, and after writes the
        store cannot follow triple by triple (bulk loads, SPARQL updates).
        """
        self._update("DROP SILENT DEFAULT")
        self._merge = False
        # A bulk write (no transaction) is three times faster than INSERT … WHERE here; the
        # store holds a set, so triples stated by several graphs land once.
        try:
            self._ox.bulk_extend(ox.Quad(q.subject, q.predicate, q.object)
                                 for q in self._named_quads())
        except OSError as err:
            raise StoreError(f"{self.path or 'memory'}: write failed ({err})") from None
        self._stale = False

    def _default_missing(self) -> bool:
        """Named graphs but an empty default graph: a store from before it was maintained."""
        has_default = next(iter(self._ox.quads_for_pattern(None, None, None, ox.DefaultGraph())),
                           None) is not None
        return not has_default and next(iter(self._ox.named_graphs()), None) is not None

    def _fresh(self) -> bool:
        """Bring the default graph up to date; False when it cannot be (read-only, legacy)."""
        if self._stale:
            self.rebuild_default()
        elif self._merge:
            self._update(_MERGE)
            self._merge = False
        return not self._legacy

    def add_quads(self, quads: Iterable[tuple[Node, Node, Node, Node | None]]) -> None:
        """Add quads in one transaction; each triple also joins the default graph (the merge).

        A quad without a graph goes to the default graph only, which is derived: a later
        rebuild (after a bulk load or an update) drops it unless a named graph states it.
        """
        def both(s: Node, p: Node, o: Node, g: Node | None) -> Iterator[ox.Quad]:
            triple = to_ox(s), to_ox(p), to_ox(o)
            yield ox.Quad(*triple)
            if g is not None:
                yield ox.Quad(*triple, to_ox(g))

        try:
            self._ox.extend(q for quad in quads for q in both(*quad))
        except OSError as err:
            raise StoreError(f"{self.path or 'memory'}: write failed ({err})") from None

    def load(self, data: bytes | str | Path | IO[bytes], *, format: str = "nquads",
             graph: URIRef | None = None, bulk: bool = False) -> None:
        """Load serialised RDF; ``bulk`` skips the transaction for large loads."""
        fmt = FORMATS[format]
        kwargs: dict[str, Any] = {"format": fmt}
        if graph is not None:
            kwargs["to_graph"] = ox.NamedNode(str(graph))
        try:
            if isinstance(data, Path):
                kwargs["path"] = str(data)
            else:
                kwargs["input"] = data
            if bulk:
                self._ox.bulk_load(**kwargs)
            else:
                self._ox.load(**kwargs)
            # Rebuilding the union once before the next read measured faster (8.9 s against
            # 10.8 s on 400k quads) than merging each loaded batch as it comes.
            self._stale = True
        except (OSError, SyntaxError, ValueError) as err:
            where = data if isinstance(data, Path) else "input"
            raise StoreError(f"{where}: cannot load ({err})") from None

    def _update(self, update: str) -> None:
        if self.read_only:
            raise StoreError(f"{self.path}: the store is open read-only")
        try:
            self._ox.update(update)
        except SyntaxError as err:
            raise StoreError(f"internal update rejected: {err}") from None
        except OSError as err:
            raise StoreError(f"{self.path or 'memory'}: write failed ({err})") from None

    def update(self, sparql: str) -> None:
        """Run a SPARQL Update (used by the linker and by users who opt in).

        What the named graphs then state joins the default graph before the next query. An
        update that may remove triples (DELETE, DROP, CLEAR, MOVE) cannot be followed triple by
        triple, so the default graph is rebuilt before the next query instead.
        """
        try:
            self._update(sparql)
        except StoreError as err:
            raise QueryError(str(err)) from None
        if _REMOVING.search(sparql):
            self._stale = True
        else:
            self._merge = True

    # -- reading ---------------------------------------------------------------------------
    def query(self, sparql: str, *, bindings: Mapping[str, Node] | None = None,
              union: bool = True) -> QueryResult:
        """Run a SPARQL query; ``bindings`` bind variables to RDF terms (never pasted as text)."""
        if bindings:
            sparql = bind_values(sparql, bindings)
        try:
            return self._reading(lambda: self._run_query(sparql, union))
        except SyntaxError as err:
            raise QueryError(f"malformed SPARQL: {err}") from None
        except StoreError:
            raise
        except (OSError, RuntimeError) as err:
            raise StoreError(f"{self.path or 'memory'}: query failed ({err})") from None

    def _run_query(self, sparql: str, union: bool) -> QueryResult:
        # Results are read to the end here, so a retry never hands back half an answer.
        # ``union``: the maintained default graph, which is the merge of the named graphs; a
        # read-only store from before it was maintained falls back to Oxigraph's union.
        fallback = union and not self._fresh()
        result = self._ox.query(sparql, use_default_graph_as_union=fallback)
        if isinstance(result, ox.QueryBoolean):
            return QueryResult("ask", boolean=bool(result))
        if isinstance(result, ox.QuerySolutions):
            names = [v.value for v in result.variables]
            rows = [tuple(from_ox(sol[n]) for n in names) for sol in result]
            return QueryResult("select", vars=names, rows=rows)
        g = Graph()
        for t in result:
            g.add((from_ox(t.subject), from_ox(t.predicate), from_ox(t.object)))  # type: ignore[arg-type]
        return QueryResult("graph", graph=g)

    def named_graphs(self) -> list[URIRef]:
        return sorted(
            URIRef(g.value) for g in self._ox.named_graphs() if isinstance(g, ox.NamedNode)
        )

    def has_graph(self, name: URIRef) -> bool:
        return bool(self._ox.contains_named_graph(ox.NamedNode(str(name))))

    def __len__(self) -> int:
        """The quads of the named graphs (the derived default graph is not counted)."""
        count = self._ox.query("SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }")
        return int(next(iter(count))[0].value)  # type: ignore[arg-type]

    def _named_quads(self) -> Iterator[ox.Quad]:
        return (q for q in self._ox if not isinstance(q.graph_name, ox.DefaultGraph))

    def quads(self) -> Iterator[tuple[Identifier, Identifier, Identifier, Identifier | None]]:
        """The quads of the named graphs; the default graph is derived from them."""
        for q in self._named_quads():
            yield from_ox(q.subject), from_ox(q.predicate), from_ox(q.object), from_ox(q.graph_name)  # type: ignore[misc]

    def dataset(self) -> Dataset:
        """A copy of the whole store as an rdflib Dataset (for pyshacl, networkx, notebooks)."""
        ds = Dataset(default_union=True)
        data = ox.serialize(self._named_quads(), format=ox.RdfFormat.N_QUADS)
        ds.parse(data=data, format="nquads")
        return ds

    def export(self, format: str = "nquads", output: IO[bytes] | str | Path | None = None,
               *, graph: URIRef | None = None) -> bytes | None:
        """Serialise the store (or one graph). Triple-only formats get the union of all graphs."""
        if format not in FORMATS:
            raise ValueError(f"unknown format {format!r}; choose one of {', '.join(FORMATS)}")
        target = str(output) if isinstance(output, Path) else output
        try:
            return self._dump(format, target, graph)
        except StoreError:
            raise
        except OSError as err:
            where = output if isinstance(output, str | Path) else "output"
            raise StoreError(f"{where}: cannot write the export ({err})") from None

    def _dump(self, format: str, target: IO[bytes] | str | None,
              graph: URIRef | None) -> bytes | None:
        extra: dict[str, Any] = {"prefixes": PREFIXES} if format in _PREFIXED else {}
        if graph is not None:
            return self._ox.dump(
                target, format=FORMATS[format], from_graph=ox.NamedNode(str(graph)), **extra
            )
        if format in _TRIPLE_ONLY:
            # Turtle has no named graphs: their merge (each triple once) is the default graph.
            source = self._ox
            if not self._fresh():  # a read-only store from before it was maintained
                source = ox.Store()
                source.extend(ox.Quad(q.subject, q.predicate, q.object) for q in self._ox)
            return source.dump(
                target, format=FORMATS[format], from_graph=ox.DefaultGraph(), **extra
            )
        # The other formats write the named graphs only (grouped by graph, as the store
        # iterates them); loading such an export rebuilds the default graph.
        return ox.serialize(self._named_quads(), target, format=FORMATS[format], **extra)

    def flush(self) -> None:
        if not self.read_only:
            self._fresh()  # the next process may open it read-only
        if self.path is not None and not self.read_only:
            self._ox.flush()

    def close(self) -> None:
        self.flush()
        del self._ox

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


_MERGE = "INSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }"


def _forget(iri: str) -> str:
    """The update deleting from the default graph what only the named graph ``iri`` states."""
    return (f"DELETE {{ ?s ?p ?o }} WHERE {{ GRAPH {iri} {{ ?s ?p ?o }} "
            f"FILTER NOT EXISTS {{ GRAPH ?other {{ ?s ?p ?o }} FILTER(?other != {iri}) }} }}")


def open_store(path: str | Path | None = None, *, read_only: bool = False) -> Store:
    """Open (or create) a store; ``None`` gives an in-memory one."""
    return Store(path, read_only=read_only)

