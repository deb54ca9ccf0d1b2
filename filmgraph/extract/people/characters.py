"""Characters named without an actor: "their son David", "but Rafa is…"."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ...model import Kind, Relation
from ..doc import Doc
from ..text import CAP, find_all
from .patterns import KIN

__all__ = ["minor_characters"]

# Opens with a literal space so the regex engine skips ahead to it.
# Not before a maker's works: "a veteran of Ozu's last films" names a director, no character.
_MIDSENTENCE_CHAR = re.compile(
    rf" (?<=[a-z,;] )(?P<name>{CAP})(?=\s+(?:is|was|has|had|seems|wants|tells|says|and\s+his|"
    rf"and\s+her)\b|['’]s\s+(?!(?:[a-z-]+\s+){{0,2}}(?:films?|movies?|pictures?|work|oeuvre|"
    rf"career|style|direction|camera|screenplays?|scripts?|classics?|masterpieces?)\b)[a-z])"
)
_KIN_NAME = re.compile(rf"\b(?:{KIN})\s+(?P<name>{CAP})\b(?!\s+{CAP})")
# Every kin word starts with one of these literals ("fianc[eé]e?" with "fianc").
_KIN_STEMS = tuple(sorted({w.split("[")[0] for w in KIN.split("|")}))


def _kin_names(text: str) -> Iterator[re.Match[str]]:
    """What ``_KIN_NAME.finditer(text)`` finds, the pattern tried only where a kin word is
    (found with str.find): over a whole review it cost more than the rest of its rule."""
    end = 0
    for p in sorted({i for stem in _KIN_STEMS for i in find_all(text, stem)}):
        if p >= end and (m := _KIN_NAME.match(text, p)):
            end = m.end()
            yield m


def minor_characters(doc: Doc) -> None:
    """Characters named without an actor: "their son David", "but Rafa is…"."""
    known_tokens = {t for m in doc.mentions if m.kind is Kind.PERSON for t in m.name.split()}
    known_chars = {t for c in doc.characters for t in c.split()}
    aliases = {a for names in doc.aliases.values() for a in names}
    for matches, conf in (
        (_kin_names(doc.text), 0.7),
        (_MIDSENTENCE_CHAR.finditer(doc.text), 0.55),
    ):
        for m in matches:
            name = m["name"]
            lex = doc.lexicon
            if (
                name in known_tokens
                or name in known_chars
                or name in aliases
                or name in lex.common
                or name in lex.honorifics
                or lex.place(name)
                or name == doc.film
                or any(c.startswith(name) or name.startswith(c) for c in doc.characters)
            ):
                continue
            doc.mention(Kind.CHARACTER, name, m.start("name"), m.end("name"), conf)
            if doc.film and not doc.has_claim(Relation.CHARACTER, name):
                doc.claim(Relation.CHARACTER, doc.film, name, m.start("name"), m.end("name"), conf)
                doc.characters[name] = None
                known_chars.add(name)
