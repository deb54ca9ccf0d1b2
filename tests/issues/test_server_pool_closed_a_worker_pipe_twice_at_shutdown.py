"""Bug: `.ci/run` failed once in `test_expensive_query_is_stopped_while_others_are_served`
with `OSError: [Errno 9] Bad file descriptor` as the server shut down. A query that outlived
its timeout had its worker killed by the request thread while `close()` killed the same
worker: both closed its pipe, and the second close hit a descriptor already gone. A
replacement worker that finished starting after `close()` was left running, too.

Now whoever takes a worker out of the pool kills it, once, and a worker started after
`close()` is stopped at once."""

from __future__ import annotations

from pathlib import Path

import pytest

from filmgraph import open_store
from filmgraph.errors import StoreError
from filmgraph.server import pool as pool_module
from filmgraph.server.pool import WorkerPool


def _pool(tmp_path: Path) -> WorkerPool:
    open_store(tmp_path / "store").close()
    return WorkerPool(str(tmp_path / "store"), size=1)


def test_a_worker_close_took_is_not_killed_again_by_a_timed_out_query(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    kills: list[object] = []
    real_kill = pool_module._Worker.kill

    def counted(worker: pool_module._Worker) -> None:
        kills.append(worker)
        real_kill(worker)

    monkeypatch.setattr(pool_module._Worker, "kill", counted)
    pool = _pool(tmp_path)
    worker = pool._idle.get()  # a query holds it
    pool.close()  # the server shuts down meanwhile
    pool._discard(worker)  # the query's timeout fires
    assert kills == [worker]
    assert not worker.process.is_alive()


def test_a_replacement_started_after_close_does_not_keep_running(tmp_path: Path) -> None:
    pool = _pool(tmp_path)
    pool.close()
    with pytest.raises(StoreError, match="closed"):
        pool._spawn()
    assert not pool._all
