"""Build the RDF of one resolved review: its named graph, with a claim node per statement."""

from __future__ import annotations

import hashlib
import re
from decimal import Decimal
from urllib.parse import quote, urlsplit

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS, SKOS, XSD

from ..model import Claim, Entity, Kind, Relation, ResolvedReview
from ..resolve import is_untitled
from ..themes import theme_cues
from .vocab import FG, ID, OA, PROV, SCHEMA, THEME, UNDONE_MERGES_GRAPH, review_graph

__all__ = [
    "build_review_graph",
    "entity_iri",
    "entity_key",
    "review_iri",
    "undone_merge_graph",
    "web_iri",
]

# RFC 3987: unreserved and sub-delims ASCII, then the non-ASCII ranges an IRI may hold.
_IRI_SAFE = frozenset(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~!$&'()*+,;="
)
_UCSCHAR = (
    (0xA0, 0xD7FF), (0xF900, 0xFDCF), (0xFDF0, 0xFFEF),
    *((plane, plane + 0xFFFD) for plane in range(0x10000, 0xE0000, 0x10000)),
    (0xE1000, 0xEFFFD),
)
_IPRIVATE = ((0xE000, 0xF8FF), (0xF0000, 0xFFFFD), (0x100000, 0x10FFFD))

_CLASS = {
    Kind.FILM: SCHEMA.Movie,
    Kind.PERSON: SCHEMA.Person,
    Kind.CHARACTER: FG.Character,
    Kind.PLACE: SCHEMA.Place,
    Kind.ORGANIZATION: SCHEMA.Organization,
}
# relation → (predicate, subject kind, object kind); subject None means the review itself
_ENTITY_REL: dict[Relation, tuple[URIRef, Kind | None, Kind]] = {
    Relation.DIRECTOR: (SCHEMA.director, Kind.FILM, Kind.PERSON),
    Relation.WRITER: (SCHEMA.author, Kind.FILM, Kind.PERSON),
    Relation.ACTOR: (SCHEMA.actor, Kind.FILM, Kind.PERSON),
    Relation.CHARACTER: (SCHEMA.character, Kind.FILM, Kind.CHARACTER),
    Relation.PLAYED_BY: (FG.playedBy, Kind.CHARACTER, Kind.PERSON),
    Relation.SETTING: (SCHEMA.contentLocation, Kind.FILM, Kind.PLACE),
    Relation.FILMING_LOCATION: (FG.filmingLocation, Kind.FILM, Kind.PLACE),
    Relation.CONTAINED_IN: (SCHEMA.containedInPlace, Kind.PLACE, Kind.PLACE),
    Relation.THEME: (SCHEMA.about, Kind.FILM, Kind.THEME),
    Relation.DISTRIBUTOR: (FG.distributor, Kind.FILM, Kind.ORGANIZATION),
    Relation.MENTIONED: (SCHEMA.mentions, None, Kind.PERSON),
    Relation.CRITIC: (SCHEMA.author, None, Kind.PERSON),
    Relation.PUBLISHER: (SCHEMA.publisher, None, Kind.ORGANIZATION),
}
_LITERAL_REL: dict[Relation, tuple[URIRef, URIRef | None]] = {
    Relation.TITLE: (SCHEMA.name, None),
    Relation.YEAR: (SCHEMA.dateCreated, XSD.gYear),
    Relation.TIME_SETTING: (SCHEMA.temporalCoverage, None),
    Relation.DURATION: (SCHEMA.duration, XSD.duration),
    Relation.RATING: (SCHEMA.contentRating, None),
    Relation.RATING_REASON: (FG.ratingReason, None),
    Relation.LANGUAGE: (SCHEMA.inLanguage, None),
    Relation.SUBTITLE_LANGUAGE: (SCHEMA.subtitleLanguage, None),
    Relation.ASPECT_RATIO: (FG.aspectRatio, None),
}


def entity_iri(entity: Entity) -> URIRef:
    """The IRI of an entity: deterministic from its kind and key.

    >>> entity_iri(Entity(Kind.PERSON, "kantemir-balagov", "Kantemir Balagov"))
    rdflib.term.URIRef('https://w3id.org/filmgraph/id/person/kantemir-balagov')
    """
    if entity.kind is Kind.THEME:
        return THEME[entity.key]
    return ID[f"{entity.kind.value}/{entity.key}"]


_KINDS = {k.value: k for k in Kind}


def entity_key(iri: str) -> tuple[Kind, str] | None:
    """The kind and key :func:`entity_iri` made ``iri`` from; None for any other IRI.

    >>> entity_key("https://w3id.org/filmgraph/id/film/closeness-2017")
    (<Kind.FILM: 'film'>, 'closeness-2017')
    >>> entity_key("https://w3id.org/filmgraph/id/claim/abc") is None
    True
    """
    if iri.startswith(str(THEME)):
        return Kind.THEME, iri[len(THEME) :]
    kind, _, key = iri.removeprefix(str(ID)).partition("/")
    return (_KINDS[kind], key) if key and kind in _KINDS and iri.startswith(str(ID)) else None


def web_iri(url: str) -> URIRef | None:
    """An http(s) URL as a valid IRI (RFC 3987), or None when it cannot be one.

    Source pages are hostile input; a raw space or ``<`` in an IRI would break every export.
    Characters IRIs forbid are percent-encoded; user:password parts are dropped.

    >>> web_iri('https://example.org/a review<1>?q=x y#top')
    rdflib.term.URIRef('https://example.org/a%20review%3C1%3E?q=x%20y#top')
    >>> web_iri("javascript:alert(1)") is None
    True
    """
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError:
        return None
    host = parts.hostname
    if parts.scheme.lower() not in ("http", "https") or not host:
        return None
    if ":" in host:
        netloc = f"[{host}]" if re.fullmatch(r"[0-9a-f:.]+", host) else ""
    else:
        netloc = _iri_part(host, "")
    if not netloc:
        return None
    if port is not None:
        netloc += f":{port}"
    iri = f"{parts.scheme.lower()}://{netloc}{_iri_part(parts.path, ':@/')}"
    if parts.query:
        iri += "?" + _iri_part(parts.query, ":@/?", private=True)
    if parts.fragment:
        iri += "#" + _iri_part(parts.fragment, ":@/?")
    return URIRef(iri)


def _iri_part(text: str, safe: str, *, private: bool = False) -> str:
    """Percent-encode what RFC 3987 does not allow in this part of an IRI."""
    out = []
    for i, c in enumerate(text):
        code = ord(c)
        if c in _IRI_SAFE or c in safe:
            out.append(c)
        elif c == "%" and re.match(r"[0-9A-Fa-f]{2}", text[i + 1 : i + 3]):
            out.append(c)  # already percent-encoded
        elif any(lo <= code <= hi for lo, hi in _UCSCHAR) or (
            private and any(lo <= code <= hi for lo, hi in _IPRIVATE)
        ):
            out.append(c)
        else:
            out.append(quote(c.encode("utf-8", "replace"), safe=""))
    return "".join(out)


def review_iri(review_id: str) -> URIRef:
    return ID[f"review/{review_id}"]


def build_review_graph(resolved: ResolvedReview) -> Graph:
    """All triples one review states, in a graph named after the review."""
    review = resolved.review
    g = Graph(identifier=review_graph(review.id))
    rev = review_iri(review.id)
    g.add((rev, RDF.type, SCHEMA.Review))
    g.add((rev, FG.sourcePath, Literal(review.source)))
    g.add((rev, FG.contentHash, Literal(review.content_hash)))
    url = web_iri(review.url) if review.url else None
    if url is not None:
        g.add((rev, SCHEMA.url, url))
    first_line = review.text.strip().split("\n", 1)[0]
    # A short first line is a headline; a long one is the review's first paragraph.
    headline = review.title or (first_line if len(first_line) <= 150 else None)
    if headline:
        g.add((rev, SCHEMA.name, Literal(headline.strip())))
    if review.date:
        g.add((rev, SCHEMA.datePublished, Literal(review.date)))
    film = resolved.film
    if film is not None:
        g.add((rev, SCHEMA.itemReviewed, entity_iri(film)))
        if is_untitled(film):
            g.add((entity_iri(film), FG.titleUnknown, Literal(True)))
    labels = {cue.slug: cue.label for cue in theme_cues()}
    for entity in resolved.entities.values():
        _describe(g, entity, labels)
    for claim in resolved.extraction.claims:
        _add_claim(g, resolved, rev, claim)
    for merge in resolved.merges:
        node = ID[f"merge/{_hash(review.id, merge.kind, merge.alias, merge.key)}"]
        g.add((node, RDF.type, FG.MergeRecord))
        g.add((node, FG.mergedFrom, Literal(merge.alias)))
        g.add((node, FG.mergeResult, entity_iri(Entity(merge.kind, merge.key, merge.alias))))
        g.add((node, FG.mergeMethod, Literal(merge.method)))
        g.add((node, FG.mergeScore, Literal(Decimal(str(round(merge.score, 3))))))
        g.add((node, PROV.wasDerivedFrom, rev))
    return g


def _describe(g: Graph, entity: Entity, theme_labels: dict[str, str]) -> None:
    iri = entity_iri(entity)
    if entity.kind is Kind.THEME:
        g.add((iri, RDF.type, SKOS.Concept))
        g.add((iri, SKOS.prefLabel, Literal(theme_labels.get(entity.key, entity.key), lang="en")))
        g.add((iri, SKOS.inScheme, URIRef(str(THEME))))
        return
    g.add((iri, RDF.type, _CLASS[entity.kind]))
    g.add((iri, SCHEMA.name, Literal(entity.name)))
    for alias in sorted(entity.aliases):
        g.add((iri, SKOS.altLabel, Literal(alias)))


def _iri_of(resolved: ResolvedReview, kind: Kind, name: str) -> URIRef | None:
    key = resolved.entity_of.get((kind, name))
    if key is None:
        return None
    return entity_iri(Entity(kind, key, name))


def _add_claim(g: Graph, resolved: ResolvedReview, rev: URIRef, claim: Claim) -> None:
    film = resolved.film
    obj: URIRef | Literal | None
    if claim.relation in _LITERAL_REL:
        if film is None:
            return
        predicate, datatype = _LITERAL_REL[claim.relation]
        subject: URIRef | None = entity_iri(film)
        obj = Literal(claim.object, datatype=datatype)
    else:
        predicate, subject_kind, object_kind = _ENTITY_REL[claim.relation]
        if subject_kind is None:
            subject = rev
        elif subject_kind is Kind.FILM:
            subject = entity_iri(film) if film else None
        else:
            subject = _iri_of(resolved, subject_kind, claim.subject)
        obj = _iri_of(resolved, object_kind, claim.object)
    if subject is None or obj is None:
        return
    g.add((subject, predicate, obj))
    node = ID[
        "claim/"
        + _hash(resolved.review.id, subject, predicate, obj, claim.span.start, claim.span.end)
    ]
    name, _, version = claim.extractor.partition("/")
    agent = ID[f"extractor/{name}/{version or '0'}"]
    g.add((agent, RDF.type, PROV.SoftwareAgent))
    g.add((agent, RDFS.label, Literal(name)))
    g.add((agent, SCHEMA.softwareVersion, Literal(version or "0")))
    g.add((node, RDF.type, FG.Claim))
    g.add((node, RDF.type, RDF.Statement))
    g.add((node, RDF.subject, subject))
    g.add((node, RDF.predicate, predicate))
    g.add((node, RDF.object, obj))
    g.add((node, PROV.wasDerivedFrom, rev))
    g.add((node, PROV.wasAttributedTo, agent))
    g.add((node, FG.confidence, Literal(Decimal(str(round(claim.confidence, 3))))))
    # An IRI, not a blank node, so exports round-trip and stores can be compared exactly.
    evidence = URIRef(f"{node}/evidence")
    g.add((node, FG.evidence, evidence))
    g.add((evidence, RDF.type, OA.TextPositionSelector))
    g.add((evidence, OA.start, Literal(claim.span.start)))
    g.add((evidence, OA.end, Literal(claim.span.end)))
    exact = resolved.review.text[claim.span.start : claim.span.end]
    if exact:
        g.add((evidence, OA.exact, Literal(exact[:300])))


def undone_merge_graph(alias: str, result: URIRef, method: str) -> Graph:
    """The record that the merge of ``alias`` into ``result`` was undone: an
    ``fg:UndoneMerge`` in ``UNDONE_MERGES_GRAPH``, which every later ingest reads
    (:func:`filmgraph.pipeline.undone_merges`)."""
    g = Graph(identifier=UNDONE_MERGES_GRAPH)
    digest = hashlib.sha256(f"{alias}\n{result}".encode()).hexdigest()[:16]
    node = ID[f"undone-merge/{digest}"]
    g.add((node, RDF.type, FG.UndoneMerge))
    g.add((node, FG.mergedFrom, Literal(alias)))
    g.add((node, FG.mergeResult, result))
    g.add((node, FG.mergeMethod, Literal(method)))
    return g


def _hash(*parts: object) -> str:
    return hashlib.sha256("\x1f".join(map(str, parts)).encode("utf-8")).hexdigest()[:20]
