"""The public API: exactly these names, each importable, so it never drifts by accident."""

from __future__ import annotations

import filmgraph

PUBLIC = [
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


def test_all_is_exactly_the_public_api() -> None:
    # Adding or removing a public name is a decision: update PUBLIC here in the same commit.
    assert filmgraph.__all__ == PUBLIC


def test_every_public_name_imports() -> None:
    for name in PUBLIC:
        assert getattr(filmgraph, name) is not None, name
    namespace: dict[str, object] = {}
    exec("from filmgraph import *", namespace)
    assert set(PUBLIC) - {"__version__"} <= set(namespace)


def test_errors_form_the_documented_tree() -> None:
    e = filmgraph
    assert issubclass(e.InputError, e.FilmgraphError) and issubclass(e.InputError, ValueError)
    assert issubclass(e.StoreLockedError, e.StoreError) and issubclass(e.StoreError, OSError)
    assert issubclass(e.QueryError, ValueError)
    assert issubclass(e.RateLimited, e.EndpointError)
    assert issubclass(e.EndpointError, e.LinkingError)
    assert issubclass(e.OfflineError, e.LinkingError)
