"""Issue: "James Moreland (Conklin)" in a plot lost its actor once "Morel" was a known name.

The glue repair cuts "Hitchcocksaid" into "Hitchcock said": a known name with a word glued
on its end, as the Ebert pages glue link text to its neighbours. It did so in every text,
so in clean prose "Moreland" became "Morel and" as soon as a director named Morel was in the
gazetteer, and the part "James Moreland" with its actor was lost. Such a cut is now made
only in a text whose links are glued elsewhere.
"""

from __future__ import annotations

from dataclasses import replace

from filmgraph.extract import extract
from filmgraph.extract.glue import repair
from filmgraph.extract.lexicon import Lexicon, default_lexicon
from filmgraph.model import Relation, Review


def _lexicon() -> Lexicon:
    base = default_lexicon()
    return replace(base, name_tokens=base.name_tokens | {"Morel", "Hitchcock"})


def test_a_name_in_clean_prose_is_not_cut() -> None:
    lex = _lexicon()
    plot = "Her father James Moreland (Conklin) returns from a business trip to Philadelphia."
    assert repair(plot, lex.is_name_token, lex.people.__contains__).text == plot
    ex = extract(Review(text=plot, source="x", film_title="The Suitcase"), lexicon=lex)
    assert [(c.subject, c.object) for c in ex.claims_for(Relation.PLAYED_BY)] == [
        ("James Moreland", "Conklin")
    ]


def test_a_review_with_glued_links_is_still_cut() -> None:
    lex = _lexicon()
    text = "The film byAlfred Hitchcocksaid more than it showed about Moreland."
    repaired = repair(text, lex.is_name_token, lex.people.__contains__).text
    assert "by Alfred Hitchcock said" in repaired
