"""Bootstrap intervals of evaluation figures: `filmgraph eval --ci` and its Python API."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from filmgraph.cli import main
from filmgraph.eval import EvalReport, Score
from filmgraph.intervals import confidence_intervals, difference_intervals


def _report(reviews: dict[str, dict[str, Score]]) -> EvalReport:
    return EvalReport(by_review=reviews)


def _mixed(copies: int) -> EvalReport:
    """Reviews of three kinds (a perfect one, a half-right one, a wrong one), ``copies`` each."""
    kinds = [Score(2, 0, 0), Score(1, 1, 1), Score(0, 1, 2)]
    return _report(
        {f"{k}-{i}": {"director": kind} for i in range(copies) for k, kind in enumerate(kinds)}
    )


def test_the_interval_holds_the_figure_and_narrows_as_reviews_grow() -> None:
    small, large = _mixed(5), _mixed(80)
    point = small.scores["director"].f1
    assert point == pytest.approx(large.scores["director"].f1)
    narrow = confidence_intervals(large)["director"].f1
    wide = confidence_intervals(small)["director"].f1
    assert wide[0] < narrow[0] <= point <= narrow[1] < wide[1]
    assert wide[0] >= 0.0 and wide[1] <= 1.0


def test_the_same_report_gives_the_same_intervals_and_the_level_widens_them() -> None:
    report = _mixed(10)
    assert confidence_intervals(report) == confidence_intervals(report)
    at_80 = confidence_intervals(report, level=0.8)["director"].recall
    at_99 = confidence_intervals(report, level=0.99)["director"].recall
    assert at_99[0] < at_80[0] and at_80[1] < at_99[1]
    with pytest.raises(ValueError, match="level"):
        confidence_intervals(report, level=95)


def test_micro_pools_the_relations_of_each_resample() -> None:
    # Directors always right, actors always wrong: each is certain, and so is their pool.
    report = _report(
        {s: {"director": Score(1, 0, 0), "actor": Score(0, 1, 1)} for s in ("a", "b", "c")}
    )
    ci = confidence_intervals(report)
    assert ci["director"].f1 == (1.0, 1.0) and ci["actor"].f1 == (0.0, 0.0)
    assert ci["micro"].precision == (0.5, 0.5) and ci["micro"].recall == (0.5, 0.5)


def test_a_relation_no_review_scores_gets_no_interval() -> None:
    report = _report({"a": {"director": Score(1, 0, 0), "writer": Score()}})
    assert set(confidence_intervals(report)) == {"director", "micro"}
    assert confidence_intervals(EvalReport()) == {}


def test_cli_prints_intervals_as_a_table_and_as_json(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    texts = {
        "a.txt": "“Example” (1950), directed by Jose Ferrer.",
        "b.txt": "“Another” (1951), directed by Ann Lee.",
    }
    for name, text in texts.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    gold = tmp_path / "gold.json"
    records = [
        {"source": "a.txt", "director": ["José Ferrer"]},
        {"source": "b.txt", "director": ["Bo Nilsson"]},  # the text names someone else
    ]
    gold.write_text(json.dumps({"reviews": records}), encoding="utf-8")
    base = ["eval", str(gold), "--root", str(tmp_path), "--ci"]
    assert main(base) == 0
    table = capsys.readouterr().out.splitlines()
    head = next(i for i, line in enumerate(table) if line.startswith("95% interval"))
    assert table[head + 1].split() == ["director", "0.000–1.000", "0.000–1.000", "0.000–1.000"]
    assert main([*base, "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["relations"]["director"]["f1"] == 0.5
    assert out["intervals"]["director"]["f1"] == [0.0, 1.0]
    assert out["intervals"]["director"]["level"] == 0.95


def test_difference_intervals_are_paired_and_refuse_different_reviews() -> None:
    # Every review gains a right answer. Both scorings are read on each draw of reviews, so
    # the change varies less than either scoring does (drawn apart, it would vary more).
    kinds = [Score(2, 0, 0), Score(1, 1, 1), Score(0, 1, 2)]
    before = _report({f"{k}-{i}": {"actor": s} for i in range(10) for k, s in enumerate(kinds)})
    after = _report(
        {
            f"{k}-{i}": {"actor": Score(s.tp + 1, s.fp, s.fn)}
            for i in range(10)
            for k, s in enumerate(kinds)
        }
    )
    alone = confidence_intervals(after)["actor"].precision
    change = difference_intervals(after, before)["actor"].precision
    assert change[0] > 0 and change[1] - change[0] < alone[1] - alone[0]
    with pytest.raises(ValueError, match="different reviews"):
        difference_intervals(after, _mixed(3))


def test_cli_gives_what_an_extractor_adds(
    hitchcock_gold: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    gold = hitchcock_gold  # named with no cue: only known-credits finds him
    root = gold.parent
    base = ["eval", str(gold), "--root", str(root), "--compare-without", "known-credits"]
    assert main(base) == 0
    text = capsys.readouterr().out
    assert "What known-credits adds" in text
    changes = text.split("What known-credits adds")[1].splitlines()
    row = next(line for line in changes if line.startswith("director "))
    assert main([*base, "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["without"]["relations"]["director"]["recall"] == 0.0
    assert out["change"]["director"]["recall"] == [1.0, 1.0]
    assert row.split()[4:7] == ["+1.000", "to", "+1.000"]  # recall: the one miss is found
    assert main([*base, "--compare-without", "no-such-step"]) == 1
    assert "no-such-step" in capsys.readouterr().err
