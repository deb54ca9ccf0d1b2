"""Parts given to a pronoun: "Eastwood makes it a thriller. He plays Steve Everett, a reporter."

Critics name an actor, then go on with "He plays …" / "She plays …". The pronoun stands for the
last person named shortly before it, in the same paragraph. A character named alone in between
("Bill, his mule, … He plays Birnam Wood") could be the one meant, so it stops the search.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from ..doc import Doc
from ..text import CAP, squash
from .context import compared
from .record import cast, clean, full_name, person_like

__all__ = ["pronoun_parts"]

_PRONOUN_PART = re.compile(
    r"(?:He|She)\s+(?:also\s+)?(?:plays|played|portrays|portrayed|stars\s+as|"
    r"is\s+cast\s+as|was\s+cast\s+as)\s+"
    # "She plays a nurse named Norma"
    r"(?:(?:an?|the)\s+(?:[a-z-]+\s+){0,4}?(?:named|called)\s+)?"
    rf"(?P<char>{CAP}(?:\s{CAP}){{0,2}})(?![\w'’-])"
)
# What may stand between a sentence's start and its pronoun: quotes, brackets, spaces.
_OPENING = frozenset(" \n\t“”\"‘’'(")
# How far back the person may be named: this sentence and the two before it.
_SENTENCES_BACK = 2


def pronoun_parts(doc: Doc) -> None:
    text = doc.text
    lex = doc.lexicon
    for m in _PRONOUN_PART.finditer(text):
        start = m.start()
        s, _ = doc.sentence_at(start)
        if any(c not in _OPENING for c in text[s:start]):
            continue  # only a pronoun that opens its sentence is the subject
        char = squash(m["char"])
        if (
            char in lex.common
            or char in lex.people
            or char in lex.honorifics
            or lex.place(char)
            or char == doc.film
        ):
            continue
        actor = _antecedent(doc, s)
        if actor is not None and actor != char and not compared(doc, start):
            cast(doc, char, actor, start, m.end(), 0.7)


def _antecedent(doc: Doc, sentence_start: int) -> str | None:
    """The last person named in the sentences before ``sentence_start``, or None when the
    nearest candidate is not clearly a person."""
    text = doc.text
    window = sentence_start
    for _ in range(_SENTENCES_BACK):
        if window == 0:
            break
        window = doc.sentence_at(window - 1)[0]
    paragraph = text.rfind("\n", 0, sentence_start) + 1
    window = max(window, paragraph)
    runs = doc.name_runs()
    k = bisect_left(runs, (sentence_start,)) - 1
    while k >= 0 and runs[k][0] >= window:
        start, _, found = runs[k]
        k -= 1
        name, _ = clean(doc, squash(found), start)
        if " " in name:
            if name in doc.characters:
                return None  # a part named in full: the pronoun may be the part
            if person_like(doc, name, cued=False):
                return name
            continue
        full = full_name(doc, name)
        if full is not None and name not in doc.characters:
            return full
        if name in doc.characters or name in doc.lexicon.first_names:
            return None  # "Bill, his mule": a part or a given name alone may be the subject
    return None
