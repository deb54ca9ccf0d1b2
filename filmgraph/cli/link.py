"""``filmgraph link``: tie films, people and places to Wikidata items (or remove the links)."""

from __future__ import annotations

import argparse

from ..errors import OfflineError
from ..link import DEFAULT_ENDPOINT, DEFAULT_THRESHOLD, DEFAULT_USER_AGENT, link, remove_links
from ..link.client import WikidataClient
from ..store import open_store
from . import add_store_option, fraction, seconds


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("link", help="link films, people and places to Wikidata (owl:sameAs)")
    add_store_option(p)
    p.add_argument("--endpoint", default=DEFAULT_ENDPOINT, metavar="URL",
                   help=f"the SPARQL endpoint (default: {DEFAULT_ENDPOINT})")
    p.add_argument("--user-agent", default=DEFAULT_USER_AGENT, metavar="UA", type=_user_agent,
                   help="the User-Agent sent; Wikimedia asks for a name and a contact")
    p.add_argument("--cache", default=None, metavar="DIR",
                   help="where answers are cached (default: ~/.cache/filmgraph/wikidata)")
    p.add_argument("--no-cache", action="store_true", help="ask the endpoint every time")
    p.add_argument("--timeout", type=seconds(), default=60.0, metavar="SECONDS")
    p.add_argument("--threshold", type=fraction, default=DEFAULT_THRESHOLD, metavar="X",
                   help=f"the lowest score that makes a link (default: {DEFAULT_THRESHOLD})")
    p.add_argument("--remove", action="store_true",
                   help="remove every link, link record and enriched fact, then stop")
    p.set_defaults(func=run)


def _user_agent(value: str) -> str:
    # The client refuses a blank one too, but with a ValueError: an internal error here.
    if not value.strip():
        raise argparse.ArgumentTypeError("Wikimedia refuses anonymous clients; give a name and "
                                         "a contact")
    return value


def run(args: argparse.Namespace) -> int:
    if args.remove:
        with open_store(args.store) as store:
            remove_links(store)
        print("removed the links, link provenance and enrichment graphs")
        return 0
    # Made first: a bad --endpoint is refused before the store is opened (or created).
    client = WikidataClient(args.endpoint, user_agent=args.user_agent, timeout=args.timeout,
                            cache_dir=args.cache, use_cache=not args.no_cache)
    with open_store(args.store) as store:
        try:
            report = link(store, client=client, threshold=args.threshold)
        except OfflineError as err:
            raise OfflineError(f"{err}; offline? the graph is unchanged") from None
    print(report.summary())
    return 0
