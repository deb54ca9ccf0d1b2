"""People a film source credits on the reviewed film, wherever the review names them.

Prose cues miss much of how critics name a film's makers ("Hitchcock's camera never
blinks", "Altman lets the scene run"). When the shipped film gazetteer (facts from MetaQA,
see ``data/gazetteer/SOURCES.md``) credits someone on this title and the review names that
person, the review is taken to speak of them in that role. The claim cites the first place
the review names them outside a comparison or another film's sentence, and its extractor
name says where the role came from, so it can be audited, or left out as a whole
(``filmgraph eval --without known-credits`` scores the text alone).

The same knowledge corrects prose: once the review shows the source's entry is this film, a
director a loose cue guessed whom the entry does not credit is withdrawn
(:func:`_uncredited_directors`).

>>> from filmgraph.model import Review, Relation
>>> from filmgraph.extract import extract
>>> ex = extract(Review(text="“Vertigo” (1958) is Hitchcock at his most obsessive.", source="x"))
>>> [(c.object, c.extractor) for c in ex.claims_for(Relation.DIRECTOR)]
[('Alfred Hitchcock', 'known-credits/1.0')]
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import Kind, Relation, plain_words, surname, unaccented
from .doc import FILM_ROLES, Doc
from .lexicon import FilmEntry
from .people.context import compared, other_film
from .text import squash

__all__ = ["KnownCreditsExtractor"]

# Writers only from the hand-written table's screenplay credits: the other sources credit a
# novel's author as its film's writer, which a review naming the novelist does not say.
_FIELDS = (
    (Relation.DIRECTOR, "directors"),
    (Relation.WRITER, "screenwriters"),
    (Relation.ACTOR, "actors"),
)
_CONFIDENCE = 0.75
_YEAR = re.compile(r"\b(?:19|20)[0-9]{2}\b")


@dataclass(frozen=True)
class KnownCreditsExtractor:
    name: str = "known-credits"
    version: str = "1.0"

    def __call__(self, doc: Doc) -> None:
        entries = doc.film_entries()
        if not entries:
            return
        year = doc.film_year()
        # (start, as written, squashed, folded), folded once for the three relations
        runs = [
            (start, run, name, _folded(name))
            for start, _, run in doc.name_runs()
            for name in (squash(run),)
        ]
        # Same-titled films share a title here: one entry joining a remake's years, or
        # several entries. Their directors are told apart only by the year.
        joined = len(entries) > 1 or any(len(e.years) > 1 for e in entries)
        for relation, column in _FIELDS:
            credited: set[str] = set().union(*(getattr(e, column) for e in entries))
            if credited:
                one = relation is not Relation.ACTOR and joined
                self._credit(doc, relation, credited, year, runs, one_film=one)
        _uncredited_directors(doc, entries)

    def _credit(
        self,
        doc: Doc,
        relation: Relation,
        credited: set[str],
        year: str | None,
        runs: list[tuple[int, str, str, str]],
        *,
        one_film: bool = False,
    ) -> None:
        """Claim ``relation`` for every credited person the review names; with ``one_film``,
        only if it names one of them: a review of a remake that names both versions'
        directors is comparing them, and the sources cannot say whose film this is."""
        # Names are compared as a reader would, case and accents folded: reviews write
        # "Jiri Menzel" and "Almodovar" for the sources' "Jiří Menzel" and "Almodóvar".
        spelt = {_folded(full): full for full in credited}
        by_surname: dict[str, set[str]] = {}
        for full in spelt.values():
            by_surname.setdefault(_folded(surname(full)), set()).add(full)
        # Only runs with a word of a credited name can name one (most runs have none).
        words_of = {w for folded in spelt for w in folded.split()}
        named = [r for r in runs if not words_of.isdisjoint(r[3].split())]
        # A surname the review also gives someone uncredited ("Scott" with George C. Scott
        # named) is not taken for the credited namesake.
        for *_, folded in named:
            words = folded.split()
            if len(words) > 1 and words[-1] in by_surname and folded not in spelt:
                by_surname[words[-1]] = set()
        found: list[tuple[int, str, str, str, str]] = []
        for start, run, name, folded in named:
            if doc.characters.get(name):
                continue  # a part someone plays, sharing a surname with the cast
            said = _credited_in(folded, spelt, by_surname)
            if said is None:
                continue
            # A lone surname stands for the full name the source gives: reviews misspell
            # names the sources spell right ("Brandmuer" for Brandauer).
            person = spelt.get(said) or next(iter(by_surname[said]))
            # Where the run says it, as written ("Almodovar"), for the claim's evidence.
            written = _written(name, said)
            found.append((start, run, name, written, person))
        if one_film and len({person for *_, person in found}) > 1:
            return
        # Who prose already gave this role, spelt as the review spells them ("Jiri Menzel").
        claimed = {_folded(c.object) for c in doc.claims_for_film(relation)}
        for start, run, name, written, person in found:
            if _folded(person) in claimed:
                continue
            if compared(doc, start) or other_film(doc, start) or _other_year(doc, start, year):
                continue  # "a Hitchcock touch"; "played in 1947 by Edmund Gwenn": not this film's
            if name in doc.characters:
                _unguess_character(doc, name)
            at = start + max(0, run.find(written))
            doc.mention(Kind.PERSON, person, at, at + len(written), _CONFIDENCE)
            doc.claim(relation, doc.film or "", person, at, at + len(written), _CONFIDENCE)
            claimed.add(_folded(person))


# A prose director claim below this rests on a loose cue ("Pinter's “The Homecoming”", "a
# John Wayne picture"), not on "directed by X" (0.85 and up).
_LOOSE_CUE = 0.85


def _uncredited_directors(doc: Doc, entries: tuple[FilmEntry, ...]) -> None:
    """Withdraw a director a loose cue found whom the film's sources do not credit, once the
    review shows the sources' entry is this film: someone the entry credits holds a role in
    the review. Then the entry's directors are known, and the loose cue more likely named the
    author of the play, the star or another film's maker. Not a different spelling of a
    credited director ("Andy Davis" for Andrew Davis, "Eric Rohmer"): the surname decides.
    An entry crediting nobody the review gives a role may be a same-titled film of another
    year, whose director says nothing of this one.
    """
    directors = {tuple(plain_words(surname(d))) for e in entries for d in e.directors}
    if not directors:
        return
    # Folded as credits are matched (_credit): the review's "Camara" is the sources' "Cámara".
    people = {_folded(p) for e in entries for p in (*e.directors, *e.screenwriters, *e.actors)}
    loose = [
        c
        for c in doc.claims_for_film(Relation.DIRECTOR)
        if c.confidence < _LOOSE_CUE and tuple(plain_words(surname(c.object))) not in directors
    ]
    gone = {id(c) for c in loose}
    if not loose or not any(
        _folded(c.object) in people
        for c in doc.claims
        if c.relation in FILM_ROLES and id(c) not in gone
    ):
        return
    doc.drop_claims(lambda c: id(c) not in gone)


def _unguess_character(doc: Doc, name: str) -> None:
    """Prose took a lone capitalised word for a character with no actor ("…, and Marwood
    is the reason to see it"); the film's sources credit it as a person's surname."""
    del doc.characters[name]
    doc.withdraw(Relation.CHARACTER, {name})
    doc.mentions[:] = [m for m in doc.mentions if not (m.kind is Kind.CHARACTER and m.name == name)]


def _other_year(doc: Doc, pos: int, year: str | None) -> bool:
    """The sentence dates what it tells before the name, and not with the film's year: the
    sources give one entry to same-titled films, so this may be the earlier version's cast."""
    s, _ = doc.sentence_at(pos)
    return any(m.group(0) != year for m in _YEAR.finditer(doc.text, s, pos))


def _credited_in(
    folded: str, spelt: dict[str, str], by_surname: dict[str, set[str]]
) -> str | None:
    """The credited person a capitalised run (``folded``) names, as a folded name: the full
    name inside the run ("Director Alfred Hitchcock"), or a lone surname that only one
    credited person has."""
    if folded in spelt:
        return folded
    words = folded.split()
    if len(words) == 1:
        return words[0] if len(by_surname.get(words[0], ())) == 1 else None
    # Every run of whole words inside the run, as a name the sources may give.
    inside = {
        " ".join(words[i:j]) for i in range(len(words)) for j in range(i + 2, len(words) + 1)
    }
    found = inside & spelt.keys()
    return min(found) if found else None


def _folded(name: str) -> str:
    """``name`` with case and accents folded, its words kept as they are split ("O'Toole"
    stays one word)."""
    return " ".join(unaccented(name).casefold().split())


def _written(name: str, folded: str) -> str:
    """The words of ``name`` whose folded form is ``folded`` ("Almodovar" in "Pedro
    Almodovar" for "almodovar"); ``name`` itself if its words fold otherwise."""
    words = name.split()
    want = folded.split()
    for i in range(len(words) - len(want) + 1):
        if [_folded(w) for w in words[i : i + len(want)]] == want:
            return " ".join(words[i : i + len(want)])
    return name
