"""Issue 3: link text glued on its left ("byJohn Smithson") had its far end cut as if glued
too, wherever the surname ended like a small word: "John Smiths on as a cop". Written for
the test; the names are invented."""

from __future__ import annotations

from filmgraph.extract.glue import repair


def _never_a_name(token: str) -> bool:
    return False


def test_a_surname_ending_like_a_small_word_stays_whole_before_a_word_that_follows_names() -> None:
    fixed = repair("The film stars byJohn Smithson as a cop.", _never_a_name)
    assert "John Smithson as a cop" in fixed.text


def test_a_surname_the_review_uses_again_stays_whole() -> None:
    fixed = repair("It is byJohn Tarbellis, alas. Tarbellis is good.", _never_a_name)
    assert "John Tarbellis, alas" in fixed.text


def test_a_small_word_really_glued_on_the_far_end_is_still_cut() -> None:
    # What follows is no word that follows a name, so "as" was glued on.
    fixed = repair("The film stars withPeter Kowalskias the husband.", _never_a_name)
    assert "with Peter Kowalski as the husband" in fixed.text
