"""Linking the graph to Wikidata: typed candidates, collective disambiguation, polite client.

>>> from filmgraph.link import link, remove_links, WikidataClient
>>> WikidataClient().endpoint
'https://query.wikidata.org/sparql'
"""

from __future__ import annotations

from .cache import QueryCache, default_cache_dir
from .client import DEFAULT_ENDPOINT, DEFAULT_USER_AGENT, HttpReply, Transport, WikidataClient
from .decide import Decision
from .linker import DEFAULT_THRESHOLD, LinkReport, link
from .names import fold, name_similarity
from .output import remove_links

__all__ = [
    "DEFAULT_ENDPOINT",
    "DEFAULT_THRESHOLD",
    "DEFAULT_USER_AGENT",
    "Decision",
    "HttpReply",
    "LinkReport",
    "QueryCache",
    "Transport",
    "WikidataClient",
    "default_cache_dir",
    "fold",
    "link",
    "name_similarity",
    "remove_links",
]
