"""Issue: an ``og:url`` or JSON Lines ``url`` with a space or ``<>{}`` aborted the whole ingest.

The URL went into ``URIRef`` unchecked; serialising the review graph failed, the ingest died
with an internal error (exit 70) and the good files after it were never read. URLs are now
percent-encoded into valid IRIs (``filmgraph.graph.build.web_iri``).
"""

from __future__ import annotations

from pathlib import Path

from filmgraph import ingest, open_store


def test_hostile_urls_are_percent_encoded_and_the_batch_goes_on(tmp_path: Path) -> None:
    (tmp_path / "a.html").write_text(
        '<html><head><meta property="og:url" content="https://ex.org/a b<x>{y}">'
        "</head><body><p>“Closeness” (2017) is directed by Kantemir Balagov.</p></body></html>",
        encoding="utf-8",
    )
    (tmp_path / "b.jsonl").write_text(
        '{"url": "https://ex.org/c d\\\\e", "text": "\\u201cElena\\u201d is a drama."}\n',
        encoding="utf-8",
    )
    (tmp_path / "c.txt").write_text("“Leviathan” (2014) is a drama.", encoding="utf-8")
    store = open_store()
    report = ingest([tmp_path], store)
    assert (report.ingested, report.errors) == (3, [])
    urls = sorted(str(u) for (u,) in store.query(
        "SELECT ?u WHERE { ?r <https://schema.org/url> ?u }").rows)
    assert urls == ["https://ex.org/a%20b%3Cx%3E%7By%7D", "https://ex.org/c%20d%5Ce"]
