"""Batch ingest: extraction in worker processes, the store written in N-Quads batches.

The parent reads sources one at a time (never the whole corpus), skips reviews whose content
hash is already stored, and sends chunks of reviews to ``workers`` processes. Each worker turns
its chunk into one :class:`Shard`: N-Quads bytes plus the review graphs and content hashes they
hold. The parent alone writes, one batch of shards at a time, so the store has one writer.

Crash safety: a review is either fully in the store or absent, never half-written.

* ``bulk=False``: each batch is one transactional ``Store.load``.
* ``bulk=True`` (the default, about 3× faster and half the memory on disk): Oxigraph's bulk
  loader, which is not transactional. Before the load a
  commit marker listing the batch's review graphs is written in its own transaction, and it
  is removed after the load. An ingest that finds a marker (the last run died mid-batch)
  drops those graphs first, so they are absent and get extracted again.

Either way the store merges each batch's triples into its default graph in the same load
(see :mod:`filmgraph.store`); a changed review's old graph is removed with
``Store.remove_graphs``, which takes away only what no other graph states.

Cross-review film memory: a review that names its film without a year joins the one dated
film of that title, if the store or the run holds exactly one. Workers hold such reviews back
(their extractions, not graphs); the parent spools them to disk with :class:`HeldBack`, and
when every chunk is done it hands them out again with the dated films they may join. So the
graph does not depend on the number of workers, the chunking, or the order of the files, and
it is the graph the serial path stores.

>>> import tempfile, pathlib
>>> from filmgraph.store import open_store
>>> d = pathlib.Path(tempfile.mkdtemp())
>>> _ = (d / "r.txt").write_text("“Example” is a drama.\\n\\nCast: Jane Doe", encoding="utf-8")
>>> store = open_store()
>>> ingest_batched([d], store, workers=1).ingested
1
>>> ingest_batched([d], store, workers=1).unchanged
1
"""

from __future__ import annotations

import os
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor, ThreadPoolExecutor
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path

from rdflib import Graph, URIRef

from .errors import InputError
from .extract import extract
from .graph import build_review_graph
from .graph.vocab import FG, GRAPH, review_graph
from .model import Extraction, Review
from .pipeline import (
    HeldBack,
    IngestReport,
    build,
    ensure_ontology,
    failed,
    known_hashes,
    pending_reviews,
    resolver_for,
)
from .resolve import MergeKey, Resolver, is_dated, is_yearless
from .sources import iter_reviews
from .store import Store

__all__ = [
    "PENDING_GRAPH",
    "BatchWriter",
    "Shard",
    "build_shard",
    "extract_shard",
    "graph_nquads",
    "ingest_batched",
    "recover",
    "review_nquads",
]

#: Holds the review graphs of a bulk-loaded batch until the batch is complete.
PENDING_GRAPH = GRAPH["ingest-pending"]
_PENDING = FG.pendingGraph


@dataclass(slots=True)
class Shard:
    """What a worker returns for a chunk of reviews: their N-Quads and what they hold."""

    nquads: bytes = b""
    graphs: list[str] = field(default_factory=list)
    hashes: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    #: Keys of the dated films these reviews are about.
    films: list[str] = field(default_factory=list)
    #: Extractions held back because their film has no year (``hold_back_yearless``).
    yearless: list[Extraction] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.graphs)


def graph_nquads(graph: Graph) -> bytes:
    """One named graph as N-Quads bytes (the graph's identifier names every quad).

    >>> g = build(Review(text="“Example” is set in Paris.", source="x.txt"))
    >>> graph_nquads(g).splitlines()[0].endswith(f"<{g.identifier}> .".encode())
    True
    """
    name = f" <{graph.identifier}> .\n".encode()
    data = graph.serialize(format="nt", encoding="utf-8")
    # N-Triples lines end in " .\n"; a quad puts the graph name before the dot.
    return b"".join(line[:-3] + name for line in data.splitlines(keepends=True) if line.strip())


def review_nquads(review: Review, *, known_films: Iterable[str] = (),
                  undone: Iterable[MergeKey] = ()) -> bytes:
    """One review in, its named graph as N-Quads out: a pure map step for any engine.

    ``known_films`` are film keys already in the target store (see ``Resolver.remember``),
    ``undone`` the merges undone in it (see :func:`filmgraph.pipeline.undone_merges`).

    >>> data = review_nquads(Review(text="“Example” is set in Paris.", source="x.txt"))
    >>> b"<https://schema.org/contentLocation>" in data
    True
    """
    return graph_nquads(build(review, resolver=Resolver.knowing(known_films, undone=undone)))


def extract_shard(reviews: Sequence[Review], *, resolver: Resolver | None = None,
                  hold_back_yearless: bool = False) -> Shard:
    """Extract a chunk of reviews into one shard; a failing review is reported, not fatal.

    With ``hold_back_yearless``, reviews that name their film without a year are extracted
    but not resolved: they come back in ``Shard.yearless`` for :func:`build_shard`.

    >>> shard = extract_shard([Review(text="“Example” is set in Paris.", source="x.txt")])
    >>> len(shard), shard.errors
    (1, [])
    """
    resolver = resolver or Resolver()
    shard = Shard()
    extractions: list[Extraction] = []
    for review in reviews:
        try:
            extraction = extract(review)
        except Exception as err:  # one bad review must not stop the batch
            shard.errors.append(failed(review, err))
            continue
        if hold_back_yearless and is_yearless(extraction):
            shard.yearless.append(extraction)
        else:
            extractions.append(extraction)
    _build_into(shard, extractions, resolver)
    return shard


def build_shard(
    extractions: Sequence[Extraction],
    *,
    films: Iterable[str] = (),
    undone: Iterable[MergeKey] = (),
    resolver: Resolver | None = None,
) -> Shard:
    """Resolve and build extractions into one shard, knowing the dated ``films`` keys and
    the merges ``undone`` in the store.

    A ``resolver`` that already knows the films may be passed instead, to serve many calls:
    yearless reviews only read it (a dated review teaches it its own film).

    >>> from filmgraph.extract import extract
    >>> ex = extract(Review(text="“Closeness” is set in Nalchik.", source="x.txt"))
    >>> build_shard([ex], films=["closeness-2017"]).nquads.count(b"/film/closeness-2017>") > 0
    True
    """
    if resolver is None:
        resolver = Resolver.knowing(films, undone=undone)
    shard = Shard()
    _build_into(shard, extractions, resolver)
    return shard


def _build_into(shard: Shard, extractions: Iterable[Extraction], resolver: Resolver) -> None:
    parts: list[bytes] = []
    for extraction in extractions:
        review = extraction.review
        try:
            resolved = resolver.resolve(extraction)
            parts.append(graph_nquads(build_review_graph(resolved)))
        except Exception as err:  # one bad review must not stop the batch
            shard.errors.append(failed(review, err))
            continue
        shard.graphs.append(str(review_graph(review.id)))
        shard.hashes.append(review.content_hash)
        if resolved.film is not None and is_dated(extraction):
            shard.films.append(resolved.film.key)
    shard.nquads = b"".join(parts)


# -- worker processes ------------------------------------------------------------------------
def _work(reviews: list[Review], undone: set[MergeKey]) -> Shard:
    # Dated reviews never look at known films, so a worker needs no memory of the run.
    return extract_shard(reviews, resolver=Resolver(undone=undone), hold_back_yearless=True)


def _work_yearless(extractions: list[Extraction], films: list[str],
                   undone: set[MergeKey]) -> Shard:
    return build_shard(extractions, films=films, undone=undone)


def _pool(workers: int) -> AbstractContextManager[ProcessPoolExecutor | None]:
    return ProcessPoolExecutor(workers) if workers > 1 else nullcontext(None)


# -- writing ---------------------------------------------------------------------------------
def recover(store: Store) -> int:
    """Drop the review graphs of a bulk batch that never completed; return how many.

    >>> from filmgraph.store import open_store
    >>> recover(open_store())
    0
    """
    if not store.has_graph(PENDING_GRAPH):
        return 0
    res = store.query(
        "SELECT ?g WHERE { GRAPH ?m { ?m ?p ?g } }",
        bindings={"m": PENDING_GRAPH, "p": _PENDING},
    )
    graphs = [str(g) for (g,) in res.rows]
    store.remove_graphs(URIRef(g) for g in [*graphs, str(PENDING_GRAPH)])
    return len(graphs)


class BatchWriter:
    """Collects shards and writes them to the store a batch at a time.

    The write runs in a background thread (Oxigraph releases the GIL while loading), so
    workers keep extracting the next batch meanwhile; at most one batch is being written
    and one collected, which bounds memory.
    """

    def __init__(self, store: Store, existing: set[str], *, batch_size: int, bulk: bool,
                 report: IngestReport) -> None:
        self.store = store
        self.existing = existing
        self.batch_size = batch_size
        self.bulk = bulk
        self.report = report
        self.parts: list[bytes] = []
        self.graphs: list[str] = []
        self._thread = ThreadPoolExecutor(1, thread_name_prefix="filmgraph-writer")
        self._pending: Future[int] | None = None

    def add(self, shard: Shard) -> None:
        self.report.errors.extend(shard.errors)
        self.parts.append(shard.nquads)
        self.graphs.extend(shard.graphs)
        if len(self.graphs) >= self.batch_size:
            self._submit()

    def _submit(self) -> None:
        self._wait()
        if self.graphs:
            self._pending = self._thread.submit(self._write, b"".join(self.parts), self.graphs)
            self.parts, self.graphs = [], []

    def _wait(self) -> None:
        if self._pending is not None:
            pending, self._pending = self._pending, None
            self.report.ingested += pending.result()

    def close(self) -> None:
        """Write what is left and wait for it."""
        try:
            self._submit()
            self._wait()
        finally:
            self._thread.shutdown()

    def _write(self, data: bytes, graphs: list[str]) -> int:
        start = time.perf_counter()
        # A changed review replaces its old graph: drop the old one before loading the new.
        # Through remove_graphs, which takes from the default graph exactly what only the old
        # graph stated; a new graph's load then merges its triples in the same pass.
        drops = [URIRef(g) for g in graphs if g in self.existing]
        if self.bulk:
            # Before the drops: a crash then re-extracts them. (recover() left no old marker.)
            self.store.add_quads((PENDING_GRAPH, _PENDING, URIRef(g), PENDING_GRAPH)
                                 for g in graphs)
            self.store.remove_graphs(drops)
            self.store.load(data, format="nquads", bulk=True)
            self.store.remove_graphs([PENDING_GRAPH])
        else:
            # Dropped but not yet reloaded means absent, which a rerun re-extracts.
            self.store.remove_graphs(drops)
            self.store.load(data, format="nquads")
        self.report.load_seconds += time.perf_counter() - start
        return len(graphs)


def _chunks(
    items: Iterable[Review | InputError],
    hashes: dict[str, str],
    report: IngestReport,
    size: int,
    on_review: Callable[[Review | InputError], None] | None,
) -> Iterator[list[Review]]:
    chunk: list[Review] = []
    for item in pending_reviews(items, hashes, report, on_review):
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


Task = tuple[Callable[..., Shard], tuple[object, ...]]


def _run(tasks: Iterator[Task], take: Callable[[Shard], None], pool: ProcessPoolExecutor | None,
         window: int) -> None:
    """Run tasks in the pool (or here), handing each shard to ``take`` in task order."""
    if pool is None:
        for fn, args in tasks:
            take(fn(*args))
        return
    # A bounded window of tasks in flight: sources are read only as fast as workers take
    # them, so memory stays flat however large the corpus.
    inflight: deque[Future[Shard]] = deque()
    for fn, args in tasks:
        inflight.append(pool.submit(fn, *args))
        if len(inflight) >= window:
            take(inflight.popleft().result())
    while inflight:
        take(inflight.popleft().result())


def _yearless_tasks(held: HeldBack, films: Resolver, size: int) -> Iterator[Task]:
    reviews = iter(held)
    while chunk := list(islice(reviews, size)):
        yield _work_yearless, (chunk, films.candidates(ex.film_title or "" for ex in chunk),
                               films.undone)


def ingest_batched(
    paths: Iterable[str | Path],
    store: Store,
    *,
    workers: int | None = None,
    batch_size: int = 500,
    chunk_size: int = 25,
    bulk: bool = True,
    encoding: str | None = None,
    force: bool = False,
    on_review: Callable[[Review | InputError], None] | None = None,
) -> IngestReport:
    """Ingest like :func:`filmgraph.ingest`, extracting in ``workers`` processes.

    ``workers=1`` extracts in this process; ``None`` uses every core. Reviews are written
    ``batch_size`` at a time (the bulk loader, or one transaction each with ``bulk=False``).
    """
    if workers is not None and workers < 1:
        raise ValueError(f"workers must be at least 1, not {workers}")
    if batch_size < 1 or chunk_size < 1:
        raise ValueError("batch_size and chunk_size must be at least 1")
    workers = workers or os.cpu_count() or 1
    ensure_ontology(store)
    recover(store)
    report = IngestReport()
    stored = known_hashes(store)
    writer = BatchWriter(store, set(stored), batch_size=batch_size, bulk=bulk, report=report)
    chunks = _chunks(iter_reviews(paths, encoding=encoding), {} if force else stored, report,
                     chunk_size, on_review)
    films = resolver_for(store)
    try:
        with HeldBack() as held, _pool(workers) as pool:

            def take(shard: Shard) -> None:
                held.extend(shard.yearless)
                films.remember(shard.films)
                writer.add(shard)

            _run(((_work, (chunk, films.undone)) for chunk in chunks), take, pool, 2 * workers)
            # Every dated film of the run is known now: the held-back reviews can be resolved.
            _run(_yearless_tasks(held, films, chunk_size), take, pool, 2 * workers)
    finally:
        writer.close()
    store.flush()
    report.triples = len(store)
    return report
