"""``filmgraph query``: a named query from the library, a ``.rq`` file, or SPARQL text."""

from __future__ import annotations

import argparse
import shlex
import sys
from typing import cast

from ..errors import QueryError
from ..query import list_queries, run_query
from ..results import FORMATS, format_result
from ..store import Store, open_store
from . import add_store_option, parse_params


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("query", help="run a named query, a .rq file or SPARQL text")
    p.add_argument("query", nargs="?", help="NAME from queries/, a FILE.rq, or SPARQL text")
    add_store_option(p)
    p.add_argument("--param", "-p", action="append", default=[], metavar="NAME=VALUE",
                   help="a typed parameter of a named query (repeatable)")
    p.add_argument("--format", "-f", default="table", choices=FORMATS)
    p.add_argument("--list", action="store_true", help="list the query library")
    p.add_argument("--endpoint", metavar="URL",
                   help="query this SPARQL 1.1 endpoint instead of the local store")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    if args.list:
        for q in list_queries():
            params = " ".join(f"--param {shlex.quote(f'{p.name}={p.example}')}" for p in q.params)
            print(f"{q.name:28} {q.title}")
            if params:
                print(f"{'':28}   e.g. filmgraph query {q.name} {params}")
        return 0
    if not args.query:
        raise QueryError("give a query NAME, FILE.rq or SPARQL text (or --list)")
    if args.endpoint:
        from ..remote import RemoteStore

        # run_query only calls .query(sparql, bindings=...), which RemoteStore offers too.
        remote = cast(Store, RemoteStore(args.endpoint))
        result = run_query(remote, args.query, parse_params(args.param))
    else:
        with open_store(args.store, read_only=True) as store:
            result = run_query(store, args.query, parse_params(args.param))
    sys.stdout.write(format_result(result, args.format).rstrip("\n") + "\n")
    return 0
