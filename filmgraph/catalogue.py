"""Film catalogues (tables users already keep) imported into the same graph as the reviews.

Two forms are read: a CSV table with a column mapping (title, year, director, cast, …) and the
pipe-separated ``film|relation|object`` form of the MetaQA/WikiMovies knowledge base. Films and
people get the same IRIs the review pipeline gives them (``slug`` of a name, ``film_key`` of a
title and year), so a film that is both reviewed and catalogued is one node.

Each catalogue lives in its own named graph ``…/graph/catalogue/{slug of the file name}`` that
a re-import replaces whole; the graph says which file it was derived from.

>>> films = read_pipe_kb(["Closeness|directed_by|Kantemir Balagov", "Closeness|release_year|2017"])
>>> films[0].title, films[0].year, films[0].directors
('Closeness', '2017', ('Kantemir Balagov',))
"""

from __future__ import annotations

import csv
import hashlib
import io
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from rdflib import URIRef
from rdflib.namespace import SKOS

from .errors import InputError
from .files import read_text
from .graph.build import entity_iri
from .graph.vocab import FG, GRAPH, PROV, SCHEMA
from .model import Entity, Kind
from .resolve import film_key, slug
from .store import Store

__all__ = [
    "FIELDS",
    "CatalogueFilm",
    "ImportReport",
    "catalogue_graph",
    "catalogue_nquads",
    "import_catalogue",
    "parse_mapping",
    "read_csv_catalogue",
    "read_pipe_kb",
]

#: Catalogue fields a CSV column can map to; the list-valued ones are split on a separator.
FIELDS = ("title", "year", "director", "writer", "cast", "genre", "language", "keywords", "url")
_LIST_FIELDS = {"director", "writer", "cast", "genre", "language", "keywords"}
# Headers recognised without a --map (lower-cased): the usual names in film tables.
_DEFAULT_HEADERS = {
    "title": "title", "film": "title", "movie": "title", "name": "title",
    "year": "year", "release year": "year", "release_year": "year",
    "director": "director", "directors": "director", "directed by": "director",
    "writer": "writer", "writers": "writer", "screenwriter": "writer", "written by": "writer",
    "cast": "cast", "actors": "cast", "starring": "cast", "stars": "cast",
    "genre": "genre", "genres": "genre",
    "language": "language", "languages": "language",
    "keywords": "keywords", "tags": "keywords",
    "url": "url", "wiki page": "url",
}
# The MetaQA relations and the catalogue field each fills.
_PIPE_RELATIONS = {
    "directed_by": "director", "written_by": "writer", "starred_actors": "cast",
    "release_year": "year", "has_genre": "genre", "in_language": "language",
    "has_tags": "keywords",
}
# Placeholder cells that mean "nobody known", not a person called Unknown.
_UNKNOWN = {"", "unknown", "n/a", "na", "none", "-", "?"}
_YEAR = re.compile(r"^(1[89]|20)\d\d$")
_RDF_TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
_GYEAR = "<http://www.w3.org/2001/XMLSchema#gYear>"
_DATETIME = "<http://www.w3.org/2001/XMLSchema#dateTime>"


@dataclass(slots=True)
class CatalogueFilm:
    """One film as a catalogue lists it (plain values; no RDF)."""

    title: str
    years: list[str] = field(default_factory=list)
    directors: tuple[str, ...] = ()
    writers: tuple[str, ...] = ()
    cast: tuple[str, ...] = ()
    genres: tuple[str, ...] = ()
    languages: tuple[str, ...] = ()
    keywords: tuple[str, ...] = ()
    url: str | None = None

    @property
    def year(self) -> str | None:
        """The year its IRI carries: the earliest one the catalogue gives."""
        good = sorted(y for y in self.years if _YEAR.match(y))
        return good[0] if good else None


@dataclass(slots=True)
class ImportReport:
    """What an import did: the graph it (re)wrote, how many films and triples."""

    graph: URIRef
    films: int
    triples: int
    skipped: list[str] = field(default_factory=list)


def catalogue_graph(source: str | Path) -> URIRef:
    """The named graph of a catalogue file.

    >>> str(catalogue_graph("data/My Films.csv"))
    'https://w3id.org/filmgraph/graph/catalogue/my-films'
    """
    return GRAPH[f"catalogue/{slug(Path(source).stem)}"]


def parse_mapping(spec: str | Iterable[str] | None) -> dict[str, str]:
    """Parse ``--map title=Title,year=Release Year`` into field → column.

    >>> parse_mapping("title=Title,year=Release Year")
    {'title': 'Title', 'year': 'Release Year'}
    """
    specs = [spec] if isinstance(spec, str) else list(spec or [])
    out: dict[str, str] = {}
    for part in (p for s in specs for p in next(csv.reader([s], skipinitialspace=True))):
        name, sep, column = part.partition("=")
        name = name.strip().lower()
        if not sep or name not in FIELDS or not column.strip():
            raise InputError(
                "--map", f"{part!r}: expected FIELD=COLUMN with FIELD one of {', '.join(FIELDS)}"
            )
        out[name] = column.strip().strip('"')
    return out


def _split(cell: str, sep: str) -> tuple[str, ...]:
    parts = [p.strip() for p in cell.split(sep)] if sep else [cell.strip()]
    return tuple(dict.fromkeys(p for p in parts if p.lower() not in _UNKNOWN))


def read_csv_catalogue(
    text: str,
    mapping: Mapping[str, str] | None = None,
    *,
    separator: str = ",",
    source: str = "catalogue",
) -> list[CatalogueFilm]:
    """Films of a CSV table; ``mapping`` names the column of each field (else headers are guessed).

    >>> rows = "Title,Release Year,Director,Cast\\nCloseness,2017,Kantemir Balagov,\\"A, B\\"\\n"
    >>> read_csv_catalogue(rows)[0].cast
    ('A', 'B')
    """
    reader = csv.DictReader(io.StringIO(text))
    headers = reader.fieldnames or []
    if not headers:
        raise InputError(str(source), "no header row")
    columns = dict(mapping or {})
    if not columns:
        for header in headers:
            fld = _DEFAULT_HEADERS.get(header.strip().lower())
            if fld and fld not in columns:
                columns[fld] = header
    missing = [c for c in columns.values() if c not in headers]
    if missing:
        raise InputError(str(source), f"no column {missing[0]!r} (columns: {', '.join(headers)})")
    if "title" not in columns:
        raise InputError(str(source), "which column is the title? (use --map title=COLUMN)")
    films = []
    for row in reader:
        cells = {fld: (row.get(col) or "").strip() for fld, col in columns.items()}
        title = cells.get("title", "")
        if title.lower() in _UNKNOWN:
            continue

        def many(fld: str, cells: dict[str, str] = cells) -> tuple[str, ...]:
            return _split(cells.get(fld, ""), separator)

        year = cells.get("year", "")
        films.append(CatalogueFilm(
            title=title, years=[year] if year else [], directors=many("director"),
            writers=many("writer"), cast=many("cast"),
            genres=many("genre"),
            languages=many("language"), keywords=many("keywords"),
            url=cells.get("url") or None,
        ))
    return films


def read_pipe_kb(lines: Iterable[str], *, source: str = "catalogue") -> list[CatalogueFilm]:
    """Films of a ``film|relation|object`` knowledge base (MetaQA/WikiMovies relations).

    Relations it does not know (e.g. ``has_imdb_rating``) are skipped.
    """
    by_title: dict[str, dict[str, list[str]]] = {}
    for number, raw in enumerate(lines, 1):
        line = raw.rstrip("\r\n")
        if not line.strip():
            continue
        parts = line.split("|")
        if len(parts) != 3:
            raise InputError(
                f"{source}:{number}", f"expected film|relation|object, got {line[:80]!r}"
            )
        title, relation, obj = (p.strip() for p in parts)
        fld = _PIPE_RELATIONS.get(relation)
        if fld is None or not title or not obj:
            continue
        values = by_title.setdefault(title, {}).setdefault(fld, [])
        if obj not in values:
            values.append(obj)
    return [
        CatalogueFilm(
            title=title, years=f.get("year", []), directors=tuple(f.get("director", ())),
            writers=tuple(f.get("writer", ())), cast=tuple(f.get("cast", ())),
            genres=tuple(f.get("genre", ())), languages=tuple(f.get("language", ())),
            keywords=tuple(f.get("keywords", ())),
        )
        for title, f in by_title.items()
    ]


def _lit(value: str, datatype: str = "") -> str:
    escaped = (value.replace("\\", "\\\\").replace('"', '\\"')
               .replace("\n", "\\n").replace("\r", "\\r"))
    return f'"{escaped}"{"^^" + datatype if datatype else ""}'


_IRI_BAD = re.compile(r'[\x00-\x20<>"{}|^`\\]')


def catalogue_nquads(
    films: Iterable[CatalogueFilm],
    graph: URIRef,
    *,
    known_films: Mapping[str, set[str]] | None = None,
    exact_names: bool = False,
) -> tuple[str, int, int]:
    """N-Quads for catalogue films in ``graph``; returns (text, films, quads).

    ``known_films`` maps a title slug to film keys already in the store: a film the catalogue
    gives no year for joins the one known film of that title, as reviews do.

    ``exact_names``: the catalogue names its entities by exact strings (a ``film|relation|
    object`` KB), so two strings that share a key are two entities: the first met keeps the
    key, a later one gets the key plus a digest of its spelling.

    >>> films = read_pipe_kb(["Sabu|directed_by|SABU", "Elephant Boy|starred_actors|Sabu"])
    >>> text, _, _ = catalogue_nquads(films, GRAPH["catalogue/kb"], exact_names=True)
    >>> sorted({m for m in re.findall(r"id/person/[^>]+", text)})
    ['id/person/sabu', 'id/person/sabu-11b19a9d']
    """
    known = known_films or {}
    g = f"<{graph}>"
    out: list[str] = []
    # The first spelling met is an entity's name; other spellings of the same key ("D.W.
    # Griffith", "D. W. Griffith") are variants, as the contract records them for reviews.
    first_name: dict[str, str] = {}
    seen: set[tuple[str, str]] = set()
    n_films = 0
    # (kind, key) → the spelling that owns the key, when spellings are identities.
    owner: dict[tuple[Kind, str], str] = {}

    def keyed(kind: Kind, key: str, text: str) -> str:
        if not exact_names:
            return key
        taken = owner.setdefault((kind, key), text)
        if taken == text:
            return key
        # MetaQA's "Moulin Rouge"/"Moulin Rouge!" and "Sabu"/"SABU" are different films and
        # people; merging them made the KB answer for one with the other's facts.
        return f"{key}-{hashlib.sha256(text.encode('utf-8')).hexdigest()[:8]}"

    def quad(s: str, p: str, o: str) -> None:
        out.append(f"{s} {p} {o} {g} .\n")

    def label(iri: str, text: str, kind: str, variant: str) -> None:
        if (iri, text) in seen:
            return
        seen.add((iri, text))
        if iri not in first_name:
            first_name[iri] = text
            quad(iri, _RDF_TYPE, kind)
            quad(iri, name, _lit(text))
        else:
            quad(iri, variant, _lit(text))

    name, movie, person = f"<{SCHEMA.name}>", f"<{SCHEMA.Movie}>", f"<{SCHEMA.Person}>"
    alternate, alt_label = f"<{SCHEMA.alternateName}>", f"<{SKOS.altLabel}>"
    roles = ((f"<{SCHEMA.director}>", "directors"), (f"<{SCHEMA.author}>", "writers"),
             (f"<{SCHEMA.actor}>", "cast"))
    literals = ((f"<{SCHEMA.genre}>", "genres"), (f"<{SCHEMA.inLanguage}>", "languages"),
                (f"<{SCHEMA.keywords}>", "keywords"))
    for film in films:
        key = keyed(Kind.FILM, film_key(film.title, film.year), film.title)
        if film.year is None and key == slug(film.title):
            candidates = known.get(key, set())
            if len(candidates) == 1:
                (key,) = candidates
        f = f"<{entity_iri(Entity(Kind.FILM, key, film.title))}>"
        n_films += 1
        label(f, film.title, movie, alternate)
        for year in dict.fromkeys(film.years):
            if _YEAR.match(year):
                quad(f, f"<{SCHEMA.dateCreated}>", _lit(year, _GYEAR))
        for predicate, attr in roles:
            for who in getattr(film, attr):
                who_key = keyed(Kind.PERSON, slug(who), who)
                p = f"<{entity_iri(Entity(Kind.PERSON, who_key, who))}>"
                quad(f, predicate, p)
                label(p, who, person, alt_label)
        for predicate, attr in literals:
            for value in getattr(film, attr):
                quad(f, predicate, _lit(value))
        if film.url and not _IRI_BAD.search(film.url) and re.match(r"^https?://", film.url):
            quad(f, f"<{SCHEMA.url}>", f"<{film.url}>")
    return "".join(out), n_films, len(out)


def _known_films(store: Store) -> dict[str, set[str]]:
    prefix = str(entity_iri(Entity(Kind.FILM, "", "")))
    rows = store.query(
        f"SELECT DISTINCT ?f WHERE {{ ?f a <{SCHEMA.Movie}> . "
        f"FILTER(STRSTARTS(STR(?f), \"{prefix}\")) }}"
    ).rows
    known: dict[str, set[str]] = {}
    for (iri,) in rows:
        key = str(iri)[len(prefix):]
        known.setdefault(re.sub(r"-(1[89]|20)\d\d$", "", key), set()).add(key)
    return known


def import_catalogue(
    store: Store,
    path: str | Path,
    *,
    form: str | None = None,
    mapping: Mapping[str, str] | None = None,
    separator: str = ",",
    encoding: str = "utf-8",
    graph: URIRef | None = None,
) -> ImportReport:
    """Import a catalogue file (``form`` "csv" or "pipe"; guessed from the file) into ``store``.

    Re-importing the same file replaces its graph.

    >>> import tempfile, filmgraph
    >>> with tempfile.TemporaryDirectory() as d:
    ...     p = Path(d) / "kb.txt"
    ...     _ = p.write_text("Closeness|directed_by|Kantemir Balagov\\n", encoding="utf-8")
    ...     report = import_catalogue(filmgraph.open_store(), p)
    >>> report.films, str(report.graph)
    (1, 'https://w3id.org/filmgraph/graph/catalogue/kb')
    """
    path = Path(path)
    if not path.is_file():
        raise InputError(str(path), "no such catalogue file")
    text = read_text(path, what="catalogue", encoding=encoding,
                     hint="; pass --encoding to read it")
    if not text.strip():
        raise InputError(str(path), "the catalogue is empty")
    if form is None:
        first = text.lstrip().split("\n", 1)[0]
        form = "pipe" if first.count("|") == 2 and path.suffix.lower() != ".csv" else "csv"
    if form == "pipe":
        # split, not splitlines(): a title may hold \x85 or \u2028, which end no record here
        films = read_pipe_kb(text.split("\n"), source=str(path))
    elif form == "csv":
        films = read_csv_catalogue(text, mapping, separator=separator, source=str(path))
    else:
        raise InputError(str(path), f"unknown catalogue form {form!r} (csv or pipe)")
    if not films:
        raise InputError(str(path), "no films found")
    target = graph or catalogue_graph(path)
    store.remove_graph(target)
    body, n_films, n_quads = catalogue_nquads(films, target, known_films=_known_films(store),
                                              exact_names=form == "pipe")
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    g = f"<{target}>"
    now = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    meta = "".join(f"{g} {p} {o} {g} .\n" for p, o in (
        (_RDF_TYPE, f"<{PROV.Entity}>"),
        (f"<{PROV.wasDerivedFrom}>", f"<{path.resolve().as_uri()}>"),
        (f"<{FG.sourcePath}>", _lit(str(path))),
        (f"<{FG.contentHash}>", _lit(f"sha256:{digest}")),
        (f"<{PROV.generatedAtTime}>", _lit(now, _DATETIME)),
    ))
    # Bulk loading skips the per-transaction bookkeeping: a 1M-triple catalogue loads in seconds.
    store.load((meta + body).encode("utf-8"), format="nquads", bulk=True)
    return ImportReport(target, n_films, n_quads + 5)
