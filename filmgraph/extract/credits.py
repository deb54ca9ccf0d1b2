"""The credits block many reviews end with: cast, direction, script, rating, running time.

Handles the common shapes::

    Cast: Darya Zhovner, Atrem Cipin and Veniamin Kac
    Starring: Jane Doe (Alice), John Roe (Bob)
    Credits: Directed by A B, script by A B, C D. A Some Films release.
    Director: A B / Written by: C D / Screenplay by C D
    MPAA Rating: R for violence          Rated PG-13
    Running time: 1:58 / 118 minutes / 1 hr. 58 min.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import Kind, Relation
from .doc import Doc
from .text import CAP, NAME, squash

__all__ = ["CreditsExtractor", "parse_duration"]

_LINE = re.compile(
    r"^[ \t]*(?P<label>Cast|Starring|Credits|Directed by|Direction|Directors?|Written by|Writers?|"
    r"Screenplay(?: by)?|Script(?: by)?|MPAA [Rr]ating|Rating|Rated|Running [Tt]ime|Run[- ]?time|"
    r"Length|Distributor|Distributed by|Released by|Studio|Language)\b[ \t]*:?[ \t]*(?P<body>.+)$",
    re.MULTILINE,
)
_ROLE_CUES = re.compile(
    r"\b(?P<cue>(?:co-)?directed by|direction by|director|script by|screenplay by|"
    r"written by|writers?|story by|starring|produced by|producers?|cinematography by|"
    r"music by|edited by)\b\s*:?\s*",
    re.IGNORECASE,
)
_CUE_ROLE = {
    "directed by": Relation.DIRECTOR,
    "co-directed by": Relation.DIRECTOR,
    "direction by": Relation.DIRECTOR,
    "director": Relation.DIRECTOR,
    "directors": Relation.DIRECTOR,
    "script by": Relation.WRITER,
    "screenplay by": Relation.WRITER,
    "written by": Relation.WRITER,
    "writer": Relation.WRITER,
    "writers": Relation.WRITER,
    "story by": Relation.WRITER,
    "starring": Relation.ACTOR,
}
_LABEL_ROLE = {
    "cast": Relation.ACTOR,
    "starring": Relation.ACTOR,
    "directed by": Relation.DIRECTOR,
    "direction": Relation.DIRECTOR,
    "director": Relation.DIRECTOR,
    "directors": Relation.DIRECTOR,
    "written by": Relation.WRITER,
    "writer": Relation.WRITER,
    "writers": Relation.WRITER,
    "screenplay": Relation.WRITER,
    "screenplay by": Relation.WRITER,
    "script": Relation.WRITER,
    "script by": Relation.WRITER,
}
_PERSON_ITEM = re.compile(rf"(?P<name>{NAME})(?:\s*\((?P<char>[^()]{{1,60}})\))?")
_RELEASE = re.compile(
    r"\b(?:An?|The)\s+(?P<org>(?:[A-Z0-9][\w&'’.-]*\s+){0,4}?[A-Z0-9][\w&'’.-]*)\s+release\b"
)
_RATING = re.compile(
    r"^(?:rated\s+)?(?P<rating>unrated|not rated|NR|G|PG-13|PG|R|NC-17|X|TV-MA|TV-14)\b"
    r"(?:[\s,;:—–-]+(?:for\s+)?(?P<reason>.+))?$",
    re.IGNORECASE,
)
_HMS = re.compile(r"^(?P<h>\d{1,2}):(?P<m>[0-5]\d)\b")
_HM_WORDS = re.compile(
    r"(?:(?P<h>\d{1,2})\s*(?:hours?|hrs?\.?|h)\b\.?,?\s*)?(?:(?P<m>\d{1,3})\s*(?:minutes?|mins?\.?|m)\b)?",
    re.IGNORECASE,
)


def parse_duration(text: str) -> str | None:
    """An ISO 8601 duration from the ways reviews write a running time.

    >>> parse_duration("1:58"), parse_duration("118 minutes"), parse_duration("1 hr. 40 min.")
    ('PT1H58M', 'PT1H58M', 'PT1H40M')
    >>> parse_duration("unknown") is None
    True
    """
    text = text.strip()
    m = _HMS.match(text)
    if m:
        hours, minutes = int(m["h"]), int(m["m"])
    else:
        w = _HM_WORDS.match(text)
        if not w or not (w["h"] or w["m"]):
            return None
        hours, minutes = int(w["h"] or 0), int(w["m"] or 0)
        hours, minutes = hours + minutes // 60, minutes % 60
    if (hours == 0 and minutes == 0) or hours > 20:
        return None
    return "PT" + (f"{hours}H" if hours else "") + (f"{minutes}M" if minutes else "")


@dataclass(frozen=True)
class CreditsExtractor:
    name: str = "credits"
    version: str = "1.0"

    def __call__(self, doc: Doc) -> None:
        for line in _LINE.finditer(doc.text):
            label = line["label"].lower()
            body_start = line.start("body")
            body = line["body"]
            if label in _LABEL_ROLE and label != "credits":
                self._people(doc, _LABEL_ROLE[label], body, body_start)
                if label in ("directed by", "direction", "director", "directors"):
                    self._segments(doc, body, body_start, skip_first=True)
            elif label == "credits":
                self._segments(doc, body, body_start, skip_first=False)
            elif label in ("mpaa rating", "rating", "rated"):
                self._rating(doc, body, body_start)
            elif label in ("running time", "runtime", "run-time", "run time", "length"):
                duration = parse_duration(body)
                if duration and doc.film:
                    doc.claim(Relation.DURATION, doc.film, duration, body_start, line.end())
            elif label in ("distributor", "distributed by", "released by", "studio"):
                org = squash(re.split(r"[.;(]", body)[0])
                if org and doc.film:
                    doc.mention(Kind.ORGANIZATION, org, body_start, body_start + len(org))
                    doc.claim(
                        Relation.DISTRIBUTOR, doc.film, org, body_start, body_start + len(org)
                    )
            if label in ("credits", "distributor") or _RELEASE.search(body):
                self._release(doc, body, body_start)

    def _segments(self, doc: Doc, body: str, offset: int, *, skip_first: bool) -> None:
        """Split "Directed by X, script by Y, Z." into role segments."""
        cues = list(_ROLE_CUES.finditer(body))
        for i, cue in enumerate(cues):
            if skip_first and i == 0 and cue.start() == 0:
                continue
            role = _CUE_ROLE.get(cue["cue"].lower())
            end = cues[i + 1].start() if i + 1 < len(cues) else len(body)
            if role is not None:
                self._people(doc, role, body[cue.end() : end], offset + cue.end())

    def _people(self, doc: Doc, role: Relation, body: str, offset: int) -> None:
        if not doc.film:
            return
        # The list ends at the first sentence break that is not an initial ("A Kino Lorber...").
        stop = re.search(r"(?<![A-Z])\.(?:\s|$)|;|\n", body)
        segment = body[: stop.start()] if stop else body
        for item in re.split(r",\s*|\s+and\s+|\s*&\s*|\s*/\s*", segment):
            m = _PERSON_ITEM.fullmatch(item.strip())
            if not m or (len(m["name"].split()) < 2 and not doc.lexicon.is_name_token(m["name"])):
                continue
            name = squash(m["name"])
            start = offset + segment.index(item.strip()) if item.strip() in segment else offset
            if name in doc.lexicon.common or doc.lexicon.place(name):
                continue
            doc.mention(Kind.PERSON, name, start, start + len(m["name"]))
            doc.claim(role, doc.film, name, start, start + len(m["name"]))
            if m["char"] and role is Relation.ACTOR:
                char = squash(m["char"])
                if re.fullmatch(rf"{CAP}(?: {CAP}){{0,3}}", char):
                    cs = start + item.strip().index(m["char"])
                    doc.mention(Kind.CHARACTER, char, cs, cs + len(m["char"]))
                    doc.claim(Relation.CHARACTER, doc.film, char, cs, cs + len(m["char"]))
                    doc.claim(Relation.PLAYED_BY, char, name, start, cs + len(m["char"]))
                    doc.characters[char] = name

    def _rating(self, doc: Doc, body: str, offset: int) -> None:
        m = _RATING.match(body.strip())
        if not m or not doc.film:
            return
        raw = m["rating"]
        rating = "Unrated" if raw.lower() in ("unrated", "not rated", "nr") else raw.upper()
        doc.claim(Relation.RATING, doc.film, rating, offset, offset + len(raw))
        if m["reason"]:
            reason = squash(m["reason"]).rstrip(".")
            doc.claim(Relation.RATING_REASON, doc.film, reason, offset, offset + len(body))

    def _release(self, doc: Doc, body: str, offset: int) -> None:
        m = _RELEASE.search(body)
        if m and doc.film:
            org = squash(m["org"])
            s, e = offset + m.start("org"), offset + m.end("org")
            doc.mention(Kind.ORGANIZATION, org, s, e)
            doc.claim(Relation.DISTRIBUTOR, doc.film, org, s, e)
