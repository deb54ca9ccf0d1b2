"""Train the learned extractors on the dev gold and write their weights to ``data/models/``.

    python tools/train_models.py            # train both, report cross-validation, write
    python tools/train_models.py --check    # exit 1 if the shipped weights differ
    python tools/train_models.py period     # one model: setting or period

Only the dev gold (``filmgraph.learn.DEV_GOLD``) is read; the held-out sets are not.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from filmgraph.learn import DEV_GOLD, MODELS, cross_validate, dev_examples, fit

REPO = Path(__file__).resolve().parent.parent


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("models", nargs="*", metavar="MODEL", help="setting, period (default: both)")
    ap.add_argument("--root", default=str(REPO.parent / "shared" / "corpus"))
    ap.add_argument("--check", action="store_true", help="compare with the shipped weights")
    args = ap.parse_args(argv)
    for name in args.models:
        if name not in MODELS:
            ap.error(f"no model {name!r} (models: {', '.join(MODELS)})")
    status = 0
    for name in args.models or list(MODELS):
        kind, _, what = MODELS[name]
        shipped_at = kind.shipped_path()
        data = dev_examples(name, REPO / "tests" / "gold", root=args.root)
        model = fit(data, model=kind, trained_on=DEV_GOLD)
        if args.check:
            shipped = kind.load(shipped_at)
            worst = max(abs(a - b) for a, b in zip(shipped.weights, model.weights, strict=True))
            same = worst < 1e-3 and abs(shipped.bias - model.bias) < 1e-3
            print(f"{name}: {len(data)} examples; largest weight difference {worst:.2e}")
            status |= not same
            continue
        print(f"{name}: {len(data)} examples, {sum(e.label for e in data)} positive")
        for rows, (p, r, f1) in cross_validate(data, model=kind).items():
            print(f"  5-fold, {what}: {rows:5s} P {p:.3f} R {r:.3f} F1 {f1:.3f}")
        model.dump(shipped_at)
        print(f"  wrote {shipped_at.relative_to(REPO)}")
    return status


if __name__ == "__main__":
    sys.exit(main())
