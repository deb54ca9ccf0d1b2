"""The named query library on a graph built from reviews (the bundled example plus the seed)."""

from __future__ import annotations

import io
import json
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, SKOS
from rdflib.plugins.sparql.results.xmlresults import XMLResultParser

from filmgraph import QueryError, Store, ingest, open_store
from filmgraph.cli import main
from filmgraph.graph.vocab import SCHEMA
from filmgraph.query import list_queries, load_query, run_query
from filmgraph.resources import data_dir

INJECTION = 'x" } DROP ALL #'


@pytest.fixture(scope="module")
def store_dir(tmp_path_factory: pytest.TempPathFactory, seed_path: Path) -> Path:
    """An on-disk store holding the example reviews and the seed, closed again for the CLI."""
    path = tmp_path_factory.mktemp("reviews") / "store"
    with open_store(path) as store:
        report = ingest([data_dir() / "example", seed_path], store)
        assert report.ingested == 5 and not report.errors
    return path


@pytest.fixture(scope="module")
def reviews(store_dir: Path) -> Iterator[Store]:
    store = open_store(store_dir, read_only=True)
    yield store
    store.close()


def ask(store: Store, query: str, /, **params: str) -> list[dict[str, str]]:
    result = run_query(store, query, params)
    return [{k: str(v) for k, v in row.items() if v is not None} for row in result.dicts()]


def column(rows: list[dict[str, str]], name: str) -> set[str]:
    return {r[name] for r in rows if name in r}


def cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


# -- the library itself ------------------------------------------------------------------------

MINE = ["cast", "claim-sources", "co-stars", "collaborators", "film-credits", "film-facts",
        "filmography", "films-about", "films-in-place", "films-set-between", "films-with-keyword",
        "similar-films", "themes-by-region"]
# Reviews carry no catalogue keywords: this one is answered in test_catalogue.py.
CATALOGUE_ONLY = {"films-with-keyword"}


@pytest.mark.parametrize("name", MINE)
def test_each_query_is_documented_and_answers_its_own_example(reviews: Store, name: str) -> None:
    q = load_query(name)
    assert q.title != name and q.description and q.params
    assert all(p.example and p.description for p in q.params)
    rows = ask(reviews, name, **{p.name: p.example for p in q.params})
    assert bool(rows) is (name not in CATALOGUE_ONLY), f"{name}: {len(rows)} rows for its example"


def test_every_library_query_parses_and_runs(reviews: Store) -> None:
    for q in list_queries():
        run_query(reviews, q.name, {p.name: p.example for p in q.params})


# -- each question, answered ----------------------------------------------------------------


class Facts:
    """The reviews graph read in plain Python, to check the SPARQL answers independently."""

    def __init__(self, store: Store) -> None:
        self.triples = {(s, p, o) for s, p, o, _ in store.quads()}

    def objects(self, s: object, p: URIRef) -> set[object]:
        return {o for s2, p2, o in self.triples if s2 == s and p2 == p}

    def subjects(self, p: URIRef, o: object | None = None) -> set[object]:
        return {s for s, p2, o2 in self.triples if p2 == p and (o is None or o2 == o)}

    def named(self, name: str) -> set[object]:
        return self.subjects(SCHEMA.name, Literal(name))

    def name(self, node: object) -> str:
        return str(min(self.objects(node, SCHEMA.name)))

    def within(self, place: str) -> set[object]:
        """Places that are the named one or lie inside it, at any depth."""
        found = set(self.named(place))
        while True:
            more = {s for s, p, o in self.triples
                    if p == SCHEMA.containedInPlace and o in found} - found
            if not more:
                return found
            found |= more

    def films_in(self, place: str) -> set[object]:
        return {s for s, p, o in self.triples
                if p == SCHEMA.contentLocation and o in self.within(place)}


@pytest.fixture(scope="module")
def facts(reviews: Store) -> Facts:
    return Facts(reviews)


@pytest.mark.parametrize("place", ["Russia", "Caucasus", "North Caucasus", "Nalchik", "Moscow"])
def test_films_in_place_include_sub_places(reviews: Store, facts: Facts, place: str) -> None:
    titles = column(ask(reviews, "films-in-place", place=place), "title")
    assert titles == {facts.name(f) for f in facts.films_in(place)}


def test_films_in_place_climb_the_place_hierarchy(reviews: Store) -> None:
    # The seed sets Closeness in Nalchik: Kabardino-Balkaria → North Caucasus → Caucasus/Russia.
    for place in ("Nalchik", "Kabardino-Balkaria", "North Caucasus", "Caucasus", "Russia"):
        assert "Closeness" in column(ask(reviews, "films-in-place", place=place), "title")
    assert "Closeness" not in column(ask(reviews, "films-in-place", place="Moscow"), "title")


@pytest.mark.parametrize(
    ("first", "last", "titles"),
    [
        ("1990", "2000", {"Closeness"}),  # the seed: Nalchik, 1998
        ("1998", "1998", {"Closeness"}),
        ("1940", "1949", {"Beanpole"}),  # the example: Leningrad, 1945
        ("1999", "2010", set()),
    ],
)
def test_films_set_between_compare_periods_as_years(
    reviews: Store, first: str, last: str, titles: set[str]
) -> None:
    assert column(ask(reviews, "films-set-between", first=first, last=last), "title") == titles


def test_a_span_of_years_takes_integers_only(reviews: Store) -> None:
    with pytest.raises(QueryError, match="not an integer"):
        ask(reviews, "films-set-between", first=INJECTION, last="2000")


def test_cast_pairs_characters_with_actors(reviews: Store) -> None:
    rows = ask(reviews, "cast", title="Closeness")
    pairs = {(r["character"], r.get("actor")) for r in rows}
    assert {("Ilana", "Darya Zhovner"), ("Zalim", "Nazir Zhukov"),
            ("Mother", "Olga Dragunova")} <= pairs
    assert "Lea" in column(rows, "character")


def test_filmography_lists_films_and_roles(reviews: Store) -> None:
    rows = ask(reviews, "filmography", name="Kantemir Balagov")
    assert {(r["title"], r["role"]) for r in rows} >= {
        ("Closeness", "director"), ("Closeness", "writer"), ("Beanpole", "director"),
    }
    assert {"2017", "2019"} <= column(rows, "year")
    assert column(rows, "role") <= {"director", "writer", "actor"}
    # A variant of the name met in the text finds the same person.
    assert ask(reviews, "filmography", name="Balagov") == rows


def test_filmography_of_an_actor_names_the_character(reviews: Store) -> None:
    rows = ask(reviews, "filmography", name="Darya Zhovner")
    assert [(r["title"], r["role"], r.get("character")) for r in rows] == [
        ("Closeness", "actor", "Ilana")
    ]


def test_film_credits(reviews: Store) -> None:
    rows = ask(reviews, "film-credits", title="Closeness")
    by_role = {role: {r["name"] for r in rows if r["role"] == role}
               for role in ("director", "writer", "actor")}
    assert by_role["director"] == {"Kantemir Balagov"}
    assert by_role["writer"] == {"Anton Yarush", "Kantemir Balagov"}
    assert {"Darya Zhovner", "Olga Dragunova", "Nazir Zhukov"} <= by_role["actor"]


def test_film_facts(reviews: Store) -> None:
    facts = {(r["property"], r["value"]) for r in ask(reviews, "film-facts", title="Closeness")}
    assert {("year", "2017"), ("duration", "PT1H58M"), ("language", "ru"),
            ("rating", "Unrated"), ("time setting", "1998")} <= facts


def test_films_about_a_theme(reviews: Store, facts: Facts) -> None:
    rows = ask(reviews, "films-about", theme="Family")  # labels are matched in any case
    assert "Closeness" in column(rows, "title")
    family = facts.subjects(SKOS.prefLabel, Literal("family", lang="en"))
    about_family = {f for f in facts.subjects(SCHEMA.about)
                    if facts.objects(f, SCHEMA.about) & family}
    assert column(rows, "title") == {facts.name(f) for f in about_family}


def test_co_stars_exclude_the_actor(reviews: Store) -> None:
    rows = ask(reviews, "co-stars", actor="Darya Zhovner")
    names = column(rows, "costar")
    assert {"Olga Dragunova", "Nazir Zhukov"} <= names
    assert "Darya Zhovner" not in names
    assert all("Closeness" in r["together"].split(" | ") for r in rows)


def test_collaborators_of_a_director(reviews: Store) -> None:
    rows = ask(reviews, "collaborators", director="Kantemir Balagov")
    roles = {r["collaborator"]: r["roles"] for r in rows}
    assert roles["Anton Yarush"] == "writer"
    assert roles["Aleksandr Terekhov"] == "writer"
    assert roles["Darya Zhovner"] == "actor"
    assert "Kantemir Balagov" not in roles
    assert {t for r in rows for t in r["together"].split(" | ")} == {"Closeness", "Beanpole"}


def test_themes_by_region(reviews: Store, facts: Facts) -> None:
    for region in ("Russia", "Nalchik"):
        rows = {r["theme"]: r for r in ask(reviews, "themes-by-region", region=region)}
        expected: dict[str, set[str]] = {}
        for film in facts.films_in(region):
            for theme in facts.objects(film, SCHEMA.about):
                for label in facts.objects(theme, SKOS.prefLabel):
                    expected.setdefault(str(label), set()).add(facts.name(film))
        assert {t: set(r["titles"].split(" | ")) for t, r in rows.items()} == expected
        assert all(int(r["films"]) == len(expected[t]) for t, r in rows.items())
    # Closeness (set in Nalchik) carries the seed's themes.
    assert {"kidnapping", "ethnic conflict"} <= set(rows)


def test_similar_films_share_themes(reviews: Store, facts: Facts) -> None:
    rows = {r["other"]: r for r in ask(reviews, "similar-films", title="Closeness")}
    (closeness,) = facts.named("Closeness") & facts.subjects(SCHEMA.about)
    mine = facts.objects(closeness, SCHEMA.about)
    expected = {}
    for film in facts.subjects(SCHEMA.about) - {closeness}:
        shared = facts.objects(film, SCHEMA.about) & mine
        if shared:
            expected[facts.name(film)] = {str(label) for t in shared
                                          for label in facts.objects(t, SKOS.prefLabel)}
    assert expected, "the example reviews share no theme with Closeness"
    assert {o: set(r["themes"].split(", ")) for o, r in rows.items()} == expected
    assert all(int(r["shared"]) == len(expected[o]) for o, r in rows.items())
    assert "Closeness" not in rows


def test_claim_sources_point_at_the_exact_text(reviews: Store, seed_path: Path) -> None:
    rows = ask(reviews, "claim-sources", subject="Closeness", predicate="director")
    assert {r["object"] for r in rows} == {"Kantemir Balagov"}
    seed = [r for r in rows if r["source"] == str(seed_path.resolve())]
    assert seed and all(r["extractor"].startswith("credits/") for r in seed)
    # The span counts characters of the NFC, newline-normalised review text.
    text = unicodedata.normalize("NFC", seed_path.read_text(encoding="utf-8"))
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    for r in seed:
        assert text[int(r["start"]):int(r["end"])] == r["exact"] == "Kantemir Balagov"
    played = ask(reviews, "claim-sources", subject="Ilana", predicate="playedBy")
    assert "Darya Zhovner" in column(played, "object")


# The plain reading of claim-sources, every join required, which the library's version must
# answer alike while it is written so the engine starts from the bound subject.
CLAIMS_PLAIN = """
PREFIX schema: <https://schema.org/>
PREFIX fg: <https://w3id.org/filmgraph/ontology#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX oa: <http://www.w3.org/ns/oa#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT DISTINCT ?name ?local ?object ?review ?source ?extractor ?start ?end ?exact ?confidence
WHERE {
  GRAPH ?g {
    ?claim a fg:Claim ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ;
           prov:wasDerivedFrom ?review ; prov:wasAttributedTo ?agent ; fg:evidence ?evidence .
    ?evidence oa:start ?start ; oa:end ?end .
    OPTIONAL { ?evidence oa:exact ?exact }
    OPTIONAL { ?claim fg:confidence ?confidence }
  }
  ?s schema:name ?name .
  ?agent rdfs:label ?agentName ; schema:softwareVersion ?agentVersion .
  OPTIONAL { ?review fg:sourcePath ?source }
  OPTIONAL { ?o schema:name ?objectName }
  BIND(REPLACE(STR(?p), "^.*[/#]", "") AS ?local)
  BIND(COALESCE(?objectName, ?o) AS ?object)
  BIND(CONCAT(STR(?agentName), "/", STR(?agentVersion)) AS ?extractor)
}
"""


def test_claim_sources_answers_as_its_plain_reading_for_every_claim(reviews: Store) -> None:
    expected: dict[tuple[str, str], set[tuple[str, ...]]] = {}
    for row in reviews.query(CLAIMS_PLAIN).dicts():
        key = (str(row["name"]), str(row["local"]))
        rest = tuple(str(row[k]) for k in ("object", "review", "source", "extractor", "start",
                                           "end", "exact", "confidence"))
        expected.setdefault(key, set()).add(rest)
    assert len(expected) > 50  # names × predicates with claims in the example reviews
    for (name, local), rows in expected.items():
        got = run_query(reviews, "claim-sources", {"subject": name, "predicate": local})
        assert {tuple(str(v) for v in r) for r in got.rows} == rows, (name, local)


# -- parameters are terms, never query text ----------------------------------------------------


@pytest.mark.parametrize("name", MINE)
def test_an_injected_value_is_just_a_string(reviews: Store, name: str) -> None:
    before = len(reviews)
    q = load_query(name)
    injected = {p.name: INJECTION for p in q.params}
    if all(p.type == "string" for p in q.params):
        assert ask(reviews, name, **injected) == []
    else:  # a typed parameter refuses it before any query runs
        with pytest.raises(QueryError):
            ask(reviews, name, **injected)
    assert len(reviews) == before


def test_injection_through_the_cli_changes_nothing(
        store_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with open_store(store_dir, read_only=True) as s:
        before = len(s)
    code, out, _ = cli(capsys, "query", "cast", "--param", f"title={INJECTION}",
                       "--store", str(store_dir), "--format", "csv")
    assert code == 0 and out == "character,actor\n"
    with open_store(store_dir, read_only=True) as s:
        assert len(s) == before


def test_unknown_and_missing_parameters_are_refused(reviews: Store) -> None:
    with pytest.raises(QueryError, match="no parameter"):
        run_query(reviews, "cast", {"film": "Closeness"})
    with pytest.raises(QueryError, match="needs --param title"):
        run_query(reviews, "cast", {})


# -- the command line ------------------------------------------------------------------------


def test_list_shows_the_library(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = cli(capsys, "query", "--list")
    assert code == 0
    for name in MINE:
        assert name in out
    assert "--param place=Russia" in out


def test_cli_formats(store_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    base = ["query", "film-credits", "-p", "title=Beanpole", "--store", str(store_dir)]
    code, out, _ = cli(capsys, *base, "--format", "json")
    doc = json.loads(out)
    assert code == 0 and doc["head"]["vars"] == ["role", "name", "person"]
    assert {"type": "literal", "value": "Kantemir Balagov"} in [
        b["name"] for b in doc["results"]["bindings"]]
    _, out, _ = cli(capsys, *base, "--format", "csv")
    assert out.splitlines()[0] == "role,name,person" and "director,Kantemir Balagov," in out
    _, out, _ = cli(capsys, *base, "--format", "tsv")
    assert "director\tKantemir Balagov\t" in out
    _, out, _ = cli(capsys, *base, "--format", "xml")
    parsed = XMLResultParser().parse(io.BytesIO(out.encode("utf-8")))
    assert len(parsed) == len(doc["results"]["bindings"])
    _, out, _ = cli(capsys, *base)
    assert "Kantemir Balagov" in out and "rows)" in out


def test_cli_sparql_text_file_and_graph_formats(
        store_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    construct = ("PREFIX schema: <https://schema.org/> CONSTRUCT { ?f schema:name ?n } "
                 "WHERE { ?f a schema:Movie ; schema:name ?n }")
    for fmt in ("turtle", "nt"):
        code, out, _ = cli(capsys, "query", construct, "--store", str(store_dir), "-f", fmt)
        g = Graph().parse(data=out, format="turtle" if fmt == "turtle" else "nt")
        assert code == 0 and {str(o) for o in g.objects()} == {
            "Beanpole", "Closeness", "Leviathan", "Loveless"}
    rq = tmp_path / "directors.rq"
    rq.write_text("# title: Directors\n# param: film | string | Closeness | a title\n"
                  "PREFIX schema: <https://schema.org/>\nSELECT DISTINCT ?d WHERE {\n"
                  "  ?f schema:name ?film ; schema:director/schema:name ?d }\n", encoding="utf-8")
    code, out, _ = cli(capsys, "query", str(rq), "-p", "film=Loveless",
                       "--store", str(store_dir), "-f", "csv")
    assert code == 0 and out == "d\nAndrey Zvyagintsev\n"
    code, _, err = cli(capsys, "query", "cast", "-p", "title=Closeness",
                       "--store", str(store_dir), "-f", "turtle")
    assert code == 1 and "CONSTRUCT" in err
    code, _, err = cli(capsys, "query", "SELECT ?x WHERE {", "--store", str(store_dir))
    assert code == 1 and "malformed SPARQL" in err
    code, _, err = cli(capsys, "query", "no-such-query", "--store", str(store_dir))
    assert code == 1 and "no query named" in err and "films-in-place" in err


def test_people_linked_and_unlinked(store_dir: Path) -> None:
    # A copy of the reviews graph with one person tied to Wikidata, as `filmgraph link` does.
    store = open_store()
    with open_store(store_dir, read_only=True) as reviews:
        store.load(reviews.export("nquads") or b"", format="nquads")
    balagov = URIRef("https://w3id.org/filmgraph/id/person/kantemir-balagov")
    store.add_quads([(balagov, OWL.sameAs, URIRef("http://www.wikidata.org/entity/Q20001766"),
                      URIRef("https://w3id.org/filmgraph/graph/links"))])
    linked = ask(store, "people-linked")
    assert [(r["name"], r["wikidata"]) for r in linked] == [
        ("Kantemir Balagov", "http://www.wikidata.org/entity/Q20001766")]
    assert int(linked[0]["films"]) >= 2
    unlinked = column(ask(store, "people-unlinked"), "name")
    assert "Kantemir Balagov" not in unlinked
    assert {"Darya Zhovner", "Anton Yarush"} <= unlinked
