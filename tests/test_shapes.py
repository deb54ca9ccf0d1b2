"""The SHACL shapes hold on graphs built from reviews, and catch what breaks the contract."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF

from filmgraph import Store, ingest, open_store
from filmgraph.graph.vocab import SCHEMA
from filmgraph.validate import validate

REPO = Path(__file__).resolve().parent.parent


def test_seed_graph_conforms(seed_store: Store) -> None:
    report = validate(seed_store)
    assert report.conforms, report.text


def test_bundled_example_conforms() -> None:
    store = open_store()
    assert not ingest([REPO / "data" / "example"], store).errors
    report = validate(store)
    assert report.conforms, report.text


def test_a_film_without_a_name_and_a_bad_director_is_reported() -> None:
    store = open_store()
    g = Graph(identifier=URIRef("https://w3id.org/filmgraph/graph/review/broken"))
    film = URIRef("https://w3id.org/filmgraph/id/film/nameless")
    g.add((film, RDF.type, SCHEMA.Movie))
    g.add((film, SCHEMA.director, Literal("not a person")))
    store.replace_graph(g)
    report = validate(store)
    assert not report.conforms
    assert report.violations >= 2


def test_validate_command_exit_codes(tmp_path: Path, seed_path: Path) -> None:
    store = tmp_path / "store"
    run = [sys.executable, "-m", "filmgraph"]
    subprocess.run([*run, "ingest", str(seed_path), "--store", str(store)], check=True,
                   capture_output=True)
    ok = subprocess.run([*run, "validate", "--store", str(store)], capture_output=True, text=True)
    assert ok.returncode == 0 and "conforms" in ok.stdout
