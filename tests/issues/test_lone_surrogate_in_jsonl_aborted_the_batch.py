"""Issue: a JSON Lines record spelling a lone surrogate (``"\\ud800"``) crashed the ingest.

JSON can spell it, UTF-8 cannot hold it: hashing the review raised UnicodeEncodeError and the
whole batch stopped (exit 70). Lone surrogates are now replaced by U+FFFD when read.
"""

from __future__ import annotations

from pathlib import Path

from filmgraph import ingest, iter_reviews, open_store


def test_lone_surrogates_become_replacement_characters(tmp_path: Path) -> None:
    path = tmp_path / "r.jsonl"
    path.write_text(
        '{"id": "1", "author": "\\udfff", "text": "\\u201cElena\\u201d by \\ud800 Andrey."}\n'
        '{"id": "2", "text": "\\u201cLeviathan\\u201d, a pair \\ud83c\\udfac stays whole."}\n',
        encoding="utf-8",
    )
    first, second = iter_reviews([path])
    assert first.text == "“Elena” by \ufffd Andrey."  # type: ignore[union-attr]
    assert second.text == "“Leviathan”, a pair 🎬 stays whole."  # type: ignore[union-attr]
    report = ingest([path], open_store())
    assert (report.ingested, report.errors) == (2, [])
