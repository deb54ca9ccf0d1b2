"""The scorer matched each prediction to the first gold item it fitted: a predicted city took
the gold item for its country, so the predicted country found nothing left and the gold city
was counted as missed. It now finds the largest matching."""

from __future__ import annotations

from filmgraph.eval import _score


def test_a_city_does_not_take_the_item_its_country_needs() -> None:
    gold = [frozenset({"australia"}), frozenset({"adelaide"})]
    # Facts are (place, *its parents). Adelaide is scored first and fits both items; first-fit
    # gave it "australia", and the predicted Australia then found nothing left.
    predicted = [("adelaide", "south australia", "australia"), ("australia",)]
    score, false_pos, missed = _score("setting", gold, predicted)
    assert (score.tp, score.fp, score.fn) == (2, 0, 0)
    assert false_pos == [] and missed == []


def test_a_prediction_that_fits_nothing_is_still_a_false_positive() -> None:
    gold = [frozenset({"paris"})]
    score, false_pos, _ = _score("setting", gold, [("paris",), ("rome", "italy")])
    assert (score.tp, score.fp, score.fn) == (1, 1, 0)
    assert false_pos == [("rome", "italy")]
