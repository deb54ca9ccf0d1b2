"""Interactive network pictures of the store: networkx projections drawn as offline HTML.

>>> import filmgraph, filmgraph.viz, tempfile, pathlib
>>> from filmgraph.resources import data_dir
>>> store = filmgraph.open_store()
>>> _ = filmgraph.ingest([data_dir() / "example" / "closeness.txt"], store)
>>> g = filmgraph.viz.ego_network(store, "Kantemir Balagov", hops=1)
>>> page = filmgraph.viz.render(g, pathlib.Path(tempfile.mkdtemp()) / "balagov.html")
>>> page.shown.number_of_nodes() == g.number_of_nodes()
True
"""

from __future__ import annotations

from .kinds import KINDS, Style
from .page import PHYSICS_LIMIT, Page, render, to_html
from .project import (
    costar_network,
    ego_network,
    find_entity,
    place_hierarchy,
    query_graph,
    whole_graph,
)

__all__ = [
    "KINDS",
    "PHYSICS_LIMIT",
    "Page",
    "Style",
    "costar_network",
    "ego_network",
    "find_entity",
    "place_hierarchy",
    "query_graph",
    "render",
    "to_html",
    "whole_graph",
]
