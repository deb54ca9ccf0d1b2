"""Places the gazetteer was missing: found in prose, with their hierarchy."""

from __future__ import annotations

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
