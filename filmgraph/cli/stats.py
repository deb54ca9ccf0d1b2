"""``filmgraph stats``: what the store holds."""

from __future__ import annotations

import argparse
import json

from ..stats import stats
from ..store import open_store
from . import add_store_option


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("stats", help="count reviews, films, people, places, themes, triples")
    add_store_option(p)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    with open_store(args.store, read_only=True) as store:
        counts = stats(store)
    if args.json:
        print(json.dumps(counts))
    else:
        for key, value in counts.items():
            print(f"{key:14} {value}")
    return 0
