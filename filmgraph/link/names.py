"""Comparing names across spellings and scripts: transliteration folding and edit distance.

Russian names reach English reviews in many spellings (Tsypin, Cipin, Цыпин). Folding maps
them onto one rough phonetic spelling, and a normalised edit distance (with transpositions,
because typists swap letters: "Atrem") scores what folding leaves.

>>> fold("Artem Tsypin"), fold("Артём Цыпин"), fold("Atrem Cipin")
('artem cipin', 'artem cipin', 'atrem cipin')
>>> round(name_similarity("Atrem Cipin", "Artem Tsypin"), 2)
0.91
>>> name_similarity("Veniamin Kac", "Veniamin Kats")
1.0
"""

from __future__ import annotations

import re

from ..model import plain_words, unaccented

__all__ = ["fold", "name_similarity", "same_label"]

_CYRILLIC = dict(zip(
    "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
    ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "i", "k", "l", "m", "n", "o", "p",
     "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya"],
    strict=True,
))
# Order matters: longer spellings first, so "shch" is not read as "sh" + "ch".
_FOLDS = (
    ("shch", "sc"), ("kh", "h"), ("tz", "c"), ("ts", "c"), ("cz", "c"), ("zh", "z"),
    ("ch", "c"), ("sh", "s"), ("yo", "e"), ("ye", "e"), ("y", "i"), ("j", "i"), ("w", "v"),
    ("ks", "x"), ("ph", "f"),
)
_NOT_WORD = re.compile(r"[^a-z0-9]+")
_DOUBLE = re.compile(r"([a-z])\1+")


def fold(name: str) -> str:
    """A rough phonetic spelling: lower case, Latin script, no accents, common digraphs merged."""
    text = "".join(_CYRILLIC.get(ch, ch) for ch in unaccented(name.lower()))
    text = _NOT_WORD.sub(" ", text).strip()
    for spelling, folded in _FOLDS:
        text = text.replace(spelling, folded)
    return _DOUBLE.sub(r"\1", text)


def _osa_distance(a: str, b: str) -> int:
    """Edit distance counting an adjacent transposition as one edit (optimal string alignment)."""
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        row = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cost = 0 if ca == cb else 1
            row[j] = min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost)
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                row[j] = min(row[j], prev2[j - 2] + 1)
        prev2, prev = prev, row
    return prev[-1]


def _ratio(a: str, b: str) -> float:
    if not a or not b:
        return 0.0
    return 1.0 - _osa_distance(a, b) / max(len(a), len(b))


def name_similarity(a: str, b: str) -> float:
    """1.0 for the same name in any spelling folding covers, less for each edit left.

    Word order does not matter ("Zhovner Darya" is "Darya Zhovner").

    >>> name_similarity("Olga Dragunova", "Olga Ivanova") < 0.8
    True
    """
    fa, fb = fold(a), fold(b)
    direct = _ratio(fa, fb)
    swapped = _ratio(" ".join(sorted(fa.split())), " ".join(sorted(fb.split())))
    return max(direct, swapped)


def same_label(a: str, b: str) -> bool:
    """Whether two labels are the same name once case, accents and spacing are ignored.

    >>> same_label("Kabardino-Balkaria", "kabardino balkaria")
    True
    """
    return plain_words(a) == plain_words(b)
