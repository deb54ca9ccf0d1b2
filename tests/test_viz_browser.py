"""Generated pages opened in headless Chromium, offline: they draw the graph they were given,
fetch nothing, log no error, and show hostile names as text."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import networkx as nx
import pytest
from test_viz import INJECTION, SCRIPT_BREAK, build_store

from filmgraph import Store
from filmgraph.analytics import shortest_path
from filmgraph.viz import (
    Page,
    costar_network,
    ego_network,
    find_entity,
    place_hierarchy,
    query_graph,
    render,
    whole_graph,
)

CHROMIUM = Path("/usr/bin/chromium")
REPO = Path(__file__).resolve().parent.parent
ARTIFACTS = REPO / "test-artifacts"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--no-first-run", "--disable-sync"]

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.is_file() and not shutil.which("chromium"),
                       reason="Chromium is not installed (see .ci/run)"),
]


@dataclass
class Visit:
    """What happened while a page was open."""

    page: Any
    errors: list[str] = field(default_factory=list)
    outside: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield b
        b.close()


@pytest.fixture(scope="module")
def store() -> Store:
    return build_store()


def visit(browser: Any, path: Path, *, timeout_ms: int = 60_000) -> Visit:
    context = browser.new_context(viewport={"width": 1280, "height": 800}, offline=True)
    page = context.new_page()
    seen = Visit(page)

    def route(r: Any) -> None:
        url = r.request.url
        if url.startswith(("file:", "data:")):
            r.continue_()
        else:
            seen.outside.append(url)
            r.abort()

    context.route("**/*", route)
    page.on("request", lambda req: None if req.url.startswith(("file:", "data:"))
            else seen.outside.append(req.url))
    page.on("console", lambda m: seen.errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: seen.errors.append(str(e)))

    def dialog(d: Any) -> None:
        seen.dialogs.append(d.message)
        d.dismiss()

    page.on("dialog", dialog)
    page.goto(path.as_uri())
    page.wait_for_selector("body[data-ready=true]", state="attached", timeout=timeout_ms)
    return seen


def check_drawn(seen: Visit, page: Page, name: str) -> None:
    counts = seen.page.evaluate("[filmgraph.nodes.length, filmgraph.edges.length]")
    assert counts == [page.shown.number_of_nodes(), page.shown.number_of_edges()]
    drawn = seen.page.evaluate("Object.keys(filmgraph.network.getPositions()).length")
    assert drawn == page.shown.number_of_nodes()
    ARTIFACTS.mkdir(exist_ok=True)
    seen.page.screenshot(path=str(ARTIFACTS / f"viz-{name}.png"))
    assert seen.errors == []
    assert seen.outside == []
    assert seen.dialogs == []
    seen.page.context.close()


@pytest.mark.parametrize("view", ["whole", "ego", "costar", "places", "query"])
def test_each_view_draws_its_graph_offline(browser: Any, store: Store, tmp_path: Path,
                                           view: str) -> None:
    graph: nx.Graph = {
        "whole": lambda: whole_graph(store),
        "ego": lambda: ego_network(store, "Kantemir Balagov", hops=2),
        "costar": lambda: costar_network(store),
        "places": lambda: place_hierarchy(store),
        "query": lambda: query_graph(store, "films-in-place", {"place": "Russia"}),
    }[view]()
    assert graph.number_of_nodes() > 1
    page = render(graph, tmp_path / f"{view}.html")
    check_drawn(visit(browser, tmp_path / f"{view}.html"), page, view)


def test_hostile_names_show_as_text_and_never_run(browser: Any, store: Store,
                                                 tmp_path: Path) -> None:
    graph = whole_graph(store)
    hostile = find_entity(store, INJECTION)
    path = shortest_path(graph, find_entity(store, "Kantemir Balagov"), hostile)
    page = render(graph, tmp_path / "hostile.html", highlight=path)
    seen = visit(browser, tmp_path / "hostile.html")
    p = seen.page
    assert INJECTION in p.inner_text("#fg-notice")  # the path notice names it, as text
    assert p.evaluate("document.querySelectorAll('img, #fg-notice script').length") == 0
    # Hover the hostile node: its tooltip shows the name as text.
    x, y = p.evaluate(
        """(name) => {
            const n = filmgraph.nodes.get({filter: n => n.title.querySelector('strong')
                                                           .textContent === name})[0];
            const at = filmgraph.network.canvasToDOM(filmgraph.network.getPositions([n.id])[n.id]);
            const box = document.getElementById('fg-network').getBoundingClientRect();
            return [at.x + box.left, at.y + box.top];
        }""",
        INJECTION,
    )
    p.mouse.move(x, y)
    tip = p.wait_for_selector("div.vis-tooltip", state="visible", timeout=10_000)
    assert INJECTION in tip.inner_text()
    assert tip.query_selector("img") is None
    labels = p.evaluate("filmgraph.nodes.get().map(n => n.label)")
    assert any(label.startswith("</script>") for label in labels) and SCRIPT_BREAK[:20] in str(
        labels)
    p.wait_for_timeout(300)  # an onerror handler would have fired by now
    check_drawn(seen, page, "hostile")


def test_wikidata_link_in_the_tooltip(browser: Any, store: Store, tmp_path: Path) -> None:
    graph = ego_network(store, "Kantemir Balagov", hops=1)
    page = render(graph, tmp_path / "balagov.html")
    seen = visit(browser, tmp_path / "balagov.html")
    hrefs = seen.page.evaluate(
        "filmgraph.nodes.get().flatMap(n => [...n.title.querySelectorAll('a')].map(a => a.href))")
    assert hrefs == ["http://www.wikidata.org/entity/Q4115189"]
    check_drawn(seen, page, "balagov")


@pytest.mark.slow
def test_a_big_graph_opens_without_physics(browser: Any, tmp_path: Path) -> None:
    graph = nx.connected_caveman_graph(250, 12)  # 3,000 nodes
    page = render(graph, tmp_path / "big.html", max_nodes=2_000)
    assert not page.physics and page.shown.number_of_nodes() <= 2_000
    seen = visit(browser, tmp_path / "big.html")
    assert seen.page.inner_text("#fg-notice").startswith("Showing ")
    assert seen.page.evaluate("filmgraph.network.physics.physicsEnabled") is False
    check_drawn(seen, page, "big")
