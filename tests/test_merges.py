"""Auditing and undoing rule-made merges in a store (``filmgraph merges`` / ``unmerge``)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from rdflib import Literal

from filmgraph import InputError, Store, ingest, open_store
from filmgraph.cli import main
from filmgraph.distributed import write_shard
from filmgraph.graph.vocab import FG
from filmgraph.merges import stored_merges, undo_merge
from filmgraph.model import Kind
from filmgraph.parallel import ingest_batched
from filmgraph.pipeline import undone_merges

WITH_YEAR = "“Closeness” (2017) is a drama by Kantemir Balagov.\n\nCast: Darya Zhovner\n"
NO_YEAR = "“Closeness” is grim. Darya Zhovner plays Ilana. Director Kantemir Balagov shoots it.\n"
FILM = "https://w3id.org/filmgraph/id/film/"


def _two_reviews(folder: Path) -> Store:
    folder.mkdir(exist_ok=True)
    (folder / "a.txt").write_text(WITH_YEAR, encoding="utf-8")
    (folder / "b.txt").write_text(NO_YEAR, encoding="utf-8")
    store = open_store()
    ingest([folder / "a.txt"], store)
    ingest([folder / "b.txt"], store)
    return store


def _film_of(store: Store, source: Path) -> str:
    rows = store.query(
        "SELECT ?f WHERE { ?r ?path ?src ; <https://schema.org/itemReviewed> ?f }",
        bindings={"path": FG.sourcePath, "src": Literal(str(source.resolve()))},
    ).rows
    assert len(rows) == 1
    return str(rows[0][0]).removeprefix(FILM)


def _film_merge(store: Store) -> str:
    (merge,) = [m for m in stored_merges(store) if m.method == "title-match-unique"]
    return str(merge.iri)


def test_merges_lists_each_rule_made_merge_with_its_review(tmp_path: Path) -> None:
    store = _two_reviews(tmp_path)
    merges = {(m.alias, m.result.rsplit("/", 1)[1], m.method) for m in stored_merges(store)}
    assert ("Closeness", "closeness-2017", "title-match-unique") in merges
    (film,) = [m for m in stored_merges(store) if m.method == "title-match-unique"]
    assert film.source == str((tmp_path / "b.txt").resolve()) and 0 < film.score < 1


def test_an_undone_film_merge_splits_the_review_off_and_stays_undone(tmp_path: Path) -> None:
    store = _two_reviews(tmp_path)
    assert _film_of(store, tmp_path / "b.txt") == "closeness-2017"
    report = undo_merge(store, _film_merge(store))
    assert report.reviews == 1 and report.alias == "Closeness"
    assert _film_of(store, tmp_path / "b.txt") == "closeness"
    assert _film_of(store, tmp_path / "a.txt") == "closeness-2017"
    assert not [m for m in stored_merges(store) if m.method == "title-match-unique"]
    assert (Kind.FILM, "Closeness", "closeness-2017") in undone_merges(store)
    # Re-ingesting, in this process or with worker processes, does not make it again.
    assert ingest([tmp_path], store, force=True).ingested == 2
    assert _film_of(store, tmp_path / "b.txt") == "closeness"
    assert ingest_batched([tmp_path], store, workers=2, force=True).ingested == 2
    assert _film_of(store, tmp_path / "b.txt") == "closeness"


def test_a_merge_made_in_several_reviews_is_undone_in_all(tmp_path: Path) -> None:
    text = "“{}” (2017) is by Kantemir Balagov. Balagov keeps the camera close.\n"
    for name in ("Closeness", "Beanpole"):
        (tmp_path / f"{name}.txt").write_text(text.format(name), encoding="utf-8")
    store = open_store()
    ingest([tmp_path], store)
    surname = [m for m in stored_merges(store) if m.alias == "Balagov"]
    assert len(surname) == 2
    assert undo_merge(store, surname[0].iri.rsplit("/", 1)[1]).reviews == 2  # by its id
    assert not [m for m in stored_merges(store) if m.alias == "Balagov"]


def test_a_review_changed_since_ingest_is_refused_and_nothing_changes(tmp_path: Path) -> None:
    store = _two_reviews(tmp_path)
    merge = _film_merge(store)
    before = sorted(map(str, store.quads()))
    (tmp_path / "b.txt").write_text(NO_YEAR + "A late edit.\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"b\.txt: the review changed since it was ingested"):
        undo_merge(store, merge)
    (tmp_path / "b.txt").unlink()
    with pytest.raises(InputError, match=r"b\.txt: cannot read the review again"):
        undo_merge(store, merge)
    assert sorted(map(str, store.quads())) == before
    with pytest.raises(InputError, match="no merge record"):
        undo_merge(store, "0123456789abcdef0123")


def test_a_review_from_a_json_lines_file_is_read_again_by_its_record(tmp_path: Path) -> None:
    lines = [{"id": "one", "text": WITH_YEAR}, {"id": "two", "text": NO_YEAR}]
    feed = tmp_path / "feed.jsonl"
    feed.write_text("".join(json.dumps(r) + "\n" for r in lines), encoding="utf-8")
    store = open_store()
    ingest([feed], store)
    assert undo_merge(store, _film_merge(store)).reviews == 1
    films = store.query("SELECT DISTINCT ?f WHERE { ?r <https://schema.org/itemReviewed> ?f }")
    assert sorted(str(f).removeprefix(FILM) for (f,) in films.rows) == [
        "closeness",
        "closeness-2017",
    ]


def test_a_shard_written_for_a_cluster_keeps_an_undone_merge_apart(tmp_path: Path) -> None:
    (tmp_path / "b.txt").write_text(NO_YEAR, encoding="utf-8")
    undone = {(Kind.FILM, "Closeness", "closeness-2017")}
    for keep_apart, film in (((), "closeness-2017"), (undone, "closeness")):
        out = tmp_path / f"shards-{film}"
        write_shard([str(tmp_path / "b.txt")], out, known_films=["closeness-2017"],
                    undone=keep_apart)
        (shard,) = out.glob("part-*.nq")
        assert f"<{FILM}{film}>".encode() in shard.read_bytes()


def test_the_commands_list_and_undo(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    store_dir = tmp_path / "store"
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(WITH_YEAR, encoding="utf-8")
    (tmp_path / "in" / "b.txt").write_text(NO_YEAR, encoding="utf-8")
    assert main(["ingest", "--store", str(store_dir), str(tmp_path / "in" / "a.txt")]) == 0
    assert main(["ingest", "--store", str(store_dir), str(tmp_path / "in" / "b.txt")]) == 0
    capsys.readouterr()
    assert main(["merges", "--store", str(store_dir), "--json"]) == 0
    listed = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    (film,) = [m for m in listed if m["method"] == "title-match-unique"]
    assert film["alias"] == "Closeness" and film["result"] == FILM + "closeness-2017"
    assert main(["unmerge", "--store", str(store_dir), film["id"]]) == 0
    assert "1 review(s) resolved again" in capsys.readouterr().out
    assert main(["unmerge", "--store", str(store_dir), film["id"]]) == 1
    err = capsys.readouterr().err.strip()
    assert err == f"filmgraph: error: {film['id']}: no merge record of that name in the store"
