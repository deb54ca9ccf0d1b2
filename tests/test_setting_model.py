"""The learned setting model: what it adds and withdraws, its weights, and its file."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from filmgraph.errors import InputError
from filmgraph.eval import run_eval
from filmgraph.extract import DEFAULT_EXTRACTORS, Extractor, extract
from filmgraph.extract.doc import Doc
from filmgraph.extract.lexicon import FilmEntry, Lexicon, default_lexicon, title_key
from filmgraph.extract.setting_model import FEATURES, SettingModel, SettingScorer, place_candidates
from filmgraph.learn import Example, cross_validate, fit, train
from filmgraph.model import Relation, Review

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO.parent / "shared" / "corpus"
RULES_ONLY = tuple(e for e in DEFAULT_EXTRACTORS if not isinstance(e, SettingScorer))

# No place cue the rules know ("set in", "lives in", "a Lisbon baker"), but a plot sentence
# that puts its character in a named part of Europe.
UNCUED = (
    "“Salt Road” (2019) begins after the war. Anna speaks Hungarian. She lives in a part of "
    "Europe that is perhaps Hungary, perhaps Austria."
)


def _settings(text: str, **kw: object) -> dict[str, str]:
    ex = extract(Review(text=text, source="x.txt"), **kw)  # type: ignore[arg-type]
    return {c.object: c.extractor for c in ex.claims_for(Relation.SETTING)}


def test_the_model_finds_a_setting_no_rule_cues() -> None:
    assert _settings(UNCUED, extractors=RULES_ONLY) == {}
    found = _settings(UNCUED)
    assert "Hungary" in found and found["Hungary"] == "setting-model/1.2"


def test_a_rule_setting_the_model_keeps_is_left_as_the_rule_made_it() -> None:
    text = "“Salt Road” (2019) is set in Lisbon, where Anna runs a bakery."
    assert _settings(text) == {"Lisbon": "places/1.0"}


def _scored_by(bias: float) -> tuple[Extractor, ...]:
    """The default extractors with a model that gives every place the probability of ``bias``."""
    scorer = SettingScorer(model=SettingModel(tuple(0.0 for _ in FEATURES), bias))
    return tuple(scorer if isinstance(e, SettingScorer) else e for e in DEFAULT_EXTRACTORS)


def test_a_place_scored_under_the_threshold_loses_the_rules_setting() -> None:
    text = "“Salt Road” (2019) is set in Lisbon, where Anna runs a bakery."
    extractors = _scored_by(-5.0)
    assert _settings(text, extractors=extractors) == {}


def test_a_place_scored_over_it_becomes_a_setting_with_its_country() -> None:
    text = "“Salt Road” (2019) mentions Lisbon once."
    extractors = _scored_by(5.0)
    ex = extract(Review(text=text, source="x.txt"), extractors=extractors)
    assert [c.object for c in ex.claims_for(Relation.SETTING)] == ["Lisbon"]
    assert ("Lisbon", "Portugal") in {(c.subject, c.object) for c in ex.claims}
    assert ex.claims_for(Relation.SETTING)[0].confidence == pytest.approx(0.993, abs=1e-3)


@pytest.mark.parametrize(
    "text",
    [
        "“Salt Road” (2019) is a drama. After the festival, it opened in Lisbon to acclaim.",
        "“Salt Road” (2019) is a drama. I moved to Lisbon the year it came out.",
        "“Salt Road” (2019) is a drama, like “Night in Lisbon” before it.",
        "“Salt Road” (2019) is a drama. Her previous film, a comedy, loved Lisbon.",
    ],
)
def test_the_model_adds_no_place_the_rules_know_is_not_the_story(text: str) -> None:
    extractors = _scored_by(5.0)
    assert "Lisbon" not in _settings(text, extractors=extractors)


def test_extractor_order_puts_the_model_right_after_the_place_rules() -> None:
    names = [e.name for e in DEFAULT_EXTRACTORS]
    assert names.index("setting-model") == names.index("places") + 1


def test_the_shipped_weights_are_what_the_dev_gold_trains() -> None:
    """Nobody edits the weights by hand, and the held-out gold never trains them."""
    model = train("setting", REPO / "tests" / "gold", root=CORPUS)
    shipped = SettingModel.load(REPO / "data" / "models" / "setting.json")
    assert shipped.trained_on == model.trained_on
    assert all("test" not in name for name in shipped.trained_on)
    assert shipped.weights == pytest.approx(model.weights, abs=1e-3)
    assert shipped.bias == pytest.approx(model.bias, abs=1e-3)


def test_fitting_is_deterministic_and_learns_the_direction_of_a_feature() -> None:
    n = len(FEATURES)
    rule = FEATURES.index("rule")

    def vector(on: bool) -> tuple[float, ...]:
        return tuple(float(on) if k == rule else 0.0 for k in range(n))

    data = [Example(f"r{i}", vector(i % 2 == 0), i % 2 == 0) for i in range(20)]
    a, b = fit(data), fit(data)
    assert a == b
    assert a.weights[rule] > 1.0


def test_cross_validation_trains_on_extra_gold_but_scores_only_the_data() -> None:
    """Whether more gold helps is told on the same places: ``extra`` joins every training
    fold and is never scored."""
    n = len(FEATURES)
    rule = FEATURES.index("rule")

    def vector(on: bool) -> tuple[float, ...]:
        return tuple(float(on) if k == rule else 0.0 for k in range(n))

    # Ten places where the rule is wrong half the time: alone, the model cannot learn it.
    data = [Example(f"r{i}", vector(True), i % 2 == 0) for i in range(10)]
    data += [Example(f"s{i}", vector(False), False) for i in range(10)]
    # Plenty of extra gold in which the rule is always right.
    extra = [Example(f"x{i}", vector(i % 2 == 0), i % 2 == 0) for i in range(200)]
    alone = cross_validate(data)["model"]
    helped = cross_validate(data, extra=extra)["model"]
    assert alone[1] < 1.0  # recall: the model alone doubts the rule
    assert helped[1] == 1.0  # the extra gold teaches it to trust the rule
    assert helped[0] == 0.5  # and it is scored on the data's places only: 5 of 10 true


def test_scoring_without_the_model_gives_the_rules_alone() -> None:
    gold = REPO / "tests" / "gold" / "seed.json"
    alone = run_eval(gold, root=CORPUS, without=["setting-model"])
    both = run_eval(gold, root=CORPUS)
    assert alone.scores["setting"].f1 == both.scores["setting"].f1 == 1.0


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        ("{not json", "not a setting model"),
        (json.dumps({"features": ["rule"], "weights": [1.0], "bias": 0}), "other features"),
        (json.dumps({"features": list(FEATURES), "weights": [1.0], "bias": 0}), "1 weights"),
    ],
)
def test_a_bad_model_file_is_one_clear_error(tmp_path: Path, content: str, problem: str) -> None:
    path = tmp_path / "setting.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match=problem) as caught:
        SettingModel.load(path)
    assert str(path) in str(caught.value) and "\n" not in str(caught.value)


def test_dumped_weights_load_back(tmp_path: Path) -> None:
    model = SettingModel(tuple(float(i) / 7 for i in range(len(FEATURES))), -0.25, 0.5, ("a",))
    model.dump(tmp_path / "m.json")
    back = SettingModel.load(tmp_path / "m.json")
    assert back.weights == pytest.approx(model.weights, abs=1e-6) and back.trained_on == ("a",)


def test_a_story_the_model_places_is_dated_as_the_rules_date_theirs() -> None:
    text = UNCUED.replace("begins after the war", "begins in the summer of 1946")
    ex = extract(Review(text=text, source="x.txt"))
    assert [c.object for c in ex.claims_for(Relation.TIME_SETTING)] == ["1946"]
    alone = extract(Review(text=text, source="x.txt"), extractors=RULES_ONLY)
    assert alone.claims_for(Relation.TIME_SETTING) == []


def _with_film(*settings: str) -> Lexicon:
    """The shipped lexicon, with "Salt Road" (2019) set where ``settings`` say."""
    base = default_lexicon()
    entry = FilmEntry("Salt Road", ("2019",), settings=frozenset(settings))
    return replace(base, films={**base.films, title_key("Salt Road"): (entry,)})


KNOWN = (
    "“Salt Road” (2019) is a patient film. Anna bakes bread in Porto, and her brother writes "
    "from Lisbon. The town of Braga is where they were children."
)


def test_the_film_tables_setting_is_described_to_the_model() -> None:
    def features(*known: str) -> dict[str, dict[str, float]]:
        doc = Doc.of(Review(text=KNOWN, source="x.txt"), _with_film(*known))
        for extractor in RULES_ONLY:  # the model reads what the place rules claimed
            extractor(doc.using(extractor))
        return {c.place.name: c.features for c in place_candidates(doc)}

    by_porto = features("Porto")
    assert by_porto["Porto"]["known"] == 1.0 and by_porto["Porto"]["known_other"] == 0.0
    assert by_porto["Lisbon"]["known"] == 0.0 and by_porto["Lisbon"]["known_other"] == 1.0
    by_country = features("Portugal")
    # inside a known country: weaker evidence than inside a known city or region
    assert by_country["Lisbon"]["known_land"] == 1.0
    assert by_country["Lisbon"]["known_within"] == 0.0
    assert by_country["Lisbon"]["known_other"] == 0.0
    assert all(f["known"] + f["known_other"] == 0.0 for f in features().values())
    text = "“Salt Road” (2019) follows Anna in Brooklyn."
    doc = Doc.of(Review(text=text, source="x"), _with_film("New York City"))
    for extractor in RULES_ONLY:
        extractor(doc.using(extractor))
    brooklyn = {c.place.name: c.features for c in place_candidates(doc)}["Brooklyn"]
    assert brooklyn["known_within"] == 1.0 and brooklyn["known_land"] == 0.0


def test_a_setting_the_film_table_contradicts_is_withdrawn() -> None:
    # Rules alone take Porto ("bakes bread in Porto"); the table sets the film in Lisbon.
    assert _settings(KNOWN) == {"Porto": "places/1.0"}
    assert _settings(KNOWN, lexicon=_with_film("Porto")) == {"Porto": "places/1.0"}
    assert "Porto" not in _settings(KNOWN, lexicon=_with_film("Lisbon"))
