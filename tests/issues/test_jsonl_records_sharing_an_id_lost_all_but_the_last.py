"""Issue: two JSON Lines records with the same ``id`` (or, without ids, the same ``url``) left
only the last in the store, while the report said both were ingested.

A record's id names its review graph, so the second replaced the first: "2 reviews ingested",
one review stored, exit 0. A repeated id is now an error naming ``file:line`` and the line
that holds it first; the first record is kept.
"""

from __future__ import annotations

from pathlib import Path

from filmgraph import ingest, open_store


def test_a_repeated_id_is_refused_and_the_first_record_kept(tmp_path: Path) -> None:
    path = tmp_path / "reviews.jsonl"
    path.write_text(
        '{"id": "a", "film": "Elena", "text": "A drama."}\n'
        '{"id": "a", "film": "Leviathan", "text": "A drama."}\n'
        '{"url": "https://ex.org/r", "film": "Loveless", "text": "A drama."}\n'
        '{"url": "https://ex.org/r", "film": "Closeness", "text": "A drama."}\n',
        encoding="utf-8",
    )
    store = open_store()
    report = ingest([path], store)
    assert report.ingested == 2
    assert report.errors == [
        f"{path}:2: id 'a' is line 1's too; give each record its own id",
        f"{path}:4: url 'https://ex.org/r' is line 3's too; give each record its own id",
    ]
    films = store.query("SELECT ?n WHERE { ?f a <https://schema.org/Movie> ; "
                        "<https://schema.org/name> ?n }").rows
    assert sorted(str(n) for (n,) in films) == ["Elena", "Loveless"]
