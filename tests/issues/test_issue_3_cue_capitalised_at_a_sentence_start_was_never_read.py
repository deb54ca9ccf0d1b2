"""Credit cues were written with a small first letter ("directed by", "written by", "played
by"), so a sentence that opens with one ("Directed by Ann Lee from a script by Bo Day, it …",
"Written by …", "Played by …") credited no one. No dev review opens a sentence that way,
which is why the dev figures never showed it."""

from __future__ import annotations

import pytest

from filmgraph.extract import extract
from filmgraph.model import Relation, Review


@pytest.mark.parametrize(
    ("sentence", "relation"),
    [
        ("Directed by Anna Kovacs from a script by Bo Day, it is slow.", Relation.DIRECTOR),
        ("Written by Anna Kovacs, it never hurries.", Relation.WRITER),
        ("Written and directed by Anna Kovacs, it never hurries.", Relation.WRITER),
        ("Written and directed by Anna Kovacs, it never hurries.", Relation.DIRECTOR),
        ("Screenplay by Anna Kovacs.", Relation.WRITER),
        ("Adapted by Anna Kovacs from a novel, it never hurries.", Relation.WRITER),
        ("Played by Anna Kovacs, Sam is a baker.", Relation.ACTOR),
        ("Voiced by Anna Kovacs, Sam is a dog.", Relation.ACTOR),
        ("Portrayed by Anna Kovacs, Sam is a baker.", Relation.ACTOR),
        ("Helmer Anna Kovacs never hurries.", Relation.DIRECTOR),
    ],
)
def test_a_cue_that_opens_a_sentence_credits_its_name(sentence: str, relation: Relation) -> None:
    ex = extract(Review(text=f"“Moon Garden” is quiet. {sentence}", source="x.txt"))
    assert "Anna Kovacs" in {c.object for c in ex.claims_for(relation)}
