"""Keep the endpoint from reaching out: no ``SERVICE`` or ``LOAD``, and no network in workers.

pyoxigraph evaluates ``SERVICE <http://…>`` by making the HTTP request itself, and ``LOAD``
fetches URLs, so a public query text could make the server call any host it can reach (its
own intranet included). Two layers stop that: a lexical check that refuses the keywords
outside strings, IRIs and comments, and, where Linux allows it, query workers that run in
a network namespace of their own with no interfaces up.

>>> forbidden_keyword('SELECT * WHERE { SERVICE <http://x/> { ?s ?p ?o } }')
'SERVICE'
>>> forbidden_keyword('SELECT ?service WHERE { ?s ex:load "SERVICE" } # LOAD')
"""

from __future__ import annotations

import ctypes
import re

__all__ = ["forbidden_keyword", "isolate_network"]

# Strings (long forms first), IRIs and comments: the places a keyword may appear harmlessly.
_OPAQUE = re.compile(
    r'"""(?:[^"\\]|\\.|"(?!""))*"""'
    r"|'''(?:[^'\\]|\\.|'(?!''))*'''"
    r'|"(?:[^"\\\n\r]|\\.)*"'
    r"|'(?:[^'\\\n\r]|\\.)*'"
    r'|<[^<>"{}|^`\\\x00-\x20]*>'
    r"|#[^\n\r]*",
    re.DOTALL,
)
# A keyword is not part of a variable (?load), a prefixed name (ex:service, service:x)
# or a longer word.
_KEYWORD = re.compile(r"(?<![\w?$:.-])(SERVICE|LOAD)(?![\w:.-])", re.IGNORECASE)

_CLONE_NEWUSER = 0x10000000
_CLONE_NEWNET = 0x40000000


def forbidden_keyword(sparql: str) -> str | None:
    """The first ``SERVICE`` or ``LOAD`` keyword in the text (upper-cased), or ``None``."""
    bare = _OPAQUE.sub(" ", sparql)
    match = _KEYWORD.search(bare)
    return match.group(1).upper() if match else None


def isolate_network() -> bool:
    """Move this (single-threaded) process into an empty network namespace; True if it worked.

    Needs unprivileged user namespaces (common on Linux desktops and CI, often disabled in
    containers); the lexical check above is the guarantee, this is the second layer.
    """
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        return bool(libc.unshare(_CLONE_NEWUSER | _CLONE_NEWNET) == 0)
    except (OSError, AttributeError):
        return False
