"""A polite SPARQL client for Wikidata (or any SPARQL 1.1 endpoint).

SPARQLWrapper builds each request (query encoding, ``Accept``, ``User-Agent``); a *transport*
sends it. The transport is the one seam to the outside world, so tests swap it (or point the
endpoint at a local server) and never reach the internet.

Etiquette the Wikidata Query Service asks of its users: a descriptive ``User-Agent`` with a
contact (SPARQLWrapper's default agent is refused), one request at a time, ``Retry-After``
honoured on 429/503 with a bounded back-off, a timeout, and an on-disk cache so a rerun asks
nothing twice.

>>> client = WikidataClient("http://127.0.0.1:9/sparql", use_cache=False, timeout=1)
>>> client.endpoint
'http://127.0.0.1:9/sparql'
"""

from __future__ import annotations

import json
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any

from SPARQLWrapper import JSON, POST, SPARQLWrapper

from ..errors import EndpointError, OfflineError, RateLimited
from ..urls import endpoint_problem
from .cache import QueryCache, default_cache_dir

__all__ = [
    "DEFAULT_ENDPOINT",
    "DEFAULT_USER_AGENT",
    "HttpReply",
    "Transport",
    "WikidataClient",
    "parse_retry_after",
    "urllib_transport",
]

DEFAULT_ENDPOINT = "https://query.wikidata.org/sparql"
#: Wikimedia's User-Agent policy asks for a name, a version and a way to reach the operator.
DEFAULT_USER_AGENT = (
    "filmgraph/0.1 (https://w3id.org/filmgraph; filmgraph@w3id.org) SPARQLWrapper/2"
)
_GET_LIMIT = 1800  # longer queries go by POST: URLs this long are refused by some proxies

Binding = dict[str, dict[str, str]]


@dataclass(frozen=True, slots=True)
class HttpReply:
    """What came back: the status, the headers (lower-case names) and the raw body."""

    status: int
    headers: Mapping[str, str]
    body: bytes


#: Sends a request with a timeout in seconds. Raises ``TimeoutError`` when no answer comes in
#: time and ``OSError`` (``urllib.error.URLError``) when the endpoint cannot be reached.
Transport = Callable[[urllib.request.Request, float], HttpReply]


def urllib_transport(request: urllib.request.Request, timeout: float) -> HttpReply:
    """The production transport: ``urllib.request.urlopen``; HTTP errors become replies."""
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            headers = {k.lower(): v for k, v in response.headers.items()}
            return HttpReply(response.status, headers, response.read())
    except urllib.error.HTTPError as err:
        headers = {k.lower(): v for k, v in (err.headers or {}).items()}
        return HttpReply(err.code, headers, err.read() or b"")
    except urllib.error.URLError as err:
        if isinstance(err.reason, TimeoutError):
            raise TimeoutError(str(err.reason)) from None
        raise


def parse_retry_after(value: str | None, *, now: datetime | None = None) -> float | None:
    """Seconds to wait from a ``Retry-After`` header: delta-seconds or an HTTP date.

    >>> parse_retry_after("7")
    7.0
    >>> parse_retry_after("Wed, 21 Oct 2015 07:28:30 GMT",
    ...                   now=datetime(2015, 10, 21, 7, 28, 0, tzinfo=UTC))
    30.0
    >>> parse_retry_after("soon") is None
    True
    """
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - (now or datetime.now(UTC))).total_seconds())


class _RequestBuilder(SPARQLWrapper):
    """SPARQLWrapper builds the request; our transport sends it (see the module docstring)."""

    def build(self) -> urllib.request.Request:
        request: urllib.request.Request = self._createRequest()
        return request


class WikidataClient:
    """Runs SELECT queries against one endpoint, one request at a time, with a cache.

    ``transport`` sends requests (default: urllib); ``sleep`` and ``clock`` are injectable so
    tests of the back-off take no time. ``requests`` counts HTTP requests actually sent.
    """

    def __init__(
        self,
        endpoint: str = DEFAULT_ENDPOINT,
        *,
        user_agent: str = DEFAULT_USER_AGENT,
        timeout: float = 60.0,
        cache_dir: str | Path | None = None,
        use_cache: bool = True,
        transport: Transport | None = None,
        max_retries: int = 3,
        max_wait: float = 120.0,
        backoff: float = 2.0,
        min_interval: float = 0.5,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if not user_agent.strip():
            raise ValueError("a User-Agent is required (Wikimedia refuses anonymous clients)")
        problem = endpoint_problem(endpoint)
        if problem:
            raise EndpointError(f"{endpoint}: {problem}")
        self.endpoint = endpoint
        self.user_agent = user_agent
        self.timeout = timeout
        self.cache = QueryCache(cache_dir or default_cache_dir()) if use_cache else None
        self.transport: Transport = transport or urllib_transport
        self.max_retries = max_retries
        self.max_wait = max_wait
        self.backoff = backoff
        self.min_interval = min_interval
        self.requests = 0
        self.cache_hits = 0
        self._sleep = sleep
        self._clock = clock
        self._lock = threading.Lock()  # one request at a time, even from threads
        self._last: float | None = None

    def select(self, query: str) -> list[Binding]:
        """The bindings of a SELECT query, as in the SPARQL 1.1 JSON results format."""
        body = self.cache.get(self.endpoint, query) if self.cache else None
        if body is not None:
            self.cache_hits += 1
            return self._bindings(self._decode(body, "application/json"))
        with self._lock:
            reply = self._send_with_retries(query)
        data = self._decode(reply.body, reply.headers.get("content-type", ""))
        bindings = self._bindings(data)
        if self.cache:
            self.cache.put(self.endpoint, query, reply.body)
        return bindings

    # -- sending ---------------------------------------------------------------------------
    def _request(self, query: str) -> urllib.request.Request:
        builder = _RequestBuilder(self.endpoint, agent=self.user_agent)
        builder.setQuery(query)
        builder.setReturnFormat(JSON)
        if len(query) > _GET_LIMIT:
            builder.setMethod(POST)
        return builder.build()

    def _send_with_retries(self, query: str) -> HttpReply:
        request = self._request(query)
        wait: float | None = None
        for attempt in range(self.max_retries + 1):
            reply = self._send(request)
            if reply.status not in (429, 503):
                if reply.status >= 400:
                    raise EndpointError(
                        f"{self.endpoint}: HTTP {reply.status} ({_snippet(reply.body)})"
                    )
                return reply
            advised = parse_retry_after(reply.headers.get("retry-after"))
            wait = advised if advised is not None else self.backoff * 2**attempt
            if attempt == self.max_retries or wait > self.max_wait:
                break
            self._sleep(wait)
        raise RateLimited(
            f"{self.endpoint}: still rate-limited (HTTP 429/503) after "
            f"{self.max_retries + 1} tries; retry in {wait or 0:g} s",
            retry_after=wait,
        )

    def _send(self, request: urllib.request.Request) -> HttpReply:
        if self._last is not None and self.min_interval > 0:
            pause = self._last + self.min_interval - self._clock()
            if pause > 0:
                self._sleep(pause)
        self.requests += 1
        try:
            return self.transport(request, self.timeout)
        except TimeoutError:
            raise EndpointError(
                f"{self.endpoint}: no answer within {self.timeout:g} s (timed out)"
            ) from None
        except OSError as err:
            reason = getattr(err, "reason", err)
            if isinstance(reason, OSError) and reason.strerror:
                reason = reason.strerror
            raise OfflineError(f"{self.endpoint}: cannot reach the endpoint ({reason})") from None
        finally:
            self._last = self._clock()

    # -- reading ---------------------------------------------------------------------------
    def _decode(self, body: bytes, content_type: str) -> Any:
        # Proxies and overloaded servers answer 200 with an HTML page: that is no result.
        looks_html = body.lstrip()[:1] == b"<" or "html" in content_type.lower()
        try:
            if looks_html:
                raise ValueError
            return json.loads(body)
        except ValueError:
            raise EndpointError(
                f"{self.endpoint}: answered with an error page, not SPARQL results "
                f"({content_type or 'no content type'}: {_snippet(body)})"
            ) from None

    def _bindings(self, data: Any) -> list[Binding]:
        try:
            bindings = data["results"]["bindings"]
            if not isinstance(bindings, list):
                raise TypeError
        except (KeyError, TypeError):
            raise EndpointError(
                f"{self.endpoint}: answered JSON that is not SPARQL SELECT results"
            ) from None
        return bindings


def _snippet(body: bytes, size: int = 80) -> str:
    text = " ".join(body.decode("utf-8", "replace").split())
    return repr(text[:size]) if text else "empty body"
