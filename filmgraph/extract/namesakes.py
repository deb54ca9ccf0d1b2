"""Towns the gazetteer lists only under a qualified name, read when a review names them bare.

A place whose bare name is a given name, a surname or another town's ("Lafayette",
"Norfolk", "Kano", "Chinatown") is a row of the gazetteer only as "Lafayette, Louisiana",
"Norfolk, England", "Kano, Nigeria", so that "Lafayette" alone stays a person. Reviews write
the bare name ("they drive out to Lafayette"). It is read as the row where a preposition of
place stands right before it, the review uses the word mostly so, and it names, elsewhere,
the region that row lies in:
"Lafayette" in a review that names New Orleans is "Lafayette, Louisiana"; with Indiana named
instead, "Lafayette, Indiana"; with neither, nothing.

>>> from filmgraph.extract.lexicon import default_lexicon
>>> from filmgraph.extract.place_cues import place_mentions
>>> lex = default_lexicon()
>>> text = "Set in New Orleans, it ends with a long drive out to Lafayette."
>>> [(p.name, s) for p, s, _, _ in bare_namesakes(text, lex, list(place_mentions(text, lex)))]
[('New Orleans', 7), ('Lafayette, Louisiana', 53)]
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .lexicon import Lexicon, PlaceEntry
from .qualified_places import region_after
from .text import word_starts

__all__ = ["bare_namesakes"]

Mention = tuple[PlaceEntry, int, int, str]

# A capitalised name of up to three words, not run on into another capitalised word.
_BARE = re.compile(r"(?<![\w'’-])[A-Z][\w'’-]*(?:[ ][A-Z][\w'’-]*){0,2}(?![\w'’-]|[ ][A-Z])")
# A preposition of place right before: not "with", "for", "by", which take people as often.
_PLACE_PREP = re.compile(
    r"\b(?:in|into|from|near|outside|around|across|through|to|towards?|at)\s+$"
)
# Words for part of a town, after its name: "the Uptown neighborhood".
_TOWN_PARTS = r"neighbou?rhood|district|area|quarter|streets?|section|suburbs?|waterfront"
# After the name: punctuation, or a word a place's phrase ends on ("sent to Spring training"
# is no town).
_AFTER = re.compile(
    r"(?:[’']s)?(?:\s*[^\w\s]|\s*$|\s+(?:and|or|but|where|when|while|with|for|to|in|on|at|"
    rf"by|from|after|before|until|is|was|are|were|has|had|the|a|an|his|her|their|its|"
    rf"{_TOWN_PARTS})\b)"
)
_PLACE_NOUN_AFTER = re.compile(rf"\s+(?:{_TOWN_PARTS})\b")
# How surely a row is the town meant: the review names a place that lies in the row itself
# ("Norwich" for "Norfolk, England"), or in the region the row directly lies in, or only in
# its country.
_PARENT, _INSIDE, _COUNTRY = 2, 3, 1


def _index(lexicon: Lexicon) -> dict[str, tuple[PlaceEntry, ...]]:
    """Bare name → the rows it qualifies, for bare names that are no row themselves."""
    out: dict[str, tuple[PlaceEntry, ...]] = {}
    for surface in lexicon.place_surfaces:
        head, comma, _ = surface.partition(", ")
        if not comma or not head[:1].isupper() or lexicon.place(head) is not None:
            continue
        entry = lexicon.place(surface)
        if entry is not None and entry not in out.get(head, ()):
            out[head] = (*out.get(head, ()), entry)
    return out


def _countries(lexicon: Lexicon, names: set[str]) -> set[str]:
    return {
        n
        for n in lexicon.with_ancestors(names)
        if (e := lexicon.place_names.get(n)) and e.kind == "country"
    }


def bare_namesakes(text: str, lexicon: Lexicon, found: Sequence[Mention]) -> list[Mention]:
    """The gazetteer's mentions ``found`` in ``text`` with the bare namesakes of qualified
    rows added, in text order. A place found inside a namesake's words ("Salem" in "New
    Salem") is dropped: it is part of the namesake's name."""
    index = lexicon.derived("bare_namesakes", _index)
    runs = [
        (m, rows)
        for m in _BARE.finditer(text)
        if (rows := index.get(m.group(0)))
        and _PLACE_PREP.search(text, max(0, m.start() - 12), m.start())
        and _AFTER.match(text, m.end())
        and _mostly_placed(text, m.group(0))  # not "Lee Taylor …, towards Taylor"
        and not _other_region_after(lexicon, text, m.end(), rows)
    ]
    if not runs:
        return list(found)
    kept = [f for f in found if not any(m.start() <= f[1] < m.end() for m, _ in runs)]
    named = {entry.name for entry, *_ in kept}
    around = lexicon.with_ancestors(named)
    countries = _countries(lexicon, named)
    added: list[Mention] = []
    for m, rows in runs:
        scores = {row: _support(lexicon, row, around, countries) for row in rows}
        best = max(scores.values())
        winners = [row for row, score in scores.items() if score == best]
        if best and len(winners) == 1:  # a tie says nothing of which town is meant
            added.append((winners[0], m.start(), m.end(), m.group(0)))
    return sorted([*kept, *added], key=lambda f: f[1])


def _support(lexicon: Lexicon, row: PlaceEntry, around: set[str], countries: set[str]) -> int:
    if row.name in around:
        return _INSIDE
    if around.intersection(row.parents):
        return _PARENT
    return _COUNTRY if countries & _countries(lexicon, {row.name}) else 0


def _mostly_placed(text: str, name: str) -> bool:
    """Whether most uses of ``name`` in ``text`` are a place's: after a preposition of place,
    or before a word for part of a town ("the Uptown neighborhood"). A name used as a person's
    is mostly not ("Reporter Lee Taylor …, Taylor investigates …, towards Taylor")."""
    uses = word_starts(text, name)
    placed = sum(
        bool(
            _PLACE_PREP.search(text, max(0, at - 12), at)
            or _PLACE_NOUN_AFTER.match(text, at + len(name))
        )
        for at in uses
    )
    return 2 * placed > len(uses)


def _other_region_after(
    lexicon: Lexicon, text: str, end: int, rows: tuple[PlaceEntry, ...]
) -> bool:
    """Whether a comma and a region the rows do not lie in follow: "Caldwell, Kansas" is no
    row of the gazetteer's, and not its "Caldwell, Idaho"."""
    region = region_after(lexicon, text, end)
    if region is None:
        return False
    return not any(region[0].name in lexicon.with_ancestors({row.name}) for row in rows)
