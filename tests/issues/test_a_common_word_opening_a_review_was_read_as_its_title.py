"""Issue 3: the common capitalised words ("Here", "Cuban") are kept capitalised in the
lexicon, but the title readers looked them up lower-cased, so the check never matched:
"Here is a family film …" made "Here" the title, and a caps word met twice ("HERE … HERE")
could be one too. A quoted title may still be a common word (Lerner's “Festival!”)."""

from __future__ import annotations

from filmgraph.extract import extract
from filmgraph.model import Review


def title(text: str) -> str | None:
    return extract(Review(text=text, source="t.txt")).film_title


def test_a_common_word_opening_the_review_is_no_title() -> None:
    text = (
        "Here is a family film with sand in its shoes and a camel in the back of the ute.\n\n"
        "The Camel Cup Kid is the second feature from the writer-director Ann Lee."
    )
    assert title(text) == "The Camel Cup Kid"


def test_a_quoted_common_word_is_still_a_title() -> None:
    text = "“Festival” is a record of the folk festival at Newport, filmed over four summers."
    assert title(text) == "Festival"
