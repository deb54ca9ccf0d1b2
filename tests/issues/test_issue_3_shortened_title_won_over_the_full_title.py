"""Issue 3: a review that names its film in full once and then by a short form
("Bert Rigby, You're a Fool" … "Bert Rigby", "Miracle on 34th Street" … "Miracle") took the
short form as the title."""

from __future__ import annotations

from filmgraph.extract import extract
from filmgraph.model import Review


def _title(text: str) -> str | None:
    return extract(Review(text=text, source="t.txt")).film_title


def test_the_full_title_named_first_wins() -> None:
    text = (
        "It is a gentle picture. “Moon Garden at Night” was made in Hungary. Later, "
        "“Moon Garden” drifts, and “Moon Garden” is a quiet film, and “Moon Garden” ends."
    )
    assert _title(text) == "Moon Garden at Night"


def test_a_longer_title_named_later_is_another_film() -> None:
    text = (
        "“Moon Garden” is a quiet film. “Moon Garden” drifts. Its sequel, “Moon Garden 2,” "
        "is louder."
    )
    assert _title(text) == "Moon Garden"
