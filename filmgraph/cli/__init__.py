"""The ``filmgraph`` command: a thin shell over the Python API.

Each sub-command lives in its own module of this package and exposes ``register(sub)``;
modules are discovered, so adding a command touches no other file.
"""

from __future__ import annotations

import argparse
import importlib
import os
import pkgutil
import sys
import traceback
from collections.abc import Sequence

from .. import __version__
from ..errors import FilmgraphError

__all__ = ["DEFAULT_STORE", "main"]

#: Where the store lives unless ``--store`` or ``FILMGRAPH_STORE`` says otherwise.
DEFAULT_STORE = os.environ.get("FILMGRAPH_STORE", "filmgraph-store")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="filmgraph",
        description="Turn film reviews into linked data: ingest, query, link, visualise.",
    )
    parser.add_argument("--version", action="version", version=f"filmgraph {__version__}")
    parser.add_argument("--debug", action="store_true", help="show tracebacks on errors")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        if info.name.startswith("_"):
            continue
        try:
            module = importlib.import_module(f"{__name__}.{info.name}")
        except Exception as err:  # one broken command must not take every other one down
            print(f"filmgraph: warning: command {info.name!r} is unavailable "
                  f"({type(err).__name__}: {err})", file=sys.stderr)
            continue
        register = getattr(module, "register", None)
        if register is not None:
            register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    try:
        code = args.func(args)
        return int(code or 0)
    except FilmgraphError as err:
        if args.debug:
            traceback.print_exc()
        print(f"filmgraph: error: {err}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("filmgraph: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except Exception as err:
        if args.debug:
            raise
        print(f"filmgraph: internal error: {type(err).__name__}: {err} (rerun with --debug)",
              file=sys.stderr)
        return 70


def add_store_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--store",
        default=DEFAULT_STORE,
        metavar="DIR",
        help=f"the on-disk store (default: ${{FILMGRAPH_STORE}} or {DEFAULT_STORE})",
    )


def parse_params(pairs: list[str]) -> dict[str, str]:
    """``--param NAME=VALUE`` options as a dict (values are bound as terms later, never pasted).

    >>> parse_params(["place=Nalchik", "title=A=B"])
    {'place': 'Nalchik', 'title': 'A=B'}
    """
    from ..errors import QueryError

    out = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name:
            raise QueryError(f"--param {pair!r}: expected NAME=VALUE")
        out[name.strip()] = value
    return out
