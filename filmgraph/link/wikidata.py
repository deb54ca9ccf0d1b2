"""The questions we ask Wikidata, batched with ``VALUES``, and their answers as plain values.

Every name and item is put into the query as an escaped RDF term (rdflib's ``n3()``), never
as pasted text, so a review that names a film ``x" } DROP ALL #`` asks about that title only.

>>> print(label_values(["Closeness"], ("en", "ru")))
"Closeness"@en "Closeness"@ru
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field

from rdflib import Literal

from .client import WikidataClient

__all__ = [
    "DEFAULT_LANGUAGES",
    "FilmFacts",
    "PersonFacts",
    "PlaceFacts",
    "film_facts",
    "find_candidates",
    "label_values",
    "person_facts",
    "place_facts",
]

#: Label languages asked for; Cyrillic names are looked up in Cyrillic-script languages.
DEFAULT_LANGUAGES: tuple[str, ...] = ("en", "mul", "de", "fr", "es", "it", "ru", "uk")
_CYRILLIC_LANGUAGES = ("ru", "uk", "be", "mul")
_BATCH = 40
_ITEM = re.compile(r"^http://www\.wikidata\.org/entity/Q[0-9]+$")

PREFIXES = """PREFIX wd: <http://www.wikidata.org/entity/>
PREFIX wdt: <http://www.wikidata.org/prop/direct/>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
"""

#: What a candidate must be, by kind: never a sports team or a novel for a film title, never a
#: person or a film for a place.
TYPE_CONSTRAINTS = {
    "film": "?item wdt:P31/wdt:P279* wd:Q11424 .",
    "person": "?item wdt:P31 wd:Q5 .",
    "place": (
        "FILTER EXISTS { ?item wdt:P625|wdt:P17|wdt:P131 ?where }\n"
        "  FILTER NOT EXISTS { ?item wdt:P31 wd:Q5 }\n"
        "  FILTER NOT EXISTS { ?item wdt:P31/wdt:P279* wd:Q11424 }"
    ),
}
ROLES = {
    "http://www.wikidata.org/prop/direct/P57": "director",
    "http://www.wikidata.org/prop/direct/P161": "actor",
    "http://www.wikidata.org/prop/direct/P58": "writer",
}


@dataclass(slots=True)
class FilmFacts:
    years: set[int] = field(default_factory=set)
    dates: set[str] = field(default_factory=set)
    #: crew member item → (their labels, their roles on this film)
    crew: dict[str, tuple[set[str], set[str]]] = field(default_factory=dict)


@dataclass(slots=True)
class PersonFacts:
    births: set[str] = field(default_factory=set)


@dataclass(slots=True)
class PlaceFacts:
    coords: tuple[float, float] | None = None  # latitude, longitude
    #: every item above this one by P131/P17 → its labels
    ancestors: dict[str, set[str]] = field(default_factory=dict)
    #: (child, parent, "P131" | "P17") edges of the chain, for the enrichment graph
    edges: set[tuple[str, str, str]] = field(default_factory=set)
    #: one display name per ancestor, English when there is one
    names: dict[str, str] = field(default_factory=dict)


def _languages(name: str, languages: Sequence[str]) -> Sequence[str]:
    return _CYRILLIC_LANGUAGES if re.search("[\u0400-\u04ff]", name) else languages


def label_values(names: Iterable[str], languages: Sequence[str]) -> str:
    """The names as language-tagged literals for a ``VALUES`` block."""
    return " ".join(Literal(n, lang=lang).n3() for n in names for lang in _languages(n, languages))


def _items(qids: Iterable[str]) -> str:
    return " ".join(f"<{q}>" for q in qids if _ITEM.match(q))


def _chunks(values: Sequence[str], size: int = _BATCH) -> Iterator[Sequence[str]]:
    for start in range(0, len(values), size):
        yield values[start:start + size]


def _lang_filter(var: str, languages: Sequence[str]) -> str:
    wanted = dict.fromkeys([*languages, *_CYRILLIC_LANGUAGES])
    langs = ", ".join(Literal(lang).n3() for lang in wanted)
    return f"FILTER(LANG({var}) IN ({langs}))"


def find_candidates(client: WikidataClient, names: Iterable[str], kind: str, *,
                    languages: Sequence[str] = DEFAULT_LANGUAGES) -> dict[str, set[str]]:
    """Items of the right kind whose label or alias is exactly one of ``names``, by name."""
    wanted = sorted({n for n in names if n.strip()})
    found: dict[str, set[str]] = {n: set() for n in wanted}
    for batch in _chunks(wanted):
        rows = client.select(f"""{PREFIXES}SELECT DISTINCT ?item ?label WHERE {{
  VALUES ?label {{ {label_values(batch, languages)} }}
  ?item rdfs:label|skos:altLabel ?label .
  {TYPE_CONSTRAINTS[kind]}
}}""")
        for row in rows:
            label, item = row["label"]["value"], row["item"]["value"]
            if label in found and _ITEM.match(item):
                found[label].add(item)
    return found


def film_facts(client: WikidataClient, qids: Iterable[str], *,
               languages: Sequence[str] = DEFAULT_LANGUAGES) -> dict[str, FilmFacts]:
    """Publication dates and the director, cast and writers (with their labels) of films."""
    items = sorted(set(qids))
    out = {q: FilmFacts() for q in items}
    for batch in _chunks(items):
        rows = client.select(f"""{PREFIXES}SELECT ?item ?date ?role ?person ?label WHERE {{
  VALUES ?item {{ {_items(batch)} }}
  {{ ?item wdt:P577 ?date }} UNION {{
    VALUES ?role {{ wdt:P57 wdt:P161 wdt:P58 }}
    ?item ?role ?person . ?person rdfs:label|skos:altLabel ?label .
    {_lang_filter("?label", languages)} }}
}}""")
        for row in rows:
            facts = out.get(row["item"]["value"])
            if facts is None:
                continue
            if "date" in row:
                date = row["date"]["value"]
                facts.dates.add(date)
                if date[:4].isdigit():
                    facts.years.add(int(date[:4]))
            if "person" in row and _ITEM.match(row["person"]["value"]):
                labels, roles = facts.crew.setdefault(row["person"]["value"], (set(), set()))
                labels.add(row["label"]["value"])
                roles.add(ROLES.get(row["role"]["value"], "crew"))
    return out


def person_facts(client: WikidataClient, qids: Iterable[str]) -> dict[str, PersonFacts]:
    """Dates of birth (P569)."""
    items = sorted(set(qids))
    out = {q: PersonFacts() for q in items}
    for batch in _chunks(items):
        for row in client.select(f"""{PREFIXES}SELECT ?item ?birth WHERE {{
  VALUES ?item {{ {_items(batch)} }}
  ?item wdt:P569 ?birth .
}}"""):
            if row["item"]["value"] in out:
                out[row["item"]["value"]].births.add(row["birth"]["value"])
    return out


_POINT = re.compile(r"Point\(\s*([-+0-9.eE]+)\s+([-+0-9.eE]+)\s*\)")


def place_facts(client: WikidataClient, qids: Iterable[str], *,
                languages: Sequence[str] = DEFAULT_LANGUAGES) -> dict[str, PlaceFacts]:
    """Coordinates (P625) and the chain of places above (P131, then P17) with their labels."""
    items = sorted(set(qids))
    out = {q: PlaceFacts() for q in items}
    for batch in _chunks(items):
        for row in client.select(f"""{PREFIXES}SELECT ?item ?coord WHERE {{
  VALUES ?item {{ {_items(batch)} }}
  ?item wdt:P625 ?coord .
}}"""):
            m = _POINT.search(row["coord"]["value"])
            if m and row["item"]["value"] in out:
                lon, lat = float(m.group(1)), float(m.group(2))
                out[row["item"]["value"]].coords = (lat, lon)
        for row in client.select(f"""{PREFIXES}SELECT ?item ?child ?prop ?parent ?label WHERE {{
  VALUES ?item {{ {_items(batch)} }}
  ?item wdt:P131* ?child .
  VALUES ?prop {{ wdt:P131 wdt:P17 }}
  ?child ?prop ?parent .
  OPTIONAL {{ ?parent rdfs:label|skos:altLabel ?label . {_lang_filter("?label", languages)} }}
}}"""):
            facts = out.get(row["item"]["value"])
            child, parent = row["child"]["value"], row["parent"]["value"]
            if facts is None or not (_ITEM.match(child) and _ITEM.match(parent)) or parent == child:
                continue
            labels = facts.ancestors.setdefault(parent, set())
            if "label" in row:
                label = row["label"]["value"]
                labels.add(label)
                if parent not in facts.names or row["label"].get("xml:lang") == "en":
                    facts.names[parent] = label
            facts.edges.add((child, parent, row["prop"]["value"].rsplit("/", 1)[-1]))
    return out
