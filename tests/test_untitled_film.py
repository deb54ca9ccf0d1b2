"""A review whose title cannot be found still gives its film's cast, makers and places, on
a film node of its own that says its title is unknown."""

from __future__ import annotations

from pathlib import Path

from filmgraph import extract, ingest, open_store
from filmgraph.link.local import read_local_graph
from filmgraph.model import UNTITLED_FILM, Relation, Review
from filmgraph.validate import validate

# No quotes, no headline, no cue: the title is written as a plain word in running prose.
_TEXT = (
    "Here's a pitch: a whodunnit at a ski resort. Lantern is exactly as much fun as that "
    "sounds. Directed by Ann Lee, it is set in Geneva. Harriet Pemberton-Lowe plays Lady "
    "Cressida Vane, an aristocrat with debts; Rufus Okonjo is her toyboy, Jasper.\n"
)


def test_the_cast_of_a_film_with_no_title_found_is_still_read() -> None:
    ex = extract(Review(text=_TEXT, source="apres.txt"))
    assert ex.film_title is None
    assert {c.object for c in ex.claims_for(Relation.ACTOR)} >= {"Harriet Pemberton-Lowe"}
    assert {c.object for c in ex.claims_for(Relation.DIRECTOR)} == {"Ann Lee"}
    assert "Geneva" in {c.object for c in ex.claims_for(Relation.SETTING)}
    assert {c.subject for c in ex.claims_for(Relation.ACTOR)} == {UNTITLED_FILM}


def test_each_untitled_film_is_its_own_node_marked_untitled(tmp_path: Path) -> None:
    for name in ("apres.txt", "other.txt"):
        (tmp_path / name).write_text(_TEXT, encoding="utf-8")
    store = open_store()
    ingest([tmp_path], store)
    rows = store.query(
        """PREFIX schema: <https://schema.org/>
        PREFIX fg: <https://w3id.org/filmgraph/ontology#>
        SELECT ?film ?name ?director WHERE {
          ?film fg:titleUnknown true ; schema:name ?name ; schema:director ?d .
          ?d schema:name ?director }"""
    ).rows
    names = sorted(str(r[1]) for r in rows)
    assert names == ["(untitled: apres.txt)", "(untitled: other.txt)"]
    assert {str(r[2]) for r in rows} == {"Ann Lee"}
    assert len({r[0] for r in rows}) == 2  # not merged: nothing says they are one film
    assert validate(store).conforms
    # the linker has no title to look up, but still reads the people, credited on no film
    local = read_local_graph(store)
    assert local.films == {}
    assert [p.credited_on for p in local.people.values() if p.name == "Ann Lee"] == [set()]


def test_an_untitled_film_is_no_dated_film_a_worker_reports() -> None:
    # A worker's shard lists the dated films later reviews may join; an untitled film has
    # neither title nor year to join by.
    from filmgraph.parallel import extract_shard

    shard = extract_shard([Review(text=_TEXT, source="apres.txt")])
    assert len(shard) == 1 and shard.films == []
