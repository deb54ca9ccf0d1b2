"""Screenwriters named with their co-writer, as the invented reviews (twenty-first stop) wrote
them: writer recall there was 0.46. The film is "Moon Garden"."""

from __future__ import annotations

import pytest
from extracting import claimed

from filmgraph.model import Relation


@pytest.mark.parametrize(
    ("sentence", "writers"),
    [
        (
            "It is a salty crime drama, directed by Walter Kaminski from a screenplay he wrote "
            "with Ruth Abernathy.",
            {"Walter Kaminski", "Ruth Abernathy"},
        ),
        (
            "The screenplay is credited to Massimo Ferrante and Lina Caruso.",
            {"Massimo Ferrante", "Lina Caruso"},
        ),
        (
            "The screenplay, which Giulia Santangelo wrote with Andrea Lupo, is less sure.",
            {"Giulia Santangelo", "Andrea Lupo"},
        ),
        (
            "Bo Whitcomb wrote it with his brother, Dale Whitcomb, and directed it alone.",
            {"Bo Whitcomb", "Dale Whitcomb"},
        ),
        (
            "Chidi Okonkwo, who wrote the screenplay with the Ghanaian playwright Efua Mensah, "
            "is a modernist.",
            {"Chidi Okonkwo", "Efua Mensah"},
        ),
        (
            "Alejandro Ibarra, a veteran of Mexican television who studied in Paris, wrote the "
            "screenplay with Ignacio Beltrán.",
            {"Alejandro Ibarra", "Ignacio Beltrán"},
        ),
        (
            "Kwok Wai-ming's screenplay, written with his regular partner Fong Siu-ling, is loose.",
            {"Kwok Wai-ming", "Fong Siu-ling"},
        ),
    ],
)
def test_both_writers(sentence: str, writers: set[str]) -> None:
    text = f"“Moon Garden” is a quiet film. {sentence}"
    assert claimed(text, Relation.WRITER, film="Moon Garden") >= writers


def test_a_cast_member_can_be_the_co_writer() -> None:
    text = (
        "“Moon Garden” is a road movie. Ana Berardi plays the sister. Lucía Etcheverry, who "
        "co-wrote the screenplay with Berardi, lets the scenes run long."
    )
    assert claimed(text, Relation.WRITER, film="Moon Garden") == {"Lucía Etcheverry", "Ana Berardi"}


def test_wrote_it_with_a_manner_names_no_one() -> None:
    text = "“Moon Garden” is quiet. Ann Lee wrote it with a light touch, and Bo Day stars."
    assert claimed(text, Relation.WRITER, film="Moon Garden") == {"Ann Lee"}
