"""The network projections and the pages they become, checked without a browser."""

from __future__ import annotations

import json
import re
from pathlib import Path

import networkx as nx
import pytest
from rdflib import Literal, URIRef
from rdflib.namespace import OWL, RDF

from filmgraph import QueryError, Store, ingest, open_store
from filmgraph.cli import main
from filmgraph.graph.vocab import ID, LINKS_GRAPH, SCHEMA, review_graph
from filmgraph.viz import (
    costar_network,
    ego_network,
    find_entity,
    place_hierarchy,
    query_graph,
    render,
    to_html,
    whole_graph,
)

REPO = Path(__file__).resolve().parent.parent
SEED = REPO.parent / "shared" / "corpus" / "seed" / "closeness.txt"
INJECTION = "<img src=x onerror=alert(1)>"
SCRIPT_BREAK = "</script><script>alert(2)</script>"
BALAGOV = str(ID["person/kantemir-balagov"])
WIKIDATA_ITEM = "http://www.wikidata.org/entity/Q4115189"  # the Wikidata sandbox item


def build_store(path: Path | None = None) -> Store:
    """data/example and the seed review, plus a hostile review naming an actor with HTML."""
    store = open_store(path)
    sources = [REPO / "data" / "example"] + ([SEED] if SEED.is_file() else [])
    report = ingest(sources, store)
    assert not report.errors
    film = URIRef(find_entity(store, "Closeness"))
    hostile, review = ID["person/hostile"], ID["review/hostile"]
    graph = review_graph("hostile")
    store.add_quads([
        (hostile, RDF.type, SCHEMA.Person, graph),
        (hostile, SCHEMA.name, Literal(INJECTION), graph),
        (film, SCHEMA.actor, hostile, graph),
        (review, RDF.type, SCHEMA.Review, graph),
        (review, SCHEMA.name, Literal(SCRIPT_BREAK), graph),
        (review, SCHEMA.itemReviewed, film, graph),
        (URIRef(BALAGOV), OWL.sameAs, URIRef(WIKIDATA_ITEM), LINKS_GRAPH),
    ])
    return store


@pytest.fixture(scope="module")
def store() -> Store:
    return build_store()


def kinds(graph: nx.Graph) -> set[str]:
    return {kind for _, kind in graph.nodes(data="kind")}


def count(store: Store, cls: URIRef) -> int:
    return len(store.query(f"SELECT DISTINCT ?x WHERE {{ ?x a <{cls}> }}").rows)


def test_whole_graph_has_every_entity_and_no_literals_types_or_claims(store: Store) -> None:
    g = whole_graph(store)
    assert kinds(g) == {"film", "person", "character", "place", "theme", "review", "organization"}
    by_kind = {k: sum(1 for _, v in g.nodes(data="kind") if v == k) for k in kinds(g)}
    assert by_kind["film"] == count(store, SCHEMA.Movie)
    assert by_kind["person"] == count(store, SCHEMA.Person)
    assert by_kind["review"] == count(store, SCHEMA.Review)
    assert all(not str(n).startswith("literal:") and "/claim/" not in str(n) for n in g)
    film = find_entity(store, "Closeness")
    assert g.edges[film, BALAGOV]["label"] == "directed by, written by"


def test_edge_labels_come_from_the_ontology_not_iris(store: Store) -> None:
    labels = {label for *_, label in whole_graph(store).edges(data="label")}
    assert {"cast member", "played by", "set in", "part of", "about", "reviews"} <= labels
    assert not any("http" in label for label in labels)


def test_literals_types_and_provenance_only_when_asked(store: Store) -> None:
    plain = whole_graph(store)
    full = whole_graph(store, literals=True, types=True, provenance=True)
    assert {"literal", "class", "claim", "agent"} <= kinds(full)
    assert full.number_of_nodes() > plain.number_of_nodes()
    assert set(plain) <= set(full)


def test_tooltip_facts_and_wikidata_link(store: Store) -> None:
    g = whole_graph(store)
    assert g.nodes[BALAGOV]["wikidata"] == WIKIDATA_ITEM
    assert ("name", "Kantemir Balagov") in g.nodes[BALAGOV]["facts"]
    film = g.nodes[find_entity(store, "Closeness")]
    assert ("year", "2017") in film["facts"] and film["wikidata"] is None


def test_ego_network_of_balagov(store: Store) -> None:
    g = ego_network(store, "Kantemir Balagov", hops=1)
    labels = {label for _, label in g.nodes(data="label")}
    assert {"Kantemir Balagov", "Closeness", "Beanpole"} <= labels
    assert kinds(g) <= {"person", "film", "review"}  # his films, and reviews that mention him
    assert g.graph["focus"] == BALAGOV
    two = ego_network(store, "kantemir balagov", hops=2)
    assert set(g) < set(two) <= set(whole_graph(store))
    assert len(ego_network(store, "Kantemir Balagov", hops=0)) == 1
    with pytest.raises(QueryError, match="hops"):
        ego_network(store, "Kantemir Balagov", hops=-1)


def test_names_are_bound_never_pasted_into_sparql(store: Store) -> None:
    size = len(store)
    for name in ['x" } DROP ALL #', "Nobody at all"]:
        with pytest.raises(QueryError, match="no film, person"):
            ego_network(store, name)
    assert len(store) == size
    assert find_entity(store, INJECTION) == str(ID["person/hostile"])


def test_costar_network_links_everyone_credited_on_a_film(store: Store) -> None:
    g = costar_network(store, roles=["actor"])
    assert kinds(g) == {"person"}
    film = whole_graph(store)
    closeness = find_entity(store, "Closeness")
    cast = [p for p in film.successors(closeness) if film.nodes[p]["kind"] == "person"
            and "cast member" in film.edges[closeness, p]["label"]]
    assert len(cast) >= 5
    for a in cast:
        for b in cast:
            if a != b:
                assert "Closeness" in g.edges[a, b]["films"]
    crew = costar_network(store)
    assert crew.has_edge(BALAGOV, cast[0])
    with pytest.raises(QueryError):
        costar_network(store, roles=["grip"])


def test_place_hierarchy_nalchik_lies_in_russia(store: Store) -> None:
    g = place_hierarchy(store)
    assert kinds(g) == {"place"}
    names = {data["label"]: node for node, data in g.nodes(data=True)}
    assert nx.has_path(g, names["Nalchik"], names["Russia"])
    assert {label for *_, label in g.edges(data="label")} == {"part of"}


def test_query_result_as_subgraph(store: Store) -> None:
    g = query_graph(store, "films-in-place", {"place": "Russia"})
    assert kinds(g) == {"film", "place"}
    assert "set in" in {label for *_, label in g.edges(data="label")}
    construct = query_graph(
        store, "CONSTRUCT { ?f <https://schema.org/director> ?p } "
               "WHERE { ?f <https://schema.org/director> ?p }")
    assert kinds(construct) == {"film", "person"}
    assert {label for *_, label in construct.edges(data="label")} == {"directed by"}
    with pytest.raises(QueryError, match="ASK"):
        query_graph(store, "ASK { ?s ?p ?o }")


def page_data(html: str) -> dict[str, object]:
    block = re.search(r'<script type="application/json" id="fg-data">(.*?)</script>', html, re.S)
    assert block
    data: dict[str, object] = json.loads(block.group(1))
    return data


def test_page_loads_nothing_from_outside(store: Store, tmp_path: Path) -> None:
    html = render(whole_graph(store), tmp_path / "g.html").html
    assert not re.search(r"""(?:src|href)\s*=\s*["']?\s*(?:https?:)?//""", html, re.I)
    assert not re.search(r"url\(\s*['\"]?\s*(?:https?:)?//|@import", html, re.I)
    assert "default-src 'none'" in html  # and the browser would refuse anything else
    assert "new vis.Network" in html  # vis-network itself is inline


def test_untrusted_names_never_appear_as_markup(store: Store) -> None:
    html = to_html(whole_graph(store)).html
    assert INJECTION not in html and SCRIPT_BREAK not in html
    assert html.count("</script>") == 3  # the data, vis-network and ours: nothing broke out
    names = {n["name"] for n in page_data(html)["nodes"]}  # type: ignore[attr-defined]
    assert INJECTION in names and SCRIPT_BREAK in names


def test_page_title_is_escaped() -> None:
    html = to_html(nx.path_graph(2), title=INJECTION).html
    assert "<title>&lt;img src=x onerror=alert(1)&gt;</title>" in html


def test_page_has_legend_sizes_and_edge_labels(store: Store) -> None:
    page = to_html(whole_graph(store), size_by="betweenness")
    data = page_data(page.html)
    legend = {item["label"] for item in data["legend"]}  # type: ignore[attr-defined]
    assert legend == {"film", "person", "character", "place", "theme", "review", "organisation"}
    sizes = {n["size"] for n in data["nodes"]}  # type: ignore[attr-defined]
    assert len(sizes) > 3
    assert data["edgeLabels"] is True and page.physics


def test_big_graph_gets_positions_no_physics_and_a_reduction_notice() -> None:
    graph = nx.connected_caveman_graph(60, 12)  # 720 nodes in 60 tight groups
    page = to_html(graph, max_nodes=500)
    data = page_data(page.html)
    assert not page.physics and data["options"]["physics"]["enabled"] is False  # type: ignore[index]
    assert all("x" in n for n in data["nodes"])  # type: ignore[attr-defined]
    assert page.shown.number_of_nodes() <= 500
    assert len(data["nodes"]) == page.shown.number_of_nodes()  # type: ignore[arg-type]
    assert page.notice[0].startswith(f"Showing {page.shown.number_of_nodes()} of 720 nodes")


def test_path_is_highlighted(store: Store) -> None:
    g = whole_graph(store)
    from filmgraph.analytics import shortest_path

    path = shortest_path(g, BALAGOV, find_entity(store, "Darya Zhovner"))
    page = to_html(g, highlight=path)
    data = page_data(page.html)
    red = [e for e in data["edges"] if e.get("color") == "#d62728"]  # type: ignore[attr-defined]
    assert len(red) == len(path) - 1
    assert any(line.startswith("Path: Kantemir Balagov → ") for line in page.notice)


def test_cli_viz_writes_each_view(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    store_dir = tmp_path / "store"
    build_store(store_dir).close()
    views = {
        "whole": [], "ego": ["--focus", "Kantemir Balagov", "--hops", "1"],
        "costar": ["--view", "costar"], "places": ["--view", "places"],
        "query": ["--query", "films-in-place", "--param", "place=Russia"],
    }
    for name, extra in views.items():
        out = tmp_path / f"{name}.html"
        assert main(["viz", "--store", str(store_dir), "-o", str(out), *extra]) == 0
        assert "vis.Network" in out.read_text(encoding="utf-8")
    construct = tmp_path / "settings.rq"
    construct.write_text("PREFIX schema: <https://schema.org/>\n"
                         "CONSTRUCT { ?f schema:contentLocation ?p } "
                         "WHERE { ?f schema:contentLocation ?p }\n", encoding="utf-8")
    out = tmp_path / "file.html"
    assert main(["viz", "--store", str(store_dir), "-o", str(out), "--query", str(construct)]) == 0
    legend = {item["label"] for item in page_data(out.read_text(encoding="utf-8"))["legend"]}  # type: ignore[attr-defined]
    assert legend == {"film", "place"}
    out = tmp_path / "everything.html"
    assert main(["viz", "--store", str(store_dir), "-o", str(out), "--literals", "--types",
                 "--provenance"]) == 0
    kinds_drawn = {n["kindLabel"] for n in page_data(out.read_text(encoding="utf-8"))["nodes"]}  # type: ignore[attr-defined]
    assert {"claim", "value", "class (rdf:type)"} <= kinds_drawn
    assert main(["viz", "--store", str(store_dir), "-o", str(tmp_path / "p.html"),
                 "--path", "Kantemir Balagov", "Darya Zhovner"]) == 0
    assert "Kantemir Balagov" in capsys.readouterr().out
    assert main(["viz", "--store", str(store_dir), "--focus", "Nobody at all",
                 "-o", str(tmp_path / "x.html")]) == 1
    assert "no film, person" in capsys.readouterr().err
