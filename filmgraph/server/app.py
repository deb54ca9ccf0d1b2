"""The HTTP side: a threaded stdlib server with the SPARQL endpoint and the query page.

``/sparql`` speaks the SPARQL 1.1 Protocol; ``/`` is a query page served from the package
(no CDN, so it works offline); ``/queries`` lists the named query library as JSON. Every
answer that is not a result is a one-line ``text/plain`` message.
"""

from __future__ import annotations

import contextlib
import ipaddress
import json
import shutil
import signal
import sys
import tempfile
import threading
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pyoxigraph as ox

from ..errors import QueryError, StoreError
from ..query import list_queries
from ..store import Store, open_store
from .pool import WorkerPool
from .protocol import ProtocolError, parse_request
from .sandbox import forbidden_keyword
from .worker import TEXT, Job, Reply

__all__ = ["SparqlServer", "make_server", "serve"]

_STATIC_TYPES = {".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8",
                 ".css": "text/css; charset=utf-8", ".svg": "image/svg+xml"}
# The page may talk to this server only: no CDN, no inline script, no framing.
_PAGE_POLICY = ("default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; "
                "img-src 'self' data:; base-uri 'none'; form-action 'none'; "
                "frame-ancestors 'none'")
_LOOPBACK_NAMES = {"localhost", "127.0.0.1", "::1"}


@dataclass(frozen=True, slots=True)
class _Config:
    timeout: float
    allow_update: bool
    max_body: int
    quiet: bool
    check_host: bool
    assets: dict[str, tuple[str, bytes]]
    library: bytes


def _assets() -> dict[str, tuple[str, bytes]]:
    folder = resources.files("filmgraph.server") / "static"
    out = {}
    for item in folder.iterdir():
        suffix = Path(item.name).suffix
        if item.is_file() and suffix in _STATIC_TYPES:
            out[item.name] = (_STATIC_TYPES[suffix], item.read_bytes())
    return out


def _library() -> bytes:
    try:
        queries = list_queries()
    except (QueryError, OSError) as err:
        print(f"filmgraph serve: the query library is unavailable ({err})", file=sys.stderr)
        queries = []
    return json.dumps([
        {"name": q.name, "title": q.title, "description": q.description, "sparql": q.sparql,
         "params": [{"name": p.name, "type": p.type, "example": p.example,
                     "description": p.description} for p in q.params]}
        for q in queries
    ], ensure_ascii=False).encode()


class _HTTPServer(ThreadingHTTPServer):
    """One thread per connection, at most ``max_connections`` at once (slow or idle clients
    each hold a thread; past the limit a client gets a 503 at once instead of piling up)."""

    daemon_threads = True
    config: _Config
    pool: WorkerPool

    def __init__(self, address: tuple[str, int], max_connections: int) -> None:
        super().__init__(address, _Handler)
        self.max_connections = max_connections
        self._slots = threading.BoundedSemaphore(max_connections)

    def process_request(self, request: Any, client_address: Any) -> None:
        if not self._slots.acquire(blocking=False):
            body = f"more than {self.max_connections} connections at once; try again\n".encode()
            with contextlib.suppress(OSError):  # the client may already be gone
                request.sendall(b"HTTP/1.1 503 Service Unavailable\r\n"
                                b"Content-Type: text/plain; charset=utf-8\r\n"
                                b"Content-Length: " + str(len(body)).encode() + b"\r\n"
                                b"Connection: close\r\n\r\n" + body)
            self.shutdown_request(request)
            return
        super().process_request(request, client_address)

    def process_request_thread(self, request: Any, client_address: Any) -> None:
        try:
            super().process_request_thread(request, client_address)
        finally:
            self._slots.release()


class _Handler(BaseHTTPRequestHandler):
    server: _HTTPServer
    protocol_version = "HTTP/1.1"
    server_version = "filmgraph"
    timeout = 60  # seconds a client may stay silent mid-request (slow clients hold a thread)
    # Headers and body go out as two writes; with Nagle and delayed ACKs each answer on a
    # kept-alive connection would wait 40 ms.
    disable_nagle_algorithm = True

    # -- plumbing --------------------------------------------------------------------------
    def log_message(self, format: str, *args: Any) -> None:
        if not self.server.config.quiet:
            super().log_message(format, *args)

    def _send(self, reply: Reply, headers: dict[str, str] | None = None) -> None:
        self.send_response(reply.status)
        self.send_header("Content-Type", reply.media_type)
        self.send_header("Content-Length", str(len(reply.body)))
        self.send_header("X-Content-Type-Options", "nosniff")
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        if self.close_connection:
            self.send_header("Connection", "close")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(reply.body)

    def _refuse(self, status: int, message: str, *, close: bool = False) -> None:
        self.close_connection = self.close_connection or close
        self._send(Reply.text(status, message))

    def handle_expect_100(self) -> bool:
        # Refuse an oversized body before the client sends it, not after "100 Continue".
        if self._too_large() is not None:
            self._refuse(413, self._too_large() or "", close=True)
            return False
        return super().handle_expect_100()

    def _too_large(self) -> str | None:
        try:
            length = int(self.headers.get("Content-Length") or "0")
        except ValueError:
            return None
        limit = self.server.config.max_body
        if length <= limit:
            return None
        return f"the request body is {length} bytes; the limit is {limit} (--max-body)"

    def _host_ok(self) -> bool:
        """Refuse Host headers other than this loopback server (DNS rebinding)."""
        if not self.server.config.check_host:
            return True
        host = urlsplit("//" + (self.headers.get("Host") or "")).hostname or ""
        return host in _LOOPBACK_NAMES

    # -- routes ----------------------------------------------------------------------------
    def do_GET(self) -> None:
        if not self._host_ok():
            return self._refuse(403, "unexpected Host header; use 127.0.0.1 or localhost")
        url = urlsplit(self.path)
        if url.path == "/sparql":
            return self._sparql(url.query, b"")
        if url.path in ("/", "/index.html"):
            return self._static("index.html")
        if url.path.startswith("/static/"):
            return self._static(url.path.removeprefix("/static/"))
        if url.path == "/queries":
            return self._send(Reply(200, "application/json", self.server.config.library))
        if url.path == "/favicon.ico":
            return self._send(Reply(204, TEXT, b""))
        return self._refuse(404, f"no page at {url.path}; the endpoint is /sparql")

    def do_POST(self) -> None:
        if not self._host_ok():
            return self._refuse(403, "unexpected Host header; use 127.0.0.1 or localhost")
        url = urlsplit(self.path)
        if url.path != "/sparql":
            return self._refuse(404, f"nothing to POST to at {url.path}; the endpoint is /sparql")
        if "chunked" in (self.headers.get("Transfer-Encoding") or "").lower():
            return self._refuse(411, "send a Content-Length, not a chunked body", close=True)
        try:
            length = int(self.headers.get("Content-Length") or "0")
        except ValueError:
            return self._refuse(400, "Content-Length is not a number", close=True)
        too_large = self._too_large()
        if too_large:
            # Not read: answer and close, so an oversized body costs us nothing.
            return self._refuse(413, too_large, close=True)
        if length < 0:
            return self._refuse(400, "Content-Length is negative", close=True)
        self._sparql(url.query, self.rfile.read(length))

    def _static(self, name: str) -> None:
        asset = self.server.config.assets.get(name)
        if asset is None:
            return self._refuse(404, f"no file {name!r} in the query page")
        media, body = asset
        headers = {"Cache-Control": "no-cache"}
        if media.startswith("text/html"):
            headers["Content-Security-Policy"] = _PAGE_POLICY
        self._send(Reply(200, media, body), headers)

    def _sparql(self, query_string: str, body: bytes) -> None:
        config = self.server.config
        try:
            request = parse_request(self.command, query_string,
                                    self.headers.get("Content-Type") or "", body)
        except ProtocolError as err:
            return self._refuse(err.status, str(err))
        if request.operation == "update" and not config.allow_update:
            return self._refuse(403, "updates are disabled on this endpoint "
                                     "(start it with --allow-update)")
        keyword = forbidden_keyword(request.text)
        if keyword:
            return self._refuse(403, f"{keyword} is disabled on this endpoint: it would make "
                                     "the server fetch other URLs")
        job = Job(request.operation, request.text, self.headers.get("Accept") or "",
                  request.fmt, request.default_graphs, request.named_graphs)
        self._send(self.server.pool.run(job, config.timeout), {"Cache-Control": "no-store"})


class SparqlServer:
    """A running endpoint: :attr:`url` (the query page), :attr:`endpoint` (``…/sparql``).

    Use it as a context manager, or call :meth:`start` (a background thread) or
    :meth:`serve_forever`, and :meth:`shutdown` to stop it and its workers.
    """

    def __init__(self, httpd: _HTTPServer, pool: WorkerPool, scratch: Path | None) -> None:
        self._httpd = httpd
        self.pool = pool
        self._scratch = scratch
        self._thread: threading.Thread | None = None
        host, port = httpd.server_address[:2]
        host = str(host)
        self.host, self.port = host, int(port)
        shown = f"[{host}]" if ":" in host else host
        self.url = f"http://{shown}:{self.port}/"
        self.endpoint = self.url + "sparql"

    def serve_forever(self) -> None:
        self._httpd.serve_forever(poll_interval=0.2)

    def start(self) -> SparqlServer:
        """Serve from a background thread (tests, notebooks); returns ``self``."""
        self._thread = threading.Thread(target=self.serve_forever, name="filmgraph-serve",
                                        daemon=True)
        self._thread.start()
        return self

    def shutdown(self) -> None:
        """Stop serving, stop the workers, remove any scratch copy of the store."""
        if self._thread is not None:
            self._httpd.shutdown()
            self._thread.join(5)
            self._thread = None
        self._httpd.server_close()
        self.pool.close()
        if self._scratch is not None:
            shutil.rmtree(self._scratch, ignore_errors=True)
            self._scratch = None

    def __enter__(self) -> SparqlServer:
        if self._thread is None:
            self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.shutdown()


def _store_dir(store: str | Path | Store) -> tuple[Path, Path | None]:
    """The on-disk store to serve, and a scratch folder to delete (for an in-memory store)."""
    if isinstance(store, Store):
        if store.path is not None:
            return store.path, None
        # Workers are separate processes: give them an on-disk copy of the in-memory store.
        scratch = Path(tempfile.mkdtemp(prefix="filmgraph-serve-"))
        copy = ox.Store(str(scratch / "store"))
        copy.bulk_load(store.export("nquads"), format=ox.RdfFormat.N_QUADS)
        copy.flush()
        del copy
        return scratch / "store", scratch
    path = Path(store)
    open_store(path, read_only=True).close()  # a clear StoreError now, not in a worker
    return path, None


def _is_loopback(host: str) -> bool:
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return host == "localhost"


def make_server(store: str | Path | Store, *, host: str = "127.0.0.1", port: int = 7070,
                timeout: float = 30.0, allow_update: bool = False, max_body: int = 1 << 20,
                workers: int = 2, refresh: float = 0.0, max_result: int = 64 << 20,
                max_connections: int = 64, quiet: bool = False) -> SparqlServer:
    """A SPARQL endpoint over ``store`` (a folder or a :class:`Store`), bound but not serving.

    ``port=0`` picks a free port. Queries run in ``workers`` processes and are stopped after
    ``timeout`` seconds. With ``allow_update`` one worker holds the store read-write and
    answers queries and updates in turn; otherwise workers read a snapshot of the store
    taken when they start (reopened every ``refresh`` seconds if > 0). Past
    ``max_connections`` open connections, new ones get a 503.

    >>> import filmgraph
    >>> with make_server(filmgraph.open_store(), port=0, quiet=True) as server:
    ...     server.endpoint.startswith("http://127.0.0.1:")
    True
    """
    if timeout <= 0:
        raise ValueError("the timeout must be positive")
    path, scratch = _store_dir(store)
    try:
        if allow_update:
            open_store(path).close()  # fail now, with a clear message, if another process writes
        pool = WorkerPool(str(path), size=1 if allow_update else workers,
                          writable=allow_update, refresh=refresh, max_result=max_result)
    except BaseException:
        if scratch is not None:
            shutil.rmtree(scratch, ignore_errors=True)
        raise
    try:
        httpd = _HTTPServer((host, port), max_connections)
    except OSError as err:
        pool.close()
        if scratch is not None:
            shutil.rmtree(scratch, ignore_errors=True)
        raise StoreError(f"cannot listen on {host}:{port} ({err.strerror or err})") from None
    httpd.config = _Config(timeout, allow_update, max_body, quiet, _is_loopback(host),
                           _assets(), _library())
    httpd.pool = pool
    return SparqlServer(httpd, pool, scratch)


def serve(store: str | Path | Store, **options: Any) -> None:
    """Serve ``store`` until interrupted (Ctrl+C); options as for :func:`make_server`.

    >>> callable(serve)
    True
    """
    server = make_server(store, **options)
    mode = "read-write" if options.get("allow_update") else "read-only"
    print(f"filmgraph: SPARQL endpoint {server.endpoint} ({mode}), query page {server.url}"
          " — Ctrl+C stops", file=sys.stderr)
    if not server.pool.isolated:
        print("filmgraph: note: query workers could not be cut off from the network (no user "
              "namespaces); SERVICE and LOAD are still refused", file=sys.stderr)
    if not _is_loopback(server.host):
        print("filmgraph: warning: listening beyond this machine; anyone who can reach "
              f"{server.host} can query the graph", file=sys.stderr)
    if threading.current_thread() is threading.main_thread():
        # `kill`, systemd and docker stop with SIGTERM: shut the workers down as for Ctrl+C.
        signal.signal(signal.SIGTERM, _interrupt)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.shutdown()


def _interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


