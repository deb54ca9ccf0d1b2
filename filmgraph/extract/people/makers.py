"""The director named by what only a director does: drawing performances from a cast,
staging and pacing the film, a first feature, a debut behind the camera, as a feature director
or a first-time one, a return with the reviewed title. Critics name the maker this way as often
as with "directed by".
"""

from __future__ import annotations

import re

from ...model import Relation
from ..doc import Doc
from ..text import NAME, near
from .context import after_other_title, compared, other_film, same_film
from .patterns import (
    DEBUT_CUE,
    DIRECTOR_CUE,
    FIRST_FILM_CUE,
    PERFORMANCES_CUE,
    RETURNS_CUE,
    STAGING_CUE,
    Anchors,
)
from .record import is_cast, role_of

__all__ = ["maker_idioms"]

# "Ann Lee gets fine performances from her cast", "Lee coaxes a quiet performance out of …"
_PERFORMANCES_FROM = re.compile(
    rf"(?P<name>{NAME})\s+(?:(?:also|again|once\s+again)\s+)?"
    r"(?:gets|elicits|draws|coaxes|extracts|wrings|pulls)\s+(?:[\w-]+\s+){0,3}?"
    r"performances?\s+(?:from|out\s+of)\b"
)
# "Ann Lee stages the dinner scene with care", "Lee paces the film like a walk"
_STAGES = re.compile(
    rf"(?P<name>{NAME})\s+(?:(?:also|again|skillfully|carefully|deftly)\s+)?"
    r"(?:stages|paces|choreographs|orchestrates)\s+(?:the|this|every|each|his|her|their)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:scenes?|sequences?|film|movie|story|action|picture|shots?)\b"
)
# "In her first feature, Ann Lee …", "With his second film, Lee …"
_FIRST_FEATURE = re.compile(
    r"\b(?:[Ii]n|[Ww]ith|[Ff]or)\s+(?:his|her|their)\s+(?:(?:first|second|third|fourth|fifth|"
    r"new|latest|debut)\s+)(?:[\w-]+\s+)?(?:feature|film|movie|picture)(?:\s+as\s+a\s+director)?"
    rf",\s+(?P<name>{NAME})"
)
# A debut or a first film said in an appositive: "Ann Lee, making her debut as a director,",
# "…, in her directorial debut,", "…, making his feature debut", "…, a first-time director,",
# "…, making her second feature," ("her film debut", "her first film role" or "appearance"
# are an actor's).
_DEBUT_APPOS = re.compile(
    rf"(?P<name>{NAME})(?:,\s+(?:"
    r"(?:making|in)\s+(?:his|her|their)\s+(?:debut\s+(?:as\s+an?\s+(?:feature\s+)?"
    r"(?:director|filmmaker)|behind\s+the\s+camera)|(?:feature\s+)?(?:directing|directorial)"
    r"\s+debut|feature(?:-film)?\s+debut)"
    # "Ann Lee, a Cape Breton-born director making her first feature,"
    r"|(?:an?\s+(?:[\w-]+\s+){0,3}?(?:director|filmmaker)\s+)?"
    r"making\s+(?:his|her|their)\s+(?:first|second|third|fourth|fifth)\s+(?:feature|film|movie)"
    r"(?!\s+(?:role|appearance|performance))"
    r"|an?\s+first-time\s+(?:feature\s+)?(?:director|filmmaker))\b"
    # "Ann Lee — this is her second feature —"
    r"|\s+[—–]\s+this\s+is\s+(?:his|her|their)\s+"
    r"(?:first|second|third|fourth|fifth|debut)\s+(?:feature|film|movie)\b)"
)
# "Ann Lee makes her feature debut", "… her directorial debut" (a "film debut" is an actor's)
_MAKES_DEBUT = re.compile(
    rf"(?P<name>{NAME})\s+(?:makes|made|marks)\s+(?:his|her|their)\s+"
    r"(?:feature(?:-film)?|directorial|directing)\s+debut\b"
)
# "Ann Lee, who made “Salt Lake,” returns with “Moon Garden”"
_RETURNS_WITH = re.compile(
    rf"(?P<name>{NAME}),?\s+(?:[^.;]{{0,80}}?\s+)?(?:returns|is\s+back|comes\s+back)\s+with\s+"
    r"[“\"‘](?P<title>[^”\"’]{1,80})[”\"’]"
)
# "Ann Lee is a director who trusts silence": said of the film's maker, unless another
# film is named first.
_IS_A_DIRECTOR = re.compile(
    rf"(?P<name>{NAME})\s+is\s+(?:an?|the\s+kind\s+of)\s+(?:[\w-]+\s+){{0,2}}?"
    r"(?:director|filmmaker)\s+(?:who|whose|that)\b"
)


def maker_idioms(doc: Doc, anchors: Anchors) -> None:
    text = doc.text
    # Each pattern around its own keyword, which ends it or follows the name.
    for pattern, keywords, conf in (
        (_PERFORMANCES_FROM, (PERFORMANCES_CUE,), 0.75),
        (_STAGES, (STAGING_CUE,), 0.7),
        (_DEBUT_APPOS, (DEBUT_CUE, FIRST_FILM_CUE), 0.85),
        (_MAKES_DEBUT, (DEBUT_CUE,), 0.85),
        (_IS_A_DIRECTOR, (DIRECTOR_CUE,), 0.7),
    ):
        cues = sorted({p for cue in keywords for p in anchors(cue)})
        if pattern is _IS_A_DIRECTOR:  # only "… is a … director who": "is" shortly before
            cues = [p for p in cues if text.find(" is ", max(0, p - 40), p) >= 0]
        for m in near(pattern, text, cues, before=140, after=90):
            if not _about_this_film(doc, m.start()) or is_cast(doc, m["name"]):
                continue  # an actor "draws" a laugh; "stages" a comeback
            role_of(doc, Relation.DIRECTOR, m, conf)
    for m in near(_FIRST_FEATURE, text, anchors(FIRST_FILM_CUE), before=40, after=60):
        if _about_this_film(doc, m.start()):
            role_of(doc, Relation.DIRECTOR, m, 0.75)
    for m in near(_RETURNS_WITH, text, anchors(RETURNS_CUE), before=140, after=100):
        if same_film(doc, m["title"]):
            role_of(doc, Relation.DIRECTOR, m, 0.8)


def _about_this_film(doc: Doc, pos: int) -> bool:
    return not (compared(doc, pos) or other_film(doc, pos) or after_other_title(doc, pos))
