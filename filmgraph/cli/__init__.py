"""The ``filmgraph`` command: a thin shell over the Python API.

Each sub-command lives in its own module of this package and exposes ``register(sub)``;
modules are discovered, so adding a command touches no other file.
"""

from __future__ import annotations

import argparse
import importlib
import math
import os
import pkgutil
import sys
import traceback
from collections.abc import Callable, Sequence

from .. import __version__
from ..errors import FilmgraphError

__all__ = ["DEFAULT_STORE", "fraction", "main", "seconds", "whole"]

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


# Option types. argparse refuses a value that does not parse, but an int or a float option
# takes any number: a negative port or worker count reached the library and came back as an
# internal error, and a negative --top or timeout silently meant something else. Each numeric
# option says its range here, so a bad value is argparse's one "argument --X: ..." line.

def whole(minimum: int = 0, maximum: int | None = None) -> Callable[[str], int]:
    """An option type: a whole number from ``minimum`` (to ``maximum``).

    >>> whole(1)("4"), whole(0, 65535)("0")
    (4, 0)
    >>> whole(1)("0")
    Traceback (most recent call last):
    argparse.ArgumentTypeError: expected 1 or more, not 0
    """

    def parse(value: str) -> int:
        try:
            number = int(value)
        except ValueError:
            raise argparse.ArgumentTypeError(f"expected a whole number, not {value!r}") from None
        if number < minimum or (maximum is not None and number > maximum):
            wanted = f"{minimum} or more" if maximum is None else f"{minimum} to {maximum}"
            raise argparse.ArgumentTypeError(f"expected {wanted}, not {number}")
        return number

    parse.__name__ = "whole number"  # what argparse names the type in its own messages
    return parse


def _finite(value: str) -> float:
    try:
        number = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a number, not {value!r}") from None
    if not math.isfinite(number):
        raise argparse.ArgumentTypeError(f"expected a finite number, not {value!r}")
    return number


def seconds(*, zero: bool = False) -> Callable[[str], float]:
    """An option type: a finite number of seconds, over 0 (or 0 too with ``zero``).

    >>> seconds()("2.5"), seconds(zero=True)("0")
    (2.5, 0.0)
    >>> seconds()("nan")
    Traceback (most recent call last):
    argparse.ArgumentTypeError: expected a finite number, not 'nan'
    """

    def parse(value: str) -> float:
        number = _finite(value)
        if number < 0 or (number == 0 and not zero):
            raise argparse.ArgumentTypeError(
                f"expected {'0 or more' if zero else 'more than 0'} seconds, not {value}")
        return number

    parse.__name__ = "seconds"
    return parse


def fraction(value: str) -> float:
    """An option type: a number from 0 to 1 (a score threshold).

    >>> fraction("0.7")
    0.7
    >>> fraction("7")
    Traceback (most recent call last):
    argparse.ArgumentTypeError: expected a number from 0 to 1, not 7
    """
    number = _finite(value)
    if not 0 <= number <= 1:
        raise argparse.ArgumentTypeError(f"expected a number from 0 to 1, not {value}")
    return number
