"""The learned period model: what it adds and withdraws, what it reads, and its weights."""

from __future__ import annotations

from pathlib import Path

import pytest

from filmgraph.errors import InputError
from filmgraph.extract import DEFAULT_EXTRACTORS, Extractor, extract
from filmgraph.extract.doc import Doc
from filmgraph.extract.lexicon import default_lexicon
from filmgraph.extract.period_model import (
    FEATURES,
    PeriodModel,
    PeriodScorer,
    period_candidates,
)
from filmgraph.learn import DEV_GOLD, cross_validate, period_examples, train
from filmgraph.model import Relation, Review

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO.parent / "shared" / "corpus"
needs_corpus = pytest.mark.skipif(not CORPUS.is_dir(), reason="needs ../shared/corpus")
RULES_ONLY = tuple(e for e in DEFAULT_EXTRACTORS if not isinstance(e, PeriodScorer))

# No cue the rules read ("set in", a sentence opening on the date in the present tense, "a
# 1950s drama"): a named period in a sentence about the story, the film's festival year in one
# about the film.
UNCUED = (
    "“Salt Road” (2019) tells of settlers in the years around World War I. A young baker "
    "walks from Budapest to Vienna with her son. The film premiered at Cannes in 2019."
)


def _periods(text: str, extractors: tuple[Extractor, ...] = DEFAULT_EXTRACTORS) -> dict[str, str]:
    ex = extract(Review(text=text, source="x.txt"), extractors=extractors)
    return {c.object: c.extractor for c in ex.claims_for(Relation.TIME_SETTING)}


def _candidates(text: str) -> dict[str, dict[str, float]]:
    doc = Doc.of(Review(text=text, source="x.txt"), default_lexicon())
    before = next(i for i, e in enumerate(DEFAULT_EXTRACTORS) if isinstance(e, PeriodScorer))
    for extractor in DEFAULT_EXTRACTORS[:before]:
        extractor(doc.using(extractor))
    return {str(c.period): c.features for c in period_candidates(doc)}


def _scored_by(bias: float) -> tuple[Extractor, ...]:
    """The default extractors with a model giving every period the probability of ``bias``."""
    scorer = PeriodScorer(model=PeriodModel(tuple(0.0 for _ in FEATURES), bias))
    return tuple(scorer if isinstance(e, PeriodScorer) else e for e in DEFAULT_EXTRACTORS)


def test_the_model_dates_a_story_no_rule_cues_and_not_its_premiere() -> None:
    assert _periods(UNCUED, RULES_ONLY) == {}
    assert _periods(UNCUED) == {"1914/1918": "period-model/1.0"}


def test_what_a_candidate_is_described_by() -> None:
    found = _candidates(
        "In 1956, long before the border opened, a young baker walked from Budapest to Vienna "
        "with her son. “Salt Road” (2019) follows her there; it premiered at Cannes in 2019."
    )
    assert set(found) == {"2019", "1956"}
    premiere, story = found["2019"], found["1956"]
    assert premiere["crit_any"] == 1.0 and story["crit_any"] == 0.0
    assert story["opening_any"] == 1.0 and story["k_year"] == 1.0 and story["place_any"] == 1.0
    assert premiere["same_year"] == 1.0 and story["before_film"] == 1.0  # 63 years, capped
    assert story["first"] < 0.05 < 0.9 < premiere["first"]
    assert set(story) == set(FEATURES)


def test_a_period_a_rule_claimed_is_withdrawn_when_scored_under_the_threshold() -> None:
    text = "“Salt Road” (2019) is set in 1956, when Anna crosses the border."
    assert _periods(text, RULES_ONLY) == {"1956": "dates/1.0"}
    assert _periods(text, _scored_by(-5.0)) == {}
    assert _periods(text, _scored_by(5.0)) == {"1956": "dates/1.0"}


def test_every_named_period_is_claimed_when_scored_over_it() -> None:
    assert set(_periods(UNCUED, _scored_by(5.0))) == {"1914/1918", "2019"}


def test_a_named_period_of_the_table_is_a_candidate() -> None:
    found = _candidates("“Salt Road” (1980) follows Anna through the Balkan Wars.")
    assert found["1912/1913"]["k_named"] == 1.0


def test_it_runs_after_the_period_rules() -> None:
    names = [e.name for e in DEFAULT_EXTRACTORS]
    assert names.index("period-model") == names.index("dates") + 1


def test_a_setting_model_file_is_no_period_model(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="other features"):
        PeriodModel.load(REPO / "data" / "models" / "setting.json")


@needs_corpus
def test_the_shipped_weights_are_what_the_dev_gold_trains() -> None:
    """Nobody edits the weights by hand, and the held-out gold never trains them."""
    model = train("period", REPO / "tests" / "gold", root=CORPUS)
    shipped = PeriodModel.load(REPO / "data" / "models" / "period.json")
    assert shipped.trained_on == model.trained_on == DEV_GOLD
    assert all("test" not in name for name in shipped.trained_on)
    assert shipped.weights == pytest.approx(model.weights, abs=1e-3)
    assert shipped.bias == pytest.approx(model.bias, abs=1e-3)


@needs_corpus
def test_on_dev_folds_the_model_beats_the_rules_verdict() -> None:
    """The reason it ships: on reviews it was not trained on (5 review-wise folds of the dev
    gold), it finds the periods the rules miss at a precision still well above half."""
    data = list(period_examples([REPO / "tests" / "gold" / n for n in DEV_GOLD], root=CORPUS))
    scores = cross_validate(data, model=PeriodModel)
    (_, rule_recall, rule_f1), (model_p, model_recall, model_f1) = scores["rules"], scores["model"]
    assert model_f1 >= rule_f1 + 0.1 and model_recall >= rule_recall + 0.2
    assert model_p >= 0.75
