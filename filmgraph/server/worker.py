"""A query worker: a process that holds the store open and answers one job at a time.

Neither pyoxigraph nor rdflib can interrupt a query from Python, so each query runs in a
worker process that the server kills when the timeout expires. A worker opens the on-disk
store read-only (or read-write when updates are allowed; then it is the only worker),
serialises results natively and sends back the bytes.
"""

from __future__ import annotations

import io
import signal
import time
from dataclasses import dataclass
from multiprocessing.connection import Connection
from typing import TYPE_CHECKING, Any

import pyoxigraph as ox

from ..errors import one_line, sparql_syntax
from .negotiate import NotAcceptable, choose
from .sandbox import isolate_network

if TYPE_CHECKING:
    from _typeshed import ReadableBuffer

__all__ = ["Job", "Reply", "run_job", "worker_main"]

_RESULTS = {"json": ox.QueryResultsFormat.JSON, "xml": ox.QueryResultsFormat.XML,
            "csv": ox.QueryResultsFormat.CSV, "tsv": ox.QueryResultsFormat.TSV}
_GRAPHS = {"turtle": ox.RdfFormat.TURTLE, "ntriples": ox.RdfFormat.N_TRIPLES,
           "nquads": ox.RdfFormat.N_QUADS, "rdfxml": ox.RdfFormat.RDF_XML,
           "jsonld": ox.RdfFormat.JSON_LD}
TEXT = "text/plain; charset=utf-8"


@dataclass(frozen=True, slots=True)
class Job:
    """One query or update, as the worker needs it (picklable)."""

    operation: str
    text: str
    accept: str = ""
    fmt: str | None = None
    default_graphs: tuple[str, ...] = ()
    named_graphs: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Reply:
    """An HTTP answer: status, media type and body."""

    status: int
    media_type: str
    body: bytes

    @classmethod
    def text(cls, status: int, message: str) -> Reply:
        return cls(status, TEXT, (message + "\n").encode())


class ResultTooLarge(Exception):
    pass


class _CappedBuffer(io.BytesIO):
    """A write target that refuses to grow past ``limit`` bytes (a result is held in memory)."""

    def __init__(self, limit: int) -> None:
        super().__init__()
        self.limit = limit

    def write(self, data: ReadableBuffer, /) -> int:
        if self.tell() + memoryview(data).nbytes > self.limit:
            raise ResultTooLarge
        return super().write(data)


# filmgraph keeps the default graph as the merge of the named graphs (see filmgraph.store).
# After a user's update, what the named graphs now state joins it; the user's own writes to
# the default graph stay (a filmgraph rebuild would drop triples no named graph states).
_MERGE_INTO_DEFAULT = "INSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }"


def _dataset(store: ox.Store, job: Job) -> dict[str, Any]:
    if not job.default_graphs and not job.named_graphs:
        # Only a store from before the default graph was maintained needs Oxigraph's union,
        # which matches a triple once per graph stating it.
        empty = next(iter(store.quads_for_pattern(None, None, None, ox.DefaultGraph())), None)
        return {"use_default_graph_as_union": empty is None}
    kwargs: dict[str, Any] = {}
    if job.default_graphs:
        kwargs["default_graph"] = [ox.NamedNode(g) for g in job.default_graphs]
    if job.named_graphs:
        kwargs["named_graphs"] = [ox.NamedNode(g) for g in job.named_graphs]
    return kwargs


def run_job(store: ox.Store, job: Job, *, max_result: int = 64 << 20) -> Reply:
    """Run one job against an open pyoxigraph store.

    >>> store = ox.Store()
    >>> run_job(store, Job("query", "ASK { ?s ?p ?o }", fmt="csv")).body
    b'false'
    >>> run_job(store, Job("query", "SELECT WHERE")).status
    400
    """
    try:
        if job.operation == "update":
            store.update(job.text)
            store.update(_MERGE_INTO_DEFAULT)
            return Reply(204, TEXT, b"")
        result = store.query(job.text, **_dataset(store, job))
        if isinstance(result, ox.QueryTriples):
            choice = choose("graph", accept=job.accept, fmt=job.fmt)
            fmt: Any = _GRAPHS[choice.name]
        else:
            choice = choose("results", accept=job.accept, fmt=job.fmt)
            fmt = _RESULTS[choice.name]
        out = _CappedBuffer(max_result)
        result.serialize(out, format=fmt)
        charset = "; charset=utf-8" if choice.name != "rdfxml" else ""
        return Reply(200, choice.media_type + charset, out.getvalue())
    except SyntaxError as err:
        return Reply.text(400, sparql_syntax(str(err), job.text))
    except NotAcceptable as err:
        return Reply.text(406, str(err))
    except ResultTooLarge:
        return Reply.text(500, f"the result is larger than {max_result >> 20} MB; add a LIMIT")
    except (OSError, RuntimeError, ValueError, TypeError) as err:
        # Evaluation errors (bad dataset IRI, a read-only store asked to write, …).
        return Reply.text(400 if isinstance(err, ValueError) else 500,
                          f"{job.operation} failed: {one_line(str(err) or type(err).__name__)}")


def _open(path: str, writable: bool) -> ox.Store:
    return ox.Store(path) if writable else ox.Store.read_only(path)


def worker_main(conn: Connection, path: str, writable: bool, refresh: float,
                max_result: int) -> None:
    """The worker process: open the store, report ready, then answer jobs until EOF."""
    # Ctrl+C in a terminal reaches the whole process group: the server shuts workers down.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    isolated = isolate_network()
    try:
        store = _open(path, writable)
    except OSError as err:
        conn.send(("error", f"{path}: cannot open the store ({err})"))
        return
    conn.send(("ready", isolated))
    opened = time.monotonic()
    try:
        while True:
            try:
                job = conn.recv()
            except (EOFError, OSError):
                return
            if refresh > 0 and not writable and time.monotonic() - opened > refresh:
                # A read-only store is a snapshot taken when it was opened: reopen it to see
                # what was written since.
                del store
                store = _open(path, writable)
                opened = time.monotonic()
            try:
                reply = run_job(store, job, max_result=max_result)
            except Exception as err:  # keep the worker alive; the client gets one line
                reply = Reply.text(500, f"internal error: {type(err).__name__}: "
                                        f"{one_line(str(err))}")
            conn.send(reply)
    finally:
        if writable:
            store.flush()
