"""Issue 3: Ebert's linked names are glued to their neighbours ("expectingPaul Scofieldwith").

Each case was a wrong name in the extraction: "Sean ConneryandGena Rowlands" as one person,
"Francine McDoug" (McDougall split), "James L" (an initial cut off), "Franco is Truffaut".
"""

from __future__ import annotations

import pytest

from filmgraph.extract import extract
from filmgraph.extract.glue import repair
from filmgraph.extract.lexicon import default_lexicon
from filmgraph.model import Relation, Review


@pytest.mark.parametrize(
    ("glued", "fixed"),
    [
        ("expectingPaul Scofieldwith", "expecting Paul Scofield with"),
        (
            "Paul and Hannah (Sean ConneryandGena Rowlands)",
            "Paul and Hannah (Sean Connery and Gena Rowlands)",
        ),
        (
            "screenplay byJohn BlumenthalandMichael Berry,",
            "screenplay by John Blumenthal and Michael Berry,",
        ),
        (
            "directorFrancine McDougall, writerLona Williams",
            "director Francine McDougall, writer Lona Williams",
        ),
        ("The director,Peter Bogdanovich, moves", "The director, Peter Bogdanovich, moves"),
        (
            "they areKumail Nanjiani(Jay),Fred Armisen(Cole)",
            "they are Kumail Nanjiani (Jay), Fred Armisen (Cole)",
        ),
        ("in Francois Truffaut's book", "in Francois Truffaut's book"),
        ("the life of LaMotta and DeNiro", "the life of LaMotta and DeNiro"),
    ],
)
def test_glued_names_are_split_and_real_names_kept(glued: str, fixed: str) -> None:
    repaired = repair(glued, default_lexicon().is_name_token)
    assert repaired.text == fixed
    # Every span maps back onto the same characters of the original text.
    for word in fixed.split():
        at = repaired.text.find(word)
        start, end = repaired.original(at, at + len(word))
        assert glued[start:end].replace(" ", "") == word.replace(" ", "")


def test_a_credit_word_glued_to_a_name_stays_whole() -> None:
    # "DirectorGeorge Haas" was split into "Direct or George Haas", losing the director cue.
    ex = extract(
        Review(
            text="“Friends” is a talky film. * DirectorGeorge Haas lines up actors in rows.",
            source="glued.txt",
        )
    )
    assert {c.object for c in ex.claims_for(Relation.DIRECTOR)} == {"George Haas"}
