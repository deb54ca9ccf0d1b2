"""Plain values that flow between the stages, and the name rules they share: no RDF, no I/O.

A :class:`Review` comes out of :mod:`filmgraph.sources`; :mod:`filmgraph.extract` turns it into
an :class:`Extraction` of :class:`Mention` and :class:`Claim` values with character spans;
:mod:`filmgraph.resolve` groups mentions into :class:`Entity` values.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from enum import StrEnum

__all__ = [
    "UNTITLED_FILM",
    "Claim",
    "Entity",
    "Extraction",
    "Kind",
    "Mention",
    "Merge",
    "Period",
    "Relation",
    "ResolvedReview",
    "Review",
    "Span",
    "place_name",
    "plain_words",
    "surname",
    "unaccented",
]


class Kind(StrEnum):
    """What an entity is; the value is the IRI path segment."""

    FILM = "film"
    PERSON = "person"
    CHARACTER = "character"
    PLACE = "place"
    THEME = "theme"
    ORGANIZATION = "organization"


class Relation(StrEnum):
    """What a claim says. Subject and object kinds are given in comments."""

    DIRECTOR = "director"  # film → person
    WRITER = "writer"  # film → person
    ACTOR = "actor"  # film → person
    CHARACTER = "character"  # film → character
    PLAYED_BY = "played_by"  # character → person
    SETTING = "setting"  # film → place
    FILMING_LOCATION = "filming_location"  # film → place
    CONTAINED_IN = "contained_in"  # place → place
    THEME = "theme"  # film → theme
    DISTRIBUTOR = "distributor"  # film → organization
    MENTIONED = "mentioned"  # review → person (named, but not credited on the film)
    CRITIC = "critic"  # review → person
    PUBLISHER = "publisher"  # review → organization
    # literal-valued: the object is a string value, not an entity
    TITLE = "title"  # film → "Closeness"
    YEAR = "year"  # film → "2017"
    TIME_SETTING = "time_setting"  # film → "1998"
    DURATION = "duration"  # film → "PT1H58M"
    RATING = "rating"  # film → "Unrated"
    RATING_REASON = "rating_reason"  # film → free text
    LANGUAGE = "language"  # film → "ru"
    SUBTITLE_LANGUAGE = "subtitle_language"  # film → "en"
    ASPECT_RATIO = "aspect_ratio"  # film → "4:3"


#: The subject of a review's film claims when the review's title could not be found: its
#: cast and places are still the reviewed film's, which resolution makes a film node of its
#: own, marked as untitled (:func:`filmgraph.resolve.resolve`); ``Extraction.film_title`` is
#: then None.
UNTITLED_FILM = "(untitled)"

LITERAL_RELATIONS = frozenset(
    {
        Relation.TITLE,
        Relation.YEAR,
        Relation.TIME_SETTING,
        Relation.DURATION,
        Relation.RATING,
        Relation.RATING_REASON,
        Relation.LANGUAGE,
        Relation.SUBTITLE_LANGUAGE,
        Relation.ASPECT_RATIO,
    }
)


@dataclass(frozen=True, slots=True)
class Span:
    """A half-open character range ``text[start:end]`` of the review text."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"bad span {self.start}..{self.end}")


@dataclass(frozen=True, slots=True)
class Review:
    """One review as read from a source, before any extraction.

    ``source`` is where it came from (a file path, ``path#line`` for JSON Lines, or a URL);
    it is the review's identity: ingesting the same source again replaces its graph.

    >>> r = Review(text="A fine film.", source="a.txt")
    >>> r.id == Review(text="changed", source="a.txt").id
    True
    >>> r.content_hash.startswith("sha256:")
    True
    """

    text: str
    source: str
    format: str = "txt"
    title: str | None = None
    author: str | None = None
    publisher: str | None = None
    url: str | None = None
    date: str | None = None
    film_title: str | None = None
    film_year: str | None = None

    @property
    def id(self) -> str:
        """A stable identifier derived from the source, not the content."""
        return hashlib.sha256(self.source.encode("utf-8")).hexdigest()[:20]

    @property
    def content_hash(self) -> str:
        """A hash of everything read from the source; changes when the review changes."""
        h = hashlib.sha256()
        for part in (self.text, self.title, self.author, self.publisher, self.url, self.date):
            h.update((part or "").encode("utf-8"))
            h.update(b"\x00")
        for part in (self.film_title, self.film_year):
            h.update((part or "").encode("utf-8"))
            h.update(b"\x00")
        return "sha256:" + h.hexdigest()


@dataclass(frozen=True, slots=True)
class Mention:
    """A name in the text that refers to an entity of ``kind``.

    ``name`` is the name as normalised by the extractor (glued words split, whitespace folded);
    ``span`` locates the surface form in the review text.
    """

    kind: Kind
    name: str
    span: Span
    extractor: str
    confidence: float = 1.0


@dataclass(frozen=True, slots=True)
class Claim:
    """One statement extracted from a review.

    ``subject`` and ``object`` are mention names (matched by kind and name in resolution)
    or, for :data:`LITERAL_RELATIONS`, ``object`` is the literal value. The subject of a
    film relation is the reviewed film's title; of ``CRITIC``/``MENTIONED``/``PUBLISHER`` it
    is the empty string, meaning the review itself.
    """

    relation: Relation
    subject: str
    object: str
    span: Span
    extractor: str
    confidence: float = 1.0

    @property
    def is_literal(self) -> bool:
        return self.relation in LITERAL_RELATIONS


@dataclass(slots=True)
class Extraction:
    """Everything the extractors found in one review."""

    review: Review
    film_title: str | None
    mentions: list[Mention] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    aliases: dict[tuple[Kind, str], set[str]] = field(default_factory=dict)

    def claims_for(self, relation: Relation) -> list[Claim]:
        return [c for c in self.claims if c.relation is relation]


@dataclass(slots=True)
class Entity:
    """One real-world thing after resolution: a film, person, character, place, theme, org.

    ``key`` is the deterministic identity (the IRI slug): the same person in two reviews has
    the same key. ``aliases`` are the other names met in text ("Balagov", "Ila").
    """

    kind: Kind
    key: str
    name: str
    aliases: set[str] = field(default_factory=set)
    mentions: list[Mention] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Merge:
    """A rule-made identification of two names, kept so it can be audited and undone."""

    kind: Kind
    alias: str
    key: str
    method: str
    score: float


@dataclass(slots=True)
class ResolvedReview:
    """An extraction whose mention names are mapped onto entities.

    ``entity_of`` maps ``(kind, name as in the claims)`` to the entity's key.
    """

    extraction: Extraction
    film: Entity | None
    entities: dict[tuple[Kind, str], Entity] = field(default_factory=dict)
    entity_of: dict[tuple[Kind, str], str] = field(default_factory=dict)
    merges: list[Merge] = field(default_factory=list)

    @property
    def review(self) -> Review:
        return self.extraction.review

    def lookup(self, kind: Kind, name: str) -> Entity | None:
        key = self.entity_of.get((kind, name))
        return None if key is None else self.entities.get((kind, key))


_NAME_SUFFIXES = frozenset({"Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV"})


def place_name(name: str) -> str:
    """A gazetteer place's name less the qualifier that tells namesakes apart.

    >>> place_name("Georgia (U.S. state)"), place_name("New York City")
    ('Georgia', 'New York City')
    """
    return re.sub(r"\s*\([^()]*\)$", "", name) or name


def surname(name: str) -> str:
    """The last word of a person's name, past a generational suffix: the word a review
    names them by on second mention, which extraction, resolution and linking all read.

    >>> surname("Robert Downey, Jr."), surname("Sammy Davis Jr."), surname("Ann Lee")
    ('Downey', 'Davis', 'Lee')
    """
    words = name.replace(",", " ").split()
    while len(words) > 1 and words[-1] in _NAME_SUFFIXES:
        words.pop()
    return words[-1] if words else name


def unaccented(text: str) -> str:
    """``text`` with its letters' accents taken off: how extraction, resolution, linking and
    the scorer all compare names ("Almodovar" is Almodóvar).

    >>> unaccented("Jiří Menzel, Almodóvar")
    'Jiri Menzel, Almodovar'
    """
    if text.isascii():  # nothing to decompose (most titles and names)
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def plain_words(text: str) -> list[str]:
    """The words of ``text`` with case, accents and punctuation folded away, for comparing
    names and titles as a reader would.

    >>> plain_words("José  Ferrer, Jr."), plain_words("Amélie!")
    (['jose', 'ferrer', 'jr'], ['amelie'])
    """
    return re.sub(r"[^\w]+", " ", unaccented(text).casefold()).split()


_PERIOD = re.compile(r"(\d{1,4})(?:/(\d{1,4}))?")


@dataclass(frozen=True, order=True, slots=True)
class Period:
    """When a story takes place: whole years, ``start`` to ``end`` inclusive. Written as an
    ISO 8601 year or year interval, the form ``schema:temporalCoverage`` takes, so a query can
    compare periods without parsing prose ("the 1950s" is 1950/1959).

    >>> str(Period(1998, 1998)), str(Period.decade(1950)), str(Period.century(19))
    ('1998', '1950/1959', '1800/1899')
    >>> Period.parse("1939/1945").contains(Period.parse("1944"))
    True
    """

    start: int
    end: int

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ValueError(f"a period cannot end ({self.end}) before it starts ({self.start})")

    def __str__(self) -> str:
        return str(self.start) if self.start == self.end else f"{self.start}/{self.end}"

    @classmethod
    def parse(cls, value: str) -> Period:
        """``"1998"`` or ``"1939/1945"``; anything else is a ValueError."""
        m = _PERIOD.fullmatch(value.strip())
        if m is None:
            raise ValueError(f"not a year or a year/year interval: {value!r}")
        start = int(m[1])
        return cls(start, int(m[2]) if m[2] else start)

    @classmethod
    def decade(cls, first_year: int) -> Period:
        return cls(first_year, first_year + 9)

    @classmethod
    def century(cls, ordinal: int) -> Period:
        """The 19th century as people write it: the 1800s."""
        return cls((ordinal - 1) * 100, (ordinal - 1) * 100 + 99)

    def contains(self, other: Period) -> bool:
        return self.start <= other.start and other.end <= self.end
