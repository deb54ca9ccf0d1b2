"""Rows added to ``films_hand.tsv`` reach extraction only through the generated
``films.tsv``; the twelfth stop grew the table, measured dev, and saw nothing move because
the gazetteers had not been rebuilt. ``tools/build_gazetteers.py --check`` now fails when a
generated file is not what a rebuild would write."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
CORPUS = REPO.parent / "shared" / "corpus"

pytestmark = pytest.mark.skipif(not CORPUS.is_dir(), reason="needs ../shared/corpus")


def _run(root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    script = root / "tools" / "build_gazetteers.py"
    return subprocess.run(
        [sys.executable, str(script), *args, "--corpus", str(CORPUS)],
        capture_output=True,
        text=True,
        check=False,
    )


def test_the_shipped_gazetteers_are_what_a_rebuild_writes() -> None:
    done = _run(REPO, "--check")
    assert done.returncode == 0, done.stdout + done.stderr


def test_a_table_row_without_a_rebuild_fails_the_check(tmp_path: Path) -> None:
    (tmp_path / "tools").mkdir()
    shutil.copy(REPO / "tools" / "build_gazetteers.py", tmp_path / "tools")
    shutil.copytree(REPO / "data" / "gazetteer", tmp_path / "data" / "gazetteer")
    table = tmp_path / "data" / "gazetteer" / "films_hand.tsv"
    with table.open("a", encoding="utf-8") as fh:
        fh.write("Quietly Invented Picture\t2001\t\tAnn Examplewright\t\tNalchik\n")

    stale = _run(tmp_path, "--check")
    assert stale.returncode == 1
    assert "films.tsv is not what a rebuild writes" in stale.stdout

    assert _run(tmp_path).returncode == 0
    rebuilt = _run(tmp_path, "--check")
    assert rebuilt.returncode == 0, rebuilt.stdout
    films = (tmp_path / "data" / "gazetteer" / "films.tsv").read_text(encoding="utf-8")
    assert "Quietly Invented Picture\t2001\tAnn Examplewright" in films
