"""Towns the gazetteer lists only qualified ("Lafayette, Louisiana"), named bare in a review."""

from __future__ import annotations

import pytest
from extracting import claimed

from filmgraph.model import Relation


def _settings(text: str) -> set[str]:
    return claimed(text, Relation.SETTING, film="Lanterns")


@pytest.mark.parametrize(
    ("text", "town"),
    [
        # the review names a place in the row's region
        ("“Lanterns” is set in New Orleans. The second half shifts to Lafayette, where Ann "
         "finds work.", "Lafayette, Louisiana"),
        ("“Lanterns” is set in Indianapolis. Then Ann moves to Lafayette, where she teaches.",
         "Lafayette, Indiana"),
        # … or a place inside the row itself
        ("“Lanterns” is set in Norwich, and the second half moves out to Norfolk, where the "
         "family keeps a boat.", "Norfolk, England"),
        # a part of a town, with the town named
        ("“Lanterns” is set in San Francisco. Ann grows up in Chinatown, where her father "
         "runs a laundry.", "Chinatown, San Francisco"),
    ],
)  # fmt: skip
def test_a_bare_town_the_review_places_is_the_row_of_that_region(text: str, town: str) -> None:
    assert town in _settings(text)


@pytest.mark.parametrize(
    "text",
    [
        # nothing says which Lafayette
        "“Lanterns” is a quiet film. Ann drives out to Lafayette, where she teaches.",
        # a person's name, mostly
        "“Lanterns” is set in Detroit. Reporter Lee Taylor digs; Taylor finds the body, and "
        "the killer lunges towards Taylor.",
        # a word, not a town ("sent to Spring training")
        "“Lanterns” is set in Houston. Tom is sent to Spring training with a minor league team.",
        # the text qualifies the town itself, with a region the row is not in
        "“Lanterns” is set in Caldwell, Kansas, on the border with Oklahoma, in Idaho's shadow.",
    ],
)  # fmt: skip
def test_a_bare_namesake_nothing_places_is_no_setting(text: str) -> None:
    settings = _settings(text)
    assert not any(", " in s for s in settings), settings


def test_a_place_inside_a_namesakes_words_is_not_named() -> None:
    # "New Salem, Illinois" is the row; "Salem" (Massachusetts) must not place Springfield.
    text = (
        "“Lanterns” follows young Abe in New Salem, then his marriage in Springfield, "
        "where he practises law."
    )
    settings = _settings(text)
    assert "Salem" not in settings and "Springfield, Massachusetts" not in settings
