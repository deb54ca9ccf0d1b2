"""What a player lends a part ("brings a reckless sweetness to Nicolás", "gives Tae-su a
hangdog decency"), in sentences written for the test (twenty-sixth stop)."""

from __future__ import annotations

import pytest
from extracting import played


def _parts(text: str) -> set[tuple[str, str]]:
    return played(text, film="Salt Road")


@pytest.mark.parametrize(
    ("text", "actor", "part"),
    [
        ("Nicolás slips away. Benjamín Ulloa brings a gangly, reckless sweetness to Nicolás.",
         "Benjamín Ulloa", "Nicolás"),
        ("Her uncle Thomachan runs the firm. Veteran P. K. Madhavan brings gravel and menace "
         "to her uncle Thomachan, who runs it.", "P. K. Madhavan", "Thomachan"),
        ("Kang Tae-su is a cop. Lee Joon-young, mostly a supporting player, gives Tae-su a "
         "hangdog decency.", "Lee Joon-young", "Tae-su"),
        ("Rosie Bates is a nurse. Leila Kennedy brings warmth and steel to Rosie Bates.",
         "Leila Kennedy", "Rosie Bates"),
    ],
)  # fmt: skip
def test_a_quality_lent_to_a_part_named_before(text: str, actor: str, part: str) -> None:
    assert _parts("“Salt Road” is a drama. " + text) == {(actor, part)}


@pytest.mark.parametrize(
    "text",
    [
        # a thing handed over in the story
        "Gabby runs. Photographer Bill Jones gives Gabby a photograph of Beef.",
        # a place, and a part never named before
        "Ann Lee brings a great deal of warmth to Paris.",
        "Ann Lee brings a great deal of warmth to Marta Ruiz.",
    ],
)
def test_no_part_is_lent_a_thing_or_a_place(text: str) -> None:
    assert _parts("“Salt Road” is a drama. " + text) == set()


def test_makes_him_and_who_plays_him() -> None:
    text = (
        "“Salt Road” is a drama. The producer is Simon Akerberg, who arrives with a cigar. "
        "Louis Granval makes him funny rather than monstrous.\n\nThe man between them is Tom "
        "Costello, a Yank. Patrick Devlin, who plays him, was American. Ann Weber makes her "
        "debut."
    )
    assert _parts(text) == {("Louis Granval", "Simon Akerberg"), ("Patrick Devlin", "Tom Costello")}
