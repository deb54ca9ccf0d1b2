"""Places named with the region after a comma: "London, Ontario", "Hannibal, Mo.".

The gazetteer lists a town whose bare name means something else (another city, a given name)
only under its qualified name ("London, Ontario", "Hannibal, Missouri", "Athens, Georgia"), and
newspapers write a US state after a town in its abbreviation ("Muncie, Ind.";
``region_abbreviations.tsv`` in the gazetteer). These are read only right after a town and its
comma: alone, "Mass." is a church service and "Pa." a father.
"""

from __future__ import annotations

import re

from .lexicon import Lexicon, PlaceEntry

__all__ = ["QualifiedPlace", "qualified_place", "region_after"]

# ", North Carolina", ", N.C.", ", Mo.": up to three capitalised words after a comma.
_REGION_AFTER = re.compile(r",[ ]+(?P<region>[A-Z][\w'’.-]*(?:[ ][A-Z][\w'’.-]*){0,2})")

#: A town's row, and the region named after it with that region's span.
QualifiedPlace = tuple[PlaceEntry, PlaceEntry, int, int]


def region_after(lexicon: Lexicon, text: str, end: int) -> tuple[PlaceEntry, int, int] | None:
    """The region named after the comma at ``end``, longest name first, and its span.

    >>> from filmgraph.extract.lexicon import default_lexicon
    >>> text = "Muncie, Ind., and Raleigh, North Carolina."
    >>> [(r.name, text[s:e]) for r, s, e in (region_after(default_lexicon(), text, i)
    ...  for i in (6, 25))]
    [('Indiana', 'Ind.'), ('North Carolina', 'North Carolina')]
    """
    m = _REGION_AFTER.match(text, end)
    if m is None:
        return None
    words = m["region"].split(" ")
    for n in range(len(words), 0, -1):
        surface = " ".join(words[:n])
        region = lexicon.region_abbreviations.get(surface)
        if region is not None:
            entry = lexicon.place_names.get(region)
        else:
            surface = surface.rstrip(".,'’")  # the full stop of a sentence, not of the name
            entry = lexicon.place(surface)
        if entry is not None:
            return entry, m.start("region"), m.start("region") + len(surface)
    return None


def qualified_place(lexicon: Lexicon, text: str, start: int, end: int) -> QualifiedPlace | None:
    """The place ``text[start:end]`` names given the region after its comma, with that
    region: the qualified row ("London, Ontario"; "Hannibal, Mo." is "Hannibal, Missouri"), or
    the town the gazetteer knows by its bare name when it lies in that region ("Muncie, Ind.").

    >>> from filmgraph.extract.lexicon import default_lexicon
    >>> lex = default_lexicon()
    >>> found = qualified_place(lex, "in London, Ontario.", 3, 9)
    >>> found[0].name, found[1].name
    ('London, Ontario', 'Ontario')
    >>> qualified_place(lex, "in Hannibal, Mo., a town", 3, 11)[0].name
    'Hannibal, Missouri'
    >>> qualified_place(lex, "in London, Paris and Rome", 3, 9) is None
    True
    """
    found = region_after(lexicon, text, end)
    if found is None:
        return None
    region, region_start, region_end = found
    town = text[start:end]
    for name in (f"{town}, {text[region_start:region_end]}", f"{town}, {region.name}"):
        entry = lexicon.place(name)
        if entry is not None and entry.name != region.name:
            if region.name not in lexicon.with_ancestors(entry.parents) and entry.parents:
                # "Athens, Georgia": the region the row lies in (the state), not the country
                region = lexicon.place_names.get(entry.parents[0], region)
            return entry, region, region_start, region_end
    plain = lexicon.place(town)
    if plain is not None and region.name in lexicon.with_ancestors(plain.parents):
        return plain, region, region_start, region_end
    return None
