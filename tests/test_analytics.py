"""Centrality, communities and "how is X connected to Y?", in Python and on the CLI."""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path

import networkx as nx
import pytest
from test_viz import BALAGOV, build_store

from filmgraph import QueryError, Store
from filmgraph.analytics import centrality, communities, describe_path, shortest_path, top
from filmgraph.cli import main
from filmgraph.viz import costar_network, find_entity, whole_graph


@pytest.fixture(scope="module")
def store_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("analytics") / "store"
    build_store(path).close()
    return path


@pytest.fixture(scope="module")
def store(store_dir: Path) -> Store:
    from filmgraph import open_store

    return open_store(store_dir, read_only=True)


def test_the_hub_of_a_star_is_most_central() -> None:
    star = nx.star_graph(5)
    for measure in ("degree", "betweenness"):
        assert top(centrality(star, measure), 1)[0][0] == 0  # type: ignore[arg-type]
    with pytest.raises(QueryError):
        centrality(star, "pagerank")  # type: ignore[arg-type]


def test_films_are_the_most_central_entities(store: Store) -> None:
    g = whole_graph(store)
    leaders = [g.nodes[n]["kind"] for n, _ in top(centrality(g, "degree"), 3)]
    assert leaders == ["film", "film", "film"]


def test_communities_split_two_cliques_and_cover_every_node() -> None:
    g = nx.barbell_graph(6, 0)
    for method in ("louvain", "greedy"):
        parts = communities(g, method)  # type: ignore[arg-type]
        assert sorted(map(sorted, parts)) == [list(range(6)), list(range(6, 12))]


def test_each_film_anchors_its_own_community(store: Store) -> None:
    g = whole_graph(store)
    parts = communities(g)
    assert set().union(*parts) == set(g)
    films = {n for n, k in g.nodes(data="kind") if k == "film"}
    homes = [next(i for i, p in enumerate(parts) if f in p) for f in films]
    assert len(set(homes)) >= 3  # at least three of the four films lead a group of their own


def test_how_is_balagov_connected_to_zvyagintsev(store: Store) -> None:
    g = whole_graph(store)
    target = find_entity(store, "Andrey Zvyagintsev")
    path = shortest_path(g, BALAGOV, target)
    assert path[0] == BALAGOV and path[-1] == target
    assert all(g.has_edge(a, b) or g.has_edge(b, a) for a, b in pairwise(path))
    text = describe_path(g, path)
    assert text.startswith("Kantemir Balagov ←") and text.endswith("Andrey Zvyagintsev")


def test_people_who_never_meet_are_not_connected() -> None:
    g = nx.Graph([("a", "b"), ("c", "d")])
    with pytest.raises(QueryError, match="not connected"):
        shortest_path(g, "a", "d")


def test_costar_path_goes_through_people_only(store: Store) -> None:
    g = costar_network(store)
    path = shortest_path(g, BALAGOV, find_entity(store, "Darya Zhovner"))
    assert len(path) == 2  # he directed her in Closeness
    assert "Closeness" in describe_path(g, path)


def test_cli_analyze(store_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["analyze", "--store", str(store_dir), "--centrality", "betweenness",
                 "--communities", "--path", "Kantemir Balagov", "Andrey Zvyagintsev"]) == 0
    out = capsys.readouterr().out
    assert "betweenness centrality" in out and "communities (louvain)" in out
    assert "Kantemir Balagov ←" in out
    assert main(["analyze", "--store", str(store_dir), "--path", "Kantemir Balagov",
                 "Nobody at all"]) == 1
    assert "Nobody at all" in capsys.readouterr().err
