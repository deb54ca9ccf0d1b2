"""Is a cue about the reviewed film? Other titles, comparisons and imagined casts."""

from __future__ import annotations

import re

from ..doc import Doc
from ..text import is_title_like, quoted, squash

__all__ = [
    "IN_TITLE_BEFORE",
    "after_other_title",
    "compared",
    "in_other_titles_clause",
    "other_film",
    "same_film",
    "spellings",
    "tells_of_other_title",
]

#: What opens a quoted title the sentence is inside of: "In “Summer,” Rohmer …".
IN_TITLE_BEFORE = re.compile(r"\b[Ii]n\s+[“\"]$")

_QUOTED_BEFORE = re.compile(
    r"[“\"](?P<title>[^”\"]{1,80})[”\"],?\s*(?:\(\d{4}\),?\s*)?(?:[a-z]+\s+){0,3}$"
)
_OTHER_FILM = re.compile(
    r"\b(?:original|earlier|previous|first|last|next)\s+(?:\d{4}\s+)?(?:film|movie|version|picture)\b"
)
_QUOTED_TITLE_IN = re.compile(r"[“\"](?P<title>[^”\"]{1,80})[”\"]")
_FILM_NOUN_BEFORE = re.compile(
    r"\b(?:film|movie|comedy|drama|thriller|picture|western|musical|classic|satire|"
    r"documentary|version|sequel|remake)\s+$"
)
_YEAR_NEXT = re.compile(r",?\s*\((?:19|20)\d\d\)")
# "could have been made in 1955, starring Doris Day": a cast imagined, not this film's.
_HYPOTHETICAL_CAST = re.compile(
    r"\b(?:could|would|might|should)(?:\s+not)?\s+have\s+(?:been\s+)?"
    r"(?:made|cast|starred|starring|played|filmed)\b"
)
_LIKE_VERB = re.compile(r"\b(?:we|I|you|they|who|to|would|really|[a-z]+n't)\s+like$")
_COMPARE = re.compile(
    r"\b(?:like|unlike|recalls?|recalling|reminiscent\s+of|echo(?:es|ing)?|evokes?|"
    r"homage\s+to|in\s+the\s+(?:tradition|manner|style|vein)\s+of|à\s+la|than|"
    r"compared\s+(?:to|with)|borrows?\s+from|influenced\s+by|since|ever\s+since|after|"
    r"(?:months|years|weeks|decades|long|shortly|just)\s+before|"
    # a debt or an apprenticeship: "a student of Satyajit Ray's humanism", "an assistant to
    # the documentarian X"; and work in general: "anything by X"
    r"(?:student|disciple|pupil|protégé|protege)\s+of|heir\s+to|indebted\s+to|"
    r"(?:assistant|apprentice)\s+to|studied\s+(?:with|under)|"
    r"(?:anything|something|everything|nothing)\s+(?:else\s+)?by)\W+(?:\w+\W+){0,3}$",
    re.IGNORECASE,
)


def _letters(title: str) -> str:
    return re.sub(r"\W+|\band\b", "", title.lower())


def spellings(title: str | None) -> list[str]:
    """The ways a review spells its film's title: "Vincent & Theo", "Vincent and Theo"."""
    if not title:
        return []
    other = title.replace(" & ", " and ") if " & " in title else title.replace(" and ", " & ")
    return [title] if other == title else [title, other]


def after_other_title(doc: Doc, pos: int) -> bool:
    """The cue follows a quoted title other than the reviewed film's, directly ("“Fargo” is
    set in") or in a relative clause hung on it ("“Fargo,” which was set in")."""
    m = _QUOTED_BEFORE.search(doc.text, max(0, pos - 100), pos)
    if m and doc.film and not same_film(doc, m["title"]):
        return True
    return in_other_titles_clause(doc, pos)


# "“Fargo,” which was set in Minnesota, …": a relative clause hung on a quoted title.
_TITLES_CLAUSE = re.compile(
    r"[“\"](?P<title>[^”\"]{1,80})[”\"],?\s+(?:which|where|that|whose)\b[^,;.:()]*$"
)


def in_other_titles_clause(doc: Doc, pos: int) -> bool:
    """``pos`` is inside a relative clause about a quoted title other than the film's."""
    text = doc.text
    s, _ = doc.sentence_at(pos)
    # Asked for every place a review names: only a sentence with a closing quote before
    # ``pos`` is searched.
    close = max(text.rfind("”", s, pos), text.rfind('"', s, pos))
    if close < 0:
        return False
    m = _TITLES_CLAUSE.search(text, max(s, close - 82), pos)
    return bool(m and doc.film and not same_film(doc, m["title"]))


def same_film(doc: Doc, title: str) -> bool:
    """A quoted title is the reviewed film's."""
    if not doc.title:
        return False
    # Compared without spaces and punctuation: "She'sthe One" is "She's the One" glued;
    # a review shortens a long title ("Bert Rigby" for "Bert Rigby, You're a Fool").
    quoted, film = _letters(title), _letters(doc.title)
    return quoted == film or (len(film) >= 6 and quoted.startswith(film))


def other_film(doc: Doc, pos: int) -> bool:
    """The sentence is about another film: "In the original 1980 movie, … (Brooke Shields)"."""
    s, e = doc.sentence_at(pos)
    text = doc.text
    if _OTHER_FILM.search(text, s, e) or _HYPOTHETICAL_CAST.search(text, s, pos):
        return True
    # "His 1982 comedy “Victor/Victoria” starred Julie Andrews as …": a film named before
    # the cue in the same sentence, and not this one (a quoted nickname is no film).
    titles = [
        t["title"]
        for t in _QUOTED_TITLE_IN.finditer(text, s, pos)
        if _FILM_NOUN_BEFORE.search(text, max(s, t.start() - 14), t.start())
        or _YEAR_NEXT.match(text, t.end())
    ]
    return bool(titles) and not any(same_film(doc, t) for t in titles)


def tells_of_other_title(doc: Doc, sentence: tuple[int, int]) -> bool:
    """The sentence tells what happens in another quoted film ("a Los Angeles fireman could
    fly to Colombia in “Collateral Damage”"): what it names on either side of the title is
    that film's."""
    s, e = sentence
    text = doc.text
    for title, start, _ in quoted(text[s:e]):
        opened = IN_TITLE_BEFORE.search(text, max(s, s + start - 7), s + start)
        if opened and not same_film(doc, title) and is_title_like(squash(title)):
            return True
    return False


def compared(doc: Doc, start: int) -> bool:
    # Within the sentence: "“Fools” is a movie like that. Jason Robards plays …".
    window = doc.text[max(0, start - 40, doc.sentence_at(start)[0]) : start]
    m = _COMPARE.search(window)
    # "we like the way Kirk Jones…": "like" the verb compares nothing.
    return bool(m) and not (m and _LIKE_VERB.search(window, 0, m.start() + 4))
