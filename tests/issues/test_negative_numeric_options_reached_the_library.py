"""Issue: numeric options took any number, and a nonsensical one reached the library.

``filmgraph serve --port -1`` (or ``99999``, ``--timeout 0``, ``--workers 0``) was an
internal error (exit 70) from deep in the server; ``--max-connections 0``, ``--refresh -1``
and ``--timeout nan`` started a server that could never answer as asked; ``analyze --top -1``
listed all but the last; ``link --threshold 7`` or ``--timeout -5`` were taken as given. Every
numeric option now declares its range (``filmgraph.cli.whole``, ``seconds``, ``fraction``), so
a bad value is argparse's one line naming the option, before anything is opened.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from filmgraph.cli import main

BAD = [
    ("serve", "--port", "-1", "expected 0 to 65535, not -1"),
    ("serve", "--port", "99999", "expected 0 to 65535, not 99999"),
    ("serve", "--timeout", "0", "expected more than 0 seconds, not 0"),
    ("serve", "--timeout", "nan", "expected a finite number, not 'nan'"),
    ("serve", "--workers", "0", "expected 1 or more, not 0"),
    ("serve", "--max-connections", "0", "expected 1 or more, not 0"),
    ("serve", "--max-body", "-1", "expected 0 or more, not -1"),
    ("serve", "--refresh", "-1", "expected 0 or more seconds, not -1"),
    ("analyze", "--top", "-1", "expected 0 or more, not -1"),
    ("viz", "--hops", "-1", "expected 0 or more, not -1"),
    ("viz", "--max-nodes", "0", "expected 1 or more, not 0"),
    ("link", "--threshold", "7", "expected a number from 0 to 1, not 7"),
    ("link", "--timeout", "-5", "expected more than 0 seconds, not -5"),
    ("ingest", "--workers", "x", "expected a whole number, not 'x'"),
    ("ingest", "--batch-size", "0", "expected 1 or more, not 0"),
]


@pytest.mark.parametrize(("command", "option", "value", "problem"), BAD,
                         ids=[f"{c} {o} {v}" for c, o, v, _ in BAD])
def test_an_out_of_range_option_is_refused_naming_it(
    command: str, option: str, value: str, problem: str, tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    paths = ["nowhere.txt"] if command == "ingest" else []
    store = tmp_path / "store"
    with pytest.raises(SystemExit) as stopped:
        main([command, *paths, f"{option}={value}", "--store", str(store)])
    assert stopped.value.code == 2
    assert not store.exists()  # refused before anything was opened
    last = capsys.readouterr().err.splitlines()[-1]
    assert last == f"filmgraph {command}: error: argument {option}: {problem}" or (
        last.startswith(f"filmgraph {command}: error: argument {option}/") and problem in last)
