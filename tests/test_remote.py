"""Push to a real Oxigraph server on 127.0.0.1 and query it remotely: nothing lost on the way."""

from __future__ import annotations

import shutil
import socket
import subprocess
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from filmgraph import QueryError, Store, StoreError, ingest, open_store
from filmgraph.cli import main
from filmgraph.query import run_query
from filmgraph.remote import RemoteStore, push
from filmgraph.results import format_result

pytestmark = pytest.mark.server

REPO = Path(__file__).resolve().parent.parent
EXAMPLE = REPO / "data" / "example"
SEED = REPO.parent / "shared" / "corpus" / "seed" / "closeness.txt"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The Oxigraph server from PyPI, serving the union of named graphs as default graph."""
    binary = shutil.which("oxigraph")
    if binary is None:
        pytest.skip("the oxigraph server (pip install oxigraph) is not installed")
    port = _free_port()
    proc = subprocess.Popen(
        [binary, "serve", "--location", str(tmp_path_factory.mktemp("oxigraph")),
         "--bind", f"127.0.0.1:{port}", "--union-default-graph"],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):  # up to 10 s
            try:
                urllib.request.urlopen(f"{base}/query?query=ASK%7B%7D", timeout=1).close()
                break
            except OSError:
                if proc.poll() is not None:
                    pytest.fail(f"oxigraph serve exited: {proc.stderr.read().decode()[:300]}")  # type: ignore[union-attr]
                time.sleep(0.1)
        else:
            pytest.fail("oxigraph serve did not answer within 10 s")
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=10)


@pytest.fixture(scope="module")
def local() -> Store:
    store = open_store()
    paths = [EXAMPLE, *([SEED] if SEED.is_file() else [])]
    report = ingest(paths, store)
    assert not report.errors
    return store


@pytest.fixture()
def remote(server: str) -> RemoteStore:
    remote = RemoteStore(f"{server}/query", gsp=f"{server}/store")
    remote.update("DROP ALL")
    return remote


def quads(store: Any) -> set[tuple[Any, ...]]:
    return set(store.quads())


def test_push_by_graph_store_protocol_loses_nothing(local: Store, remote: RemoteStore) -> None:
    report = push(local, remote)
    assert report.graphs == len(local.named_graphs()) >= 5  # ontology + 4 or 5 reviews
    assert remote.named_graphs() == local.named_graphs()
    assert quads(remote) == quads(local)


def test_push_by_sparql_update_alone_loses_nothing(local: Store, server: str) -> None:
    remote = RemoteStore(f"{server}/query")  # no GSP: graphs go as SPARQL Update
    remote.update("DROP ALL")
    push(local, remote)
    assert quads(remote) == quads(local)


def test_a_second_push_replaces_graphs_and_prune_drops_stale_ones(
    local: Store, remote: RemoteStore
) -> None:
    stale = "https://w3id.org/filmgraph/graph/review/gone"
    remote.update(f"INSERT DATA {{ GRAPH <{stale}> {{ <urn:a> <urn:b> <urn:c> }} }}")
    push(local, remote)
    push(local, remote)  # PUT replaces: nothing doubles
    extra = quads(remote) - quads(local)
    assert {str(q[3]) for q in extra} == {stale} and len(extra) == 1
    assert quads(local) <= quads(remote)
    report = push(local, remote, prune=True)
    assert report.pruned == 1
    assert quads(remote) == quads(local)


def test_named_query_remotely_matches_local(local: Store, remote: RemoteStore, server: str,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    push(local, remote)
    args = ["query", "cast", "--param", "title=Closeness"]
    assert main([*args, "--endpoint", f"{server}/query", "--format", "csv"]) == 0
    remote_out = capsys.readouterr().out
    local_out = format_result(run_query(local, "cast", {"title": "Closeness"}), "csv")
    assert remote_out.strip() == local_out.strip()
    assert "Darya Zhovner" in remote_out


def test_cli_push_then_query(tmp_path: Path, server: str,
                             capsys: pytest.CaptureFixture[str]) -> None:
    store = tmp_path / "store"
    RemoteStore(f"{server}/query").update("DROP ALL")
    assert main(["ingest", str(EXAMPLE), "--store", str(store), "--no-progress"]) == 0
    assert main(["push", "--store", str(store), "--endpoint", f"{server}/query",
                 "--gsp", f"{server}/store", "--no-progress"]) == 0
    assert "pushed 5 named graphs" in capsys.readouterr().out  # 4 reviews + the ontology
    assert main(["query", "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }",
                 "--endpoint", f"{server}/query", "--format", "csv"]) == 0
    remote_count = int(capsys.readouterr().out.split()[1])
    with open_store(store, read_only=True) as local:
        assert remote_count == len(local)


def test_errors_are_one_line_and_name_the_endpoint(server: str) -> None:
    with pytest.raises(QueryError, match=f"{server}/query"):
        RemoteStore(f"{server}/query").query("SELEC nonsense")
    port = _free_port()
    with pytest.raises(StoreError, match=f"127.0.0.1:{port}.*cannot reach"):
        RemoteStore(f"http://127.0.0.1:{port}/query", timeout=2).query("ASK {}")
    with pytest.raises(StoreError, match="http"):
        RemoteStore("ftp://example.org/sparql")
