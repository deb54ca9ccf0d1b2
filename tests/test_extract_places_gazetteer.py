"""Places the gazetteer was missing: found in prose, with their hierarchy."""

from __future__ import annotations

import importlib.util
import sys
from collections import Counter
from pathlib import Path

import pytest

from filmgraph.extract import extract
from filmgraph.extract.lexicon import default_lexicon
from filmgraph.model import Relation, Review


def _ancestors(name: str) -> set[str]:
    places = default_lexicon().place_names
    out: set[str] = set()
    todo = [name]
    while todo:
        for parent in places[todo.pop()].parents:
            if parent not in out:
                out.add(parent)
                todo.append(parent)
    return out


@pytest.mark.parametrize(
    ("surface", "name", "ancestor"),
    [
        ("Park City", "Park City", "Utah"),
        ("the Carpathians", "Carpathian Mountains", "Europe"),
        ("Lyme Regis", "Lyme Regis", "United Kingdom"),
        ("Bensonhurst", "Bensonhurst", "New York City"),
        ("the Borscht Belt", "Catskills", "New York (state)"),
        ("Washington", "Washington, D.C.", "United States"),
        ("Yazoo", "Yazoo City", "Mississippi"),
        # the twenty-second stop's rows, one per writer's part of the world
        ("Kanazawa", "Kanazawa", "Japan"),
        ("Kakheti", "Kakheti", "Georgia"),
        ("Alfama", "Alfama", "Lisbon"),
        ("Travemunde", "Travemünde", "Germany"),  # the spelling without accents too
        ("Lower Ninth Ward", "Lower Ninth Ward", "New Orleans"),
        ("Yeouido", "Yeouido", "Seoul"),
        ("Panaji", "Panaji", "India"),
        ("Valais", "Valais", "Switzerland"),
    ],
)
def test_new_places_resolve_with_their_hierarchy(surface: str, name: str, ancestor: str) -> None:
    entry = default_lexicon().place(surface)
    assert entry is not None and entry.name == name
    assert ancestor in _ancestors(name)


def test_a_new_place_is_found_as_a_setting_with_its_parents() -> None:
    ex = extract(
        Review(text="“Lanterns” is about a family living in a Park City ski lodge.", source="g.txt")
    )
    assert {c.object for c in ex.claims_for(Relation.SETTING)} == {"Park City"}
    contained = {(c.subject, c.object) for c in ex.claims_for(Relation.CONTAINED_IN)}
    assert ("Park City", "Utah") in contained


def test_a_town_the_story_is_set_in_is_read_in_its_prefecture() -> None:
    text = "“Lanterns” takes place over one autumn in Kanazawa, where three sisters meet."
    settings = {c.object for c in extract(Review(text=text, source="g.txt")).claims_for(
        Relation.SETTING
    )}
    assert "Kanazawa" in settings


def test_a_landmark_named_after_its_town_still_names_the_town() -> None:
    # "Naval Air Station Pensacola" is a row of its own: the story rules read Pensacola in it,
    # as they did before the gazetteer knew the base
    text = (
        "“Lanterns” is a drama. Lefty enlists and is sent to pilot school at Naval Air "
        "Station Pensacola, where Williams is an instructor."
    )
    settings = {c.object for c in extract(Review(text=text, source="g.txt")).claims_for(
        Relation.SETTING
    )}
    assert "Pensacola" in settings


# Each keeps its word from being read as a person or a character ("Clyde (Robert Downey,
# Jr.)" lost its part when a river's alias "the Clyde" was written): adding one is a decision.
_GIVEN_NAME_PLACES = [
    "Alberta", "Austin", "Beslan", "Brittany", "Brooklyn", "Chad", "Charlotte", "Cheyenne",
    "Compton", "Dallas", "Devon", "Florence", "Georgia", "Hobart", "Jordan", "Milan",
    "Orlando", "Paris", "Petra", "Raleigh", "Sanaa", "Santiago", "Savannah", "Sian", "Sofia",
    "Sydney", "Virginia",
]  # fmt: skip


def test_place_labels_that_are_given_names_are_the_known_few(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    root = Path(__file__).resolve().parents[1]
    spec = importlib.util.spec_from_file_location(
        "build_gazetteers", root / "tools" / "build_gazetteers.py"
    )
    assert spec and spec.loader
    tool = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, "build_gazetteers", tool)  # its dataclasses look it up
    spec.loader.exec_module(tool)
    gaz = root / "data" / "gazetteer"
    rows = tool.read_tsv(gaz / "places.tsv")
    first = set(tool.read_word_list(gaz / "first_names.txt"))
    assert tool.given_name_places(rows, first) == _GIVEN_NAME_PLACES
    # "the Clyde" is looked up as "Clyde"
    assert tool.given_name_places([{"name": "River Clyde", "aliases": "the Clyde"}], {"Clyde"})


def test_new_rows_keep_to_the_homonym_rule(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = Path(__file__).resolve().parents[1]
    monkeypatch.syspath_prepend(str(root / "tools"))  # it imports build_gazetteers beside it
    spec = importlib.util.spec_from_file_location("add_places", root / "tools" / "add_places.py")
    assert spec and spec.loader
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    new = tmp_path / "new.tsv"
    new.write_text(
        "name\tkind\tparents\taliases\twikidata\n"
        "Lanark Shire\tregion\tScotland\t\tQ1\n"
        "Clyde Falls\tcity\tLanark Shire\tthe Clyde|Clydefalls\t\n"  # "the Clyde" is a name
        "Mabel\tcity\tLanark Shire\t\t\n"  # a given name: qualified, and so are its rows
        "Old Mill\tlandmark\tMabel\t\t\n"
        "Paris\tcity\tFrance\t\t\n"  # already a label
        "Nowhere Town\tcity\tAtlantis\t\t\n",  # no such parent
        encoding="utf-8",
    )
    old = tool.read_tsv(root / "data" / "gazetteer" / "places.tsv")
    rows, report = tool.merge(old, [new], tool.Homonyms())
    assert [[r[c] for c in tool.COLUMNS] for r in rows] == [
        ["Lanark Shire", "region", "Scotland", "", ""],
        ["Clyde Falls", "city", "Lanark Shire", "Clydefalls", ""],
        ["Mabel, Lanark Shire", "city", "Lanark Shire", "", ""],
        ["Old Mill", "landmark", "Mabel, Lanark Shire", "", ""],
    ]
    assert report["name already a label"] == 1 and report["parent not a row"] == 1


def test_new_given_names_keep_to_the_homonym_rules(monkeypatch: pytest.MonkeyPatch) -> None:
    root = Path(__file__).resolve().parents[1]
    monkeypatch.syspath_prepend(str(root / "tools"))  # it imports build_gazetteers beside it
    spec = importlib.util.spec_from_file_location(
        "add_given_names", root / "tools" / "add_given_names.py"
    )
    assert spec and spec.loader
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    words = Counter({"Octave": 3, "octave": 2, "Morag": 4, "Bennett": 9})

    def why(name: str) -> str | None:
        return tool.refusal(
            name, words, listed={"Anna"}, others={"Sofia"}, surnames={"Bennett"}
        )

    assert why("Morag") is None and why("Joon-ho") is None and why("Rūta") is None
    assert why("Anna") == "already listed"
    assert why("Sofia").startswith("a place label")
    assert why("Octave").startswith("a common word")
    assert why("Bennett") == "mostly a surname in the film sources"
    assert [why(n) for n in ("Ai", "DeShawn", "R2")] == ["not a name's shape"] * 3
    # the film sources' surnames: "Colman" closes two names and opens none
    assert "Colman" in tool.surname_words() and "Morag" not in tool.surname_words()
