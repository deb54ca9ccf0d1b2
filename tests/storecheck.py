"""What the hardening tests check on a store, the way a user would: its quads, IRIs and reviews."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

REPO = Path(__file__).resolve().parent.parent
# RFC 3987: an absolute IRI has a scheme and none of these characters.
IRI_FORBIDDEN = re.compile(r'[\x00-\x20<>"{}|^`\\\x7f-\x9f]')
IRI_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")
REVIEW = "https://schema.org/Review"
CONTENT_HASH = "https://w3id.org/filmgraph/ontology#contentHash"
SOURCE_PATH = "https://w3id.org/filmgraph/ontology#sourcePath"


@dataclass
class Run:
    code: int
    out: str
    err: str

    @property
    def error_lines(self) -> list[str]:
        return [line for line in self.err.splitlines() if line.startswith("filmgraph: error:")]


def filmgraph(*args: str | Path, timeout: float = 120) -> Run:
    """Run the ``filmgraph`` command as a user would, in a subprocess."""
    env = {**os.environ, "PYTHONWARNINGS": "ignore"}
    done = subprocess.run(
        [sys.executable, "-m", "filmgraph", *map(str, args)],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=env,
        cwd=REPO,
    )
    return Run(done.returncode, done.stdout, done.stderr)


def quad_set(store: Path) -> set[str]:
    """Every quad of an on-disk store, as N-Quads lines."""
    db = ox.Store.read_only(str(store))
    try:
        # The default graph is derived from the named graphs (their merge): not data itself.
        return {str(q) for q in db if not isinstance(q.graph_name, ox.DefaultGraph)}
    finally:
        del db


def graphs_by_source(store: Path) -> dict[str, set[str]]:
    """Each review graph's quads, keyed by the review's fg:sourcePath."""
    db = ox.Store.read_only(str(store))
    try:
        sources = {
            row["g"].value: row["src"].value
            for row in db.query(
                f"SELECT ?g ?src WHERE {{ GRAPH ?g {{ ?r <{SOURCE_PATH}> ?src }} }}"
            )
        }
        return {
            src: {str(q) for q in db.quads_for_pattern(None, None, None, ox.NamedNode(g))}
            for g, src in sources.items()
        }
    finally:
        del db


def bad_iris(store: Path) -> list[str]:
    """IRIs in the store that RFC 3987 would refuse (there should be none)."""
    db = ox.Store.read_only(str(store))
    try:
        iris = {
            t.value
            for q in db
            for t in (q.subject, q.predicate, q.object, q.graph_name)
            if isinstance(t, ox.NamedNode)
        }
    finally:
        del db
    return sorted(i for i in iris if IRI_FORBIDDEN.search(i) or not IRI_SCHEME.match(i))


PARTIAL = f"""SELECT DISTINCT ?g WHERE {{
    GRAPH ?g {{ ?s ?p ?o }}
    FILTER(STRSTARTS(STR(?g), "https://w3id.org/filmgraph/graph/review/"))
    FILTER NOT EXISTS {{ GRAPH ?g {{ ?r a <{REVIEW}> ; <{CONTENT_HASH}> ?h }} }}
}}"""


def partial_reviews(store: Path) -> list[str]:
    """Review graphs without their review node's content hash: half-written reviews."""
    db = ox.Store.read_only(str(store))
    try:
        return [row["g"].value for row in db.query(PARTIAL)]
    finally:
        del db


_FIRST = ["Anna", "Boris", "Clara", "Dmitri", "Elena", "Farid", "Greta", "Hugo", "Irina", "Jonas"]
_LAST = ["Ivanova", "Petrov", "Schulz", "Moreau", "Rossi", "Novak", "Haddad", "Lindqvist"]
_PLACES = ["Paris", "Berlin", "Moscow", "Rome", "Tokyo", "Nalchik", "Madrid"]


def _person(i: int) -> str:
    return f"{_FIRST[i % len(_FIRST)]} {_LAST[(i * 7) % len(_LAST)]}"


def write_reviews(folder: Path, count: int, *, prefix: str = "Harbour") -> Path:
    """``count`` generated reviews, each of its own film (title and year), so none depends on
    another and each can be compared with a clean ingest on its own."""
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(count):
        (folder / f"r{i:03d}.txt").write_text(
            f"“{prefix} {i:03d}” ({1950 + i % 70}) is directed by {_person(i)}. "
            f"Set in {_PLACES[i % len(_PLACES)]} in {1910 + i % 90}, it follows a family torn "
            f"by war.\n\nCast: {_person(i + 1)} (Ilya), {_person(i + 2)} (Marta), "
            f"{_person(i + 3)} (Oleg)\n\nRunning time: 1:{30 + i % 29}\n",
            encoding="utf-8",
        )
    return folder
