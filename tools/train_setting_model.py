"""Train the setting model on the dev gold and write ``data/models/setting.json``.

    python tools/train_setting_model.py            # train, report cross-validation, write
    python tools/train_setting_model.py --check    # exit 1 if the shipped weights differ

Only the dev gold (``filmgraph.learn.DEV_GOLD``) is read; the held-out sets are not.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from filmgraph.extract.setting_model import SettingModel
from filmgraph.learn import DEV_GOLD, cross_validate, examples, fit

REPO = Path(__file__).resolve().parent.parent
SHIPPED = REPO / "data" / "models" / "setting.json"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--root", default=str(REPO.parent / "shared" / "corpus"))
    ap.add_argument("--check", action="store_true", help="compare with the shipped weights")
    args = ap.parse_args(argv)
    data = list(examples([REPO / "tests" / "gold" / n for n in DEV_GOLD], root=args.root))
    model = fit(data, trained_on=DEV_GOLD)
    if args.check:
        shipped = SettingModel.load(SHIPPED)
        worst = max(abs(a - b) for a, b in zip(shipped.weights, model.weights, strict=True))
        print(f"{len(data)} examples; largest weight difference {worst:.2e}")
        return 0 if worst < 1e-3 and abs(shipped.bias - model.bias) < 1e-3 else 1
    cv = cross_validate(data)
    print(f"{len(data)} examples, {sum(e.setting for e in data)} settings")
    for name, (p, r, f1) in cv.items():
        print(f"5-fold, named places: {name:5s} P {p:.3f} R {r:.3f} F1 {f1:.3f}")
    model.dump(SHIPPED)
    print(f"wrote {SHIPPED.relative_to(REPO)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
