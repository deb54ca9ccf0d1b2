"""What glue repair asks of a review's own words: which small words get glued onto names,
which lower-case words the review uses, which capitalised words stand on their own."""

from __future__ import annotations

import re
from collections import Counter

from ..text import UPPER

__all__ = ["RIGHT_WORDS", "WORD_CHAR", "Vocabulary", "alone_elsewhere"]


RIGHT_WORDS = tuple(
    sorted(
        [
            "as",
            "is",
            "in",
            "has",
            "and",
            "of",
            "to",
            "with",
            "who",
            "was",
            "the",
            "for",
            "on",
            "at",
            "from",
            "had",
            "are",
            "were",
            "plays",
            "played",
            "whose",
            "while",
            "but",
            "or",
            "that",
            "which",
            "gives",
            "makes",
            "does",
            "doesn",
            "did",
            "brings",
            "stars",
            "says",
            "said",
            "into",
            "would",
            "will",
            "can",
            "could",
            "seems",
            "takes",
            "gets",
            "also",
            "here",
            "there",
            "now",
            "have",
            "been",
            "being",
            "when",
            "where",
            "about",
            "after",
            "this",
            "what",
            "even",
            "then",
            "than",
        ],
        key=len,
        reverse=True,
    )
)


WORD_CHAR = re.compile(r"[\w'’-]")


class Vocabulary:
    """The review's lower-case words, collected only if a glued token needs them, and which
    capitalised words stand on their own: a text search answers the few questions a review
    asks; past that, as on a page of glued names where a search each was quadratic, every
    lone word is counted once."""

    __slots__ = ("_asked", "_lone", "_text", "_words")

    def __init__(self, text: str) -> None:
        self._text = text
        self._words: set[str] | None = None
        self._lone: Counter[str] | None = None
        self._asked = 0

    def __contains__(self, word: object) -> bool:
        """Whether the review uses ``word`` as a whole lower-case word: by a text search
        while only a few questions were asked (gathering every word costs more than a few
        searches, and most reviews ask few), then from the gathered words."""
        if not isinstance(word, str):
            return False
        if self._words is None and self._asked < _SEARCHES:
            self._asked += 1
            return self._search(word)
        if self._words is None:
            self._words = set(_LOWER_WORD.findall(self._text))
        return word in self._words

    def _search(self, word: str) -> bool:
        if not _LOWER_WORD.fullmatch(word):
            return False
        text = self._text
        at = text.find(word)
        while at >= 0:
            # a whole word as _LOWER_WORD reads one: no word character on either side
            if not _WORD.match(text, at + len(word)) and not (at and _WORD.match(text, at - 1)):
                return True
            at = text.find(word, at + 1)
        return False

    def alone_elsewhere(self, word: str, skip: int) -> bool:
        """``word`` stands on its own somewhere other than at ``skip``: "Turman's voice"."""
        self._asked += 1
        if not word.isalpha() or (self._lone is None and self._asked <= _SEARCHES):
            return alone_elsewhere(self._text, word, skip)  # ("O'Brien" is read so always)
        if self._lone is None:
            self._lone = Counter(_ALONE_WORD.findall(self._text))
        here = _ALONE_WORD.match(self._text, skip)
        return self._lone[word] > (1 if here and here.group(0) == word else 0)


_LOWER_WORD = re.compile(r"\b[a-z]{2,}\b")


_SEARCHES = 30  # questions answered by a text search before the words are gathered


_WORD = re.compile(r"\w")


# A capitalised word standing alone: no letter, apostrophe or hyphen right before it and no
# letter right after ("Turman's" counts, "O'Brien" is no "Brien"), as alone_elsewhere reads.
_ALONE_WORD = re.compile(rf"{UPPER}(?<![^\W\d_]{UPPER})(?<![’'-]{UPPER})[^\W\d_]*(?![^\W\d_])")


def alone_elsewhere(text: str, word: str, skip: int) -> bool:
    """``word`` stands on its own somewhere other than at ``skip``: "Turman's voice"."""
    at = text.find(word)
    while at >= 0:
        after = text[at + len(word) : at + len(word) + 1]
        before = text[at - 1 : at] if at else ""
        if (
            at != skip
            and not after.isalpha()
            and not (before.isalpha() or (before != "" and before in "'’-"))
        ):
            return True
        at = text.find(word, at + 1)
    return False
