"""Plot summaries kept one per line (``id<TAB>text``, the CMU Movie Summary Corpus)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from filmgraph.errors import InputError
from filmgraph.eval import load_gold, read_gold_reviews, run_eval
from filmgraph.summaries import iter_summaries


def test_each_line_is_a_review_named_by_its_id(tmp_path: Path) -> None:
    path = tmp_path / "s.txt"
    path.write_text("11\tAnna lives in Lisbon.\n\n22\tBo sails to Nome.\n", encoding="utf-8")
    reviews = list(iter_summaries(path, name="s.txt"))
    assert [r.source for r in reviews] == ["s.txt#11", "s.txt#22"]
    assert reviews[1].text == "Bo sails to Nome." and reviews[1].film_title is None


def test_a_line_without_a_tab_is_one_error_naming_the_line(tmp_path: Path) -> None:
    path = tmp_path / "s.txt"
    path.write_text("11\tAnna lives in Lisbon.\njust text\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"s\.txt:2: not an 'id<TAB>summary' line"):
        list(iter_summaries(path))


def test_eval_reads_a_summary_under_a_stand_in_title_and_scores_its_settings(
    tmp_path: Path,
) -> None:
    (tmp_path / "cmu").mkdir()
    (tmp_path / "cmu" / "s.txt").write_text(
        "11\tAnna Kovacs, a baker, lives in Lisbon with her brother.\n", encoding="utf-8"
    )
    gold = tmp_path / "gold.json"
    records = [{"source": "cmu/s.txt#11", "film": None, "setting": ["Lisbon"]}]
    gold.write_text(json.dumps({"reviews": records}), encoding="utf-8")
    reviews = read_gold_reviews(load_gold(gold), root=tmp_path)
    assert reviews["cmu/s.txt#11"].film_title == "Wikipedia article 11"
    report = run_eval(gold, root=tmp_path)
    assert report.scores["setting"].tp == 1 and report.film_total == 0
