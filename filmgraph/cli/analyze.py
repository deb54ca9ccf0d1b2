"""``filmgraph analyze``: who is central, which groups form, how two entities are connected."""

from __future__ import annotations

import argparse

from ..analytics import centrality, communities, describe_path, shortest_path, top
from ..errors import QueryError
from ..store import open_store
from ..viz import costar_network, find_entity, whole_graph
from . import add_store_option, whole


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("analyze", help="centrality, communities and paths in the graph")
    add_store_option(p)
    p.add_argument("--graph", choices=("whole", "costar"), default="whole",
                   help="the whole entity graph or the co-star network (default: whole)")
    p.add_argument("--centrality", choices=("degree", "betweenness"),
                   help="list the most central entities")
    p.add_argument("--top", type=whole(0), default=10, metavar="N", help="how many to list (10)")
    p.add_argument("--communities", choices=("louvain", "greedy"), nargs="?", const="louvain",
                   help="list communities (default method: louvain)")
    p.add_argument("--path", nargs=2, metavar=("A", "B"),
                   help="how is A connected to B? (names of films, people, places…)")
    p.set_defaults(func=run)


def _short(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def run(args: argparse.Namespace) -> int:
    if not (args.centrality or args.communities or args.path):
        args.centrality = "degree"
    with open_store(args.store, read_only=True) as store:
        graph = whole_graph(store) if args.graph == "whole" else costar_network(store)
        ends = [find_entity(store, name) for name in args.path] if args.path else []
    print(f"{args.graph} graph: {graph.number_of_nodes():,} nodes, "
          f"{graph.number_of_edges():,} links")
    if args.centrality:
        print(f"\n{args.centrality} centrality")
        for rank, (node, score) in enumerate(top(centrality(graph, args.centrality), args.top), 1):
            data = graph.nodes[node]
            name = _short(str(data.get("label", node)))
            print(f"{rank:>3}. {score:.3f}  {name} ({data.get('kind', '?')})")
    if args.communities:
        parts = communities(graph, args.communities)
        print(f"\n{len(parts)} communities ({args.communities})")
        for i, part in enumerate(parts[: args.top], 1):
            ranked = sorted(part, key=lambda n: (-graph.degree(n), str(n)))
            names = ", ".join(_short(str(graph.nodes[n].get("label", n))) for n in ranked[:6])
            more = f" … (+{len(part) - 6})" if len(part) > 6 else ""
            print(f"{i:>3}. {len(part):>4} nodes: {names}{more}")
    if ends:
        source, target = ends
        if source not in graph or target not in graph:
            raise QueryError(f"{' or '.join(args.path)}: not in the {args.graph} graph")
        print("\npath")
        print(describe_path(graph, shortest_path(graph, source, target)))
    return 0
