"""Counts that describe a store: reviews, films, people, characters, places, themes, links."""

from __future__ import annotations

from .graph.vocab import GRAPH
from .store import Store

__all__ = ["stats"]

_COUNTS = """
PREFIX schema: <https://schema.org/>
PREFIX fg: <https://w3id.org/filmgraph/ontology#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX owl: <http://www.w3.org/2002/07/owl#>
SELECT
  (COUNT(DISTINCT ?review) AS ?reviews) (COUNT(DISTINCT ?film) AS ?films)
  (COUNT(DISTINCT ?person) AS ?people) (COUNT(DISTINCT ?character) AS ?characters)
  (COUNT(DISTINCT ?place) AS ?places) (COUNT(DISTINCT ?theme) AS ?themes)
  (COUNT(DISTINCT ?claim) AS ?claims) (COUNT(DISTINCT ?linked) AS ?linked)
WHERE {
  { ?review a schema:Review } UNION { ?film a schema:Movie } UNION { ?person a schema:Person }
  UNION { ?character a fg:Character } UNION { ?place a schema:Place }
  UNION { ?f schema:about ?theme } UNION { ?linked owl:sameAs ?wd }
  UNION { GRAPH ?g { ?claim a fg:Claim } }  # claims stay in their review's graph
}
"""


def stats(store: Store) -> dict[str, int]:
    """Entity counts, triples and named graphs of a store.

    >>> from filmgraph import open_store
    >>> stats(open_store())["triples"]
    0
    """
    res = store.query(_COUNTS)
    out = {name: int(value or 0) for name, value in zip(res.vars, res.rows[0], strict=True)}
    out["triples"] = len(store)
    graphs = store.named_graphs()
    out["named_graphs"] = len(graphs)
    out["review_graphs"] = sum(1 for g in graphs if str(g).startswith(str(GRAPH) + "review/"))
    return out
