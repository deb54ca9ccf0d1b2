"""Parts and direction given to a pronoun: "Eastwood makes it a thriller. He plays Steve
Everett, a reporter.", "Billy Crystal … he not only stars, but makes his directing debut."

Critics name an actor, then go on with "He plays …" / "She plays …". The pronoun stands for the
last person named shortly before it, in the same paragraph. A character named alone in between
("Bill, his mule, … He plays Birnam Wood") could be the one meant, so it stops the search.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator

from ...model import Relation
from ..doc import Doc
from ..text import NAME, PART_NAME, near, squash
from .context import compared, other_film
from .patterns import BY_LEAD, DIRECTOR_CUE, PLAYED_BY_CUE, Anchors
from .record import cast, clean, full_name, person_like, role

__all__ = ["pronoun_directors", "pronoun_parts", "pronoun_played_by"]

_PRONOUN_PART = re.compile(
    r"(?:He|She)\s+(?:also\s+)?(?:plays|played|portrays|portrayed|stars\s+as|"
    r"is\s+cast\s+as|was\s+cast\s+as)\s+"
    # "She plays a nurse named Norma"
    r"(?:(?:an?|the)\s+(?:[a-z-]+\s+){0,4}?(?:named|called)\s+)?"
    rf"(?P<char>{PART_NAME})(?![\w'’-])"
)
# "he also directed it", "she co-wrote and directed", "he makes his directing debut": only this
# film ("directed it", or no object), never "directed “Persona”" or "directed his first shorts".
_PRONOUN_DIRECTED = re.compile(
    r"\b(?:[Hh]e|[Ss]he)\s+(?:[^.;:!?()]{0,60}?\b(?:and|but|also)\s+)?(?:also\s+)?"
    r"(?:(?:(?:co-)?wrote(?:\s+the\s+screenplay)?,?\s+and\s+)?(?:co-)?directed"
    r"(?=\s*[,.;)]|\s+(?:it|this\s+(?:film|movie|picture)|the\s+(?:film|movie|picture))\b)"
    r"|(?:makes|made)\s+(?:his|her)\s+(?:feature\s+)?(?:directing|directorial)\s+debut)"
)
# "Ruth Ellis is the center of the film, and she is played by a newcomer, Ann Lee": the part
# is the pronoun's antecedent.
_PRONOUN_PLAYED_BY = re.compile(
    r"\b(?:[Hh]e|[Ss]he)(?:['’]s|\s+is|\s+was)\s+(?:[a-z]+\s+){0,2}?(?:played|portrayed|voiced)"
    rf"\s+(?:[a-z]+\s+){{0,3}}?by\s+{BY_LEAD}(?P<actor>{NAME})"
)
_DIRECTED_HERE = re.compile(
    r"directed(?:\s*[,.;)]|\s+(?:it|this|the)\b)|direct(?:ing|orial)\s+debut"
)


def pronoun_parts(doc: Doc) -> None:
    text = doc.text
    lex = doc.lexicon
    for m in _PRONOUN_PART.finditer(text):
        start = m.start()
        if not doc.opens_sentence(start):
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
        actor = antecedent(doc, start)
        if actor is not None and actor != char and not compared(doc, start):
            cast(doc, char, actor, start, m.end(), 0.7)


def pronoun_played_by(doc: Doc, anchors: Anchors) -> None:
    text = doc.text
    for m in near(_PRONOUN_PLAYED_BY, text, anchors(PLAYED_BY_CUE), before=30, after=80):
        actor = clean(doc, squash(m["actor"]), m.start("actor"))[0]
        char = _part_antecedent(doc, m.start(), actor)
        if char is not None and not compared(doc, m.start()) and not other_film(doc, m.start()):
            cast(doc, char, actor, m.start(), m.end(), 0.7)


def _part_antecedent(doc: Doc, pos: int, actor: str) -> str | None:
    """The part a pronoun stands for: the last name before ``pos`` in its paragraph that is
    no known film person, no cast member and no place; one word only if it is a part
    already."""
    lex = doc.lexicon
    for name in _names_back(doc, pos):
        if name in doc.characters:
            return name
        if " " not in name or name in lex.people or name == actor or name == doc.film:
            continue
        if lex.place(name) or any(t in lex.common or _glued(doc, t) for t in name.split()):
            continue
        if Relation.ACTOR in doc.roles.get(name, set()):
            return None  # a cast member: the pronoun may be them
        return name
    return None


def _names_back(doc: Doc, pos: int) -> Iterator[str]:
    """The names written before ``pos`` in its paragraph, the nearest first, cleaned.

    The paragraph, not the sentence before: "The film includes a young Wong Fei-hong. He was
    a folk hero. (… he is played by Tsang Sze-man)" names the part two sentences back."""
    window = doc.text.rfind("\n", 0, pos) + 1
    runs = doc.name_runs()
    k = bisect_left(runs, (pos,)) - 1
    while k >= 0 and runs[k][0] >= window:
        start, _, found = runs[k]
        k -= 1
        yield clean(doc, squash(found), start)[0]


def _glued(doc: Doc, token: str) -> bool:
    """A known name with a lower-case word stuck on: "Chanfilm" (glue repair left it); not
    a name whose part after a hyphen is lower case ("Wong Fei-hong")."""
    known = doc.lexicon.is_name_token
    return not known(token) and any(
        token[i:].isalpha() and token[i:].islower() and known(token[:i])
        for i in range(3, len(token) - 2)
    )


def pronoun_directors(doc: Doc, anchors: Anchors) -> None:
    text = doc.text
    # Tried only around "direct…" words: over a whole review the pattern is tried at every "he".
    cues = [p for p in anchors(DIRECTOR_CUE) if _DIRECTED_HERE.match(text, p)]
    for m in near(_PRONOUN_DIRECTED, text, cues, before=120, after=30):
        start = m.start()
        if compared(doc, start) or other_film(doc, start):
            continue
        maker = antecedent(doc, start)
        if maker is not None:
            role(doc, Relation.DIRECTOR, maker, start, m.end(), 0.75)
            if "wrote" in m.group(0):
                role(doc, Relation.WRITER, maker, start, m.end(), 0.75)


def antecedent(doc: Doc, pos: int) -> str | None:
    """The last person named before ``pos`` in its paragraph, or None when the nearest
    candidate is not clearly a person."""
    for name in _names_back(doc, pos):
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
