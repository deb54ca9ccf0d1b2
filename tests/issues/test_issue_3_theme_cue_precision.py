"""Issue 3: the seed got 'identity' from "self-interested" and 'prison' from one "prisoners"."""

from __future__ import annotations

from filmgraph.extract import extract
from filmgraph.model import Relation, Review


def test_cues_match_whole_words_and_one_weak_cue_is_not_a_theme() -> None:
    ex = extract(
        Review(
            text="“Example” is a drama. A self-interested clan holds prisoners of its own making.",
            source="t.txt",
        )
    )
    themes = {c.object for c in ex.claims_for(Relation.THEME)}
    assert "identity" not in themes
    assert "prison" not in themes


def test_a_theme_stated_plainly_is_found() -> None:
    ex = extract(
        Review(
            text="“Example” is about prison: years in prison, a prison riot, the inmates.",
            source="t.txt",
        )
    )
    assert "prison" in {c.object for c in ex.claims_for(Relation.THEME)}
