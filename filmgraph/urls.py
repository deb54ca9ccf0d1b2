"""Endpoint URLs a user types (``--endpoint``, ``--gsp``, ``--update``), checked before use.

urllib finds out that a URL is unusable only when it sends, and says so with exceptions of
its own (``ValueError: unknown url type``, ``InvalidURL: nonnumeric port``) that reach the
user as internal errors, after the store was opened. A URL is checked here once, when the
client is made, and its problem is said in words.

>>> endpoint_problem("http://127.0.0.1:7878/query") is None
True
>>> endpoint_problem("http://127.0.0.1:abc/query")
'not a valid URL (the port is not a number from 0 to 65535)'
"""

from __future__ import annotations

import re
import urllib.parse

__all__ = ["endpoint_problem"]

_UNSENDABLE = re.compile(r"[\x00-\x20\x7f]")  # http.client refuses them in a request line


def endpoint_problem(url: str) -> str | None:
    """What makes ``url`` unusable as an HTTP(S) endpoint, or None if nothing does."""
    if not url.lower().startswith(("http://", "https://")):
        return "a SPARQL endpoint must be an http(s) URL"
    if _UNSENDABLE.search(url):
        return "a URL cannot hold spaces or control characters (percent-encode them)"
    try:
        parts = urllib.parse.urlsplit(url)
        parts.port  # noqa: B018 -- parsing the port is what raises
    except ValueError as err:
        if "port" in str(err).lower():
            return "not a valid URL (the port is not a number from 0 to 65535)"
        return f"not a valid URL ({err})"
    if not parts.hostname:
        return "not a valid URL (it names no host)"
    return None
