"""``filmgraph eval``: precision, recall and F1 of extraction against a gold set."""

from __future__ import annotations

import argparse
import json
from dataclasses import asdict

from ..errors import InputError
from ..eval import SHARED_CORPUS, EvalReport, check_extractors, format_report, run_eval
from ..intervals import confidence_intervals, difference_intervals, format_intervals


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("eval", help="score extraction against a gold JSON file")
    p.add_argument("gold", metavar="GOLD.json", help="the gold facts (see filmgraph.eval)")
    p.add_argument(
        "paths",
        nargs="*",
        metavar="PATH",
        help="score only the gold reviews under these files or folders",
    )
    p.add_argument(
        "--root",
        default=None,
        metavar="DIR",
        help="folder the gold 'source' paths are relative to (default: the gold file's own "
        f"'root', else {SHARED_CORPUS})",
    )
    p.add_argument("--json", action="store_true", help="print the scores as JSON")
    p.add_argument("--errors", action="store_true", help="also list every miss, per review")
    p.add_argument(
        "--without",
        action="append",
        default=[],
        metavar="EXTRACTOR",
        help="leave an extractor out (repeatable), e.g. 'known-credits' to score the text alone",
    )
    p.add_argument(
        "--gold-titles",
        action="store_true",
        help="give each review its gold title, to see what wrong titles cost",
    )
    p.add_argument(
        "--ci",
        action="store_true",
        help="also give each figure's 95%% bootstrap interval over the reviews",
    )
    p.add_argument(
        "--compare-without",
        action="append",
        default=[],
        metavar="EXTRACTOR",
        help="also score with this extractor left out (repeatable) and give the 95%% interval "
        "of what it adds, paired over the same reviews",
    )
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    def score(without: list[str]) -> EvalReport:
        return run_eval(
            args.gold,
            root=args.root,
            paths=args.paths or None,
            without=without,
            gold_titles=args.gold_titles,
        )

    # Both lists checked before the first scoring, which takes seconds on a large gold set.
    check_extractors(args.without, option="--without")
    check_extractors(args.compare_without, option="--compare-without")
    both = set(args.without) & set(args.compare_without)
    if both:
        raise InputError("--compare-without", f"{', '.join(sorted(both))} is left out already")
    report = score(args.without)
    intervals = confidence_intervals(report) if args.ci else {}
    # The same reviews scored again with more left out: what those extractors add.
    baseline = score([*args.without, *args.compare_without]) if args.compare_without else None
    change = difference_intervals(report, baseline) if baseline is not None else {}
    if args.json:
        out = report.as_dict()
        if args.errors:
            out["errors"] = report.errors
        if args.ci:
            out["intervals"] = {name: asdict(ci) for name, ci in intervals.items()}
        if baseline is not None:
            out["without"] = {"extractors": args.compare_without, **baseline.as_dict()}
            out["change"] = {name: asdict(ci) for name, ci in change.items()}
        print(json.dumps(out, indent=2, ensure_ascii=False))
        return 0
    print(format_report(report))
    if intervals:
        print(format_intervals(intervals))
    if change:
        left_out = ", ".join(args.compare_without)
        print(f"What {left_out} adds (scored with it, less without it; paired over the reviews):")
        print(format_intervals(change, change=True))
    if args.errors:
        for err in report.errors:
            print(
                f"{err['source']} {err['relation']}: "
                f"fp={err['false_positives']} fn={err['false_negatives']}"
            )
    return 0
