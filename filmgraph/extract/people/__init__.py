"""People and characters named in prose, with their role toward the reviewed film.

Roles come only from cues ("directed by X", "X plays Y", "Ilana (Darya Zhovner)"); a person
named without a cue is merely *mentioned*. Someone only compared to ("a Hitchcock touch",
"like Spielberg's Jaws") never becomes this film's director or cast.

The passes, in the order they run (a claim made first keeps its span):

- ``parts``: actor–character pairings in prose, with ``brackets`` for "Part (Actor)";
- ``directors``, ``writers``, then ``cast`` credit lists;
- ``parts.possessive_parts``, ``cast.coordinated_cast``, ``pronouns`` ("He plays X"),
  ``asides`` ("X, a stage actor, plays him", "X brings warmth to Y") and
  ``directors.directors_at_work`` ("Kovacs cuts to") and ``makers`` ("Kovacs draws fine
  performances from"), which need the cast found so far;
- ``auteur``: with no director found, the writer the review keeps naming, or the one it
  introduces by their other films;
- ``mentions``: everyone else named, then ``cast.discussed_actors`` and ``characters``.

``patterns`` holds the shared cue anchors; ``record`` and ``context`` the checks and the
claim-making every pass uses.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..doc import Doc
from .asides import aside_parts
from .auteur import guess_director
from .cast import coordinated_cast, credited_cast, discussed_actors
from .characters import minor_characters
from .directors import directors_at_work, find_directors, strongest_directors
from .makers import maker_idioms
from .mentions import mentions_only
from .parts import find_parts, possessive_parts
from .patterns import KIN_WORDS, anchors_of
from .pronouns import pronoun_directors, pronoun_parts, pronoun_played_by
from .writers import find_writers

__all__ = ["KIN_WORDS", "PeopleExtractor"]


@dataclass(frozen=True)
class PeopleExtractor:
    name: str = "prose-people"
    version: str = "1.0"

    def __call__(self, doc: Doc) -> None:
        if not doc.film:
            mentions_only(doc)
            return
        # cue positions shared by every pass, found once each
        anchors = anchors_of(doc.text, doc.lowered())
        find_parts(doc, anchors)
        find_directors(doc, anchors)
        find_writers(doc, anchors)
        credited_cast(doc, anchors)
        possessive_parts(doc, anchors)
        coordinated_cast(doc)
        pronoun_parts(doc)
        pronoun_played_by(doc, anchors)
        aside_parts(doc, anchors)
        pronoun_directors(doc, anchors)
        directors_at_work(doc, anchors)
        maker_idioms(doc, anchors)
        strongest_directors(doc)
        guess_director(doc)
        mentions_only(doc)
        discussed_actors(doc)
        minor_characters(doc)
