"""The code stays ruff- and mypy-clean: both run as part of the test command, so CI checks them."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", *args], cwd=REPO, capture_output=True, text=True, check=False
    )


@pytest.mark.parametrize("tool", ["ruff", "mypy"])
def test_the_tool_is_installed_with_the_test_extras(tool: str) -> None:
    assert _run(tool, "--version").returncode == 0, f"{tool} missing: pip install -e '.[test]'"


def test_ruff_finds_nothing() -> None:
    result = _run("ruff", "check", "filmgraph", "tests", "bench", "tools")
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_strict_finds_nothing() -> None:
    # The files and strictness come from [tool.mypy] in pyproject.toml.
    result = _run("mypy")
    assert result.returncode == 0, result.stdout + result.stderr
