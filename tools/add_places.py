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

GAZ = Path(__file__).resolve().parent.parent / "data" / "gazetteer"
HEADER = ["name", "kind", "parents", "aliases", "wikidata"]
KINDS = {"country", "region", "city", "district", "landmark"}
FREQUENT_SURNAME = 3  # films credited to people of that surname


def key(label: str) -> str:
    """A label as the lexicon looks it up."""
    label = label.strip().lower()
    return label[4:] if label.startswith("the ") else label


def read_rows(path: Path) -> list[list[str]]:
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    if not rows or rows[0] != HEADER:
        sys.exit(f"{path}: the header must be {' '.join(HEADER)}")
    return rows[1:]


def _words(name: str) -> set[str]:
    lines = (GAZ / name).read_text(encoding="utf-8").splitlines()
    return {w.strip() for w in lines if w.strip() and not w.startswith("#")}


class Homonyms:
    """Words a place label must not take from people."""

    def __init__(self) -> None:
        self.words = _words("first_names.txt") | _words("first_names_hand.txt")
        self.words |= _words("common_capitalized.txt")
        surnames: Counter[str] = Counter()
        for name, _, count in read_rows_plain(GAZ / "people.tsv"):
            self.words.add(name)
            if " " in name:
                surnames[name.split()[-1]] += int(count or 1)
        self.words |= {s for s, n in surnames.items() if n >= FREQUENT_SURNAME}

    def __contains__(self, label: object) -> bool:
        if not isinstance(label, str):
            return False
        for the in ("the ", "The "):
            label = label.removeprefix(the)
        return label in self.words


def read_rows_plain(path: Path) -> list[list[str]]:
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE))[1:]


def merge(old: list[list[str]], files: list[Path], homonyms: Homonyms) -> tuple[
    list[list[str]], Counter[str]
]:
    """The rows of ``files`` that can be added to ``old``, and why the others were not."""
    report: Counter[str] = Counter()
    taken = {key(s) for r in old for s in [r[0], *r[3].split("|")] if s}
    new: list[list[str]] = []
    for path in files:
        for row in read_rows(path):
            row = [c.strip() for c in row]
            if len(row) != 5 or not row[0] or row[1] not in KINDS:
                report["malformed"] += 1
                continue
            if key(row[0]) in taken:
                report["name already a label"] += 1
                continue
            aliases: list[str] = []
            for alias in (a.strip() for a in row[3].split("|")):
                if not alias or key(alias) in taken or key(alias) == key(row[0]):
                    report["alias already a label"] += bool(alias)
                elif alias in homonyms:
                    report["alias a person's word, dropped"] += 1
                elif alias not in aliases:
                    aliases.append(alias)
            new.append([row[0], row[1], row[2], "|".join(aliases), ""])
            taken |= {key(s) for s in [row[0], *aliases]}
    renamed: dict[str, str | None] = {}
    for row in new:
        if "," in row[0] or "(" in row[0] or row[0] not in homonyms:
            continue
        parent = row[2].split("|")[0].partition(",")[0].partition(" (")[0]
        qualified = f"{row[0]}, {parent}" if parent else None
        renamed[row[0]] = qualified if qualified and key(qualified) not in taken else None
        if qualified:
            taken.add(key(qualified))
        report["name a person's word, qualified" if renamed[row[0]] else "name dropped"] += 1
    for row in new:
        row[0] = renamed.get(row[0], row[0]) or ""
        row[2] = "|".join(p for p in (renamed.get(p, p) for p in row[2].split("|") if p) if p)
    new = [r for r in new if r[0]]
    names = {r[0] for r in old} | {r[0] for r in new}
    while orphans := {r[0] for r in new if not r[2] or not names.issuperset(r[2].split("|"))}:
        report["parent not a row"] += len(orphans)
        new = [r for r in new if r[0] not in orphans]
        names -= orphans
    return new, report


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("files", nargs="+", type=Path, metavar="NEW.tsv")
    ap.add_argument("--write", action="store_true", help="append the rows to places.tsv")
    args = ap.parse_args(argv)
    places = GAZ / "places.tsv"
    new, report = merge(read_rows(places), args.files, Homonyms())
    for reason, n in sorted(report.items()):
        print(f"{n:6d}  {reason}")
    print(f"{len(new):6d}  rows to add: " + ", ".join(
        f"{kind} {n}" for kind, n in Counter(r[1] for r in new).most_common()
    ))
    if args.write:
        with open(places, "a", encoding="utf-8", newline="") as f:
            f.writelines("\t".join(r) + "\n" for r in new)
        print(f"appended to {places.relative_to(GAZ.parent.parent)}; "
              "now run python tools/build_gazetteers.py --check")
    return 0


if __name__ == "__main__":
    sys.exit(main())
