"""People named with no role toward the film, and their surnames used alone."""

from __future__ import annotations

import re

from ...model import Kind, surname
from ..doc import Doc
from ..text import squash
from .record import part_name, person_like

__all__ = ["mentions_only"]

# A capitalised word not followed by another (a surname on its own: "Balagov shoves…").
# The capital first, then the word-start test behind it: the engine skips to capitals.
_SURNAME_CANDIDATE = re.compile(
    r"([A-Z](?<![\w-][A-Z])[\w-]*(?:['’][A-Z][\w-]*)?)(?![\w-])(?!\s+[A-Z])"
)


def mentions_only(doc: Doc) -> None:
    """Names that look like people but carry no role toward the film."""
    seen = {m.name for m in doc.mentions if m.kind is Kind.PERSON}
    people = doc.lexicon.people
    for start, end, found in doc.name_runs():
        name = squash(found)
        if name in seen or name in doc.characters or part_name(name) in doc.characters:
            continue  # "Young Antoine (Lucas Morel)" named the part Antoine
        if " " not in name and name not in people:
            continue  # one word is a person only if known as one: most runs, no full test
        tokens = name.split()
        if tokens and tokens[0] in doc.lexicon.common and len(tokens) > 2 and name not in people:
            # "Director Ann Lee" is Ann Lee, but "Chief Dan George" is known whole (as in clean)
            name = " ".join(tokens[1:])
        if person_like(doc, name, cued=False):
            doc.mention(Kind.PERSON, name, start, end, 0.6)
            seen.add(name)
    # Surnames of people already found ("Balagov shoves…") become mentions resolution joins.
    # Every full name per surname, in a fixed order: taken from the set alone, which of
    # two namesakes won depended on the hash seed, and so did the mentions made.
    surnames: dict[str, list[str]] = {}
    for n in sorted(seen):
        if len(n.split()) >= 2:
            surnames.setdefault(surname(n), []).append(n)
    if surnames:
        for m in _SURNAME_CANDIDATE.finditer(doc.text):
            fulls = surnames.get(m.group(1))
            if fulls is None:
                continue
            before = doc.text[max(0, m.start() - 1) : m.start()]
            inside = any(doc.text[max(0, m.end() - len(f)) : m.end()] == f for f in fulls)
            if not inside and before != "-":
                doc.mention(Kind.PERSON, m.group(1), m.start(), m.end(), 0.8)
