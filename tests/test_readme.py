"""The README opens with the two commands a fresh machine needs, and CI runs the second."""

from __future__ import annotations

import re
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def _code_blocks(text: str) -> list[str]:
    return [b.strip() for b in re.findall(r"^```[a-z]*\n(.*?)^```", text, re.M | re.S)]


def _opening_commands() -> list[str]:
    return _code_blocks((REPO / "README.md").read_text(encoding="utf-8"))[0].splitlines()


def test_the_readme_opens_with_the_demo_and_the_test_command() -> None:
    commands = _opening_commands()
    assert commands == ["bash scripts/demo.sh", "bash scripts/setup.sh --test && python3 -m pytest"]
    for script in ("scripts/demo.sh", "scripts/setup.sh"):
        assert (REPO / script).is_file()


def test_ci_runs_the_readmes_test_command_verbatim() -> None:
    test_command = _opening_commands()[1]
    run = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    commands = [line for line in run.splitlines() if line and not line.startswith("#")]
    assert commands[-1] == test_command
