"""A gold theme written as its SKOS label ("sexual violence") never matched the slug the
extractor claims ("sexual-violence"); gold themes are now compared by slug."""

from __future__ import annotations

from filmgraph.eval import parse_gold


def test_a_label_and_a_slug_are_the_same_gold_theme() -> None:
    (record,) = parse_gold(
        {"reviews": [{"source": "a.txt", "theme": ["Sexual violence", ["coming-of-age"]]}]}
    )
    assert record.facts["theme"] == (
        frozenset({"sexual-violence"}),
        frozenset({"coming-of-age"}),
    )
