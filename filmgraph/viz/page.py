"""A networkx graph as one self-contained HTML page drawn by vis-network.

The page works with no internet: vis-network's script and style (shipped inside pyvis) are
inlined, nothing else is referenced, and a Content-Security-Policy forbids loading anything.
pyvis's own template still links Bootstrap from a CDN and its ``from_nx`` is quadratic, so we
fill our own template with node and edge lists built in one pass.

Text from reviews is untrusted: the graph travels as JSON inside a ``<script
type="application/json">`` block (with ``<``, ``>`` and ``&`` escaped) and the page sets every
label and tooltip with ``textContent``.

Large graphs get positions from :mod:`filmgraph.viz.layout` and no physics; above
``max_nodes`` only the largest communities are drawn, and the page says so.

>>> import networkx as nx
>>> html = to_html(nx.path_graph(3)).html
>>> "vis.Network" in html and "https://" not in html.split("<style>")[0]
True
"""

from __future__ import annotations

import html as html_lib
import json
import math
import re
from collections.abc import Hashable, Sequence
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from itertools import pairwise
from pathlib import Path
from typing import Any, Literal

import networkx as nx

from ..analytics import centrality, communities
from ..errors import FilmgraphError
from ..files import write_atomically
from .kinds import style
from .layout import positions

__all__ = ["PHYSICS_LIMIT", "Page", "render", "to_html"]

#: Above this many nodes the browser gets precomputed positions and no physics.
PHYSICS_LIMIT = 300
#: Above this many edges, edge labels are left to the tooltip (drawing them is slow).
EDGE_LABEL_LIMIT = 400
_PATH_COLOUR = "#d62728"
_FADED = "#dddddd"

SizeBy = Literal["degree", "betweenness", "none"]


@dataclass(slots=True)
class Page:
    """A generated page: its HTML, the graph it draws (maybe reduced) and what it told the user."""

    html: str
    shown: nx.Graph
    total_nodes: int
    total_edges: int
    notice: list[str] = field(default_factory=list)
    physics: bool = True


@cache
def _vis_assets() -> tuple[str, str]:
    """vis-network's script and style, from the copy pyvis ships (the newest version in it)."""
    import pyvis

    lib = Path(pyvis.__file__).resolve().parent / "lib"
    versions = sorted(
        (p for p in lib.glob("vis-*") if (p / "vis-network.min.js").is_file()),
        key=lambda p: tuple(int(x) for x in re.findall(r"\d+", p.name)),
    )
    if not versions:
        raise FilmgraphError(f"{lib}: pyvis ships no vis-network here; reinstall pyvis")
    newest = versions[-1]
    return (
        (newest / "vis-network.min.js").read_text(encoding="utf-8"),
        (newest / "vis-network.css").read_text(encoding="utf-8"),
    )


@cache
def _template() -> tuple[str, str]:
    here = resources.files("filmgraph.viz")
    return (here / "page.html").read_text(encoding="utf-8"), (here / "page.js").read_text(
        encoding="utf-8"
    )


def _script_json(value: object) -> str:
    """JSON that cannot end its ``<script>`` element or open a comment, whatever the text."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def _reduce(graph: nx.Graph, max_nodes: int) -> tuple[nx.Graph, list[str]]:
    """The largest communities that fit in ``max_nodes``, with a sentence saying so."""
    if graph.number_of_nodes() <= max_nodes:
        return graph, []
    keep: set[Hashable] = set()
    parts = communities(graph)
    taken = 0
    what = ""
    for part in parts:
        if len(keep) + len(part) > max_nodes:
            if not keep:  # one community bigger than the budget: its best-connected nodes
                ranked = sorted(part, key=lambda n: (-graph.degree(n), str(n)))
                keep.update(ranked[:max_nodes])
                what = (f"the best-connected members of the largest community "
                        f"({len(parts):,} in all)")
            break
        keep.update(part)
        taken += 1
    shown = graph.subgraph(keep).copy()
    shown.graph.update(graph.graph)
    what = what or f"the {taken:,} largest of {len(parts):,} communities"
    return shown, [
        f"Showing {shown.number_of_nodes():,} of {graph.number_of_nodes():,} nodes and "
        f"{shown.number_of_edges():,} of {graph.number_of_edges():,} links: {what} (Louvain). "
        "Narrow the view (an ego network, a query) or raise --max-nodes to see more."
    ]


def _sizes(graph: nx.Graph, size_by: SizeBy, big: bool) -> dict[Hashable, float]:
    low, high = (5.0, 28.0) if big else (10.0, 36.0)
    if size_by == "none" or graph.number_of_nodes() == 0:
        return dict.fromkeys(graph, (low + high) / 3)
    scores = centrality(graph, size_by)
    top = max(scores.values()) or 1.0
    return {n: low + (high - low) * math.sqrt(scores[n] / top) for n in graph}


def _short(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def to_html(graph: nx.Graph, *, title: str | None = None, size_by: SizeBy = "degree",
            max_nodes: int = 5000, highlight: Sequence[Hashable] = (),
            notice: Sequence[str] = ()) -> Page:
    """The page for ``graph``; ``highlight`` is a path of nodes to draw in red.

    >>> import networkx as nx
    >>> page = to_html(nx.connected_caveman_graph(70, 10), max_nodes=500)  # 700 nodes
    >>> page.shown.number_of_nodes(), page.physics
    (500, False)
    >>> page.notice[0].startswith("Showing 500 of 700 nodes")
    True
    """
    if max_nodes < 1:
        raise ValueError(f"max_nodes must be at least 1, not {max_nodes}")
    shown, notes = _reduce(graph, max_nodes)
    notes = [*notice, *notes]
    n = shown.number_of_nodes()
    big = n > PHYSICS_LIMIT
    xy = positions(shown) if big else {}
    sizes = _sizes(shown, size_by, big)
    on_path = set(highlight)
    path_edges = {frozenset(pair) for pair in pairwise(highlight)}
    if highlight:
        labels = [str(shown.nodes[h].get("label", h)) for h in highlight if h in shown]
        notes.append("Path: " + " → ".join(labels))
    focus = shown.graph.get("focus")
    index = {node: i for i, node in enumerate(shown)}
    kinds_seen: dict[str, None] = {}
    nodes: list[dict[str, Any]] = []
    for node, attrs in shown.nodes(data=True):
        kind = str(attrs.get("kind", "other"))
        look = style(kind)
        kinds_seen[kind] = None
        name = str(attrs.get("label", node))
        item: dict[str, Any] = {
            "id": index[node], "label": _short(name), "name": name, "kindLabel": look.label,
            "shape": look.shape, "size": round(sizes[node], 1),
            "color": look.colour if not on_path or node in on_path else _FADED,
            "border": 4 if node == focus or node in on_path else 1,
            "facts": [[str(k), str(v)] for k, v in attrs.get("facts", ())],
            "iri": str(attrs.get("iri", "")), "wikidata": attrs.get("wikidata"),
        }
        if node in xy:
            item["x"], item["y"] = round(xy[node][0], 1), round(xy[node][1], 1)
        nodes.append(item)
    edges: list[dict[str, Any]] = []
    for a, b, attrs in shown.edges(data=True):
        edge: dict[str, Any] = {"from": index[a], "to": index[b],
                                "label": str(attrs.get("label", ""))}
        if frozenset((a, b)) in path_edges:
            edge["color"], edge["width"] = _PATH_COLOUR, 4
        elif on_path:
            edge["color"] = _FADED
        edges.append(edge)
    directed = shown.is_directed()
    options: dict[str, Any] = {
        "nodes": {"font": {"size": 14}},
        "edges": {
            "arrows": {"to": {"enabled": directed, "scaleFactor": 0.5}},
            "color": {"color": "#9aa0a6", "highlight": "#333333", "hover": "#333333"},
            "font": {"size": 10, "align": "middle", "color": "#555555"},
            "smooth": False if big else {"type": "continuous"},
        },
        "interaction": {"hover": True, "tooltipDelay": 120, "hideEdgesOnDrag": big,
                        "hideEdgesOnZoom": big},
        "layout": {"improvedLayout": n <= 100, "randomSeed": 7},
        "physics": {"enabled": not big, "solver": "forceAtlas2Based",
                    "stabilization": {"iterations": 300, "fit": True}},
    }
    if big:
        notes.append(f"{n:,} nodes: laid out in advance by community (physics off).")
    heading = title or str(shown.graph.get("title") or "filmgraph")
    data = {
        "title": heading,
        "notice": notes,
        "legend": [{"label": style(k).label, "colour": style(k).colour, "shape": style(k).shape}
                   for k in kinds_seen],
        "nodes": nodes, "edges": edges, "options": options,
        "edgeLabels": len(edges) <= EDGE_LABEL_LIMIT,
    }
    page, script = _template()
    vis_js, vis_css = _vis_assets()
    # One pass of replacements so that no inserted text is itself searched for markers.
    parts = {"{{TITLE}}": html_lib.escape(heading), "{{VIS_CSS}}": vis_css,
             "{{VIS_JS}}": vis_js, "{{PAGE_JS}}": script, "{{DATA}}": _script_json(data)}
    out = re.sub(r"\{\{[A-Z_]+\}\}", lambda m: parts[m.group(0)], page)
    return Page(out, shown, graph.number_of_nodes(), graph.number_of_edges(), notes, not big)


def render(graph: nx.Graph, path: str | Path, **options: Any) -> Page:
    """Write the page for ``graph`` to ``path``; options as for :func:`to_html`.

    >>> import networkx as nx, tempfile, pathlib
    >>> out = pathlib.Path(tempfile.mkdtemp()) / "g.html"
    >>> render(nx.path_graph(3), out).shown.number_of_nodes()
    3
    """
    page = to_html(graph, **options)
    # Whole or not at all, like an export: a write stopped halfway leaves no cut-short page.
    write_atomically(path, lambda part: part.write_text(page.html, encoding="utf-8"),
                     what="page")
    return page
