"""Plot summaries kept one per line as ``id<TAB>text`` (the CMU Movie Summary Corpus), as
reviews.

The corpus gives no title: each line becomes a :class:`Review` whose ``source`` is
``{name}#{id}`` and whose ``film_title`` is whatever ``titles`` gives for the id (else None,
and extraction then finds the film only if the text names it).

>>> import tempfile, pathlib
>>> p = pathlib.Path(tempfile.mkdtemp()) / "plots.txt"
>>> _ = p.write_text("123\\tAnna lives in Lisbon.\\n", encoding="utf-8")
>>> r = next(iter_summaries(p, name="plots.txt", titles={"123": "Salt Road"}))
>>> r.source, r.film_title, r.url
('plots.txt#123', 'Salt Road', 'https://en.wikipedia.org/?curid=123')
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from pathlib import Path

from .errors import InputError
from .files import read_text
from .model import Review

__all__ = ["iter_summaries"]


def iter_summaries(
    path: str | Path, *, name: str | None = None, titles: Mapping[str, str] | None = None
) -> Iterator[Review]:
    """One review per ``id<TAB>text`` line of ``path``; a line without a tab is an error."""
    path = Path(path)
    label = name or str(path)
    lines = read_text(path, what="plot summaries").splitlines()
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        key, tab, text = line.partition("\t")
        if not tab or not key.strip() or not text.strip():
            raise InputError(f"{path}:{number}", "not an 'id<TAB>summary' line")
        key = key.strip()
        yield Review(
            text=text.strip(),
            source=f"{label}#{key}",
            url=f"https://en.wikipedia.org/?curid={key}" if key.isdigit() else None,
            film_title=(titles or {}).get(key),
        )
