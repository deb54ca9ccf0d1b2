"""Issue: a JSON Lines ``year`` that is not a year ("nineteen", 1e400) was stored as it came.

It became an ill-typed ``"nineteen"^^xsd:gYear`` literal (which year comparisons silently
skip) and a film of its own, ``film/closeness-nineteen``, beside the real one. Such a record
is now refused with one line naming ``file:line``, like any other bad record; a number or a
string of four digits is read as before.
"""

from __future__ import annotations

from pathlib import Path

from filmgraph import InputError, ingest, iter_reviews, open_store


def test_a_year_that_is_no_year_is_refused_for_its_line(tmp_path: Path) -> None:
    path = tmp_path / "films.jsonl"
    path.write_text(
        '{"film": "Closeness", "year": "nineteen", "text": "A drama."}\n'
        '{"film": "Closeness", "year": 1e400, "text": "A drama."}\n'
        '{"film": "Closeness", "year": 2017, "text": "A drama."}\n'
        '{"film": "Elena", "year": " 2011 ", "text": "A drama."}\n',
        encoding="utf-8",
    )
    items = list(iter_reviews([path]))
    errors = [str(i) for i in items if isinstance(i, InputError)]
    assert errors == [
        f"{path}:1: the film's year must be four digits, not 'nineteen'",
        f"{path}:2: the film's year must be four digits, not 'inf'",
    ]
    assert [i.film_year for i in items if not isinstance(i, InputError)] == ["2017", "2011"]

    store = open_store()
    report = ingest([path], store)
    assert report.ingested == 2
    years = store.query("SELECT ?y WHERE { ?f <https://schema.org/dateCreated> ?y }").rows
    assert sorted(str(y) for (y,) in years) == ["2011", "2017"]
