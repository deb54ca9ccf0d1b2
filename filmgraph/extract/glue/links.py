"""Link text glued to what comes before it, and its far end glued too: "director,Peter
Bogdanovich", "expectingPaul Scofieldwith", "Sean ConneryandGena Rowlands"."""

from __future__ import annotations

import re
from collections.abc import Callable, Container, Iterator

from ..text import UPPER
from .words import RIGHT_WORDS, WORD_CHAR, Vocabulary

__all__ = ["link_cuts"]


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


def link_cuts(
    text: str, vocab: Vocabulary, is_name_token: Callable[[str], bool], cuts: set[int]
) -> None:
    """Cut link text from what it is glued to: after punctuation ("director,Peter"), at a
    case change ("expectingPaul", "ConneryandGena"), and at its far end ("Scofieldwith")."""
    for p in _punct_glue(text):
        cuts.add(p)
        if text[p].isupper():
            _run_right_glue(text, p, vocab, is_name_token, cuts)
    # Only words with a case change inside, or capitalised words ending like a glued word.
    ends: list[int] = []
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
                ends.append(at + split)
    # Only in a text whose links are glued elsewhere: in clean prose "Moreland" is a name,
    # not "Morel" glued to "and".
    if cuts:
        cuts.update(ends)


def _one_word(text: str, at: int, word: str, vocab: Vocabulary) -> bool:
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


# The glued words long enough to be told apart from a name's own ending.
_LONG_RIGHT_WORDS = "|".join(w for w in RIGHT_WORDS if len(w) >= 3)


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


def _glue_suspects(text: str) -> list[tuple[int, str]]:
    """What ``_GLUE_SUSPECT.finditer`` finds, as (start, word)."""
    found = {m.start(): m.group(0) for m in _CAP_GLUED.finditer(text)}
    tried: set[int] = set()
    hit, start = -1, -1
    for m in _CASE_CHANGE.finditer(text):
        # Back to the word's start; a word with many case changes is walked back once.
        at = m.start()
        while at and WORD_CHAR.match(text, at - 1):
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


def _run_right_glue(
    text: str, pos: int, vocab: Vocabulary, is_name_token: Callable[[str], bool], cuts: set[int]
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
    vocab: Vocabulary,
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
_AFTER_A_NAME = frozenset(RIGHT_WORDS) - {"the", "this", "what"}


def _right_split(
    token: str, vocab: Container[str], is_name_token: Callable[[str], bool], *, glued: bool
) -> int:
    """Where a capitalised token splits into a name and a glued word (0: it does not)."""
    if is_name_token(token) or len(token) < 5:
        return 0
    # One C-level test first: most tokens end in no glued word at all.
    for word in RIGHT_WORDS if token.endswith(RIGHT_WORDS) else ():
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
