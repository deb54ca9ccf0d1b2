"""Collective disambiguation: each choice is checked against the rest of the graph.

A film candidate scores when its year, director and cast agree with what the reviews say; a
person is linked when a linked film credits them (so spelling variants resolve through the
film's cast); a place when its chain of containing places agrees with the graph's. A label
alone never makes a link: no link is better than a wrong one.

>>> pick({"wd:a": 0.9, "wd:b": 0.5}, threshold=0.7)
('wd:a', 0.9)
>>> pick({"wd:a": 0.9, "wd:b": 0.85}, threshold=0.7)   # too close to call
(None, 0.9)
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from rdflib import URIRef

from ..model import surname as surname_of
from .local import LocalFilm, LocalGraph, LocalPerson
from .names import fold, name_similarity
from .wikidata import FilmFacts, PlaceFacts

__all__ = ["Decision", "decide_films", "decide_people", "decide_places", "pick"]

#: A fuzzy name match on a film's credits must be at least this close.
NAME_MATCH = 0.85
#: A lone credited surname that one crew member of the linked film has scores this.
SURNAME_MATCH = 0.9
#: The best candidate must beat the runner-up by this much.
MARGIN = 0.15


@dataclass(frozen=True, slots=True)
class Decision:
    """What the linker concluded for one entity of the graph."""

    subject: URIRef
    kind: str
    target: str | None
    method: str
    score: float
    candidates: tuple[str, ...]


def pick(scores: dict[str, float], *, threshold: float) -> tuple[str | None, float]:
    """The best candidate if it clears ``threshold`` and the runner-up by ``MARGIN``."""
    if not scores:
        return None, 0.0
    ranked = sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))
    best, score = ranked[0]
    runner_up = ranked[1][1] if len(ranked) > 1 else 0.0
    if score < threshold or score - runner_up < MARGIN:
        return None, round(score, 3)
    return best, round(score, 3)


def best_credit(
    name: str, crew: dict[str, tuple[set[str], set[str]]], *, surname: bool = False
) -> tuple[str | None, float]:
    """The crew member whose labels best match ``name``, if clearly the best and close enough.

    ``surname``: a one-word name credited on the film ("Jules Marin (Williams)" in a plot) is
    the one crew member with that surname, if only one has it.

    >>> crew = {"wd:Q1": ({"Earle Williams"}, {"cast"}), "wd:Q2": ({"Mae Marsh"}, {"cast"})}
    >>> best_credit("Williams", crew), best_credit("Williams", crew, surname=True)
    ((None, 0.0), ('wd:Q1', 0.9))
    """
    folded = fold(name)
    if surname and len(folded.split()) == 1:
        owners = {
            item
            for item, (labels, _) in crew.items()
            if any(fold(surname_of(label)) == folded for label in labels)
        }
        return (owners.pop(), SURNAME_MATCH) if len(owners) == 1 else (None, 0.0)
    sims = {item: max((name_similarity(name, lab) for lab in labels), default=0.0)
            for item, (labels, _) in crew.items()}
    ranked = sorted(sims.items(), key=lambda kv: (-kv[1], kv[0]))
    if not ranked or ranked[0][1] < NAME_MATCH:
        return None, 0.0
    if len(ranked) > 1 and ranked[1][1] >= ranked[0][1] - 0.05:
        return None, 0.0  # two cast members spelled alike: do not guess
    return ranked[0]


def _film_score(film: LocalFilm, facts: FilmFacts) -> float:
    score = 0.5
    if film.year is not None and facts.years:
        gap = min(abs(film.year - y) for y in facts.years)
        score += 0.2 if gap == 0 else 0.1 if gap == 1 else -0.3
    if film.people:
        matched = {c.name for c in film.people if best_credit(c.name, facts.crew)[0]}
        score += 0.35 * min(1.0, len(matched) / 2) if matched else -0.1
    return min(score, 1.0)


def decide_films(graph: LocalGraph, candidates: dict[str, set[str]],
                 facts: dict[str, FilmFacts], *, threshold: float) -> dict[URIRef, Decision]:
    """Link each film to the candidate whose year and credits agree with the reviews."""
    out = {}
    for film in graph.films.values():
        cands = set().union(*(candidates.get(n, set()) for n in film.names))
        scores = {q: _film_score(film, facts.get(q, FilmFacts())) for q in cands}
        target, score = pick(scores, threshold=threshold)
        method = "label+type+year+credits" if target else _why_not(scores, threshold)
        out[film.iri] = Decision(film.iri, "film", target, method, score, tuple(sorted(cands)))
    return out


def _why_not(scores: dict[str, float], threshold: float) -> str:
    if not scores:
        return "no-candidate"
    return "below-threshold" if max(scores.values()) < threshold else "ambiguous"


def _credit_votes(person: LocalPerson, films: set[URIRef], film_links: dict[URIRef, Decision],
                  facts: dict[str, FilmFacts], *, credited: bool) -> tuple[Counter[str], float]:
    votes: Counter[str] = Counter()
    best_sim = 0.0
    for f in films:
        linked = film_links.get(f)
        if linked is None or linked.target is None:
            continue
        item, sim = best_credit(person.name, facts[linked.target].crew, surname=credited)
        if item:
            votes[item] += 1
            best_sim = max(best_sim, sim)
    return votes, best_sim


def decide_people(graph: LocalGraph, candidates: dict[str, set[str]],
                  film_links: dict[URIRef, Decision], facts: dict[str, FilmFacts], *,
                  threshold: float) -> dict[URIRef, Decision]:
    """Link people credited on (or mentioned in a review of) a linked film that lists them."""
    out = {}
    for person in graph.people.values():
        by_label = candidates.get(person.name, set())
        method, score, target = "no-candidate", 0.0, None
        # only a credit vouches for a lone surname: a mention may be anyone's
        for films, base, how, credited in (
            (person.credited_on, 0.6, "credited-on-linked-film", True),
            (person.mentioned_with, 0.5, "listed-on-reviewed-film", False),
        ):
            votes, sim = _credit_votes(person, films, film_links, facts, credited=credited)
            if not votes:
                continue
            (item, n), *rest = votes.most_common()
            if rest and rest[0][1] == n:
                method, score = "ambiguous", base
                break
            target, score = item, round(base + (1.0 - base) * sim, 3)
            lone_surname = credited and len(person.name.split()) == 1
            method = how if sim >= 0.999 else how + ("+surname" if lone_surname else "+fuzzy-name")
            break
        if target is None and by_label and method != "ambiguous":
            # A name alone is not enough: "Roger Moore" the critic is not the actor. Without a
            # linked film to vouch for them, candidates are kept for review but not linked.
            has_context = any(film_links.get(f) and film_links[f].target
                              for f in person.credited_on | person.mentioned_with)
            score = 0.3 if has_context else round(0.5 / len(by_label), 3)
            method = "not-on-linked-film" if has_context else "label-only"
        if target is not None and score < threshold:
            method, target = "below-threshold", None
        cands = tuple(sorted(by_label | ({target} if target else set())))
        out[person.iri] = Decision(person.iri, "person", target, method, score, cands)
    return out


def _place_scores(graph: LocalGraph, candidates: dict[str, set[str]],
                  facts: dict[str, PlaceFacts]) -> dict[URIRef, dict[str, float]]:
    names = {iri: p.name for iri, p in graph.places.items()}
    scores: dict[URIRef, dict[str, float]] = {}
    for place in graph.places.values():
        up = {fold(names[a]) for a in graph.ancestors(place.iri) if a in names}
        near = {fold(names[a]) for a in graph.neighbourhood(place.iri) if a in names}
        below = [d for d in graph.descendants(place.iri) if d in names]
        below_cands = [facts.get(q, PlaceFacts()) for d in below
                       for q in candidates.get(names[d], set())]
        scores[place.iri] = {}
        for q in candidates.get(place.name, set()):
            wd_up = {fold(lab) for labels in facts.get(q, PlaceFacts()).ancestors.values()
                     for lab in labels}
            score = 0.5
            if up & wd_up:
                score += 0.4  # its containing places agree with the graph's
            elif near & wd_up:
                score += 0.2  # it lies in a place the same films are set in
            elif up:
                score -= 0.2  # the graph puts it somewhere else
            if any(q in f.ancestors for f in below_cands):
                score += 0.3  # the graph's sub-places have candidates inside it
            scores[place.iri][q] = min(score, 1.0)
    return scores


def decide_places(graph: LocalGraph, candidates: dict[str, set[str]],
                  facts: dict[str, PlaceFacts], *, threshold: float) -> dict[URIRef, Decision]:
    """Link places whose Wikidata chain (P131/P17) agrees with the graph's other places."""
    out = {}
    for iri, scores in _place_scores(graph, candidates, facts).items():
        target, score = pick(scores, threshold=threshold)
        method = "label+type+containing-places" if target else _why_not(scores, threshold)
        out[iri] = Decision(iri, "place", target, method, score, tuple(sorted(scores)))
    return out
