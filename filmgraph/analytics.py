"""Graph analytics on the networks filmgraph draws: who is central, which groups form, and
how two people are connected.

Works on any networkx graph (direction is ignored: a credit links both ways). The graphs
come from :mod:`filmgraph.viz` projections, e.g. ``whole_graph(store)``.

>>> import networkx as nx
>>> g = nx.Graph([("a", "film"), ("film", "b"), ("b", "film2"), ("film2", "c")])
>>> shortest_path(g, "a", "c")
['a', 'film', 'b', 'film2', 'c']
"""

from __future__ import annotations

from collections.abc import Hashable
from itertools import pairwise
from typing import Literal

import networkx as nx

from .errors import QueryError

__all__ = ["Centrality", "centrality", "communities", "describe_path", "shortest_path", "top"]

Centrality = Literal["degree", "betweenness"]
#: Above this many nodes betweenness is estimated from 200 sampled sources (exact is O(n·m)).
_EXACT_BETWEENNESS = 1000


def _undirected(graph: nx.Graph) -> nx.Graph:
    return graph.to_undirected(as_view=True) if graph.is_directed() else graph


def centrality(graph: nx.Graph, measure: Centrality = "degree", *, seed: int = 0,
               ) -> dict[Hashable, float]:
    """Degree or betweenness centrality of every node, normalised to [0, 1].

    Betweenness on more than 1,000 nodes is estimated from 200 sampled sources.

    >>> import networkx as nx
    >>> scores = centrality(nx.star_graph(3), "betweenness")
    >>> max(scores, key=scores.__getitem__)
    0
    """
    g = _undirected(graph)
    if measure == "degree":
        return dict(nx.degree_centrality(g)) if len(g) > 1 else dict.fromkeys(g, 0.0)
    if measure == "betweenness":
        n = len(g)
        k = None if n <= _EXACT_BETWEENNESS else 200
        return dict(nx.betweenness_centrality(g, k=k, seed=seed))
    raise QueryError(f"unknown centrality {measure!r}; choose degree or betweenness")


def top(scores: dict[Hashable, float], n: int = 10) -> list[tuple[Hashable, float]]:
    """The ``n`` highest scores, ties broken by node so the order is stable.

    >>> top({"a": 0.5, "b": 0.9, "c": 0.5}, 2)
    [('b', 0.9), ('a', 0.5)]
    """
    return sorted(scores.items(), key=lambda kv: (-kv[1], str(kv[0])))[:n]


def communities(graph: nx.Graph, method: Literal["louvain", "greedy"] = "louvain", *,
                seed: int = 0) -> list[set[Hashable]]:
    """Communities (groups more linked inside than out), largest first.

    ``louvain`` scales to large graphs; ``greedy`` (greedy modularity) is deterministic
    but slow above a few thousand nodes. Isolated nodes are communities of one.

    >>> import networkx as nx
    >>> [sorted(c) for c in communities(nx.barbell_graph(3, 0))]
    [[0, 1, 2], [3, 4, 5]]
    """
    g = _undirected(graph)
    if g.number_of_edges() == 0:
        parts: list[set[Hashable]] = [{n} for n in g]
    elif method == "louvain":
        parts = [set(p) for p in nx.community.louvain_communities(g, seed=seed)]
    elif method == "greedy":
        parts = [set(p) for p in nx.community.greedy_modularity_communities(g)]
    else:
        raise QueryError(f"unknown community method {method!r}; choose louvain or greedy")
    return sorted(parts, key=lambda p: (-len(p), min(str(n) for n in p)))


def shortest_path(graph: nx.Graph, source: Hashable, target: Hashable) -> list[Hashable]:
    """The shortest chain of links from ``source`` to ``target``, either end included.

    Raises :class:`~filmgraph.errors.QueryError` when they are not connected.

    >>> import networkx as nx
    >>> shortest_path(nx.Graph([(1, 2)]), 2, 1)
    [2, 1]
    """
    g = _undirected(graph)
    for node in (source, target):
        if node not in g:
            raise QueryError(f"{graph.nodes[node]['label'] if node in graph else node}: "
                             "not in this graph")
    try:
        return list(nx.shortest_path(g, source, target))
    except nx.NetworkXNoPath:
        raise QueryError(
            f"{_name(graph, source)} and {_name(graph, target)} are not connected"
        ) from None


def _name(graph: nx.Graph, node: Hashable, limit: int = 60) -> str:
    name = str(graph.nodes[node].get("label", node)) if node in graph else str(node)
    return name if len(name) <= limit else name[: limit - 1] + "…"


def describe_path(graph: nx.Graph, path: list[Hashable]) -> str:
    """A path told in words, with the link labels and their direction.

    >>> import networkx as nx
    >>> g = nx.DiGraph()
    >>> g.add_edge("f", "p", label="directed by")
    >>> g.add_node("f", label="Closeness"); g.add_node("p", label="Kantemir Balagov")
    >>> describe_path(g, ["p", "f"])
    'Kantemir Balagov ←directed by— Closeness'
    """
    words = [_name(graph, path[0])] if path else []
    for a, b in pairwise(path):
        if not graph.is_directed():
            label = graph.edges[a, b].get("label", "") if graph.has_edge(a, b) else ""
            words.append(f"—{label}—")
        elif graph.has_edge(a, b):
            words.append(f"—{graph.edges[a, b].get('label', '')}→")
        else:
            label = graph.edges[b, a].get("label", "") if graph.has_edge(b, a) else ""
            words.append(f"←{label}—")
        words.append(_name(graph, b))
    return " ".join(words)
