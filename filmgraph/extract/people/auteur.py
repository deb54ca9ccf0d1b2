"""The director no cue names: the last guesses at a film's director, when no other is found.

The writer-director
-------------------
A critic who keeps returning to a film's writer by surname ("DeLuca knows this city",
"by the end DeLuca has tied it up") is writing about its author, and the author of a film
whose script is credited in the review and whose direction is credited to no one is, far
more often than not, its writer-director. A hired screenwriter is named once or twice, and
someone the film sources know only for writing (William Goldman) has never directed.

The filmmaker known by their other films
----------------------------------------
A review that credits no one with the direction but introduces someone by what else they
made ("Morag Tulloch, who made the short “Simmer Dim”", "Yoon Jae-hoon, whose “Rust Season”
was a modest hit", "Lin Tien-fu, who made it") introduces its maker: a director compared to
is named for a film ("a Hitchcock touch"), not given a filmography in an aside. Someone the
film sources know (Tengiz Abuladze, whose “Repentance” …) is named for reference: if they
made this film, the sources' credits say so once its title is found.
"""

from __future__ import annotations

import re

from ...model import Relation, surname
from ..doc import Doc
from ..text import NAME, find_all, near, quoted, word_starts
from .context import compared, same_film
from .record import is_cast, person_like, role

__all__ = ["guess_director"]

# How often a writer's surname must occur before the review is taken to be about its author.
_AUTHOR_MENTIONS = 3
# A sentence about making films: a character who writes ("rented by writer Cornelia Van
# Gorder") is named in the story's sentences, never in these.
_MAKING = re.compile(
    r"\b(?:film|films|movie|movies|picture|feature|debut|camera|director|directing|direction|"
    r"filmmaker|made|makes|stages|staged|shoots|shot|frames|cuts)\b"
)


def guess_director(doc: Doc) -> None:
    """When no one is credited with the direction, the writer-director, else the filmmaker
    introduced by their other films (see the module's text).

    >>> from filmgraph.extract import extract
    >>> from filmgraph.model import Review, Relation
    >>> def directors(text: str) -> list[str]:
    ...     extraction = extract(Review(text=text, source="x"))
    ...     return [c.object for c in extraction.claims_for(Relation.DIRECTOR)]
    >>> directors("“Cold Coffee” is a police picture, written by Frank DeLuca and Jim "
    ...           "Halloran. DeLuca knows the precinct. DeLuca has made a film that ties it "
    ...           "up too neatly.")
    ['Frank DeLuca']
    >>> directors("“Cold Coffee” is slow. Frank DeLuca, who made “Twelfth Precinct,” likes "
    ...           "talkers. DeLuca knows the city.")
    ['Frank DeLuca']
    """
    if not doc.claims_for_film(Relation.DIRECTOR):
        _writer_director(doc)
    if not doc.claims_for_film(Relation.DIRECTOR):
        _filmmaker_by_films(doc)


def _writer_director(doc: Doc) -> None:
    """Credit the film's writer with its direction (no one else being credited) when the
    review names that writer, by surname, at least three times and more than any co-writer,
    once in a sentence about film-making."""
    text = doc.text
    lex = doc.lexicon
    counts: dict[str, int] = {}
    first: dict[str, tuple[int, int]] = {}
    for claim in doc.claims_for_film(Relation.WRITER):
        name = claim.object
        if " " not in name or name in counts:
            continue
        if name in lex.people and name not in lex.directors:
            continue  # the film sources know them, and never as a director
        start = text.find(name)  # claims' spans are on the stored text, not the repaired one
        if start < 0:
            continue
        found = word_starts(text, surname(name))
        if not any(_MAKING.search(text, *doc.sentence_at(at)) for at in found):
            continue
        counts[name] = len(found)
        first[name] = (start, start + len(name))
    best = _named_most(counts)
    if best is not None and counts[best] >= _AUTHOR_MENTIONS:
        role(doc, Relation.DIRECTOR, best, *first[best], 0.6)


# "X, who made …", "X (who made …)", "X, who had made …", "X, whose “T” …", "X, whose debut,
# “T”, …", "X, whose gritty debut Area Code 01 …"
_FILMOGRAPHY = re.compile(
    rf"(?P<name>{NAME})(?:,\s*|\s*\(\s*)(?:who\s+(?:had\s+)?(?:also\s+)?made\b|whose\s+"
    r"(?:(?:[a-z-]+\s+){0,2}?(?:debut|first|second|third|last|previous|earlier|short|feature|"
    r"film|documentary)\b|[“\"‘']))"
)


def _filmmaker_by_films(doc: Doc) -> None:
    """Credit the one person the review introduces by their films with this one's direction
    (no one else being credited); with two or more, the one it names most often."""
    text = doc.text
    found: dict[str, tuple[int, int]] = {}
    # A pattern that opens on a name is tried only around "who"/"whose", not at every word.
    for m in near(_FILMOGRAPHY, text, find_all(text, "who"), before=90, after=60):
        name = m["name"]
        if " " not in name or name in found or name in doc.characters or is_cast(doc, name):
            continue
        if not person_like(doc, name, cued=True) or compared(doc, m.start()):
            continue
        if _another_of_theirs(doc, m.start()):
            continue  # "X, who made “Salt Lake,” returns with “Red Sky”": that one is theirs
        if name in doc.lexicon.people:
            continue  # a maker the film sources know is named for reference: if they made
            # this film, the sources' credits say so once the title is found
        found[name] = (m.start("name"), m.end("name"))
    best = _named_most({n: len(word_starts(text, surname(n))) for n in found})
    if best is not None:
        role(doc, Relation.DIRECTOR, best, *found[best], 0.6)


def _named_most(counts: dict[str, int]) -> str | None:
    """The name with the most mentions, or None when there is none or a tie at the top."""
    ranked = sorted(counts.values(), reverse=True)
    if not ranked or (len(ranked) > 1 and ranked[0] == ranked[1]):
        return None
    return max(counts, key=lambda n: counts[n])


def _another_of_theirs(doc: Doc, pos: int) -> bool:
    """The sentence at ``pos`` names two or more quoted titles, none of them the reviewed
    film's: the filmography aside's, and another film the person is the subject of."""
    s, e = doc.sentence_at(pos)
    titles = [t for t, _, _ in quoted(doc.text[s:e])]
    return len(titles) >= 2 and not any(same_film(doc, t) for t in titles)
