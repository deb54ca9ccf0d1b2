"""Themes from the SKOS vocabulary, each with the spans that evidence it.

Cues match whole words: "self" is not in "self-interested", nor "prison" in "prisoners"
(only the cue ``prison*`` would match that). The text is split into words once and every cue
is looked up in an index, so the cost does not grow with the size of the vocabulary.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cache
from itertools import compress, islice

from ..model import Kind, Relation
from .doc import Doc
from .lexicon import ThemeCue

__all__ = ["GENERIC_CUES", "RELATION_WORDS", "ThemeExtractor"]

#: Single words too common in any review to signal a theme on their own ("a labor of love",
#: "the loss of…"): they count as weak cues, needing company.
GENERIC_CUES = frozenset(
    [
        "self",
        "belief",
        "faith",
        "love",
        "loss",
        "work",
        "labor",
        "labour",
        "custom",
        "desire",
        "children",
        "youth",
        "government",
        "health",
        "medicine",
        "media",
        "family",
        "household",
        "society",
        "resistance",
        "separation",
        "affair",
        "cheating",
        "suppression",
        "torment",
        "belonging",
        "memory",
        "dependency",
        "handicap",
        "impairment",
        "heritage",
        "tradition",
        "killing",
        "death",
        "dying",
        "crime",
        "violence",
        "war",
        "politics",
        "relationships",
        "identity",
    ]
)

#: Words that say how one character is related to another ("his mother", "her husband"): nearly
#: every plot summary has them, so they are half a weak cue for family or marriage.
RELATION_WORDS = frozenset(
    {
        *("mother", "father", "son", "daughter", "brother", "sister", "parents"),
        *("husband", "husbands", "wife", "wives"),
    }
)

# A word keeps its inner hyphens and apostrophes: "self-interested", "d'état", "women's".
_WORD = re.compile(r"\w+(?:[-'’]\w+)*")
_REPEATED = 5  # one weak word this often ("violence" all through a review) is a theme alone
_SPANS = 3  # evidence spans kept per theme: a few are evidence enough; all would bloat the graph
_WORD_CACHE = 200_000  # distinct words remembered; bounds memory on endless input

Cue = tuple[
    tuple[str, ...], bool, int, int
]  # words (last may be a prefix), prefix?, theme, weight (in half points)


@dataclass(frozen=True, slots=True)
class _Index:
    """Cues by their first word (exact) and by the first three letters of a prefix cue."""

    exact: dict[str, list[Cue]]
    prefix: dict[str, list[Cue]]
    themes: tuple[ThemeCue, ...]
    #: Cues that may start at a word, longest first, per word seen so far: reviews share
    #: most of their vocabulary, so each word's lookup is worked out once, not per review.
    by_word: dict[str, tuple[Cue, ...]] = field(default_factory=dict)

    def cues_at(self, word: str) -> tuple[Cue, ...]:
        """The cues whose first word ``word`` is (or begins, for a prefix cue)."""
        found = self.by_word.get(word)
        if found is None:
            candidates = [
                *self.exact.get(word, ()),
                *(c for c in self.prefix.get(word[:3], ()) if word.startswith(c[0][0])),
            ]
            found = tuple(sorted(candidates, key=lambda c: -len(c[0])))
            if len(self.by_word) < _WORD_CACHE:
                self.by_word[word] = found
        return found


@cache
def _index(themes: tuple[ThemeCue, ...]) -> _Index:
    exact: dict[str, list[Cue]] = defaultdict(list)
    prefix: dict[str, list[Cue]] = defaultdict(list)
    for i, theme in enumerate(themes):
        for cue, strong in [*((c, True) for c in theme.strong), *((c, False) for c in theme.weak)]:
            words = cue.lower().replace("’", "'").split()
            if not words:
                continue
            strong = strong and cue not in GENERIC_CUES
            star = words[-1].endswith("*")
            words[-1] = words[-1].rstrip("*")
            weight = 4 if strong else 1 if cue in RELATION_WORDS else 2
            entry: Cue = (tuple(words), star, i, weight)
            if star and len(words) == 1:
                prefix[words[0][:3]].append(entry)
            else:
                exact[words[0]].append(entry)
    return _Index(dict(exact), dict(prefix), themes)


def _matches(words: list[str], i: int, cue: Cue) -> int:
    """How many words of ``words`` from ``i`` the cue covers (0: no match)."""
    parts, star, _, _ = cue
    if i + len(parts) > len(words):
        return 0
    for k, part in enumerate(parts):
        word = words[i + k]
        last = k == len(parts) - 1
        if not (word == part or (last and star and word.startswith(part))):
            return 0
    return len(parts)


def _title_once(lowered: str, title: str) -> str:
    """The review with its film's title blanked after the first time it is named: a review
    names its film again and again, and "Bride" or "Crimes" in the title is the film's name,
    not a statement of what it is about each time. Offsets stay as they were.
    """
    first = _named_at(lowered, title, 0) if len(title) >= 4 else -1
    if first < 0:
        return lowered
    pos = first + len(title)
    parts = [lowered[:pos]]
    while (at := _named_at(lowered, title, pos)) >= 0:
        parts += [lowered[pos:at], " " * len(title)]
        pos = at + len(title)
    if len(parts) == 1:
        return lowered
    parts.append(lowered[pos:])
    return "".join(parts)


def _named_at(text: str, name: str, pos: int) -> int:
    """Where ``name`` next stands as whole words in ``text`` from ``pos`` (-1: nowhere).
    ``str.find`` and two character checks: a regex with a look-behind would try every
    position of the review."""
    while (at := text.find(name, pos)) >= 0:
        end = at + len(name)
        if not (at and _is_word(text[at - 1])) and not (end < len(text) and _is_word(text[end])):
            return at
        pos = at + 1
    return -1


def _is_word(char: str) -> bool:
    return char.isalnum() or char == "_"


@dataclass(frozen=True)
class ThemeExtractor:
    """A theme holds when its cues add up: a strong cue (a label, a phrase) scores 2, a weak
    one (a single cue word, or a label too common to count alone) scores 1, a word naming a
    relative ½, and a theme needs ``min_score`` from a strong cue or two different weak ones
    (one word said in passing again and again, "village", "children", is not yet a theme;
    said five times it is). At most ``max_themes`` themes per review, the best scored.
    """

    name: str = "themes"
    version: str = "1.2"
    min_score: int = 3
    max_themes: int = 8

    def __call__(self, doc: Doc) -> None:
        if not doc.film or not doc.lexicon.themes:
            return
        index = _index(doc.lexicon.themes)
        lowered = doc.lowered().replace("’", "'")
        if doc.title:
            lowered = _title_once(lowered, doc.title.lower().replace("’", "'"))
        words = _WORD.findall(lowered)
        points: dict[int, int] = defaultdict(int)  # in half points
        seen: dict[int, set[tuple[str, ...]]] = defaultdict(set)  # weak cues met, per theme
        distinct: dict[int, bool] = defaultdict(bool)  # a strong cue or two different weak ones
        evidence: dict[int, list[tuple[int, int]]] = defaultdict(list)  # first, last word
        # Every word's cues looked up in one C-level pass; only words with cues are visited
        # in Python (most words open no cue).
        lists = list(map(index.by_word.get, words))
        if None in lists:  # words not met before (or past the cache's bound)
            pairs = zip(words, lists, strict=True)
            lists = [c if c is not None else index.cues_at(w) for w, c in pairs]
        count = len(words)
        for i in compress(range(count), lists):
            candidates = lists[i]
            assert candidates is not None
            matched: set[int] = set()
            for cue in candidates:
                theme = cue[2]
                if theme in matched:
                    continue  # "ethnic conflict" and "conflict" at one place count once
                parts = cue[0]
                if len(parts) == 1:
                    n = 1  # a one-word cue in this word's list matches it already (cues_at)
                else:
                    # Most longer cues fail on their second word ("the" opens several):
                    # compared here, before a call.
                    after = words[i + 1] if i + 1 < count else ""
                    if after != parts[1] and not (
                        cue[1] and len(parts) == 2 and after.startswith(parts[1])
                    ):
                        continue
                    n = _matches(words, i, cue)
                if n:
                    matched.add(theme)
                    points[theme] += cue[3]
                    evidence[theme].append((i, i + n - 1))
                    if not distinct[theme]:
                        # a strong cue needs no other; a weak one counts by its words
                        cues = seen[theme]
                        cues.add(cue[0])
                        distinct[theme] = cue[3] >= 4 or len(cues) >= 2
        ranked = sorted(
            (
                t
                for t, p in points.items()
                if p >= 2 * self.min_score and (distinct[t] or p >= 2 * _REPEATED)
            ),
            key=lambda t: (-points[t], index.themes[t].slug),
        )
        chosen = ranked[: self.max_themes]
        # Character offsets only for the words kept as evidence, found in one partial pass.
        needed = {k for t in chosen for span in evidence[t][:_SPANS] for k in span}
        offsets: dict[int, tuple[int, int]] = {}
        words_at = _WORD.finditer(lowered)
        done = 0  # words consumed from words_at
        for k in sorted(needed):
            # islice skips the words in between without a Python step per word
            offsets[k] = next(islice(words_at, k - done, None)).span()
            done = k + 1
        for t in chosen:
            spans = [(offsets[a][0], offsets[b][1]) for a, b in evidence[t][:_SPANS]]
            self._claim(doc, index.themes[t], points[t], spans)

    def _claim(self, doc: Doc, theme: ThemeCue, halves: int, spans: list[tuple[int, int]]) -> None:
        assert doc.film is not None
        confidence = round(min(0.95, 0.4 + 0.025 * halves), 3)
        for start, end in spans:
            doc.mention(Kind.THEME, theme.slug, start, end, confidence)
        start, end = spans[0]
        doc.claim(Relation.THEME, doc.film, theme.slug, start, end, confidence)
