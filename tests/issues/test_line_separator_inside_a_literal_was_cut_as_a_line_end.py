"""Bug (found by Hypothesis): ``str.splitlines`` also ends a line at \\x1c-\\x1e, \\x85, \\u2028
and \\u2029. The store split a review graph's N-Triples that way, so a title holding \\x1e cut a
literal in two and the update was rejected; a UTF-16 JSON Lines file whose text held \\u2028
(which JSON allows unescaped) was read as two broken records."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from filmgraph import open_store
from filmgraph.model import Review
from filmgraph.pipeline import build
from filmgraph.sources import iter_reviews


@pytest.mark.parametrize("separator", ["\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029"])
def test_a_title_with_a_unicode_line_separator_is_stored_whole(separator: str) -> None:
    graph = build(Review(text=f"“Night{separator}Train” is a drama.", source="x.txt"))
    assert any(separator in str(o) for o in graph.objects())  # kept raw in some literal
    store = open_store()
    store.replace_graph(graph)
    res = store.query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }",
                      bindings={"g": graph.identifier})
    assert int(str(res.rows[0][0])) == len(graph)


def test_utf16_json_lines_keep_a_line_separator_inside_the_text(tmp_path: Path) -> None:
    records = [{"text": "“Example” is set in Paris.\u2028It rains.", "title": "Example"},
               {"text": "“Other” is a drama.", "title": "Other"}]
    path = tmp_path / "reviews.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\r\n" for r in records),
                    encoding="utf-16")
    texts = [getattr(item, "text", item) for item in iter_reviews([path])]
    assert texts == [r["text"] for r in records]


def test_a_pipe_catalogue_title_with_a_line_separator_is_one_record(tmp_path: Path) -> None:
    from filmgraph.catalogue import import_catalogue

    path = tmp_path / "kb.txt"
    path.write_text("Night\u2028Train|directed_by|Jane Doe\r\nOther|release_year|1999\n",
                    encoding="utf-8")
    report = import_catalogue(open_store(), path)
    assert report.films == 2
