"""The default graph is the set union of the named graphs: a triple stated by many graphs
matches once, and it stays as long as one graph still states it."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import BNode, Graph, Literal, URIRef

from filmgraph.store import LOCAL_PREFIXES, Store, open_store

EX = "http://example.org/"
NAME = URIRef("https://schema.org/name")
ACTOR = URIRef("https://schema.org/actor")
FILM = URIRef(EX + "film/closeness")


def _review(n: int, *triples: tuple[URIRef, URIRef, URIRef | Literal]) -> Graph:
    g = Graph(identifier=URIRef(f"{EX}review/{n}"))
    for t in triples:
        g.add(t)
    return g


def _rows(store: Store, sparql: str) -> list[tuple[object, ...]]:
    return store.query(sparql).rows


def test_a_triple_stated_by_five_graphs_matches_once() -> None:
    store = open_store()
    for n in range(5):
        store.replace_graph(_review(n, (FILM, NAME, Literal("Closeness"))))
    assert len(_rows(store, "SELECT * { ?s ?p ?o . ?s ?p ?o2 }")) == 1
    # Provenance queries still see each graph that states it.
    assert len(_rows(store, "SELECT ?g { GRAPH ?g { ?s ?p ?o } }")) == 5


def test_replacing_and_removing_a_graph_keeps_what_others_still_state() -> None:
    store = open_store()
    shared = (FILM, NAME, Literal("Closeness"))
    only_first = (FILM, ACTOR, URIRef(EX + "person/a"))
    store.replace_graph(_review(1, shared, only_first))
    store.replace_graph(_review(2, shared))
    store.replace_graph(_review(1, shared))  # review 1 no longer names the actor
    assert _rows(store, "SELECT ?o { ?s <https://schema.org/actor> ?o }") == []
    assert len(_rows(store, "SELECT ?o { ?s <https://schema.org/name> ?o }")) == 1
    store.remove_graph(URIRef(EX + "review/1"))
    assert len(_rows(store, "SELECT ?o { ?s <https://schema.org/name> ?o }")) == 1
    store.remove_graph(URIRef(EX + "review/2"))
    assert _rows(store, "SELECT * { ?s ?p ?o }") == []
    assert len(store) == 0


def test_updates_and_loads_are_followed_before_the_next_query() -> None:
    store = open_store()
    store.replace_graph(_review(1, (FILM, NAME, Literal("Closeness"))))
    store.update(f'INSERT DATA {{ GRAPH <{EX}review/2> {{ <{FILM}> <{NAME}> "Closeness" }} }}')
    assert len(_rows(store, "SELECT * { ?s ?p ?o }")) == 1
    store.update(f"DROP GRAPH <{EX}review/1> ; DROP GRAPH <{EX}review/2>")
    store.load(f'<{FILM}> <{NAME}> "Tesnota" <{EX}review/9> .\n'.encode(), bulk=True)
    assert _rows(store, "SELECT ?o { ?s ?p ?o }") == [(Literal("Tesnota"),)]
    store.remove_graphs([URIRef(f"{EX}review/9")])
    assert _rows(store, "SELECT * { ?s ?p ?o }") == []


def test_a_store_built_without_a_default_graph_is_rebuilt_on_open(tmp_path: Path) -> None:
    raw = ox.Store(str(tmp_path / "old"))
    for n in range(3):
        raw.add(ox.Quad(ox.NamedNode(str(FILM)), ox.NamedNode(str(NAME)),
                        ox.Literal("Closeness"), ox.NamedNode(f"{EX}review/{n}")))
    raw.flush()
    del raw
    reader = open_store(tmp_path / "old", read_only=True)  # cannot rebuild: falls back
    assert len(reader.query("SELECT ?o { ?s ?p ?o }").rows) == 3
    reader.close()
    with open_store(tmp_path / "old") as store:
        assert _rows(store, "SELECT ?o { ?s ?p ?o }") == [(Literal("Closeness"),)]
        store.rebuild_default()
        assert _rows(store, "SELECT ?o { ?s ?p ?o }") == [(Literal("Closeness"),)]
        assert len(store) == 3


def test_export_holds_the_named_graphs_only_and_round_trips() -> None:
    store = open_store()
    for n in range(2):
        store.replace_graph(_review(n, (FILM, NAME, Literal("Closeness"))))
    dump = store.export("nquads") or b""
    assert dump.count(b"\n") == 2
    copy = open_store()
    copy.load(dump)
    assert set(copy.quads()) == set(store.quads())
    assert len(_rows(copy, "SELECT * { ?s ?p ?o }")) == 1


def test_cast_of_a_film_reviewed_thirty_times_is_answered_once_per_actor() -> None:
    store = open_store()
    actors = [URIRef(f"{EX}person/{i}") for i in range(8)]
    names = [(a, NAME, Literal(f"Actor {i}")) for i, a in enumerate(actors)]
    for n in range(30):
        store.replace_graph(_review(n, (FILM, NAME, Literal("Closeness")),
                                    *((FILM, ACTOR, a) for a in actors), *names))
    rows = _rows(store, """SELECT ?actor ?name { ?f <https://schema.org/name> "Closeness" ;
        <https://schema.org/actor> ?actor . ?actor <https://schema.org/name> ?name }""")
    # With one match per stating graph this would be 30 × 30 × 30 rows per actor.
    assert sorted(str(r[1]) for r in rows) == [f"Actor {i}" for i in range(8)]


CLAIM = URIRef(LOCAL_PREFIXES[0] + "1")


def test_graph_local_provenance_stays_in_its_graph_and_in_turtle_exports() -> None:
    store = open_store()
    store.replace_graph(_review(1, (FILM, NAME, Literal("Closeness")),
                                (CLAIM, NAME, Literal("a claim"))))
    assert _rows(store, "SELECT ?o { ?s ?p ?o }") == [(Literal("Closeness"),)]
    claim = _rows(store, f"SELECT ?o {{ GRAPH ?g {{ <{CLAIM}> ?p ?o }} }}")
    assert claim == [(Literal("a claim"),)]
    turtle = Graph().parse(data=store.export("turtle"), format="turtle")
    assert (CLAIM, NAME, Literal("a claim")) in turtle and len(turtle) == 2


def _nquads(n: int, *triples: tuple[URIRef, URIRef, URIRef | Literal]) -> bytes:
    return "".join(f"{s.n3()} {p.n3()} {o.n3()} <{EX}review/{n}> .\n"
                   for s, p, o in triples).encode()


def _default(store: Store) -> set[tuple[object, ...]]:
    return set(_rows(store, "SELECT ?s ?p ?o { ?s ?p ?o }"))


@pytest.mark.parametrize("blank", [False, True], ids=["text-cut", "blank-nodes-parsed"])
def test_a_bulk_load_merges_as_replacing_graphs_does(blank: bool) -> None:
    actor = BNode("x") if blank else URIRef(EX + "person/a")
    first = ((FILM, NAME, Literal("Closeness")), (FILM, ACTOR, actor),
             (CLAIM, NAME, Literal("a claim")))
    second = ((FILM, NAME, Literal("Closeness")), (actor, NAME, Literal('A "<b>" c')))
    bulk, serial = open_store(), open_store()
    bulk.load(_nquads(1, *first) + _nquads(2, *second), bulk=True)
    serial.replace_graph(_review(1, *first))
    serial.replace_graph(_review(2, *second))
    assert len(_default(bulk)) == len(_default(serial)) == 3
    assert len(_rows(bulk, "SELECT * { ?f ?p ?a . ?a ?q ?n }")) == 1  # one blank node, joined
    # Replacing a graph: remove what only it stated, then load the new one.
    bulk.remove_graphs([URIRef(f"{EX}review/1")])
    bulk.load(_nquads(1, (FILM, NAME, Literal("Closeness"))), bulk=True)
    names = {o for _, p, o in _default(bulk) if p == NAME}
    assert names == {Literal("Closeness"), Literal('A "<b>" c')}
    assert not any(p == ACTOR for _, p, _ in _default(bulk))


def test_a_bulk_load_of_other_nquads_shapes_falls_back_to_a_parse() -> None:
    store = open_store()
    data = (f'# a comment <{EX}x> .\n<{FILM}> <{NAME}> "Closeness"\t<{EX}review/1> .\n'
            f'<{FILM}> <{ACTOR}> <{EX}person/a> .\n').encode()  # the last one: default graph
    store.load(data, bulk=True)
    assert _default(store) == {(FILM, NAME, Literal("Closeness")),
                               (FILM, ACTOR, URIRef(EX + "person/a"))}
    assert len(store) == 1
