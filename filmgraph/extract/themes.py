"""Themes from the SKOS vocabulary, each with the spans that evidence it."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ..model import Kind, Relation
from .doc import Doc
from .lexicon import ThemeCue

__all__ = ["ThemeExtractor"]


#: Single words too common in any review to signal a theme on their own ("self-interested",
#: "a labor of love", "the loss of…"): they count as weak cues, needing company.
GENERIC_CUES = frozenset(
    "self belief faith love loss work labor labour custom desire children youth government "
    "health medicine media family household society resistance separation affair cheating "
    "suppression torment belonging memory dependency handicap impairment heritage tradition "
    "killing death dying crime violence war politics relationships identity".split()
)


@cache
def _pattern(cues: tuple[str, ...]) -> re.Pattern[str] | None:
    parts = []
    for cue in cues:
        words = [re.escape(w.rstrip("*")) + (r"\w*" if w.endswith("*") else "") for w in cue.split()]
        if words:
            parts.append(r"\s+".join(words))
    if not parts:
        return None
    # Whole words only: "self" is not in "self-interested", nor "prison" in "prison-break".
    alternatives = "|".join(sorted(parts, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-]|['’]\w)", re.I)


@dataclass(frozen=True)
class ThemeExtractor:
    """A theme holds when its cues add up: a strong cue (a label, a phrase) scores 2, a weak
    one (a single cue word, or a label too common to count alone) scores 1, and a theme needs
    ``min_score``. At most ``max_themes`` themes per review, the best scored.
    """

    name: str = "themes"
    version: str = "1.1"
    min_score: int = 3
    max_themes: int = 8

    def __call__(self, doc: Doc) -> None:
        if not doc.film:
            return
        scored = []
        for theme in doc.lexicon.themes:
            found = self._score(doc, theme)
            if found is not None:
                scored.append(found)
        scored.sort(key=lambda f: (-f[0], f[1].slug))
        for points, theme, hits in scored[: self.max_themes]:
            self._claim(doc, theme, points, hits)

    def _score(self, doc: Doc, theme: ThemeCue) -> tuple[int, ThemeCue, list[re.Match[str]]] | None:
        strong_cues = tuple(c for c in theme.strong if c not in GENERIC_CUES)
        weak_cues = theme.weak + tuple(c for c in theme.strong if c in GENERIC_CUES)
        strong = _pattern(strong_cues)
        weak = _pattern(weak_cues)
        hits_strong = list(strong.finditer(doc.text)) if strong else []
        hits_weak = list(weak.finditer(doc.text)) if weak else []
        points = 2 * len(hits_strong) + len(hits_weak)
        if points < self.min_score:
            return None
        return points, theme, sorted(hits_strong + hits_weak, key=lambda m: m.start())

    def _claim(self, doc: Doc, theme: ThemeCue, points: int, hits: list[re.Match[str]]) -> None:
        assert doc.film is not None
        confidence = min(0.95, 0.4 + 0.05 * points)
        for m in hits[:3]:  # a few spans are evidence enough; every hit would bloat the graph
            doc.mention(Kind.THEME, theme.slug, m.start(), m.end(), confidence)
        first = hits[0]
        doc.claim(Relation.THEME, doc.film, theme.slug, first.start(), first.end(), confidence)
