"""A raw SPARQL ``DROP GRAPH`` through Store.update used to leave the dropped graph's triples
in the (derived) default graph until some later full rebuild, so queries still saw them."""

from __future__ import annotations

from filmgraph import open_store

G = "http://example.org/graph/review/1"
S = "http://example.org/film/closeness"
P = "https://schema.org/name"


def test_dropped_graph_no_longer_answers_queries() -> None:
    store = open_store()
    store.update(f'INSERT DATA {{ GRAPH <{G}> {{ <{S}> <{P}> "Closeness" }} }}')
    assert len(store.query("SELECT ?o WHERE { ?s ?p ?o }").rows) == 1
    store.update(f"DROP GRAPH <{G}>")
    assert store.query("SELECT ?o WHERE { ?s ?p ?o }").rows == []
