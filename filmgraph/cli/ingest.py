"""``filmgraph ingest PATH...``: read reviews into the store."""

from __future__ import annotations

import argparse
import os
import sys

from tqdm import tqdm

from ..errors import InputError
from ..model import Review
from ..pipeline import ingest
from ..sources import find_sources
from ..store import open_store
from . import add_store_option, whole


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("ingest", help="read reviews (.txt, .html, .jsonl; files or folders)")
    p.add_argument("paths", nargs="+", metavar="PATH")
    add_store_option(p)
    p.add_argument("--encoding", help="read text files in this encoding (default UTF-8)")
    p.add_argument("--force", action="store_true", help="re-extract unchanged reviews too")
    p.add_argument("--no-progress", action="store_true", help="no progress bar")
    p.add_argument("--workers", "-j", type=whole(0), metavar="N",
                   help="extract in N processes and write in N-Quads batches (0: every core)")
    p.add_argument("--batch-size", type=whole(1), default=500, metavar="N",
                   help="reviews per store write with --workers (default 500)")
    p.add_argument("--transactional", action="store_true",
                   help="with --workers: one transaction per batch instead of the bulk loader "
                        "(slower; both are crash-safe)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    total = sum(1 for item in find_sources(args.paths) if not isinstance(item, InputError))
    bar = tqdm(
        total=total,
        unit="file",
        disable=args.no_progress or not sys.stderr.isatty(),
        file=sys.stderr,
    )
    last: list[str] = [""]

    def step(item: Review | InputError) -> None:
        source = item.source if isinstance(item, Review) else ""
        path = source.split("#", 1)[0]
        if path and path != last[0]:
            last[0] = path
            bar.update(1)

    with open_store(args.store) as store:
        report = ingest(
            args.paths, store, encoding=args.encoding, force=args.force, on_review=step,
            workers=None if args.workers is None else args.workers or os.cpu_count() or 1,
            batch_size=args.batch_size, bulk=not args.transactional,
        )
    bar.close()
    for line in report.errors:
        print(f"filmgraph: error: {line}", file=sys.stderr)
    print(report.summary())
    return 1 if report.errors else 0
