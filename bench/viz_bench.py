"""How long pictures take to make and to open: 500, 5,000 and 20,000 nodes.

Synthetic film graphs (films linked to the people credited on them, a few stars in many
films) go through the same renderer as ``filmgraph viz``; each page is opened in headless
Chromium, offline, and timed until vis-network has drawn it. Then we time a zoom redraw
and a hover tooltip, which is what "interactive" means to a user.

    python bench/viz_bench.py                 # 500, 5000, 20000 nodes
    python bench/viz_bench.py --sizes 500 5000 --full   # --full: also 20k without reduction
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from pathlib import Path
from typing import Any

import networkx as nx

from filmgraph.viz import render

ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--no-first-run", "--disable-sync"]


def film_graph(n: int, *, seed: int = 0) -> nx.DiGraph:
    """``n`` nodes: one film per eight nodes, every person credited at least once."""
    rng = random.Random(seed)
    films = max(1, n // 8)
    people = n - films
    g = nx.DiGraph()
    for f in range(films):
        g.add_node(f"film/{f}", kind="film", label=f"Film {f}", facts=[("year", "2001")])
    for p in range(people):
        g.add_node(f"person/{p}", kind="person", label=f"Person {p}", facts=[])
        g.add_edge(f"film/{rng.randrange(films)}", f"person/{p}", label="cast member")
    stars = list(range(people))
    for f in range(films):  # a few extra credits each, favouring a small set of stars
        for _ in range(3):
            p = int(rng.paretovariate(1.1)) % people if rng.random() < 0.6 else rng.choice(stars)
            g.add_edge(f"film/{f}", f"person/{p}", label="cast member")
    return g


def open_page(browser: Any, path: Path) -> dict[str, float]:
    context = browser.new_context(viewport={"width": 1280, "height": 800}, offline=True)
    page = context.new_page()
    start = time.perf_counter()
    page.goto(path.as_uri())
    page.wait_for_selector("body[data-ready=true]", state="attached", timeout=300_000)
    load = time.perf_counter() - start
    drawn_ms = page.evaluate("filmgraph.drawnAt")
    zoom_ms = page.evaluate(
        """() => { const net = filmgraph.network; const t = performance.now();
                   net.moveTo({scale: net.getScale() * 1.6}); net.redraw();
                   return performance.now() - t; }""")
    x, y = page.evaluate(
        """() => { const net = filmgraph.network; const id = filmgraph.nodes.getIds()[0];
                   net.moveTo({position: net.getPositions([id])[id], scale: 1});
                   net.redraw();
                   const at = net.canvasToDOM(net.getPositions([id])[id]);
                   const box = document.getElementById('fg-network').getBoundingClientRect();
                   return [at.x + box.left, at.y + box.top]; }""")
    start = time.perf_counter()
    page.mouse.move(x, y)
    page.wait_for_selector("div.vis-tooltip", state="visible", timeout=60_000)
    hover = time.perf_counter() - start
    context.close()
    return {"load_s": load, "drawn_s": drawn_ms / 1000, "zoom_ms": zoom_ms, "hover_s": hover}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[500, 5_000, 20_000])
    parser.add_argument("--full", action="store_true",
                        help="also draw the largest size whole (--max-nodes above it)")
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    runs = [(n, 5_000) for n in args.sizes]
    if args.full:
        runs.append((max(args.sizes), max(args.sizes)))
    out = Path(tempfile.mkdtemp(prefix="viz-bench-"))
    print(f"{'nodes':>7} {'max':>6} {'drawn':>6} {'edges':>6} {'generate':>9} {'MB':>5} "
          f"{'open→drawn':>11} {'zoom':>7} {'hover':>6}")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
        for n, max_nodes in runs:
            graph = film_graph(n)
            path = out / f"g{n}-{max_nodes}.html"
            start = time.perf_counter()
            page = render(graph, path, max_nodes=max_nodes)
            generate = time.perf_counter() - start
            t = open_page(browser, path)
            print(f"{n:>7,} {max_nodes:>6,} {page.shown.number_of_nodes():>6,} "
                  f"{page.shown.number_of_edges():>6,} {generate:>8.2f}s "
                  f"{path.stat().st_size / 1e6:>5.1f} {t['load_s']:>10.2f}s "
                  f"{t['zoom_ms']:>5.0f}ms {t['hover_s']:>5.2f}s", flush=True)
        browser.close()


if __name__ == "__main__":
    main()
