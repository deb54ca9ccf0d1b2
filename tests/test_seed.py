"""The seed review end to end: everything it states is in the stored graph, by SPARQL."""

from __future__ import annotations

import pytest
from rdflib import Literal, URIRef

from filmgraph import Store

PREFIXES = """
PREFIX schema: <https://schema.org/>
PREFIX fg: <https://w3id.org/filmgraph/ontology#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX oa: <http://www.w3.org/ns/oa#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
"""


def names(store: Store, sparql: str) -> list[str]:
    return sorted(str(row[0]) for row in store.query(PREFIXES + sparql).rows)


def test_one_film_titled_closeness(seed_store: Store) -> None:
    assert names(seed_store, "SELECT ?n WHERE { ?f a schema:Movie ; schema:name ?n }") == [
        "Closeness"
    ]


def test_director_and_screenwriters(seed_store: Store) -> None:
    q = "SELECT ?n WHERE { ?f a schema:Movie ; schema:%s/schema:name ?n }"
    assert names(seed_store, q % "director") == ["Kantemir Balagov"]
    assert names(seed_store, q % "author") == ["Anton Yarush", "Kantemir Balagov"]


def test_cast_is_exactly_the_five_credited_actors(seed_store: Store) -> None:
    assert names(seed_store, "SELECT ?n WHERE { ?f schema:actor/schema:name ?n }") == [
        "Atrem Cipin",
        "Darya Zhovner",
        "Nazir Zhukov",
        "Olga Dragunova",
        "Veniamin Kac",
    ]


@pytest.mark.parametrize(
    ("character", "actor"),
    [
        ("Ilana", "Darya Zhovner"),
        ("Avi", "Atrem Cipin"),
        ("David", "Veniamin Kac"),
        ("Zalim", "Nazir Zhukov"),
        ("Mother", "Olga Dragunova"),
    ],
)
def test_characters_are_played_by_their_actors(
    seed_store: Store, character: str, actor: str
) -> None:
    rows = seed_store.query(
        PREFIXES
        + """SELECT ?a WHERE { ?f schema:character ?c . ?c schema:name ?cn ; fg:playedBy ?p .
             ?p schema:name ?a . FILTER(LCASE(STR(?cn)) = LCASE(STR(?want))) }""",
        bindings={"want": Literal(character)},
    ).rows
    assert [str(r[0]) for r in rows] == [actor]


def test_other_characters_and_nickname(seed_store: Store) -> None:
    chars = names(seed_store, "SELECT ?n WHERE { ?f schema:character/schema:name ?n }")
    assert {"Rafa", "Lea"} <= set(chars)
    assert "Ila" not in chars  # a nickname, not a second character
    alts = names(seed_store, "SELECT ?a WHERE { ?c schema:name 'Ilana' ; skos:altLabel ?a }")
    assert alts == ["Ila"]


def test_no_person_twice_and_surname_is_an_alias(seed_store: Store) -> None:
    people = names(seed_store, "SELECT ?n WHERE { ?p a schema:Person ; schema:name ?n }")
    assert len(people) == len(set(people))
    assert "Balagov" not in people
    assert names(
        seed_store, "SELECT ?a WHERE { ?p schema:name 'Kantemir Balagov' ; skos:altLabel ?a }"
    ) == ["Balagov"]
    # Nobody who is not credited is cast: characters and the critic are not actors.
    assert not {"Ilana", "Rafa", "Lea", "Roger Moore"} & set(
        names(seed_store, "SELECT ?n WHERE { ?f schema:actor/schema:name ?n }")
    )


def test_setting_and_place_hierarchy(seed_store: Store) -> None:
    settings = names(seed_store, "SELECT ?n WHERE { ?f schema:contentLocation/schema:name ?n }")
    assert "Nalchik" in settings
    chain = names(
        seed_store,
        "SELECT ?n WHERE { ?p schema:name 'Nalchik' ; schema:containedInPlace+ ?up . "
        "?up schema:name ?n }",
    )
    assert {"Kabardino-Balkaria", "Russia"} <= set(chain)
    assert names(
        seed_store,
        "SELECT ?n WHERE { ?p schema:name 'Kabardino-Balkaria' ; schema:containedInPlace ?up . "
        "?up schema:name ?n }",
    ) >= ["North Caucasus"]
    assert "Georgia" not in settings  # only named as a border, not a setting
    assert names(seed_store, "SELECT ?t WHERE { ?f schema:temporalCoverage ?t }") == ["1998"]


def test_themes_come_from_the_scheme(seed_store: Store) -> None:
    themes = names(
        seed_store,
        "SELECT ?l WHERE { ?f a schema:Movie ; schema:about ?t . ?t a skos:Concept ; "
        "skos:prefLabel ?l }",
    )
    assert {"kidnapping", "family", "ethnic conflict", "war", "sexual violence"} <= set(themes)


def test_review_critic_distributor_runtime_rating(seed_store: Store) -> None:
    assert names(
        seed_store, "SELECT ?n WHERE { ?r a schema:Review ; schema:author/schema:name ?n }"
    ) == ["Roger Moore"]
    assert names(
        seed_store,
        "SELECT ?n WHERE { ?f fg:distributor ?o . ?o a schema:Organization ; schema:name ?n }",
    ) == ["Kino Lorber"]
    rows = seed_store.query(PREFIXES + "SELECT ?d WHERE { ?f schema:duration ?d }").rows
    assert rows == [(Literal("PT1H58M", datatype=URIRef("http://www.w3.org/2001/XMLSchema#duration")),)]
    assert names(seed_store, "SELECT ?r WHERE { ?f schema:contentRating ?r }") == ["Unrated"]
    assert names(seed_store, "SELECT ?l WHERE { ?f schema:inLanguage ?l }") == ["ru"]
    assert names(seed_store, "SELECT ?a WHERE { ?f fg:aspectRatio ?a }") == ["4:3"]
    sources = names(seed_store, "SELECT ?s WHERE { ?r a schema:Review ; fg:sourcePath ?s }")
    assert sources and sources[0].endswith("closeness.txt")


def test_every_relation_has_provenance_to_a_span(seed_store: Store, seed_path) -> None:  # type: ignore[no-untyped-def]
    text = seed_path.read_text(encoding="utf-8")
    rows = seed_store.query(
        PREFIXES
        + """SELECT ?start ?end ?exact ?agent WHERE {
          ?f a schema:Movie ; schema:director ?d .
          GRAPH ?g { ?c rdf:subject ?f ; rdf:predicate schema:director ; rdf:object ?d ;
             prov:wasAttributedTo ?agent ; fg:evidence ?e .
          ?e oa:start ?start ; oa:end ?end ; oa:exact ?exact } }"""
    ).rows
    assert rows
    for start, end, exact, agent in rows:
        assert text[int(start) : int(end)] == str(exact)  # type: ignore[call-overload]
        assert "/id/extractor/" in str(agent)


def test_each_review_in_its_own_graph_and_reingest_replaces(seed_store: Store, seed_path) -> None:  # type: ignore[no-untyped-def]
    from filmgraph import ingest

    before = len(seed_store)
    report = ingest([seed_path], seed_store, force=True)
    assert report.ingested == 1
    assert len(seed_store) == before
    graphs = [g for g in seed_store.named_graphs() if "/graph/review/" in str(g)]
    assert len(graphs) == 1
