"""The Wikidata client's etiquette, against a tiny scripted HTTP server on 127.0.0.1."""

from __future__ import annotations

import json
import socket
import threading
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.request import Request

import pytest

from filmgraph.errors import EndpointError, OfflineError, RateLimited
from filmgraph.link import DEFAULT_USER_AGENT, HttpReply, WikidataClient

RESULTS = json.dumps({"head": {"vars": ["x"]},
                      "results": {"bindings": [{"x": {"type": "literal", "value": "ok"}}]}})
QUERY = "SELECT ?x WHERE { ?x ?p ?o } LIMIT 1"


class Script:
    """Answers in order (the last one repeats); remembers what it was asked."""

    def __init__(self, *answers: tuple[int, dict[str, str], str]) -> None:
        self.answers = list(answers)
        self.requests: list[dict[str, str]] = []
        self.methods: list[str] = []
        self.delay = 0.0
        self.active = 0
        self.max_active = 0
        self.lock = threading.Lock()

    def next(self) -> tuple[int, dict[str, str], str]:
        return self.answers.pop(0) if len(self.answers) > 1 else self.answers[0]


def _handler(script: Script) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def _answer(self) -> None:
            with script.lock:
                script.active += 1
                script.max_active = max(script.max_active, script.active)
                script.requests.append(dict(self.headers.items()))
                script.methods.append(self.command)
            length = int(self.headers.get("Content-Length") or 0)
            if length:
                self.rfile.read(length)
            time.sleep(script.delay)
            status, headers, body = script.next()
            data = body.encode()
            try:
                self.send_response(status)
                for k, v in headers.items():
                    self.send_header(k, v)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client gave up waiting (the timeout test)
            finally:
                with script.lock:
                    script.active -= 1

        do_GET = do_POST = _answer

        def log_message(self, *args: object) -> None:
            pass

    return Handler


@pytest.fixture()
def serve() -> Iterator[object]:
    servers: list[ThreadingHTTPServer] = []

    def start(script: Script) -> str:
        server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(script))
        server.daemon_threads = True
        threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True).start()
        servers.append(server)
        return f"http://127.0.0.1:{server.server_address[1]}/sparql"

    yield start
    for server in servers:
        server.shutdown()
        server.server_close()


JSON_OK = (200, {"Content-Type": "application/sparql-results+json"}, RESULTS)


def _client(url: str, tmp_path: Path, sleeps: list[float], **kw: object) -> WikidataClient:
    return WikidataClient(url, cache_dir=tmp_path / "cache", min_interval=0,
                          sleep=sleeps.append, **kw)  # type: ignore[arg-type]


def test_429_with_retry_after_seconds_waits_that_long_then_succeeds(serve, tmp_path) -> None:
    script = Script((429, {"Retry-After": "3"}, "slow down"), JSON_OK)
    sleeps: list[float] = []
    client = _client(serve(script), tmp_path, sleeps)
    rows = client.select(QUERY)
    assert rows == [{"x": {"type": "literal", "value": "ok"}}]
    assert sleeps == [3.0]
    assert client.requests == 2


def test_retry_after_as_an_http_date_is_honoured(serve, tmp_path) -> None:
    when = format_datetime(datetime.now(UTC) + timedelta(seconds=20), usegmt=True)
    script = Script((503, {"Retry-After": when}, "busy"), JSON_OK)
    sleeps: list[float] = []
    _client(serve(script), tmp_path, sleeps).select(QUERY)
    assert len(sleeps) == 1 and 15 <= sleeps[0] <= 20


def test_back_off_doubles_without_retry_after_then_gives_up(serve, tmp_path) -> None:
    script = Script((429, {}, "no"))
    sleeps: list[float] = []
    client = _client(serve(script), tmp_path, sleeps, max_retries=3, backoff=1.5)
    with pytest.raises(RateLimited) as err:
        client.select(QUERY)
    assert sleeps == [1.5, 3.0, 6.0]
    assert client.requests == 4
    assert err.value.retry_after == 12.0
    assert "rate-limited" in str(err.value) and "\n" not in str(err.value)


def test_a_retry_after_beyond_the_limit_is_not_waited_for(serve, tmp_path) -> None:
    script = Script((429, {"Retry-After": "3600"}, "come back in an hour"))
    sleeps: list[float] = []
    with pytest.raises(RateLimited) as err:
        _client(serve(script), tmp_path, sleeps, max_wait=60).select(QUERY)
    assert sleeps == [] and err.value.retry_after == 3600


def test_a_slow_endpoint_times_out_with_one_line(serve, tmp_path) -> None:
    script = Script(JSON_OK)
    script.delay = 1.5
    client = _client(serve(script), tmp_path, [], timeout=0.3)
    started = time.monotonic()
    with pytest.raises(EndpointError, match="timed out"):
        client.select(QUERY)
    assert time.monotonic() - started < 1.4


@pytest.mark.parametrize("content_type,body", [
    ("text/html; charset=utf-8", "<!DOCTYPE html><html><body>Wikimedia Error</body></html>"),
    ("application/sparql-results+json", "<html><body>Service unavailable</body></html>"),
    ("text/plain", "java.util.concurrent.TimeoutException"),
    ("application/json", '{"error": "not results"}'),
])
def test_a_200_that_is_an_error_page_is_an_error(serve, tmp_path, content_type, body) -> None:
    script = Script((200, {"Content-Type": content_type}, body))
    client = _client(serve(script), tmp_path, [])
    with pytest.raises(EndpointError) as err:
        client.select(QUERY)
    assert client.endpoint in str(err.value)
    # nothing was cached, so the next run asks again
    assert client.cache is not None and client.cache.get(client.endpoint, QUERY) is None


def test_http_errors_name_the_endpoint_and_status(serve, tmp_path) -> None:
    script = Script((500, {"Content-Type": "text/plain"}, "boom"))
    url = serve(script)
    with pytest.raises(EndpointError, match=r"HTTP 500"):
        _client(url, tmp_path, []).select(QUERY)


def test_a_refused_port_is_offline(tmp_path) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # closed again: nothing listens there
    client = _client(f"http://127.0.0.1:{port}/sparql", tmp_path, [])
    with pytest.raises(OfflineError, match=f"127.0.0.1:{port}.*cannot reach"):
        client.select(QUERY)


def test_the_cache_answers_a_repeated_query_without_a_request(serve, tmp_path) -> None:
    script = Script(JSON_OK)
    url = serve(script)
    first = _client(url, tmp_path, [])
    assert first.select(QUERY) and first.requests == 1
    again = _client(url, tmp_path, [])  # a new process, the same cache folder
    assert again.select(QUERY) == first.select(QUERY)
    assert again.requests == 0 and again.cache_hits == 1
    assert len(script.requests) == 1


def test_a_descriptive_user_agent_is_sent_and_configurable(serve, tmp_path) -> None:
    script = Script(JSON_OK)
    url = serve(script)
    _client(url, tmp_path / "a", []).select(QUERY)
    _client(url, tmp_path / "b", [], user_agent="my-notebook/1.0 (me@example.org)").select(QUERY)
    agents = [r["User-Agent"] for r in script.requests]
    assert agents == [DEFAULT_USER_AGENT, "my-notebook/1.0 (me@example.org)"]
    assert "@" in DEFAULT_USER_AGENT and "sparqlwrapper" not in agents[0].split()[0].lower()
    with pytest.raises(ValueError):
        WikidataClient(url, user_agent=" ")


def test_long_queries_are_posted(serve, tmp_path) -> None:
    script = Script(JSON_OK)
    url = serve(script)
    _client(url, tmp_path, []).select(QUERY)
    _client(url, tmp_path, []).select(QUERY + " #" + "x" * 3000)
    assert script.methods == ["GET", "POST"]


def test_one_request_at_a_time_even_from_threads(serve, tmp_path) -> None:
    script = Script(JSON_OK)
    script.delay = 0.05
    client = WikidataClient(serve(script), use_cache=False, min_interval=0)
    threads = [threading.Thread(target=client.select, args=(f"{QUERY} # {i}",)) for i in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=10)
    assert len(script.requests) == 6 and script.max_active == 1


def test_requests_are_paced(tmp_path) -> None:
    sleeps: list[float] = []
    clock = iter([0.0, 0.1, 0.1, 0.2]).__next__

    def transport(request: Request, timeout: float) -> HttpReply:
        return HttpReply(200, {"content-type": "application/json"}, RESULTS.encode())

    client = WikidataClient("http://wikidata.invalid/sparql", use_cache=False, min_interval=1.0,
                            transport=transport, sleep=sleeps.append, clock=clock)
    client.select(QUERY)
    client.select(QUERY)
    assert sleeps == [pytest.approx(0.9)]
