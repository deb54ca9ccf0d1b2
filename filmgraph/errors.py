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
CLI prints it as is; :func:`one_line` and :func:`sparql_syntax` shape what other libraries
say into such a line.
"""

from __future__ import annotations

import re

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
    "one_line",
    "sparql_syntax",
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


# The SPARQL parser lists the Unicode ranges it expected (a name); they fill a screen and help
# nobody.
_CHAR_RANGES = re.compile(r"\[[^\[\]]*\.\.=[^\[\]]*\]")
# What may hold a colon without being a prefixed name: IRIs, strings, comments, variables.
_NOT_NAMES = re.compile(
    r'<[^<>\s]*>|"""[\s\S]*?"""|' + r"'''[\s\S]*?'''|"
    + r'"(?:[^"\\\n]|\\.)*"|' + r"'(?:[^'\\\n]|\\.)*'|#[^\n]*|[?$]\w+"
)
_DECLARED = re.compile(r"\bPREFIX\s+([A-Za-z][\w.-]*)?:", re.IGNORECASE)
_PREFIXED = re.compile(r"(?<![\w.:-])([A-Za-z][\w.-]*)?:")


def one_line(message: str, limit: int = 300) -> str:
    """An error message on one line, without the parser's character ranges.

    >>> one_line("expected one of \\"?\\", [\\'A\\' ..= \\'Z\\'\\n| \\'a\\'..=\\'z\\'], [_]")
    'expected one of "?", a name, [_]'
    """
    text = " ".join(_CHAR_RANGES.sub("a name", message).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def sparql_syntax(message: str, sparql: str) -> str:
    """The parser's complaint about ``sparql`` as one line, naming a prefix used undeclared
    (the parser's own words for that are a list of expected characters).

    >>> sparql_syntax("error at 1:28: expected one of Prefix not found, [_]",
    ...               "SELECT * WHERE { ?s schem:name ?o }")
    "malformed SPARQL: prefix 'schem:' is not declared (add PREFIX schem: <…>); error at 1:28: \
expected one of Prefix not found, [_]"
    """
    undeclared = _undeclared_prefix(sparql)
    hint = ""
    if undeclared is not None:
        hint = f"prefix '{undeclared}:' is not declared (add PREFIX {undeclared}: <…>); "
    return f"malformed SPARQL: {hint}{one_line(message)}"


def _undeclared_prefix(sparql: str) -> str | None:
    """The first prefix ``sparql`` uses without declaring it, if any."""
    code = _NOT_NAMES.sub(" ", sparql)
    declared = {m.group(1) or "" for m in _DECLARED.finditer(code)}
    for m in _PREFIXED.finditer(code):
        if (m.group(1) or "") not in declared:
            return m.group(1) or ""
    return None
