"""When the story is set, as ISO years and intervals, and the film's own year (invented
reviews of an invented film)."""

from __future__ import annotations

import importlib.util
import sys
from dataclasses import replace
from pathlib import Path

import pytest
from extracting import claimed

from filmgraph.extract import extract
from filmgraph.extract.lexicon import default_lexicon
from filmgraph.model import Period, Relation, Review


@pytest.mark.parametrize(
    ("text", "when"),
    [
        ("“Tin Roof” takes place in Lyon in the late 19th century, among weavers.", "1800/1899"),
        ("“Tin Roof” is set during World War II, on a farm.", "1939/1945"),
        ("“Tin Roof” is a Depression-era tale of two brothers.", "1929/1939"),
        ("“Tin Roof” is a World War I romance between a nurse and a pilot.", "1914/1918"),
        ("“Tin Roof” isset in the 1840s, on a Scottish island.", "1840/1849"),
        ("“Tin Roof” unfolds in the fifties.", "1950/1959"),
        ("“Tin Roof” is a film about the Algerian War and one soldier.", "1954/1962"),
        ("“Tin Roof” opens in 1927 and ends in the present day.", "1927"),
        (
            "“Tin Roof” follows two spies. These scenes span the years from 1965 to 1991.",
            "1965/1991",
        ),
        (
            "“Tin Roof” is about a radio host. In 1981, Howard arrives at a station in town.",
            "1981",
        ),
        # any period a plot sentence opens on, not only a year
        ("“Tin Roof” is a war film. During World War I, Howard flies for France.", "1914/1918"),
        (
            "“Tin Roof” is a comedy. In the late eighteenth century, Lady Ames has debts.",
            "1700/1799",
        ),
        # a year right after the place the story is set in
        ("“Tin Roof” is about a sailor who is stranded on Crete in 1941.", "1941"),
    ],
)
def test_the_period_a_story_is_set_in(text: str, when: str) -> None:
    assert when in claimed(text, Relation.TIME_SETTING)


@pytest.mark.parametrize(
    "text",
    [
        # the film's life, another film, the critic, the medium
        "“Tin Roof” was the hit of the 1969 New York Film Festival.",
        "“Tin Roof” is fine. I first saw a print of it in 1975, in a small theater.",
        "“Tin Roof” has one of the gems of the first century of film.",
        "“Tin Roof” is his best. From 1920 to 1928, he made a body of work like no other.",
        "“Tin Roof” is a remake. “Old Roof” (1948) was set in 1948 in Ohio.",
        "“Tin Roof” is a sequel. In the original 1980 movie, a boy was lost at sea.",
        # a sentence opening on a period that tells of the critic's world, not a plot
        "“Tin Roof” is slow. During the 1970s, studios made many films like it.",
    ],
)
def test_dates_that_are_not_the_story(text: str) -> None:
    assert claimed(text, Relation.TIME_SETTING) == set()


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("“Tin Roof” was made in 1960, when the New Wave was young.", "1960"),
        ("“Tin Roof” could have been made in 1955. It has been made in 2000, and well.", "2000"),
        ("Ann Lee's “Tin Roof” is back. First released in 1981, it now returns.", "1981"),
        ("“Tin Roof” (1993) is back. This 1993 film was produced in Hong Kong.", "1993"),
    ],
)
def test_the_films_own_year(text: str, year: str) -> None:
    assert claimed(text, Relation.YEAR) == {year}


def test_another_films_year_is_not_this_ones() -> None:
    text = "“Tin Roof” is a sequel. In the original 1980 movie, a boy was lost at sea."
    assert claimed(text, Relation.YEAR) == set()


def test_a_period_is_an_iso_year_or_interval() -> None:
    assert str(Period.parse("1939/1945")) == "1939/1945"
    assert Period.parse(" 1998 ") == Period(1998, 1998)
    assert Period.decade(1950).contains(Period(1957, 1957))
    with pytest.raises(ValueError, match="not a year"):
        Period.parse("the fifties")
    with pytest.raises(ValueError, match="cannot end"):
        Period(1945, 1939)


def test_named_periods_come_from_the_lexicon() -> None:
    text = "“Tin Roof” is set during the Great Thaw, in a mining town."
    assert claimed(text, Relation.TIME_SETTING) == set()
    lexicon = replace(default_lexicon(), periods={"the Great Thaw": Period(1881, 1883)})
    ex = extract(Review(text=text, source="dates.txt"), lexicon=lexicon)
    assert {c.object for c in ex.claims_for(Relation.TIME_SETTING)} == {"1881/1883"}


def test_the_period_table_is_checked(monkeypatch: pytest.MonkeyPatch) -> None:
    path = Path(__file__).resolve().parents[1] / "tools" / "build_gazetteers.py"
    spec = importlib.util.spec_from_file_location("build_gazetteers", path)
    assert spec and spec.loader
    tool = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, "build_gazetteers", tool)  # its dataclasses look it up
    spec.loader.exec_module(tool)
    rows = [
        {"name": "the Thaw", "start": "1950", "end": "1940", "aliases": ""},
        {"name": "the Freeze", "start": "1960", "end": "1961", "aliases": "the Thaw"},
    ]
    errors = tool.check_periods(rows)
    assert len(errors) == 2
    assert "bad years" in errors[0] and "'the Thaw' also on line 2" in errors[1]


@pytest.mark.parametrize("where", ["the U.S.", "Dr. Kael's house"])
def test_an_abbreviation_does_not_cut_the_cue_from_its_period(where: str) -> None:
    # The cue's clause was cut at any full stop, so "U.S." hid "takes place" from 1905.
    text = f"“Salt Road” is quiet. The story takes place in {where} in 1905, and Anna works."
    assert claimed(text, Relation.TIME_SETTING) == {"1905"}


@pytest.mark.parametrize(
    ("text", "when"),
    [
        ("“Tin Roof” is a drama. A widow keeps a shop in 1950s London.", "1950/1959"),
        ("“Tin Roof” is a drama. It is a portrait of the Boston of the 1970s.", "1970/1979"),
    ],
)
def test_a_period_beside_a_setting_is_the_dates_claim(text: str, when: str) -> None:
    # One owner: the dates extractor dates the story, the place rules only place it.
    claims = extract(Review(text=text, source="t.txt")).claims_for(Relation.TIME_SETTING)
    assert [(c.object, c.extractor.split("/")[0]) for c in claims] == [(when, "dates")]
