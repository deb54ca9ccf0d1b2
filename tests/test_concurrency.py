"""Concurrency on one on-disk store: readers while an ingest writes, and two ingests at once.

Oxigraph holds an exclusive lock for a read-write store, so a second writer is refused with one
line. Read-only opens are allowed during a write and see a consistent snapshot (every review
whole); when the writer's compaction moves files under a reader, the reader reopens
(``Store._reading``) and, if that keeps failing, says so in one line (StoreLockedError).
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest
from storecheck import PARTIAL, REPO, filmgraph, partial_reviews, write_reviews

from filmgraph import Store, StoreError, StoreLockedError, open_store

pytestmark = pytest.mark.slow

TOTAL = 200
REVIEWS = (
    "SELECT (COUNT(DISTINCT ?r) AS ?n) WHERE { GRAPH ?g { ?r a <https://schema.org/Review> ; "
    "<https://w3id.org/filmgraph/ontology#contentHash> ?h } }"
)
LOCKED = "the store is in use by another filmgraph process"


def _count(store: Store) -> int:
    return int(store.query(REVIEWS).rows[0][0])  # type: ignore[arg-type]


def test_readers_and_a_second_writer_during_an_ingest(tmp_path: Path) -> None:
    store = tmp_path / "store"
    first = filmgraph("ingest", REPO / "data" / "example", "--store", store, "--no-progress")
    assert first.code == 0, first.err
    with open_store(store, read_only=True) as db:
        base = _count(db)
    batch = write_reviews(tmp_path / "batch", TOTAL)
    other = write_reviews(tmp_path / "other", 3, prefix="Lantern")

    writer = subprocess.Popen(
        [sys.executable, "-m", "filmgraph", "ingest", str(batch), "--store", str(store),
         "--no-progress"],
        cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    seen: list[int] = []
    refusals: list[str] = []
    second = None
    try:
        deadline = time.monotonic() + 240
        while writer.poll() is None and time.monotonic() < deadline:
            try:
                with open_store(store, read_only=True) as db:
                    seen.append(_count(db))
                    assert db.query(PARTIAL).rows == []
            except StoreLockedError as err:
                refusals.append(str(err))
            if second is None and seen and base < seen[-1]:
                # The writer is committing reviews now: a second ingest must be refused.
                second = filmgraph("ingest", other, "--store", store, "--no-progress")
                cli = filmgraph("query", REVIEWS, "--store", store, "--format", "csv")
                assert cli.code == 0, cli.err
                seen.append(int(cli.out.split()[1]))
        out, err = writer.communicate(timeout=240)
    finally:
        if writer.poll() is None:
            writer.kill()
            writer.wait()

    assert writer.returncode == 0, err
    assert f"{TOTAL} reviews ingested" in out
    # Readers were answered while the ingest wrote, and each saw only whole reviews.
    during = [n for n in seen if base < n < base + TOTAL]
    assert during, seen
    assert all(r.endswith("try again when it finishes") and "\n" not in r for r in refusals)
    assert second is not None
    assert second.code == 1
    assert second.err.splitlines() == [f"filmgraph: error: {store}: {LOCKED}"]
    # Afterwards: nothing lost, nothing half-written, and the refused batch can run now.
    with open_store(store, read_only=True) as db:
        assert _count(db) == base + TOTAL
    assert partial_reviews(store) == []
    again = filmgraph("ingest", other, "--store", store, "--no-progress")
    assert again.code == 0 and "3 reviews ingested" in again.out
    print(f"{len(seen)} reads during the ingest ({len(during)} mid-batch), "
          f"{len(refusals)} refused; second writer refused")


def test_two_writers_in_one_process_are_refused_cleanly(tmp_path: Path) -> None:
    with open_store(tmp_path / "store"), pytest.raises(StoreLockedError, match=LOCKED):
        open_store(tmp_path / "store")


class _FlakyOx:
    """A pyoxigraph store whose reads fail the way they do while a writer compacts."""

    def __init__(self, real: object, failures: int) -> None:
        self.real, self.failures, self.calls = real, failures, 0

    def query(self, *args: object, **kwargs: object) -> object:
        self.calls += 1
        if self.calls <= self.failures:
            raise RuntimeError("Corruption: IO error: No such file or directory: 000123.sst")
        return self.real.query(*args, **kwargs)  # type: ignore[attr-defined]


def test_a_reader_retries_then_gives_a_one_line_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "store"
    open_store(path).close()
    reader = open_store(path, read_only=True)
    real = reader._ox
    monkeypatch.setattr("filmgraph.store.time.sleep", lambda seconds: None)
    monkeypatch.setattr(Store, "_reopen", lambda self: None)

    reader._ox = flaky = _FlakyOx(real, failures=2)
    assert reader.query("ASK { ?s ?p ?o }").boolean is False  # answered on the third try
    assert flaky.calls == 3

    reader._ox = _FlakyOx(real, failures=99)
    with pytest.raises(StoreLockedError, match="try again when it finishes") as err:
        reader.query("ASK { ?s ?p ?o }")
    assert "\n" not in str(err.value)

    writer = open_store(tmp_path / "other")
    writer._ox = _FlakyOx(writer._ox, failures=1)
    with pytest.raises(StoreError, match="query failed"):  # a writer's own store: no retry
        writer.query("ASK { ?s ?p ?o }")
