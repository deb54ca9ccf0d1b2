"""Glue repair: web-scraped reviews glue link text to its neighbours.

"expectingPaul Scofieldwith", "director,Peter Bogdanovich", "Sean ConneryandGena Rowlands".
The extractors work on a repaired copy of the text and map every span back to the original
with :class:`Repaired`, so evidence always points at the text as stored.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Container, Iterator
from dataclasses import dataclass

from .text import UPPER, find_all

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


# Web-scraped link text loses the spaces on either side: "expectingPaul Scofieldwith",
# "director,Peter Bogdanovich", "Sean ConneryandGena Rowlands".
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z][a-z])")
# Punctuation before a capital, or a bracket glued to a lower-case letter before it. The
# pattern opens with the punctuation (the letter before a bracket is looked back at), so the
# engine skips to punctuation instead of trying every lower-case letter: 4x faster.
_PUNCT = re.compile(r"[,;:.!?)(](?<!(?<![a-z])\()(?=[A-Z])")


def _punct_glue(text: str) -> Iterator[int]:
    """Where a space is missing after punctuation: "director,Peter", "anarchy.So", "Cruz(Ana)"."""
    for m in _PUNCT.finditer(text):
        c = text[m.start()]
        if c == "(":
            yield m.start()  # "Nanjiani(Jay)"
            continue
        p = m.end()
        lower_before = text[p - 3 : p - 1].isalpha() and text[p - 3 : p - 1].islower()
        lower_after = text[p + 1 : p + 2].islower()
        if c in ",;:" and (lower_before or text[p - 2] == ")") and lower_after:
            yield p  # "director,Peter", "(Jay),Fred"
        elif c in ".!?" and lower_before and lower_after:
            yield p  # "anarchy.So"


# Name prefixes that are followed by a capital inside one name: McCarthy, DeNiro, LaMotta.
_NAME_PREFIXES = frozenset(
    [
        "Mc",
        "Mac",
        "De",
        "Di",
        "Da",
        "La",
        "Le",
        "Du",
        "Van",
        "Von",
        "St",
        "Fitz",
        "Del",
        "Della",
    ]
)
_RIGHT_WORDS = tuple(
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
    vocab = _Vocabulary(text)
    cuts: set[int] = set()
    for p in _punct_glue(text):
        cuts.add(p)
        if text[p].isupper():
            _run_right_glue(text, p, vocab, is_name_token, cuts)
    # Only words with a case change inside, or capitalised words ending like a glued word.
    for at, word in _glue_suspects(text):
        if word[:1].isupper() and is_name_token(word):
            continue  # LaMotta, DeMonaco
        if _one_word(text, at, word, vocab):
            continue  # "RoboCop", written so again and again
        seg_start = 0
        for camel in _CAMEL.finditer(word):
            p = camel.start()
            seg = word[seg_start:p]
            if seg in _NAME_PREFIXES:  # "McNeil", "DeNiro": a segment ends in a small letter
                continue
            cuts.add(at + p)
            if seg[:1].isupper() and seg.lower() not in vocab and seg.lower() not in _ROLE_NOUNS:
                # "Conneryand|Gena": the left part is glued on its right too; not "Director|George"
                split = _right_split(seg, vocab, is_name_token, glued=True)
                if split:
                    cuts.add(at + seg_start + split)
            _run_right_glue(text, at + p, vocab, is_name_token, cuts)
            seg_start = p
        if seg_start == 0 and word[:1].isupper():
            # "Hitchcocksaid", "Grangeris": a known name with a word glued on its end.
            split = _right_split(word, vocab, is_name_token, glued=False)
            if split:
                cuts.add(at + split)
    _short_glue(text, vocab, is_name_token, cuts)
    _possessive_glue(text, vocab, cuts)
    _surname_glue(text, vocab, is_name_token, is_person, cuts)
    ordered = sorted(cuts)
    out: list[str] = []
    pos = 0
    for cut in ordered:
        out.append(text[pos:cut])
        out.append(" ")
        pos = cut
    out.append(text[pos:])
    return Repaired("".join(out), tuple(c + i for i, c in enumerate(ordered)))


def _one_word(text: str, at: int, word: str, vocab: _Vocabulary) -> bool:
    """A capitalised word with one capital inside ("RoboCop", "MacGuffin"), which the review
    writes so more than once and never apart, and whose head is no word of it: glue happens
    at links, and "TheGeneral" or "Advertisement|Jean" have a word for a head."""
    camel = _CAMEL.search(word)
    return (
        word[:1].isupper()
        and camel is not None
        and _CAMEL.search(word, camel.end() + 1) is None
        and vocab.alone_elsewhere(word, at)
        and word[: camel.start()].lower() not in vocab
        and f"{word[: camel.start()]} {word[camel.start() :]}" not in text  # "Chun Zhi" too
    )


# A capitalised word ending in a two-letter word, then a space: "Turmanis a", "Baioin training".
_SHORT_GLUED = re.compile(r"[A-Z](?<![\w'’-][A-Z])[a-z'’-]*[a-z](?:is|as|in|of)(?= )")
_NAME_BEFORE = re.compile(r"[A-Z][a-z'’-]+\.?[ ]$")


def _short_glue(
    text: str, vocab: _Vocabulary, is_name_token: Callable[[str], bool], cuts: set[int]
) -> None:
    """A two-letter word glued on a name with no glue on its left: "Glynn Turmanis a man",
    "Cyril Cusackis new". Two letters end many names ("Davis", "Francois"), so the cut needs
    the name without them to be a known name part after a given name, or a word the review
    uses on its own, and neither the whole word nor its head to be one of the review's
    lower-case words ("Within")."""
    for m in _SHORT_GLUED.finditer(text):
        token, end = m.group(0), m.end()
        head = token[:-2]
        if len(head) < 3 or is_name_token(token):
            continue
        if token[-2:] != "of" and not text[end + 1 : end + 2].islower():
            continue  # "Lucas Black": a name goes on; only "of" may come before a capital
        # A known name part is enough only after a given name ("Cyril Cusackis"): alone it
        # may be a word or a brand ("Cabin in the Sky", "employed by Michelin in").
        named = is_name_token(head) and _NAME_BEFORE.search(text, max(0, m.start() - 30), m.start())
        if not (named or vocab.alone_elsewhere(head, m.start())):
            continue
        # The review's words are gathered last: only a few tokens get this far.
        if token.lower() not in vocab and head.lower() not in vocab:
            cuts.add(m.start() + len(head))


# A possessive with the next word glued on: "Kaurismaki'snew film".
_GLUED_AFTER_S = re.compile(r"[a-z]{3,}\b")


def _possessive_glue(text: str, vocab: Container[str], cuts: set[int]) -> None:
    """A capitalised word's "'s" glued to a word the review uses: "Kaurismaki'snew"."""
    for mark in ("'s", "’s"):
        for p in find_all(text, mark):
            glued = _GLUED_AFTER_S.match(text, p + 2)
            if not glued or not (p and text[p - 1].isalpha()):
                continue
            at = p
            while at and _WORD_CHAR.match(text, at - 1):
                at -= 1
            if text[at].isupper() and glued.group(0) in vocab:
                cuts.add(p + 2)


# A given name (or an initial) and a longer capitalised word: where a link's far end may
# carry a glued word although its near end does not ("Denzel Washingtonturns in").
# Small letters after the capital: a given name that swallowed capitals too made the scan
# of a long run of capitals quadratic.
_GIVEN_THEN_LONG = re.compile(
    rf"{UPPER}(?:[^\W\d_A-Z]+|\.) ({UPPER}[^\W\d_A-Z]{{6,}})(?![\w'’-])"
)


def _surname_glue(
    text: str,
    vocab: _Vocabulary,
    is_name_token: Callable[[str], bool],
    is_person: Callable[[str], bool],
    cuts: set[int],
) -> None:
    """Any word glued on a name's end: "Denzel Washingtonturns", "Lasse Hallstromalready".

    The glued whole must be neither a known name part, nor a word, nor used on its own (a
    review names its people again, never a glued token); the cut must leave a known person,
    or a surname the review uses on its own and a word it uses elsewhere (or a verb).
    """
    for m in _GIVEN_THEN_LONG.finditer(text):
        token, at = m.group(1), m.start(1)
        if at in cuts or is_name_token(token):
            continue
        if vocab.alone_elsewhere(token, at) or vocab.uses(token.lower()):
            continue
        given = m.group(0)[: m.start(1) - m.start()]
        for cut in range(len(token) - 3, 4, -1):
            head, tail = token[:cut], token[cut:]
            # A known person with any word after ("Denzel Washington|leaped"); else a
            # surname the review uses alone, which is no word of it ("West|more" is), and a
            # word the review uses elsewhere.
            if is_person(given + head) or (
                vocab.alone_elsewhere(head, at)
                and (vocab.uses(tail) or _VERB_AFTER_A_NAME.fullmatch(tail))
                and not vocab.uses(head.lower())
            ):
                cuts.add(at + cut)
                break


# A capitalised word standing alone: no letter, apostrophe or hyphen right before it and no
# letter right after ("Turman's" counts, "O'Brien" is no "Brien"), as _alone_elsewhere reads.
_ALONE_WORD = re.compile(rf"{UPPER}(?<![^\W\d_]{UPPER})(?<![’'-]{UPPER})[^\W\d_]*(?![^\W\d_])")
# What a glued name is most often followed by: its verb ("Oksanenbuilds", "Oksanentries").
_VERB_AFTER_A_NAME = re.compile(r"[a-z]{3,}(?:s|ed)")


def _alone_elsewhere(text: str, word: str, skip: int) -> bool:
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


# Credit words a linked name is glued to ("DirectorGeorge Haas"): whole words, never a name
# with "or"/"as" glued on.
_ROLE_NOUNS = frozenset(
    [
        "director",
        "actor",
        "actress",
        "producer",
        "writer",
        "editor",
        "narrator",
        "author",
        "creator",
        "composer",
        "screenwriter",
        "cinematographer",
        "photographer",
        "designer",
        "star",
        "costar",
        "co-star",
    ]
)
# The glued words long enough to be told apart from a name's own ending.
_LONG_RIGHT_WORDS = "|".join(w for w in _RIGHT_WORDS if len(w) >= 3)
_GLUE_SUSPECT = re.compile(
    r"(?<![\w'’-])(?:[^\W\d_][\w'’-]*?[a-z][A-Z][\w'’-]*|[A-Z][\w'’-]{2,}(?:"
    + _LONG_RIGHT_WORDS
    + r"))(?![\w'’-])"
)
# The two kinds of suspect found apart, each by a pattern the engine can skip through to a
# capital (a lookbehind at every character made the one pattern the costliest scan of a
# review): a capitalised word ending like a glued word, and a capital right after a small
# letter, whose whole word is then checked by the pattern above. A suspect is always one
# whole word, so the union, in text order, is what the one pattern finds.
_CAP_GLUED = re.compile(
    r"[A-Z](?<![\w'’-][A-Z])[\w'’-]{2,}(?:" + _LONG_RIGHT_WORDS + r")(?![\w'’-])"
)
_CASE_CHANGE = re.compile(r"[A-Z](?<=[a-z][A-Z])")
_WORD_CHAR = re.compile(r"[\w'’-]")


def _glue_suspects(text: str) -> list[tuple[int, str]]:
    """What ``_GLUE_SUSPECT.finditer`` finds, as (start, word)."""
    found = {m.start(): m.group(0) for m in _CAP_GLUED.finditer(text)}
    tried: set[int] = set()
    hit, start = -1, -1
    for m in _CASE_CHANGE.finditer(text):
        # Back to the word's start; a word with many case changes is walked back once.
        at = m.start()
        while at and _WORD_CHAR.match(text, at - 1):
            at -= 1
            if at == hit:
                at = start
                break
        hit, start = m.start(), at
        if at not in found and at not in tried:
            tried.add(at)
            whole = _GLUE_SUSPECT.match(text, at)
            if whole:
                found[at] = whole.group(0)
    return sorted(found.items())


_CAP_HYPHEN = re.compile(r"[A-Z][a-z]+-[A-Z][a-z]+")
_RUN = re.compile(rf"{UPPER}[\w'’\-]*(?:[ ]{UPPER}[\w'’\-]*){{0,3}}")
_TOKEN = re.compile(r"[^\s.,;:!?()\"“”]+")


class _Vocabulary:
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
        if self._words is None:
            self._words = set(_LOWER_WORD.findall(self._text))
        return word in self._words

    def uses(self, word: str) -> bool:
        """``word in self``, by a text search while the review's words are not gathered yet
        and only a few questions were asked (gathering them costs more than a few searches)."""
        if self._words is not None or self._asked >= _SEARCHES:
            return word in self
        self._asked += 1
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
            return _alone_elsewhere(self._text, word, skip)  # ("O'Brien" is read so always)
        if self._lone is None:
            self._lone = Counter(_ALONE_WORD.findall(self._text))
        here = _ALONE_WORD.match(self._text, skip)
        return self._lone[word] > (1 if here and here.group(0) == word else 0)


_LOWER_WORD = re.compile(r"\b[a-z]{2,}\b")
_SEARCHES = 30  # questions answered by a text search before the words are gathered
_WORD = re.compile(r"\w")



def _run_right_glue(
    text: str, pos: int, vocab: _Vocabulary, is_name_token: Callable[[str], bool], cuts: set[int]
) -> None:
    """The far end of a link glued at ``pos`` is glued too: "Paul Scofieldwith"."""
    run = _RUN.match(text, pos)
    if run is None:
        return
    for tok in _TOKEN.finditer(run.group(0)):
        if any(
            tok.group(0)[: c.start()] not in _NAME_PREFIXES
            for c in _CAMEL.finditer(tok.group(0), 1)
        ):
            return  # a glued neighbour: the camel pass splits it (not "McNeil")
        if text[pos + tok.end() : pos + tok.end() + 1] == "(" or _CAP_HYPHEN.fullmatch(
            tok.group(0)
        ):
            # "Costa-Gavras(whose": a bracket ends the link, no word is glued on; and a
            # double name (Costa-Gavras, Jean-Pierre) is not cut where it ends like "as".
            return
        split = _right_split(tok.group(0), vocab, is_name_token, glued=True)
        at = pos + tok.start()
        if split and _cut_is_likely(text, tok.group(0), split, at, vocab, is_name_token):
            cuts.add(at + split)
            return


def _cut_is_likely(
    text: str,
    token: str,
    split: int,
    at: int,
    vocab: _Vocabulary,
    is_name_token: Callable[[str], bool],
) -> bool:
    """Whether ``token`` (at ``at``) really is a name with a word glued on at ``split``.

    A surname the review uses again on its own is whole ("byJohn Smithson as …, Smithson
    …"). A two-letter word ("Coyote|as the husband") is no glue when a word like it follows
    ("byJohn Smithson as a cop"), unless what is left is a known name part ("Brant|is").
    """
    if vocab.alone_elsewhere(token, at):
        return False
    if len(token) - split > 2 or is_name_token(token[:split]):
        return True
    follows = _NEXT_WORD.match(text, at + len(token))
    return follows is None or follows.group(1) not in _AFTER_A_NAME


_NEXT_WORD = re.compile(r" ([a-z]+)\b")
# What follows a whole name ("Smithson as", "Smithson is"), unlike what follows a glued
# word ("Coyoteas the husband").
_AFTER_A_NAME = frozenset(_RIGHT_WORDS) - {"the", "this", "what"}


def _right_split(
    token: str, vocab: Container[str], is_name_token: Callable[[str], bool], *, glued: bool
) -> int:
    """Where a capitalised token splits into a name and a glued word (0: it does not)."""
    if is_name_token(token) or len(token) < 5:
        return 0
    for word in _RIGHT_WORDS:
        if not token.endswith(word):
            continue
        head = token[: len(token) - len(word)]
        # Unglued, only longer words: "Francois" is no "Franco is".
        if len(head) >= 3 and (glued or (len(word) >= 3 and is_name_token(head))):
            return len(head)
    if not glued:
        return 0
    for cut in range(len(token) - 3, 2, -1):
        # At a link's end a known name with any word after it: "Edwardscarries".
        tail_is_word = token[cut:] in vocab or (cut >= 5 and len(token) - cut >= 4)
        if is_name_token(token[:cut]) and tail_is_word:
            return cut
    return 0
