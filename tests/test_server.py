"""The SPARQL endpoint, queried over HTTP on 127.0.0.1 by SPARQLWrapper as a real client."""

from __future__ import annotations

import csv
import http.client
import io
import json
import os
import signal
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from rdflib import RDF, Graph, URIRef
from SPARQLWrapper import CSV, JSON, POST, POSTDIRECTLY, TURTLE, XML, SPARQLWrapper
from SPARQLWrapper.SPARQLExceptions import QueryBadFormed

from filmgraph import ingest, open_store
from filmgraph.server import SparqlServer, make_server
from filmgraph.server.negotiate import NotAcceptable, choose
from filmgraph.server.sandbox import forbidden_keyword

pytestmark = pytest.mark.server

REPO = Path(__file__).resolve().parent.parent
EXAMPLE = REPO / "data" / "example"
SEED = REPO.parent / "shared" / "corpus" / "seed" / "closeness.txt"
SCHEMA = "https://schema.org/"
FILMS = f"SELECT ?title WHERE {{ ?f a <{SCHEMA}Movie> ; <{SCHEMA}name> ?title }} ORDER BY ?title"
EXAMPLE_FILMS = ["Beanpole", "Closeness", "Leviathan", "Loveless"]
# Five copies of every triple joined with no shared variable: never finishes on any store.
CROSS_PRODUCT = ("SELECT (COUNT(*) AS ?n) WHERE "
                 "{ ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n0 ?o }")


def build_store(folder: Path) -> Path:
    """data/example plus the seed review (when it is beside the repository), on disk."""
    path = folder / "store"
    store = open_store(path)
    sources = [EXAMPLE] + ([SEED] if SEED.is_file() else [])
    report = ingest(sources, store)
    assert report.ingested >= 3 and not report.errors
    store.close()
    return path


@pytest.fixture(scope="module")
def store_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_store(tmp_path_factory.mktemp("served"))


@pytest.fixture(scope="module")
def server(store_dir: Path) -> Iterator[SparqlServer]:
    with make_server(store_dir, port=0, timeout=10, quiet=True) as running:
        yield running


def client(server: SparqlServer, query: str, fmt: str = JSON) -> SPARQLWrapper:
    sparql = SPARQLWrapper(server.endpoint)
    sparql.setQuery(query)
    sparql.setReturnFormat(fmt)
    sparql.setTimeout(20)
    return sparql


def request(url: str, *, data: dict[str, str] | bytes | None = None,
            headers: dict[str, str] | None = None) -> tuple[int, str, str]:
    """(status, content type, body) of a GET (no data) or POST, errors included."""
    body = urllib.parse.urlencode(data).encode() if isinstance(data, dict) else data
    req = urllib.request.Request(url, data=body, headers=headers or {})
    try:
        with urllib.request.urlopen(req, timeout=20) as response:
            return response.status, response.headers["Content-Type"], response.read().decode()
    except urllib.error.HTTPError as err:
        return err.code, err.headers["Content-Type"], err.read().decode()


def titles(server: SparqlServer) -> list[str]:
    result = client(server, FILMS).queryAndConvert()
    assert isinstance(result, dict)
    return [b["title"]["value"] for b in result["results"]["bindings"]]


# -- SPARQLWrapper as the client -------------------------------------------------------------
def test_select_as_json_by_get(server: SparqlServer) -> None:
    assert set(EXAMPLE_FILMS) <= set(titles(server))


def test_select_as_json_by_post_form_and_by_post_directly(server: SparqlServer) -> None:
    for method in ("urlencoded", POSTDIRECTLY):
        sparql = client(server, FILMS)
        sparql.setMethod(POST)
        sparql.setRequestMethod(method)
        result = sparql.queryAndConvert()
        assert isinstance(result, dict)
        assert set(EXAMPLE_FILMS) <= {b["title"]["value"] for b in result["results"]["bindings"]}


def test_select_as_xml(server: SparqlServer) -> None:
    doc = client(server, FILMS, XML).queryAndConvert()
    values = [node.firstChild.nodeValue for node in doc.getElementsByTagName("literal")]  # type: ignore[union-attr]
    assert set(EXAMPLE_FILMS) <= set(values)


def test_select_as_csv(server: SparqlServer) -> None:
    data = client(server, FILMS, CSV).queryAndConvert()
    assert isinstance(data, bytes)
    rows = list(csv.reader(io.StringIO(data.decode())))
    assert rows[0] == ["title"]
    assert set(EXAMPLE_FILMS) <= {row[0] for row in rows[1:]}


def test_select_as_tsv_by_accept_header(server: SparqlServer) -> None:
    url = server.endpoint + "?" + urllib.parse.urlencode({"query": FILMS})
    status, media, body = request(url, headers={"Accept": "text/tab-separated-values"})
    assert status == 200 and media.startswith("text/tab-separated-values")
    lines = body.splitlines()
    assert lines[0] == "?title"
    assert '"Closeness"' in lines[1:]


def test_ask(server: SparqlServer) -> None:
    result = client(server, f"ASK {{ ?f <{SCHEMA}name> 'Closeness' }}").queryAndConvert()
    assert result == {"head": {}, "boolean": True}


def test_construct_as_turtle(server: SparqlServer) -> None:
    data = client(server, f"CONSTRUCT WHERE {{ ?f a <{SCHEMA}Movie> ; <{SCHEMA}name> ?t }}",
                  TURTLE).queryAndConvert()
    assert isinstance(data, bytes)
    graph = Graph().parse(data=data.decode(), format="turtle")
    movies = set(graph.subjects(RDF.type, URIRef(SCHEMA + "Movie")))
    assert len(movies) >= 4
    assert {str(t) for t in graph.objects(None, URIRef(SCHEMA + "name"))} >= set(EXAMPLE_FILMS)


@pytest.mark.parametrize(("fmt", "media"), [("nt", "application/n-triples"),
                                            ("rdfxml", "application/rdf+xml"),
                                            ("jsonld", "application/ld+json")])
def test_describe_in_other_graph_formats(server: SparqlServer, fmt: str, media: str) -> None:
    query = f"DESCRIBE ?f WHERE {{ ?f <{SCHEMA}name> 'Closeness' }}"
    url = server.endpoint + "?" + urllib.parse.urlencode({"query": query, "format": fmt})
    status, got, body = request(url)
    assert status == 200 and got.startswith(media)
    graph = Graph().parse(data=body, format={"nt": "nt", "rdfxml": "xml", "jsonld": "json-ld"}[fmt])
    assert (None, URIRef(SCHEMA + "name"), None) in graph


def test_a_graph_cannot_be_asked_for_as_csv(server: SparqlServer) -> None:
    url = server.endpoint + "?" + urllib.parse.urlencode(
        {"query": "CONSTRUCT WHERE { ?s ?p ?o }", "format": "csv"})
    status, _, body = request(url)
    assert status == 406 and "turtle" in body


# -- refusals ----------------------------------------------------------------------------------
def test_malformed_query_is_a_400_with_one_line(server: SparqlServer) -> None:
    with pytest.raises(QueryBadFormed):
        client(server, "SELECT ?x WHERE { ?x ").query()
    status, media, body = request(server.endpoint, data={"query": "SELECT ?x WHERE { ?x "})
    assert status == 400 and media.startswith("text/plain")
    assert body.startswith("malformed SPARQL:") and body.count("\n") == 1


@pytest.mark.parametrize(("data", "status"), [
    ({}, 400),                                           # no query at all
    ({"query": "   "}, 400),                             # empty
    ({"query": FILMS, "update": "DROP ALL"}, 400),       # both
])
def test_requests_without_one_query_are_refused(server: SparqlServer, data: dict[str, str],
                                                status: int) -> None:
    assert request(server.endpoint, data=data or b"",
                   headers={"Content-Type": "application/x-www-form-urlencoded"})[0] == status


def test_unknown_content_type_is_a_415(server: SparqlServer) -> None:
    status, _, body = request(server.endpoint, data=FILMS.encode(),
                              headers={"Content-Type": "text/plain"})
    assert status == 415 and "application/sparql-query" in body


def test_update_is_refused_by_default(server: SparqlServer) -> None:
    sparql = client(server, f'INSERT DATA {{ <urn:x> <{SCHEMA}name> "Intruder" }}')
    sparql.setMethod(POST)
    with pytest.raises(urllib.error.HTTPError) as caught:
        sparql.query()
    assert caught.value.code == 403
    for headers, data in [
        ({"Content-Type": "application/sparql-update"}, b"DROP ALL"),
        ({"Content-Type": "application/x-www-form-urlencoded"}, b"update=CLEAR+ALL"),
    ]:
        status, _, body = request(server.endpoint, data=data, headers=headers)
        assert status == 403 and "--allow-update" in body
    assert request(server.endpoint + "?update=DROP%20ALL")[0] == 405
    assert set(EXAMPLE_FILMS) <= set(titles(server))


def test_oversized_body_is_a_413_and_not_read(server: SparqlServer) -> None:
    conn = http.client.HTTPConnection(server.host, server.port, timeout=10)
    conn.putrequest("POST", "/sparql")
    conn.putheader("Content-Type", "application/sparql-query")
    conn.putheader("Content-Length", str(5 << 20))
    conn.endheaders()
    conn.send(b"SELECT * WHERE { ?s ?p ?o } #" + b" " * 1000)  # the rest never comes
    response = conn.getresponse()
    assert response.status == 413
    assert "limit is 1048576" in response.read().decode()
    conn.close()


def test_federated_query_and_load_are_refused(server: SparqlServer) -> None:
    query = "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }"
    status, _, body = request(server.endpoint, data={"query": query})
    assert status == 403 and body.startswith("SERVICE is disabled")


def test_other_hosts_are_refused(server: SparqlServer) -> None:
    url = server.endpoint + "?" + urllib.parse.urlencode({"query": "ASK {}"})
    assert request(url, headers={"Host": "attacker.example"})[0] == 403
    assert request(url, headers={"Host": f"localhost:{server.port}"})[0] == 200


# -- injection through the endpoint's parameters -----------------------------------------------
def films_in_place(server: SparqlServer, place: str) -> tuple[int, list[str]]:
    query = (REPO / "queries" / "films-in-place.rq").read_text(encoding="utf-8")
    status, _, body = request(server.endpoint, data={"query": query, "$place": place},
                              headers={"Accept": "application/sparql-results+json"})
    if status != 200:
        return status, []
    return status, sorted({b["title"]["value"] for b in json.loads(body)["results"]["bindings"]})


def test_dollar_parameters_bind_terms(server: SparqlServer) -> None:
    assert films_in_place(server, "Nalchik") == (200, ["Closeness"])
    assert films_in_place(server, '"Nalchik"') == (200, ["Closeness"])  # N-Triples form


@pytest.mark.parametrize("hostile", [
    'x" } DROP ALL #',
    "Nalchik\" ) } } ; DROP ALL ; SELECT * WHERE { ?s ?p ?o . FILTER(\"",
    "Russia' } UNION { ?film ?p ?title } #",
    "<https://w3id.org/filmgraph/id/place/russia> } ?s ?p ?o {",
])
def test_parameter_injection_matches_nothing_and_writes_nothing(server: SparqlServer,
                                                                hostile: str) -> None:
    status, found = films_in_place(server, hostile)
    assert status in (200, 400) and found == []
    assert set(EXAMPLE_FILMS) <= set(titles(server))


def test_parameter_that_is_two_terms_is_refused(server: SparqlServer) -> None:
    assert films_in_place(server, '"Nalchik" . <urn:a> <urn:b> "c"')[0] == 400


def test_query_text_cannot_escape_read_only(server: SparqlServer, store_dir: Path) -> None:
    before = titles(server)
    for text in ["SELECT * WHERE { ?s ?p ?o } ; DROP ALL", "DROP ALL",
                 "SELECT * WHERE { ?s ?p ?o } } DELETE WHERE { ?s ?p ?o"]:
        assert request(server.endpoint, data={"query": text})[0] == 400
    assert titles(server) == before


# -- updates when allowed --------------------------------------------------------------------
def test_updates_are_applied_when_allowed(tmp_path: Path) -> None:
    path = build_store(tmp_path)
    with make_server(path, port=0, allow_update=True, quiet=True) as server:
        sparql = client(server, f'INSERT DATA {{ <urn:film:x> a <{SCHEMA}Movie> ; '
                                f'<{SCHEMA}name> "Dersu Uzala" }}')
        sparql.setMethod(POST)
        assert sparql.query().response.status == 204
        assert "Dersu Uzala" in titles(server)
        status, _, _ = request(server.endpoint, data=b"DELETE WHERE { <urn:film:x> ?p ?o }",
                               headers={"Content-Type": "application/sparql-update"})
        assert status == 204 and "Dersu Uzala" not in titles(server)
        request(server.endpoint, data={"update": f'INSERT DATA {{ <urn:film:y> <{SCHEMA}name> '
                                                 '"Ivan\'s Childhood" }'})
    with open_store(path, read_only=True) as store:  # it is on disk once the server stops
        assert store.query(f"ASK {{ ?f <{SCHEMA}name> \"Ivan's Childhood\" }}").boolean


# -- the timeout -----------------------------------------------------------------------------
@pytest.mark.slow
def test_expensive_query_is_stopped_while_others_are_served(store_dir: Path) -> None:
    with make_server(store_dir, port=0, timeout=1, workers=2, quiet=True) as server:
        slow: dict[str, object] = {}

        def expensive() -> None:
            slow["answer"] = request(server.endpoint, data={"query": CROSS_PRODUCT})
            slow["at"] = time.monotonic()

        thread = threading.Thread(target=expensive)
        started = time.monotonic()
        thread.start()
        time.sleep(0.3)
        assert set(EXAMPLE_FILMS) <= set(titles(server))  # served by the other worker
        answered_simple = time.monotonic()
        thread.join(15)
        assert not thread.is_alive()
        status, _, body = slow["answer"]  # type: ignore[misc]
        assert status == 503 and "1 s timeout" in body
        assert answered_simple < slow["at"]  # type: ignore[operator]
        assert 0.9 < slow["at"] - started < 10  # type: ignore[operator]
        for _ in range(3):  # the killed worker was replaced
            assert set(EXAMPLE_FILMS) <= set(titles(server))
        assert server.pool.restarts == 1


# -- other ways in ---------------------------------------------------------------------------
def test_in_memory_store_is_served(tmp_path: Path) -> None:
    store = open_store()
    ingest([EXAMPLE], store)
    with make_server(store, port=0, quiet=True) as server:
        assert titles(server) == EXAMPLE_FILMS


def test_query_page_and_library_are_served(server: SparqlServer) -> None:
    status, media, page = request(server.url)
    assert status == 200 and media.startswith("text/html")
    assert 'src="/static/app.js"' in page and "http" not in page.split("<body>")[0]
    status, media, listing = request(server.url + "queries")
    assert status == 200 and "films-in-place" in {q["name"] for q in json.loads(listing)}
    assert request(server.url + "static/../../pyproject.toml")[0] == 404


def test_missing_store_is_one_clear_error(tmp_path: Path) -> None:
    from filmgraph.cli import main

    assert main(["serve", "--store", str(tmp_path / "nothing"), "--port", "0"]) == 1


@pytest.mark.slow
def test_cli_serves_until_interrupted(store_dir: Path) -> None:
    proc = subprocess.Popen(
        [sys.executable, "-m", "filmgraph", "serve", "--store", str(store_dir), "--port", "0",
         "--quiet"], stderr=subprocess.PIPE, text=True, env={**os.environ, "PYTHONUNBUFFERED": "1"})
    try:
        assert proc.stderr is not None
        line = proc.stderr.readline()
        endpoint = line.split("SPARQL endpoint ")[1].split()[0]
        assert endpoint.startswith("http://127.0.0.1:")
        sparql = SPARQLWrapper(endpoint)
        sparql.setQuery(FILMS)
        sparql.setReturnFormat(JSON)
        result = sparql.queryAndConvert()
        assert isinstance(result, dict) and result["results"]["bindings"]
        proc.send_signal(signal.SIGINT)
        assert proc.wait(15) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


# -- pieces ----------------------------------------------------------------------------------
@pytest.mark.parametrize(("kind", "accept", "fmt", "name"), [
    ("results", "", None, "json"),
    ("results", "application/sparql-results+json,application/json;q=0.9", None, "json"),
    ("results", "text/csv;q=0.2, application/sparql-results+xml;q=0.8", None, "xml"),
    ("results", "application/sparql-results+xml", "csv", "csv"),     # format= wins
    ("results", "text/html", None, "json"),                           # nothing usable: default
    ("graph", "application/turtle,text/turtle", None, "turtle"),
    ("graph", "application/n-triples", None, "ntriples"),
    ("graph", "", "xml", "rdfxml"),
    ("graph", "", "application/n-quads", "nquads"),
])
def test_content_negotiation(kind: str, accept: str, fmt: str | None, name: str) -> None:
    assert choose(kind, accept=accept, fmt=fmt).name == name


def test_unknown_format_parameter_is_not_acceptable() -> None:
    with pytest.raises(NotAcceptable):
        choose("results", fmt="html")


@pytest.mark.parametrize(("text", "found"), [
    ("SELECT * WHERE { service <http://x/> { ?s ?p ?o } }", "SERVICE"),
    ("LOAD <http://example.org/data.ttl>", "LOAD"),
    ("SELECT * WHERE { ?s ?p ?o }\n# SERVICE in a comment", None),
    ("SELECT * WHERE { ?s ?p 'SERVICE <x>' . ?s ?p \"\"\"LOAD\n<x>\"\"\" }", None),
    ("SELECT ?service ?load WHERE { ?service ex:load <urn:SERVICE> . ?s service:x ?o }", None),
    ("SELECT * WHERE { ?s ?p 'it''s' . SERVICE <http://x/> {} }", "SERVICE"),
])
def test_forbidden_keywords(text: str, found: str | None) -> None:
    assert forbidden_keyword(text) == found


def test_read_only_snapshot_is_refreshed(tmp_path: Path) -> None:
    path = build_store(tmp_path)
    with make_server(path, port=0, refresh=0.2, quiet=True) as server:
        assert "Dersu Uzala" not in titles(server)
        with open_store(path) as store:  # written while the server is idle
            store.update(f'INSERT DATA {{ <urn:film:z> <{SCHEMA}name> "Dersu Uzala" ; '
                         f'a <{SCHEMA}Movie> }}')
        time.sleep(0.3)
        assert "Dersu Uzala" in titles(server)


def test_oversized_result_is_refused(tmp_path: Path) -> None:
    store = open_store()
    ingest([EXAMPLE], store)
    with make_server(store, port=0, max_result=2000, quiet=True) as server:
        status, _, body = request(server.endpoint, data={"query": "SELECT * { ?s ?p ?o }"})
        assert status == 500 and "add a LIMIT" in body
        assert titles(server) == EXAMPLE_FILMS  # the worker goes on


def test_isolated_worker_cannot_reach_the_network() -> None:
    import socket

    listener = socket.create_server(("127.0.0.1", 0))
    port = listener.getsockname()[1]
    child = (  # what a worker does first; the exit code tells what happened next
        "import socket, sys\n"
        "from filmgraph.server.sandbox import isolate_network\n"
        "if not isolate_network(): sys.exit(2)\n"
        f"try: socket.create_connection(('127.0.0.1', {port}), timeout=2).close()\n"
        "except OSError: sys.exit(0)\n"
        "sys.exit(1)\n"
    )
    code = subprocess.run([sys.executable, "-c", child], timeout=60).returncode
    listener.close()
    if code == 2:
        pytest.skip("this system does not allow unprivileged network namespaces")
    assert code == 0


def test_connections_past_the_limit_get_a_503(store_dir: Path) -> None:
    import socket

    with make_server(store_dir, port=0, max_connections=2, quiet=True) as server:
        idle = [socket.create_connection((server.host, server.port), timeout=5) for _ in range(2)]
        try:
            time.sleep(0.2)  # both are accepted and each holds a thread, saying nothing
            status, _, body = request(server.endpoint + "?query=ASK%7B%7D")
            assert status == 503 and "more than 2 connections" in body
        finally:
            for sock in idle:
                sock.close()
        time.sleep(0.3)
        assert request(server.endpoint + "?query=ASK%7B%7D")[0] == 200
