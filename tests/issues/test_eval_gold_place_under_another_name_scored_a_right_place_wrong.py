"""The scorer read a gold place only as written, but a prediction is scored under the name
the gazetteer gives it: gold "Rangoon" against a right prediction of Yangon (the gazetteer's
row, with Rangoon as an alias) counted one miss and one false positive. Gold places are now
also read under their gazetteer name."""

from __future__ import annotations

from filmgraph.eval import evaluate, parse_gold
from filmgraph.extract import extract
from filmgraph.model import Review


def _setting(gold: list[str], text: str) -> tuple[int, int, int]:
    records = parse_gold({"reviews": [{"source": "r.txt", "setting": gold}]})
    score = evaluate(records, {"r.txt": extract(Review(text=text, source="r.txt"))}).scores
    s = score["setting"]
    return s.tp, s.fp, s.fn


def test_an_old_or_short_name_in_the_gold_matches_the_gazetteer_row() -> None:
    assert _setting(["Rangoon"], "“Example” is set in Rangoon.") == (1, 0, 0)
    assert _setting(["New York"], "“Example” is set in New York.") == (1, 0, 0)


def test_another_place_still_does_not_match() -> None:
    assert _setting(["Lagos"], "“Example” is set in Rangoon.") == (0, 1, 1)
