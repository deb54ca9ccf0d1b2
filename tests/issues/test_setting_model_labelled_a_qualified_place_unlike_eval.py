"""Issue: the setting model's training labels were scored by a copy of eval's place rule.

`learn._fact` rebuilt how `eval` scores a claimed place. When `eval` learned that a row the
gazetteer qualifies by its region ("Hannibal, Missouri") counts for the town gold names
("Hannibal"), the copy did not: the model would have been trained to call that place no
setting while eval scored it right. Both now read `eval.place_fact`.
"""

from __future__ import annotations

import json
from pathlib import Path

from filmgraph.learn import examples


def test_training_labels_a_qualified_place_as_eval_scores_it(tmp_path: Path) -> None:
    (tmp_path / "r.txt").write_text(
        "“Lanterns” is set in Hannibal, Mo., where Oskar (Tomas Brandt) sells ice.",
        encoding="utf-8",
    )
    gold = tmp_path / "gold.json"
    gold.write_text(
        json.dumps({"reviews": [{"source": "r.txt", "film": "Lanterns", "setting": ["Hannibal"]}]}),
        encoding="utf-8",
    )
    # the candidates in text order: Hannibal, Missouri, then Missouri (judged alone, as a
    # lone prediction of Missouri would be scored: not the town gold names)
    labels = [e.label for e in examples([gold], root=tmp_path)]
    assert labels == [True, False]
