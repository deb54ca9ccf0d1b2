"""Extraction as a map step on a Dask cluster: shards out, bulk loaded, same graph as ingest."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from filmgraph import ingest, open_store
from filmgraph.distributed import extract_to_shards, load_shards
from filmgraph.sources import iter_reviews

distributed = pytest.importorskip("dask.distributed")

REPO = Path(__file__).resolve().parent.parent
EXAMPLE = REPO / "data" / "example"


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    # In-process workers talk over inproc://, so the cluster opens no sockets at all.
    with distributed.LocalCluster(processes=False, n_workers=2, threads_per_worker=1,
                                  dashboard_address=None) as cluster, \
            distributed.Client(cluster) as client:
        yield client


def test_shards_from_a_dask_cluster_load_into_the_same_graph_as_ingest(
    client: Any, tmp_path: Path
) -> None:
    job = extract_to_shards([EXAMPLE], tmp_path / "shards", client=client)
    assert (job.reviews, job.errors) == (4, [])
    assert len(job.shards) == 3  # one partition per source file
    assert all(p.stat().st_size > 0 for p in job.shards)

    store = open_store(tmp_path / "store")
    report = load_shards(store, tmp_path / "shards")
    assert report.ingested == 4
    reference = open_store()
    ingest([EXAMPLE], reference)
    assert set(store.quads()) == set(reference.quads())


def test_each_manifest_names_the_graphs_its_shard_holds(client: Any, tmp_path: Path) -> None:
    job = extract_to_shards([EXAMPLE], tmp_path / "shards", client=client, partitions=2)
    assert len(job.shards) == 2
    ids = {r.id for r in iter_reviews([EXAMPLE])}
    named = set()
    for manifest_path in sorted((tmp_path / "shards").glob("part-*.json")):
        manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
        store = open_store()
        store.load((tmp_path / "shards" / manifest["shard"]).read_bytes(), format="nquads")
        assert sorted(str(g) for g in store.named_graphs()) == sorted(manifest["graphs"])
        named |= {g.rsplit("/", 1)[1] for g in manifest["graphs"]}
    assert named == ids


def test_a_rerun_replaces_shards_and_reloading_changes_nothing(
    client: Any, tmp_path: Path
) -> None:
    first = extract_to_shards([EXAMPLE], tmp_path / "shards", client=client)
    again = extract_to_shards([EXAMPLE], tmp_path / "shards", client=client)
    assert sorted(first.shards) == sorted(again.shards)
    store = open_store()
    load_shards(store, tmp_path / "shards")
    before = set(store.quads())
    load_shards(store, tmp_path / "shards")  # a changed review would replace its graph
    assert set(store.quads()) == before


def test_bad_sources_are_reported_by_the_job(client: Any, tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "in" / "ok.txt").write_text(
        (EXAMPLE / "closeness.txt").read_text(encoding="utf-8"), encoding="utf-8")
    job = extract_to_shards([tmp_path / "in", tmp_path / "missing"], tmp_path / "shards",
                            client=client)
    assert job.reviews == 1
    assert any("empty.txt" in e for e in job.errors) and any("missing" in e for e in job.errors)


@pytest.mark.slow
def test_yearless_reviews_join_the_same_films_as_in_a_local_ingest(
    client: Any, tmp_path: Path
) -> None:
    import sys

    sys.path.insert(0, str(REPO / "bench"))
    from synth import write_corpus

    shards = write_corpus(160, tmp_path / "corpus", shard_size=20)
    job = extract_to_shards(shards, tmp_path / "out", client=client)
    assert (job.reviews, job.errors) == (160, [])
    assert any(p.name.endswith("-yearless.nq") for p in job.shards)  # the second map step ran
    assert not list((tmp_path / "out").glob("*.held"))

    store = open_store(tmp_path / "store")
    load_shards(store, tmp_path / "out")
    reference = open_store()
    ingest(shards[::-1], reference)  # in another order, on purpose
    assert set(store.quads()) == set(reference.quads())


def test_the_one_pass_map_step_joins_yearless_reviews_to_known_films_only(tmp_path: Path) -> None:
    from filmgraph.distributed import write_shard

    (tmp_path / "a.txt").write_text("“Example Film” (1950) is set in Paris.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("“Example Film” is set in Paris.", encoding="utf-8")
    (tmp_path / "c.txt").write_text("“Other Film” is set in Rome.", encoding="utf-8")
    sources = [str(tmp_path / n) for n in ("a.txt", "b.txt", "c.txt")]
    write_shard(sources, tmp_path / "s1")
    (shard,) = (tmp_path / "s1").glob("*.nq")
    # A dated review in the same shard is no candidate: one pass knows the given films only.
    assert b"/film/example-film>" in shard.read_bytes()
    write_shard(sources, tmp_path / "s2", known_films=["example-film-1950", "other-film-1961"])
    (shard,) = (tmp_path / "s2").glob("*.nq")
    data = shard.read_bytes()
    assert b"/film/example-film>" not in data and b"/film/other-film>" not in data
    assert b"/film/other-film-1961>" in data
