"""Logistic weights over named features, as the learned extractors ship them.

The setting model and the period model each describe a candidate (a place, a period) by a
fixed tuple of features and weigh them with weights trained on the dev gold
(:mod:`filmgraph.learn`). This is what they share: the probability, and reading and writing
the weights as JSON that names its features, so weights trained for other features are refused
rather than silently misread.

>>> class Toy(LogisticModel):
...     FEATURES = ("cue", "other")
...     WHAT = "toy model"
>>> round(Toy((2.0, -1.0), 0.0).probability({"other": 0.0, "cue": 1.0}), 3)
0.881
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar, TypeVar

from ..errors import InputError
from ..files import read_text, write_atomically
from ..resources import data_dir

__all__ = ["LogisticModel"]

M = TypeVar("M", bound="LogisticModel")
C = TypeVar("C")


@dataclass(frozen=True, slots=True)
class LogisticModel:
    """Logistic weights over :attr:`FEATURES`, and the probability a positive needs."""

    FEATURES: ClassVar[tuple[str, ...]] = ()
    WHAT: ClassVar[str] = "model"
    NAME: ClassVar[str] = ""  # the shipped weights are data/models/NAME.json

    weights: tuple[float, ...]
    bias: float
    threshold: float = 0.5
    trained_on: tuple[str, ...] = ()

    @classmethod
    def vector(cls, features: Mapping[str, float]) -> tuple[float, ...]:
        """A candidate's features (by name) in the order the weights are."""
        return tuple(features[name] for name in cls.FEATURES)

    def probability(self, features: Mapping[str, float] | Sequence[float]) -> float:
        """How likely a candidate is a positive, from its features by name (or as a vector
        in :attr:`FEATURES` order)."""
        vector = self.vector(features) if isinstance(features, Mapping) else features
        z = self.bias + sum(w * x for w, x in zip(self.weights, vector, strict=True))
        return 1.0 / (1.0 + math.exp(-z))

    def weigh(
        self, candidates: Iterable[C], features: Callable[[C], Mapping[str, float]]
    ) -> tuple[list[tuple[C, float]], list[C]]:
        """The learned extractors' one rule: a candidate the rules did not claim (feature
        ``rule`` 0) that scores at or above the threshold is added, with its probability; one
        they claimed that scores below it is withdrawn. Returns (added, withdrawn).

        >>> class Toy(LogisticModel):
        ...     FEATURES = ("rule", "cue")
        >>> toy = Toy((0.0, 4.0), -2.0)
        >>> added, withdrawn = toy.weigh(
        ...     [{"rule": 0.0, "cue": 1.0}, {"rule": 1.0, "cue": 0.0}], lambda c: c)
        >>> [round(p, 3) for _, p in added], withdrawn
        ([0.881], [{'rule': 1.0, 'cue': 0.0}])
        """
        added: list[tuple[C, float]] = []
        withdrawn: list[C] = []
        for candidate in candidates:
            described = features(candidate)
            p = self.probability(described)
            if p >= self.threshold and not described["rule"]:
                added.append((candidate, p))
            elif p < self.threshold and described["rule"]:
                withdrawn.append(candidate)
        return added, withdrawn

    @classmethod
    def shipped_path(cls) -> Path:
        """Where the weights trained on the dev gold ship."""
        return data_dir() / "models" / f"{cls.NAME}.json"

    @classmethod
    def shipped(cls: type[M]) -> M:
        """The weights trained on the dev gold, read once per process."""
        model = _SHIPPED.get(cls)
        if model is None:
            model = _SHIPPED[cls] = cls.load(cls.shipped_path())
        return model  # type: ignore[return-value]

    @classmethod
    def load(cls: type[M], path: str | Path) -> M:
        """Read weights written by :meth:`dump`; a file that is not such weights, or that
        weighs other features than this version computes, is an :class:`InputError`."""
        text = read_text(path, what=cls.WHAT)
        try:
            data = json.loads(text)
            features = tuple(data["features"])
            weights = tuple(float(w) for w in data["weights"])
            model = cls(
                weights,
                float(data["bias"]),
                float(data.get("threshold", 0.5)),
                tuple(data.get("trained_on", ())),
            )
        except (ValueError, KeyError, TypeError) as e:
            raise InputError(str(path), f"not a {cls.WHAT} ({e.__class__.__name__}: {e})") from e
        if features != cls.FEATURES:
            raise InputError(str(path), "the model weighs other features than this version")
        if len(weights) != len(cls.FEATURES):
            raise InputError(str(path), f"{len(weights)} weights for {len(cls.FEATURES)} features")
        return model

    def dump(self, path: str | Path) -> None:
        data = {
            "features": list(self.FEATURES),
            "weights": [round(w, 6) for w in self.weights],
            "bias": round(self.bias, 6),
            "threshold": self.threshold,
            "trained_on": list(self.trained_on),
        }
        text = json.dumps(data, indent=1) + "\n"
        write_atomically(path, lambda part: part.write_text(text, encoding="utf-8"), what=self.WHAT)


_SHIPPED: dict[type[LogisticModel], LogisticModel] = {}
