"""A small pool of query worker processes, each query bounded by a timeout.

A query that outlives the timeout cannot be interrupted inside pyoxigraph, so its worker is
killed and a fresh one started in the background; the other workers keep serving. Workers
are forked from a ``forkserver`` that has pyoxigraph already imported, so a replacement is
ready in milliseconds and never inherits the HTTP server's threads.
"""

from __future__ import annotations

import multiprocessing as mp
import queue
import sys
import threading
from dataclasses import dataclass
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess

from ..errors import StoreError
from .worker import Job, Reply, worker_main

__all__ = ["WorkerPool"]

_CTX = mp.get_context("forkserver")
_CTX.set_forkserver_preload(["filmgraph.server.worker"])


@dataclass(slots=True, eq=False)  # identity: a worker is a process
class _Worker:
    process: BaseProcess
    conn: Connection

    def kill(self) -> None:
        self.process.kill()
        self.process.join(5)
        self.conn.close()


class WorkerPool:
    """``size`` workers over the store at ``path``; :meth:`run` answers one job."""

    def __init__(self, path: str, *, size: int = 2, writable: bool = False,
                 refresh: float = 0.0, max_result: int = 64 << 20,
                 startup_timeout: float = 60.0) -> None:
        if size < 1:
            raise ValueError("a pool needs at least one worker")
        self.path = path
        self.size = size
        self.writable = writable
        self.isolated = False
        self._args = (path, writable, refresh, max_result)
        self._startup_timeout = startup_timeout
        self._idle: queue.Queue[_Worker] = queue.Queue()
        self._all: set[_Worker] = set()
        self._lock = threading.Lock()
        self._closed = False
        self.restarts = 0
        try:
            for _ in range(size):
                self._idle.put(self._spawn())
        except BaseException:
            self.close()
            raise

    def _spawn(self) -> _Worker:
        parent, child = _CTX.Pipe()
        process = _CTX.Process(target=worker_main, args=(child, *self._args),
                               name="filmgraph-query-worker", daemon=True)
        process.start()
        child.close()
        worker = _Worker(process, parent)
        with self._lock:
            closed = self._closed
            if not closed:
                self._all.add(worker)
        if closed:  # a replacement that finished starting after close(): nobody will use it
            worker.kill()
            raise StoreError(f"{self.path}: the query pool was closed")
        message: tuple[str, object] = ("error", "the worker did not start in time")
        try:
            if parent.poll(self._startup_timeout):
                message = parent.recv()
        except (EOFError, OSError):
            message = ("error", "the worker exited while opening the store")
        if message[0] != "ready":
            self._discard(worker)
            raise StoreError(f"{self.path}: {message[1]}")
        self.isolated = bool(message[1])
        return worker

    def _discard(self, worker: _Worker) -> None:
        # Whoever takes a worker out of the pool kills it, once: a timed-out query's thread
        # and close() racing to kill one worker closed its pipe twice (EBADF at shutdown).
        with self._lock:
            owned = worker in self._all
            self._all.discard(worker)
        if owned:
            worker.kill()

    def _replace(self, worker: _Worker) -> None:
        self._discard(worker)
        self.restarts += 1

        def respawn() -> None:
            if self._closed:
                return
            try:
                self._idle.put(self._spawn())
            except StoreError as err:
                if not self._closed:
                    print(f"filmgraph serve: cannot replace a query worker: {err}",
                          file=sys.stderr)

        threading.Thread(target=respawn, name="filmgraph-respawn", daemon=True).start()

    def run(self, job: Job, timeout: float) -> Reply:
        """Answer ``job``; a 503 if no worker frees up or the query outlives ``timeout`` s."""
        try:
            worker = self._idle.get(timeout=timeout)
        except queue.Empty:
            return Reply.text(503, f"all {self.size} query workers stayed busy for "
                                   f"{timeout:g} s; try again")
        try:
            worker.conn.send(job)
            if not worker.conn.poll(timeout):
                self._replace(worker)
                return Reply.text(503, f"the {job.operation} was stopped by the {timeout:g} s "
                                       "timeout; narrow it or add a LIMIT")
            reply: Reply = worker.conn.recv()
        except (EOFError, OSError):
            self._replace(worker)
            return Reply.text(500, f"the query worker died during the {job.operation}")
        self._idle.put(worker)
        return reply

    def close(self) -> None:
        """Stop every worker."""
        with self._lock:
            self._closed = True
            workers = list(self._all)
            self._all.clear()
        for worker in workers:
            worker.kill()
