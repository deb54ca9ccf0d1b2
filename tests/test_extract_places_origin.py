"""Where a character comes from is the setting only when the story is told there."""

from __future__ import annotations

from extracting import claimed

from filmgraph.model import Relation


def _settings(text: str) -> set[str]:
    return claimed(text, Relation.SETTING)


def test_someone_who_arrives_from_a_city_does_not_set_the_story_there() -> None:
    assert "Chicago" not in _settings(
        "“Harbour Lights” is a drama about a ferryman. His brother, a banker from Chicago, "
        "arrives to buy the boat."
    )
    assert "Denver" not in _settings(
        "“Harbour Lights” is a drama. The visiting inspector from Denver finds nothing."
    )


def test_a_character_from_a_city_whose_story_is_told_there_sets_it() -> None:
    assert "Chicago" in _settings(
        "“Harbour Lights” tells the story of a shy teacher from Chicago who falls for a boxer."
    )


def test_a_family_from_a_region_sets_the_story_there() -> None:
    assert "Caucasus" in _settings("“Harbour Lights”: a family from the Caucasus stays together.")


def test_an_origin_gives_way_to_a_place_the_story_is_told_in() -> None:
    settings = _settings(
        "“Harbour Lights” is a drama. Oskar (Tomas Brandt), a shy teacher from Chicago, "
        "drives a cab in Tulsa."
    )
    assert "Tulsa" in settings and "Chicago" not in settings
