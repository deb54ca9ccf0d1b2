"""A plugged-in extractor that claimed a story period in words ("the fifties") instead of
years made ``evaluate`` fail with a ValueError from Period.parse: the scorer re-read every
predicted period as years. A period not written as years is now a wrong prediction."""

from filmgraph.eval import evaluate, parse_gold
from filmgraph.model import Claim, Extraction, Relation, Review, Span


def test_a_period_in_words_is_scored_wrong_not_a_crash() -> None:
    gold = parse_gold({"reviews": [{"source": "a.txt", "time_setting": ["1950/1959"]}]})
    claims = [
        Claim(Relation.TIME_SETTING, "Alpha", "the fifties", Span(0, 11), "plugin/1.0", 0.9),
        Claim(Relation.TIME_SETTING, "Alpha", "1939/1945", Span(0, 4), "plugin/1.0", 0.9),
    ]
    extraction = Extraction(Review(text="x", source="a.txt"), "Alpha", [], claims, {})
    score = evaluate(gold, {"a.txt": extraction}).scores["time_setting"]
    assert (score.tp, score.fp, score.fn) == (0, 2, 1)
