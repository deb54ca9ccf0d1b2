"""Facts about the film and the review that are not people or places: critic, language,
subtitles, aspect ratio, distributor named in prose."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import Kind, Relation
from .doc import Doc
from .text import NAME, squash, stem_matches

__all__ = ["MetaExtractor"]

_LANGUAGES = {
    "english": "en",
    "russian": "ru",
    "french": "fr",
    "german": "de",
    "italian": "it",
    "spanish": "es",
    "portuguese": "pt",
    "japanese": "ja",
    "chinese": "zh",
    "mandarin": "zh",
    "cantonese": "yue",
    "korean": "ko",
    "hindi": "hi",
    "arabic": "ar",
    "hebrew": "he",
    "persian": "fa",
    "farsi": "fa",
    "turkish": "tr",
    "polish": "pl",
    "swedish": "sv",
    "danish": "da",
    "norwegian": "no",
    "finnish": "fi",
    "dutch": "nl",
    "greek": "el",
    "hungarian": "hu",
    "czech": "cs",
    "romanian": "ro",
    "yiddish": "yi",
    "ukrainian": "uk",
    "georgian": "ka",
    "chechen": "ce",
    "kabardian": "kbd",
    "tagalog": "tl",
    "thai": "th",
    "vietnamese": "vi",
    "indonesian": "id",
    "serbian": "sr",
    "croatian": "hr",
    "icelandic": "is",
}
_LANG = "|".join(_LANGUAGES)
_IN_LANGUAGE = re.compile(
    rf"\(?\b(?:in|spoken\s+in)\s+(?P<lang>{_LANG})(?:\s+and\s+(?P<lang2>{_LANG}))?"
    rf"(?:\s*,\s*|\s+)with\s+(?P<sub>{_LANG})\s+subtitles",
    re.IGNORECASE,
)
_ASPECT = re.compile(
    r"\b(?P<a>\d(?:\.\d\d?)?)\s*(?:[-:x×]|\s+by\s+|\s+to\s+)\s*(?P<b>\d(?:\.\d\d?)?)\s+aspect\s+ratio\b"
    r"|\baspect\s+ratio\s+of\s+(?P<c>\d(?:\.\d\d?)?)\s*[:x×]\s*(?P<d>\d(?:\.\d\d?)?)",
    re.IGNORECASE,
)
_CRITIC = re.compile(
    rf"^(?:About|By|Reviewed\s+by|Review\s+by|Critic:)\s+(?P<name>{NAME})\s*$", re.MULTILINE
)
# The word first and its word-start test behind it: the engine skips to 'r' and 'd'.
_RELEASED_BY = re.compile(
    r"(?:released(?<!\wreleased)|distributed(?<!\wdistributed))\s+by\s+"
    r"(?P<org>(?:[A-Z0-9][\w&'’.-]*\s+){0,3}[A-Z0-9][\w&'’-]*)"
)


@dataclass(frozen=True)
class MetaExtractor:
    name: str = "meta"
    version: str = "1.0"

    def __call__(self, doc: Doc) -> None:
        self._critic(doc)
        if not doc.film:
            return
        film = doc.film
        lower = doc.lowered()
        # Cheap substring tests first: most reviews state neither, and these patterns are slow.
        languages = _IN_LANGUAGE.finditer(doc.text) if "subtitle" in lower else iter(())
        for m in languages:
            for group in ("lang", "lang2"):
                if m[group]:
                    code = _LANGUAGES[m[group].lower()]
                    if not doc.has_claim(Relation.LANGUAGE, code):
                        doc.claim(Relation.LANGUAGE, film, code, m.start(group), m.end(group), 0.9)
            code = _LANGUAGES[m["sub"].lower()]
            if not doc.has_claim(Relation.SUBTITLE_LANGUAGE, code):
                doc.claim(Relation.SUBTITLE_LANGUAGE, film, code, m.start("sub"), m.end("sub"), 0.9)
        for m in _ASPECT.finditer(doc.text) if "aspect" in lower else ():
            a, b = (m["a"], m["b"]) if m["a"] else (m["c"], m["d"])
            ratio = f"{a}:{b}"
            if not doc.has_claim(Relation.ASPECT_RATIO, ratio):
                doc.claim(Relation.ASPECT_RATIO, film, ratio, m.start(), m.end(), 0.9)
        if not doc.claims_for_film(Relation.DISTRIBUTOR):
            stems = ("released", "distributed")
            for m in stem_matches(_RELEASED_BY, doc.text, doc.lowered(), stems):
                org = squash(m["org"])
                doc.mention(Kind.ORGANIZATION, org, m.start("org"), m.end("org"), 0.7)
                doc.claim(Relation.DISTRIBUTOR, film, org, m.start("org"), m.end("org"), 0.7)
                break

    def _critic(self, doc: Doc) -> None:
        if doc.review.publisher:
            doc.mention(Kind.ORGANIZATION, doc.review.publisher, 0, 0)
            doc.claim(Relation.PUBLISHER, "", squash(doc.review.publisher), 0, 0)
        if doc.review.author:
            doc.mention(Kind.PERSON, doc.review.author, 0, 0)
            doc.claim(Relation.CRITIC, "", squash(doc.review.author), 0, 0)
            return
        matches = list(_CRITIC.finditer(doc.text))
        if matches:
            # The author box ("About Roger Moore") sits at the end; a byline at the start.
            m = matches[-1]
            name = squash(m["name"])
            if len(name.split()) >= 2:
                doc.mention(Kind.PERSON, name, m.start("name"), m.end("name"))
                doc.claim(Relation.CRITIC, "", name, m.start("name"), m.end("name"))
