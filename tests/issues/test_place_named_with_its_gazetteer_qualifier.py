"""A place the gazetteer qualifies to tell namesakes apart was stored under that qualified
name ("Georgia (U.S. state)"), so asking for films set in Georgia found nothing. The qualifier
now stays in the key only; the name is the one people write."""

from __future__ import annotations

from pathlib import Path

from rdflib import Literal

import filmgraph

SCHEMA = "https://schema.org/"


def test_films_set_in_georgia_are_found_by_that_name(tmp_path: Path) -> None:
    review = tmp_path / "r.txt"
    review.write_text("“Peach Road” (2001) is set in Savannah, Georgia.\n", encoding="utf-8")
    store = filmgraph.open_store()
    filmgraph.ingest([review], store)
    rows = store.query(
        f"SELECT DISTINCT ?place WHERE {{ ?film <{SCHEMA}contentLocation>/"
        f"<{SCHEMA}containedInPlace>* ?place . ?place <{SCHEMA}name> ?name }}",
        bindings={"name": Literal("Georgia")},
    ).rows
    assert [str(r[0]) for r in rows] == ["https://w3id.org/filmgraph/id/place/georgia-u-s-state"]
