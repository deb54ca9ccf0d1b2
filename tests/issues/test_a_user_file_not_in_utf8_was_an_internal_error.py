"""Issue: a query file, gold file or catalogue that was not UTF-8 crashed with an internal error.

``filmgraph query notes.rq`` on a Latin-1 or binary file, ``filmgraph eval`` on such a gold
file and ``filmgraph import --encoding bogus`` let ``UnicodeDecodeError``/``LookupError``
escape: exit 70, "internal error", no hint. Such files are now read by one helper
(:func:`filmgraph.files.read_text`) that makes every problem one line naming the file.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from filmgraph import open_store
from filmgraph.cli import main


def _error(capsys: pytest.CaptureFixture[str]) -> str:
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("filmgraph: error: "), err
    return err.strip().removeprefix("filmgraph: error: ")


def test_a_latin1_query_file_is_one_line(tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    store = tmp_path / "store"
    open_store(store).close()
    query = tmp_path / "café.rq"
    query.write_bytes("SELECT * WHERE { ?s ?p 'café' }".encode("latin-1"))
    assert main(["query", str(query), "--store", str(store)]) == 1
    assert _error(capsys) == f"{query}: not valid UTF-8 (byte 0xe9 at offset 27)"


def test_a_binary_gold_file_is_one_line(tmp_path: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    gold = tmp_path / "gold.json"
    gold.write_bytes(b"\xff\xfe{\x00")
    assert main(["eval", str(gold), "--root", str(tmp_path)]) == 1
    assert _error(capsys) == f"{gold}: not valid UTF-8 (byte 0xff at offset 0)"


def test_a_catalogue_in_an_unknown_encoding_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    table = tmp_path / "films.csv"
    table.write_text("Title,Release Year\nCloseness,2017\n", encoding="utf-8")
    store = str(tmp_path / "store")
    assert main(["import", str(table), "--encoding", "bogus", "--store", store]) == 1
    assert _error(capsys) == f"{table}: unknown encoding 'bogus'"
    table.write_bytes("Title\nCafé\n".encode("latin-1"))
    assert main(["import", str(table), "--store", store]) == 1
    assert _error(capsys) == (
        f"{table}: not valid UTF-8 (byte 0xe9 at offset 9); pass --encoding to read it")
