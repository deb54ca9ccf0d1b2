"""Issue 3: glue repair cut "RoboCop" into "Robo Cop" although the review wrote it so every
time, and a title quoted with glue ("Deathand the Maiden") was taken over its clean spelling.
Written for the test; the titles are invented."""

from __future__ import annotations

from filmgraph.extract import extract
from filmgraph.extract.glue import repair
from filmgraph.model import Review


def test_a_camel_case_word_written_so_again_and_again_stays_whole() -> None:
    text = "Early in “TurboMoth” a robot runs amok. Later “TurboMoth” ends."
    assert repair(text, lambda t: False).text == text
    assert extract(Review(text=text, source="t")).film_title == "TurboMoth"


def test_glue_written_once_or_also_apart_is_still_cut() -> None:
    # Glued once ("withPeter"), or written apart elsewhere too ("Chun Li", "ChunLi").
    assert "with Peter" in repair("It opens withPeter Kowalski.", lambda t: False).text
    text = "ChunLi waits. Chun Li sings. ChunLi leaves."
    assert repair(text, lambda t: False).text.count("Chun Li") == 3


def test_a_title_quoted_with_glue_is_read_in_its_clean_spelling() -> None:
    text = (
        "“Lossand the Lantern” is long. In “Loss andthe Lantern” a man waits, and "
        "“Loss and the Lantern” ends well. “Lossand the Lantern” is worth it."
    )
    assert extract(Review(text=text, source="t")).film_title == "Loss and the Lantern"
