"""A two-letter word glued on a name with no glue on its left ("Glynn Tarbellis a man"),
in sentences written for the test: the glue is cut only where the name is known apart."""

from __future__ import annotations

from filmgraph.extract import extract
from filmgraph.extract.glue import repair
from filmgraph.model import Relation, Review


def _never_a_name(token: str) -> bool:
    return False


def test_a_name_used_alone_elsewhere_is_cut_from_its_glued_word() -> None:
    fixed = repair(
        "Glynn Tarbellis a cab driver. That night Tarbell's voice changes.", _never_a_name
    )
    assert fixed.text.startswith("Glynn Tarbell is a cab driver.")


def test_a_known_name_part_after_a_given_name_is_cut() -> None:
    fixed = repair("The cast (Cyril Moskowitzin training) is new.", lambda t: t == "Moskowitz")
    assert "Cyril Moskowitz in training" in fixed.text


def test_words_and_lone_name_parts_stay_whole() -> None:
    text = "Within a week they saw “Cabin in the Sky” and the Francois in it."
    names = {"Cab", "Franco", "Francois"}
    assert repair(text, names.__contains__).text == text


def test_a_name_that_goes_on_is_not_cut() -> None:
    # "Lucas Wendt": a capital follows, so "Lucas" is a given name, not "Luc as".
    text = "Later Lucas Wendt arrives, and Luc himself never returns."
    assert repair(text, _never_a_name).text == text


def test_the_repaired_name_is_cast_and_the_glued_word_is_no_part_of_it() -> None:
    text = (
        "“Salt Road” stars Anna Kovacs as a trucker.\n\n"
        "Peter Tarbellis nicely low-key as the town drunk. Tarbell's scenes are the best."
    )
    ex = extract(Review(text=text, source="prose.txt"))
    actors = {c.object for c in ex.claims_for(Relation.ACTOR)}
    assert "Peter Tarbell" in actors
    assert not any("Tarbellis" in a for a in actors)


# A link glued on its far end only ("Denzel Washingtonturns in"), with any word glued on.


def test_a_known_person_is_cut_from_any_word_glued_on_his_surname() -> None:
    fixed = repair(
        "Later Dorota Kwiatkowskaleaped at the part.",
        lambda t: t in ("Dorota", "Kwiatkowska"),
        lambda name: name == "Dorota Kwiatkowska",
    )
    assert "Dorota Kwiatkowska leaped at the part" in fixed.text


def test_a_surname_the_review_uses_alone_is_cut_from_a_word_it_uses() -> None:
    text = "Lasse Oksanenalready knows the town. Oksanen is already famous there."
    assert repair(text, _never_a_name).text.startswith("Lasse Oksanen already knows")


def test_a_reused_surname_is_cut_from_a_verb_glued_on_it() -> None:
    # "approaches" is used nowhere else, but a verb is what follows a name.
    text = "Lasse Oksanenapproaches the town with care. Oksanen knows it."
    assert repair(text, _never_a_name).text.startswith("Lasse Oksanen approaches the town")


def test_a_surname_that_is_a_word_of_the_review_is_not_cut() -> None:
    # "West" stands alone ("the West") and "more" is a word, but "Westmore" is the name.
    text = "Makeup is by Michael Westmore. The West is more than a place to him."
    assert repair(text, _never_a_name).text == text


def test_a_possessive_glued_on_the_next_word_is_cut() -> None:
    text = "It is Aki Kaurismaki'snew film, and a new turn."
    assert "Kaurismaki's new film" in repair(text, _never_a_name).text


def test_the_glued_director_is_found_whole() -> None:
    text = (
        "In “Harbor,” the director Lasse Oksanenbuilds a town from scratch. Oksanen builds "
        "it slowly."
    )
    ex = extract(Review(text=text, source="prose.txt"))
    assert {c.object for c in ex.claims_for(Relation.DIRECTOR)} == {"Lasse Oksanen"}
