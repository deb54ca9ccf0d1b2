"""A word glued on a name's end with nothing glued before it: "Glynn Turmanis a man",
"Kaurismaki'snew film", "Denzel Washingtonturns in"."""

from __future__ import annotations

import re
from collections.abc import Callable, Container

from ..text import UPPER, find_all
from .words import WORD_CHAR, Vocabulary

__all__ = ["end_cuts"]


def end_cuts(
    text: str,
    vocab: Vocabulary,
    is_name_token: Callable[[str], bool],
    is_person: Callable[[str], bool],
    cuts: set[int],
) -> None:
    """Cut a word glued on a name's end where nothing is glued before the name: a two-letter
    word ("Turmanis"), a possessive's next word ("Kaurismaki'snew"), any word
    ("Washingtonturns")."""
    _short_glue(text, vocab, is_name_token, cuts)
    _possessive_glue(text, vocab, cuts)
    _surname_glue(text, vocab, is_name_token, is_person, cuts)


# A capitalised word ending in a two-letter word, then a space: "Turmanis a", "Baioin training".
_SHORT_GLUED = re.compile(r"[A-Z](?<![\w'’-][A-Z])[a-z'’-]*[a-z](?:is|as|in|of)(?= )")


_NAME_BEFORE = re.compile(r"[A-Z][a-z'’-]+\.?[ ]$")


def _short_glue(
    text: str, vocab: Vocabulary, is_name_token: Callable[[str], bool], cuts: set[int]
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
        if vocab.alone_elsewhere(token, m.start()):
            continue  # "Rodrigo Salas come …; Salas are": a name used again is no glue
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
            while at and WORD_CHAR.match(text, at - 1):
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
    vocab: Vocabulary,
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
        if vocab.alone_elsewhere(token, at) or token.lower() in vocab:
            continue
        given = m.group(0)[: m.start(1) - m.start()]
        for cut in range(len(token) - 3, 4, -1):
            head, tail = token[:cut], token[cut:]
            # A known person with any word after ("Denzel Washington|leaped"); else a
            # surname the review uses alone, which is no word of it ("West|more" is), and a
            # word the review uses elsewhere.
            if is_person(given + head) or (
                vocab.alone_elsewhere(head, at)
                and (tail in vocab or _VERB_AFTER_A_NAME.fullmatch(tail))
                and head.lower() not in vocab
            ):
                cuts.add(at + cut)
                break


# What a glued name is most often followed by: its verb ("Oksanenbuilds", "Oksanentries").
_VERB_AFTER_A_NAME = re.compile(r"[a-z]{3,}(?:s|ed)")
