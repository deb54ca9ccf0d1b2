"""Linking the seed review and the bundled example against a local Wikidata-shaped endpoint.

A real SPARQL 1.1 server (Oxigraph's, from PyPI) runs on 127.0.0.1 with
tests/fixtures/wikidata/fixture.ttl loaded; the linker reaches it through the same client and
transport as production. Fixture item ids other than Q5, Q11424, Q159 and Q5267 are test data.
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from rdflib import Literal, URIRef

import filmgraph.link
from filmgraph import Review, Store, build, ingest, open_store
from filmgraph.cli import main
from filmgraph.graph.vocab import ENRICHMENT_GRAPH, LINK_PROVENANCE_GRAPH, LINKS_GRAPH
from filmgraph.link import LinkReport, WikidataClient, link
from filmgraph.link.wikidata import find_candidates
from filmgraph.query import run_query

REPO = Path(__file__).resolve().parent.parent
FIXTURES = REPO / "tests" / "fixtures" / "wikidata"
SEED = REPO.parent / "shared" / "corpus" / "seed" / "closeness.txt"
ID = "https://w3id.org/filmgraph/id/"
WD = "http://www.wikidata.org/entity/"

pytestmark = pytest.mark.server


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="session")
def wikidata_endpoint(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """``oxigraph serve`` on 127.0.0.1 with the fixture loaded; its query URL."""
    exe = shutil.which("oxigraph")
    if exe is None:
        pytest.skip("the oxigraph server (pip install oxigraph) is not installed")
    location = tmp_path_factory.mktemp("wikidata") / "db"
    subprocess.run([exe, "load", "--location", str(location), "--file",
                    str(FIXTURES / "fixture.ttl")], check=True, capture_output=True, timeout=60)
    port = _free_port()
    server = subprocess.Popen([exe, "serve", "--location", str(location),
                               "--bind", f"127.0.0.1:{port}"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        for _ in range(200):  # up to 20 s for the server to listen
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                if server.poll() is not None:
                    pytest.fail("oxigraph serve exited at start")
                time.sleep(0.1)
        else:
            pytest.fail("oxigraph serve did not start listening")
        yield f"http://127.0.0.1:{port}/query"
    finally:
        server.terminate()
        server.wait(timeout=10)


def _client(endpoint: str, cache: Path) -> WikidataClient:
    return WikidataClient(endpoint, cache_dir=cache, min_interval=0, timeout=20)


def _ingest_corpus(store: Store) -> None:
    sources = [REPO / "data" / "example"] + ([SEED] if SEED.is_file() else [])
    report = ingest(sources, store)
    assert not report.errors


@pytest.fixture(scope="module")
def linked(wikidata_endpoint: str, tmp_path_factory: pytest.TempPathFactory
           ) -> tuple[Store, LinkReport, Path]:
    store = open_store()
    _ingest_corpus(store)
    cache = tmp_path_factory.mktemp("wdcache")
    report = link(store, client=_client(wikidata_endpoint, cache))
    return store, report, cache


def _links(store: Store) -> dict[str, str]:
    rows = store.query(f"SELECT ?s ?o WHERE {{ GRAPH <{LINKS_GRAPH}> {{ ?s ?p ?o }} }}").rows
    return {str(s).removeprefix(ID): str(o).removeprefix(WD) for s, o in rows}


def _record(store: Store, entity: str) -> dict[str, object]:
    q = f"""PREFIX fg: <https://w3id.org/filmgraph/ontology#>
    SELECT ?target ?method ?score ?candidate ?at ?endpoint WHERE {{
    GRAPH <{LINK_PROVENANCE_GRAPH}> {{
      ?r a fg:LinkRecord ; fg:linkSubject ?s ; fg:linkMethod ?method ; fg:linkScore ?score ;
         fg:linkedAt ?at ; fg:endpoint ?endpoint .
      OPTIONAL {{ ?r fg:linkTarget ?target }} OPTIONAL {{ ?r fg:candidate ?candidate }} }} }}"""
    rows = store.query(q, bindings={"s": URIRef(ID + entity)}).dicts()
    assert rows, f"no link record for {entity}"
    return {
        "target": str(rows[0]["target"]).removeprefix(WD) if rows[0]["target"] else None,
        "method": str(rows[0]["method"]),
        "score": float(str(rows[0]["score"])),
        "candidates": {str(r["candidate"]).removeprefix(WD) for r in rows if r["candidate"]},
        "endpoint": str(rows[0]["endpoint"]),
        "datatype": str(rows[0]["score"].datatype),  # type: ignore[union-attr]
    }


def test_the_public_api_is_what_we_promise() -> None:
    assert sorted(filmgraph.link.__all__) == [
        "DEFAULT_ENDPOINT", "DEFAULT_THRESHOLD", "DEFAULT_USER_AGENT", "Decision", "HttpReply",
        "LinkReport", "QueryCache", "Transport", "WikidataClient", "default_cache_dir", "fold",
        "link", "name_similarity", "remove_links"]
    assert filmgraph.link.DEFAULT_ENDPOINT == "https://query.wikidata.org/sparql"


def test_questions_are_batched_not_one_per_entity(linked) -> None:
    _, report, _ = linked
    assert sum(report.entities.values()) >= 30
    # candidates ×3 kinds, film facts, place coordinates and chains, birth dates
    assert report.requests <= 7 and report.cache_hits == 0


def test_a_film_links_to_the_film_not_its_namesakes(linked) -> None:
    store, _, _ = linked
    assert _links(store)["film/closeness-2017"] == "Q990000101"
    rec = _record(store, "film/closeness-2017")
    # the 2019 short of the same title was weighed; the novel and the football club never were
    assert rec["candidates"] == {"Q990000101", "Q990000102"}
    assert _links(store)["film/leviathan-2014"] == "Q990000121"  # not the 2012 documentary
    assert _links(store)["film/loveless-2017"] == "Q990000131"   # not the 1981 film


def test_a_sports_team_is_never_a_film_candidate(wikidata_endpoint, tmp_path) -> None:
    found = find_candidates(_client(wikidata_endpoint, tmp_path), ["Closeness", "Теснота"], "film")
    assert found == {"Closeness": {WD + "Q990000101", WD + "Q990000102"},
                     "Теснота": {WD + "Q990000101"}}


@pytest.mark.skipif(not SEED.is_file(), reason="the seed review is not beside the repository")
def test_spelling_variants_link_through_the_films_cast(linked) -> None:
    store, _, _ = linked
    links = _links(store)
    assert links["person/atrem-cipin"] == links["person/artem-tsypin"] == "Q990000206"
    assert links["person/veniamin-kac"] == links["person/veniamin-kats"] == "Q990000207"
    assert _record(store, "person/atrem-cipin")["method"] == (
        "credited-on-linked-film+fuzzy-name")


def test_homonyms_are_told_apart_by_context(linked) -> None:
    store, _, _ = linked
    links = _links(store)
    balagov = _record(store, "person/kantemir-balagov")
    assert balagov["target"] == "Q990000201" and "Q990000202" in balagov["candidates"]
    assert links["person/andrey-bykov"] == "Q990000212"  # the one in Beanpole's cast
    assert links["place/moscow"] == "Q990000302"  # in Russia, not in Idaho
    assert links["place/russia"] == "Q159"  # the country, not the village in Ohio


@pytest.mark.skipif(not SEED.is_file(), reason="the seed review is not beside the repository")
def test_a_name_alone_makes_no_link_but_the_candidate_is_kept(linked) -> None:
    store, _, _ = linked
    # The seed review's critic shares his name with an actor; no film of ours lists the actor.
    assert "person/roger-moore" not in _links(store)
    rec = _record(store, "person/roger-moore")
    assert rec["target"] is None and rec["candidates"] == {"Q990000250"}
    assert rec["score"] < filmgraph.link.DEFAULT_THRESHOLD


def test_link_records_carry_method_score_time_and_endpoint(linked, wikidata_endpoint) -> None:
    store, _, _ = linked
    rec = _record(store, "place/nalchik")
    assert rec["target"] == "Q990000301"
    assert rec["endpoint"] == wikidata_endpoint
    assert rec["datatype"] == "http://www.w3.org/2001/XMLSchema#decimal"
    assert 0.7 <= float(rec["score"]) <= 1.0  # type: ignore[arg-type]


def _gold() -> dict[str, str | None]:
    gold: dict[str, str | None] = {}
    for line in (FIXTURES / "gold.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            entity, item = line.split("\t")
            gold[entity] = None if item == "-" else item
    return gold


def test_precision_and_recall_on_the_fixture(linked) -> None:
    store, report, _ = linked
    links = _links(store)
    present = {str(d.subject).removeprefix(ID) for d in report.decisions}
    gold = {e: item for e, item in _gold().items() if e in present}
    assert len(gold) >= 30
    made = {e: links[e] for e in gold if e in links}
    correct = sum(1 for e, item in made.items() if gold[e] == item)
    findable = sum(1 for item in gold.values() if item)
    precision = correct / len(made)
    recall = correct / findable
    print(f"\nlinking on the fixture: {len(made)} links, {correct} correct, {findable} findable; "
          f"precision {precision:.3f}, recall {recall:.3f}")
    assert precision >= 0.9
    assert recall >= 0.8
    wrong = {e: (made[e], gold[e]) for e in made if gold[e] != made[e]}
    assert not wrong


def test_enrichment_brings_dates_places_and_coordinates(linked) -> None:
    store, _, _ = linked
    facts = store.query(f"""PREFIX schema: <https://schema.org/>
      SELECT ?p ?o WHERE {{ GRAPH <{ENRICHMENT_GRAPH}> {{ ?s ?p ?o }} }}""",
                        bindings={"s": URIRef(ID + "film/closeness-2017")}).rows
    pairs = {(str(p), str(o)) for p, o in facts}
    assert ("https://schema.org/datePublished", "2017-05-20") in pairs
    rows = run_query(store, "birthdates", {"title": "Closeness"}).dicts()
    births = {str(r["person"]): str(r["birthDate"]) for r in rows if r["birthDate"]}
    assert births["Kantemir Balagov"] == "1991-07-28"
    rows = run_query(store, "place-coordinates", {"title": "Closeness"}).dicts()
    nalchik = {str(r["within"]) for r in rows if str(r["setting"]) == "Nalchik"}
    assert {"Kabardino-Balkaria", "North Caucasian Federal District", "Russia"} <= nalchik
    assert {(str(r["latitude"]), str(r["longitude"])) for r in rows
            if str(r["setting"]) == "Nalchik"} == {("43.48", "43.6")}


def test_the_linked_graph_still_conforms_to_the_shapes(linked, tmp_path, capsys) -> None:
    store, _, _ = linked
    dump = tmp_path / "linked.nq"
    store.export("nquads", dump)
    disk = open_store(tmp_path / "store")
    disk.load(dump)
    disk.close()
    assert main(["validate", "--store", str(tmp_path / "store")]) == 0, capsys.readouterr().out


def test_library_queries_read_the_links(linked) -> None:
    store, _, _ = linked
    people = run_query(store, "linked-entities", {"kind": "person"}).dicts()
    assert {str(r["name"]) for r in people} >= {"Kantemir Balagov", "Darya Zhovner"}
    if SEED.is_file():
        review = run_query(store, "link-candidates", {"kind": "person"}).dicts()
        names = {str(r["name"]) for r in review}
        assert "Roger Moore" in names and "Kantemir Balagov" not in names


def test_the_federated_example_runs_against_a_wikidata_like_service(linked, wikidata_endpoint):
    store, _, _ = linked
    text = (REPO / "queries" / "federated" / "wikidata-director-films.rq").read_text("utf-8")
    assert "SERVICE <https://query.wikidata.org/sparql>" in text
    local = text.replace("https://query.wikidata.org/sparql", wikidata_endpoint)
    rows = store.query(local, bindings={"title": Literal("Closeness")}).dicts()
    assert {str(r["filmTitle"]) for r in rows} == {"Closeness", "Beanpole"}


def test_a_rerun_replaces_and_the_cache_makes_it_free(linked, wikidata_endpoint) -> None:
    store, first, cache = linked
    before = len(store)
    client = _client(wikidata_endpoint, cache)
    again = link(store, client=client)
    assert client.requests == 0 and client.cache_hits > 0
    assert again.links == first.links
    assert len(store) == before  # replaced, not duplicated


def test_remove_takes_away_exactly_the_link_graphs(linked, wikidata_endpoint, tmp_path,
                                                   capsys) -> None:
    store_dir = tmp_path / "store"
    with open_store(store_dir) as store:
        _ingest_corpus(store)
        reviews_only = len(store)
    code = main(["link", "--store", str(store_dir), "--endpoint", wikidata_endpoint,
                 "--cache", str(linked[2])])  # the same questions: answered from the cache
    out = capsys.readouterr().out
    assert code == 0 and out.startswith("linked ") and out.count("\n") == 1
    assert "0 requests" in out
    with open_store(store_dir) as store:
        assert store.has_graph(LINKS_GRAPH) and len(store) > reviews_only
    assert main(["link", "--store", str(store_dir), "--remove"]) == 0
    with open_store(store_dir) as store:
        assert not any(store.has_graph(g)
                       for g in (LINKS_GRAPH, LINK_PROVENANCE_GRAPH, ENRICHMENT_GRAPH))
        assert len(store) == reviews_only


def test_offline_says_so_in_one_line_and_changes_nothing(linked, wikidata_endpoint, tmp_path,
                                                         capsys) -> None:
    store_dir = tmp_path / "store"
    with open_store(store_dir) as store:
        _ingest_corpus(store)
    assert main(["link", "--store", str(store_dir), "--endpoint", wikidata_endpoint,
                 "--cache", str(linked[2])]) == 0
    with open_store(store_dir) as store:
        before = sorted(map(str, store.quads()))
    capsys.readouterr()
    refused = f"http://127.0.0.1:{_free_port()}/sparql"
    code = main(["link", "--store", str(store_dir), "--endpoint", refused, "--no-cache"])
    err = capsys.readouterr().err
    assert code != 0
    assert err.count("\n") == 1 and "cannot reach" in err and refused in err
    with open_store(store_dir) as store:
        assert sorted(map(str, store.quads())) == before


def test_names_with_quotes_cannot_change_the_query(wikidata_endpoint, tmp_path) -> None:
    client = _client(wikidata_endpoint, tmp_path)
    evil = 'x" } ?item ?p ?o . { "'
    assert find_candidates(client, [evil, "Closeness"], "film")[evil] == set()


def test_below_the_threshold_no_link_is_made_but_candidates_are_kept(linked,
                                                                     wikidata_endpoint) -> None:
    store = open_store()
    _ingest_corpus(store)
    report = link(store, client=_client(wikidata_endpoint, linked[2]), threshold=1.01)
    assert report.links == {} and not _links(store)
    rec = _record(store, "film/closeness-2017")
    assert rec["target"] is None and rec["method"] == "below-threshold"
    assert rec["candidates"] == {"Q990000101", "Q990000102"}


def test_without_a_linked_film_homonyms_stay_unlinked(wikidata_endpoint, tmp_path) -> None:
    # Written for this test: a title two fixture films share, no year, and nobody credited on
    # either; a director named like two people.
    review = Review(text="“Leviathan” is a film starring Nikolai Petrov. Kantemir Balagov "
                         "was in the audience.", source="homonyms.txt")
    store = open_store()
    store.replace_graph(build(review))
    report = link(store, client=_client(wikidata_endpoint, tmp_path))
    decisions = {str(d.subject).removeprefix(ID): d for d in report.decisions}
    film = next(d for e, d in decisions.items() if e.startswith("film/leviathan"))
    assert film.target is None and set(film.candidates) == {WD + "Q990000121", WD + "Q990000122"}
    balagov = decisions["person/kantemir-balagov"]
    assert balagov.target is None and balagov.method == "label-only"
    assert set(balagov.candidates) == {WD + "Q990000201", WD + "Q990000202"}
    assert report.links == {}
    assert report.unlinked_with_candidates["film"] == 1
