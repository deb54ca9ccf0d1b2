"""Towns no gazetteer holds, which the review says are towns, and where they lie."""

from __future__ import annotations

import pytest
from extracting import claimed

from filmgraph.extract import extract
from filmgraph.model import Relation, Review


@pytest.mark.parametrize(
    ("text", "town", "region"),
    [
        # the region after the comma, as after a town the gazetteer has ("Nome, Alaska")
        ("“Lanterns” takes place in the fictional town of Marrow Creek, Montana.",
         "Marrow Creek", "Montana"),
        ("“Lanterns” is set in a village called Oakvale, Ohio, where Ann lives.",
         "Oakvale", "Ohio"),
        # the town, then what it is and where ("Lumberton, a small town in North Carolina")
        ("“Lanterns” is set in Varnby, a fishing village in Sweden.", "Varnby", "Sweden"),
        ("“Lanterns” is set in Lumberton, a small town in North Carolina.",
         "Lumberton", "North Carolina"),
        ("“Lanterns” is set in Eureka, a logging town in Northern California.",
         "Eureka", "Northern California"),
        ("“Lanterns” is set in Varnby, a suburb of Stockholm.", "Varnby", "Stockholm"),
        # the place it lies in between the locale and its name
        ("“Lanterns” is set in a dusty cattle town in Texas called Harmony Wells, where the "
         "sheriff has not fired his gun in years.", "Harmony Wells", "Texas"),
        ("“Lanterns” is set in a fishing village in County Mayo, on the west coast of "
         "Ireland, called Carrigeen, where the priest prays.", "Carrigeen", "County Mayo"),
        # the town's region written as "the canton of", "the province of"
        ("“Lanterns” is a comedy. The resort is Sankt Aurelien, a fictional village in the "
         "region of Tuscany, in Italy.", "Sankt Aurelien", "Tuscany"),
    ],
)  # fmt: skip
def test_a_town_the_review_places_is_a_setting_inside_that_place(
    text: str, town: str, region: str
) -> None:
    ex = extract(Review(text=text, source="towns.txt"))
    assert {town, region} <= {c.object for c in ex.claims_for(Relation.SETTING)}
    assert (town, region) in {
        (c.subject, c.object) for c in ex.claims_for(Relation.CONTAINED_IN)
    }


@pytest.mark.parametrize(
    ("text", "not_a_town"),
    [
        ("In “Lanterns,” Jimmy, a boy from a village in Ohio, runs away.", "Jimmy"),
        ("“Lanterns” is quiet. Ann Lee, a teacher in a town in Ohio, stars.", "Ann Lee"),
        ("“Lanterns” is quiet. Marta, a nurse from a suburb of Lisbon, waits.", "Marta"),
    ],
)
def test_a_person_described_by_where_they_live_is_no_town(text: str, not_a_town: str) -> None:
    assert not_a_town not in claimed(text, Relation.SETTING)


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("“Lanterns” is a comedy. The village is called Montegrigio, and Ann hates it.",
         "Montegrigio"),
        # two words before the locale
        ("“Lanterns” is a comedy. Ann lives in a sleepy fishing village called Tullymore.",
         "Tullymore"),
    ],
)  # fmt: skip
def test_the_locale_is_called_names_a_setting(text: str, town: str) -> None:
    assert town in claimed(text, Relation.SETTING)


def test_a_locale_is_only_named_after_the() -> None:
    # "a town is …" says nothing of where the story is
    text = "“Lanterns” is a comedy. For Ann, a small town is Redfield at dusk."
    assert "Redfield" not in claimed(text, Relation.SETTING)


# (twenty-seventh stop) a setting cue, then a place no gazetteer holds that the review says
# is one: by its name or by the appositive after it
@pytest.mark.parametrize(
    ("text", "place", "region"),
    [
        ("“Lanterns” takes place in Oberkirchbach, a wine village on the Rhine that exists "
         "only in the director's imagination.", "Oberkirchbach", None),
        ("“Lanterns” is set in Triana, the old potters' quarter across the river.", "Triana",
         None),
        ("“Lanterns” is long. The setting is Hollister Gap, a company town in McDowell "
         "County, West Virginia.", "Hollister Gap", "McDowell County, West Virginia"),
        ("“Lanterns” is set on Matinicus Island, far out in the bay.", "Matinicus Island",
         None),
    ],
)  # fmt: skip
def test_a_setting_cue_before_a_place_the_review_says_is_one(
    text: str, place: str, region: str | None
) -> None:
    assert place in claimed(text, Relation.SETTING, film="Lanterns")
    if region:
        contained = extract(Review(text=text, source="t.txt")).claims_for(Relation.CONTAINED_IN)
        assert (place, region) in {(c.subject, c.object) for c in contained}


@pytest.mark.parametrize(
    "text",
    [
        "“Lanterns” is set in Technicolor splendour.",
        "“Lanterns” is set in Edwardian times, a period of hats.",
        "“Lanterns” is about Ann Lee, a woman of the village.",
    ],
)
def test_a_capitalised_word_after_a_setting_cue_is_no_place_without_being_said_one(
    text: str,
) -> None:
    assert claimed(text, Relation.SETTING, film="Lanterns") == set()
