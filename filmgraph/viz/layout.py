"""Node positions computed in Python, so the browser need not run physics on big graphs.

vis-network's physics is O(n²) per step in the browser and a 5,000-node page never settles;
networkx's spring layout takes tens of seconds at that size. So: find communities
(networkx Louvain), lay each one out with a small vectorised force-directed pass, and pack
the communities in a spiral, largest in the middle. Time grows with the sum of the squared
community sizes, not the square of the graph.

>>> import networkx as nx
>>> pos = positions(nx.path_graph(4))
>>> sorted(pos) == [0, 1, 2, 3]
True
"""

from __future__ import annotations

import math
from collections.abc import Hashable

import networkx as nx
import numpy as np

from ..analytics import communities

__all__ = ["positions"]

#: Above this many nodes a community is split again before it is laid out.
_MAX_BLOCK = 400
#: Pixels per unit of layout; vis-network draws nodes about 25 px wide.
_SCALE = 40.0


def _force_layout(graph: nx.Graph, rng: np.random.Generator, iterations: int = 50) -> np.ndarray:
    """Fruchterman–Reingold on a block small enough for an n×n array; unit-ish scale."""
    n = graph.number_of_nodes()
    if n == 1:
        return np.zeros((1, 2))
    index = {node: i for i, node in enumerate(graph)}
    edges = np.array([(index[a], index[b]) for a, b in graph.edges() if a != b], dtype=int)
    pos = rng.random((n, 2)) * math.sqrt(n)
    k = 1.0  # ideal edge length
    temperature = math.sqrt(n) / 10
    cooling = temperature / (iterations + 1)
    for _ in range(iterations):
        dx = pos[:, 0, None] - pos[None, :, 0]
        dy = pos[:, 1, None] - pos[None, :, 1]
        push = dx * dx
        push += dy * dy
        np.maximum(push, 1e-4, out=push)
        np.divide(k * k, push, out=push)
        disp = np.stack(((dx * push).sum(axis=1), (dy * push).sum(axis=1)), axis=1)
        if len(edges):
            d = pos[edges[:, 0]] - pos[edges[:, 1]]
            length = np.sqrt(np.maximum((d**2).sum(axis=1), 1e-8))
            pull = d * (length / k)[:, None]
            np.add.at(disp, edges[:, 0], -pull)
            np.add.at(disp, edges[:, 1], pull)
        size = np.sqrt(np.maximum((disp**2).sum(axis=1), 1e-8))
        pos += disp / size[:, None] * np.minimum(size, temperature)[:, None]
        temperature -= cooling
    centred: np.ndarray = pos - pos.mean(axis=0)
    return centred


def _block_positions(graph: nx.Graph, rng: np.random.Generator, depth: int = 0,
                     ) -> dict[Hashable, tuple[float, float]]:
    if graph.number_of_nodes() <= _MAX_BLOCK or depth > 3:
        if graph.number_of_nodes() > _MAX_BLOCK:  # could not split it: a circle is O(n)
            layout = nx.circular_layout(graph, scale=math.sqrt(graph.number_of_nodes()))
            return {n: (float(x), float(y)) for n, (x, y) in layout.items()}
        xy = _force_layout(graph, rng)
        return {n: (float(x), float(y)) for n, (x, y) in zip(graph, xy, strict=True)}
    parts = communities(graph, seed=depth + 1)
    if len(parts) == 1:
        return _block_positions(graph, rng, depth + 4)
    return _pack([_block_positions(graph.subgraph(p), rng, depth + 1) for p in parts])


def _pack(blocks: list[dict[Hashable, tuple[float, float]]]) -> dict[Hashable, tuple[float, float]]:
    """Place blocks (largest first) on a spiral so that none overlaps the ones before."""
    placed: list[tuple[float, float, float]] = []  # centre x, centre y, radius
    out: dict[Hashable, tuple[float, float]] = {}
    angle = 0.0
    for block in blocks:
        xs = [x for x, _ in block.values()]
        ys = [y for _, y in block.values()]
        cx, cy = (max(xs) + min(xs)) / 2, (max(ys) + min(ys)) / 2
        radius = max(math.hypot(x - cx, y - cy) for x, y in block.values()) + 1.0
        if not placed:
            ox, oy = 0.0, 0.0
        else:
            distance = placed[0][2] + radius
            while True:
                ox, oy = distance * math.cos(angle), distance * math.sin(angle)
                if all(math.hypot(ox - px, oy - py) >= pr + radius for px, py, pr in placed):
                    break
                angle += 0.35
                distance += radius * 0.12
        placed.append((ox, oy, radius))
        for node, (x, y) in block.items():
            out[node] = (x - cx + ox, y - cy + oy)
    return out


def positions(graph: nx.Graph | nx.DiGraph, *, seed: int = 0,
              ) -> dict[Hashable, tuple[float, float]]:
    """Screen positions (vis-network pixels) for every node; the same graph gives the same picture.

    >>> pos = positions(nx.complete_graph(3))
    >>> all(abs(x) < 200 and abs(y) < 200 for x, y in pos.values())
    True
    """
    if graph.number_of_nodes() == 0:
        return {}
    undirected = nx.Graph(graph.to_undirected(as_view=True)) if graph.is_directed() else graph
    rng = np.random.default_rng(seed)
    layout = _block_positions(undirected, rng)
    return {n: (x * _SCALE, y * _SCALE) for n, (x, y) in layout.items()}
