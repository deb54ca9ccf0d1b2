"""Issue: a JSON Lines record with ``"format": "html"`` and no visible text ended its file.

The record's error was raised out of the line loop instead of yielded, so every line after
it was silently never read (a file of three records ingested one and reported one failure),
and the error named ``file#L2`` instead of ``file:2``. It is now one error for that line and
the file goes on.
"""

from __future__ import annotations

from pathlib import Path

from filmgraph import InputError, ingest, iter_reviews, open_store


def test_the_records_after_an_empty_html_record_are_read(tmp_path: Path) -> None:
    path = tmp_path / "pages.jsonl"
    path.write_text(
        '{"text": "\\u201cElena\\u201d (2011) is a drama."}\n'
        '{"format": "html", "text": "<script>var x = 1;</script>"}\n'
        '{"text": "\\u201cLeviathan\\u201d (2014) is a drama."}\n',
        encoding="utf-8",
    )
    items = list(iter_reviews([path]))
    assert [type(i).__name__ for i in items] == ["Review", "InputError", "Review"]
    assert str(items[1]) == f"{path}:2: the HTML page has no visible text"
    report = ingest([path], open_store())
    assert report.ingested == 2 and len(report.errors) == 1


def test_a_file_of_empty_html_records_says_it_holds_no_reviews(tmp_path: Path) -> None:
    path = tmp_path / "empty-pages.jsonl"
    path.write_text('{"format": "html", "text": "<p> </p>"}\n', encoding="utf-8")
    errors = [str(e) for e in iter_reviews([path]) if isinstance(e, InputError)]
    assert errors == [f"{path}:1: the HTML page has no visible text",
                      f"{path}: no reviews in this JSON Lines file"]
