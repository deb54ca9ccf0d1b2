"""How firm an evaluation figure is: bootstrap confidence intervals over reviews.

A gold set of 160 reviews gives one F1 per relation, but another 160 reviews of the same kind
would give another. Resampling the scored reviews with replacement, and micro-averaging each
resample as ``filmgraph eval`` does, shows how far the figure moves with the sample: the
percentile interval of precision, recall and F1. Reviews, not facts, are resampled, because
the facts of one review stand or fall together (a wrong title takes every credit with it).
The resampling is seeded, so the same report gives the same intervals on any machine.

>>> from filmgraph.eval import EvalReport, Score
>>> report = EvalReport(by_review={s: {"actor": Score(2, 0, 1)} for s in ("a", "b", "c")})
>>> confidence_intervals(report)["actor"].f1   # every review alike: nothing to vary
(0.8, 0.8)
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np

from .eval import RELATIONS, EvalReport, Score

__all__ = ["Interval", "confidence_intervals", "difference_intervals", "format_intervals"]


@dataclass(frozen=True, slots=True)
class Interval:
    """The ``level`` percentile interval of one relation's precision, recall and F1."""

    relation: str
    precision: tuple[float, float]
    recall: tuple[float, float]
    f1: tuple[float, float]
    level: float


def confidence_intervals(
    report: EvalReport, *, level: float = 0.95, resamples: int = 2000, seed: int = 0
) -> dict[str, Interval]:
    """Per relation scored in ``report``, and for the micro average (``"micro"``), the
    bootstrap interval of each figure over ``resamples`` resamples of its reviews.

    >>> from filmgraph.eval import EvalReport, Score
    >>> by_review = {"a": {"director": Score(1, 0, 0)}, "b": {"director": Score(0, 1, 1)}}
    >>> ci = confidence_intervals(EvalReport(by_review=by_review))["director"]
    >>> ci.f1[0] == 0.0 and ci.f1[1] == 1.0   # two reviews: one all right, one all wrong
    True
    """
    sources = sorted(report.by_review)
    counts = _resampled(len(sources), level, resamples, seed)
    return {
        name: _interval(name, _figures(counts, report, sources, wanted), level)
        for name, wanted in _relations(report)
    }


def difference_intervals(
    report: EvalReport,
    baseline: EvalReport,
    *,
    level: float = 0.95,
    resamples: int = 2000,
    seed: int = 0,
) -> dict[str, Interval]:
    """The interval of each figure's change from ``baseline`` to ``report``, two scorings of
    the same gold reviews (two versions of the extractors, or one with an extractor left
    out). The resamples are paired, both scorings read on the same draw of reviews, so the
    noise the reviews share cancels: a change far smaller than either interval can be told
    from zero. An interval that holds 0 is no evidence of a change.

    >>> from filmgraph.eval import EvalReport, Score
    >>> old = EvalReport(by_review={s: {"actor": Score(1, 1, 1)} for s in "abc"})
    >>> new = EvalReport(by_review={s: {"actor": Score(2, 0, 0)} for s in "abc"})
    >>> difference_intervals(new, old)["actor"].f1
    (0.5, 0.5)
    """
    sources = sorted(report.by_review)
    if sources != sorted(baseline.by_review):
        raise ValueError("the two reports score different reviews; a paired comparison needs one")
    counts = _resampled(len(sources), level, resamples, seed)
    out: dict[str, Interval] = {}
    for name, wanted in _relations(report, baseline):
        after = _figures(counts, report, sources, wanted)
        before = _figures(counts, baseline, sources, wanted)
        out[name] = _interval(name, tuple(a - b for a, b in zip(after, before, strict=True)), level)
    return out


def _resampled(n: int, level: float, resamples: int, seed: int) -> np.ndarray:
    """How often each of ``n`` reviews is drawn in each resample (resamples × n)."""
    if not 0 < level < 1:
        raise ValueError(f"level must lie between 0 and 1, got {level}")
    rng = np.random.default_rng(seed)
    picks = rng.integers(0, n, size=(resamples, n)) if n else np.zeros((resamples, 0), int)
    counts = np.zeros((resamples, n))
    np.add.at(counts, (np.arange(resamples)[:, None], picks), 1.0)
    return counts


def _relations(*reports: EvalReport) -> list[tuple[str, list[str]]]:
    """Each relation some review scores, alone, then all of them pooled as ``micro``."""
    scored = [r for r in RELATIONS if any(_scored(rep.by_review, r) for rep in reports)]
    return [*((r, [r]) for r in scored), *([("micro", scored)] if scored else [])]


def _scored(by_review: Mapping[str, Mapping[str, Score]], relation: str) -> bool:
    return any(
        (s := scores.get(relation)) is not None and s.tp + s.fp + s.fn
        for scores in by_review.values()
    )


_Figures = tuple[np.ndarray, np.ndarray, np.ndarray]


def _figures(
    counts: np.ndarray, report: EvalReport, sources: list[str], relations: list[str]
) -> _Figures:
    """Precision, recall and F1 of each resample, micro-averaged over ``relations``."""
    tp, fp, fn = (
        counts @ np.array([_count(report.by_review[s], relations, part) for s in sources])
        for part in ("tp", "fp", "fn")
    )
    # Each draw's sums scored by Score itself, so the conventions are eval's own (nothing
    # predicted is precision 1, nothing to find is recall 1).
    drawn = [Score(int(a), int(b), int(c)) for a, b, c in zip(tp, fp, fn, strict=True)]
    return (
        np.array([s.precision for s in drawn]),
        np.array([s.recall for s in drawn]),
        np.array([s.f1 for s in drawn]),
    )


def _count(scores: Mapping[str, Score], relations: list[str], part: str) -> float:
    return float(sum(getattr(scores[r], part) for r in relations if r in scores))


def _interval(name: str, figures: tuple[np.ndarray, ...], level: float) -> Interval:
    tail = (1 - level) / 2

    def bounds(values: np.ndarray) -> tuple[float, float]:
        lo, hi = np.quantile(values, [tail, 1 - tail])
        return round(float(lo), 4), round(float(hi), 4)

    p, r, f1 = figures
    return Interval(name, bounds(p), bounds(r), bounds(f1), level)


def format_intervals(intervals: Mapping[str, Interval], *, change: bool = False) -> str:
    """The intervals as a plain-text table, one row per relation; ``change`` for those of
    :func:`difference_intervals`, whose bounds carry a sign.

    >>> ci = Interval("actor", (0.8, 0.9), (0.7, 0.85), (0.75, 0.87), 0.95)
    >>> print(format_intervals({"actor": ci}))
    95% interval     precision    recall       f1
    actor            0.800–0.900  0.700–0.850  0.750–0.870
    >>> up = Interval("actor", (0.0, 0.0), (-0.01, 0.03), (-0.005, 0.02), 0.95)
    >>> print(format_intervals({"actor": up}, change=True))
    95% change       precision         recall            f1
    actor            +0.000 to +0.000  -0.010 to +0.030  -0.005 to +0.020
    """
    if not intervals:
        return ""
    level = next(iter(intervals.values())).level
    cell = "{:+.3f} to {:+.3f}" if change else "{:.3f}–{:.3f}"
    width = len(cell.format(0, 0))
    heads = "  ".join(f"{h:<{width}}" for h in ("precision", "recall", "f1"))
    label = f"{level:.0%} {'change' if change else 'interval'}"
    lines = [f"{label:<17}{heads}".rstrip()]
    for name, ci in intervals.items():
        cells = "  ".join(cell.format(lo, hi) for lo, hi in (ci.precision, ci.recall, ci.f1))
        lines.append(f"{name:<17}{cells}")
    return "\n".join(lines)
