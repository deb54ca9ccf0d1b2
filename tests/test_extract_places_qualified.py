"""Towns named with their region after a comma: the gazetteer's qualified rows ("London,
Ontario"), US states in newspaper abbreviation ("Hannibal, Mo."), and the comma that does not
move a region out of the clause that says what the place is named for."""

from __future__ import annotations

import pytest
from extracting import claimed

from filmgraph.eval import evaluate, parse_gold
from filmgraph.extract import extract
from filmgraph.model import Relation, Review


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # England's London is the bare name; the row the region qualifies wins
        ("“Lanterns” is set in London, Ontario, where Oskar sells ice.",
         {"London, Ontario", "Ontario"}),
        # the state's abbreviation is read after a town, as the state
        ("“Lanterns” is set in Muncie, Ind., in 1955.", {"Muncie", "Indiana"}),
        # Georgia the state, which the qualified row lies in, not the country
        ("“Lanterns” is set in Athens, Georgia.", {"Athens, Georgia", "Georgia (U.S. state)"}),
        ("“Lanterns” is set in Nome, Alaska.", {"Nome", "Alaska"}),
    ],
)
def test_a_town_and_its_region_are_the_row_the_region_qualifies(
    text: str, expected: set[str]
) -> None:
    assert claimed(text, Relation.SETTING) == expected


def test_an_abbreviated_state_alone_is_no_place() -> None:
    # "Mass." and "Pa." are read as states only after a town and its comma
    text = "“Lanterns” is a drama. Oskar goes to Mass. on Sunday, and Pa. stays home in Nome."
    assert claimed(text, Relation.SETTING) == {"Nome"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("“Lanterns” was shot on location in and around Hannibal, Mo., in the summer.",
         {"Hannibal, Missouri", "Missouri"}),
        ("“Lanterns” was shot on location in Wilmington, North Carolina.",
         {"Wilmington, North Carolina", "North Carolina"}),
        ("“Lanterns” was filmed in Toronto, Ontario, on a small budget.", {"Toronto", "Ontario"}),
    ],
)
def test_where_it_was_shot_is_no_setting(text: str, expected: set[str]) -> None:
    # the region after the town's comma stays in the clause that says it was shot there
    assert claimed(text, Relation.FILMING_LOCATION) == expected
    assert claimed(text, Relation.SETTING) == set()


def test_gold_names_the_town_a_qualified_row_stands_for() -> None:
    """Gold writes the town the review names ("Hannibal"); the system's row is "Hannibal,
    Missouri": the same place, scored right."""
    text = "“Lanterns” was shot on location in Hannibal, Mo., in the summer."
    gold = parse_gold(
        {"reviews": [{"source": "q.txt", "filming_location": ["Hannibal"]}]}, where="q.json"
    )
    ex = extract(Review(text=text, source="q.txt"))
    report = evaluate(gold, {"q.txt": ex})
    score = report.scores["filming_location"]
    assert (score.tp, score.fp, score.fn) == (1, 0, 0)
