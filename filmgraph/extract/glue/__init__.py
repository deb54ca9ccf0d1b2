"""Glue repair: web-scraped reviews glue link text to its neighbours.

"expectingPaul Scofieldwith", "director,Peter Bogdanovich", "Sean ConneryandGena Rowlands".
The extractors work on a repaired copy of the text and map every span back to the original
with :class:`Repaired`, so evidence always points at the text as stored.

Where the cuts go is decided in two passes: ``links`` splits link text glued to what comes
before it (and its far end, glued too), ``ends`` a word glued on a name with nothing glued
before it ("Glynn Turmanis", "Denzel Washingtonturns"). ``words`` holds what both ask of the
review's own words.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass

from .ends import end_cuts
from .links import link_cuts
from .words import Vocabulary

__all__ = ["Repaired", "repair"]


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


def repair(
    text: str,
    is_name_token: Callable[[str], bool],
    is_person: Callable[[str], bool] = lambda name: False,
) -> Repaired:
    """Split link text glued to its neighbours ("andPeter Brantis" → "and Peter Brant is").

    ``is_name_token`` tells whether a capitalised token is a known name part, so that real
    names that merely end like an English word ("Davis", "Thomas") are left alone;
    ``is_person`` whether a full name is a known person's ("Denzel Washington|turns").

    >>> fix = repair("directorJames L. Brooks; Sean ConneryandGena Rowlands, McDougall,"
    ...              " Hitchcocksaid it.Then", lambda t: t in ("Hitchcock", "Connery"))
    >>> fix.text
    'director James L. Brooks; Sean Connery and Gena Rowlands, McDougall, Hitchcock said it. Then'
    """
    vocab = Vocabulary(text)
    cuts: set[int] = set()
    link_cuts(text, vocab, is_name_token, cuts)
    end_cuts(text, vocab, is_name_token, is_person, cuts)
    ordered = sorted(cuts)
    out: list[str] = []
    pos = 0
    for cut in ordered:
        out.append(text[pos:cut])
        out.append(" ")
        pos = cut
    out.append(text[pos:])
    return Repaired("".join(out), tuple(c + i for i, c in enumerate(ordered)))
