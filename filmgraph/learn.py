"""Training the learned extractors from gold: candidates, their labels, and the logistic fit.

Each gazetteer place a gold review names is one example for the setting model (see
:func:`filmgraph.extract.setting_model.place_candidates`), each period it names one for the
period model (:func:`filmgraph.extract.period_model.period_candidates`), labelled the way
``filmgraph eval`` would score it: right, wrong, or neither (a place or period around a gold
one, left out of training). The fit is plain gradient descent with an L2 penalty, from zero, for a
fixed number of steps: the same gold gives the same weights on any machine, so a test can
check that the shipped weights are what this code trains.

>>> examples = [Example("a", (1.0, 0.0), True), Example("a", (0.0, 1.0), False)]
>>> model = fit(examples, features=("cue", "other"))
>>> model.weights[0] > 0 > model.weights[1]
True
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

import numpy as np

from .eval import GoldReview, declared_root, judge, load_gold, place_fact, read_gold_reviews
from .extract import DEFAULT_EXTRACTORS, Doc, Extractor
from .extract.lexicon import Lexicon, PlaceEntry, default_lexicon
from .extract.logistic import LogisticModel
from .extract.period_model import PeriodModel, PeriodScorer, period_candidates
from .extract.setting_model import SettingModel, SettingScorer, place_candidates

__all__ = [
    "DEV_GOLD",
    "MODELS",
    "Example",
    "cross_validate",
    "dev_examples",
    "examples",
    "fit",
    "period_examples",
    "train",
]

M = TypeVar("M", bound=LogisticModel)

#: The gold the shipped model is trained on: the annotated dev reviews and plots, never the
#: held-out ones.
DEV_GOLD = (
    "ebert_dev.json",
    "wikiplots_sample1_dev.json",
    "wikiplots_sample3_dev.json",
    "seed.json",
)

_L2 = 1.0
_STEPS = 3000
_RATE = 1.0


@dataclass(frozen=True, slots=True)
class Example:
    """One named place (or period) of one review: its features, and whether it is a setting
    (or the story's period) there."""

    source: str
    vector: tuple[float, ...]
    label: bool


def examples(gold_paths: Iterable[str | Path], *, root: str | Path) -> Iterator[Example]:
    """Every place the gold reviews with settings name, labelled as ``eval`` scores it."""
    lexicon = default_lexicon()
    continents = {n for n, e in lexicon.place_names.items() if e.kind == "continent"}
    for record, doc in _gold_docs(gold_paths, "setting", SettingScorer, root, lexicon):
        for candidate in place_candidates(doc):
            fact = _fact(candidate.place, lexicon, continents)
            label = judge("setting", record.facts["setting"], fact)
            if label is not None:
                yield Example(record.source, SettingModel.vector(candidate.features), label)


def period_examples(gold_paths: Iterable[str | Path], *, root: str | Path) -> Iterator[Example]:
    """Every period the gold reviews annotated for periods name, labelled as ``eval`` scores
    it (a review annotated with no period gives only negatives)."""
    lexicon = default_lexicon()
    for record, doc in _gold_docs(gold_paths, "time_setting", PeriodScorer, root, lexicon):
        for candidate in period_candidates(doc):
            label = judge("time_setting", record.facts["time_setting"], str(candidate.period))
            if label is not None:
                yield Example(record.source, PeriodModel.vector(candidate.features), label)


def _gold_docs(
    gold_paths: Iterable[str | Path],
    relation: str,
    scorer: type,
    root: str | Path,
    lexicon: Lexicon,
) -> Iterator[tuple[GoldReview, Doc]]:
    """Each gold review annotated for ``relation``, read by the extractors before ``scorer``:
    what a learned extractor's candidates are described from."""
    before = _rules(scorer)
    for path in gold_paths:
        gold = [g for g in load_gold(path) if relation in g.facts]
        reviews = read_gold_reviews(gold, root=declared_root(path) or root)
        for record in gold:
            doc = Doc.of(reviews[record.source], lexicon)
            for extractor in before:
                extractor(doc.using(extractor))
            yield record, doc


def _rules(scorer: type) -> tuple[Extractor, ...]:
    """The extractors that run before ``scorer``: what its features read."""
    at = next(i for i, e in enumerate(DEFAULT_EXTRACTORS) if isinstance(e, scorer))
    return DEFAULT_EXTRACTORS[:at]


def _fact(place: PlaceEntry, lexicon: Lexicon, continents: set[str]) -> tuple[str, ...]:
    """The setting fact ``eval`` would read were ``place`` claimed: the place, then the
    places it lies in (the extractor claims no ``continents`` as containers)."""
    inside = sorted(lexicon.with_ancestors({place.name}) - continents - {place.name})
    return place_fact((place.name, *inside))


def fit(
    data: Sequence[Example],
    *,
    model: type[M] = SettingModel,  # type: ignore[assignment]
    features: Sequence[str] | None = None,
    trained_on: Sequence[str] = (),
) -> M:
    """Logistic regression by full-batch gradient descent (deterministic), over ``model``'s
    features (or ``features``, for a model of other features)."""
    features = model.FEATURES if features is None else features
    x = np.array([e.vector for e in data], dtype=float).reshape(len(data), len(features))
    y = np.array([e.label for e in data], dtype=float)
    xb = np.hstack([x, np.ones((len(data), 1))])
    w = np.zeros(xb.shape[1])
    penalty = np.r_[np.ones(len(features)), 0.0]  # the bias is not penalised
    for _ in range(_STEPS):
        p = 1.0 / (1.0 + np.exp(-(xb @ w)))
        w -= _RATE * (xb.T @ (p - y) + _L2 * penalty * w) / len(data)
    return model(tuple(float(v) for v in w[:-1]), float(w[-1]), 0.5, tuple(trained_on))


def cross_validate(
    data: Sequence[Example],
    *,
    model: type[LogisticModel] = SettingModel,
    folds: int = 5,
    extra: Sequence[Example] = (),
) -> dict[str, tuple[float, ...]]:
    """Precision, recall and F1 over the named places (or periods), by review-wise folds: the
    rules' verdict alone, and the model trained on the other folds. ``extra`` examples join
    every training fold and are never scored: whether more gold helps is told on the same
    candidates."""
    sources = sorted({e.source for e in data})
    fold_of = {s: i % folds for i, s in enumerate(sources)}
    rule = model.FEATURES.index("rule")
    model_says: list[bool] = []
    truth: list[bool] = []
    rule_says: list[bool] = []
    for k in range(folds):
        train = [e for e in data if fold_of[e.source] != k] + list(extra)
        trained = fit(train, model=model)
        for e in (e for e in data if fold_of[e.source] == k):
            model_says.append(trained.probability(e.vector) >= trained.threshold)
            rule_says.append(e.vector[rule] > 0)
            truth.append(e.label)
    return {"rules": _prf(rule_says, truth), "model": _prf(model_says, truth)}


def _prf(said: Sequence[bool], truth: Sequence[bool]) -> tuple[float, float, float]:
    tp = sum(s and t for s, t in zip(said, truth, strict=True))
    p = tp / max(1, sum(said))
    r = tp / max(1, sum(truth))
    return round(p, 3), round(r, 3), round(2 * p * r / (p + r), 3) if p + r else 0.0


#: The learned extractors by name: the model, how its examples are collected from gold, and
#: what one example is (for reports). ``tools/train_models.py`` trains what this lists.
MODELS: dict[str, tuple[type[LogisticModel], Callable[..., Iterator[Example]], str]] = {
    "setting": (SettingModel, examples, "named places"),
    "period": (PeriodModel, period_examples, "named periods"),
}


def dev_examples(name: str, gold_dir: str | Path, *, root: str | Path) -> list[Example]:
    """The examples :data:`DEV_GOLD` (in ``gold_dir``) gives model ``name`` of :data:`MODELS`."""
    _, collect, _ = MODELS[name]
    return list(collect([Path(gold_dir) / n for n in DEV_GOLD], root=root))


def train(name: str, gold_dir: str | Path, *, root: str | Path) -> LogisticModel:
    """The model ``name`` of :data:`MODELS` as :data:`DEV_GOLD` trains it: what
    ``data/models/NAME.json`` holds."""
    kind, _, _ = MODELS[name]
    return fit(dev_examples(name, gold_dir, root=root), model=kind, trained_on=DEV_GOLD)
