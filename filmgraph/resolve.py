"""Resolution: which mentions are the same thing, within a review and across reviews.

Within a review, a surname ("Balagov") or a nickname ("Ila") joins the full name met
elsewhere in the same text; a surname credited with no full name to join ("Jules Marin
(Williams)") is that film's person only, as one surname across films is not one person.
Across reviews, identity is the deterministic key: the same normalised name gives the same
key, hence the same IRI. A :class:`Resolver` can also be told what the store already holds so
that "Closeness" in a review without a year joins the film "Closeness" (2017) from another;
every such rule-made merge is recorded as a :class:`Merge` (method, score) so it can be
audited and undone.

>>> slug("Kantemir Balagov"), slug("José Ferrer"), slug("Теснота")
('kantemir-balagov', 'jose-ferrer', 'теснота')
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import PurePath

from .model import (
    UNTITLED_FILM,
    Entity,
    Extraction,
    Kind,
    Merge,
    Relation,
    ResolvedReview,
    place_name,
    surname,
    unaccented,
)

__all__ = [
    "Merge",
    "MergeKey",
    "Resolver",
    "film_key",
    "is_dated",
    "is_untitled",
    "is_yearless",
    "resolve",
    "slug",
]


def slug(name: str) -> str:
    """A lowercase, IRI-safe identifier for a name; Latin letters lose their accents."""
    out = re.sub(r"[^\w]+", "-", unaccented(name).lower(), flags=re.UNICODE).strip("-_")
    out = out.replace("_", "-")[:80].strip("-")
    if not out:
        out = "x-" + hashlib.sha256(name.encode("utf-8")).hexdigest()[:12]
    return out


def film_key(title: str, year: str | None = None) -> str:
    """The key of a film: its title slug, with the year when known.

    >>> film_key("Closeness", "2017")
    'closeness-2017'
    """
    return f"{slug(title)}-{year}" if year else slug(title)


def is_yearless(extraction: Extraction) -> bool:
    """Whether the review names its film without a year, so that which film it means depends
    on the films known (see :class:`Resolver`). Ingest resolves such reviews after every dated
    one, so the result does not depend on the order of the reviews or on which worker met which.

    >>> from filmgraph.model import Review
    >>> is_yearless(Extraction(Review(text="", source="x"), film_title="Closeness"))
    True
    """
    return bool(extraction.film_title) and not extraction.claims_for(Relation.YEAR)


_UNTITLED_KEY = "untitled-"


def is_untitled(film: Entity) -> bool:
    """Whether ``film`` is a reviewed film whose title the review did not let us find: a node
    of its own per review (never merged, never linked), named after the review's file.

    >>> from filmgraph.model import Claim, Review, Span
    >>> ex = Extraction(Review(text="", source="reviews/apres.txt"), film_title=None)
    >>> ex.claims.append(Claim(Relation.ACTOR, UNTITLED_FILM, "Ann Lee", Span(0, 0), "x"))
    >>> film = resolve(ex).film
    >>> film.name, is_untitled(film)
    ('(untitled: apres.txt)', True)
    """
    return film.kind is Kind.FILM and film.key.startswith(_UNTITLED_KEY)


def is_dated(extraction: Extraction) -> bool:
    """Whether the review gives its film's title and year: a film a yearless review of the
    same title may join (an untitled film has neither).

    >>> from filmgraph.model import Review
    >>> is_dated(Extraction(Review(text="", source="x"), film_title="Closeness"))
    False
    """
    return bool(extraction.film_title) and bool(extraction.claims_for(Relation.YEAR))


#: A merge as :meth:`Resolver.allows` reads it: (kind, the name as written, the key it joins).
MergeKey = tuple[Kind, str, str]


@dataclass(slots=True)
class Resolver:
    """Resolves reviews one after another, remembering the films it has seen.

    ``known_films`` maps a title slug to the keys of dated films already in use (from the store
    or from earlier reviews of the same batch). A film known only by its title is no candidate:
    "Blade Runner 2049" without a year is not the film "Blade Runner" of 2049.
    """

    known_films: dict[str, set[str]] = field(default_factory=dict)
    undone: set[MergeKey] = field(default_factory=set)

    @classmethod
    def knowing(cls, films: Iterable[str] = (), *, undone: Iterable[MergeKey] = ()) -> Resolver:
        """A resolver that knows these dated film keys and keeps these merges undone: what
        a target store tells every resolver that writes into it.

        >>> Resolver.knowing(["closeness-2017"]).candidates(["Closeness"])
        ['closeness-2017']
        """
        resolver = cls(undone=set(undone))
        resolver.remember(films)
        return resolver

    def undo(self, merge: Merge) -> None:
        """Never make this merge again: re-resolving the review keeps the two apart.

        >>> r = Resolver()
        >>> r.remember(["closeness-2017"])
        >>> r.undo(Merge(Kind.FILM, "Closeness", "closeness-2017", "title-match-unique", 0.8))
        >>> r.allows(Kind.FILM, "Closeness", "closeness-2017")
        False
        """
        self.undone.add((merge.kind, merge.alias, merge.key))

    def allows(self, kind: Kind, alias: str, key: str) -> bool:
        """Whether a rule may identify ``alias`` with the entity ``key``."""
        return (kind, alias, key) not in self.undone

    def candidates(self, titles: Iterable[str]) -> list[str]:
        """The dated films that reviews of these titles (or title slugs) could join.

        >>> r = Resolver()
        >>> r.remember(["closeness-2017", "loveless-2017"])
        >>> r.candidates(["Closeness"])
        ['closeness-2017']
        """
        return sorted({key for title in titles for key in self.known_films.get(slug(title), ())})

    def remember(self, keys: Iterable[str]) -> None:
        """Know these dated film keys (``closeness-2017``) as candidates for yearless reviews."""
        for key in keys:
            base = re.sub(r"-(1[89]|20)\d\d$", "", key)
            self.known_films.setdefault(base, set()).add(key)

    def resolve(self, extraction: Extraction) -> ResolvedReview:
        return resolve(extraction, resolver=self)


def resolve(extraction: Extraction, *, resolver: Resolver | None = None) -> ResolvedReview:
    """Group the mentions of one extraction into entities with stable keys."""
    resolver = resolver or Resolver()
    out = ResolvedReview(extraction, film=None)
    merges: list[Merge] = []
    title = extraction.film_title
    if title:
        year = next((c.object for c in extraction.claims_for(Relation.YEAR)), None)
        key = film_key(title, year)
        if year is None:
            candidates = set(resolver.candidates([title])) - {key}
            if len(candidates) == 1 and resolver.allows(Kind.FILM, title, next(iter(candidates))):
                # One known film of that title: the review most likely means it.
                (known,) = candidates
                merges.append(Merge(Kind.FILM, title, known, "title-match-unique", 0.8))
                key = known
        else:
            resolver.remember([key])
        out.film = Entity(Kind.FILM, key, title)
        out.entities[(Kind.FILM, key)] = out.film
        out.entity_of[(Kind.FILM, title)] = key
    elif any(c.subject == UNTITLED_FILM for c in extraction.claims):
        review = extraction.review
        key = _UNTITLED_KEY + review.id
        out.film = Entity(Kind.FILM, key, f"(untitled: {PurePath(review.source).name})")
        out.entities[(Kind.FILM, key)] = out.film
        out.entity_of[(Kind.FILM, UNTITLED_FILM)] = key
    _people(extraction, out, merges, resolver)
    _characters(extraction, out, merges, resolver)
    for kind in (Kind.PLACE, Kind.THEME, Kind.ORGANIZATION):
        for m in extraction.mentions:
            if m.kind is not kind:
                continue
            if kind is Kind.PLACE:
                # The key keeps the gazetteer's qualifier apart ("georgia-u-s-state"); the name
                # is the one texts and users write ("Georgia").
                key = slug(m.name)
                _entity(out, kind, key, place_name(m.name))
                out.entity_of[(kind, m.name)] = key
            else:
                _entity(out, kind, m.name if kind is Kind.THEME else slug(m.name), m.name)
    out.merges = merges
    return out


def _entity(out: ResolvedReview, kind: Kind, key: str, name: str) -> Entity:
    entity = out.entities.get((kind, key))
    if entity is None:
        entity = Entity(kind, key, name)
        out.entities[(kind, key)] = entity
    elif name != entity.name:
        entity.aliases.add(name)
    out.entity_of[(kind, name)] = key
    return entity


_CREDITS = (Relation.DIRECTOR, Relation.WRITER, Relation.ACTOR, Relation.PLAYED_BY)


def _people(ex: Extraction, out: ResolvedReview, merges: list[Merge], resolver: Resolver) -> None:
    names = {m.name for m in ex.mentions if m.kind is Kind.PERSON}
    names |= {
        c.object
        for c in ex.claims
        if c.relation
        in (Relation.DIRECTOR, Relation.WRITER, Relation.ACTOR, Relation.CRITIC, Relation.MENTIONED)
    }
    names |= {c.object for c in ex.claims if c.relation is Relation.PLAYED_BY}
    full = sorted((n for n in names if len(n.split()) >= 2), key=len, reverse=True)
    for name in full:
        # "Van Sant" after "Gus Van Sant": the tail of one longer name is that person.
        longer = [f for f in full if len(f) > len(name) and f.endswith(" " + name)]
        if len(longer) == 1 and resolver.allows(Kind.PERSON, name, slug(longer[0])):
            key = slug(longer[0])
            _entity(out, Kind.PERSON, key, longer[0]).aliases.add(name)
            out.entity_of[(Kind.PERSON, name)] = key
            merges.append(Merge(Kind.PERSON, name, key, "name-tail-in-review", 0.85))
            continue
        _entity(out, Kind.PERSON, slug(name), name)
    credited = {c.object for c in ex.claims if c.relation in _CREDITS}
    for name in sorted(n for n in names if len(n.split()) < 2):
        owners = [f for f in full if surname(f) == name or f.split()[0] == name]
        if len(owners) == 1 and resolver.allows(Kind.PERSON, name, slug(owners[0])):
            key = slug(owners[0])
            _entity(out, Kind.PERSON, key, owners[0]).aliases.add(name)
            out.entity_of[(Kind.PERSON, name)] = key
            merges.append(Merge(Kind.PERSON, name, key, "surname-in-review", 0.9))
        elif len(owners) <= 1 and name in credited and out.film:
            # "Jules Marin (Williams)": a lone surname credited on a film is that film's
            # Williams; across films one surname is not one person.
            _entity(out, Kind.PERSON, f"{out.film.key}/{slug(name)}", name)
        elif len(owners) <= 1:  # nobody it could be, or a merge that was undone
            _entity(out, Kind.PERSON, slug(name), name)


def _characters(
    ex: Extraction, out: ResolvedReview, merges: list[Merge], resolver: Resolver
) -> None:
    film = out.film.key if out.film else "unknown-film"
    names = {m.name for m in ex.mentions if m.kind is Kind.CHARACTER}
    names |= {c.object for c in ex.claims if c.relation is Relation.CHARACTER}
    nick_of = {
        nick: name
        for (kind, name), nicks in ex.aliases.items()
        if kind is Kind.CHARACTER
        for nick in nicks
    }
    main = sorted((n for n in names if n not in nick_of), key=len, reverse=True)
    for name in main:
        prefix_of = [
            other for other in main if other != name and other.startswith(name) and len(name) >= 3
        ]
        key = f"{film}/{slug(prefix_of[0])}" if len(prefix_of) == 1 else ""
        if (
            name not in nick_of
            and key
            and len(name.split()) == 1
            and resolver.allows(Kind.CHARACTER, name, key)
        ):
            nick_of[name] = prefix_of[0]
            merges.append(Merge(Kind.CHARACTER, name, key, "prefix", 0.7))
            continue
        _entity(out, Kind.CHARACTER, f"{film}/{slug(name)}", name)
    for nick, name in nick_of.items():
        key = out.entity_of.get((Kind.CHARACTER, name)) or f"{film}/{slug(name)}"
        _entity(out, Kind.CHARACTER, key, name).aliases.add(nick)
        out.entity_of[(Kind.CHARACTER, nick)] = key
