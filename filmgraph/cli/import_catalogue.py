"""``filmgraph import``: a film catalogue (CSV table or ``film|relation|object``) into the graph."""

from __future__ import annotations

import argparse

from ..catalogue import FIELDS, import_catalogue, parse_mapping
from ..store import open_store
from . import add_store_option


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "import",
        help="import a film catalogue (CSV or film|relation|object) into the graph",
        description="Import film catalogues into their own named graph (re-import replaces it). "
        "Films and people get the same IRIs as in reviews, so they merge.",
    )
    p.add_argument("files", nargs="+", metavar="FILE", help="a .csv table or a pipe-separated KB")
    add_store_option(p)
    p.add_argument("--form", choices=("csv", "pipe"), help="the file's form (default: guessed)")
    p.add_argument("--map", action="append", default=[], metavar="FIELD=COLUMN,…",
                   help=f"CSV column of each field ({', '.join(FIELDS)}); "
                   'e.g. --map title=Title,year="Release Year" (default: guessed from headers)')
    p.add_argument("--sep", default=",", metavar="TEXT",
                   help="separator inside list cells (cast, director, genre…; default ',')")
    p.add_argument("--encoding", default="utf-8")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    mapping = parse_mapping(args.map)
    with open_store(args.store) as store:
        for path in args.files:
            report = import_catalogue(store, path, form=args.form, mapping=mapping or None,
                                      separator=args.sep, encoding=args.encoding)
            print(f"{path}: {report.films} films, {report.triples} triples → <{report.graph}>")
        print(f"store holds {len(store)} triples")
    return 0
