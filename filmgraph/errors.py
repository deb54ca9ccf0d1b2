"""The exceptions filmgraph raises, so callers can catch at any level.

::

    FilmgraphError
    ├── InputError            a source file cannot be read as a review (ValueError)
    ├── ExtractionError       an extractor failed on a review
    ├── StoreError            the store cannot be opened, read or written (OSError)
    │   └── StoreLockedError  another process holds the on-disk store
    ├── QueryError            a SPARQL query or its parameters are invalid (ValueError)
    ├── ValidationError       the graph does not conform to the SHACL shapes
    └── LinkingError          Wikidata linking failed
        ├── EndpointError     the endpoint answered with an error or an error page
        │   └── RateLimited   429/503 after every retry; carries ``retry_after``
        └── OfflineError      the endpoint cannot be reached at all

Every message is one line that names the file or endpoint and the problem, because the
CLI prints it as is.
"""

from __future__ import annotations

__all__ = [
    "EndpointError",
    "ExtractionError",
    "FilmgraphError",
    "InputError",
    "LinkingError",
    "OfflineError",
    "QueryError",
    "RateLimited",
    "StoreError",
    "StoreLockedError",
    "ValidationError",
]


class FilmgraphError(Exception):
    """Base of every error filmgraph raises on purpose."""


class InputError(FilmgraphError, ValueError):
    """A source cannot be read as a review.

    >>> str(InputError("empty.txt", "the file is empty"))
    'empty.txt: the file is empty'
    """

    def __init__(self, source: str, problem: str) -> None:
        super().__init__(f"{source}: {problem}")
        self.source = source
        self.problem = problem


class ExtractionError(FilmgraphError):
    """An extractor raised on a review."""


class StoreError(FilmgraphError, OSError):
    """The store cannot be opened, read or written."""


class StoreLockedError(StoreError):
    """Another process holds the on-disk store (for example a running ingest)."""


class QueryError(FilmgraphError, ValueError):
    """A SPARQL query, a named query or a parameter is invalid."""


class ValidationError(FilmgraphError):
    """The graph does not conform to the shapes."""


class LinkingError(FilmgraphError):
    """Linking to Wikidata failed."""


class EndpointError(LinkingError):
    """The SPARQL endpoint answered with an error status or an error page."""


class RateLimited(EndpointError):
    """The endpoint kept answering 429/503; ``retry_after`` is its last advice in seconds."""

    def __init__(self, message: str, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class OfflineError(LinkingError):
    """The endpoint cannot be reached (no network, DNS failure, refused)."""
