"""Places named with the region after a comma: "London, Ontario", "Hannibal, Mo.".

The gazetteer lists a town whose bare name means something else (another city, a given name)
only under its qualified name ("London, Ontario", "Hannibal, Missouri", "Athens, Georgia"), and
newspapers write a US state after a town in its postal-style abbreviation ("Muncie, Ind.").
These are read only right after a town and its comma: alone, "Mass." is a church service and
"Pa." a father.
"""

from __future__ import annotations

import re

from .lexicon import Lexicon, PlaceEntry

__all__ = ["US_STATE_ABBREVIATIONS", "QualifiedPlace", "qualified_place", "region_after"]

#: The abbreviations US newspapers write after a town (AP style, and the longer forms).
US_STATE_ABBREVIATIONS: dict[str, str] = {
    "Ala.": "Alabama",
    "Ariz.": "Arizona",
    "Ark.": "Arkansas",
    "Calif.": "California",
    "Cal.": "California",
    "Colo.": "Colorado",
    "Conn.": "Connecticut",
    "Del.": "Delaware",
    "Fla.": "Florida",
    "Ga.": "Georgia (U.S. state)",
    "Ill.": "Illinois",
    "Ind.": "Indiana",
    "Kan.": "Kansas",
    "Kans.": "Kansas",
    "Ky.": "Kentucky",
    "La.": "Louisiana",
    "Md.": "Maryland",
    "Mass.": "Massachusetts",
    "Mich.": "Michigan",
    "Minn.": "Minnesota",
    "Miss.": "Mississippi",
    "Mo.": "Missouri",
    "Mont.": "Montana",
    "Neb.": "Nebraska",
    "Nebr.": "Nebraska",
    "Nev.": "Nevada",
    "N.H.": "New Hampshire",
    "N.J.": "New Jersey",
    "N.M.": "New Mexico",
    "N.Mex.": "New Mexico",
    "N.Y.": "New York (state)",
    "N.C.": "North Carolina",
    "N.D.": "North Dakota",
    "Okla.": "Oklahoma",
    "Ore.": "Oregon",
    "Pa.": "Pennsylvania",
    "Penn.": "Pennsylvania",
    "R.I.": "Rhode Island",
    "S.C.": "South Carolina",
    "S.D.": "South Dakota",
    "Tenn.": "Tennessee",
    "Tex.": "Texas",
    "Vt.": "Vermont",
    "Va.": "Virginia",
    "Wash.": "Washington (state)",
    "W.Va.": "West Virginia",
    "Wis.": "Wisconsin",
    "Wisc.": "Wisconsin",
    "Wyo.": "Wyoming",
}

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
        state = US_STATE_ABBREVIATIONS.get(surface)
        if state is not None:
            entry = lexicon.place_names.get(state)
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
