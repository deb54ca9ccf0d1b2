"""Text helpers shared by the extractors: name patterns, cue windows, sentences, quotes.

Glue repair (link text stuck to its neighbours) is in :mod:`filmgraph.extract.glue`.
"""

from __future__ import annotations

import re
import sys
from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator

__all__ = [
    "FOREIGN_ARTICLE",
    "NAME",
    "find_all",
    "is_title_like",
    "near",
    "quoted",
    "sentences",
    "squash",
    "word_starts",
]

_UPPER = "".join(
    c for c in map(chr, range(sys.maxunicode if sys.maxunicode < 0x3000 else 0x3000)) if c.isupper()
)
UPPER = f"[{re.escape(_UPPER)}]"
LETTER = r"[^\W\d_]"
_CAP_REST = rf"(?:{LETTER}|['’](?!s\b)(?={LETTER})|-(?={LETTER}))*"
# A capitalised word: Zhovner, O'Brien, Jean-Luc, McDonald. The trailing lookahead keeps the
# possessive "'s" out of the name.
# A word start only: without the lookbehind a run of 30,000 capitals is scanned from each
# of its letters (quadratic). The capital comes first and the word-start test right behind
# it (the letter before it is no letter): the same matches as testing first, but a pattern
# that opens with a name now opens with a character class, which the engine skips to instead
# of trying the pattern at every character (NAME_RE over a review 2.5x faster).
CAP = rf"{UPPER}(?<!{LETTER}{UPPER}){_CAP_REST}"
PARTICLE = r"(?:de|da|di|del|della|des|van|von|der|den|la|le|du|dos|das|bin|ibn|al|el|ten|ter)"
# An initial or a capitalised word, the initial tried first, the capital matched once.
# Initials may run together: "J.J. Abrams", "D.A. Pennebaker", "J.R.R. Tolkien".
_INITIAL_OR_CAP = rf"{UPPER}(?:\.(?:{UPPER}\.){{0,2}}|(?<!{LETTER}{UPPER}){_CAP_REST})"
#: Two or more capitalised words (or initials), with nobiliary particles allowed inside.
# Initials first: "James L. Brooks" must not stop at "James L".
NAME = rf"{_INITIAL_OR_CAP}(?:[ ](?:{PARTICLE}[ ])?{_INITIAL_OR_CAP})*(?:,? [JS]r\b\.?)?"
NAME_RE = re.compile(NAME)
#: A part's name: one to three capitalised words ("Ilana", "Sheriff Bill Pardy").
PART_NAME = rf"{CAP}(?:\s{CAP}){{0,2}}"

# Some sites close a double quote with two apostrophes: "The Peacemaker,'' opens…, or open
# with two as well: ''Captain Corelli's Mandolin'' (an apostrophe inside is no closing quote).
# Every alternative opens with its quote mark as a literal (the first, "[“\"]|''" before a
# closing '', is written out three times), so the engine skips to quote marks.
_QUOTE_RE = re.compile(
    r"“([^”\"'\n]{1,120}?)''|\"([^”\"'\n]{1,120}?)''|''([^”\"'\n]{1,120}?)''"
    r"|“([^”\n]{1,120})”|\"([^\"\n]{1,120})\"|«([^»\n]{1,120})»"
    r"|‘([^’\n]{1,80})’|''((?:[^”\"'\n]|'(?=[^\W\d_])){1,120}?)''"
    # British style, 'Monsoon Ledger': a capital after a quote no word touches, an apostrophe
    # inside only before a letter ('Ocean's Eleven'), and no word right after the close
    r"|(?<![\w'’])'([A-Z](?:[^'\n]|'(?=[^\W\d_])){0,80}?)'(?![\w'])"
)
_SMALL_WORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "and",
        "or",
        "of",
        "in",
        "on",
        "at",
        "to",
        "for",
        "from",
        "with",
        "by",
        "as",
        "is",
        "vs",
        "but",
        "nor",
        "de",
        "la",
        "le",
        "du",
        "des",
        "et",
        "y",
    ]
)


def near(
    pattern: re.Pattern[str], text: str, anchors: Iterable[int], *, before: int, after: int
) -> Iterator[re.Match[str]]:
    """Matches of ``pattern`` that span one of the ``anchors``, looked for only nearby.

    A pattern that opens with optional parts would otherwise be tried at every position of a
    long review; scanning a window around a cheap anchor ("(") keeps extraction fast.

    >>> pat = re.compile(r"[A-Z][a-z]+ [(][A-Za-z]+[)]")
    >>> [m.group(0) for m in near(pat, "Ann (Bo) and Cy (Di)", [4, 16], before=10, after=10)]
    ['Ann (Bo)', 'Cy (Di)']
    """
    points = sorted(set(anchors))
    seen: set[tuple[int, int]] = set()
    i = 0
    while i < len(points):
        # Anchors whose windows overlap are scanned as one window.
        start, end = max(0, points[i] - before), points[i] + after
        j = i + 1
        while j < len(points) and points[j] - before <= end:
            end = points[j] + after
            j += 1
        group = points[i:j]
        for m in pattern.finditer(text, start, end):
            k = bisect_left(group, m.start())
            if k < len(group) and group[k] < m.end() and m.span() not in seen:
                seen.add(m.span())
                yield m
        i = j


def lowered(text: str) -> str:
    """``text`` in lower case with every offset kept: a letter whose lower case is longer
    ("İ") stays as it is, so a match in the lowered text is a span of the text.

    >>> lowered("İstanbul, SET in 1998")
    'İstanbul, set in 1998'
    """
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


def stem_matches(
    pattern: re.Pattern[str], text: str, low: str, stems: Iterable[str]
) -> list[re.Match[str]]:
    r"""What ``pattern.finditer(text)`` finds, for a pattern that only matches where one of
    ``stems`` (lower case) stands in ``low``, the text :func:`lowered`: the pattern is tried
    there alone.

    A pattern opening on a class of common letters is otherwise tried at every one of them;
    ``str.find`` for a few stems is far cheaper.

    >>> pat = re.compile(r"[Ss](?<!\w\w)(?:et|hot) in [A-Z]\w+")
    >>> text = "Set in Rome, shot in Bari; upset in Ur"
    >>> [m.group(0) for m in stem_matches(pat, text, lowered(text), ["set", "shot"])]
    ['Set in Rome', 'shot in Bari']
    """
    found = []
    end = 0
    for at in sorted({at for stem in stems for at in find_all(low, stem)}):
        if at >= end and (m := pattern.match(text, at)):
            found.append(m)
            end = m.end()
    return found


def find_all(text: str, stem: str) -> list[int]:
    """Every position of ``stem`` in ``text`` (overlaps included), by ``str.find``.

    >>> find_all("ananas", "ana")
    [0, 2]
    """
    out = []
    i = text.find(stem)
    while i >= 0:
        out.append(i)
        i = text.find(stem, i + 1)
    return out


def squash(text: str) -> str:
    """Fold runs of whitespace into single spaces.

    >>> squash("Nazir Zhukov and   Veniamin Kac ")
    'Nazir Zhukov and Veniamin Kac'
    """
    return " ".join(text.split())


# A title in the sentence case of its own language: "La hora azul", "Il mare d'inverno",
# "Les Heures immobiles" (an English title keeps its capitals).
FOREIGN_ARTICLE = re.compile(
    r"(?:La|Le|Les|L['’]|Il|Lo|Gli|El|Los|Las|Het|De|Un|Une|Una|Uno|Uma)\b"
)


def word_starts(text: str, word: str) -> list[int]:
    """Where ``word`` (any string) stands in ``text`` with no letter, digit or hyphen
    touching it: a surname's mentions, a title's repeats.

    >>> word_starts("Lee met Leeds; Ann Lee-Smith and Lee.", "Lee")
    [0, 33]
    """
    # str.find, not a regex built per word: a review asks this of many different names, and
    # compiling each pattern costs more than the search.
    out = []
    at = text.find(word) if word else -1
    while at >= 0:
        end = at + len(word)
        before = text[at - 1] if at else " "
        after = text[end] if end < len(text) else " "
        if not (before.isalnum() or before in "-_") and not (after.isalnum() or after in "-_"):
            out.append(at)
        at = text.find(word, at + 1)
    return out


def is_title_like(text: str) -> bool:
    """True when ``text`` reads like a title rather than a line of dialogue.

    >>> is_title_like("Closeness"), is_title_like("Do you want to spend all your life?")
    (True, False)
    >>> is_title_like("Hiroshima, Mon Amour"), is_title_like("man enough")
    (True, False)
    >>> is_title_like("The")  # "most of the titles began with “The”"
    False
    """
    words = text.split()
    if not words or len(words) > 12 or len(text) > 90:
        return False
    if len(words) == 1 and text.lower() in _SMALL_WORDS:
        return False
    if text[-1] in ".,;:!" or (text.endswith("?") and len(words) > 4):
        return False
    if not text[0].isupper() and not text[0].isdigit():
        return False
    lowers = [w for w in words[1:] if w[0].islower() and w.lower() not in _SMALL_WORDS]
    return len(lowers) == 0


def quoted(text: str) -> Iterator[tuple[str, int, int]]:
    """Quoted strings with the span of their inner text."""
    for m in _QUOTE_RE.finditer(text):
        group = m.lastindex or 0  # the one group that took part
        inner = m.group(group)
        start = m.start(group)
        # Trim the punctuation that American style puts inside the quotes.
        stripped = inner.rstrip(" ,.")
        yield stripped, start, start + len(stripped)


# A break after a full stop, a blank line, or a line that opens "Label:". The stop itself is
# matched (not looked back at) so the engine skips to stops and newlines; a break after a
# stop starts one character into the match.
_SENTENCE_END = re.compile(
    r"[.!?…\n](?:(?<=[.!?…])[\"”’)]*\s+(?=[\"“‘(]*[A-Z0-9])"
    r"|(?<=\n)\s*\n|(?<=\n)(?=[A-Z][\w ]{0,30}:))"
)


# The word before a full stop and the word after it, for a caller's test of whether that full
# stop ends no sentence ("Dr. No", "J. Lee Thompson"): see ``Lexicon.abbreviates``.
_AROUND_STOP = re.compile(r"(\S+)\.[\"”’)]*\s+[\"“‘(]*(\w+)")


#: No sentence is longer: checks that scan a cue's sentence would otherwise scan a whole
#: unpunctuated page for every name in it (the longest sentence of the corpus is 1,744).
MAX_SENTENCE = 3000


def sentences(
    text: str, *, abbreviates: Callable[[str, str], bool] | None = None
) -> list[tuple[int, int]]:
    """Sentence spans; good enough for cue windows, not a linguistic parser. With
    ``abbreviates(word, next_word)``, a full stop after ``word`` that it holds for ends no
    sentence ("Dr." before "Mabuse").

    >>> sentences("One. Two" + " x" * 2000)[1]
    (5, 3005)
    >>> t = "Dr. Mabuse met Ann. Then he left."
    >>> [t[a:b] for a, b in sentences(t, abbreviates=lambda word, _: word == "Dr")]
    ['Dr. Mabuse met Ann.', 'Then he left.']
    """
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _SENTENCE_END.finditer(text):
        if abbreviates and text[m.start()] == ".":
            word = max(text.rfind(" ", 0, m.start()), text.rfind("\n", 0, m.start())) + 1
            around = _AROUND_STOP.match(text, word)
            if around and abbreviates(around[1], around[2]):
                continue  # "J. Lee Thompson", "Dr. Mabuse": an initial or a title, not an end
        brk = m.start() + (text[m.start()] != "\n")
        if brk - start > MAX_SENTENCE:
            start = _cut_long(text, start, brk, spans)
        if brk > start:
            spans.append((start, brk))
        start = m.end()
    if len(text) - start > MAX_SENTENCE:
        start = _cut_long(text, start, len(text), spans)
    if start < len(text):
        spans.append((start, len(text)))
    return spans


def _cut_long(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> int:
    """Cut ``text[start:end]`` into spans of at most MAX_SENTENCE at spaces; where the rest
    starts."""
    while end - start > MAX_SENTENCE:
        cut = text.rfind(" ", start + 1, start + MAX_SENTENCE) + 1 or start + MAX_SENTENCE
        spans.append((start, cut))
        start = cut
    return start
