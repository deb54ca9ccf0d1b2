"""Properties that hold for any input, checked with hypothesis.

* extraction (and the whole review → graph build) never raises on arbitrary text;
* IRI minting (``slug``, ``film_key``, ``entity_iri``, ``web_iri``) always gives valid IRIs;
* what goes out in N-Quads, TriG or JSON-LD comes back as the same quad set;
* the prose cues' anchors, found in one pass by their stems, are every place each cue matches.
"""

from __future__ import annotations

import importlib
import re

import pyoxigraph as ox
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import Literal, URIRef
from storecheck import IRI_FORBIDDEN, IRI_SCHEME, REPO

from filmgraph import Entity, Kind, Review, build, extract, ingest, open_store
from filmgraph.graph.build import entity_iri, web_iri
from filmgraph.resolve import film_key, slug
from filmgraph.store import Store

EXAMPLES = 60
FAST = settings(max_examples=EXAMPLES, deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

# Review-like fragments, so random text reaches the credits parser and the prose patterns.
FRAGMENTS = [
    "“", "”", "\"", "«", "»", "(", ")", ", ", ". ", "\n", "\n\n", "Cast: ", "Directed by ",
    " directed by ", " plays ", " as ", " is set in ", " in ", " (2017)", " 1998",
    "Running time: 1:58",
    "Rated R", "Kantemir Balagov", "Darya Zhovner", "Ilana", "Nalchik", "Russia", "the mother",
    "Jean-Luc", "O'Brien", "McDonald", "A.", "<", ">", "{", "}", "|", "^", "`", "\\", "&amp;",
    "🎬", "שלום", "Теснота", "\u200f", "\x00", "\ufeff", "É", "e\u0301",
]
review_text = st.one_of(
    st.text(max_size=600),
    st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=12)), max_size=80).map(
        "".join
    ),
)


def valid_iri(iri: str) -> bool:
    if IRI_FORBIDDEN.search(iri) or not IRI_SCHEME.match(iri):
        return False
    try:
        ox.NamedNode(iri)
    except ValueError:
        return False
    return True


@FAST
@given(text=review_text)
def test_extraction_never_raises(text: str) -> None:
    review = Review(text=text, source="hypothesis.txt")
    extraction = extract(review)
    for claim in extraction.claims:
        assert 0 <= claim.span.start <= claim.span.end <= len(text)


@FAST
@given(text=review_text)
def test_every_built_graph_has_valid_iris_and_stores(text: str) -> None:
    graph = build(Review(text=text, source="hypothesis.txt"))
    iris = {str(t) for triple in graph for t in triple if isinstance(t, URIRef)}
    assert all(valid_iri(i) for i in iris), [i for i in iris if not valid_iri(i)]
    open_store().replace_graph(graph)  # the store accepts it whole


@settings(max_examples=300, deadline=None)
@given(
    name=st.text(max_size=300),
    year=st.one_of(st.none(), st.from_regex(r"(19|20)\d\d", fullmatch=True)),
)
def test_minted_iris_are_valid(name: str, year: str | None) -> None:
    key = slug(name)
    assert key and len(key) <= 80
    assert slug(name) == key  # deterministic
    for kind in Kind:
        assert valid_iri(str(entity_iri(Entity(kind, key, name))))
    assert valid_iri(str(entity_iri(Entity(Kind.FILM, film_key(name, year), name))))
    assert valid_iri(str(entity_iri(Entity(Kind.CHARACTER, f"{film_key(name)}/{key}", name))))


@settings(max_examples=300, deadline=None)
@given(
    url=st.one_of(
        st.text(max_size=120),
        st.text(max_size=120).map(lambda s: "https://h.org/" + s),
        st.text(max_size=40).map(lambda s: "http://" + s),
    )
)
def test_web_urls_become_valid_iris_or_nothing(url: str) -> None:
    iri = web_iri(url)
    assert iri is None or valid_iri(str(iri))


# -- export → import round trips ------------------------------------------------------------------

iri = st.builds(
    lambda kind, name: f"https://w3id.org/filmgraph/id/{kind}/{slug(name)}",
    st.sampled_from([k.value for k in Kind]),
    st.text(max_size=40),
)
lexical = st.text(max_size=60)
literal = st.one_of(
    lexical.map(ox.Literal),
    st.builds(lambda v, lang: ox.Literal(v, language=lang), lexical,
              st.sampled_from(["en", "ru", "he", "en-gb", "zh-hant", "sr-latn-rs"])),
    st.integers().map(lambda i: ox.Literal(str(i), datatype=ox.NamedNode(
        "http://www.w3.org/2001/XMLSchema#integer"))),
    st.sampled_from(["PT1H58M", "P1D"]).map(lambda d: ox.Literal(d, datatype=ox.NamedNode(
        "http://www.w3.org/2001/XMLSchema#duration"))),
)
quad = st.builds(
    lambda s, p, o, g: ox.Quad(ox.NamedNode(s), ox.NamedNode(p), o,
                               ox.NamedNode(g) if g else ox.DefaultGraph()),
    iri,
    st.sampled_from(["https://schema.org/name", "https://schema.org/actor", "http://e.org/p"]),
    st.one_of(iri.map(ox.NamedNode), literal),
    st.one_of(st.none(), iri.map(lambda i: i.replace("/id/", "/graph/"))),
)


def _named(store: Store) -> set[str]:
    # The default graph is derived from the named graphs; exports hold only those.
    return {str(q) for q in store._ox if not isinstance(q.graph_name, ox.DefaultGraph)}


@pytest.mark.parametrize("fmt", ["nquads", "trig", "jsonld"])
@settings(max_examples=40, deadline=None)
@given(quads=st.lists(quad, max_size=40))
def test_export_then_import_gives_the_same_quads(fmt: str, quads: list[ox.Quad]) -> None:
    source = open_store()
    source._ox.extend(quads)
    copy = open_store()
    copy.load(source.export(fmt) or b"", format=fmt)
    assert _named(copy) == _named(source)


@pytest.mark.parametrize("fmt", ["nquads", "trig", "jsonld"])
def test_a_real_store_round_trips(fmt: str, tmp_path: pytest.TempPathFactory) -> None:
    source = open_store()
    ingest([REPO / "data" / "example"], source)
    source.add_quads([(URIRef("http://e.org/odd"), URIRef("http://e.org/p"),
                       Literal('a "quoted"\nline\\ with 🎬 and \u200f'), URIRef("http://e.org/g"))])
    copy = open_store()
    copy.load(source.export(fmt) or b"", format=fmt)
    assert _named(copy) == _named(source)
    assert len(copy) == len(source) > 1000



_PATTERNS = importlib.import_module("filmgraph.extract.people.patterns")
_CUE_WORDS = sorted({s for stems in _PATTERNS._CUE_STEMS.values() for s in stems})
cue_text = st.lists(
    st.one_of(
        st.sampled_from(_CUE_WORDS).map(lambda w: w.upper() if len(w) % 3 == 0 else w.title()),
        st.sampled_from(_CUE_WORDS),
        st.sampled_from([" ", ", ", "\n", "(", "'s ", "Ann Lee ", "was "]),
        st.text(max_size=6),
    ),
    max_size=60,
).map("".join)


def cue_starts(cue: re.Pattern[str], text: str) -> list[int]:
    """Every position where ``cue`` matches (overlaps too) and a word starts: the regex
    tried everywhere, which the stem anchors must equal."""
    everywhere = re.compile(f"(?=(?:{cue.pattern}))", cue.flags)
    return [
        p
        for p in (m.start() for m in everywhere.finditer(text))
        if not (p and text[p - 1].isalpha() and text[p].islower())
    ]


@FAST
@given(cue_text)
def test_cue_anchors_are_every_word_start_the_cue_matches(text: str) -> None:
    """The anchors the one-pass stem automaton gives are exactly where each cue matches:
    none lost to overlapping stems ("as", "as "), case, or an offset off by one."""
    at = _PATTERNS.anchors_of(text)
    for cue in _PATTERNS._CUE_STEMS:
        assert at(cue) == cue_starts(cue, text), cue.pattern


CORPUS = REPO.parent / "shared" / "corpus"


@pytest.mark.skipif(not (CORPUS / "ebert").is_dir(), reason="../shared/corpus is not beside us")
def test_cue_anchors_miss_no_cue_in_real_reviews() -> None:
    """On every Ebert review the stems find every place a cue matches: a cue's stem table
    that lacks a spelling ("helmed" without "helm") would silently drop its matches."""
    for path in sorted((CORPUS / "ebert").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        at = _PATTERNS.anchors_of(text)
        for cue in _PATTERNS._CUE_STEMS:
            assert at(cue) == cue_starts(cue, text), (path.name, cue.pattern)
