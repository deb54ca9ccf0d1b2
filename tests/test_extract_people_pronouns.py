"""Parts given to a pronoun ("He plays X"), in sentences written for the test: the pronoun
stands for the last person named just before it, in the same paragraph."""

from __future__ import annotations

from filmgraph.extract import extract
from filmgraph.model import Relation, Review


def _parts(text: str) -> set[tuple[str, str]]:
    ex = extract(Review(text=text, source="prose.txt"))
    assert ex.film_title == "Salt Road"
    return {(c.object, c.subject) for c in ex.claims_for(Relation.PLAYED_BY)}


def test_he_plays_after_the_actor_is_named() -> None:
    text = (
        "“Salt Road” is a thriller. Peter Gallo makes it tense from the first shot. "
        "He plays Tom Quill, a reporter on a deadline."
    )
    assert _parts(text) == {("Peter Gallo", "Tom Quill")}


def test_she_plays_a_part_named_after_its_description() -> None:
    text = (
        "“Salt Road” is a thriller. Mira Sandoval stars, in an action role. "
        "She plays a nurse named Wenna Hale."
    )
    assert _parts(text) == {("Mira Sandoval", "Wenna Hale")}


def test_a_surname_is_the_person_named_in_full_before() -> None:
    text = (
        "“Salt Road” stars Peter Gallo. It is long.\n\n"
        "Gallo is a former singer. He plays Tom as a quiet man."
    )
    assert ("Peter Gallo", "Tom") in _parts(text)


def test_a_pronoun_inside_a_sentence_is_not_read() -> None:
    text = "“Salt Road” stars Peter Gallo. In the school play he plays Birnam Wood."
    assert _parts(text) == set()


def test_a_given_name_alone_in_between_stops_the_search() -> None:
    text = (
        "“Salt Road” stars Peter Gallo, whose only friend is his mule, Bill. "
        "He plays Birnam Wood in the village show."
    )
    assert _parts(text) == set()


def test_the_person_must_be_in_the_same_paragraph() -> None:
    text = "“Salt Road” stars Peter Gallo.\n\nHe plays Tom Quill, a reporter."
    assert _parts(text) == set()


def test_she_is_played_by_casts_the_part_named_before() -> None:
    text = (
        "“Salt Road” is long. Wenna Hale is the heart of the film, and she is played by a "
        "newcomer, Mira Sandoval, with great calm."
    )
    assert _parts(text) == {("Mira Sandoval", "Wenna Hale")}


def test_he_is_played_by_after_a_cast_member_names_no_part() -> None:
    text = (
        "“Salt Road” stars Peter Gallo as a trucker, and he is played by Mira Sandoval in "
        "the dream scenes."
    )
    assert _parts(text) == set()


def test_a_glued_word_is_no_part() -> None:
    text = (
        "“Salt Road” is long. It recalls a 1994 Jackie Chanfilm about a sailor. "
        "In “Salt Road” he is played by Mira Sandoval."
    )
    assert _parts(text) == set()


# "Actor plays him": the part is the subject of a sentence shortly before (twenty-sixth stop,
# the third dev set's commonest role miss).
def test_plays_him_casts_the_part_introduced_before() -> None:
    text = (
        "“Salt Road” is a thriller. Her husband, Arturo, is a state policeman. Rodrigo Basave "
        "plays him not as a villain but as a tired man."
    )
    assert _parts(text) == {("Rodrigo Basave", "Arturo")}


def test_the_subject_before_not_the_nearest_name() -> None:
    text = (
        "“Salt Road” is a thriller. The third main character is Inspector Meera Joshi, who "
        "sees in Bala a potential informer. Sunaina Rao gives her a steely determination."
    )
    parts = {(actor, part.removeprefix("Inspector ")) for actor, part in _parts(text)}
    assert parts == {("Sunaina Rao", "Meera Joshi")}


def test_a_subject_two_sentences_back_after_an_aside_with_a_comparison() -> None:
    text = (
        "“Salt Road” is a thriller. Konrad, the ferryman, has carried cars for thirty years. "
        "He is about to be ruined. Dieter Falk, a stage actor with a voice like gravel, plays "
        "him with a bullish self-pity."
    )
    assert _parts(text) == {("Dieter Falk", "Konrad")}


def test_places_possessives_and_cast_parts_are_passed_over() -> None:
    text = (
        "“Salt Road” is a thriller. His daughter, Sabine (Renate Vollmer), wants to leave for "
        "Koblenz; his only friend is Mehmet, who crews the ferry on the Rhine. Erol Kaya plays "
        "him with grace."
    )
    assert ("Erol Kaya", "Mehmet") in _parts(text)
    assert ("Erol Kaya", "Sabine") not in _parts(text)
    text = (
        "“Salt Road” is a thriller. Fumie runs the ferry to the island of Mukaishima, a "
        "crossing of a few hundred metres. Kazuko Minami plays her with a calm face."
    )
    assert _parts(text) == {("Kazuko Minami", "Fumie")}


def test_a_title_is_no_part_and_no_name_no_part() -> None:
    text = (
        "“Salt Road” is a thriller. The German title, Das Wasserhaus, is blunter. Nina Reuter "
        "plays her with a clenched efficiency."
    )
    assert _parts(text) == set()
    # "plays her mother": the pronoun is a possessive, the part has no name here
    text = "“Salt Road” is a thriller. Greta Lind is the hero. Ann Weber plays her mother."
    assert ("Ann Weber", "Greta Lind") not in _parts(text)
