"""The query page in headless Chromium: it runs queries offline and shows values as text."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Page, Route, sync_playwright

from filmgraph import ingest, open_store
from filmgraph.server import SparqlServer, make_server

pytestmark = [pytest.mark.browser, pytest.mark.server, pytest.mark.slow]

REPO = Path(__file__).resolve().parent.parent
CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = REPO / "test-artifacts"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run", "--disable-sync"]

if not CHROMIUM.is_file():
    pytest.skip("Debian chromium is not installed at /usr/bin/chromium", allow_module_level=True)

Visit = tuple[Page, list[str], list[str]]


@pytest.fixture(scope="module")
def server() -> Iterator[SparqlServer]:
    store = open_store()
    ingest([REPO / "data" / "example"], store)
    with make_server(store, port=0, timeout=10, quiet=True) as running:
        yield running


@pytest.fixture()
def page(server: SparqlServer) -> Iterator[Visit]:
    """A page, the console errors it logs, and every URL it tried that is not this server."""
    errors: list[str] = []
    outside: list[str] = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        context = browser.new_context(viewport={"width": 1280, "height": 900})

        def guard(route: Route) -> None:
            url = route.request.url
            if urlsplit(url).hostname == "127.0.0.1":
                route.continue_()
            else:
                outside.append(url)
                route.abort()

        context.route("**/*", guard)
        tab = context.new_page()
        tab.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
        tab.on("pageerror", lambda exc: errors.append(str(exc)))
        tab.goto(server.url)
        yield tab, errors, outside
        context.close()
        browser.close()


def test_a_library_query_runs_by_clicking(page: Visit) -> None:
    tab, errors, outside = page
    tab.wait_for_selector("#example option[value='films-in-place']", state="attached")
    tab.select_option("#example", "films-in-place")
    assert tab.input_value("#param-place") == "Russia"
    tab.click("#run")
    tab.wait_for_selector("#results-table tbody tr")
    headers = tab.locator("#results-table th").all_inner_texts()
    assert headers[:2] == ["film", "title"]
    cells = tab.locator("#results-table tbody td").all_inner_texts()
    assert {"Beanpole", "Loveless"} <= set(cells)
    assert "rows in" in tab.inner_text("#status")
    ARTIFACTS.mkdir(exist_ok=True)
    tab.screenshot(path=str(ARTIFACTS / "query-page.png"), full_page=True)
    assert errors == []
    assert outside == []


def test_values_are_shown_as_text_not_markup(page: Visit) -> None:
    tab, errors, outside = page
    hostile = '<img src="http://203.0.113.9/x.png" onerror="document.title=1">'
    tab.fill("#query", f"SELECT ?x WHERE {{ BIND('{hostile}' AS ?x) }}")
    tab.press("#query", "Control+Enter")
    tab.wait_for_selector("#results-table tbody td")
    assert tab.inner_text("#results-table tbody td") == hostile
    assert tab.locator("#results img").count() == 0
    assert tab.title() == "filmgraph · SPARQL"
    assert errors == [] and outside == []


def test_a_malformed_query_shows_the_servers_message(page: Visit) -> None:
    tab, _, outside = page
    tab.fill("#query", "SELECT ?x WHERE {")
    tab.click("#run")
    tab.wait_for_selector("#error:not([hidden])")
    assert tab.inner_text("#error").startswith("400 malformed SPARQL")
    assert outside == []
