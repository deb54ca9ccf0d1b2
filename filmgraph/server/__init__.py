"""``filmgraph serve``: the graph as a SPARQL 1.1 endpoint with an offline query page.

>>> from filmgraph.server import make_server
>>> sorted(__all__)
['SparqlServer', 'make_server', 'serve']
"""

from __future__ import annotations

from .app import SparqlServer, make_server, serve

__all__ = ["SparqlServer", "make_server", "serve"]
