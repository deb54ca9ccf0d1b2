"""The store: an embedded Oxigraph database, on disk or in memory. It knows nothing of reviews.

Named graphs are replaced whole and atomically, so a crash never leaves half a graph and a
re-ingest never duplicates one. Queries see the union of all graphs as their default graph.

That union is a set (an RDF merge): a triple stated by five graphs matches once. Oxigraph's
own union default graph keeps one match per graph, which multiplies joins, so the store keeps
its real default graph as the deduplicated union of the named graphs, maintained on every
write, and queries that. The default graph is derived: exports hold the named graphs only.
Per-graph provenance nodes (claims and their evidence, :data:`LOCAL_PREFIXES`) stay out of it:
no two graphs state their triples, so they are read with ``GRAPH ?g``.

Writes that are not one transaction (bulk loads, rebuilds, SPARQL updates followed later)
leave a marker file in the store folder until the default graph is whole again; a store
opened for writing with the marker rebuilds it, a reader falls back to Oxigraph's union.

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
import os
import re
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import IO, Any, TypeVar

import pyoxigraph as ox
from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.namespace import XSD
from rdflib.term import Identifier, Node

from .errors import QueryError, StoreError, StoreLockedError, sparql_syntax
from .graph.vocab import ID

__all__ = ["FORMATS", "LOCAL_PREFIXES", "QueryResult", "Store", "from_ox", "open_store", "to_ox"]

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
#: Subjects minted for one named graph only: a claim and its evidence selector (their IRIs hash
#: the review they come from). Their triples never repeat across graphs, so the merge gains
#: nothing from them; they are about 80% of a review's quads, and leaving them out of the default
#: graph is what keeps a bulk load near raw Oxigraph's speed. Read them with ``GRAPH ?g``.
LOCAL_PREFIXES: tuple[str, ...] = (str(ID) + "claim/",)
# The default graph's state, beside RocksDB's own files (which RocksDB never deletes by name).
# "ok 2": whole, in the layout of format 2 (local subjects left out); anything else: rebuild.
_STATE_FILE = "FILMGRAPH-DEFAULT-GRAPH"
_STATE_OK = "ok 2\n"
_STATE_STALE = "stale\n"
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
        # (updates that remove triples, a failed bulk load); it is rebuilt before the next
        # query or on close.
        self._stale = False
        # After a SPARQL update the named graphs' triples are added to the default graph, not
        # rebuilt: the update may itself have written to the default graph.
        self._merge = False
        # Whether the marker file says "stale" (so it is written only when that changes).
        self._marked = False
        # A store whose default graph cannot be trusted (from before it was maintained, or a
        # crash mid-maintenance): rebuild it, or, read-only, fall back to Oxigraph's union
        # (one match per graph) for its queries.
        self._legacy = False
        self._count: int | None = None  # len(self), until the next write
        state = self._state()
        if read_only:
            self._legacy = state == _STATE_STALE or (
                state is None and self._reading(self._default_missing))
        elif state != _STATE_OK and self.path is not None:
            if next(iter(self._ox.named_graphs()), None) is not None:
                self.rebuild_default()
            else:
                self._mark(stale=False)

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

    def _state(self) -> str | None:
        if self.path is None:
            return None
        try:
            return (self.path / _STATE_FILE).read_text(encoding="utf-8")
        except OSError:
            return None

    def _mark(self, *, stale: bool) -> None:
        """Record on disk whether the default graph lags the named graphs.

        Set before a write that is not one transaction, cleared once the default graph is
        whole: a process killed in between leaves "stale", and the next writer rebuilds.
        Oxigraph's writes are in the OS's hands when they return, so a killed process loses
        none of them; the marker is written through a rename, so it is never half a word.
        """
        if self.path is None or self.read_only or (stale == self._marked and stale):
            return
        target = self.path / _STATE_FILE
        tmp = target.with_suffix(".tmp")
        try:
            with tmp.open("w", encoding="utf-8") as out:
                out.write(_STATE_STALE if stale else _STATE_OK)
                out.flush()
                os.fsync(out.fileno())
            os.replace(tmp, target)
        except OSError as err:
            raise StoreError(f"{self.path}: write failed ({err})") from None
        self._marked = stale

    @contextlib.contextmanager
    def _unsafe(self) -> Iterator[None]:
        """Around a write that may leave the default graph behind if it stops halfway."""
        self._mark(stale=True)
        try:
            yield
        except BaseException:
            self._stale = True  # rebuilt before the next query, or by the next writer
            raise
        if not (self._stale or self._merge):
            self._mark(stale=False)

    def _reopen(self) -> None:
        """Open the on-disk store again, read-only, to see the files the writer has now."""
        with contextlib.suppress(OSError, RuntimeError):
            self._ox = ox.Store.read_only(str(self.path))
            self._count = None

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
            # split("\n"), not splitlines(): that also splits inside a literal at \x1c-\x1e,
            # \x85, \u2028 and \u2029, which N-Triples leaves unescaped.
            shared = "".join(line + "\n" for line in body.split("\n")
                             if line and not line.startswith(_LOCAL_NT))
            inserts.append(f"GRAPH {iri} {{\n{body}\n}}\n{shared}")
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
        if self.read_only:
            raise StoreError(f"{self.path}: the store is open read-only")
        with self._unsafe():
            self._update("DROP SILENT DEFAULT")
            # A bulk write (no transaction) is three times faster than INSERT … WHERE here;
            # the store holds a set, so triples stated by several graphs land once.
            try:
                self._ox.bulk_extend(ox.Quad(q.subject, q.predicate, q.object)
                                     for q in self._named_quads() if _shared(q.subject))
            except OSError as err:
                raise StoreError(f"{self.path or 'memory'}: write failed ({err})") from None
            self._stale = self._merge = False

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
        if self._marked:  # e.g. an update that failed: nothing is left to follow
            self._mark(stale=False)
        return not self._legacy

    def add_quads(self, quads: Iterable[tuple[Node, Node, Node, Node | None]]) -> None:
        """Add quads in one transaction; each triple also joins the default graph (the merge).

        A quad without a graph goes to the default graph only, which is derived: a later
        rebuild (after a bulk load or an update) drops it unless a named graph states it.
        """
        def both(s: Node, p: Node, o: Node, g: Node | None) -> Iterator[ox.Quad]:
            triple = to_ox(s), to_ox(p), to_ox(o)
            if g is None or _shared(triple[0]):
                yield ox.Quad(*triple)
            if g is not None:
                yield ox.Quad(*triple, to_ox(g))

        self._count = None
        try:
            self._ox.extend(q for quad in quads for q in both(*quad))
        except OSError as err:
            raise StoreError(f"{self.path or 'memory'}: write failed ({err})") from None

    def load(self, data: bytes | str | Path | IO[bytes], *, format: str = "nquads",
             graph: URIRef | None = None, bulk: bool = False) -> None:
        """Load serialised RDF; ``bulk`` skips the transaction for large loads.

        Triples in named graphs join the default graph in the same pass: loading only adds, and
        the store is a set, so adding them is the exact merge (a triple already stated stays
        once). Only removing a graph needs to know what other graphs state (``remove_graphs``).
        """
        kwargs: dict[str, Any] = {"format": FORMATS[format], "rename_blank_nodes": True}
        if isinstance(data, Path):
            kwargs["path"] = str(data)
        else:
            kwargs["input"] = data
        into = ox.NamedNode(str(graph)) if graph is not None else None
        self._count = None

        def both(merged_only: bool = False) -> Iterator[ox.Quad]:
            # One parse feeds both, so a blank node is the same node in its graph and in the
            # default graph.
            for q in ox.parse(**kwargs):
                if isinstance(q.graph_name, ox.DefaultGraph):
                    if into is None:
                        if not merged_only:
                            yield q
                        continue
                    q = ox.Quad(q.subject, q.predicate, q.object, into)
                if not merged_only:
                    yield q
                if _shared(q.subject):
                    yield ox.Quad(q.subject, q.predicate, q.object)

        try:
            if not bulk:
                self._ox.extend(both())  # one transaction, the default graph included
                return
            with self._unsafe():  # not a transaction: a crash halfway must be seen
                fast = format == "nquads" and into is None and isinstance(data, bytes)
                # "_:" may sit in a literal too; then the slow path is merely taken for nothing.
                if not fast or not isinstance(data, bytes) or b"_:" in data:
                    self._ox.bulk_extend(both())
                    return
                # Oxigraph's own loader for the quads as they are, then the merged triples cut
                # from the same text; 1k reviews (400k quads): 1.1x raw bulk_load, where feeding
                # both through Python quad objects took 1.3x. The loader releases the GIL, so
                # the cut runs meanwhile (10k reviews in one load: 2.6 s of 34 s saved).
                with ThreadPoolExecutor(1, thread_name_prefix="filmgraph-load") as pool:
                    loading = pool.submit(self._ox.bulk_load, input=data,
                                          format=ox.RdfFormat.N_QUADS)
                    merged = _merged_nquads(data)
                    loading.result()
                try:
                    self._ox.bulk_load(input=merged, format=ox.RdfFormat.N_QUADS)
                except SyntaxError:  # not the one-quad-per-line form _merged_nquads expects
                    # (no named quad holds a blank node, so a second parse names none afresh)
                    self._ox.bulk_extend(both(merged_only=True))
        except (OSError, SyntaxError, ValueError) as err:
            where = data if isinstance(data, Path) else "input"
            raise StoreError(f"{where}: cannot load ({err})") from None

    def _update(self, update: str) -> None:
        if self.read_only:
            raise StoreError(f"{self.path}: the store is open read-only")
        self._count = None
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
            if self.read_only:
                raise StoreError(f"{self.path}: the store is open read-only")
            self._mark(stale=True)  # the default graph follows later, a crash between is seen
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
            raise QueryError(sparql_syntax(str(err), sparql)) from None
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
        # Oxigraph counts all quads natively; the default graph, small without the claims, is
        # counted by SPARQL: together faster than a SPARQL count over every named graph.
        # Counting walks every quad, and an ingest's report and then its caller both ask.
        if self._count is None:
            count = self._ox.query("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }")
            self._count = len(self._ox) - int(next(iter(count))[0].value)  # type: ignore[arg-type]
        return self._count

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
            # Turtle has no named graphs: their merge (each triple once) is the default graph
            # plus the graph-local provenance triples it leaves out.
            if not self._fresh():  # a read-only store whose default graph cannot be trusted
                merged = ox.Store()
                merged.extend(ox.Quad(q.subject, q.predicate, q.object) for q in self._ox)
                return merged.dump(
                    target, format=FORMATS[format], from_graph=ox.DefaultGraph(), **extra
                )
            default = self._ox.quads_for_pattern(None, None, None, ox.DefaultGraph())
            local = (q for q in self._named_quads() if not _shared(q.subject))
            triples = (ox.Triple(q.subject, q.predicate, q.object)
                       for part in (default, local) for q in part)
            return ox.serialize(triples, target, format=FORMATS[format], **extra)
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


_LOCAL_NT = tuple("<" + prefix for prefix in LOCAL_PREFIXES)  # N-Triples lines they start
_LOCAL_NQ = tuple(prefix.encode() for prefix in _LOCAL_NT)
_MERGE = ("INSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } FILTER(!("
          + " || ".join(f'STRSTARTS(STR(?s), "{p}")' for p in LOCAL_PREFIXES) + ")) }")


def _shared(subject: Any) -> bool:
    """Whether a triple with this subject belongs in the default graph (see LOCAL_PREFIXES)."""
    return not (isinstance(subject, ox.NamedNode) and subject.value.startswith(LOCAL_PREFIXES))


def _merged_nquads(data: bytes) -> bytes:
    """The default-graph triples of N-Quads lines ``s p o <g> .``: each line less its graph.

    Cut from the text, which is four times cheaper than parsing it in Python. A line of another
    shape (no graph, a comment, a blank-node graph) cuts into something that does not parse,
    and the caller falls back to a real parse. The caller keeps blank nodes away: each load
    names them afresh, so two loads would not agree on them.
    """
    # A set: a batch's reviews repeat their films' and people's facts, and fewer lines to
    # load measured faster (10k reviews in batches of 500: 61 → 56 s of CPU).
    heads = {line.rpartition(b" <")[0] for line in data.split(b"\n")
             if line and not line.startswith(_LOCAL_NQ)}
    return b" .\n".join(heads) + b" .\n" if heads else b""


def _forget(iri: str) -> str:
    """The update deleting from the default graph what only the named graph ``iri`` states."""
    # Matching the default graph first skips the graph's local triples, which it never holds.
    return (f"DELETE {{ ?s ?p ?o }} WHERE {{ GRAPH {iri} {{ ?s ?p ?o }} ?s ?p ?o "
            f"FILTER NOT EXISTS {{ GRAPH ?other {{ ?s ?p ?o }} FILTER(?other != {iri}) }} }}")


def open_store(path: str | Path | None = None, *, read_only: bool = False) -> Store:
    """Open (or create) a store; ``None`` gives an in-memory one."""
    return Store(path, read_only=read_only)

