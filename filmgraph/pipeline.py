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

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph, URIRef

from .errors import InputError
from .extract import extract
from .graph import build_review_graph, review_graph
from .graph.vocab import FG, ONTOLOGY_GRAPH, SCHEMA, ontology_graph
from .model import Review
from .resolve import Resolver
from .sources import iter_reviews
from .store import Store, open_store

__all__ = ["IngestReport", "build", "ensure_ontology", "ingest", "open_store"]


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
    res = store.query("SELECT DISTINCT ?f WHERE { ?f a ?movie }", bindings={"movie": SCHEMA.Movie})
    base = "https://w3id.org/filmgraph/id/film/"
    return [str(f)[len(base) :] for (f,) in res.rows if str(f).startswith(base)]


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
    skipped unless ``force``.

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
    resolver = Resolver()
    resolver.remember(known_films(store))
    for item in pending_reviews(iter_reviews(paths, encoding=encoding), hashes, report, on_review):
        try:
            graph = build(item, resolver=resolver)
        except Exception as err:  # one bad review must not stop the batch
            report.errors.append(f"{item.source}: extraction failed ({type(err).__name__}: {err})")
            continue
        store.replace_graph(graph)
        report.ingested += 1
    store.flush()
    report.triples = len(store)
    return report


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
