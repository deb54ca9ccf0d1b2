"""When the story takes place: the words a review dates it with, as a :class:`Period`.

"1998", "the late 1950s", "the '50s", "the fifties", "the 19th century" and "the 1800s"
become ISO 8601 years or year intervals, so that "the 1950s" and "1950s Los Angeles" are one
value and a query can compare periods. Named periods ("World War II") are not words but
gazetteer rows (``data/gazetteer/periods.tsv``, ``Lexicon.periods``)."""

from __future__ import annotations

import re

from ..model import Period

__all__ = ["period_of"]

_ORDINAL_WORDS = (
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
    "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
    "seventeenth", "eighteenth", "nineteenth", "twentieth", "twenty-first",
)  # fmt: skip
_ORDINALS = {w: i + 1 for i, w in enumerate(_ORDINAL_WORDS)}
# "the aughts" and "the teens" are rarely a story's decade, and ambiguous: not read
_DECADE_WORDS = {
    "twenties": 1920, "thirties": 1930, "forties": 1940, "fifties": 1950, "sixties": 1960,
    "seventies": 1970, "eighties": 1980, "nineties": 1990,
}  # fmt: skip
_YEAR = re.compile(r"(1[0-9]|20)[0-9]{2}")
_DECADE = re.compile(r"(?P<y>(?:1[0-9]|20)[0-9]0)['’]?s|['’](?P<yy>[2-9]0)['’]?s")
_CENTURY = re.compile(
    r"(?P<n>[0-9]{1,2})(?:st|nd|rd|th)[- ]century|(?P<w>[a-z-]+)[- ]century", re.IGNORECASE
)


def period_of(words: str) -> Period | None:
    """The period ``words`` name, or None.

    >>> [str(period_of(w)) for w in ("1998", "1950s", "'60s", "Sixties", "1800s")]
    ['1998', '1950/1959', '1960/1969', '1960/1969', '1800/1899']
    >>> [str(period_of(w)) for w in ("19th century", "nineteenth-century", "1900s")]
    ['1800/1899', '1800/1899', '1900/1999']
    >>> period_of("the Depression") is None  # named periods are the gazetteer's
    True
    """
    w = words.strip()
    if _YEAR.fullmatch(w):
        return Period(int(w), int(w))
    m = _DECADE.fullmatch(w)
    if m:
        if m["y"]:
            first = int(m["y"])
            # "the 1800s" is the century; "the 1850s" a decade
            return Period(first, first + 99) if first % 100 == 0 else Period.decade(first)
        return Period.decade(1900 + int(m["yy"]))
    decade = _DECADE_WORDS.get(w.lower())
    if decade:
        return Period.decade(decade)
    c = _CENTURY.fullmatch(w)
    if c:
        ordinal = int(c["n"]) if c["n"] else _ORDINALS.get(c["w"].lower())
        if ordinal and 1 <= ordinal <= 21:
            return Period.century(ordinal)
    return None
