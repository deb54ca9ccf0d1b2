"""``filmgraph serve``: the store as a SPARQL 1.1 endpoint, with a query page at ``/``."""

from __future__ import annotations

import argparse

from ..server import serve
from . import add_store_option, seconds, whole


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("serve", help="serve the store as a SPARQL endpoint with a query page")
    add_store_option(p)
    p.add_argument("--host", default="127.0.0.1",
                   help="address to listen on (default 127.0.0.1: this machine only)")
    p.add_argument("--port", type=whole(0, 65535), default=7070,
                   help="port (default 7070; 0 picks one)")
    p.add_argument("--timeout", type=seconds(), default=30.0, metavar="S",
                   help="stop any query after S seconds (default 30)")
    p.add_argument("--allow-update", action="store_true",
                   help="accept SPARQL Update (one worker then holds the store read-write)")
    p.add_argument("--max-body", type=whole(0), default=1 << 20, metavar="BYTES",
                   help="largest request body accepted (default 1 MiB)")
    p.add_argument("--workers", type=whole(1), default=2,
                   help="query processes run side by side (default 2)")
    p.add_argument("--max-connections", type=whole(1), default=64, metavar="N",
                   help="open connections served at once; more get a 503 (default 64)")
    p.add_argument("--refresh", type=seconds(zero=True), default=0.0, metavar="S",
                   help="reopen the read-only snapshot every S seconds (default: never)")
    p.add_argument("--quiet", action="store_true", help="do not log each request")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    serve(args.store, host=args.host, port=args.port, timeout=args.timeout,
          allow_update=args.allow_update, max_body=args.max_body, workers=args.workers,
          refresh=args.refresh, max_connections=args.max_connections, quiet=args.quiet)
    return 0
