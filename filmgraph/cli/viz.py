"""``filmgraph viz``: write an interactive, offline HTML picture of the store."""

from __future__ import annotations

import argparse
from typing import Any

import networkx as nx

from ..analytics import describe_path, shortest_path
from ..errors import QueryError
from ..store import open_store
from ..viz import (
    costar_network,
    ego_network,
    find_entity,
    place_hierarchy,
    query_graph,
    render,
    whole_graph,
)
from . import add_store_option, parse_params, whole

VIEWS = ("whole", "ego", "query", "costar", "places")


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("viz", help="write an interactive network picture (offline HTML)",
                       description="Write the graph, or a view of it, as one HTML page that "
                                   "works without internet.")
    add_store_option(p)
    p.add_argument("-o", "--output", default="graph.html", metavar="FILE.html",
                   help="where to write the page (default: graph.html)")
    p.add_argument("--view", choices=VIEWS, default=None,
                   help="whole graph, ego network (--focus), query result (--query), "
                        "co-star network or place hierarchy (default: whole, or the one "
                        "--focus/--query implies)")
    p.add_argument("--focus", metavar="NAME", help="the entity an ego network is centred on")
    p.add_argument("--hops", type=whole(0), default=2, help="how far an ego network reaches (2)")
    p.add_argument("--query", metavar="NAME|FILE", help="a named query or .rq file to draw")
    p.add_argument("--param", "-p", action="append", default=[], metavar="NAME=VALUE",
                   help="a parameter of the named query (repeatable)")
    p.add_argument("--path", nargs=2, metavar=("A", "B"),
                   help="highlight the shortest path between two entities")
    p.add_argument("--size", choices=("degree", "betweenness", "none"), default="degree",
                   help="what node size shows (default: degree)")
    p.add_argument("--max-nodes", type=whole(1), default=5000, metavar="N",
                   help="above N nodes draw only the largest communities (default: 5000)")
    p.add_argument("--literals", action="store_true", help="draw literal values as nodes")
    p.add_argument("--types", action="store_true", help="draw rdf:type links to classes")
    p.add_argument("--provenance", action="store_true", help="draw claim and extractor nodes")
    p.set_defaults(func=run)


def build_view(store: Any, args: argparse.Namespace) -> nx.Graph:
    """The networkx graph the arguments ask for."""
    view = args.view or ("ego" if args.focus else "query" if args.query else "whole")
    options = {"literals": args.literals, "types": args.types, "provenance": args.provenance}
    if view == "ego":
        if not args.focus:
            raise QueryError("--view ego needs --focus NAME")
        return ego_network(store, args.focus, hops=args.hops, **options)
    if view == "query":
        if not args.query:
            raise QueryError("--view query needs --query NAME|FILE")
        return query_graph(store, args.query, parse_params(args.param))
    if view == "costar":
        return costar_network(store)
    if view == "places":
        return place_hierarchy(store)
    return whole_graph(store, **options)


def run(args: argparse.Namespace) -> int:
    with open_store(args.store, read_only=True) as store:
        graph = build_view(store, args)
        highlight: list[Any] = []
        if args.path:
            source, target = (find_entity(store, name) for name in args.path)
            highlight = shortest_path(graph, source, target)
            print(describe_path(graph, highlight))
    page = render(graph, args.output, size_by=args.size, max_nodes=args.max_nodes,
                  highlight=highlight)
    print(f"wrote {args.output}: {page.shown.number_of_nodes():,} nodes, "
          f"{page.shown.number_of_edges():,} links")
    for line in page.notice:
        if not line.startswith("Path:"):
            print(line)
    return 0
