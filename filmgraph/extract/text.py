"""Text helpers shared by the extractors: name patterns, glue repair, sentences, quotes.

Web-scraped reviews glue link text to its neighbours ("expectingPaul Scofieldwith"). The
extractors work on a repaired copy of the text and map every span back to the original with
:class:`Repaired`, so evidence always points at the text as stored.
"""

from __future__ import annotations

import re
import sys
from bisect import bisect_right
from collections.abc import Callable, Iterator
from dataclasses import dataclass

__all__ = [
    "NAME",
    "Repaired",
    "is_title_like",
    "quoted",
    "repair",
    "sentences",
    "squash",
]

_UPPER = "".join(
    c for c in map(chr, range(sys.maxunicode if sys.maxunicode < 0x3000 else 0x3000)) if c.isupper()
)
UPPER = f"[{re.escape(_UPPER)}]"
LETTER = r"[^\W\d_]"
# A capitalised word: Zhovner, O'Brien, Jean-Luc, McDonald. The trailing lookahead keeps the
# possessive "'s" out of the name.
CAP = rf"{UPPER}(?:{LETTER}|['’](?!s\b)(?={LETTER})|-(?={LETTER}))*"
INITIAL = rf"{UPPER}\."
PARTICLE = r"(?:de|da|di|del|della|des|van|von|der|den|la|le|du|dos|das|bin|ibn|al|el|ten|ter)"
#: Two or more capitalised words (or initials), with nobiliary particles allowed inside.
NAME = rf"(?:{CAP}|{INITIAL})(?:[ ](?:{PARTICLE}[ ])?(?:{CAP}|{INITIAL}))*(?:,? Jr\.|,? Sr\.)?"
NAME_RE = re.compile(NAME)

_OPEN_QUOTES = "“\"«„‘'"
_QUOTE_RE = re.compile(r"“([^”\n]{1,120})”|\"([^\"\n]{1,120})\"|«([^»\n]{1,120})»|‘([^’\n]{1,80})’")
_SMALL_WORDS = frozenset(
    "a an the and or of in on at to for from with by as is vs but nor de la le du des et y".split()
)


def squash(text: str) -> str:
    """Fold runs of whitespace into single spaces.

    >>> squash("Nazir Zhukov and   Veniamin Kac ")
    'Nazir Zhukov and Veniamin Kac'
    """
    return " ".join(text.split())


def is_title_like(text: str) -> bool:
    """True when ``text`` reads like a title rather than a line of dialogue.

    >>> is_title_like("Closeness"), is_title_like("Do you want to spend all your life?")
    (True, False)
    >>> is_title_like("Hiroshima, Mon Amour"), is_title_like("man enough")
    (True, False)
    """
    words = text.split()
    if not words or len(words) > 12 or len(text) > 90:
        return False
    if text[-1] in ".,;:!" or text.endswith("?") and len(words) > 4:
        return False
    if not text[0].isupper() and not text[0].isdigit():
        return False
    lowers = [w for w in words[1:] if w[0].islower() and w.lower() not in _SMALL_WORDS]
    return len(lowers) == 0


def quoted(text: str) -> Iterator[tuple[str, int, int]]:
    """Quoted strings with the span of their inner text."""
    for m in _QUOTE_RE.finditer(text):
        group = next(g for g in range(1, 5) if m.group(g) is not None)
        inner = m.group(group)
        start = m.start(group)
        # Trim the punctuation that American style puts inside the quotes.
        stripped = inner.rstrip(" ,.")
        yield stripped, start, start + len(stripped)


_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"”’)]*\s+(?=[\"“‘(]*[A-Z0-9])|\n\s*\n|\n(?=[A-Z][\w ]{0,30}:)")


def sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans; good enough for cue windows, not a linguistic parser."""
    spans = []
    start = 0
    for m in _SENTENCE_END.finditer(text):
        if m.start() > start:
            spans.append((start, m.start()))
        start = m.end()
    if start < len(text):
        spans.append((start, len(text)))
    return spans


@dataclass(frozen=True, slots=True)
class Repaired:
    """A repaired copy of a text and the way back to the original offsets."""

    text: str
    _inserted: tuple[int, ...]  # positions in the repaired text where a space was inserted

    def original(self, start: int, end: int) -> tuple[int, int]:
        """Map a span of the repaired text onto the original text.

        >>> r = repair("expectingPaul Scofield.", lambda t: True)
        >>> r.text
        'expecting Paul Scofield.'
        >>> r.original(10, 23)
        (9, 22)
        """
        return start - bisect_right(self._inserted, start), end - bisect_right(
            self._inserted, end - 1
        )


_LEFT_GLUE = re.compile(rf"(?<![^\W\d_])([a-z]{{2,}})({UPPER}[a-z]+)")
_RIGHT_WORDS = (
    "as is in has and of to with who was the for on at from had are were plays played "
    "whose while but or that which gives makes does doesn did brings"
).split()


def repair(text: str, is_name_token: Callable[[str], bool]) -> Repaired:
    """Split link text glued to its neighbours ("andPeter Brantis" → "and Peter Brant is").

    ``is_name_token`` tells whether a capitalised token is a known name part, so that real
    names that merely end like an English word ("Davis", "Thomas") are left alone.
    """
    vocab = set(re.findall(r"\b[a-z]{2,}\b", text))
    inserted: list[int] = []
    out: list[str] = []
    pos = 0
    shift = 0
    for m in _LEFT_GLUE.finditer(text):
        out.append(text[pos : m.start(2)])
        inserted.append(m.start(2) + shift)
        shift += 1
        out.append(" ")
        pos = m.start(2)
        # The link's far end is glued too: split the first capitalised token of the run that
        # is not a known name part but ends in an English word ("Ohas" → "Oh as").
        run = re.match(rf"{UPPER}[\w'’\-]*(?:[ ]{UPPER}[\w'’\-]*){{0,3}}", text[pos:])
        if run is None:
            continue
        for tok in re.finditer(r"\S+", run.group(0)):
            split = _right_split(tok.group(0), vocab, is_name_token) if tok.start() else 0
            if tok.start() == 0 and not is_name_token(tok.group(0)):
                split = _right_split(tok.group(0), vocab, is_name_token)
            if split:
                cut = pos + tok.start() + split
                out.append(text[pos:cut])
                inserted.append(cut + shift)
                shift += 1
                out.append(" ")
                pos = cut
                break
    out.append(text[pos:])
    return Repaired("".join(out), tuple(inserted))


def _right_split(token: str, vocab: set[str], is_name_token: Callable[[str], bool]) -> int:
    if is_name_token(token):
        return 0
    best = 0
    for word in sorted(_RIGHT_WORDS, key=len, reverse=True):
        if token.endswith(word) and len(token) - len(word) >= 2:
            return len(token) - len(word)
    for cut in range(3, len(token) - 1):
        tail = token[cut:]
        if tail in vocab and len(tail) >= 3:
            best = cut
            break
    return best
