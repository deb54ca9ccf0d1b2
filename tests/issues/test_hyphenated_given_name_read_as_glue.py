"""Issue: "he is played by Tsang Sze-man" gave the part to a film title named paragraphs back.

The part a pronoun stands for is the last name before it that is no film person. A name
with a lower-case word glued on by a broken link ("Jackie Chanfilm") is skipped, and the
glue test took any known name token followed by lower-case letters: once "Fei" was a known
given name (the film table credits Xie Fei), "Fei-hong" read as "Fei" + "-hong", so "Wong
Fei-hong" was skipped and the search went on to "Crouching Tiger, Hidden Dragon". Glue
joins letters to letters; a hyphen is how the name is spelt.
"""

from __future__ import annotations

from dataclasses import replace

from filmgraph.extract import extract
from filmgraph.extract.lexicon import default_lexicon
from filmgraph.model import Relation, Review

TEXT = (
    "The success of “Silent Harbor, Hidden Lantern” moved a distributor to revive “Iron "
    "Kite.” The film includes a young Wong Fei-hong, a folk hero of the south. (In “Iron "
    "Kite” he is played by Tsang Sze-man, a girl.)"
)


def test_the_pronoun_stands_for_the_hyphenated_name() -> None:
    base = default_lexicon()
    lexicon = replace(base, name_tokens=base.name_tokens | {"Fei"})
    ex = extract(Review(text=TEXT, source="x"), lexicon=lexicon)
    played = {(c.subject, c.object) for c in ex.claims_for(Relation.PLAYED_BY)}
    assert ("Wong Fei-hong", "Tsang Sze-man") in played
    assert not any(part == "Hidden Lantern" for part, _ in played)
