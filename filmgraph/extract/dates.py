"""When the story takes place, and the film's own year, from the review's prose.

A period counts as the story's when the review ties it to the story: a setting cue ("is set
in the late 1950s", "takes place during World War II"), a story noun it modifies ("a
Depression-era tale", "a World War II romance"), a sentence that tells the plot and opens on
the date ("In 1981, Howard arrives …"), or a span of the story ("from 1965 to 1991").
Dates of the film's life (festivals, release), of other films and of the critic are not:
outside a setting cue, a period's clause must tell the story as :class:`.story.StoryClauses`
judges it for places too. A period written against a place the story is set in ("1950s
London", "the Boston of the 1970s", "Crete in 1941") dates the story there; the place rules,
which run first, decide the places and date nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

import ahocorasick

from ..model import Period, Relation, surname
from .doc import Doc
from .lexicon import Lexicon
from .people.context import after_other_title, same_film
from .periods import period_of
from .story import plot_sentence, story_clauses
from .text import find_all

__all__ = [
    "OPENING_REACH",
    "PREP_BEFORE",
    "STORY_NOUN",
    "DateExtractor",
    "fair_period",
    "opening_sentences",
    "periods_named",
    "told_by_cue",
]

_YEAR = r"(?:1[5-9]|20)\d\d"
# The words that name a period are found by cheap anchors (a digit, an apostrophe, the literal
# "ties" or "centur", the gazetteer's names in one automaton pass), since they are rare and a
# pattern opening with optional words would be tried at every character of a long review.
# A year or decade from 1500 to 2099: "1998", "1950s", "1990's", "the 1800s" (the century).
# (a hyphen before only as in "mid-1880s"; "pre-1950" and "post-1945" are no story's period)
_NUMERIC = re.compile(
    r"[12](?<!\w[12])(?<![A-Za-ce-z]-[12])(?:(?<=1)[5-9]|(?<=2)0)\d\d(?:['’]?s)?(?![\w-])"
)
_APOSTROPHE_DECADE = re.compile(r"['’][2-9]0s\b")  # "the '50s"
_DECADE_WORD = re.compile(  # before "ties": "the fifties", "the Sixties"
    r"(?<![A-Za-z])(?:[Tt]wen|[Tt]hir|[Ff]or|[Ff]if|[Ss]ix|[Ss]even|[Ee]igh|[Nn]ine)$"
)
_CENTURY_BEFORE = re.compile(r"(?<![\w-])(?:1?\d(?:st|nd|rd|th)|[a-z]+(?:-first)?)[\s-]$")
# "from 1965 to 1991", "between 1963 and 1966", "the events of 1793 and 1794"
_SPAN = re.compile(
    rf"(?:\b(?:from|between)\s+(?:about\s+|around\s+)?(?P<a>{_YEAR})\s+(?:to|and|until|through)"
    rf"\s+(?:about\s+|around\s+)?(?P<b>{_YEAR})\b"
    rf"|\bof\s+(?P<c>{_YEAR})\s+and\s+(?P<d>{_YEAR})\b)"
)
# The story told: "is set in", "takes place during", "unfolds in", "the story begins in".
_CUE = re.compile(
    # (glued text writes "isset in" for "is set in")
    r"(?:(?:\b|(?<=\bis)|(?<=\bwas))set\s+(?:in|during|at|against)\b|"
    r"\b(?:(?:is|are|was|were|film|movie|story)\s+set|"
    r"tak(?:es|ing)\s+place|took\s+place|unfolds?|happens|happened|occurs|"
    r"(?:story|tale|action|film|movie)\s+(?:begins|opens|starts|ends|moves|jumps|shifts|spans)|"
    r"opens\s+in)\b)",
    re.IGNORECASE,
)
_CUE_REACH = 110  # characters from a cue to the period it sets, within its clause
# A story noun a period modifies: "a World War II romance", "a Depression-era tale". (A place
# it modifies, "1930's Paris", is any the gazetteer finds there.)
STORY_NOUN = re.compile(
    r"(?:\s+|-)(?:era\s+|period\s+)?(?:(?!of\b|and\b|in\b|to\b|at\b)[a-z]+\s+)?"
    r"(?:story|tale|drama|romance|thriller|epic|episode|"
    r"saga|parable|melodrama|comedy|film|movie|picture|setting|backdrop)\b"
)
# A sentence that tells the story's time: "Their story begins in Lisbon in 1974". A review
# that places no story seldom dates one, so this asks for a setting too.
_TIME_CUE = re.compile(
    r"\b(?:set|takes?\s+place|happen(?:s|ed)?|living|lives|story|tale|unfolds|begins|opens)\b",
    re.IGNORECASE,
)
# "a film about the Algerian War", "as World War II begins": a named period the story is in.
_ABOUT_BEFORE = re.compile(
    r"\b(?:film|movie|story|tale|drama|documentary|picture)\s+(?:about|of)\s+(?:the\s+)?$"
)
_NAMED_AFTER = re.compile(r"\s+(?:begins|breaks\s+out|ends|rages|looms|approaches)\b")
# The story's own span, told as such: "These scenes span the years from 1965 to 1991".
_SPAN_TOLD = re.compile(r"\b(?:scenes|events|story|action|years|spans?|covers?)\b")
PREP_BEFORE = re.compile(
    r"(?:\b(?:in|of|during|circa|around|about|by|since|until|through|throughout|amid)\s+"
    r"(?:the\s+(?:(?:[a-z]+\s+)?(?:summer|winter|spring|fall|autumn|end|beginning|start|middle|"
    r"years?|days|time|height|aftermath|eve)\s+(?:of\s+|around\s+|after\s+|before\s+)?)?)?"
    r"(?:the\s+)?(?:(?:early|mid|late)[\s-]+)?)$"
)
OPENING_REACH = 40  # characters from a sentence's start within which its opening dates it
# The period a sentence opens on: "In 1981, Howard arrives…", "During World War I, the young
# lieutenant…", "In the 1930s, a troupe…" (the period right after, then a comma).
_OPENING_LEAD = re.compile(r"(?:In|By|During)\s+(?:the\s+)?(?:(?:early|mid|late)[\s-]+)?")
# A plot told in the present tense, as reviews tell it: "Howard arrives", "she finds".
_PRESENT = re.compile(
    r"\b(?:[Hh]e|[Ss]he|[Tt]hey|[A-Z][a-z]+)\s+(?:(?:also|still|now|finally)\s+)?"
    r"(?:is|are|has|[a-z]+(?<![su]s)(?<!ous)s)\b"
)
_PAREN_YEAR = re.compile(rf"\(\s*{_YEAR}\s*\)")
# The film's own year: "made in 1960", "released in 1971", "This 1993 film", "Scorsese's 1980
# film" (said of its director).
_MADE_IN = re.compile(r"(?:\b(?:was|been|first)\s+)?\b(?:made|released|shot|filmed)\s+in\s+$")
_THIS = re.compile(r"\b[Tt]his\s+$")
_POSSESSIVE = re.compile(r"['’]s?\s+$")
_FILM_NOUN = re.compile(  # after the year: "This 1993 film", "Scorsese's 1980 boxing drama"
    r"\s+(?:[a-z-]+\s+)?(?:film|movie|picture|documentary|classic|thriller|comedy|drama|"
    r"version)\b"
)


@dataclass(frozen=True, slots=True)
class DateExtractor:
    """The story's periods (``time_setting``) and the film's year (``year``) from prose."""

    name: str = "dates"
    version: str = "1.0"

    def __call__(self, doc: Doc) -> None:
        if not doc.film:
            return
        for period, start, end, conf in _story_periods(doc):
            if not doc.has_claim(Relation.TIME_SETTING, str(period)):
                doc.claim(Relation.TIME_SETTING, doc.film, str(period), start, end, conf)
        if not doc.claims_for_film(Relation.YEAR):
            found = _film_year(doc)
            if found:
                year, start, end = found
                doc.claim(Relation.YEAR, doc.film, year, start, end, 0.8)


def _named(lexicon: Lexicon) -> ahocorasick.Automaton:
    """The gazetteer's period names in one automaton (built once per lexicon)."""
    return lexicon.derived("period_names", _period_automaton)


def _period_automaton(lexicon: Lexicon) -> ahocorasick.Automaton:
    automaton = ahocorasick.Automaton()
    for name in lexicon.periods:
        automaton.add_word(name, name)
    automaton.make_automaton()
    return automaton


def periods_named(doc: Doc) -> list[tuple[Period, int, int, str]]:
    """Every period the review names, in text order, with how it is named: a "span", a
    "named" period, or "words" (a year, decade or century). Found once per review: the
    rules and the period model both read them."""
    return doc.derived("dates.periods", _periods_in)


def opening_sentences(doc: Doc) -> frozenset[int]:
    """Where the sentences start that open on a period: "During World War I, …", "In the
    late 1950s, …" (the period right after the lead, then a comma). Found once per review:
    the rules and the period model both ask."""
    return doc.derived("dates.opening", _openings)


def _openings(doc: Doc) -> frozenset[int]:
    text = doc.text
    opening = set()
    for _, start, end, _ in periods_named(doc):
        s, _ = doc.sentence_at(start)
        if _OPENING_LEAD.fullmatch(text, s, start) and text.startswith(",", end):
            opening.add(s)
    return frozenset(opening)


def _periods_in(doc: Doc) -> list[tuple[Period, int, int, str]]:
    text = doc.text
    out: list[tuple[Period, int, int, str]] = []
    spans: list[tuple[int, int]] = []
    for m in _NUMERIC.finditer(text):
        if any(s <= m.start() < e for s, e in spans):
            continue  # the second year of a span
        span = _SPAN.search(text, max(0, m.start() - 25), m.end() + 40)
        if span and m.start() in (span.start("a"), span.start("c")):
            a, b = (span["a"], span["b"]) if span["a"] else (span["c"], span["d"])
            if int(a) < int(b):
                out.append((Period(int(a), int(b)), span.start(), span.end(), "span"))
                spans.append(span.span())
                continue
        if not _PAREN_YEAR.match(text, m.start() - 1):  # "“Alpha” (1990)": a film's year
            _add(out, m.group(0), m.start(), m.end())
    for m in _APOSTROPHE_DECADE.finditer(text):
        _add(out, m.group(0), m.start(), m.end())
    for at in find_all(text, "ties"):
        word = _DECADE_WORD.search(text, max(0, at - 5), at)
        if word and not text[at + 4 : at + 5].isalpha():
            _add(out, text[word.start() : at + 4], word.start(), at + 4)
    for at in find_all(text, "century"):
        ordinal = _CENTURY_BEFORE.search(text, max(0, at - 14), at)
        if ordinal:
            _add(out, text[ordinal.start() : at + 7], ordinal.start(), at + 7)
    named: list[tuple[int, int, str]] = []
    for last, name in _named(doc.lexicon).iter(text):
        start, end = last - len(name) + 1, last + 1
        before, after = text[start - 1 : start], text[end : end + 4]
        if (before.isalnum() or before == "-") or (after[:1].isalnum() or (
            after[:1] == "-" and after != "-era"
        )):
            continue  # inside a longer word: "Weimarer", "Civil Wars-"
        named.append((start, end, name))
    # the longest name at each place: "the American Civil War", not also "Civil War"
    taken = list(spans)
    for start, end, name in sorted(named, key=lambda n: (n[0], -n[1])):
        if not any(s <= start < e for s, e in taken):
            out.append((doc.lexicon.periods[name], start, end, "named"))
            taken.append((start, end))
    return sorted(out, key=lambda p: p[1])


def _add(out: list[tuple[Period, int, int, str]], words: str, start: int, end: int) -> None:
    period = period_of(words)
    if period is not None:
        out.append((period, start, end, "words"))


def told_by_cue(doc: Doc, start: int, earlier: list[int]) -> bool:
    """A setting cue opens the clause the period at ``start`` is the first period of: "is set
    in Lyon in the late 19th century" (not "“Fargo,” which was set in 1987")."""
    text = doc.text
    # The sentence as the splitter reads it ("the U.S. in 1905" is one), then its clause.
    since = max(doc.sentence_at(start)[0], start - _CUE_REACH)
    since = text.rfind(";", since, start) + 1 or since
    cues = list(_CUE.finditer(text, since, start))
    cue = cues[-1] if cues else None
    if cue is None or any(cue.end() <= p < start for p in earlier):
        return False
    return not after_other_title(doc, cue.start())


def _story_periods(doc: Doc) -> Iterator[tuple[Period, int, int, float]]:
    text = doc.text
    clauses = story_clauses(doc)
    settings = {c.object for c in doc.claims_for_film(Relation.SETTING)}
    placed = bool(settings)
    places_at: set[int] = set()
    setting_at: dict[int, str] = {}  # where the story's places are named, and their kind
    setting_end: set[int] = set()  # where they end: "stranded on Crete in 1941"
    for place, start, end, _ in doc.place_mentions():
        places_at.add(start)
        if place.name in settings:
            setting_at[start] = place.kind
            setting_end.add(end)
    earlier: list[int] = []  # where the fair periods before this one start
    periods = periods_named(doc)
    opening = opening_sentences(doc)
    for period, start, end, kind in periods:
        if not fair_period(doc, start, end):
            continue
        cued = told_by_cue(doc, start, earlier)
        earlier.append(start)
        if cued:
            yield period, start, end, 0.8
            continue
        if kind == "words" and _beside_setting(text, period, start, end, setting_at, setting_end):
            yield period, start, end, 0.7  # "1950s London", "the Boston of the 1970s"
            continue
        s, e = doc.sentence_at(start)
        if not clauses.may_tell_story(start, end):
            continue  # the film's life, the critic's, another film's
        named = kind == "named"
        if kind == "words" and PREP_BEFORE.search(text, max(s, start - 40), start) and (
            placed and _TIME_CUE.search(text, s, e)
        ):
            yield period, start, end, 0.75  # "Their story begins in Lisbon in 1974"
        elif (STORY_NOUN.match(text, end) or _next_word(text, end) in places_at) and (
            named or not PREP_BEFORE.search(text, s, start)
        ):
            yield period, start, end, 0.7  # "a World War II romance", "in 1930's Paris"
        elif named and (
            _ABOUT_BEFORE.search(text, max(s, start - 40), start) or _NAMED_AFTER.match(text, end)
        ):
            yield period, start, end, 0.7  # "a film about the Algerian War"
        elif (
            s in opening
            and start <= s + OPENING_REACH
            and (_PRESENT.search(text, end, min(e, end + 80)) or plot_sentence(doc, s, e))
        ):
            # "In 1981, Howard arrives at a station …", "During World War I, the young
            # lieutenant …", "In 1920, at the start of Prohibition, Tom …"
            yield period, start, end, 0.7
        elif kind == "span" and (_SPAN_TOLD.search(text, s, e) or plot_sentence(doc, s, e)):
            yield period, start, end, 0.7  # "These scenes span the years from 1965 to 1991"


# Before a period, after the place it dates: "Crete in 1941", "the Boston of the 1970s".
_AFTER_PLACE = re.compile(r"\s+(?:in|of\s+the(?:\s+(?:early|late|mid-?))?)\s+$")


def _beside_setting(
    text: str,
    period: Period,
    start: int,
    end: int,
    setting_at: dict[int, str],
    setting_end: set[int],
) -> bool:
    """A period written against a mention of the story's place dates the story there: "1950s
    London", "1998 Nalchik", "the Boston of the 1970s", "stranded on Crete in 1941". A bare
    year before a country is the critic's present as often ("in 1973 America, no boy …")."""
    kind = setting_at.get(_next_word(text, end))
    if kind is not None:
        return period.end > period.start or kind in ("city", "region", "district")
    before = _AFTER_PLACE.search(text, max(0, start - 20), start)
    return before is not None and before.start() in setting_end


def _next_word(text: str, end: int) -> int:
    """Where the word after ``text[:end]`` starts, past one run of spaces."""
    return end + len(text[end : end + 3]) - len(text[end : end + 3].lstrip(" "))


def fair_period(doc: Doc, start: int, end: int) -> bool:
    """Not a year of another film: inside its quoted title, in brackets after it, or in a
    clause about it."""
    text = doc.text
    if text[max(0, start - 1) : start] in ("(", "“", '"') or after_other_title(doc, start):
        return False
    return not re.match(r"\s*(?:film|movie|version|remake|release)\b", text[end : end + 12])


def _film_year(doc: Doc) -> tuple[str, int, int] | None:
    """The film's own year, when a sentence about it states it: "made in 1960" of the film,
    else "This 1993 film", else "Scorsese's 1980 film" of its director."""
    text = doc.text
    assert doc.film is not None
    years = [
        (y, doc.sentence_at(y.start())[0])
        for y in _NUMERIC.finditer(text)
        if len(y.group(0)) == 4
    ]
    directors = {surname(c.object) for c in doc.claims_for_film(Relation.DIRECTOR)}
    for rule in ("made", "this", "possessive"):
        for y, s in years:
            at = y.start()
            if rule == "made":
                m = _MADE_IN.search(text, max(s, at - 40), at)
                # "First released in 1981 as …" has the film as its subject
                if not m or not (m.start() <= s + 6 or _about_the_film(doc, s, m.start())):
                    continue
                at = m.start()
            elif rule == "this":
                if not (_THIS.search(text, max(s, at - 8), at) and _FILM_NOUN.match(text, y.end())):
                    continue
            else:
                owner = text[max(s, at - 30) : at]
                if not (_POSSESSIVE.search(owner) and _FILM_NOUN.match(text, y.end())):
                    continue
                words = owner.split()
                if not words or re.sub(r"['’]s?$", "", words[-1]).strip("“\"") not in directors:
                    continue  # "Kurosawa's 1950 film": another maker's, maybe another film
            if _WOULD.search(text, max(s, at - 20), at):
                continue  # "could have been made in 1955"
            if not after_other_title(doc, at):
                return y.group(0), y.start(), y.end()
    return None


_THE_FILM = re.compile(
    r"\b(?:[Ii]t|[Tt]his\s+(?:film|movie|picture)|[Tt]he\s+(?:film|movie))\b"
    r"|['’]s\s+(?:film|movie|picture),?\s*$"  # "Nicolas Roeg's film, released in 1971"
)
_WOULD = re.compile(r"\b(?:could|would|might|should)\s+(?:have\s+)?$")


def _about_the_film(doc: Doc, start: int, at: int) -> bool:
    """The clause before ``at`` has the film as its subject: its title or "the film"."""
    assert doc.film is not None
    before = doc.text[start:at]
    quoted = re.findall(r"[“\"]([^”\"]{1,80})[”\"]", before)
    if quoted:
        return all(same_film(doc, q) for q in quoted)
    return bool(doc.title and doc.title in before) or _THE_FILM.search(before) is not None
