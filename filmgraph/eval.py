"""Measure extraction against gold: precision, recall and F1 per relation.

A gold file is JSON::

    {"reviews": [{"source": "ebert/123.txt", "film": "Room",
                  "director": ["Lenny Abrahamson"], "actor": ["Brie Larson", ...],
                  "role": [["Brie Larson", "Ma"], ...], "setting": ["Paris"],
                  "filming_location": [...], "writer": [...], "theme": ["kidnapping"],
                  "time_setting": ["1998", "1950/1959"], "year": ["2015"]}]}

``source`` is relative to a root folder (``../shared/corpus`` by default). A relation absent
from a record is not scored for that review; an empty list means "the text states none", so
every prediction there is a false positive. A gold item may be a list of acceptable variants
(``["Forrest Whitaker", "Forest Whitaker"]``); in a role pair either side may be. A record
may also name its annotation ``batch``; any other key is an error, so a misspelt relation is
never silently left unscored.

A predicted place counts for the gold place it lies in ("Manhattan" for "New York City"); a
predicted place around a gold one ("Alaska" when gold names only Nome) is true of the story,
so it is neither a hit nor a false positive.

A ``time_setting`` is when the story takes place, an ISO 8601 year or year interval
(``docs/annotating-periods.md``); a predicted period around a gold one ("1939/1945" for a
story gold dates to 1944) is neither a hit nor a false positive. ``year`` is the film's own.

Names match case- and accent-insensitively. A predicted person is scored by the name of the
entity it *resolves* to: "Balagov" counts as Kantemir Balagov only when resolution joined it
to that full name in the review, never on its own.

>>> gold = parse_gold({"reviews": [{"source": "a.txt", "director": ["José Ferrer"]}]})
>>> from filmgraph.model import Review
>>> from filmgraph.extract import extract
>>> ex = extract(Review(text="“Example” (1950), directed by Jose Ferrer.", source="a.txt"))
>>> report = evaluate(gold, {"a.txt": ex})
>>> report.scores["director"].f1
1.0
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import partial
from pathlib import Path
from typing import Any

from .errors import InputError
from .extract import DEFAULT_EXTRACTORS, extract
from .extract.lexicon import default_lexicon
from .extract.people import KIN_WORDS
from .files import read_text
from .model import Extraction, Kind, Period, Relation, Review, place_name, plain_words
from .resolve import resolve, slug
from .sources import read_review
from .summaries import iter_summaries
from .wikiplots import iter_plots

__all__ = [
    "RELATIONS",
    "EvalReport",
    "GoldReview",
    "Score",
    "check_extractors",
    "evaluate",
    "format_report",
    "judge",
    "load_gold",
    "normalise",
    "parse_gold",
    "place_fact",
    "predicted_facts",
    "read_gold_reviews",
    "run_eval",
]

#: The relations scored, in the order the table prints them.
RELATIONS = (
    "director",
    "writer",
    "actor",
    "role",
    "setting",
    "filming_location",
    "theme",
    "time_setting",
    "year",
)
_PERSON = {"director": Relation.DIRECTOR, "writer": Relation.WRITER, "actor": Relation.ACTOR}
_PLACE = {"setting": Relation.SETTING, "filming_location": Relation.FILMING_LOCATION}
#: Literal facts about the film, scored as years ("1998") or ISO year intervals ("1950/1959").
_YEARS = frozenset({"time_setting", "year"})

#: What a gold record may hold: its source, the film, an annotation batch, and the relations.
_KEY_ORDER = ("source", "film", "batch", *RELATIONS)
_RECORD_KEYS = frozenset(_KEY_ORDER)

#: Where gold sources are read from unless told otherwise: the shared corpus next to the
#: checkout.
SHARED_CORPUS = Path("..") / "shared" / "corpus"

Variants = frozenset[str]
Item = Variants | tuple[Variants, Variants]
Fact = str | tuple[str, ...]  # a name; (actor, character); (place, *its parents)


def normalise(name: str) -> str:
    """Fold case, accents, punctuation and a leading article for comparing names.

    >>> normalise("José  Ferrer"), normalise("Samuel L. Jackson"), normalise("The Bronx")
    ('jose ferrer', 'samuel l jackson', 'bronx')
    """
    words = plain_words(name)
    if words and words[0] == "the" and len(words) > 1:
        words = words[1:]
    return " ".join(words)


@dataclass(frozen=True, slots=True)
class GoldReview:
    """The facts one review states, as sets of acceptable variants per relation."""

    source: str
    film: str | None
    facts: dict[str, tuple[Item, ...]]


@dataclass(slots=True)
class Score:
    """True positives, false positives and false negatives of one relation."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: Score) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    def as_dict(self) -> dict[str, float | int]:
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
        }


@dataclass(slots=True)
class EvalReport:
    """Each review's scores, their sums per relation and micro-average, and every miss for
    error analysis."""

    #: Each scored review's own counts (source → relation → score): what the sums add up,
    #: and what a bootstrap over reviews resamples (:mod:`filmgraph.intervals`).
    by_review: dict[str, dict[str, Score]] = field(default_factory=dict)
    missing: list[str] = field(default_factory=list)  # gold sources with no extraction
    film_correct: int = 0
    film_total: int = 0
    errors: list[dict[str, Any]] = field(default_factory=list)

    @property
    def reviews(self) -> int:
        """How many reviews were scored: those with an extraction."""
        return len(self.by_review)

    @property
    def scores(self) -> dict[str, Score]:
        """Per relation (every one of :data:`RELATIONS`), the sum over the reviews."""
        total = {r: Score() for r in RELATIONS}
        for own in self.by_review.values():
            for relation, score in own.items():
                total[relation].add(score)
        return total

    @property
    def micro(self) -> Score:
        total = Score()
        for score in self.scores.values():
            total.add(score)
        return total

    def as_dict(self) -> dict[str, Any]:
        return {
            "reviews": self.reviews,
            "missing": self.missing,
            "film_title_accuracy": self.film_correct / self.film_total if self.film_total else None,
            "relations": {name: s.as_dict() for name, s in self.scores.items()},
            "micro": self.micro.as_dict(),
        }


# -- gold ------------------------------------------------------------------------------------
def _variants(value: Any, where: str, fold: Callable[[str], str] = normalise) -> Variants:
    names = [value] if isinstance(value, str) else value
    if not isinstance(names, list) or not names or not all(isinstance(n, str) for n in names):
        raise InputError(where, f"expected a name or a list of variant names, got {value!r}")
    return frozenset(fold(n) for n in names)


def _item(relation: str, value: Any, where: str) -> Item:
    if relation == "role":
        if not isinstance(value, list) or len(value) != 2:
            raise InputError(where, f"a role is [actor, character], got {value!r}")
        return (_variants(value[0], where), _variants(value[1], where))
    if relation == "theme":
        # By slug, as the extractor claims them: gold may give the SKOS label instead.
        return _variants(value, where, slug)
    if relation in _YEARS:
        return _variants(value, where, partial(_period, where))
    names = _variants(value, where, str)
    if relation in _PLACE:
        # A place as the gazetteer names it too: gold "New York" is the row "New York City",
        # which is what a prediction resolves to. (No row has the bare "Washington".)
        lexicon = default_lexicon()
        names |= {e.name for e in map(lexicon.place, names) if e is not None}
        names = frozenset(place_name(n) for n in names)
    return frozenset(normalise(n) for n in names)


def _predicted_period(value: str) -> str:
    """A predicted period as gold writes it ("1950/1959"); one not written as years (a
    plugged-in extractor's "the fifties") stays as it is, and so matches no gold period."""
    period = _parsed(value)
    return str(period) if period else value


def _parsed(value: str) -> Period | None:
    try:
        return Period.parse(value)
    except ValueError:
        return None


def _period(where: str, value: str) -> str:
    """A gold year or period, as the extractor writes it ("1950/1959")."""
    try:
        return str(Period.parse(value))
    except ValueError as err:
        raise InputError(where, str(err)) from None


def parse_gold(data: Any, *, where: str = "gold") -> list[GoldReview]:
    """Gold records from parsed JSON; every problem names the record."""
    records = data.get("reviews") if isinstance(data, Mapping) else None
    if not isinstance(records, list):
        raise InputError(where, 'expected {"reviews": [...]}')
    if not records:
        raise InputError(where, "no gold records: nothing to score")  # not a perfect 1.000
    out = []
    first: dict[str, int] = {}  # source → its record: one review scored twice skews the table
    for i, rec in enumerate(records):
        at = f"{where}: reviews[{i}]"
        if not isinstance(rec, dict) or not isinstance(rec.get("source"), str):
            raise InputError(at, "a record needs a string 'source'")
        if first.setdefault(rec["source"], i) != i:
            raise InputError(at, f"{rec['source']!r} is already reviews[{first[rec['source']]}]")
        # A misspelt relation ("directr") would otherwise go unscored without a word, and
        # the table would report a perfect score for a relation nobody checked.
        unknown = sorted(set(rec) - _RECORD_KEYS)
        if unknown:
            raise InputError(at, f"unknown key {unknown[0]!r} (keys: {', '.join(_KEY_ORDER)})")
        facts = {}
        for relation in RELATIONS:
            if relation in rec:
                values = rec[relation]
                if not isinstance(values, list):
                    raise InputError(at, f"'{relation}' must be a list")
                facts[relation] = tuple(_item(relation, v, f"{at}.{relation}") for v in values)
        out.append(GoldReview(rec["source"], rec.get("film"), facts))
    return out


def declared_root(path: str | Path) -> Path | None:
    """The folder a gold file says its sources are in: its top-level ``"root"``, relative
    to the gold file (the project's invented reviews ship beside their gold), else None.

    >>> import json, tempfile
    >>> with tempfile.TemporaryDirectory() as d:
    ...     gold = Path(d) / "g.json"
    ...     _ = gold.write_text(json.dumps({"root": "../corpus", "reviews": []}))
    ...     declared_root(gold) == Path(d) / "../corpus"
    True
    """
    try:
        data = json.loads(read_text(path, what="gold file"))
    except json.JSONDecodeError:
        return None  # load_gold says what is wrong with it
    root = data.get("root") if isinstance(data, Mapping) else None
    if root is None:
        return None
    if not isinstance(root, str):
        raise InputError(str(path), "'root' must be a folder name relative to the gold file")
    return Path(path).parent / root


def load_gold(path: str | Path) -> list[GoldReview]:
    """Read a gold JSON file."""
    text = read_text(path, what="gold file")
    try:
        data = json.loads(text)
    except json.JSONDecodeError as err:
        raise InputError(str(path), f"not JSON: {err.msg} at line {err.lineno}") from err
    return parse_gold(data, where=str(path))


# -- predictions -----------------------------------------------------------------------------
def predicted_facts(extraction: Extraction) -> dict[str, set[Fact]]:
    """What the extraction claims about its film, per scored relation, by resolved name."""
    resolved = resolve(extraction)

    def person(name: str) -> str:
        entity = resolved.lookup(Kind.PERSON, name)
        return entity.name if entity else name

    def character(name: str) -> str:
        entity = resolved.lookup(Kind.CHARACTER, name)
        return entity.name if entity else name

    parents: dict[str, set[str]] = {}
    for claim in extraction.claims_for(Relation.CONTAINED_IN):
        parents.setdefault(claim.subject, set()).add(claim.object)
    out: dict[str, set[Fact]] = {r: set() for r in RELATIONS}
    for claim in extraction.claims:
        if claim.relation in _PERSON.values():
            rel = next(k for k, v in _PERSON.items() if v is claim.relation)
            out[rel].add(normalise(person(claim.object)))
        elif claim.relation in _PLACE.values():
            rel = next(k for k, v in _PLACE.items() if v is claim.relation)
            out[rel].add(place_fact(_with_parents(claim.object, parents)))
        elif claim.relation is Relation.THEME:
            out["theme"].add(slug(claim.object))
        elif claim.relation is Relation.TIME_SETTING:
            out["time_setting"].add(_predicted_period(claim.object))
        elif claim.relation is Relation.YEAR and claim.subject == extraction.film_title:
            out["year"].add(claim.object)  # another film's year is not this film's
        elif claim.relation is Relation.PLAYED_BY:
            name = normalise(character(claim.subject))
            # "Her mother (Olga Dragunova)": a kinship word is not a character's name, and
            # gold pairs actors with named characters only.
            if name not in KIN_WORDS:
                out["role"].add((normalise(person(claim.object)), name))
    return out


def place_fact(places: Sequence[str]) -> tuple[str, ...]:
    """How a claimed place is scored: the place, then the places it lies in, each counting
    for a gold place ("South Boston" is in "Boston"); and, for a row the gazetteer qualifies
    by its region, the town the review names ("Hannibal, Missouri" is gold's "Hannibal").

    >>> place_fact(["Hannibal, Missouri", "Missouri", "United States"])
    ('hannibal missouri', 'missouri', 'united states', 'hannibal')
    >>> place_fact(["Georgia (U.S. state)", "United States"])
    ('georgia', 'united states')
    """
    names = [place_name(p) for p in places]
    town, comma, _ = names[0].partition(", ")
    return tuple(normalise(n) for n in (*names, *([town] if comma else [])))


def _with_parents(place: str, parents: Mapping[str, set[str]]) -> list[str]:
    out = [place]
    todo = [place]
    while todo:
        for parent in sorted(parents.get(todo.pop(), ())):
            if parent not in out:
                out.append(parent)
                todo.append(parent)
    return out


def _same_character(gold: Variants, predicted: str) -> bool:
    # "Garmadon" for "Lord Garmadon", "Gilbert" for "Gilbert Valence": a character named by
    # part of its name is the same character within one film.
    words = set(predicted.split())
    return any(
        v == predicted or (words and (words <= set(v.split()) or set(v.split()) <= words))
        for v in gold
    )


def _matches(relation: str, item: Item, fact: Fact) -> bool:
    if relation == "role":
        assert isinstance(item, tuple) and isinstance(fact, tuple)
        return fact[0] in item[0] and _same_character(item[1], fact[1])
    assert isinstance(item, frozenset)
    if isinstance(fact, tuple):
        return any(name in item for name in fact)
    return fact in item


def _containers(items: Sequence[Item]) -> set[str]:
    """Every place the gazetteer puts around a gold place: "Alaska" and "United States"
    around "Nome"."""
    lexicon = default_lexicon()
    names = [n for item in items if isinstance(item, frozenset) for n in item]
    rows = {e.name for n in names if (e := lexicon.place(n))}
    return {normalise(place_name(p)) for p in lexicon.with_ancestors(rows) - rows}


def _score(
    relation: str, gold: Sequence[Item], predicted: Iterable[Fact]
) -> tuple[Score, list[Fact], list[Item]]:
    facts = sorted(predicted, key=str)
    edges = [[j for j, g in enumerate(gold) if _matches(relation, g, f)] for f in facts]
    # A maximum matching, not first-fit: a predicted "Sydney" fits gold "Sydney" and gold
    # "Australia" (its country), and must not take the item a predicted "Australia" needs.
    owner: dict[int, int] = {}  # gold item -> the prediction matched to it

    def augment(i: int, seen: set[int]) -> bool:
        for j in edges[i]:
            if j not in seen:
                seen.add(j)
                if j not in owner or augment(owner[j], seen):
                    owner[j] = i
                    return True
        return False

    for i in range(len(facts)):
        augment(i, set())
    matched = set(owner.values())
    # A second prediction for an item already matched (two spellings of one character) is
    # neither right nor a new mistake; nor is a place around a gold place ("Alaska" for a
    # story gold sets in Nome): true of the story, and a gold set that names the town alone
    # does not say the region is wrong.
    around: set[str] = set()
    if relation == "time_setting":
        # "1939/1945" for a story gold dates to 1944: true, and vaguer than the text.
        periods = [Period.parse(v) for item in gold if isinstance(item, frozenset) for v in item]
        around = {
            f
            for f in facts
            if isinstance(f, str) and (p := _parsed(f)) is not None and _around(p, periods)
        }
    elif relation in _PLACE:
        around = _containers(gold)
        for i in matched:  # and around a place rightly predicted: "Missouri" of "Hannibal, Mo."
            fact = facts[i]
            if isinstance(fact, tuple):
                around.update(fact[1:])
    false_pos = [
        f
        for i, f in enumerate(facts)
        if i not in matched
        and not edges[i]
        and (f[0] if isinstance(f, tuple) else f) not in around
    ]
    missed = [g for j, g in enumerate(gold) if j not in owner]
    return Score(tp=len(owner), fp=len(false_pos), fn=len(missed)), false_pos, missed


def _around(period: Period, gold: Sequence[Period]) -> bool:
    return any(period != g and period.contains(g) for g in gold)


def judge(relation: str, gold: Sequence[Item], fact: Fact) -> bool | None:
    """Whether one predicted ``fact`` is right (True), wrong (False) or neither (None: a
    place or period around a gold one) against a review's ``gold`` items, as
    :func:`evaluate` counts.

    >>> judge("setting", [frozenset({"nome"})], ("alaska",)) is None
    True
    """
    score, _, _ = _score(relation, gold, [fact])
    return True if score.tp else False if score.fp else None


def evaluate(gold: Sequence[GoldReview], extractions: Mapping[str, Extraction]) -> EvalReport:
    """Score ``extractions`` (by gold ``source``) against ``gold``; micro-averaged."""
    report = EvalReport()
    for record in gold:
        extraction = extractions.get(record.source)
        if extraction is None:
            report.missing.append(record.source)
            continue
        if record.film:
            report.film_total += 1
            if extraction.film_title and normalise(extraction.film_title) == normalise(record.film):
                report.film_correct += 1
        predicted = predicted_facts(extraction)
        own = report.by_review[record.source] = {}  # parse_gold refuses a source twice
        for relation, items in record.facts.items():
            score, fps, fns = _score(relation, items, predicted[relation])
            own[relation] = score
            if fps or fns:
                report.errors.append(
                    {
                        "source": record.source,
                        "relation": relation,
                        "false_positives": [_show_fact(relation, f) for f in fps],
                        "false_negatives": [_show(i) for i in fns],
                    }
                )
    return report


def _show_fact(relation: str, fact: Fact) -> Any:
    if isinstance(fact, tuple):
        return list(fact) if relation == "role" else fact[0]
    return fact


def _show(item: Item) -> Any:
    if isinstance(item, tuple):
        return [sorted(item[0])[0], sorted(item[1])[0]]
    return sorted(item)[0]


def format_report(report: EvalReport) -> str:
    """The scores as a plain-text table.

    >>> print(format_report(EvalReport(by_review={"a": {"actor": Score(8, 2, 2)}})))
    relation           tp   fp   fn  precision  recall     f1
    actor               8    2    2      0.800   0.800  0.800
    micro               8    2    2      0.800   0.800  0.800
    1 reviews scored
    """
    lines = [f"{'relation':<16} {'tp':>4} {'fp':>4} {'fn':>4}  precision  recall     f1"]
    rows = [(name, s) for name, s in report.scores.items() if s.tp + s.fp + s.fn]
    for name, s in [*rows, ("micro", report.micro)]:
        lines.append(
            f"{name:<16} {s.tp:>4} {s.fp:>4} {s.fn:>4}  {s.precision:>9.3f}  {s.recall:>6.3f}"
            f"  {s.f1:>5.3f}"
        )
    tail = f"{report.reviews} reviews scored"
    if report.film_total:
        tail += f"; film title right in {report.film_correct}/{report.film_total}"
    if report.missing:
        tail += f"; {len(report.missing)} gold reviews had no input"
    lines.append(tail)
    return "\n".join(lines)


def _selected(path: Path, only: Sequence[Path] | None) -> bool:
    if only is None:
        return True
    resolved = path.resolve()
    return any(resolved == p or p in resolved.parents for p in only)


def read_gold_reviews(
    gold: Sequence[GoldReview], *, root: str | Path, paths: Sequence[str | Path] | None = None
) -> dict[str, Review]:
    """The reviews a gold set is about, read from ``root``; ``paths`` narrows them down.

    A source ``file.csv#N`` is row N of a Wikipedia Movie Plots CSV; ``file.txt#ID`` is the
    summary ``ID`` of an ``id<TAB>summary`` file (the CMU Movie Summary Corpus), read with the
    record's ``film`` as its title, or "Wikipedia article ID" when the record has none (the
    corpus names no film, and the extractors need one to hang claims on).
    """
    root = Path(root)
    only = None if paths is None else [Path(p).resolve() for p in paths]
    out: dict[str, Review] = {}
    plots: dict[str, dict[str, Review]] = {}
    titles = {
        row: record.film or f"Wikipedia article {row}"
        for record in gold
        for file, _, row in [record.source.partition("#")]
        if row and file.lower().endswith(".txt")
    }
    for record in gold:
        file, _, row = record.source.partition("#")
        path = root / file
        if not _selected(path, only):
            continue
        if not path.is_file():
            raise InputError(str(path), f"gold source {record.source!r} not found under {root}")
        if row and path.suffix.lower() in (".csv", ".txt"):
            if file not in plots:
                plots[file] = {
                    r.source: r
                    for r in (
                        iter_plots(path, name=file)
                        if path.suffix.lower() == ".csv"
                        else iter_summaries(path, name=file, titles=titles)
                    )
                }
            review = plots[file].get(record.source)
            if review is None:
                raise InputError(str(path), f"no plot {row}")
            out[record.source] = review
        else:
            out[record.source] = read_review(path)
    return out


def check_extractors(names: Iterable[str], *, option: str) -> None:
    """Raise :class:`InputError` (naming ``option``) if a name is no default extractor's.

    >>> check_extractors(["dates"], option="--without")
    >>> check_extractors(["date"], option="--without")
    Traceback (most recent call last):
    ...
    filmgraph.errors.InputError: --without: no extractor date (known: title, ...)
    """
    unknown = set(names) - {e.name for e in DEFAULT_EXTRACTORS}
    if unknown:
        known = ", ".join(e.name for e in DEFAULT_EXTRACTORS)
        raise InputError(option, f"no extractor {', '.join(sorted(unknown))} (known: {known})")


def run_eval(
    gold_path: str | Path,
    *,
    root: str | Path | None = None,
    paths: Sequence[str | Path] | None = None,
    without: Iterable[str] = (),
    gold_titles: bool = False,
) -> EvalReport:
    """Load a gold file, extract its reviews, and score them: the ``filmgraph eval`` command.

    ``without`` names extractors to leave out: ``("known-credits",)`` scores what the text
    alone yields, as a gold set built from the same sources as the film gazetteer must be.
    ``gold_titles`` gives each review its gold ``film`` as metadata (as a JSON Lines ``film``
    field would), so the score is what the rest of extraction does once the title is right:
    how much wrong titles cost. A record without a ``film`` keeps the title the text gives.
    Without ``root``, the sources are where the gold file says (:func:`declared_root`), else
    in :data:`SHARED_CORPUS`.
    """
    gold = load_gold(gold_path)
    root = root if root is not None else declared_root(gold_path) or SHARED_CORPUS
    reviews = read_gold_reviews(gold, root=root, paths=paths)
    chosen = [g for g in gold if g.source in reviews]
    left_out = set(without)
    check_extractors(left_out, option="without")
    extractors = tuple(e for e in DEFAULT_EXTRACTORS if e.name not in left_out)
    if gold_titles:
        films = {g.source: g.film for g in chosen if g.film}
        if chosen and not films:
            raise InputError(str(gold_path), "--gold-titles: no gold record names its film")
        reviews = {
            src: replace(r, film_title=films[src]) if src in films else r
            for src, r in reviews.items()
        }
    return evaluate(
        chosen, {src: extract(r, extractors=extractors) for src, r in reviews.items()}
    )
