"""An actor praised "as" a part, the part named after a relation word ("as the father, Jack",
"as his wife Annie", "as Ciro's brother Enzo"), for players whose given name the lexicon does
not know (twenty-sixth stop: the third dev set's role misses)."""

from __future__ import annotations

import pytest
from extracting import played

from filmgraph.extract import extract
from filmgraph.model import Relation, Review


def _parts(text: str) -> set[tuple[str, str]]:
    return played(text, film="Salt Road")


@pytest.mark.parametrize(
    ("text", "actor", "part"),
    [
        ("Halvard Moe is hilarious as Leif Brandt, the producer.", "Halvard Moe", "Leif Brandt"),
        ("Karim Essafi is very funny as the son-in-law, Mourad.", "Karim Essafi", "Mourad"),
        ("Pietro Lanza is good value as Ciro's brother Enzo, a fixer.", "Pietro Lanza", "Enzo"),
        ("Owen Pryor brings a welcome earthiness as Silas Webb.", "Owen Pryor", "Silas Webb"),
        ("Efraín Cruz has a fine supporting turn as Don Aurelio.", "Efraín Cruz", "Don Aurelio"),
        ("Grace Whitley is a scene-stealer as Kaylee, who dates.", "Grace Whitley", "Kaylee"),
        ("As his wife Annie, Meera Nandakumar is prickly.", "Meera Nandakumar", "Annie"),
        ("Michael Ashworth, who is superb as the father, Jack, is.", "Michael Ashworth", "Jack"),
    ],
)  # fmt: skip
def test_a_praised_player_and_the_part(text: str, actor: str, part: str) -> None:
    assert (actor, part) in _parts("“Salt Road” is a drama. " + text)


def test_a_maker_cited_as_a_favourite_is_no_player() -> None:
    text = (
        "“Salt Road” is a drama. In the few interviews he gave, he cited Douglas Sirk as his "
        "favorite Hollywood director, and it shows."
    )
    ex = extract(Review(text=text, source="t.txt"))
    assert not ex.claims_for(Relation.PLAYED_BY)
    assert "Douglas Sirk" not in {c.object for c in ex.claims_for(Relation.ACTOR)}


def test_a_player_who_wrote_the_screenplay_is_its_writer() -> None:
    text = (
        "“Salt Road” is a drama. Karim Benali plays her uncle Hassan, a smuggler. The "
        "screenplay, which Benali wrote with Claire Vautrin, loses focus."
    )
    ex = extract(Review(text=text, source="t.txt"))
    writers = {c.object for c in ex.claims_for(Relation.WRITER)}
    assert writers == {"Karim Benali", "Claire Vautrin"}
