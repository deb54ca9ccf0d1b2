"""A learned second opinion on when the story takes place.

The period rules (:mod:`.dates`) date the story only on a cue they know ("is set in", a
sentence opening on the date), and on reviews none of them was written from they found one
period in six. This extractor looks at every period the review names (a year, a decade, a
century, a span, a named period such as World War II), describes each by a few generic facts
(the rules' own verdict, how and where the review names it, whether its clauses tell the story
or the film's life, how it stands to the film's own year) and weighs them with a logistic
model trained on the annotated dev reviews and plots (``tools/train_models.py``; the
weights ship in ``data/models/period.json``). A period the model scores at or above its
threshold is the story's; one a rule claimed but the model scores below it is not.

It runs after the period rules and can be left out as a whole (``filmgraph eval --without
period-model`` scores the rules alone); its claims carry its name and the model's probability
as their confidence.

>>> from filmgraph.model import Review, Relation
>>> from filmgraph.extract import extract
>>> text = ("“Salt Road” (2019) tells of settlers in the years around World War I. A young "
...         "baker walks from Budapest to Vienna. The film premiered at Cannes in 2019.")
>>> claims = extract(Review(text=text, source="x")).claims_for(Relation.TIME_SETTING)
>>> [(c.object, c.extractor) for c in claims]
[('1914/1918', 'period-model/1.0')]
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left
from dataclasses import dataclass, field

from ..model import Period, Relation
from .dates import (
    OPENING_REACH,
    PREP_BEFORE,
    STORY_NOUN,
    fair_period,
    opening_sentences,
    periods_named,
    told_by_cue,
)
from .doc import Doc
from .logistic import LogisticModel
from .story import plot_sentence, story_clauses

__all__ = ["FEATURES", "PeriodCandidate", "PeriodModel", "PeriodScorer", "period_candidates"]

# Words of a sentence about the film as a film (searched in the lowered text). Not the setting
# model's list: this one also counts the critic's viewing ("saw", "seen", "review") and "made",
# which date the film's life rather than its story; the weights were trained, and scored on
# held-out once, with these words, so sharing one list would mean a new model and a new look.
_CRITICISM = re.compile(
    r"\b(?:film|films|movie|movies|festival|shot|filmed|released|director|audience|studio|"
    r"oscar|cinema|picture|critics?|screen(?:ed|ing)?|premiere[ds]?|theaters?|hollywood|made|"
    r"review|saw|seen)\b"
)
_COUNTS = ("cued", "fair", "story", "plot", "prep", "opening", "noun", "crit", "place")
#: The features, in the order the weights give them. Booleans count as 0 or 1.
FEATURES: tuple[str, ...] = (
    "rule", "k_year", "k_decade", "k_century", "k_span", "k_named", "logcount", "first",
    *(f"{c}_{a}" for c in _COUNTS for a in ("any", "frac")),
    "placed", "same_year", "after_film", "before_film", "no_year", "ndistinct", "crit_density",
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class PeriodCandidate:
    """A period the review names, what describes it, and where to claim it: the first
    mention in a clause that may tell the story, else the first."""

    period: Period
    start: int
    end: int
    features: dict[str, float] = field(default_factory=dict)


def period_candidates(doc: Doc) -> list[PeriodCandidate]:
    """Every period ``doc`` names, described by :data:`FEATURES`.

    Reads the claims the period and place rules made, so it runs after them.
    """
    named = periods_named(doc)
    if not named:
        return []
    text, low = doc.text, doc.lowered()
    film_year = _film_year(doc)
    # A headline's year ("Kaltfront (2023)") is the film's release, not its story's time.
    headline_end = doc.headline_end()
    named = [
        item
        for item in named
        if not (item[1] < headline_end and str(item[0]) == str(film_year))
    ]
    if not named:
        return []
    clauses = story_clauses(doc)
    opening = opening_sentences(doc)
    claimed = {c.object for c in doc.claims if c.relation is Relation.TIME_SETTING}
    placed = bool(doc.claims_for_film(Relation.SETTING))
    place_starts = sorted(start for _, start, _, _ in doc.place_mentions())
    critical = sum(bool(_CRITICISM.search(low, s, e)) for s, e in doc.sentences)
    density = critical / max(1, len(doc.sentences))
    groups: dict[str, list[tuple[Period, int, int, str]]] = {}
    for item in named:
        groups.setdefault(str(item[0]), []).append(item)
    length = max(1, len(text))
    out = []
    for key, items in groups.items():
        period, kind = items[0][0], items[0][3]
        width = period.end - period.start
        counts = dict.fromkeys(_COUNTS, 0)
        told = None
        for _, start, end, _ in items:
            s, e = doc.sentence_at(start)
            fair = fair_period(doc, start, end)
            story = clauses.may_tell_story(start, end)
            counts["cued"] += told_by_cue(doc, start, [])
            counts["fair"] += fair
            counts["story"] += story
            counts["plot"] += plot_sentence(doc, s, e)
            counts["prep"] += bool(PREP_BEFORE.search(text, max(s, start - 40), start))
            counts["opening"] += s in opening and start <= s + OPENING_REACH
            counts["noun"] += bool(STORY_NOUN.match(text, end))
            counts["crit"] += bool(_CRITICISM.search(low, s, e))
            counts["place"] += _any_between(place_starts, s, e)
            if told is None and fair and story:
                told = (start, end)
        n = len(items)
        features: dict[str, float] = {
            "rule": key in claimed,
            "k_year": kind == "words" and width == 0,
            "k_decade": kind == "words" and 0 < width <= 10,
            "k_century": kind == "words" and width > 10,
            "k_span": kind == "span",
            "k_named": kind == "named",
            "logcount": math.log(n),
            "first": items[0][1] / length,
            **{f"{c}_any": counts[c] > 0 for c in _COUNTS},
            **{f"{c}_frac": counts[c] / n for c in _COUNTS},
            "placed": placed,
            # A story is seldom set after the film was made; one set long before it is a
            # period piece, whose period a review names.
            "same_year": film_year is not None and period.start <= film_year <= period.end,
            "after_film": film_year is not None and period.start > film_year,
            "before_film": min(1.0, max(0, film_year - period.end) / 50) if film_year else 0.0,
            "no_year": film_year is None,
            "ndistinct": math.log(len(groups)),
            "crit_density": density,
        }
        start, end = told or items[0][1:3]
        out.append(PeriodCandidate(period, start, end, {k: float(v) for k, v in features.items()}))
    return out


def _film_year(doc: Doc) -> int | None:
    """The film's year: as the review states it, else as its source gives it."""
    year = doc.film_year() or doc.review.film_year
    return int(year[:4]) if year and year[:4].isdigit() else None


def _any_between(starts: list[int], lo: int, hi: int) -> bool:
    i = bisect_left(starts, lo)
    return i < len(starts) and starts[i] < hi


class PeriodModel(LogisticModel):
    """Logistic weights over :data:`FEATURES`, and the probability a story's period needs."""

    __slots__ = ()
    FEATURES = FEATURES
    WHAT = "period model"
    NAME = "period"


@dataclass(frozen=True)
class PeriodScorer:
    """Decide each named period by the model: claim what it scores as the story's period,
    withdraw a rule's period it scores as not one."""

    name: str = "period-model"
    version: str = "1.0"
    model: PeriodModel | None = None

    def __call__(self, doc: Doc) -> None:
        if not doc.film:
            return
        model = self.model or PeriodModel.shipped()
        added, withdrawn = model.weigh(period_candidates(doc), lambda c: c.features)
        for c, p in added:
            doc.claim(Relation.TIME_SETTING, doc.film, str(c.period), c.start, c.end, round(p, 3))
        doc.withdraw(Relation.TIME_SETTING, {str(c.period) for c in withdrawn})
