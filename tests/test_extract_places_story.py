"""Settings told by story sentences, with no "set in": reviews of later years seldom say it."""

from __future__ import annotations

import pytest
from extracting import claimed

from filmgraph.extract import DEFAULT_EXTRACTORS, extract
from filmgraph.extract.setting_model import SettingScorer
from filmgraph.model import Relation, Review


def _settings(text: str) -> set[str]:
    return claimed(text, Relation.SETTING)


# Each review names a city the story is surely in, so a country must stand on its own rule
# (a country named once is otherwise only a fallback).
_LEAD = "“Lanterns” is a drama. Oskar (Tomas Brandt) is a baker in Lyon. "


@pytest.mark.parametrize(
    "sentence",
    [
        "Later Oskar takes a job in Mexico, driving a truck.",
        "She hides with her sister in Mexico for a winter.",
        "After the wedding, they drive across Mexico in a borrowed van.",
    ],
)
def test_a_country_where_a_character_acts_is_the_setting(sentence: str) -> None:
    assert "Mexico" in _settings(_LEAD + sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Brandt became famous in Mexico with a television series.",  # an actor, not a character
        "Oskar is sent back to Mexico at the end.",  # where he is sent, not where he is
        "Oskar, as in Mexico, bakes at dawn.",  # a comparison
        "Oskar has a cousin from Mexico.",  # an origin
    ],
)
def test_a_country_named_otherwise_is_not(sentence: str) -> None:
    assert "Mexico" not in _settings(_LEAD + sentence)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("“Lanterns” is a drama. Oskar (Tomas Brandt) rents a Parisian apartment.", "Paris"),
        ("“Lanterns” is a drama. Oskar (Tomas Brandt) is locked in a Turkish prison.", "Turkey"),
        ("“Lanterns” is a drama. Oskar (Tomas Brandt) drives along the Italian coast.", "Italy"),
        # a weak hint, taken when nothing surer is said
        ("“Lanterns” is a drama. Oskar (Tomas Brandt) is a Swedish farmer.", "Sweden"),
    ],
)
def test_a_demonym_before_a_locale_or_its_people(text: str, place: str) -> None:
    assert place in _settings(text)


def test_a_demonym_is_a_weak_hint_beside_a_named_place() -> None:
    settings = _settings(
        "“Lanterns” is a drama. Oskar (Tomas Brandt) is a Swedish farmer in Minnesota."
    )
    assert "Minnesota" in settings and "Sweden" not in settings


@pytest.mark.parametrize(
    "text",
    [
        "“Lanterns” is a drama. Oskar (Tomas Brandt) runs a French restaurant.",  # a cuisine
        "“Lanterns” is a war drama. Oskar (Tomas Brandt) is a French officer.",  # armies travel
    ],
)
def test_a_demonym_before_a_cuisine_or_a_soldier_is_no_setting(text: str) -> None:
    assert "France" not in _settings(text)


def test_a_place_in_the_film_title_is_its_setting() -> None:
    # The place rules' verdict. The setting model may overrule it: since the ninth stop's
    # retraining it scores this place, named only in an unknown film's title, 0.45, under its
    # threshold, and withdraws it.
    text = "“The Lanterns of Lisbon” is a drama. Oskar (Tomas Brandt) bakes bread at night."
    rules = tuple(e for e in DEFAULT_EXTRACTORS if not isinstance(e, SettingScorer))
    claims = extract(Review(text=text, source="x.txt"), extractors=rules).claims
    assert {c.object for c in claims if c.relation is Relation.SETTING} == {"Lisbon"}


@pytest.mark.parametrize(
    "text",
    [
        # the title is a character's name
        "“Tulsa Brandt” is a drama. Tulsa Brandt (Oskar Lind) sells cars and lies.",
        # a place followed by a surname
        "“Phoenix Miller” is a drama. Oskar (Tomas Brandt) bakes bread at night.",
    ],
)
def test_a_title_that_names_a_person_names_no_setting(text: str) -> None:
    assert not _settings(text)


def test_a_place_of_an_era_is_the_setting_and_its_decade_the_time() -> None:
    ex = extract(
        Review(
            text="“Lanterns” is a drama. It recreates the Boston of the 1970s with loving care.",
            source="story.txt",
        )
    )
    assert {c.object for c in ex.claims_for(Relation.SETTING)} == {"Boston"}
    assert {c.object for c in ex.claims_for(Relation.TIME_SETTING)} == {"1970/1979"}


def test_a_place_without_an_era_is_only_named() -> None:
    assert not _settings("“Lanterns” is a drama. It recreates the Boston Marathon with care.")


@pytest.mark.parametrize(
    "text",
    [
        # the film's life in another clause of the sentence
        "“Lanterns” is a drama. Shot on a shoestring, it follows a bus driver in Tulsa.",
        # the critic's own life in another clause
        "“Lanterns” is a drama. It follows a bus driver in Tulsa, and I liked him.",
        # "the film" after the place begins another clause, not a film's kind ("a Tulsa film")
        "“Lanterns” is a drama. It goes soft when the drivers head back to Tulsa and the "
        "film remembers its lesson.",
        # a building of the town: "a Tulsa banquet hall"
        "“Lanterns” is a drama. There is a wedding in a Tulsa banquet hall.",
    ],
)
def test_a_story_clause_counts_beside_other_clauses(text: str) -> None:
    assert "Tulsa" in _settings(text)


@pytest.mark.parametrize(
    "text",
    [
        "“Lanterns” is a drama. It was shot in Tulsa, with a bus driver as its hero.",
        "“Lanterns” is a drama. I saw it in Tulsa, with a bus driver beside me.",
        # a festival anywhere in the sentence
        "“Lanterns” is a drama. After the festival, it opened in Tulsa, to some acclaim.",
    ],
)
def test_the_place_of_the_film_life_or_the_critic_is_not(text: str) -> None:
    assert "Tulsa" not in _settings(text)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "“Lanterns” is a drama. Oskar (Tomas Brandt) deals cards in Reno, Tulsa and Omaha.",
            "Omaha",
        ),
        ("“Lanterns” is a drama. Oskar (Tomas Brandt) farms in Little Fork, Montana.", "Montana"),
        ("“Lanterns” is a drama. The wolves stay within Boston all winter.", "Boston"),
    ],
)
def test_a_preposition_reaches_a_list_of_places(text: str, place: str) -> None:
    assert place in _settings(text)


def test_a_list_without_a_preposition_of_place_is_only_named() -> None:
    assert not _settings("“Lanterns” is a drama. Reno, Tulsa and Omaha are cities I like.")


@pytest.mark.parametrize(
    ("text", "place", "parent"),
    [
        ("“Lanterns” is a drama. It opens in the Welsh hamlet of Llanfoss.", "Llanfoss", "Wales"),
        ("“Lanterns” is a drama. Oskar drifts to a town called Dry Fork.", "Dry Fork", None),
        ("“Lanterns” is a drama. Oskar roams the slums of Dry Fork.", "Dry Fork", None),
        # a made-up land: plots of costume pictures are set in them
        ("“Lanterns” is set in the mountain kingdom of Valdoria.", "Valdoria", None),
        ("“Lanterns” is a farce. Oskar is crowned in the realm of Valdoria.", "Valdoria", None),
        (
            "“Lanterns” is a drama. Oskar (Tomas Brandt) farms in Dry Fork, Nevada.",
            "Dry Fork",
            "Nevada",
        ),
    ],
)
def test_a_place_named_as_a_place_needs_no_gazetteer(
    text: str, place: str, parent: str | None
) -> None:
    ex = extract(Review(text=text, source="story.txt"))
    assert place in {c.object for c in ex.claims_for(Relation.SETTING)}
    parents = {c.object for c in ex.claims_for(Relation.CONTAINED_IN) if c.subject == place}
    assert parents == ({parent} if parent else set())


@pytest.mark.parametrize(
    "text",
    [
        "“Lanterns” is a drama. Oskar (Tomas Brandt) is the pride of the town of Oskar.",
        "“Lanterns” is a drama. Its premiere was in the city of Dry Fork at a festival.",
    ],
)
def test_a_name_or_a_festival_town_is_no_setting(text: str) -> None:
    assert not {s for s in _settings(text) if s in ("Oskar", "Dry Fork")}


@pytest.mark.parametrize(
    "text",
    [
        "“Lanterns” is a drama. Her previous film followed a bus driver in Tulsa.",
        "“Lanterns” is a drama. Oskar (Tomas Brandt) skips a business trip to Tulsa.",
        "“Lanterns” is a drama. Oskar (Tomas Brandt) cancels his flight to Tulsa.",
    ],
)
def test_another_film_or_a_trip_not_taken_is_no_setting(text: str) -> None:
    assert "Tulsa" not in _settings(text)


@pytest.mark.parametrize(
    "text",
    [
        "“Lanterns” is a drama. Oskar (Tomas Brandt) takes his son on a trip to Tulsa.",
        # this film's own "first feature"
        "“Lanterns” is the first feature of Ada Lind, and it follows a bus driver in Tulsa.",
    ],
)
def test_a_trip_taken_or_this_film_still_sets_the_story(text: str) -> None:
    assert "Tulsa" in _settings(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "“Lanterns” is a drama. Oskar (Tomas Brandt) sells ice in Nome, Alaska.",
            {"Nome", "Alaska"},
        ),
        # a parent the review does not name is only the place's container
        ("“Lanterns” is a drama. Oskar (Tomas Brandt) sells ice in Nome.", {"Nome"}),
    ],
)
def test_the_parent_a_review_names_after_a_setting_is_a_setting(
    text: str, expected: set[str]
) -> None:
    assert _settings(text) == expected


def test_a_place_noun_may_follow_the_place_abbreviated_state() -> None:
    # the Salem in Oregon, not the gazetteer's bare Salem (Massachusetts)
    text = "“Lanterns” is a comedy. In 1990, Oskar joins a Salem, Ore., radio station as a DJ."
    assert "Salem, Oregon" in _settings(text)


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        ("Oskar flees Tulsa with the money.", "Tulsa"),
        ("Oskar roams Mexico in a borrowed van.", "Mexico"),
    ],
)
def test_a_place_a_character_moves_through_is_the_setting(sentence: str, place: str) -> None:
    assert place in _settings(_LEAD + sentence)


def test_a_longer_name_the_gazetteer_lacks_is_not_its_last_word() -> None:
    text = "“Lanterns” is a war drama. Oskar (Tomas Brandt) is moved to New Guinea, where he waits."
    assert "Guinea" not in _settings(text)


def test_a_place_named_twice_in_no_story_role_gives_way_to_one_that_has_one() -> None:
    text = (
        "“Lanterns” is a drama. Oskar (Tomas Brandt) drives a cab in Tulsa. His wife dreams "
        "about perfume. Paris posters cover her walls; Paris perfume fills her room."
    )
    settings = _settings(text)
    assert "Tulsa" in settings and "Paris" not in settings


def test_a_sentence_may_open_on_the_place() -> None:
    assert "Tulsa" in _settings("“Lanterns” is a drama. In Tulsa, Oskar drives a cab at night.")


def test_the_region_a_review_names_a_setting_part_of_is_a_setting() -> None:
    # "the Chechen Republic of the ..." reads like "Gordon Quinn of Chicago" to the story rules
    settings = _settings("“Lanterns” is set in the Chechen Republic of the Russian North Caucasus.")
    assert {"Chechnya", "North Caucasus"} <= settings

