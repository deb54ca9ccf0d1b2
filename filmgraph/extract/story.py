"""Whether a stretch of a review tells the film's story, or the film's life, the critic's
life or another film: what the place and date extractors both ask before they read a place or
a period as the story's."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..model import Relation, surname
from .doc import Doc
from .people.context import tells_of_other_title
from .text import NAME, squash

__all__ = [
    "FILM_LIFE",
    "OTHER_FILM",
    "RELEASE",
    "StoryClauses",
    "makers_life",
    "not_story",
    "plot_sentence",
    "story_clauses",
]

# Where a place is named for the film's life, not its story: festivals, release, biography.
# These word lists are lower case and searched in the lowered text (Doc.lowered): a
# case-blind alternation is tried at every position, a lower-case one only where its first
# letters stand (a quarter of the time over a review).
_FILM_LIFE_WORDS = (
    r"festival|premiere[sd]?|box[- ]office|theaters?|theatres?|studios?|born|released?|"
    r"screening|screened|distribut\w*|reviewed|reviewer|awards?|retrospective"
)
_NOT_STORY = re.compile(
    rf"\b(?:{_FILM_LIFE_WORDS}|critics?|magazine|newspaper|audiences?|playing|shot|filmed|"
    r"filming|location|lives?\s+in\s+real)\b"
)
# Words that tell of the film's life wherever they stand in a sentence (those of _NOT_STORY
# such as "shot", "playing", "magazine" only count in the place's own clause).
FILM_LIFE = re.compile(rf"\b(?:{_FILM_LIFE_WORDS}|cinema|roots)\b")
# Another film of the same people: its places are its story's, not this one's.
OTHER_FILM = re.compile(
    # not "first", "last", "new": a review calls its own film that too
    r"\b(?:(?:his|her|their|[a-z][\w-]*['’]s)\s+(?:previous|earlier|next|other)\s+"
    r"(?:[a-z]+\s+)?|another\s+)(?:films?|movies?|pictures?|features?|documentar(?:y|ies))\b"
)
# "won at Berlin", "took the Golden Lion at Venice", "premiered at Toronto": a festival's city.
_FESTIVAL_AT = re.compile(
    r"\b(?:premiered|debuted|competed|in\s+competition|(?:won|wins|took|shared)\s+"
    r"(?:(?:the|a|its|his|her|their)\s+)?(?:[\w'’-]+\s+){0,3}?"
    r"(?:prize|award|bear|lion|palme\s+d['’]or|leopard|shell|grand\s+prix)s?|won|wins)\s+"
    r"(?:(?:last\s+year|this\s+year|in\s+\d{4})\s+)?at\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# "Director Lars Eklund, who grew up in Tromsø,": a clause about someone, whose life it tells.
_WHO_BEFORE = re.compile(rf"(?P<head>{NAME}),\s+who\s+[^,;.()“”\"]*$")
# The critic's own life ("the same Chicago church where I got married"), not the story's.
_FIRST_PERSON = re.compile(r"(?<![\w.])(?<!War )(?:I|my)\s+[a-z]")  # not "World War I and"
# A plot sentence opening on its subject: "She takes a job in Mexico", "Later, they flee".
_PRONOUN_SUBJECT = re.compile(
    r"\W*(?:(?:He|She|They)|[A-Z][a-z]+(?:\s+[a-z]+){0,3},\s+(?:he|she|they))\s+[a-z]"
)
# A sentence about the release: "The film opens in Chicago on Friday".
RELEASE = re.compile(
    r"\b(?:theaters?|theatres?|cinemas?|screens?|release[sd]?|festival|nationwide|locally|today|"
    r"tomorrow|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|week(?:end)?|Music\s+Box|January|"
    r"February|March|April|June|July|August|September|October|November|December)\b"
)
# "As the movie opens, the Marshalls move to Alabama" is the story; "it opened in Chicago last
# week" is the release.
_OPENING = re.compile(r"\bopen(?:s|ed|ing)\b")  # searched in the lowered text


def not_story(text: str, low: str, start: int, end: int) -> bool:
    """Whether the sentence ``text[start:end]`` is about the film's life, not its story
    (``low``: the text lowered, Doc.lowered)."""
    if _NOT_STORY.search(low, start, end):
        return True
    return bool(_OPENING.search(low, start, end) and RELEASE.search(text, start, end))


def _clause(text: str, sentence: tuple[int, int], start: int, end: int) -> tuple[int, int]:
    """The clause of ``sentence`` around ``text[start:end]``: long sentences of criticism
    join the story ("a cop in Detroit") to the film's life ("shot in Toronto") or the
    critic's ("I know"), and only the place's own clause says which it is named for."""
    lo, hi = sentence
    left = max(text.rfind(c, lo, start) for c in _CLAUSE_MARKS)
    # "shot in Wilmington, North Carolina": the comma between a town and its region opens
    # no clause, so the region stays in the clause that says what the place is named for.
    while left > lo and text[left] == "," and not text[left + 1 : start].strip():
        if not _CAP_WORD_END.search(text, lo, left):
            break
        left = max(text.rfind(c, lo, left) for c in _CLAUSE_MARKS)
    rights = [i for i in (text.find(c, end, hi) for c in _CLAUSE_MARKS) if i >= 0]
    return (left + 1 if left >= 0 else lo), min(rights, default=hi)


_CLAUSE_MARKS = ",;:()—–"
_CAP_WORD_END = re.compile(r"\b[A-Z][\w'’.-]*$")


@dataclass
class StoryClauses:
    """Whether the clause a place is named in may tell the story, read once per clause and
    sentence of one review: not the film's life ("it opened in Tulsa"), not the critic's ("I
    moved to Portugal"), not another film's ("His previous film was set in Rome", a sentence
    telling what happens in another quoted title)."""

    doc: Doc
    _story: dict[tuple[int, int], bool] = field(default_factory=dict)  # clause → may tell it
    _other: dict[tuple[int, int], int] = field(default_factory=dict)  # sentence → other film at

    def may_tell_story(self, start: int, end: int) -> bool:
        text, low = self.doc.text, self.doc.lowered()
        sentence = self.doc.sentence_at(start)
        # What is said right before this place or date: a festival's ("won at Berlin"), or
        # the life of the film's maker ("Director Lars Eklund, who grew up in Tromsø").
        if _FESTIVAL_AT.search(text, max(sentence[0], start - 90), start) or makers_life(
            self.doc, start
        ):
            return False
        clause = _clause(text, sentence, start, end)
        if clause not in self._story:
            self._story[clause] = not (
                FILM_LIFE.search(low, *sentence)
                or not_story(text, low, *clause)
                or _FIRST_PERSON.search(text, *clause)
            )
        if sentence not in self._other:
            other = OTHER_FILM.search(low, *sentence)
            told = other is None and tells_of_other_title(self.doc, sentence)
            self._other[sentence] = other.start() if other else sentence[0 if told else 1]
        return self._story[clause] and self._other[sentence] >= start


def story_clauses(doc: Doc) -> StoryClauses:
    """The review's :class:`StoryClauses`, shared by every extractor that asks: the place
    rules, the setting model and the dates ask of the same clauses, and each read is a few
    regex searches over a sentence."""
    return doc.derived("story_clauses", StoryClauses)


def plot_sentence(doc: Doc, start: int, pos: int) -> bool:
    """Whether the words before ``pos`` in the sentence from ``start`` tell what a character
    does: a character is named there, or the sentence opens on "he", "she" or "they".

    A country is named in criticism for many reasons (where a film was made, a comparison,
    the market); in a plot sentence it is where the characters are."""
    if _PRONOUN_SUBJECT.match(doc.text, start):
        return True
    head = doc.text[start:pos]
    return any(
        word in head and re.search(rf"\b{re.escape(word)}\b", head)
        for name in doc.characters
        for word in {name, name.partition(" ")[0]}
        if len(word) > 2
    )


_MAKERS = {Relation.DIRECTOR, Relation.WRITER}


def makers_life(doc: Doc, pos: int) -> bool:
    """Whether ``pos`` is in a relative clause about the film's director or writer
    ("Director Lars Eklund, who grew up in Tromsø"): the maker's life, not the story."""
    who = _WHO_BEFORE.search(doc.text, max(0, pos - 80), pos)
    if who is None:
        return False
    last = squash(who["head"]).rsplit(" ", 1)[-1]  # "Director Lars Eklund", "Eklund"
    return any(rels & _MAKERS and last == surname(name) for name, rels in doc.roles.items())
