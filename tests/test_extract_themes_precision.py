"""Themes from cues that add up, not from words a plot summary uses in passing."""

from __future__ import annotations

from extracting import claimed

from filmgraph.extract import extract
from filmgraph.model import Relation, Review


def _themes(text: str) -> set[str]:
    return claimed(text, Relation.THEME)


def test_words_naming_relatives_do_not_make_family_a_theme() -> None:
    assert "family" not in _themes(
        "“Salt Flats” is a caper. His mother runs a diner; his brother drives a tow truck; "
        "his father, a retired pilot, never calls his son."
    )


def test_the_word_family_itself_still_counts() -> None:
    assert "family" in _themes(
        "“Salt Flats” is a film about a family: the family business, family dinners, and a "
        "mother who keeps the household together."
    )


def test_one_weak_word_repeated_in_passing_is_not_a_theme() -> None:
    assert "rural-life" not in _themes(
        "“Salt Flats” opens near a village. The village bus is late; the village dog barks."
    )


def test_one_weak_word_all_through_a_review_is_a_theme() -> None:
    assert "violence" in _themes(
        "“Salt Flats” is violence: violence at dawn, violence at noon, violence in the bar and "
        "violence at the funeral."
    )


def test_the_film_title_counts_once() -> None:
    text = (
        "“Wedding Bells for the Bride” is a farce about two bakers. In “Wedding Bells for the "
        "Bride” the ovens explode. I laughed at “Wedding Bells for the Bride” twice."
    )
    assert "marriage" not in _themes(text)


def test_a_theme_with_a_strong_cue_and_company_is_found_with_its_evidence() -> None:
    text = "“Salt Flats” is about a kidnapping: the kidnappers want a ransom by noon."
    ex = extract(Review(text=text, source="themes.txt"))
    claim = next(c for c in ex.claims_for(Relation.THEME) if c.object == "kidnapping")
    assert text[claim.span.start : claim.span.end].lower() == "kidnapping"
