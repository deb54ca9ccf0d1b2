"""The working state the extractors share while reading one review."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from typing import Protocol, TypeVar, cast

from ..model import UNTITLED_FILM, Claim, Kind, Mention, Relation, Review, Span
from .glue import Repaired, repair
from .lexicon import FilmEntry, Lexicon, PlaceEntry
from .namesakes import bare_namesakes
from .place_cues import place_mentions
from .text import NAME_RE, lowered, sentences

T = TypeVar("T")

__all__ = ["FILM_ROLES", "Doc", "Extractor"]


@dataclass(slots=True)
class Doc:
    """One review being read: the repaired text, what has been found so far, and the lexicon.

    Extractors run in order and may read what earlier ones found (the credits block names the
    cast that prose patterns then recognise). Spans are given on the repaired text and stored
    on the original. Claims are added with ``claim()`` (or ``record()``) and removed with
    ``drop_claims()``, never by editing ``claims`` itself: ``has_claim`` reads an index of them.
    """

    review: Review
    lexicon: Lexicon
    repaired: Repaired
    sentences: list[tuple[int, int]]
    film: str | None = None
    film_span: Span | None = None
    mentions: list[Mention] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    roles: dict[str, set[Relation]] = field(default_factory=dict)  # person name → film roles
    characters: dict[str, str | None] = field(default_factory=dict)  # character → actor
    aliases: dict[tuple[Kind, str], set[str]] = field(default_factory=dict)  # nicknames met
    # What is worked out about the text on first use and kept for every later pass (the
    # lowered text, the name runs, the places, the story's clauses), by name: ``derived``.
    _memo: dict[str, object] = field(default_factory=dict)
    # (relation, object) → subjects claimed: has_claim in constant time, as a page of names
    # made it quadratic. Kept by record() and drop_claims(), the only ways claims change.
    _claimed: dict[tuple[Relation, str], set[str]] = field(default_factory=dict)
    _extractor: str = "unknown"

    @classmethod
    def of(cls, review: Review, lexicon: Lexicon) -> Doc:
        fixed = repair(review.text, lexicon.is_name_token, lexicon.people.__contains__)
        return cls(review, lexicon, fixed, sentences(fixed.text, abbreviates=lexicon.abbreviates))

    def derived(self, name: str, build: Callable[[Doc], T]) -> T:
        """What ``build`` works out from this review for more than one extractor (the story's
        clauses, the periods named), built on first use and kept with the review, as
        :meth:`Lexicon.derived` keeps what is worked out from a lexicon.

        >>> from filmgraph.extract.lexicon import default_lexicon
        >>> doc = Doc.of(Review(text="Ann ran.", source="x"), default_lexicon())
        >>> doc.derived("n", lambda d: len(d.text)), doc.derived("n", lambda d: 0)
        (8, 8)
        """
        if name not in self._memo:
            self._memo[name] = build(self)
        return cast(T, self._memo[name])

    @property
    def text(self) -> str:
        return self.repaired.text

    def span(self, start: int, end: int) -> Span:
        s, e = self.repaired.original(start, end)
        return Span(s, max(s, e))

    def name_runs(self) -> list[tuple[int, int, str]]:
        """Every run of capitalised words (start, end, text), scanned once per review.

        >>> from filmgraph.extract.lexicon import default_lexicon
        >>> doc = Doc.of(Review(text="Ann Lee met Bo.", source="x"), default_lexicon())
        >>> doc.name_runs()
        [(0, 7, 'Ann Lee'), (12, 14, 'Bo')]
        """
        return self.derived("name_runs", _name_runs)

    def headline_end(self) -> int:
        """Where the first line ends if it is short enough to be a headline (200 characters
        or less), else 0: the title, the release year and the period readers all ask.

        >>> from filmgraph.extract.lexicon import default_lexicon
        >>> text = "Kaltfront (2023)" + chr(10) + "It is cold."
        >>> Doc.of(Review(text=text, source="x"), default_lexicon()).headline_end()
        16
        """
        return max(0, self.text.find("\n", 0, 201))

    def lowered(self) -> str:
        """The text in lower case with every offset kept (:func:`.text.lowered`), made once:
        cue words are found in it, and word lists are searched in it case-sensitively,
        which is several times faster than a case-blind search of the text."""
        return self.derived("lowered", lambda d: lowered(d.text))

    def place_mentions(self) -> list[tuple[PlaceEntry, int, int, str]]:
        """Every gazetteer place the text names (place, start, end, surface), found once.

        >>> from filmgraph.extract.lexicon import default_lexicon
        >>> doc = Doc.of(Review(text="From Paris to Nome.", source="x"), default_lexicon())
        >>> [(p.name, s) for p, s, _, _ in doc.place_mentions()]
        [('Paris', 5), ('Nome', 14)]
        """
        return self.derived("place_mentions", _place_mentions)

    def using(self, extractor: Extractor) -> Doc:
        self._extractor = f"{extractor.name}/{extractor.version}"
        return self

    def opens_sentence(self, pos: int) -> bool:
        """Whether only spaces, quotes or brackets stand between ``pos`` and the start of its
        sentence: a name there is the sentence's subject ("“Nina Reuter plays her").

        >>> from filmgraph.extract.lexicon import default_lexicon
        >>> doc = Doc.of(Review(text="Ann ran. “Bo sat,” Cy said.", source="x"), default_lexicon())
        >>> doc.opens_sentence(10), doc.opens_sentence(19)
        (True, False)
        """
        start, _ = self.sentence_at(pos)
        return all(c in _OPENING for c in self.text[start:pos])

    def sentence_at(self, pos: int) -> tuple[int, int]:
        """The span of the sentence holding ``pos``. Sentences need not touch: a position
        between two (the space after a full stop) is in none, and gets the whole text, so
        ``sentence_at(start - 1)`` is no way to the sentence before.

        >>> from filmgraph.extract.lexicon import default_lexicon
        >>> doc = Doc.of(Review(text="Ann ran. Bo sat.", source="x"), default_lexicon())
        >>> doc.sentence_at(10), doc.sentence_at(8)
        ((9, 16), (0, 16))
        """
        i = bisect_right(self.sentences, (pos, len(self.text) + 1)) - 1
        if i >= 0 and self.sentences[i][0] <= pos < self.sentences[i][1]:
            return self.sentences[i]
        return 0, len(self.text)

    def mention(self, kind: Kind, name: str, start: int, end: int, confidence: float = 1.0) -> None:
        self.mentions.append(
            Mention(kind, name, self.span(start, end), self._extractor, confidence)
        )

    def claim(
        self,
        relation: Relation,
        subject: str,
        obj: str,
        start: int,
        end: int,
        confidence: float = 1.0,
    ) -> None:
        self.record(
            Claim(relation, subject, obj, self.span(start, end), self._extractor, confidence)
        )
        if relation in FILM_ROLES:
            self.roles.setdefault(obj, set()).add(relation)

    def record(self, claim: Claim) -> None:
        """Add a claim made elsewhere (its span already on the stored text)."""
        self.claims.append(claim)
        self._claimed.setdefault((claim.relation, claim.object), set()).add(claim.subject)

    def drop_claims(self, keep: Callable[[Claim], bool]) -> None:
        """Keep only the claims ``keep`` accepts. A person loses a film role no kept claim
        gives them any more, so later passes no longer read them as, say, the director.

        >>> from filmgraph.extract.lexicon import default_lexicon
        >>> doc = Doc.of(Review(text="Ann Lee's film.", source="x"), default_lexicon())
        >>> doc.claim(Relation.DIRECTOR, "Film", "Ann Lee", 0, 7)
        >>> doc.claim(Relation.ACTOR, "Film", "Ann Lee", 0, 7)
        >>> doc.drop_claims(lambda c: c.relation is not Relation.DIRECTOR)
        >>> doc.roles["Ann Lee"] == {Relation.ACTOR}, doc.has_claim(Relation.DIRECTOR, "Ann Lee")
        (True, False)
        """
        kept: list[Claim] = []
        dropped: list[Claim] = []
        for c in self.claims:
            (kept if keep(c) else dropped).append(c)
        self.claims[:] = kept
        self._claimed.clear()
        for c in kept:
            self._claimed.setdefault((c.relation, c.object), set()).add(c.subject)
        for c in dropped:
            if c.relation in FILM_ROLES and (c.relation, c.object) not in self._claimed:
                self.roles.get(c.object, set()).discard(c.relation)

    def withdraw(self, relation: Relation, objects: Collection[str]) -> None:
        """Drop every ``relation`` claim whose object is one of ``objects`` (a later pass
        judged them wrong), as :meth:`drop_claims` does."""
        if objects:
            self.drop_claims(lambda c: not (c.relation is relation and c.object in objects))

    def claims_for_film(self, relation: Relation) -> list[Claim]:
        return [c for c in self.claims if c.relation is relation]

    def person_words(self) -> set[str]:
        """The words this review so far calls a person or a part by: a name it uses alone
        ("Sydney" for an actor, "Barstow" for a part), and the words of a full name that
        opens with a given name ("Austin Lowe", "Mark Flint"). Not Shanghai of "Shanghai
        Lily" or Paris of "Cleo of Paris", nor of "In Paris Elmer meets…", a place and a
        given name read as one name.

        >>> from filmgraph.extract.lexicon import default_lexicon
        >>> doc = Doc.of(Review(text="Ann Lee met Bo.", source="x"), default_lexicon())
        >>> for name in ("Austin Lowe", "Shanghai Lily", "Cleo of Paris", "Paris Elmer", "Barstow"):
        ...     doc.mention(Kind.CHARACTER, name, 0, 7)
        >>> sorted(doc.person_words())
        ['Austin', 'Barstow', 'Lowe']
        """
        given, place = self.lexicon.first_names, self.lexicon.place
        words = set()
        for name in {m.name for m in self.mentions if m.kind in _NAMED}:
            first, *rest = name.split()
            if not rest:
                words.add(first)
            elif (
                first in given
                and _LINKS.isdisjoint(rest)
                and not (rest[-1] in given and place(first) is not None)
            ):
                words.update((first, *rest))
        return words

    def places_not_people(self) -> list[tuple[PlaceEntry, int, int, str]]:
        """The place mentions less the one-word names this review gives a person or a part
        (:meth:`person_words`): after "the chemist, Austin Lowe", "Austin" is the man. And
        a place word that opens a name the review gives someone is not the place where it
        does ("Tulsa Brandt (Oskar Lind)"), though it may be elsewhere.

        >>> from filmgraph.extract.lexicon import default_lexicon
        >>> doc = Doc.of(Review(text="Tulsa Brandt lives in Tulsa.", source="x"), default_lexicon())
        >>> doc.mention(Kind.CHARACTER, "Tulsa Brandt", 0, 12)
        >>> [(p.name, start) for p, start, _, _ in doc.places_not_people()]
        [('Tulsa', 22)]
        """
        words = self.person_words()
        text = self.text
        opening: dict[str, list[str]] = {}
        for m in self.mentions:
            if m.kind in _NAMED and " " in m.name:
                opening.setdefault(m.name.split()[0], []).append(m.name)
        return [
            m
            for m in self.place_mentions()
            if (" " in m[3] or m[3] not in words)
            and not any(text.startswith(name, m[1]) for name in opening.get(m[3], ()))
        ]

    @property
    def title(self) -> str | None:
        """The reviewed film's title; None when the review did not give it away, though
        ``film``, the subject of its claims, is then :data:`~filmgraph.model.UNTITLED_FILM`.
        What is looked up or matched by title reads this, never ``film``."""
        return None if self.film == UNTITLED_FILM else self.film

    def film_year(self) -> str | None:
        """The reviewed film's year, as the review states it (None if it does not)."""
        year = next((c.object for c in self.claims_for_film(Relation.YEAR)), None)
        return year if year and year.isdigit() else None

    def film_entries(self) -> tuple[FilmEntry, ...]:
        """What the film sources know of the reviewed film: the entries under its title,
        only those of its year when the review states one."""
        return self.lexicon.film(self.title, self.film_year()) if self.title else ()

    def has_claim(self, relation: Relation, obj: str, subject: str | None = None) -> bool:
        subjects = self._claimed.get((relation, obj), set())
        return bool(subjects) and (subject is None or subject in subjects)


#: The roles a person holds on the reviewed film (``Doc.roles``).
FILM_ROLES = (Relation.DIRECTOR, Relation.WRITER, Relation.ACTOR)
_NAMED = (Kind.PERSON, Kind.CHARACTER)
_OPENING = frozenset(" \n\t“”\"‘’'(")  # what may stand before a sentence's first word
_LINKS = frozenset({"of", "from", "de", "du", "von", "van"})  # "Cleo of Paris"


class Extractor(Protocol):
    """One extraction step: reads the doc, adds mentions and claims to it.

    A stronger model (a trained NER, an LLM) plugs in as one more object with a ``name``, a
    ``version`` and this call.
    """

    @property
    def name(self) -> str: ...

    @property
    def version(self) -> str: ...

    def __call__(self, doc: Doc) -> None: ...


def _name_runs(doc: Doc) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group(0)) for m in NAME_RE.finditer(doc.text)]


def _place_mentions(doc: Doc) -> list[tuple[PlaceEntry, int, int, str]]:
    return bare_namesakes(doc.text, doc.lexicon, list(place_mentions(doc.text, doc.lexicon)))
