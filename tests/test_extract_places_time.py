"""When the story is set, as the review states it."""

from __future__ import annotations

import pytest
from extracting import claimed

from filmgraph.model import Relation


def _times(text: str) -> set[str]:
    return claimed(text, Relation.TIME_SETTING)


@pytest.mark.parametrize(
    ("text", "when"),
    [
        ("“Tin Roof” is set in the late 1960s, when the mill closes.", "1960/1969"),
        ("“Tin Roof” takes place in 1931 on a failing farm.", "1931"),
        ("“Tin Roof” is set in the winter of 1916.", "1916"),
        ("“Tin Roof” takes place in Lisbon in 1974.", "1974"),
        ("“Tin Roof” is about a singer in a smoky 1940s Chicago club.", "1940/1949"),
    ],
)
def test_the_time_a_story_is_set_in(text: str, when: str) -> None:
    assert when in _times(text)


def test_years_of_the_films_life_are_no_time_setting() -> None:
    assert _times("“Tin Roof” was made in 1988 and released in 1990 in Chicago.") == set()
