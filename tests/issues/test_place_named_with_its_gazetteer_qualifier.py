"""A place the gazetteer qualifies to tell namesakes apart was stored under that qualified
name ("Georgia (U.S. state)"), so asking for films set in Georgia found nothing. The qualifier
now stays in the key only; the name is the one people write."""

from __future__ import annotations

from pathlib import Path

from rdflib import Literal

import filmgraph
from filmgraph.extract import extract
from filmgraph.model import Kind, Review
from filmgraph.resolve import resolve

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


def test_a_place_becomes_a_place_and_nothing_else() -> None:
    # The first version of the fix made every place an organisation and a theme as well.
    resolved = resolve(
        extract(Review(text="“Peach Road” (2001) is set in Savannah, Georgia.", source="r.txt"))
    )
    kinds = {(kind, key) for kind, key in resolved.entities}
    assert (Kind.PLACE, "georgia-u-s-state") in kinds
    assert not {key for kind, key in kinds if kind in (Kind.THEME, Kind.ORGANIZATION)}
