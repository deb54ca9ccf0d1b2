"""What a player lends a part: "Benjamín Ulloa brings a reckless sweetness to Nicolás",
"Lee Joon-young gives Tae-su a hangdog decency". Critics write the part as the object of
"brings … to" and "gives … a" once they have named it in their synopsis, so the part must be
named earlier in the review and be no place, no known person and no one cast."""

from __future__ import annotations

import re

from ...model import Relation
from ..doc import Doc
from ..text import NAME, PART_NAME, find_all, near, squash
from .context import compared
from .record import cast, clean, person_like

__all__ = ["lent_qualities"]

# What a player lends is a quality ("a hangdog decency", "gravel and menace", "warmth"), not a
# thing handed over in the story ("gives Gabby a photograph", "brings the money to Johnny").
_QUALITY = (
    r"(?:[a-z-]+,?\s+(?:and\s+)?){0,4}?(?:[a-z]+(?:ness|ity|ism|ence|ance|ancy|ency|ion|ure|"
    r"ment|th|our|or|cy)|menace|grace|gravitas|bravado|edge|spark|charm|wit|steel|fire|heart|"
    r"soul|swagger|voice|weight|presence|dignity|poise)"
)
_BRINGS_TO = re.compile(
    rf"(?P<actor>{NAME})(?:,\s+[^,;.()“”\"]{{1,100}},)?\s+(?:brings|lends)\s+"
    rf"(?:an?\s+|the\s+|some\s+)?{_QUALITY}\s+to\s+"
    r"(?:(?:his|her|their|the)\s+(?:[a-z-]+\s+){0,2}?)?"
    rf"(?P<char>{PART_NAME})(?![\w'’-])"
)
_GIVES = re.compile(
    rf"(?P<actor>{NAME})(?:,\s+[^,;.()“”\"]{{1,100}},)?\s+gives\s+"
    rf"(?P<char>{PART_NAME})\s+(?:an?|the|some)\s+{_QUALITY}\b"
)


def lent_qualities(doc: Doc) -> None:
    text = doc.text
    for pattern, cues in ((_BRINGS_TO, (" brings ", " lends ")), (_GIVES, (" gives ",))):
        # Scanned only around the verbs: the patterns open with a name, tried anywhere else
        # at every capital.
        verbs = [p for cue in cues for p in find_all(text, cue)]
        for m in near(pattern, text, verbs, before=160, after=120):
            actor = clean(doc, squash(m["actor"]), m.start("actor"))[0]
            char = squash(m["char"])
            if (
                _a_part(doc, char, m.start())
                and person_like(doc, actor, cued=True)
                and actor != char
                and not compared(doc, m.start())
            ):
                cast(doc, char, actor, m.start(), m.end(), 0.7)


def _a_part(doc: Doc, char: str, pos: int) -> bool:
    """``char`` is named before ``pos`` and is no place, known person, cast member or film."""
    lex = doc.lexicon
    if char in doc.characters:
        return doc.characters[char] is None
    if lex.place(char) or char in lex.people or char == doc.film or char in lex.common:
        return False
    first = char.split()[0]
    if first in lex.common or first in lex.honorifics:
        return False
    if Relation.ACTOR in doc.roles.get(char, set()):
        return False
    return doc.text.find(char, 0, pos) >= 0
