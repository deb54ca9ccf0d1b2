"""Themes from the SKOS vocabulary, each with the spans that evidence it."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ..model import Kind, Relation
from .doc import Doc
from .lexicon import ThemeCue

__all__ = ["ThemeExtractor"]


@cache
def _pattern(cues: tuple[str, ...]) -> re.Pattern[str] | None:
    parts = []
    for cue in cues:
        words = [re.escape(w.rstrip("*")) + (r"\w*" if w.endswith("*") else "") for w in cue.split()]
        if words:
            parts.append(r"\s+".join(words))
    if not parts:
        return None
    return re.compile(r"\b(?:" + "|".join(sorted(parts, key=len, reverse=True)) + r")\b", re.I)


@dataclass(frozen=True)
class ThemeExtractor:
    """A theme holds when a strong cue occurs, or weak cues occur at least ``min_weak`` times."""

    name: str = "themes"
    version: str = "1.0"
    min_weak: int = 2

    def __call__(self, doc: Doc) -> None:
        if not doc.film:
            return
        for theme in doc.lexicon.themes:
            self._theme(doc, theme)

    def _theme(self, doc: Doc, theme: ThemeCue) -> None:
        assert doc.film is not None
        strong = _pattern(theme.strong)
        weak = _pattern(theme.weak)
        hits_strong = list(strong.finditer(doc.text)) if strong else []
        hits_weak = list(weak.finditer(doc.text)) if weak else []
        if not hits_strong and len(hits_weak) < self.min_weak:
            return
        hits = sorted(hits_strong + hits_weak, key=lambda m: m.start())
        confidence = min(0.95, 0.5 + 0.15 * len(hits_strong) + 0.05 * len(hits_weak))
        for m in hits[:3]:  # a few spans are evidence enough; every hit would bloat the graph
            doc.mention(Kind.THEME, theme.slug, m.start(), m.end(), confidence)
        first = hits[0]
        doc.claim(Relation.THEME, doc.film, theme.slug, first.start(), first.end(), confidence)
