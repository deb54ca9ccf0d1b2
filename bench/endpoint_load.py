"""Load test of ``filmgraph serve``: the server in one process, clients in this one, on 127.0.0.1.

Bounded in count and time: stops after ``--requests`` answers or ``--duration`` seconds,
whichever comes first. The mix cycles through the named query library (each with its example
parameters bound as ``$param``), a SELECT, an ASK, a CONSTRUCT as Turtle, and a malformed
query that must come back as a 400. Reports throughput, latency percentiles and every
unexpected status or connection error.

    python bench/endpoint_load.py                          # data/example (+ the seed review)
    python bench/endpoint_load.py --store DIR --clients 8 --requests 2000 --duration 30
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlencode, urlsplit

from filmgraph import ingest, open_store
from filmgraph.query import list_queries

REPO = Path(__file__).resolve().parent.parent
SEED = REPO.parent / "shared" / "corpus" / "seed" / "closeness.txt"


@dataclass(frozen=True, slots=True)
class Call:
    name: str
    body: bytes
    accept: str
    expect: int


def _mix(exclude: set[str]) -> list[Call]:
    def call(name: str, fields: dict[str, str], accept: str = "application/sparql-results+json",
             expect: int = 200) -> Call:
        return Call(name, urlencode(fields).encode(), accept, expect)

    calls = [call(f"library:{q.name}",
                  {"query": q.sparql, **{f"${p.name}": p.example for p in q.params}})
             for q in list_queries() if q.name not in exclude]
    calls += [
        call("select", {"query": "SELECT ?s ?p ?o WHERE { ?s ?p ?o } LIMIT 50"}),
        call("ask", {"query": "ASK { ?f a <https://schema.org/Movie> }"}),
        call("construct", {"query": "CONSTRUCT WHERE { ?f a <https://schema.org/Movie> ; "
                                    "<https://schema.org/name> ?n }"}, accept="text/turtle"),
        call("malformed", {"query": "SELECT ?x WHERE { ?x"}, expect=400),
    ]
    return calls


@dataclass(slots=True)
class Tally:
    latencies: list[float] = field(default_factory=list)
    by_call: dict[str, list[float]] = field(default_factory=dict)
    statuses: Counter[int] = field(default_factory=Counter)
    unexpected: Counter[str] = field(default_factory=Counter)
    lock: threading.Lock = field(default_factory=threading.Lock)
    sent: int = 0


def _client(host: str, port: int, calls: list[Call], tally: Tally, limit: int,
            deadline: float) -> None:
    conn = http.client.HTTPConnection(host, port, timeout=60)
    while True:
        with tally.lock:
            if tally.sent >= limit or time.monotonic() >= deadline:
                break
            call = calls[tally.sent % len(calls)]
            tally.sent += 1
        started = time.perf_counter()
        try:
            conn.request("POST", "/sparql", body=call.body, headers={
                "Content-Type": "application/x-www-form-urlencoded", "Accept": call.accept})
            response = conn.getresponse()
            response.read()
            status, problem = response.status, None
            if status != call.expect:
                problem = f"{call.name}: HTTP {status}"
        except (OSError, http.client.HTTPException) as err:
            status, problem = 0, f"{call.name}: {type(err).__name__}"
            conn.close()
            conn = http.client.HTTPConnection(host, port, timeout=60)
        elapsed = time.perf_counter() - started
        with tally.lock:
            tally.latencies.append(elapsed)
            tally.by_call.setdefault(call.name, []).append(elapsed)
            tally.statuses[status] += 1
            if problem:
                tally.unexpected[problem] += 1
    conn.close()


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def _store(args: argparse.Namespace, scratch: Path) -> Path:
    if args.store:
        return Path(args.store)
    path = scratch / "store"
    store = open_store(path)
    ingest([REPO / "data" / "example"] + ([SEED] if SEED.is_file() else []), store)
    store.close()
    return path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store", help="an existing store (default: build data/example)")
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--duration", type=float, default=30.0, help="seconds at most")
    parser.add_argument("--clients", type=int, default=8, help="concurrent connections")
    parser.add_argument("--workers", type=int, default=2, help="the server's query processes")
    parser.add_argument("--exclude", action="append", default=[], metavar="NAME",
                        help="leave a library query out of the mix (repeatable)")
    parser.add_argument("--json", action="store_true", help="print the summary as JSON")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="filmgraph-load-") as scratch:
        store = _store(args, Path(scratch))
        server = subprocess.Popen(
            [sys.executable, "-m", "filmgraph", "serve", "--store", str(store), "--port", "0",
             "--quiet", "--workers", str(args.workers), "--timeout", "30"],
            stderr=subprocess.PIPE, text=True, env={**os.environ, "PYTHONUNBUFFERED": "1"})
        try:
            assert server.stderr is not None
            line = server.stderr.readline()
            if "SPARQL endpoint" not in line:
                print(f"the server did not start: {line.strip()}", file=sys.stderr)
                return 1
            url = urlsplit(line.split("SPARQL endpoint ")[1].split()[0])
            calls = _mix(set(args.exclude))
            tally = Tally()
            started = time.monotonic()
            deadline = started + args.duration
            threads = [threading.Thread(target=_client, args=(url.hostname, url.port, calls,
                                                              tally, args.requests, deadline))
                       for _ in range(args.clients)]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join()
            wall = time.monotonic() - started
        finally:
            server.terminate()
            server.wait(15)

    done = len(tally.latencies)
    ms = [x * 1000 for x in tally.latencies]
    latency = {"p50": _percentile(ms, 0.50), "p90": _percentile(ms, 0.90),
               "p99": _percentile(ms, 0.99), "max": max(ms), "mean": statistics.fmean(ms)}
    summary = {
        "requests": done, "seconds": round(wall, 2), "clients": args.clients,
        "server_workers": args.workers, "distinct_queries": len(calls),
        "throughput_per_s": round(done / wall, 1),
        "latency_ms": {k: round(v, 1) for k, v in latency.items()},
        "median_ms_by_query": {name: round(statistics.median(v) * 1000, 1)
                               for name, v in sorted(tally.by_call.items())},
        "statuses": dict(sorted(tally.statuses.items())),
        "unexpected": dict(tally.unexpected),
    }
    if args.json:
        print(json.dumps(summary, indent=1))
    else:
        print(f"{done} requests in {wall:.1f} s from {args.clients} clients "
              f"({args.workers} server workers, {len(calls)} distinct queries)")
        print(f"throughput {summary['throughput_per_s']} req/s")
        print("latency ms  " + "  ".join(f"{k} {v:.1f}" for k, v in latency.items()))
        slowest = sorted(summary["median_ms_by_query"].items(), key=lambda kv: -kv[1])[:5]
        print("slowest medians ms  " + "  ".join(f"{k} {v}" for k, v in slowest))
        print(f"statuses {summary['statuses']}")
        print(f"unexpected {sum(tally.unexpected.values())}: {dict(tally.unexpected) or 'none'}")
    return 1 if tally.unexpected else 0


if __name__ == "__main__":
    raise SystemExit(main())
