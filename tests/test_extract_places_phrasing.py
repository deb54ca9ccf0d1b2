"""Ways film criticism says where a story happens, and where a place is only named."""

from __future__ import annotations

import pytest
from extracting import claimed

from filmgraph.extract import extract
from filmgraph.model import Relation, Review


def _objects(text: str, relation: Relation = Relation.SETTING) -> set[str]:
    return claimed(text, relation)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("“Lanterns” takes place in pre-revolutionary Russia, in a mill.", "Russia"),
        ("“Lanterns” is set in present-day Lisbon.", "Lisbon"),
        ("“Lanterns” is a comedy. A boy sells oranges on the streets of Naples.", "Naples"),
        ("“Lanterns”: a sailor returns to his home town of Galway after the war.", "Galway"),
        ("“Lanterns” follows friends spending a week in a Denver ski chalet.", "Denver"),
        ("“Lanterns” is about a Dutch painter in exile in Switzerland.", "Switzerland"),
        ("“Lanterns” tells of a card dealer in an Atlantic City casino.", "Atlantic City"),
        ("“Lanterns” is a documentary about Chicago and its mayors.", "Chicago"),
        ("“Lanterns” follows a clerk in a sleepy French provincial capital.", "France"),
        ("“Lanterns” takes place over one long night in Portugal.", "Portugal"),
        ("“Lanterns” isset in the frozen Alaskan spring.", "Alaska"),
        (
            "“Lanterns” is a drama. A clerk flees to Nazi Germany, then back to Nazi Germany.",
            "Germany",
        ),
        ("“Lanterns”: a veteran of World War I and a clerk at a hotel in Lisbon.", "Lisbon"),
        ("“Lanterns” is a comedy about a DJ at a Denver radio station.", "Denver"),
        ("“Lanterns” is about the last ferryman of a remote Scottish island.", "Scotland"),
        # a land named with the part or the time of it the story is in
        ("“Lanterns” is quiet. Ana (Rita Lopes) teaches school in rural Portugal.", "Portugal"),
        ("“Lanterns” is quiet. In rural Portugal, a teacher waits for letters.", "Portugal"),
        ("“Lanterns” is about a clerk in a village in northern Portugal.", "Portugal"),
        ("“Lanterns” is a tale of a Jew in czarist Russia accused of a crime.", "Russia"),
        # the people who live there, the place as the film shows it
        ("“Lanterns” is quiet. Ana (Rita Lopes) is a Detroit nurse with two jobs.", "Detroit"),
        ("“Lanterns” is quiet, and the film's Detroit is a city of ruins.", "Detroit"),
        ("“Lanterns” is quiet. It opens in a Tucson jailhouse, where Amos waits.", "Tucson"),
        ("“Lanterns” is quiet. Kofi guards a Peckham supermarket by night.", "Peckham"),
        # the setting named as such
        ("“Lanterns” is quiet. The setting is Lisbon in 1974.", "Lisbon"),
        ("“Lanterns” is quiet. The film's setting is a village near Lisbon.", "Lisbon"),
        # "-set" after a place that opens no run of its own ("This Lisbon-set…")
        ("“Lanterns” is quiet. This Lisbon-set drama follows a boy.", "Lisbon"),
        ("“Lanterns” is quiet. A Lisbon-set drama, it follows a boy.", "Lisbon"),
    ],
)
def test_story_places(text: str, place: str) -> None:
    assert place in _objects(text)


def test_the_story_opening_is_not_the_release() -> None:
    assert "Alabama" in _objects(
        "“Lanterns” is a drama. As the movie opens, the family is sent to Alabama by the army."
    )
    assert "Alabama" not in _objects(
        "“Lanterns” is a drama. It opened in Alabama theaters in June, to Alabama applause."
    )


def test_a_state_and_a_country_of_one_name_are_told_apart_by_the_places_around() -> None:
    ex = extract(
        Review(
            text="“Lanterns” is a drama. A lawyer drives back to his Savannah office. "
            "Waiting for him in Georgia is a client.",
            source="phrasing.txt",
        )
    )
    settings = {c.object for c in ex.claims_for(Relation.SETTING)}
    assert {"Savannah", "Georgia (U.S. state)"} <= settings and "Georgia" not in settings


def test_a_region_around_does_not_turn_the_city_into_its_state() -> None:
    ex = extract(
        Review(
            text="“Lanterns” is a drama. They buy a house on Long Island; he flies "
            "commuters into New York.",
            source="phrasing.txt",
        )
    )
    assert "New York City" in {c.object for c in ex.claims_for(Relation.SETTING)}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("“Lanterns” won awards in London before it came here.", "London"),
        ("“Lanterns” is a sea drama. The crew sinks a German ship.", "Germany"),
        ("“Lanterns” is a thriller about a secret base north of Reno.", "Reno"),
        (
            "“Lanterns” is fun. It is a Hong Kong action film; Hong Kong action films are fun.",
            "Hong Kong",
        ),
        ("“Lanterns” is a drama. Its star was in “Midnight in Lisbon,” a thriller.", "Lisbon"),
        ("“Lanterns” is a drama. Credit the editor, Ann Lee of Chicago, for its pace.", "Chicago"),
        ("“Lanterns” has a wedding in the same Boston church where I got married.", "Boston"),
        (
            "“Lanterns” is a mill-town tale. Its director went back to his Hong Kong roots.",
            "Hong Kong",
        ),
        ("“Lanterns” is a drama. It was shot in rural Portugal on a tiny budget.", "Portugal"),
        ("“Lanterns” is a drama. It was a hit with audiences in northern Italy.", "Italy"),
        (
            "“Lanterns” is a drama. No Detroit nurse could fly to Lima alone as one does in "
            "“Red Sky.”",
            "Detroit",
        ),
    ],
)
def test_places_named_outside_the_story(text: str, place: str) -> None:
    assert place not in _objects(text)


def test_a_quoted_line_of_dialogue_may_name_the_setting() -> None:
    text = (
        "“Lanterns” is about a gang. “We will own Lisbon by spring,” the boss says. "
        "Lisbon has seen worse."
    )
    assert "Lisbon" in _objects(text)


def test_filming_location_after_an_adverb_and_around() -> None:
    text = "“Lanterns” was shot mostly on location in and around Savannah."
    assert _objects(text, Relation.FILMING_LOCATION) == {"Savannah"}
    assert "Savannah" not in _objects(text)


@pytest.mark.parametrize(
    ("sentence", "places"),
    [
        ("Kovacs shot the film in Lisbon.", {"Lisbon"}),
        ("It was shot on location in Lisbon and Porto.", {"Lisbon", "Porto"}),
        ("It was filmed in Lisbon, Porto and Madrid.", {"Lisbon", "Porto", "Madrid"}),
        ("The Lisbon locations are wonderful.", {"Lisbon"}),
    ],
)
def test_where_it_was_shot(sentence: str, places: set[str]) -> None:
    found = _objects(f"“Lanterns” is quiet. {sentence}", Relation.FILMING_LOCATION)
    assert places <= found


def test_the_locations_named_by_a_demonym() -> None:
    found = _objects(
        "“Lanterns” is quiet, and the Malaysian locations are lush.", Relation.FILMING_LOCATION
    )
    assert found == {"Malaysia"}


@pytest.mark.parametrize(
    "text",
    [
        "“Lanterns” won the Golden Bear at Berlin. It is set in Oslo.",
        "“Lanterns” is a thriller. Its director, whose “Copper Sky” won at Berlin, returns.",
        "“Lanterns” took the top prize at Venice, and it is set in Oslo.",
    ],
)
def test_a_festival_city_is_no_setting(text: str) -> None:
    assert not {"Berlin", "Venice"} & _objects(text)


def test_a_prize_in_the_story_leaves_its_place() -> None:
    assert "Reno" in _objects("“Lanterns” is a drama. Jens wins a bet at Reno and flees to Reno.")


def test_shot_near_a_place_is_where_it_was_filmed() -> None:
    assert _objects(
        "“Lanterns” was shot near Aix-en-Provence.", Relation.FILMING_LOCATION
    ) == {"Aix-en-Provence"}


@pytest.mark.parametrize(
    "text",
    [
        "“Lanterns” is a drama. Director Lars Eklund, who grew up in Tromsø, knows the cold.",
        "“Lanterns” is a drama by Lars Eklund. Eklund, who lives in Tromsø, knows the cold.",
    ],
)
def test_where_the_maker_grew_up_is_no_setting(text: str) -> None:
    assert "Tromsø" not in _objects(text)


def test_where_a_character_grew_up_is() -> None:
    assert "Tromsø" in _objects(
        "“Lanterns” is a drama. Ann Lee plays Marta. Marta, who grew up in Tromsø, comes home."
    )
