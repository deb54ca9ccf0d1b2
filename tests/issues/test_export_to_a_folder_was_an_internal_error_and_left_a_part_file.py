"""Issue: ``filmgraph export -o DIR`` wrote the whole export, then died renaming it.

The export went to ``DIR.part`` and ``rename`` onto a folder raised ``IsADirectoryError``: an
internal error (exit 70), with the part file left behind. ``viz -o`` wrote its page in place, so
a write stopped halfway left a cut-short page under the real name. Both now write through
:func:`filmgraph.files.write_atomically`: the place is checked first, a failure is one line
naming the file asked for, and no part file stays.
"""

from __future__ import annotations

from pathlib import Path

import networkx as nx
import pytest

from filmgraph import FilmgraphError, open_store
from filmgraph.cli import main
from filmgraph.files import write_atomically
from filmgraph.viz import render


def test_an_export_onto_a_folder_is_one_line_and_leaves_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store = tmp_path / "store"
    open_store(store).close()
    folder = tmp_path / "out"
    folder.mkdir()
    assert main(["export", "--store", str(store), "-o", str(folder)]) == 1
    assert capsys.readouterr().err == (
        f"filmgraph: error: {folder}: cannot write the export (Is a directory)\n")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out", "store"]


def test_a_failed_write_keeps_the_old_file_whole(tmp_path: Path) -> None:
    page = tmp_path / "graph.html"
    page.write_text("the old page", encoding="utf-8")

    def dies_halfway(part: Path) -> None:
        part.write_text("half a pa", encoding="utf-8")
        raise OSError(28, "No space left on device")

    with pytest.raises(FilmgraphError, match=r"graph\.html: cannot write the page \(No space"):
        write_atomically(page, dies_halfway, what="page")
    assert page.read_text(encoding="utf-8") == "the old page"
    assert [p.name for p in tmp_path.iterdir()] == ["graph.html"]


def test_a_page_onto_a_folder_is_refused_before_any_work(tmp_path: Path) -> None:
    with pytest.raises(FilmgraphError, match=r"cannot write the page \(Is a directory\)"):
        render(nx.path_graph(3), tmp_path)
    assert list(tmp_path.iterdir()) == []
