"""What the regression tests of this folder share."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable

import pytest

Deadline = Callable[[str, float], None]


@pytest.fixture()
def extracts_within() -> Deadline:
    """Run ``code`` (Python that extracts a hostile text) in a subprocess with a deadline of
    ``seconds``: a regression to quadratic or exponential time fails the test, never hangs
    the suite."""

    def run(code: str, seconds: float) -> None:
        try:
            done = subprocess.run(
                [sys.executable, "-c", code], timeout=seconds, capture_output=True
            )
        except subprocess.TimeoutExpired:
            pytest.fail(f"extraction took over {seconds:g} s")
        assert done.returncode == 0, done.stderr.decode()

    return run
