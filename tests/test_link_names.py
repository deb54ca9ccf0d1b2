"""Name comparison across spellings and scripts, and the rule that turns scores into links."""

from __future__ import annotations

import pytest

from filmgraph.link.decide import NAME_MATCH, best_credit, pick
from filmgraph.link.names import fold, name_similarity


@pytest.mark.parametrize(("ours", "theirs"), [
    ("Atrem Cipin", "Artem Tsypin"),        # the seed review's typo and transliteration
    ("Veniamin Kac", "Veniamin Kats"),
    ("Veniamin Kac", "Вениамин Кац"),       # against the Russian label
    ("Kantemir Balagov", "Кантемир Балагов"),
    ("Andrei Zvyagintsev", "Andrey Zvyagintsev"),
    ("Darya Zhovner", "Daria Zhovner"),
    ("Zhovner Darya", "Darya Zhovner"),
    ("Alexey Serebryakov", "Aleksei Serebryakov"),
])
def test_spellings_of_one_name_match(ours: str, theirs: str) -> None:
    assert name_similarity(ours, theirs) >= NAME_MATCH


@pytest.mark.parametrize(("ours", "theirs"), [
    ("Olga Dragunova", "Olga Ivanova"),
    ("Artem Tsypin", "Artem Tsyplakov"),
    ("Andrey Bykov", "Andrey Zvyagintsev"),
    ("Nazir Zhukov", "Nazar Zhuk"),
    ("Roger Moore", "Roger Ebert"),
])
def test_different_people_do_not_match(ours: str, theirs: str) -> None:
    assert name_similarity(ours, theirs) < NAME_MATCH


def test_folding_merges_transliteration_variants() -> None:
    assert fold("Цыпин") == fold("Tsypin") == fold("Cipin") == "cipin"
    assert fold("Жовнер") == fold("Zhovner")
    assert fold("Artyom") == fold("Artem") == fold("Артём")


def test_a_credit_is_matched_only_when_one_cast_member_is_clearly_meant() -> None:
    crew = {"wd:tsypin": ({"Artem Tsypin", "Артём Цыпин"}, {"actor"}),
            "wd:tsyplakov": ({"Artem Tsyplakov"}, {"actor"})}
    assert best_credit("Atrem Cipin", crew)[0] == "wd:tsypin"
    twins = {"wd:a": ({"Anna Petrova"}, {"actor"}), "wd:b": ({"Anna Petrova"}, {"actor"})}
    assert best_credit("Anna Petrova", twins) == (None, 0.0)
    assert best_credit("Someone Else", crew) == (None, 0.0)


def test_pick_needs_the_threshold_and_a_clear_margin() -> None:
    assert pick({}, threshold=0.7) == (None, 0.0)
    assert pick({"wd:a": 0.65}, threshold=0.7) == (None, 0.65)
    assert pick({"wd:a": 0.7}, threshold=0.7) == ("wd:a", 0.7)
    assert pick({"wd:a": 1.0, "wd:b": 0.9}, threshold=0.7) == (None, 1.0)
    assert pick({"wd:a": 1.0, "wd:b": 0.8}, threshold=0.7) == ("wd:a", 1.0)
