"""Batch ingest with worker processes: same graph as the serial path, resumable, crash-safe."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path
from typing import Any

import pytest

from filmgraph import Store, ingest, open_store
from filmgraph.cli import main
from filmgraph.parallel import PENDING_GRAPH, ingest_batched, review_nquads
from filmgraph.sources import iter_reviews

REPO = Path(__file__).resolve().parent.parent
EXAMPLE = REPO / "data" / "example"
sys.path.insert(0, str(REPO / "bench"))
from synth import write_corpus  # noqa: E402


def quads(store: Store) -> set[tuple[Any, ...]]:
    return set(store.quads())


@pytest.fixture(scope="module")
def serial_quads() -> set[tuple[Any, ...]]:
    store = open_store()
    ingest([EXAMPLE], store)
    return quads(store)


@pytest.mark.parametrize("bulk", [True, False], ids=["bulk", "transactional"])
def test_two_workers_store_exactly_what_the_serial_path_stores(
    tmp_path: Path, serial_quads: set[tuple[Any, ...]], bulk: bool
) -> None:
    store = open_store(tmp_path / "store")
    report = ingest([EXAMPLE], store, workers=2, batch_size=2, bulk=bulk)
    assert (report.ingested, report.errors) == (4, [])
    assert quads(store) == serial_quads
    assert not store.has_graph(PENDING_GRAPH)


def test_rerun_skips_unchanged_and_replaces_a_changed_review(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    shutil.copytree(EXAMPLE, corpus)
    store = open_store(tmp_path / "store")
    assert ingest_batched([corpus], store, workers=2).ingested == 4

    again = ingest_batched([corpus], store, workers=2)
    assert (again.ingested, again.unchanged) == (0, 4)

    review = corpus / "closeness.txt"
    review.write_text(review.read_text(encoding="utf-8").replace("Olga Dragunova", "Olga Novak"),
                      encoding="utf-8")
    changed = ingest_batched([corpus], store, workers=2)
    assert (changed.ingested, changed.unchanged) == (1, 3)
    actors = {str(n) for (n,) in store.query(
        "SELECT ?n WHERE { ?f <https://schema.org/actor>/<https://schema.org/name> ?n }").rows}
    assert "Olga Novak" in actors and "Olga Dragunova" not in actors
    fresh = open_store()
    ingest([corpus], fresh)
    assert quads(store) == quads(fresh)


def test_an_interrupted_bulk_batch_is_detected_and_redone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = open_store(tmp_path / "store")
    real_load = Store.load
    calls = {"n": 0}

    def dying_load(self: Store, data: Any, **kw: Any) -> None:
        calls["n"] += 1
        if calls["n"] == 2:  # the second batch dies halfway through the bulk load
            lines = bytes(data).splitlines(keepends=True)
            real_load(self, b"".join(lines[: len(lines) // 2]), **kw)
            raise OSError("simulated power cut")
        real_load(self, data, **kw)

    monkeypatch.setattr(Store, "load", dying_load)
    with pytest.raises(OSError, match="power cut"):
        ingest_batched([EXAMPLE], store, workers=1, batch_size=2, chunk_size=1)
    assert store.has_graph(PENDING_GRAPH)  # the half-loaded batch is marked as such
    monkeypatch.setattr(Store, "load", real_load)

    report = ingest_batched([EXAMPLE], store, workers=1, batch_size=2, chunk_size=1)
    assert (report.ingested, report.unchanged) == (2, 2)  # the first batch was complete
    fresh = open_store()
    ingest([EXAMPLE], fresh)
    assert quads(store) == quads(fresh)


def test_one_review_in_one_nquads_shard_out() -> None:
    review = next(r for r in iter_reviews([EXAMPLE / "closeness.txt"]))
    shard = review_nquads(review)
    store = open_store()
    store.load(shard, format="nquads")
    assert [str(g) for g in store.named_graphs()] == [
        f"https://w3id.org/filmgraph/graph/review/{review.id}"
    ]
    assert review_nquads(review) == shard  # deterministic: a map step can be retried


def test_cli_ingest_with_workers(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    store = tmp_path / "store"
    assert main(["ingest", str(EXAMPLE), "--store", str(store), "--workers", "2",
                 "--no-progress"]) == 0
    assert "4 reviews ingested, 0 unchanged, 0 failed" in capsys.readouterr().out
    assert main(["ingest", str(EXAMPLE), "--store", str(store), "-j", "2", "--transactional",
                 "--no-progress"]) == 0
    assert "0 reviews ingested, 4 unchanged" in capsys.readouterr().out


def test_bad_sources_are_reported_and_good_ones_ingested(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    shutil.copytree(EXAMPLE, corpus)
    (corpus / "empty.txt").write_text("", encoding="utf-8")
    (corpus / "broken.jsonl").write_text('{"text": "x"\n', encoding="utf-8")
    report = ingest_batched([corpus], open_store(), workers=2)
    assert report.ingested == 4
    assert len(report.errors) >= 2 and any("empty.txt" in e for e in report.errors)


@pytest.mark.slow
def test_a_synthetic_corpus_makes_one_connected_cast_network(tmp_path: Path) -> None:
    write_corpus(300, tmp_path / "corpus", shard_size=100)
    store = open_store(tmp_path / "store")
    report = ingest_batched([tmp_path / "corpus"], store, workers=2, batch_size=100)
    assert (report.ingested, report.errors) == (300, [])
    res = store.query("""
        SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE {
          ?a <https://schema.org/actor> ?p . ?b <https://schema.org/actor> ?p . FILTER(?a != ?b)
        }""")
    shared_actors = int(str(res.rows[0][0]))
    assert shared_actors > 20  # casts overlap, so films are linked through people
    films = store.query(
        "SELECT (COUNT(DISTINCT ?f) AS ?n) WHERE { ?f a <https://schema.org/Movie> }")
    assert int(str(films.rows[0][0])) >= 50
