"""``filmgraph export``: write the store as N-Quads, TriG, Turtle or JSON-LD."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..files import write_atomically
from ..store import FORMATS, open_store
from . import add_store_option


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("export", help="serialise the store (stdout by default)")
    add_store_option(p)
    p.add_argument("--format", default="nquads", choices=sorted(FORMATS))
    p.add_argument("-o", "--output", type=Path, help="file to write (default: stdout)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    with open_store(args.store, read_only=True) as store:
        if args.output:
            # never leave a half-written export under the real name
            write_atomically(args.output, lambda part: store.export(args.format, part),
                             what="export")
        else:
            data = store.export(args.format)
            sys.stdout.buffer.write(data or b"")
    return 0
