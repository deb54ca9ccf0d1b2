"""Issue 3: with no glue on its left, "Cyril Cusackis new" stayed one name, so the cast got
"Cyril Cusackis" and lost Cyril Cusack."""

from __future__ import annotations

from filmgraph.extract import extract
from filmgraph.model import Relation, Review


def test_a_glued_is_after_a_surname_met_alone_is_cut() -> None:
    text = (
        "“Salt Road” keeps most of the stage cast (Peter Tarbellis new), and Tarbell's "
        "scenes are the best."
    )
    ex = extract(Review(text=text, source="t.txt"))
    actors = {c.object for c in ex.claims_for(Relation.ACTOR)}
    assert "Peter Tarbell" in actors
    assert "Peter Tarbellis" not in actors
