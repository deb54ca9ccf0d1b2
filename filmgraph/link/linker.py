"""``link(store)``: tie the graph's films, people and places to Wikidata items.

Films first (title, year and credits), then people through the linked films' credits, then
places through their containing places. Every question is batched; nothing is written until
every answer is in, so an endpoint that fails half-way leaves the graph as it was.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from ..store import Store
from .client import DEFAULT_ENDPOINT, DEFAULT_USER_AGENT, WikidataClient
from .decide import Decision, decide_films, decide_people, decide_places
from .local import read_local_graph
from .output import build_link_graphs, write_link_graphs
from .wikidata import DEFAULT_LANGUAGES, film_facts, find_candidates, person_facts, place_facts

__all__ = ["DEFAULT_THRESHOLD", "LinkReport", "link"]

#: Below this score no ``owl:sameAs`` is written; the candidates are still recorded.
DEFAULT_THRESHOLD = 0.7


@dataclass(slots=True)
class LinkReport:
    """What a run did, by kind: entities seen, linked, left with candidates only, without any."""

    endpoint: str
    entities: Counter[str] = field(default_factory=Counter)
    linked: Counter[str] = field(default_factory=Counter)
    unlinked_with_candidates: Counter[str] = field(default_factory=Counter)
    without_candidates: Counter[str] = field(default_factory=Counter)
    requests: int = 0
    cache_hits: int = 0
    decisions: list[Decision] = field(default_factory=list)

    @property
    def links(self) -> dict[str, str]:
        """Our IRI → the Wikidata item it was linked to."""
        return {str(d.subject): d.target for d in self.decisions if d.target is not None}

    def summary(self) -> str:
        """One line for people.

        >>> LinkReport("https://query.wikidata.org/sparql").summary().split("; ")[1]
        '0 kept as candidates only'
        """
        kinds = ", ".join(f"{label} {self.linked[kind]}/{self.entities[kind]}" for label, kind
                          in (("films", "film"), ("people", "person"), ("places", "place")))
        return (f"linked {sum(self.linked.values())} of {sum(self.entities.values())} entities "
                f"({kinds}); {sum(self.unlinked_with_candidates.values())} kept as candidates "
                f"only; {self.requests} requests, {self.cache_hits} from cache")


def link(store: Store, *, endpoint: str = DEFAULT_ENDPOINT, client: WikidataClient | None = None,
         user_agent: str = DEFAULT_USER_AGENT, cache_dir: str | Path | None = None,
         threshold: float = DEFAULT_THRESHOLD, languages: tuple[str, ...] = DEFAULT_LANGUAGES,
         now: datetime | None = None) -> LinkReport:
    """Link the store's films, people and places to Wikidata and write the three link graphs.

    Re-running replaces the earlier links; ``remove_links`` takes them away again.

    >>> from filmgraph import open_store
    >>> class NoAnswers(WikidataClient):
    ...     def select(self, query):
    ...         return []
    >>> link(open_store(), client=NoAnswers(use_cache=False)).summary().split(";")[0]
    'linked 0 of 0 entities (films 0/0, people 0/0, places 0/0)'
    """
    client = client or WikidataClient(endpoint, user_agent=user_agent, cache_dir=cache_dir)
    local = read_local_graph(store)

    film_names = {n for f in local.films.values() for n in f.names}
    film_cands = find_candidates(client, film_names, "film", languages=languages)
    films = film_facts(client, set().union(*film_cands.values()), languages=languages)
    film_links = decide_films(local, film_cands, films, threshold=threshold)

    people_cands = find_candidates(client, {p.name for p in local.people.values()}, "person",
                                   languages=languages)
    people_links = decide_people(local, people_cands, film_links, films, threshold=threshold)

    place_cands = find_candidates(client, {p.name for p in local.places.values()}, "place",
                                  languages=languages)
    places = place_facts(client, set().union(*place_cands.values()), languages=languages)
    place_links = decide_places(local, place_cands, places, threshold=threshold)

    decisions = [*film_links.values(), *people_links.values(), *place_links.values()]
    births = person_facts(client, {d.target for d in people_links.values() if d.target})
    graphs = build_link_graphs(decisions, endpoint=client.endpoint,
                               linked_at=now or datetime.now(UTC),
                               films=films, people=births, places=places)
    write_link_graphs(store, graphs)

    report = LinkReport(client.endpoint, requests=client.requests, cache_hits=client.cache_hits,
                        decisions=decisions)
    for d in decisions:
        report.entities[d.kind] += 1
        if d.target:
            report.linked[d.kind] += 1
        elif d.candidates:
            report.unlinked_with_candidates[d.kind] += 1
        else:
            report.without_candidates[d.kind] += 1
    return report
