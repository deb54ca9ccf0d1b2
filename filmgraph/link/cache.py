"""An on-disk cache of SPARQL answers, keyed by endpoint and query text, so reruns cost nothing.

>>> import tempfile
>>> cache = QueryCache(tempfile.mkdtemp())
>>> cache.get("https://e.org/sparql", "ASK {}") is None
True
>>> cache.put("https://e.org/sparql", "ASK {}", b'{"boolean": true}')
>>> cache.get("https://e.org/sparql", "ASK {}")
b'{"boolean": true}'
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path

__all__ = ["QueryCache", "default_cache_dir"]


def default_cache_dir() -> Path:
    """``$XDG_CACHE_HOME/filmgraph/wikidata`` (``~/.cache/filmgraph/wikidata`` by default).

    >>> default_cache_dir().parts[-2:]
    ('filmgraph', 'wikidata')
    """
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "filmgraph" / "wikidata"


class QueryCache:
    """Answers stored as files named by the SHA-256 of endpoint and query text."""

    def __init__(self, directory: str | Path) -> None:
        self.directory = Path(directory)

    def _path(self, endpoint: str, query: str) -> Path:
        key = hashlib.sha256(f"{endpoint}\n{query}".encode()).hexdigest()
        return self.directory / key[:2] / f"{key}.json"

    def get(self, endpoint: str, query: str) -> bytes | None:
        """The stored answer, or ``None`` when this query was never answered."""
        try:
            return self._path(endpoint, query).read_bytes()
        except OSError:
            return None

    def put(self, endpoint: str, query: str, body: bytes) -> None:
        """Store an answer; written to a temporary file first so a crash never leaves half."""
        path = self._path(endpoint, query)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
            with os.fdopen(fd, "wb") as out:
                out.write(body)
            os.replace(tmp, path)
        except OSError:
            # A cache that cannot be written only costs a repeated request next time.
            return
