"""``filmgraph merges`` and ``filmgraph unmerge``: audit the merges resolution made by rule,
and take one back."""

from __future__ import annotations

import argparse
import json

from ..merges import stored_merges, undo_merge
from ..store import open_store
from . import add_store_option


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "merges", help="list the names resolution joined by rule (method, score, review)"
    )
    add_store_option(p)
    p.add_argument("--json", action="store_true", help="one JSON object per merge")
    p.set_defaults(func=run_list)

    u = sub.add_parser(
        "unmerge",
        help="take a merge back: re-resolve the reviews that made it, and never make it again",
    )
    add_store_option(u)
    u.add_argument("merge", metavar="MERGE", help="a merge's id or IRI, as `merges` lists it")
    u.add_argument("--encoding", help="of the source files, when they are not UTF-8")
    u.set_defaults(func=run_undo)


def run_list(args: argparse.Namespace) -> int:
    with open_store(args.store, read_only=True) as store:
        merges = stored_merges(store)
    for m in merges:
        merge_id = m.iri.rsplit("/", 1)[-1]
        if args.json:
            print(json.dumps({"id": merge_id, "iri": str(m.iri), "alias": m.alias,
                              "result": str(m.result), "method": m.method, "score": m.score,
                              "source": m.source}, ensure_ascii=False))
        else:
            print(f"{merge_id}  {m.alias!r} -> <{m.result}>  {m.method} {m.score:g}  {m.source}")
    return 0


def run_undo(args: argparse.Namespace) -> int:
    with open_store(args.store) as store:
        report = undo_merge(store, args.merge, encoding=args.encoding)
    print(f"undone: {report.alias!r} is no longer <{report.result}>; "
          f"{report.reviews} review(s) resolved again")
    return 0
