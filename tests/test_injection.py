"""SPARQL injection through every user-facing parameter: values are data, never query text.

Each hostile value must match nothing (or exactly the entity that carries that very name),
raise at most a one-line QueryError, and leave the store's quads exactly as they were.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from rdflib import BNode, Literal, URIRef
from storecheck import REPO, filmgraph, quad_set

from filmgraph import QueryError, Store, ingest, open_store
from filmgraph.query import list_queries, run_query

HOSTILE = [
    'x" } DROP ALL #',
    "x' } ; DROP ALL ; #",
    'x""" } INSERT DATA { <http://e/a> <http://e/b> <http://e/c> } #',
    'x\\" } DROP ALL #',
    "x\\u0022 } DROP ALL #",
    "x\" . } UNION { ?s ?p ?o } #",
    "x\"\n}\nDROP ALL",
    "<http://e/a> ?p ?o } #",
    "x\" ) } } SELECT * WHERE { ?s ?p ?o } #",
    "\"@en",
    '"^^<http://e/x>',
]
HOSTILE_NAME = 'Eve "} DROP ALL #" Mallory'
PERSON = URIRef("https://w3id.org/filmgraph/id/person/eve-drop-all-mallory")
SCHEMA = "https://schema.org/"


@pytest.fixture(scope="module")
def disk_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled example plus a person whose name is itself an injection attempt."""
    path = tmp_path_factory.mktemp("inject") / "store"
    with open_store(path) as store:
        ingest([REPO / "data" / "example"], store)
        graph = URIRef("https://w3id.org/filmgraph/graph/review/hostile")
        film = URIRef("https://w3id.org/filmgraph/id/film/closeness-2017")
        store.add_quads([
            (PERSON, URIRef("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"),
             URIRef(SCHEMA + "Person"), graph),
            (PERSON, URIRef(SCHEMA + "name"), Literal(HOSTILE_NAME), graph),
            (film, URIRef(SCHEMA + "actor"), PERSON, graph),
        ])
    return path


@pytest.fixture
def store(disk_store: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "store"
    shutil.copytree(disk_store, copy)
    return copy


def test_every_library_parameter_binds_hostile_values_as_data(store: Path) -> None:
    before = quad_set(store)
    tried = 0
    with open_store(store) as db:  # writable: a successful injection could change it
        for named in list_queries():
            for param in named.params:
                for value in HOSTILE:
                    values = {p.name: p.example for p in named.params} | {param.name: value}
                    try:
                        result = run_query(db, named.name, values)
                    except QueryError as err:
                        assert "\n" not in str(err)  # a typed parameter refusing the value
                        continue
                    tried += 1
                    rows = result.rows if result.kind == "select" else []
                    assert rows == [], (named.name, param.name, value, rows[:3])
    assert tried >= 50
    print(f"{tried} hostile bindings across the library, 0 rows, store unchanged")
    assert quad_set(store) == before


def test_a_value_that_looks_like_sparql_matches_the_entity_so_named(
    store: Path, tmp_path: Path
) -> None:
    rq = tmp_path / "person.rq"
    rq.write_text(
        "# title: A person by name\n# param: name | string | Jane Doe\n"
        "SELECT ?p WHERE { ?p <https://schema.org/name> ?name }\n",
        encoding="utf-8",
    )
    with open_store(store, read_only=True) as db:
        assert run_query(db, str(rq), {"name": HOSTILE_NAME}).rows == [(PERSON,)]
        assert run_query(db, str(rq), {"name": HOSTILE_NAME + " "}).rows == []


def test_cli_param_matches_nothing_and_changes_nothing(store: Path) -> None:
    before = quad_set(store)
    run = filmgraph("query", "cast", "--param", 'title=x" } DROP ALL #', "--store", store,
                    "--format", "json")
    assert run.code == 0, run.err
    assert json.loads(run.out)["results"]["bindings"] == []
    co = filmgraph("query", "co-stars", "--param", f"actor={HOSTILE_NAME}", "--store", store,
                   "--format", "csv")
    assert co.code == 0, co.err
    assert "Darya Zhovner" in co.out  # the hostile name is an actor of Closeness: found as data
    assert quad_set(store) == before


@pytest.mark.parametrize(
    "bindings",
    [
        {"x) } DROP ALL #": Literal("a")},
        {"?ok": URIRef("http://e/a b")},
        {"ok": URIRef("javascript:alert(1)>")},
        {"ok": BNode()},  # a blank node cannot be bound: it would match anything
    ],
)
def test_store_query_refuses_hostile_bindings(bindings: dict[str, object]) -> None:
    db: Store = open_store()
    with pytest.raises(QueryError):
        db.query("SELECT ?s WHERE { ?s ?p ?ok }", bindings=bindings)  # type: ignore[arg-type]


def test_store_query_binds_odd_literals_exactly() -> None:
    db = open_store()
    odd = ['a"b', "a\\b", "a\nb\r", 'x" } DROP ALL #', "\\u0022", "🎬 שלום", "\t"]
    db.add_quads((URIRef(f"http://e/{i}"), URIRef("http://e/name"), Literal(v), None)
                 for i, v in enumerate(odd))
    for i, value in enumerate(odd):
        rows = db.query("SELECT ?s WHERE { ?s <http://e/name> ?v }",
                        bindings={"v": Literal(value)}).rows
        assert rows == [(URIRef(f"http://e/{i}"),)], value


def test_viz_focus_and_path_take_hostile_names_as_names(store: Path, tmp_path: Path) -> None:
    if not (REPO / "filmgraph" / "cli" / "viz.py").is_file():
        pytest.skip("no viz command yet")
    before = quad_set(store)
    page = tmp_path / "g.html"
    for value in HOSTILE[:4]:
        run = filmgraph("viz", "--focus", value, "--store", store, "-o", page)
        assert run.code == 1 and "Traceback" not in run.err
        assert run.err.splitlines() == [
            f"filmgraph: error: no film, person, character, place or theme named {value!r} "
            "in the store"
        ]
    found = filmgraph("viz", "--focus", HOSTILE_NAME, "--store", store, "-o", page)
    assert found.code == 0, found.err
    assert "Mallory" in page.read_text(encoding="utf-8")
    assert quad_set(store) == before
