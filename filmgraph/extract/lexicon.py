"""Word lists the rule-based extractors lean on, loaded once from ``data/gazetteer``.

Extraction knows nothing of RDF: the theme vocabulary arrives here as plain values
(:class:`ThemeCue`) read from the SKOS file by :mod:`filmgraph.themes`.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any, TypeVar, cast

from ..model import Period, plain_words
from ..resources import data_dir

T = TypeVar("T")
# Initials as the word before a full stop: "J", "D.W", "U.S".
_INITIALS = re.compile(r"(?:[A-Z]\.)*[A-Z]")

__all__ = [
    "FilmEntry",
    "FilmTable",
    "Lexicon",
    "PlaceEntry",
    "ThemeCue",
    "default_lexicon",
    "title_key",
]


@dataclass(frozen=True, slots=True)
class PlaceEntry:
    name: str
    kind: str
    parents: tuple[str, ...]
    wikidata: str | None = None


@dataclass(frozen=True, slots=True)
class FilmEntry:
    """Who a film source credits on one title: facts, not review text.

    Same-titled films (remakes) may share one entry, with all their years and credits.
    """

    title: str
    years: tuple[str, ...] = ()
    directors: frozenset[str] = frozenset()
    writers: frozenset[str] = frozenset()
    actors: frozenset[str] = frozenset()
    # From the hand-written table only: the screenplay's writers (``writers`` also holds the
    # authors of the books films adapt) and where the story is set (place names).
    screenwriters: frozenset[str] = frozenset()
    settings: frozenset[str] = frozenset()


class FilmTable(Mapping[str, tuple[FilmEntry, ...]]):
    """Film entries by :func:`title_key`, each row made into its :class:`FilmEntry` when its
    title is first looked up: a review looks up a few titles, and building every entry of a
    table of 48,000 films up front was most of the time a process took to load the lexicon.

    ``columns`` name the cells of each row (as in ``films.tsv``'s header); a column a row
    lacks is empty.

    >>> row = ["Closeness", "2017", "Kantemir Balagov"]
    >>> table = FilmTable(["title", "year", "directors"], [row])
    >>> [(e.title, e.years, sorted(e.directors)) for e in table["closeness"]]
    [('Closeness', ('2017',), ['Kantemir Balagov'])]
    >>> "closeness" in table, table.get("tesnota"), len(table)
    (True, None, 1)
    """

    __slots__ = ("_at", "_entries", "_rows")

    def __init__(self, columns: Sequence[str], rows: Iterable[Sequence[str]]) -> None:
        self._at = {name: i for i, name in enumerate(columns)}
        self._rows: dict[str, list[Sequence[str]]] = {}
        self._entries: dict[str, tuple[FilmEntry, ...]] = {}
        t = self._at.get("title")
        for row in rows:
            title = row[t] if t is not None and t < len(row) else ""
            if title:
                self._rows.setdefault(title_key(title), []).append(row)

    def __getitem__(self, key: str) -> tuple[FilmEntry, ...]:
        found = self._entries.get(key)
        if found is None:
            found = self._entries[key] = tuple(map(self._entry, self._rows[key]))
        return found

    def __contains__(self, key: object) -> bool:
        return key in self._rows

    def __iter__(self) -> Iterator[str]:
        return iter(self._rows)

    def __len__(self) -> int:
        return len(self._rows)

    def _entry(self, row: Sequence[str]) -> FilmEntry:
        def cells(column: str) -> list[str]:
            i = self._at.get(column)
            return row[i].split("|") if i is not None and i < len(row) else []

        return FilmEntry(
            row[self._at["title"]],
            tuple(y for y in cells("year") if y.isdigit()),
            *(frozenset(n for n in cells(column) if n) for column in _CREDITS),
        )


def title_key(title: str) -> str:
    """A title folded for lookup: case, accents, punctuation and a leading article go.

    >>> title_key("The Good, the Bad and the Ugly"), title_key("Amélie")
    ('good the bad and the ugly', 'amelie')
    """
    words = plain_words(title)
    if len(words) > 1 and words[0] in ("the", "a", "an"):
        words = words[1:]
    return " ".join(words)


@dataclass(frozen=True, slots=True)
class ThemeCue:
    """One theme concept: its slug, label and the cue phrases that signal it.

    ``strong`` cues count on their own; ``weak`` ones need a second hit.
    """

    slug: str
    label: str
    strong: tuple[str, ...]
    weak: tuple[str, ...]


@dataclass(slots=True)
class Lexicon:
    first_names: frozenset[str] = frozenset()
    common: frozenset[str] = frozenset()
    honorifics: frozenset[str] = frozenset()
    demonyms: dict[str, str] = field(default_factory=dict)
    # "Mo." → "Missouri": a region's abbreviation, read only after a town and its comma
    region_abbreviations: dict[str, str] = field(default_factory=dict)
    places: dict[str, PlaceEntry] = field(default_factory=dict)  # lowercased name/alias → entry
    place_names: dict[str, PlaceEntry] = field(default_factory=dict)  # canonical name → entry
    place_surfaces: tuple[str, ...] = ()  # every name and alias as written, for text search
    people: frozenset[str] = frozenset()  # full names of known film people
    actors: frozenset[str] = frozenset()  # those of them credited as actors somewhere
    directors: frozenset[str] = frozenset()  # … and as directors somewhere
    name_tokens: frozenset[str] = frozenset()  # every token of those names
    # title_key → entries: a FilmTable, or any mapping (a test's dict)
    films: Mapping[str, tuple[FilmEntry, ...]] = field(default_factory=dict)
    themes: tuple[ThemeCue, ...] = ()
    # a named historical period, by each of its names as written ("WWII") → its years
    periods: dict[str, Period] = field(default_factory=dict)
    # what extractors work out from these tables, by name (derived)
    _derived: dict[str, Any] = field(default_factory=dict, init=False, repr=False, compare=False)

    def derived(self, name: str, build: Callable[[Lexicon], T]) -> T:
        """What ``build`` works out from this lexicon (an index, an automaton), built on first
        use and kept with the lexicon: a copy made with ``dataclasses.replace`` starts
        afresh, where a cache keyed by a table's ``id`` could hand a new lexicon a freed
        one's index.

        >>> lex = Lexicon(first_names=frozenset({"Ann"}))
        >>> lex.derived("n", lambda lx: len(lx.first_names)), lex.derived("n", lambda lx: 0)
        (1, 1)
        """
        if name not in self._derived:
            self._derived[name] = build(self)
        return cast(T, self._derived[name])

    def not_names(self) -> frozenset[str]:
        """Common words and demonyms that are no given name: a name holding one is doubtful
        ("The Irish", "Pretty Woman"; not "Jeff East"'s "Jeff"). One set, so a name is
        checked by one C-level ``isdisjoint``: it is asked of every capitalised run.

        >>> "French" in default_lexicon().not_names()
        True
        """
        return self.derived(
            "not_names", lambda lx: frozenset((lx.common | lx.demonyms.keys()) - lx.first_names)
        )

    def demonyms_of(self, place: str) -> tuple[str, ...]:
        """The words for a place's people ("France" → "French", …), from ``demonyms``.

        >>> "French" in default_lexicon().demonyms_of("France")
        True
        """
        return self.derived("peoples", _peoples).get(place, ())

    def is_name_token(self, token: str) -> bool:
        return token in self.name_tokens or token in self.first_names

    def abbreviates(self, word: str, next_word: str) -> bool:
        """Whether a full stop after ``word`` shortens it rather than ends a sentence: a
        title ("Dr.", "Sgt.", from ``honorifics``), or initials before a name word ("J. Lee
        Thompson", "D.W. Griffith"; not "the U.S. Then", "World War I. The").

        >>> lex = default_lexicon()
        >>> lex.abbreviates("Dr", "No"), lex.abbreviates("J", "Lee"), lex.abbreviates("I", "The")
        (True, True, False)
        """
        word = word.lstrip("(\"“‘'")
        if word + "." in self.honorifics:
            return True
        return bool(_INITIALS.fullmatch(word)) and self.is_name_token(next_word)

    def place(self, text: str) -> PlaceEntry | None:
        return self.places.get(text.lower().removeprefix("the "))

    def with_ancestors(self, names: Iterable[str]) -> set[str]:
        """The places ``names`` (gazetteer rows) and every row that contains them.

        >>> {"Nalchik", "Kabardino-Balkaria", "Russia"} <= default_lexicon().with_ancestors(
        ...     {"Nalchik"}
        ... )
        True
        """
        out = set(names)
        todo = list(out)
        while todo:
            entry = self.place_names.get(todo.pop())
            for parent in entry.parents if entry else ():
                if parent not in out:
                    out.add(parent)
                    todo.append(parent)
        return out

    def film(self, title: str, year: str | None = None) -> tuple[FilmEntry, ...]:
        """The entries a film source has under ``title``; with ``year``, only those made
        within a year of it (or undated), so a remake's credits stay with the remake."""
        entries = self.films.get(title_key(title), ())
        if year is None:
            return entries
        y = int(year)
        return tuple(
            e for e in entries if not e.years or any(abs(int(v) - y) <= 1 for v in e.years)
        )


def _peoples(lexicon: Lexicon) -> dict[str, tuple[str, ...]]:
    """Place → the words for its people: ``demonyms`` inverted."""
    peoples: dict[str, list[str]] = {}
    for word, land in lexicon.demonyms.items():
        peoples.setdefault(land, []).append(word)
    return {land: tuple(words) for land, words in peoples.items()}


def _lines(path: Path) -> list[str]:
    if not path.is_file():
        return []
    return [
        line.strip()
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]


def _tsv_rows(path: Path) -> tuple[list[str], list[list[str]]]:
    """A table's header and its non-blank rows, cells stripped (none for a missing file)."""
    if not path.is_file():
        return [], []
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.reader(fh, delimiter="\t")
        header = next(reader, [])
        rows = [[v.strip() for v in r] for r in reader if r]
    return header, rows


def _tsv(path: Path) -> list[dict[str, str]]:
    """A table's rows by column name; a cell a short row lacks is empty."""
    header, rows = _tsv_rows(path)
    return [{k: r[i] if i < len(r) else "" for i, k in enumerate(header) if k} for r in rows]


_CREDITS = ("directors", "writers", "actors", "screenwriters", "settings")


def load_lexicon(folder: Path, themes: tuple[ThemeCue, ...] = ()) -> Lexicon:
    """Read the gazetteers in ``folder`` (missing files give empty lists)."""
    places: dict[str, PlaceEntry] = {}
    by_name: dict[str, PlaceEntry] = {}
    surfaces: set[str] = set()
    for row in _tsv(folder / "places.tsv"):
        name = row.get("name", "")
        if not name:
            continue
        entry = PlaceEntry(
            name=name,
            kind=row.get("kind", ""),
            parents=tuple(p for p in row.get("parents", "").split("|") if p),
            wikidata=row.get("wikidata") or None,
        )
        by_name[name] = entry
        for alias in [name, *row.get("aliases", "").split("|")]:
            alias = alias.strip()
            if alias:
                surfaces.add(alias)
                # The first row wins an ambiguous alias: the file lists the likelier place first.
                places.setdefault(alias.lower().removeprefix("the "), entry)
    people: set[str] = set()
    actors: set[str] = set()
    directors: set[str] = set()
    for row in _tsv(folder / "people.tsv"):
        if row.get("name"):
            people.add(row["name"])
            roles = row.get("roles", "").split(",")
            if "actor" in roles:
                actors.add(row["name"])
            if "director" in roles:
                directors.add(row["name"])
    columns, rows = _tsv_rows(folder / "films.tsv")
    films = FilmTable(columns, rows)
    tokens = {t for name in people for t in name.split() if len(t) > 1 and t[0].isupper()}
    demonyms = {
        r["word"]: r.get("place", "") for r in _tsv(folder / "demonyms.tsv") if r.get("word")
    }
    abbreviations = {
        r["abbreviation"]: r["place"]
        for r in _tsv(folder / "region_abbreviations.tsv")
        if r.get("abbreviation") and r.get("place")
    }
    periods: dict[str, Period] = {}
    for row in _tsv(folder / "periods.tsv"):
        years = Period(int(row["start"]), int(row["end"]))
        for alias in [row["name"], *row.get("aliases", "").split("|")]:
            if alias.strip():
                periods[alias.strip()] = years
    common = set(_lines(folder / "common_capitalized.txt"))
    honorifics = set(_lines(folder / "honorifics.txt"))
    first = set(_lines(folder / "first_names.txt")) - common
    return Lexicon(
        first_names=frozenset(first),
        common=frozenset(common | set(demonyms)),
        honorifics=frozenset(honorifics),
        demonyms=demonyms,
        region_abbreviations=abbreviations,
        places=places,
        place_names=by_name,
        place_surfaces=tuple(sorted(surfaces)),
        people=frozenset(people),
        actors=frozenset(actors),
        directors=frozenset(directors),
        name_tokens=frozenset(tokens - common - set(demonyms)),
        films=films,
        themes=themes,
        periods=periods,
    )


@cache
def default_lexicon() -> Lexicon:
    """The lexicon built from the shipped gazetteers and theme vocabulary (cached)."""
    from ..themes import theme_cues

    return load_lexicon(data_dir() / "gazetteer", theme_cues())
