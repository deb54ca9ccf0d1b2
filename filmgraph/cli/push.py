"""``filmgraph push``: copy the store, named graphs intact, to a SPARQL 1.1 server."""

from __future__ import annotations

import argparse
import sys

from tqdm import tqdm

from ..remote import RemoteStore, push
from ..store import open_store
from . import add_store_option


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("push", help="send the graph to a SPARQL 1.1 server over HTTP")
    add_store_option(p)
    p.add_argument("--endpoint", required=True, metavar="URL",
                   help="the server's SPARQL query endpoint (e.g. http://host:7878/query)")
    p.add_argument("--gsp", metavar="URL",
                   help="its Graph Store Protocol endpoint (e.g. http://host:7878/store); "
                        "without it graphs are sent by SPARQL Update")
    p.add_argument("--update", metavar="URL",
                   help="its SPARQL Update endpoint (default: the endpoint with /query → /update)")
    p.add_argument("--prune", action="store_true",
                   help="drop filmgraph graphs on the server that the store no longer has")
    p.add_argument("--no-progress", action="store_true", help="no progress bar")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    remote = RemoteStore(args.endpoint, gsp=args.gsp, update=args.update)
    with open_store(args.store, read_only=True) as store:
        bar = tqdm(total=len(store.named_graphs()), unit="graph", file=sys.stderr,
                   disable=args.no_progress or not sys.stderr.isatty())
        report = push(store, remote, prune=args.prune, on_graph=lambda _: bar.update(1))
        bar.close()
    print(report.summary())
    return 0
