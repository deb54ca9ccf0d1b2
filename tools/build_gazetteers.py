#!/usr/bin/env python3
"""Build and check the gazetteers in data/gazetteer/ (stdlib only).

    python tools/build_gazetteers.py          # regenerate first_names.txt, people.tsv, films.tsv
    python tools/build_gazetteers.py --check  # validate the hand-written files, and fail if a
                                              # generated one is not what a rebuild would write

Sources (facts only: names, titles, years; no text is copied):
  * MetaQA / WikiMovies knowledge base   (lines "film|relation|object")
  * Wikipedia Movie Plots (Kaggle, CC BY-SA), columns Release Year, Title, Director, Cast
  * Rotten Tomatoes movies (Kaggle, CC0), columns movie_title, directors
  * films_hand.tsv (hand-written from general knowledge): titles, years, directors,
    screenwriters and where each story is set

places.tsv, films_hand.tsv, demonyms.tsv, region_abbreviations.tsv, common_capitalized.txt,
honorifics.txt and first_names_hand.txt are hand-written; this script never overwrites them.
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GAZ = ROOT / "data" / "gazetteer"
CORPUS = ROOT.parent / "shared" / "corpus"
METAQA = Path("metaqa/kb_subset_from_1hop_dev_test.txt")
WIKIPLOTS = Path("wikiplots/wiki_movie_plots_subset.csv")
ROTTEN_TOMATOES = Path("rotten_tomatoes/rt_movies_title_genre_directors_993.csv")
GENERATED = ("first_names.txt", "people.tsv", "films.tsv")

PLACE_KINDS = {"continent", "country", "region", "city", "district", "landmark"}
PEOPLE_RELATIONS = {"directed_by": "director", "starred_actors": "actor", "written_by": "writer"}
MIN_FIRST_NAME_PEOPLE = 2  # a first token must start >= 2 distinct people's names
MAX_FILE_BYTES = 3 * 1024 * 1024
SUFFIXES = {"Jr", "Jr.", "Sr", "Sr.", "II", "III", "IV"}
NAME_TOKEN = re.compile(
    r"^[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’-]*[a-zà-öø-ÿ]$"
)  # "Anne", "O'Neal"; not "J." or "DJ"
SPLIT_CAST = re.compile(r"\s*(?:,|;|/|\band\b|&|\n)\s*")


@dataclass
class Film:
    title: str
    years: set[str] = field(default_factory=set)
    directors: set[str] = field(default_factory=set)
    writers: set[str] = field(default_factory=set)
    actors: set[str] = field(default_factory=set)
    # From films_hand.tsv only: the screenplay's writers (the other sources' writers include
    # the authors of adapted books) and where the story is set.
    screenwriters: set[str] = field(default_factory=set)
    settings: set[str] = field(default_factory=set)


@dataclass
class Person:
    roles: set[str] = field(default_factory=set)
    films: set[str] = field(default_factory=set)


# ---------------------------------------------------------------- reading


def read_word_list(path: Path) -> list[str]:
    """One entry per line; blank lines and '#' comments ignored."""
    if not path.exists():
        return []
    words = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            words.append(line)
    return words


def read_tsv(path: Path) -> list[dict[str, str]]:
    if not path.exists():
        return []
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))


def clean_person(name: str) -> str:
    name = re.sub(r"\([^)]*\)|\[[^\]]*\]", "", name)  # "(uncredited)", "[1]"
    name = " ".join(name.replace("\u00a0", " ").split()).strip(" .,;:")
    if name.endswith(("Jr", "Sr")):
        name += "."
    if (
        not name
        or name.lower() in {"unknown", "n/a", "none", "various"}
        or any(c.isdigit() for c in name)
    ):
        return ""
    return name


def split_names(field_value: str) -> list[str]:
    """'A B, C D Jr., E and F' -> ['A B', 'C D Jr.', 'E', 'F']."""
    names: list[str] = []
    for part in SPLIT_CAST.split(field_value or ""):
        part = part.strip()
        if part in SUFFIXES and names:
            names[-1] = clean_person(f"{names[-1]} {part}")
            continue
        cleaned = clean_person(part)
        if cleaned:
            names.append(cleaned)
    return names


def read_metaqa(path: Path, films: dict[tuple[str, str], Film], people: dict[str, Person]) -> None:
    years: dict[str, set[str]] = defaultdict(set)
    credits: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    titles: set[str] = set()
    with path.open(encoding="utf-8") as f:
        for line in f:
            parts = line.rstrip("\n").split("|")
            if len(parts) != 3:
                continue
            title, rel, obj = (p.strip() for p in parts)
            titles.add(title)
            if rel == "release_year":
                years[title].add(obj)
            elif rel in PEOPLE_RELATIONS:
                name = clean_person(obj)
                if not name:
                    continue
                person = people.setdefault(name, Person())
                person.roles.add(PEOPLE_RELATIONS[rel])
                person.films.add(f"metaqa:{title}")
                credits[title][PEOPLE_RELATIONS[rel]].add(name)
    for title in titles:
        # MetaQA keys films by title only; same-titled films (remakes) get all their years joined.
        key = (title, "|".join(sorted(years[title])))
        film = films.setdefault(key, Film(title))
        film.years |= years[title]
        film.directors |= credits[title]["director"]
        film.writers |= credits[title]["writer"]
        film.actors |= credits[title]["actor"]


def read_wikiplots(
    path: Path, films: dict[tuple[str, str], Film], people: dict[str, Person]
) -> set[tuple[str, str]]:
    """The films' titles and years, and their people; returns the (title, year) keys read."""
    keys: set[tuple[str, str]] = set()
    with path.open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            title = " ".join(row.get("Title", "").split())
            year = row.get("Release Year", "").strip()
            if not title:
                continue
            film_id = f"wikiplots:{title} ({year})"
            # The title and year only: the wikiplots gold set is built from the Director
            # and Cast columns, so film credits drawn from them would score the gold
            # against itself. Credits on a film come from MetaQA alone.
            films.setdefault((title, year), Film(title, {year} if year else set()))
            keys.add((title, year))
            for role, column in (("director", "Director"), ("actor", "Cast")):
                for name in split_names(row.get(column, "")):
                    person = people.setdefault(name, Person())
                    person.roles.add(role)
                    # a film already known from MetaQA under the same title counts once
                    person.films.add(
                        f"metaqa:{title}" if f"metaqa:{title}" in person.films else film_id
                    )
    return keys


def read_rotten_tomatoes(
    path: Path, films: dict[tuple[str, str], Film], people: dict[str, Person]
) -> None:
    """Directors of films the other sources give none for, or do not have.

    The table has no years, so a title the other sources already credit to someone else
    (a remake, or a namesake) is left alone: which of the films it means cannot be told.
    """
    by_title: dict[str, list[Film]] = defaultdict(list)
    for film in films.values():
        by_title[film.title].append(film)
    with path.open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            title = " ".join(row.get("movie_title", "").split())
            directors = split_names(row.get("directors", ""))
            if not title or not directors:
                continue
            known = by_title.get(title, [])
            if len(known) > 1 or any(film.directors for film in known):
                continue
            film = known[0] if known else films.setdefault((title, ""), Film(title))
            film.directors |= set(directors)
            for name in directors:
                person = people.setdefault(name, Person())
                person.roles.add("director")
                seen = f"metaqa:{title}" in person.films  # the same film, counted once
                person.films.add(f"metaqa:{title}" if seen else f"rt:{title}")


def _cell(row: dict[str, str], column: str) -> list[str]:
    return [v for v in (row.get(column) or "").split("|") if v]


def read_hand_films(
    path: Path,
    films: dict[tuple[str, str], Film],
    people: dict[str, Person],
    plots: set[tuple[str, str]],
) -> None:
    """Films written from general knowledge: directors (joined to what the other sources
    credit), screenwriters, and where each story is set.

    A row joins the film the other sources have under the same title (or one of its
    aliases), as :func:`_same_film` tells; otherwise it is a film of its own, one per label,
    so a review naming the original title finds it too. A row for a wikiplots film (the same
    title, released within a year) is left out: the wikiplots gold set is built from that
    table's columns, so credits on its films must not come from elsewhere.
    """
    by_title: dict[str, list[Film]] = defaultdict(list)
    for film in films.values():
        by_title[film.title].append(film)
    rows = read_tsv(path)
    namesakes: dict[str, int] = Counter(
        label for row in rows for label in {row["title"], *_cell(row, "aliases")}
    )
    for row in rows:
        title, year = row["title"], row["year"]
        if any((title, str(y)) in plots for y in range(int(year) - 1, int(year) + 2)):
            continue
        directors, writers = _cell(row, "directors"), _cell(row, "writers")
        for label in [title, *_cell(row, "aliases")]:
            near = [f for f in by_title.get(label, []) if _same_film(f, row, namesakes[label])]
            if not near:
                near = [films.setdefault((label, year), Film(label, {year}))]
                by_title[label].extend(near)
            for film in near:
                film.directors |= set(directors)
                film.screenwriters |= set(writers)
                film.settings |= set(_cell(row, "settings"))
        for role, names in (("director", directors), ("writer", writers)):
            for name in names:
                person = people.setdefault(name, Person())
                person.roles.add(role)
                seen = f"metaqa:{title}" in person.films  # the same film, counted once
                person.films.add(f"metaqa:{title}" if seen else f"hand:{title} ({year})")


def _same_film(film: Film, row: dict[str, str], namesakes: int) -> bool:
    """Whether a table row is ``film``: released within a year of it; an undated film (the
    Rotten Tomatoes table has no years, MetaQA sometimes none) is the row its directors are
    on, or, with none given, the only film of that title in the table. An undated film stays
    undated: MetaQA's may join two same-titled films' credits ("The General", Keaton's and
    Boorman's), and a year would hide one of them."""
    years = [int(y) for y in film.years if y.isdigit()]
    if years:
        return any(abs(y - int(row["year"])) <= 1 for y in years)
    if film.directors:
        return not film.directors.isdisjoint(_cell(row, "directors"))
    return namesakes == 1


# ---------------------------------------------------------------- writing


def first_name_candidates(people: dict[str, Person], stop: set[str]) -> list[str]:
    """Words that start at least two people's names, and start more names than they end:
    "Bennett" starts Bennett Miller's name but ends Joan, Constance and Enid Bennett's, and
    taken for a given name it turned "Millicent Lee (Bennett)" around."""
    counts: Counter[str] = Counter()
    ends: Counter[str] = Counter()
    for name in people:
        tokens = name.split()
        if len(tokens) >= 2 and NAME_TOKEN.match(tokens[0]):
            counts[tokens[0]] += 1
        if len(tokens) >= 2:
            ends[tokens[-1]] += 1
    return sorted(
        t
        for t, n in counts.items()
        if n >= MIN_FIRST_NAME_PEOPLE and n > ends[t] and t not in stop
    )


def lines_text(header: str | None, lines: list[str]) -> str:
    return ((header + "\n") if header else "") + "".join(line + "\n" for line in lines)


def write_text(path: Path, text: str) -> None:
    path.write_text(text, encoding="utf-8")
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        print(f"warning: {path.name} is {size} bytes (> {MAX_FILE_BYTES})", file=sys.stderr)
    print(f"wrote {path.relative_to(ROOT)}: {text.count(chr(10))} lines, {size} bytes")


def build(corpus: Path = CORPUS) -> int:
    generated = generate(corpus)
    if generated is None:
        return 1
    for name, text in generated.items():
        write_text(GAZ / name, text)
    return 0


def generate(corpus: Path = CORPUS) -> dict[str, str] | None:
    """The text of each generated file, by name (None, with the errors printed, when the
    hand-written table has bad rows)."""
    # The hand-written table is read as numbers and place names: a bad row is refused with
    # its line, before anything is written, rather than failing halfway through a build.
    problems = check_hand_films(read_tsv(GAZ / "films_hand.tsv"), place_labels())
    for problem in problems:
        print("error:", problem, file=sys.stderr)
    if problems:
        return None
    films: dict[tuple[str, str], Film] = {}
    people: dict[str, Person] = {}
    read_metaqa(corpus / METAQA, films, people)
    plots = read_wikiplots(corpus / WIKIPLOTS, films, people)
    read_rotten_tomatoes(corpus / ROTTEN_TOMATOES, films, people)
    read_hand_films(GAZ / "films_hand.tsv", films, people, plots)

    stop = set(read_word_list(GAZ / "common_capitalized.txt")) | set(
        read_word_list(GAZ / "honorifics.txt")
    )
    hand = read_word_list(GAZ / "first_names_hand.txt")
    auto = first_name_candidates(people, stop)
    first_names = sorted(set(hand) | set(auto))
    print(f"  first names: {len(hand)} hand + {len(auto)} derived -> {len(first_names)}")

    role_order = ["director", "actor", "writer"]
    people_text = lines_text(
        "name\troles\tcount",
        [
            f"{name}\t{','.join(r for r in role_order if r in p.roles)}\t{len(p.films)}"
            for name, p in sorted(people.items())
        ],
    )
    films_text = lines_text(
        "title\tyear\tdirectors\twriters\tactors\tscreenwriters\tsettings",
        [
            "\t".join(
                [
                    f.title,
                    *(
                        "|".join(sorted(v))
                        for v in (
                            f.years, f.directors, f.writers, f.actors, f.screenwriters, f.settings
                        )
                    ),
                ]
            )
            for _, f in sorted(films.items())
        ],
    )
    texts = (lines_text(None, first_names), people_text, films_text)
    return dict(zip(GENERATED, texts, strict=True))


# ---------------------------------------------------------------- checking


def check_places(rows: list[dict[str, str]]) -> list[str]:
    """Errors: bad kind, duplicate name, unknown parent, cycle, malformed Q-id, duplicate Q-id."""
    errors: list[str] = []
    names: dict[str, int] = {}
    qids: dict[str, str] = {}
    for i, row in enumerate(rows, start=2):
        name = row["name"]
        if not name or name != name.strip():
            errors.append(f"line {i}: bad name {name!r}")
        if name in names:
            errors.append(f"line {i}: duplicate name {name!r} (first on line {names[name]})")
        names[name] = i
        if row["kind"] not in PLACE_KINDS:
            errors.append(f"line {i}: {name}: bad kind {row['kind']!r}")
        qid = row["wikidata"]
        if qid:
            if not re.fullmatch(r"Q[1-9][0-9]*", qid):
                errors.append(f"line {i}: {name}: bad wikidata {qid!r}")
            elif qid in qids:
                errors.append(f"line {i}: {name}: wikidata {qid} also on {qids[qid]!r}")
            qids[qid] = name
    parents = {r["name"]: [p for p in r["parents"].split("|") if p] for r in rows}
    for name, ps in parents.items():
        for p in ps:
            if p not in parents:
                errors.append(f"{name}: parent {p!r} is not a row")
            if p == name:
                errors.append(f"{name}: is its own parent")
    for row in rows:
        if row["kind"] != "continent" and not parents[row["name"]]:
            errors.append(f"{row['name']}: no parent")
    # cycle detection: depth-first search with colours
    state: dict[str, int] = {}  # 1 = on stack, 2 = done

    def visit(node: str, path: list[str]) -> None:
        state[node] = 1
        for p in parents.get(node, []):
            if state.get(p) == 1:
                errors.append("cycle: " + " -> ".join([*path, node, p]))
            elif p in parents and state.get(p) != 2:
                visit(p, [*path, node])
        state[node] = 2

    for name in parents:
        if name not in state:
            visit(name, [])
    return errors


def given_name_places(rows: list[dict[str, str]], first_names: set[str]) -> list[str]:
    """Place labels a reader takes for a given name (Austin, Florence, "the Clyde"): each
    keeps that word from being read as a person or a character, so each is a decision."""
    labels = {lbl for row in rows for lbl in [row["name"], *row["aliases"].split("|")] if lbl}
    return sorted(lbl for lbl in labels if without_the(lbl) in first_names)


def without_the(label: str) -> str:
    return label[4:] if label[:4] in ("the ", "The ") else label


def place_warnings(rows: list[dict[str, str]], first_names: set[str]) -> list[str]:
    """Not errors: aliases shared by two rows, and place names that are also given names."""
    owners: dict[str, list[str]] = defaultdict(list)
    for row in rows:
        for label in [row["name"]] + [a for a in row["aliases"].split("|") if a]:
            owners[label].append(row["name"])
    warnings = [
        f"label {lbl!r} used by {', '.join(o)}" for lbl, o in owners.items() if len(set(o)) > 1
    ]
    homonyms = given_name_places(rows, first_names)
    if homonyms:
        warnings.append("place labels that are also given names: " + ", ".join(homonyms))
    return warnings


def check_hand_films(rows: list[dict[str, str]], place_labels: set[str]) -> list[str]:
    """Errors in films_hand.tsv: a missing title or director, a bad year, an empty or padded
    item, a title given twice for one year, a setting that is no place label."""
    errors: list[str] = []
    seen: dict[tuple[str, str], int] = {}
    for i, row in enumerate(rows, start=2):
        title, year = row.get("title") or "", row.get("year") or ""
        if not title or title != title.strip():
            errors.append(f"films_hand.tsv line {i}: bad title {title!r}")
        if not re.fullmatch(r"(?:18|19|20)[0-9]{2}", year):
            errors.append(f"films_hand.tsv line {i}: {title}: bad year {year!r}")
        if not row.get("directors"):
            errors.append(f"films_hand.tsv line {i}: {title}: no director")
        for column in ("aliases", "directors", "writers", "settings"):
            items = (row.get(column) or "").split("|") if row.get(column) else []
            if any(not item or item != item.strip() for item in items):
                errors.append(f"films_hand.tsv line {i}: {title}: empty or padded {column}")
        for place in _cell(row, "settings"):
            if place not in place_labels:
                errors.append(f"films_hand.tsv line {i}: {title}: {place!r} is not in places.tsv")
        key = (title.casefold(), year)
        if key in seen:
            errors.append(f"films_hand.tsv line {i}: {title} ({year}) also on line {seen[key]}")
        seen.setdefault(key, i)
    return errors


def check_periods(rows: list[dict[str, str]]) -> list[str]:
    """Named periods: whole years, a start no later than the end, each name given once (a
    name on two rows would date a story by whichever row was read last)."""
    errors: list[str] = []
    seen: dict[str, int] = {}
    for i, row in enumerate(rows, start=2):
        start, end = row.get("start", ""), row.get("end", "")
        if not (start.isdigit() and end.isdigit() and int(start) <= int(end)):
            errors.append(f"periods.tsv line {i}: {row['name']}: bad years {start!r}-{end!r}")
        for name in [row["name"], *_cell(row, "aliases")]:
            if name in seen:
                errors.append(f"periods.tsv line {i}: {name!r} also on line {seen[name]}")
            seen.setdefault(name, i)
    return errors


def place_labels(places: list[dict[str, str]] | None = None) -> set[str]:
    """Every name and alias of places.tsv."""
    rows = read_tsv(GAZ / "places.tsv") if places is None else places
    return {r["name"] for r in rows} | {a for r in rows for a in _cell(r, "aliases")}


def check(corpus: Path = CORPUS) -> int:
    places = read_tsv(GAZ / "places.tsv")
    errors = check_places(places)
    errors += check_hand_films(read_tsv(GAZ / "films_hand.tsv"), place_labels(places))
    errors += check_periods(read_tsv(GAZ / "periods.tsv"))
    names = {r["name"] for r in places}
    for row in read_tsv(GAZ / "demonyms.tsv"):
        if row["place"] and row["place"] not in names:
            errors.append(
                f"demonyms.tsv: {row['word']}: place {row['place']!r} is not in places.tsv"
            )
    for row in read_tsv(GAZ / "region_abbreviations.tsv"):
        if row["place"] not in names:
            errors.append(
                f"region_abbreviations.tsv: {row['abbreviation']}: place {row['place']!r} "
                "is not in places.tsv"
            )
    common = set(read_word_list(GAZ / "common_capitalized.txt"))
    hand = set(read_word_list(GAZ / "first_names_hand.txt"))
    for word in sorted(common & hand):
        errors.append(f"{word!r} is both in common_capitalized.txt and first_names_hand.txt")
    missing_titles = set(read_word_list(GAZ / "honorifics.txt")) - common
    for word in sorted(missing_titles):
        errors.append(f"honorific {word!r} missing from common_capitalized.txt")
    for w in place_warnings(places, set(read_word_list(GAZ / "first_names.txt"))):
        print("warning:", w)
    # A generated file the hand-written table has moved past: its rows reach extraction only
    # through films.tsv, so a table grown without a rebuild changes nothing, silently.
    if not (corpus / METAQA).is_file():
        print(f"note: no corpus at {corpus}: the generated files were not compared")
    elif not errors:
        for name, text in (generate(corpus) or {}).items():
            if (GAZ / name).read_text(encoding="utf-8") != text:
                errors.append(f"{name} is not what a rebuild writes: run tools/build_gazetteers.py")
    for e in errors:
        print("error:", e)
    kinds = Counter(r["kind"] for r in places)
    print(f"places.tsv: {len(places)} rows {dict(sorted(kinds.items()))}; {len(errors)} errors")
    return 1 if errors else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--check",
        action="store_true",
        help="validate the hand-written files and that the generated ones are up to date",
    )
    parser.add_argument(
        "--corpus", type=Path, default=CORPUS, help="the shared corpus (default: ../shared/corpus)"
    )
    args = parser.parse_args(argv)
    if args.check:
        return check(args.corpus)
    return build(args.corpus)


if __name__ == "__main__":
    sys.exit(main())
