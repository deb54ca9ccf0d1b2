"""The reviewed film's title when it is written without quotes, and quoted titles that are
other films (invented reviews, twenty-first stop: 26 of their 120 titles were missed)."""

from __future__ import annotations

import pytest

from filmgraph.extract import extract
from filmgraph.model import Relation, Review


def title(text: str) -> str | None:
    return extract(Review(text=text, source="t.txt")).film_title


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a headline line of its own, with or without "Review:"
        ("Moon Garden\n\nHalfway through Moon Garden, a woman plants roses.", "Moon Garden"),
        ("Review: Small Talk\n\nTwo strangers meet on a delayed flight.", "Small Talk"),
        # cues around an unquoted title
        (
            "It is a story told in songs, and Harmattan Letters, the second feature by Chidi "
            "Okonkwo, tells it with tact.",
            "Harmattan Letters",
        ),
        (
            "Nobody liked the trailer. Nocturne for a Departure, the new film by Ann Lee, is "
            "neither absurd nor dull.",
            "Nocturne for a Departure",
        ),
        (
            "Somebody in The Tenants of Calle Defensa is always singing.",
            "The Tenants of Calle Defensa",
        ),
        (
            "My grandmother would have hated it.\n\nThin Ice. Directed by Henrik Aalto-Strand. "
            "Starring Elin Marklund.",
            "Thin Ice",
        ),
        # a quoted film named to compare is not the film reviewed
        (
            "The sensibility is nearer to Asghar Farhadi's “A Separation”. The Winter House, "
            "which she also wrote, is colder.",
            "The Winter House",
        ),
        # a quoted line of dialogue after "says," is no title
        (
            'Somebody at the back says, "My God." "Half-Life," a portrait of a physicist, is '
            "handsome and stiff.",
            "Half-Life",
        ),
        # still read as before: a quoted title, a character who "tells"
        ("In “Summer,” Rohmer tells the story of Delphine. Delphine moves on.", "Summer"),
    ],
)
def test_the_reviewed_film_is_found(text: str, expected: str) -> None:
    assert title(text) == expected


def test_only_compared_films_leave_the_title_unnamed() -> None:
    # Better no title than Kurosawa's: known credits would make him this film's director.
    text = (
        "The obvious comparison is with Akira Kurosawa's “Ran”, which also ends in fire. "
        "The story unfolds in a fishing town."
    )
    ex = extract(Review(text=text, source="t.txt"))
    assert ex.film_title is None
    assert "Akira Kurosawa" not in {c.object for c in ex.claims_for(Relation.DIRECTOR)}


def test_a_person_after_played_by_is_no_title() -> None:
    text = "The cook is played by Guo Feng, a veteran of Fifth Generation films."
    assert title(text) != "Guo Feng"
