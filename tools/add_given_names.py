"""Add given names to ``data/gazetteer/first_names_hand.txt``, with the homonym rules applied.

    python tools/add_given_names.py NEW.txt [NEW.txt ...]           # report what would be added
    python tools/add_given_names.py NEW.txt [NEW.txt ...] --write   # merge, then rebuild

A given name makes a capitalised word start a person's name, so a word that is more often
something else is refused, with the reason counted:

* a place label ("Sofia" stays a city: the 27 places that are also given names were each
  decided by hand, and a merge must not add to them silently);
* a word of ``common_capitalized.txt`` or ``honorifics.txt``;
* a common word: written in lower case in the corpus's prose at least once, and lower case
  in at least a fifth of its uses ("Octave", "Saber", "Tan");
* a surname: the film sources know it as the last word of two names or more, and twice as
  often as a first word ("Bennett", "Colman"), so "Betsy Thorne (Bennett)" keeps Bennett
  as the actor. Hyphenated names are exempt: "Bong Joon-ho" puts the given name last;
* not a name's shape: fewer than three letters, digits, or capitals after the first letter of a
  part ("DeShawn" is kept for a human to add).
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

# the gazetteer tool beside this one: its readers and paths
from build_gazetteers import CORPUS, GAZ, build, place_labels, read_tsv, read_word_list

HAND = GAZ / "first_names_hand.txt"
_SHAPE = re.compile(r"[^\W\d_]{2,}(?:['’-][^\W\d_]+)*")
_WORD = re.compile(r"[^\W\d_]+")
PROSE = ("ebert", "cmu", "seed", "wikiplots", "rotten_tomatoes")  # not MetaQA: lower-cased
INVENTED = GAZ.parent.parent / "tests" / "corpus" / "invented"  # the project's own reviews


def word_counts(corpus: Path = CORPUS) -> Counter[str]:
    """Each word's uses, case kept, in the corpus's prose and the project's own reviews."""
    counts: Counter[str] = Counter()
    for folder in [*(corpus / f for f in PROSE), INVENTED]:
        for path in sorted(folder.glob("*.*")):
            if path.suffix in (".txt", ".csv"):
                counts.update(_WORD.findall(path.read_text(encoding="utf-8", errors="replace")))
    return counts


def surname_words(gaz: Path = GAZ) -> set[str]:
    """Words the film sources know mostly as surnames."""
    first: Counter[str] = Counter()
    last: Counter[str] = Counter()
    for person in read_tsv(gaz / "people.tsv"):
        words = person["name"].split()
        if len(words) >= 2:
            first[words[0]] += 1
            last[words[-1]] += 1
    return {w for w, n in last.items() if n >= 2 and n >= 2 * first[w] and "-" not in w}


def refusal(
    name: str, words: Counter[str], *, listed: set[str], others: set[str], surnames: set[str]
) -> str | None:
    """Why ``name`` is not added, or None."""
    if name in listed:
        return "already listed"
    if len(name) < 3 or not _SHAPE.fullmatch(name) or not name[0].isupper():
        return "not a name's shape"
    if any(c.isupper() for part in re.split(r"['’-]", name) for c in part[1:]):
        return "not a name's shape"
    if name in others:
        return "a place label, or a word of common_capitalized or honorifics"
    lower, upper = words[name.lower()], words[name]
    if lower and lower * 5 >= upper:
        return "a common word (lower case in the corpus)"
    if name in surnames:
        return "mostly a surname in the film sources"
    return None


def merge(
    files: list[Path], *, corpus: Path = CORPUS, gaz: Path = GAZ
) -> tuple[list[str], Counter[str]]:
    """The names of ``files`` that can be added, and why the others were not."""
    listed = {w for f in ("first_names.txt", HAND.name) for w in read_word_list(gaz / f)}
    others = (
        place_labels(read_tsv(gaz / "places.tsv"))
        | set(read_word_list(gaz / "common_capitalized.txt"))
        | set(read_word_list(gaz / "honorifics.txt"))
    )
    words, surnames = word_counts(corpus), surname_words(gaz)
    report: Counter[str] = Counter()
    new: list[str] = []
    for path in files:
        if not path.is_file():
            sys.exit(f"{path}: no such file")
        for name in read_word_list(path):
            why = refusal(name, words, listed=listed, others=others, surnames=surnames)
            if why:
                report[why] += 1
            else:
                new.append(name)
                listed.add(name)
    return new, report


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("files", nargs="+", type=Path, metavar="NEW.txt")
    ap.add_argument("--write", action="store_true", help="merge the names and rebuild")
    args = ap.parse_args(argv)
    if not (CORPUS / "ebert").is_dir():
        sys.exit(f"{CORPUS}: no corpus, so common words cannot be told from names")
    new, report = merge(args.files)
    for reason, n in sorted(report.items()):
        print(f"{n:6d}  {reason}")
    print(f"{len(new):6d}  names to add")
    if args.write and new:
        names = sorted(set(read_word_list(HAND)) | set(new))
        HAND.write_text("\n".join(names) + "\n", encoding="utf-8")
        print(f"merged into {HAND}; rebuilding")
        return build()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
