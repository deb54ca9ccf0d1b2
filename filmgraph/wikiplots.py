"""Wikipedia Movie Plots (CSV) as reviews, and the gold facts its columns give.

A plot never names its film, so each row becomes a :class:`Review` whose ``film_title`` and
``film_year`` come from the Title and Release Year columns. The Director and Cast columns are
gold for evaluation; only names the plot itself states count, since extraction can find
nothing else.

>>> import tempfile, pathlib
>>> p = pathlib.Path(tempfile.mkdtemp()) / "plots.csv"
>>> _ = p.write_text('Release Year,Title,Director,Cast,Plot\\n'
...                  '1915,Example,Ann Lee,"Bo Day, Cy Fox","Jim (Bo Day) runs."\\n',
...                  encoding="utf-8")
>>> r = next(iter_plots(p, name="plots.csv"))
>>> r.source, r.film_title, r.film_year
('plots.csv#0', 'Example', '1915')
>>> plot_gold(p, name="plots.csv")[0]["actor"]
['Bo Day']
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from .errors import InputError
from .files import decode_problem
from .model import Review

__all__ = ["iter_plots", "plot_gold", "split_names"]

_SPLIT = re.compile(r"\s*(?:,|;|\n|\band\b|&|/)\s*")


def split_names(cell: str) -> list[str]:
    """The names of a Director or Cast cell.

    >>> split_names("Oscar Apfel, Cecil B. DeMille"), split_names("Lea Leland and Al Ray")
    (['Oscar Apfel', 'Cecil B. DeMille'], ['Lea Leland', 'Al Ray'])
    """
    names = (" ".join(n.split()) for n in _SPLIT.split(cell or ""))
    return [n for n in names if n and n.lower() not in ("unknown", "n/a", "none")]


def _rows(path: Path) -> Iterator[dict[str, str]]:
    try:
        with path.open(encoding="utf-8", newline="") as fh:
            yield from csv.DictReader(fh)
    except OSError as err:
        raise InputError(str(path), f"cannot read plots CSV ({err.strerror})") from err
    except UnicodeDecodeError as err:  # met while streaming the rows, not on opening
        raise InputError(str(path), decode_problem(err, "utf-8")) from None


def iter_plots(path: str | Path, *, name: str | None = None) -> Iterator[Review]:
    """One review per CSV row; ``source`` is ``{name}#{row}`` (``name`` defaults to the path)."""
    path = Path(path)
    label = name or str(path)
    for i, row in enumerate(_rows(path)):
        plot = (row.get("Plot") or "").strip()
        if not plot:
            continue
        year = (row.get("Release Year") or "").strip()
        yield Review(
            text=plot,
            source=f"{label}#{i}",
            title=row.get("Title") or None,
            url=row.get("Wiki Page") or None,
            film_title=(row.get("Title") or "").strip() or None,
            film_year=year if re.fullmatch(r"\d{4}", year) else None,
        )


def plot_gold(path: str | Path, *, name: str | None = None) -> list[dict[str, Any]]:
    """Gold records (see :mod:`filmgraph.eval`) for the rows whose plot names someone credited.

    Only names, titles and sources are kept: never plot text.
    """
    path = Path(path)
    label = name or str(path)
    out = []
    for i, row in enumerate(_rows(path)):
        plot = row.get("Plot") or ""
        directors = [n for n in split_names(row.get("Director", "")) if n in plot]
        cast = [n for n in split_names(row.get("Cast", "")) if n in plot]
        if not cast:
            continue
        out.append(
            {
                "source": f"{label}#{i}",
                "film": (row.get("Title") or "").strip(),
                "director": directors,
                "actor": cast,
            }
        )
    return out
