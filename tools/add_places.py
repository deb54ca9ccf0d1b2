"""Append new rows to ``data/gazetteer/places.tsv``, with the table's homonym rule applied.

    python tools/add_places.py NEW.tsv [NEW.tsv ...]            # report what would be added
    python tools/add_places.py NEW.tsv [NEW.tsv ...] --write    # append, then run --check

Each file has the header of ``places.tsv`` (name, kind, parents, aliases, wikidata). Files
are read in order; a row whose name is already a label (as extraction looks labels up:
lower case, without a leading "the") is left out, and so is an alias already taken. The
``wikidata`` column is emptied: Q-ids are filled only where known for certain.

A place label keeps its word from being read as a person or a character, so a new bare
label that is a given name, a common capitalised word, a name in ``people.tsv`` or the
surname of film people credited on three films or more is not taken as written: an alias
is dropped, a name is qualified by its first parent ("Salerno" → "Salerno, Campania"),
and the rows under it follow. A row whose parent is no label is left out.
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections import Counter
from pathlib import Path

# the gazetteer tool beside this one: its readers and paths
from build_gazetteers import GAZ, read_tsv, read_word_list, without_the

COLUMNS = ["name", "kind", "parents", "aliases", "wikidata"]
KINDS = {"country", "region", "city", "district", "landmark"}
FREQUENT_SURNAME = 3  # films credited to people of that surname

Row = dict[str, str]


def key(label: str) -> str:
    """A label as the lexicon looks it up."""
    label = label.strip().lower()
    return label[4:] if label.startswith("the ") else label


class Homonyms:
    """Words a place label must not take from people."""

    def __init__(self, gaz: Path = GAZ) -> None:
        words = {
            w
            for f in ("first_names.txt", "first_names_hand.txt", "common_capitalized.txt")
            for w in read_word_list(gaz / f)
        }
        surnames: Counter[str] = Counter()
        for person in read_tsv(gaz / "people.tsv"):
            words.add(person["name"])
            if " " in person["name"]:
                surnames[person["name"].split()[-1]] += int(person.get("count") or 1)
        self.words = words | {s for s, n in surnames.items() if n >= FREQUENT_SURNAME}

    def __contains__(self, label: object) -> bool:
        return isinstance(label, str) and without_the(label) in self.words


def read_new(path: Path) -> list[Row]:
    """The rows of a file of new places; a wrong header ends the run with one line."""
    if not path.is_file():
        sys.exit(f"{path}: no such file")
    with path.open(encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE)
        if reader.fieldnames != COLUMNS:
            sys.exit(f"{path}: the header must be {' '.join(COLUMNS)}")
        return list(reader)


def merge(old: list[Row], files: list[Path], homonyms: Homonyms) -> tuple[list[Row], Counter[str]]:
    """The rows of ``files`` that can be added to ``old``, and why the others were not."""
    report: Counter[str] = Counter()
    taken = {key(s) for r in old for s in [r["name"], *r["aliases"].split("|")] if s}
    new: list[Row] = []
    for path in files:
        for row in read_new(path):
            name, kind = (row.get("name") or "").strip(), (row.get("kind") or "").strip()
            if not name or kind not in KINDS or None in row:
                report["malformed"] += 1
                continue
            if key(name) in taken:
                report["name already a label"] += 1
                continue
            aliases: list[str] = []
            for alias in (a.strip() for a in (row.get("aliases") or "").split("|")):
                if not alias or key(alias) in taken or key(alias) == key(name):
                    report["alias already a label"] += bool(alias)
                elif alias in homonyms:
                    report["alias a person's word, dropped"] += 1
                elif alias not in aliases:
                    aliases.append(alias)
            parents = (row.get("parents") or "").strip()
            new.append({"name": name, "kind": kind, "parents": parents,
                        "aliases": "|".join(aliases), "wikidata": ""})
            taken |= {key(s) for s in [name, *aliases]}
    renamed: dict[str, str | None] = {}
    for row in new:
        name = row["name"]
        if "," in name or "(" in name or name not in homonyms:
            continue
        parent = row["parents"].split("|")[0].partition(",")[0].partition(" (")[0]
        qualified = f"{name}, {parent}" if parent else None
        renamed[name] = qualified if qualified and key(qualified) not in taken else None
        if qualified:
            taken.add(key(qualified))
        report["name a person's word, qualified" if renamed[name] else "name dropped"] += 1
    for row in new:
        row["name"] = renamed.get(row["name"], row["name"]) or ""
        kept = (renamed.get(p, p) for p in row["parents"].split("|") if p)
        row["parents"] = "|".join(p for p in kept if p)
    new = [r for r in new if r["name"]]
    names = {r["name"] for r in old} | {r["name"] for r in new}
    while orphans := {
        r["name"] for r in new if not r["parents"] or not names.issuperset(r["parents"].split("|"))
    }:
        report["parent not a row"] += len(orphans)
        new = [r for r in new if r["name"] not in orphans]
        names -= orphans
    return new, report


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("files", nargs="+", type=Path, metavar="NEW.tsv")
    ap.add_argument("--write", action="store_true", help="append the rows to places.tsv")
    args = ap.parse_args(argv)
    places = GAZ / "places.tsv"
    new, report = merge(read_tsv(places), args.files, Homonyms())
    for reason, n in sorted(report.items()):
        print(f"{n:6d}  {reason}")
    kinds = Counter(r["kind"] for r in new).most_common()
    print(f"{len(new):6d}  rows to add: " + ", ".join(f"{kind} {n}" for kind, n in kinds))
    if args.write:
        with places.open("a", encoding="utf-8", newline="") as f:
            f.writelines("\t".join(r[c] for c in COLUMNS) + "\n" for r in new)
        print(f"appended to {places}; now run python tools/build_gazetteers.py --check")
    return 0


if __name__ == "__main__":
    sys.exit(main())
