"""The main job: source files → extract → resolve → graph → store.

>>> import tempfile, pathlib
>>> d = pathlib.Path(tempfile.mkdtemp())
>>> _ = (d / "r.txt").write_text("“Example” is a drama.\\n\\nCast: Jane Doe", encoding="utf-8")
>>> store = open_store()
>>> report = ingest([d], store)
>>> report.ingested, report.errors
(1, [])
>>> ingest([d], store).unchanged
1
"""

from __future__ import annotations

import pickle
import tempfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from rdflib import Graph, URIRef

from .errors import InputError
from .extract import extract
from .graph import build_review_graph, entity_key, review_graph
from .graph.vocab import FG, ONTOLOGY_GRAPH, SCHEMA, UNDONE_MERGES_GRAPH, ontology_graph
from .model import Extraction, Kind, Review
from .resolve import MergeKey, Resolver, is_yearless
from .sources import iter_reviews
from .store import Store, open_store

__all__ = [
    "HeldBack",
    "IngestReport",
    "build",
    "ensure_ontology",
    "ingest",
    "merge_key",
    "open_store",
    "resolver_for",
    "undone_merges",
]


@dataclass(slots=True)
class IngestReport:
    """What an ingest did: counts, and one line per bad source."""

    ingested: int = 0
    unchanged: int = 0
    errors: list[str] = field(default_factory=list)
    triples: int = 0
    #: Seconds spent writing to the store (batch ingest only; it overlaps extraction).
    load_seconds: float = 0.0

    def summary(self) -> str:
        return (
            f"{self.ingested} reviews ingested, {self.unchanged} unchanged, "
            f"{len(self.errors)} failed; store holds {self.triples} triples"
        )


def ensure_ontology(store: Store) -> None:
    """Load the ontology and theme scheme into their own graph (replaced when they change)."""
    g = ontology_graph()
    if len(g) != _count(store, ONTOLOGY_GRAPH):
        store.replace_graph(g)


def _count(store: Store, graph: URIRef) -> int:
    res = store.query(
        "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }", bindings={"g": graph}
    )
    value = res.rows[0][0] if res.rows else None
    return int(value) if value is not None else 0


def known_hashes(store: Store) -> dict[str, str]:
    """Content hash of every review already stored, by review graph IRI."""
    res = store.query(
        "SELECT ?g ?h WHERE { GRAPH ?g { ?r a ?review ; ?hash ?h } }",
        bindings={"review": SCHEMA.Review, "hash": FG.contentHash},
    )
    return {str(g): str(h) for g, h in res.rows}


def known_films(store: Store) -> list[str]:
    """Keys of the dated films stored (``closeness-2017``): what a yearless review may join."""
    res = store.query("SELECT DISTINCT ?f ?y WHERE { ?f a ?movie ; ?year ?y }",
                      bindings={"movie": SCHEMA.Movie, "year": SCHEMA.dateCreated})
    dated: set[str] = set()
    for film, year in res.rows:
        found = entity_key(str(film))
        # Dated when minted with one of the film's years, not merely when the key ends in
        # digits ("blade-runner-2049" from a review that gives no year).
        if found is not None and found[0] is Kind.FILM and found[1].endswith(f"-{year}"):
            dated.add(found[1])
    return sorted(dated)


def undone_merges(store: Store) -> set[MergeKey]:
    """The merges a person undid in this store, as :meth:`Resolver.allows` reads them:
    (kind, the name as the review writes it, the key it must not join)."""
    res = store.query(
        "SELECT ?alias ?result WHERE { GRAPH ?g { ?u a ?undone ; ?from ?alias ; ?into ?result } }",
        bindings={"g": UNDONE_MERGES_GRAPH, "undone": FG.UndoneMerge, "from": FG.mergedFrom,
                  "into": FG.mergeResult},
    )
    keys = (merge_key(str(alias), str(result)) for alias, result in res.rows)
    return {key for key in keys if key is not None}


def merge_key(alias: str, result: str) -> MergeKey | None:
    """A merge of ``alias`` into the entity IRI ``result``, as the resolver names it.

    >>> merge_key("Balagov", "https://w3id.org/filmgraph/id/person/kantemir-balagov")
    (<Kind.PERSON: 'person'>, 'Balagov', 'kantemir-balagov')
    """
    found = entity_key(result)
    return None if found is None else (found[0], alias, found[1])


def resolver_for(store: Store) -> Resolver:
    """A resolver that knows the store: its dated films, and the merges undone in it."""
    return Resolver.knowing(known_films(store), undone=undone_merges(store))


def build(review: Review, *, resolver: Resolver | None = None) -> Graph:
    """One review's named graph, from text to triples, without touching a store.

    >>> g = build(Review(text="“Example” is set in Paris.", source="x.txt"))
    >>> len(g) > 0
    True
    """
    return build_review_graph((resolver or Resolver()).resolve(extract(review)))


def ingest(
    paths: Iterable[str | Path],
    store: Store,
    *,
    encoding: str | None = None,
    force: bool = False,
    on_review: Callable[[Review | InputError], None] | None = None,
    workers: int | None = None,
    batch_size: int = 500,
    bulk: bool = True,
) -> IngestReport:
    """Ingest every review under ``paths`` into ``store``; bad sources are reported, not fatal.

    Each review's graph is written in its own transaction, so an interruption keeps every
    review written before it and no partial one. Unchanged reviews (same content hash) are
    skipped unless ``force``. Reviews that name their film without a year are written last,
    once every dated film of the run is known (see :func:`filmgraph.resolve.is_yearless`), so
    the graph does not depend on the order of the files.

    With ``workers`` set, extraction runs in that many processes and the store is written in
    N-Quads batches of ``batch_size`` reviews (the bulk loader, or one transaction per batch
    with ``bulk=False``); see :mod:`filmgraph.parallel` for how both stay crash-safe.
    """
    if workers is not None:
        from .parallel import ingest_batched  # it builds on this module

        return ingest_batched(paths, store, workers=workers, batch_size=batch_size, bulk=bulk,
                              encoding=encoding, force=force, on_review=on_review)
    ensure_ontology(store)
    report = IngestReport()
    hashes = {} if force else known_hashes(store)
    resolver = resolver_for(store)

    def store_one(extraction: Extraction) -> None:
        try:
            graph = build_review_graph(resolver.resolve(extraction))
        except Exception as err:  # one bad review must not stop the batch
            report.errors.append(failed(extraction.review, err))
            return
        store.replace_graph(graph)
        report.ingested += 1

    with HeldBack() as yearless:
        for item in pending_reviews(iter_reviews(paths, encoding=encoding), hashes, report,
                                    on_review):
            try:
                extraction = extract(item)
            except Exception as err:
                report.errors.append(failed(item, err))
                continue
            if is_yearless(extraction):
                yearless.add(extraction)
            else:
                store_one(extraction)
        # Now every dated film of the run is known, whatever order the files came in.
        for extraction in yearless:
            store_one(extraction)
    store.flush()
    report.triples = len(store)
    return report


def failed(review: Review, err: Exception) -> str:
    return f"{review.source}: extraction failed ({type(err).__name__}: {err})"


class HeldBack:
    """Extractions set aside until the end of an ingest, spooled to a temporary file.

    Reviews that name their film without a year are resolved after every other review, when
    all the dated films of the run are known; on disk rather than in memory, because in some
    corpora most reviews give no year.

    >>> from filmgraph.extract import extract
    >>> with HeldBack() as held:
    ...     held.add(extract(Review(text="“Example” is a drama.", source="x.txt")))
    ...     [e.film_title for e in held]
    ['Example']
    """

    def __init__(self) -> None:
        # Closed by __exit__: the holder is itself the context manager.
        self._file: IO[bytes] = tempfile.TemporaryFile(prefix="filmgraph-held-")  # noqa: SIM115
        self._count = 0

    def __enter__(self) -> HeldBack:
        return self

    def __exit__(self, *exc: object) -> None:
        self._file.close()

    def __len__(self) -> int:
        return self._count

    def add(self, extraction: Extraction) -> None:
        pickle.dump(extraction, self._file, protocol=pickle.HIGHEST_PROTOCOL)
        self._count += 1

    def extend(self, extractions: Iterable[Extraction]) -> None:
        for extraction in extractions:
            self.add(extraction)

    def __iter__(self) -> Iterator[Extraction]:
        self._file.flush()
        self._file.seek(0)
        for _ in range(self._count):
            yield pickle.load(self._file)


def pending_reviews(
    items: Iterable[Review | InputError],
    hashes: dict[str, str],
    report: IngestReport,
    on_review: Callable[[Review | InputError], None] | None = None,
) -> Iterator[Review]:
    """The reviews that still need ingesting: bad sources and unchanged reviews are counted
    in ``report`` and left out (serial and batched ingest share this)."""
    for item in items:
        if on_review is not None:
            on_review(item)
        if isinstance(item, InputError):
            report.errors.append(str(item))
        elif hashes.get(str(review_graph(item.id))) == item.content_hash:
            report.unchanged += 1
        else:
            yield item
