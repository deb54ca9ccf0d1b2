"""Extraction: a review in, mentions and claims with character spans out. No RDF here.

>>> from filmgraph.model import Review, Relation
>>> text = "“Example Film” is set in Paris.\\n\\nCast: Jane Doe, John Roe\\n"
>>> ex = extract(Review(text=text, source="x.txt"))
>>> ex.film_title
'Example Film'
>>> sorted(c.object for c in ex.claims_for(Relation.ACTOR))
['Jane Doe', 'John Roe']
"""

from __future__ import annotations

from collections.abc import Sequence

from ..model import Claim, Extraction, Kind, Relation, Review
from .credits import CreditsExtractor
from .dates import DateExtractor
from .doc import FILM_ROLES, Doc, Extractor
from .known_credits import KnownCreditsExtractor
from .lexicon import Lexicon, default_lexicon
from .meta import MetaExtractor
from .people import PeopleExtractor
from .period_model import PeriodScorer
from .places import PlaceExtractor
from .setting_model import SettingScorer
from .themes import ThemeExtractor
from .title import TitleExtractor

__all__ = ["DEFAULT_EXTRACTORS", "Doc", "Extractor", "extract"]

#: Order matters: the title first (claims hang off the film), then the credits block (it names
#: the cast that prose patterns then recognise), then prose, the film gazetteer's credits for
#: people the prose named without a cue, places (the rules, then the learned setting model),
#: the story's periods and the film's year (the rules, then the learned period model), themes,
#: the rest.
DEFAULT_EXTRACTORS: tuple[Extractor, ...] = (
    TitleExtractor(),
    CreditsExtractor(),
    PeopleExtractor(),
    KnownCreditsExtractor(),
    PlaceExtractor(),
    SettingScorer(),
    DateExtractor(),
    PeriodScorer(),
    ThemeExtractor(),
    MetaExtractor(),
)

_MENTIONS = "mentions/1.0"


def extract(
    review: Review,
    *,
    extractors: Sequence[Extractor] = DEFAULT_EXTRACTORS,
    lexicon: Lexicon | None = None,
) -> Extraction:
    """Run the extractors over one review."""
    doc = Doc.of(review, lexicon or default_lexicon())
    for extractor in extractors:
        extractor(doc.using(extractor))
    _mentioned(doc)
    return Extraction(
        review, doc.title, doc.mentions, doc.claims, {k: set(v) for k, v in doc.aliases.items()}
    )


def _mentioned(doc: Doc) -> None:
    """People named in the review with no role on the film are recorded as mentioned."""
    credited = {c.object for c in doc.claims if c.relation in FILM_ROLES}
    critics = {c.object for c in doc.claims if c.relation is Relation.CRITIC}
    known = credited | critics
    done: set[str] = set()
    # In text order: a mention's claim cites the first place the person is named.
    for m in sorted(doc.mentions, key=lambda m: m.span.start):
        if m.kind is not Kind.PERSON or m.name in done or m.name in known:
            continue
        done.add(m.name)
        if any(m.name in full.split() for full in known):
            continue  # a surname of someone credited: resolution maps it, not a new person
        doc.record(Claim(Relation.MENTIONED, "", m.name, m.span, _MENTIONS, m.confidence))
