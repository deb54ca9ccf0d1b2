"""A process killed while the default graph lags the named graphs (mid bulk load, mid rebuild,
between a SPARQL update and the merge that follows it): the next reader still answers from
every named graph, and the next writer rebuilds the default graph to the exact merge."""

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef

from filmgraph.store import LOCAL_PREFIXES, Store, open_store

EX = "http://example.org/"
NAME = URIRef("https://schema.org/name")
CLAIM = LOCAL_PREFIXES[0]

# The child opens the store, wraps Oxigraph so that it dies (SIGKILL, as on a power cut of the
# process) at the chosen moment, and does the write.
_CHILD = """
import os, signal, sys
from filmgraph.store import open_store
path, moment = sys.argv[1:3]
store = open_store(path)
real = store._ox

def die():
    os.kill(os.getpid(), signal.SIGKILL)

class Dying:
    def __init__(self):
        self.loads = 0
    def __getattr__(self, name):
        return getattr(real, name)
    def __iter__(self):
        return iter(real)
    def __len__(self):
        return len(real)
    def bulk_load(self, **kw):
        real.bulk_load(**kw)
        self.loads += 1
        if moment == "bulk-load" and self.loads == 1:  # the quads are in, the merge is not
            die()
    def bulk_extend(self, quads):
        if moment == "rebuild":  # half of the default graph written, then the end
            quads = list(quads)
            real.bulk_extend(quads[: len(quads) // 2])
            real.flush()
            die()
        real.bulk_extend(quads)

store._ox = Dying()
new = "".join(
    f'<{EX}film/{n}> <https://schema.org/name> "new {n}" <{EX}review/new{n}> .\\n'
    for n in range(50)).encode()
if moment == "bulk-load":
    store.load(new, bulk=True)
elif moment == "rebuild":
    store.rebuild_default()
else:
    store.update(f'INSERT DATA {{ GRAPH <{EX}review/u> {{ <{EX}film/u> '
                 f'<https://schema.org/name> "updated" }} }}')
    die()  # before the next query would have merged the update into the default graph
""".replace("{EX}", EX)


def _review(n: int) -> Graph:
    g = Graph(identifier=URIRef(f"{EX}review/{n}"))
    film = URIRef(f"{EX}film/{n % 7}")  # films stated by several reviews
    g.add((film, NAME, Literal(f"Film {n % 7}")))
    g.add((URIRef(f"{CLAIM}{n}"), NAME, Literal(f"claim {n}")))  # graph-local provenance
    return g


def _merge(store: Store) -> set[tuple[object, ...]]:
    """What the default graph must hold: the named graphs' triples, less graph-local ones."""
    return set(store.query(
        "SELECT DISTINCT ?s ?p ?o { GRAPH ?g { ?s ?p ?o } FILTER(!STRSTARTS(STR(?s), ?local)) }",
        bindings={"local": Literal(CLAIM)},
    ).rows)


def _default(store: Store) -> set[tuple[object, ...]]:
    return set(store.query("SELECT ?s ?p ?o { ?s ?p ?o }").rows)


def _names(store: Store) -> set[str]:
    return {str(o) for (o,) in store.query(f"SELECT DISTINCT ?o {{ ?s <{NAME}> ?o }}").rows}


@pytest.mark.parametrize("moment", ["bulk-load", "rebuild", "update"])
def test_a_kill_while_the_default_graph_lags_is_repaired_on_the_next_open(
    tmp_path: Path, moment: str
) -> None:
    path = tmp_path / "store"
    with open_store(path) as store:
        store.replace_graphs({URIRef(f"{EX}review/{n}"): _review(n) for n in range(40)})
    child = subprocess.run([sys.executable, "-c", _CHILD, str(path), moment],
                           capture_output=True, text=True, timeout=120)
    assert child.returncode == -signal.SIGKILL, child.stderr

    # A reader cannot repair; meanwhile it answers from the named graphs themselves
    # (Oxigraph's union of them, graph-local triples included).
    with open_store(path, read_only=True) as reader:
        seen = _names(reader)
        stated = {str(o) for (o,) in reader.query(
            f"SELECT DISTINCT ?o {{ GRAPH ?g {{ ?s <{NAME}> ?o }} }}").rows}
    assert seen == stated
    # The next writer repairs: the default graph is the exact merge again.
    with open_store(path) as store:
        expected = {str(o) for (_, p, o) in _merge(store) if p == NAME}
        assert _default(store) == _merge(store)
        assert not any(str(s).startswith(CLAIM) for s, _, _ in _default(store))
    assert {f"Film {n}" for n in range(7)} <= expected
    if moment == "bulk-load":
        assert "new 49" in expected
    if moment == "update":
        assert "updated" in expected
