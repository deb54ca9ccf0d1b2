"""The writer-director no cue names: the last guess at a film's director.

A critic who keeps returning to a film's writer by surname ("DeLuca knows this city",
"by the end DeLuca has tied it up") is writing about its author, and the author of a film
whose script is credited in the review and whose direction is credited to no one is, far
more often than not, its writer-director. A hired screenwriter is named once or twice, and
someone the film sources know only for writing (William Goldman) has never directed.
"""

from __future__ import annotations

import re

from ...model import Relation, surname
from ..doc import Doc
from .record import role

__all__ = ["auteur_director"]

# How often a writer's surname must occur before the review is taken to be about its author.
_AUTHOR_MENTIONS = 3
# A sentence about making films: a character who writes ("rented by writer Cornelia Van
# Gorder") is named in the story's sentences, never in these.
_MAKING = re.compile(
    r"\b(?:film|films|movie|movies|picture|feature|debut|camera|director|directing|direction|"
    r"filmmaker|made|makes|stages|staged|shoots|shot|frames|cuts)\b"
)


def auteur_director(doc: Doc) -> None:
    """Credit the film's writer with its direction when no one else is credited and the
    review names that writer, by surname, at least three times and more than any co-writer,
    once in a sentence about film-making.

    >>> from filmgraph.extract import extract
    >>> from filmgraph.model import Review, Relation
    >>> text = ("“Cold Coffee” is a police picture, written by Frank DeLuca and Jim Halloran. "
    ...         "DeLuca knows the precinct. DeLuca has made a film that ties it up too neatly.")
    >>> [c.object for c in extract(Review(text=text, source="x")).claims_for(Relation.DIRECTOR)]
    ['Frank DeLuca']
    """
    if doc.claims_for_film(Relation.DIRECTOR):
        return
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
        last = re.escape(surname(name))
        found = [m.start() for m in re.finditer(rf"(?<![\w-]){last}(?![\w-])", text)]
        if not any(_MAKING.search(text, *doc.sentence_at(at)) for at in found):
            continue
        counts[name] = len(found)
        first[name] = (start, start + len(name))
    if not counts:
        return
    ranked = sorted(counts.values(), reverse=True)
    best = max(counts, key=lambda n: counts[n])
    if ranked[0] < _AUTHOR_MENTIONS or (len(ranked) > 1 and ranked[1] == ranked[0]):
        return
    role(doc, Relation.DIRECTOR, best, *first[best], 0.6)
