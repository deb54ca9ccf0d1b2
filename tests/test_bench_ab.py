"""bench/ab_extract.py: another commit's extraction timed against this checkout's in one
process (a smoke test on two invented reviews; the figures themselves are the bench's)."""

from __future__ import annotations

import importlib.util
import re
import shutil
import subprocess
from pathlib import Path
from types import ModuleType

import pytest

REPO = Path(__file__).resolve().parent.parent


def _bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location("ab_extract", REPO / "bench" / "ab_extract.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


needs_git = pytest.mark.skipif(
    shutil.which("git") is None or not (REPO / ".git").exists(), reason="needs a git checkout"
)


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    """A corpus folder of two invented reviews, laid out as ../shared/corpus is."""
    ebert = tmp_path / "ebert"
    ebert.mkdir()
    (ebert / "1.txt").write_text("“Tin Roof” is set in Lyon. Ann Lee plays Mia.\n")
    (ebert / "2.txt").write_text("“Old Roof” (1948), directed by Bo Day, is set in Ohio.\n")
    return tmp_path


@needs_git
def test_compares_a_commit_with_this_checkout(
    corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = _worktrees()
    head = subprocess.run(
        ["git", "-C", str(REPO), "rev-parse", "HEAD"], capture_output=True, text=True, check=True
    ).stdout.strip()
    assert _bench().main([head, "--corpus", str(corpus), "--rounds", "1"]) == 0
    out = capsys.readouterr().out
    assert re.search(rf"this checkout is \d+\.\d{{3}}x {head}", out)
    assert _worktrees() == before  # the other commit's checkout is removed again


def _worktrees() -> str:
    return subprocess.run(
        ["git", "-C", str(REPO), "worktree", "list"], capture_output=True, text=True, check=True
    ).stdout


def test_an_empty_corpus_is_an_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "ebert").mkdir()
    assert _bench().main(["HEAD", "--corpus", str(tmp_path)]) == 2
    assert "no reviews to time" in capsys.readouterr().err


@needs_git
def test_a_commit_that_is_not_there_is_a_one_line_error(
    corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = _worktrees()
    assert _bench().main(["no-such-commit", "--corpus", str(corpus), "--rounds", "1"]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("ab_extract: no-such-commit: not a commit of") and "\n" not in err
    assert _worktrees() == before


@pytest.mark.parametrize("rounds", ["0", "-2", "x"])
def test_rounds_must_be_a_whole_number_of_at_least_one(
    corpus: Path, capsys: pytest.CaptureFixture[str], rounds: str
) -> None:
    with pytest.raises(SystemExit) as stop:  # argparse's usage error, before any timing
        _bench().main(["HEAD", "--corpus", str(corpus), "--rounds", rounds])
    assert stop.value.code == 2
    assert "--rounds" in capsys.readouterr().err
