"""``filmgraph validate``: check the store against the SHACL shapes."""

from __future__ import annotations

import argparse

from ..store import open_store
from ..validate import validate
from . import add_store_option


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("validate", help="check the graph against ontology/shapes.ttl (SHACL)")
    add_store_option(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    with open_store(args.store, read_only=True) as store:
        report = validate(store)
    if report.conforms:
        print("conforms: the graph satisfies every shape")
        return 0
    print(report.text)
    print(f"{report.violations} violations")
    return 1
