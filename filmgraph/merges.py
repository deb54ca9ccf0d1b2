"""Audit and undo the merges resolution made by rule, in a store.

Resolution joins names by rule ("Balagov" is Kantemir Balagov; a "Closeness" review without a
year is the film of 2017) and records each such decision in the review's graph as an
``fg:MergeRecord`` (method, score). :func:`stored_merges` lists them; :func:`undo_merge`
takes one back: every review that made it is read again from its source, resolved without
it, and replaced in one transaction, and the undo is recorded in its own graph
(``UNDONE_MERGES_GRAPH``) so that no later ingest, local, parallel or on a cluster, makes it
again.

>>> import tempfile, pathlib
>>> from filmgraph import ingest, open_store
>>> d = pathlib.Path(tempfile.mkdtemp())
>>> text = "“Example” (2001) is directed by Ann Lee. Lee lets scenes run."
>>> _ = (d / "r.txt").write_text(text, encoding="utf-8")
>>> store = open_store()
>>> _ = ingest([d], store)
>>> [(m.alias, m.result.rsplit("/", 1)[1], m.method) for m in stored_merges(store)]
[('Lee', 'ann-lee', 'surname-in-review')]
>>> undo_merge(store, stored_merges(store)[0].iri).reviews
1
>>> stored_merges(store)
[]
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from rdflib import Graph, URIRef

from .errors import InputError
from .graph.build import undone_merge_graph
from .graph.vocab import FG, ID, PROV, UNDONE_MERGES_GRAPH
from .model import Review
from .pipeline import build, merge_key, resolver_for
from .sources import iter_reviews
from .store import Store

__all__ = ["StoredMerge", "UndoReport", "stored_merges", "undo_merge"]

_MERGES = """
SELECT ?m ?g ?source ?hash ?alias ?result ?method ?score WHERE {
  GRAPH ?g {
    ?m a ?record ; ?from ?alias ; ?into ?result ; ?how ?method ; ?howSure ?score ;
       ?derived ?review .
    ?review ?path ?source ; ?hashed ?hash .
  }
} ORDER BY ?source ?alias ?m
"""


@dataclass(frozen=True, slots=True)
class StoredMerge:
    """One rule-made merge as a review's graph records it."""

    iri: URIRef  # the fg:MergeRecord
    graph: URIRef  # the review graph it belongs to
    source: str  # where that review was read from
    content_hash: str  # of the review text, as ingested
    alias: str  # the name as the review writes it
    result: URIRef  # the entity it was joined to
    method: str
    score: float


@dataclass(frozen=True, slots=True)
class UndoReport:
    """What :func:`undo_merge` did: the merge, and how many reviews were resolved again."""

    alias: str
    result: URIRef
    reviews: int


def stored_merges(store: Store) -> list[StoredMerge]:
    """Every rule-made merge in the store, by source."""
    bindings = {
        "record": FG.MergeRecord, "from": FG.mergedFrom, "into": FG.mergeResult,
        "how": FG.mergeMethod, "howSure": FG.mergeScore, "derived": PROV.wasDerivedFrom,
        "path": FG.sourcePath, "hashed": FG.contentHash,
    }
    res = store.query(_MERGES, bindings=bindings)
    return [
        StoredMerge(URIRef(str(m)), URIRef(str(g)), str(source), str(digest), str(alias),
                    URIRef(str(result)), str(method), float(str(score)))
        for m, g, source, digest, alias, result, method, score in res.rows
    ]


def undo_merge(store: Store, merge: str | URIRef, *, encoding: str | None = None) -> UndoReport:
    """Take back the merge recorded as ``merge`` (its IRI, or the id it ends with) in every
    review that made it, and keep it undone for every later ingest.

    Each such review is read again from its source; a source that is gone or changed since
    it was ingested is an :class:`InputError`, and then the store is left as it was.
    """
    name = str(merge).strip().removeprefix("<").removesuffix(">")  # as `merges` prints it
    iri = URIRef(name) if ":" in name else ID[f"merge/{name}"]
    merges = stored_merges(store)
    target = next((m for m in merges if m.iri == iri), None)
    if target is None:
        raise InputError(str(merge), "no merge record of that name in the store")
    same = [m for m in merges if (m.alias, m.result) == (target.alias, target.result)]
    decision = merge_key(target.alias, str(target.result))
    if decision is None:
        raise InputError(str(merge), f"{target.result} is not an entity resolution joins")
    resolver = resolver_for(store)
    resolver.undone.add(decision)
    graphs: dict[URIRef, Graph] = {}
    for record in same:
        if record.graph not in graphs:
            review = _read_again(record, encoding)
            graphs[record.graph] = build(review, resolver=resolver)
    undone = _undone_graph(store)
    undone += undone_merge_graph(target.alias, target.result, target.method)
    graphs[UNDONE_MERGES_GRAPH] = undone
    store.replace_graphs(graphs)  # one transaction: every review and the record, or nothing
    return UndoReport(target.alias, target.result, len(graphs) - 1)


def _undone_graph(store: Store) -> Graph:
    g = Graph(identifier=UNDONE_MERGES_GRAPH)
    res = store.query("CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }",
                      bindings={"g": UNDONE_MERGES_GRAPH})
    if res.graph is not None:
        g += res.graph
    return g


def _read_again(merge: StoredMerge, encoding: str | None) -> Review:
    """The review ``merge`` was made in, from its source, exactly as it was ingested."""
    path = Path(merge.source)
    if not path.exists() and "#" in merge.source:  # a record of a JSON Lines file
        path = Path(merge.source.rsplit("#", 1)[0])
    if not path.is_file():
        raise InputError(merge.source, "cannot read the review again: the file is gone")
    for item in iter_reviews([path], encoding=encoding):
        if isinstance(item, Review) and item.source == merge.source:
            if item.content_hash != merge.content_hash:
                raise InputError(merge.source, "the review changed since it was ingested; "
                                 "ingest it again first")
            return item
    raise InputError(merge.source, "the review is no longer in that file")
