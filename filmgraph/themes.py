"""The SKOS theme vocabulary shipped in ``ontology/themes.ttl``, as plain values.

>>> cues = {c.slug: c for c in theme_cues()}
>>> "kidnapping" in cues and cues["kidnapping"].label
'kidnapping'
"""

from __future__ import annotations

from functools import cache

from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import RDF, SKOS

from .extract.lexicon import ThemeCue
from .resources import ontology_dir

__all__ = ["THEME", "theme_cues", "theme_iri"]

THEME = Namespace("https://w3id.org/filmgraph/theme/")


def theme_iri(slug: str) -> URIRef:
    return THEME[slug]


def _english(values: list[Literal]) -> list[str]:
    return [str(v).strip().lower() for v in values if v.language in (None, "en") and str(v).strip()]


@cache
def theme_cues() -> tuple[ThemeCue, ...]:
    """Every concept of the scheme with the phrases that signal it in a review."""
    graph = Graph().parse(ontology_dir() / "themes.ttl", format="turtle")
    cues = []
    for concept in sorted(set(graph.subjects(RDF.type, SKOS.Concept)), key=str):
        if not isinstance(concept, URIRef) or not str(concept).startswith(str(THEME)):
            continue
        slug = str(concept)[len(str(THEME)) :]
        labels = _english(
            [o for o in graph.objects(concept, SKOS.prefLabel) if isinstance(o, Literal)]
        )
        alts = _english(
            [o for o in graph.objects(concept, SKOS.altLabel) if isinstance(o, Literal)]
        )
        hidden = _english(
            [o for o in graph.objects(concept, SKOS.hiddenLabel) if isinstance(o, Literal)]
        )
        if not labels:
            continue
        # A label or a phrase of several words is specific enough to count on its own;
        # a single cue word ("mother", "church") needs company before it makes a theme.
        strong = sorted({*labels, *alts, *(h for h in hidden if " " in h.strip("*"))})
        weak = sorted({h for h in hidden if " " not in h.strip("*")} - set(strong))
        cues.append(ThemeCue(slug=slug, label=labels[0], strong=tuple(strong), weak=tuple(weak)))
    return tuple(cues)
