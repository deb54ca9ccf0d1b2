"""filmgraph: turn film reviews into linked data.

The flat public API, in the order data flows::

    >>> import filmgraph
    >>> review = filmgraph.Review(text="“Example” is set in Paris.", source="example.txt")
    >>> store = filmgraph.open_store()          # in memory; open_store("dir") on disk
    >>> store.replace_graph(filmgraph.build(review))
    >>> store.query("ASK { ?f a <https://schema.org/Movie> }").boolean
    True
"""

from __future__ import annotations

__version__ = "0.1.0"

from .errors import (
    EndpointError,
    ExtractionError,
    FilmgraphError,
    InputError,
    LinkingError,
    OfflineError,
    QueryError,
    RateLimited,
    StoreError,
    StoreLockedError,
    ValidationError,
)
from .extract import extract
from .graph import build_review_graph
from .model import Claim, Entity, Extraction, Kind, Mention, Relation, Review, Span
from .pipeline import IngestReport, build, ingest
from .resolve import Resolver, resolve
from .sources import iter_reviews, read_review
from .store import QueryResult, Store, open_store

__all__ = [
    "Claim",
    "EndpointError",
    "Entity",
    "Extraction",
    "ExtractionError",
    "FilmgraphError",
    "IngestReport",
    "InputError",
    "Kind",
    "LinkingError",
    "Mention",
    "OfflineError",
    "QueryError",
    "QueryResult",
    "RateLimited",
    "Relation",
    "Resolver",
    "Review",
    "Span",
    "Store",
    "StoreError",
    "StoreLockedError",
    "ValidationError",
    "__version__",
    "build",
    "build_review_graph",
    "extract",
    "ingest",
    "iter_reviews",
    "open_store",
    "read_review",
    "resolve",
]
