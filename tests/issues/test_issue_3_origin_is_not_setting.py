"""Issue 3: the bundled example set Leviathan in Moscow because a lawyer arrives from there."""

from __future__ import annotations

from pathlib import Path

from filmgraph.extract import extract
from filmgraph.model import Relation, Review
from filmgraph.sources import read_source

EXAMPLE = Path(__file__).resolve().parents[2] / "data" / "example" / "zvyagintsev.jsonl"


def test_leviathan_is_not_set_in_moscow_but_loveless_is() -> None:
    settings = {}
    for review in read_source(EXAMPLE):
        assert isinstance(review, Review)
        ex = extract(review)
        settings[ex.film_title] = {c.object for c in ex.claims_for(Relation.SETTING)}
    assert "Moscow" not in settings["Leviathan"]
    assert "Moscow" in settings["Loveless"]
