"""Issue: an endpoint URL urllib cannot send to was an internal error, found only when sending.

``link --endpoint notaurl`` died with ``ValueError: unknown url type`` (its message holding the
whole URL-encoded query), and ``http://[::1``, ``http://host:abc/q`` or a URL with a space
did the same for ``link``, ``query --endpoint`` and ``push --endpoint/--gsp/--update``:
exit 70, after the store was opened (``link`` opened it for writing, creating it if it was not
there). Every endpoint URL is now checked when its client is made
(:func:`filmgraph.urls.endpoint_problem`), and a blank ``--user-agent`` is refused as an
option instead of as a ``ValueError`` from the client.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from filmgraph.cli import main

UNUSABLE = [
    ("notaurl", "a SPARQL endpoint must be an http(s) URL"),
    ("http://[::1", "not a valid URL (Invalid IPv6 URL)"),
    ("http://127.0.0.1:abc/q", "not a valid URL (the port is not a number from 0 to 65535)"),
    ("http://exa mple.org/q", "a URL cannot hold spaces or control characters"),
    ("http://", "not a valid URL (it names no host)"),
]


@pytest.mark.parametrize(("url", "problem"), UNUSABLE, ids=[u for u, _ in UNUSABLE])
def test_every_endpoint_option_refuses_it_in_one_line(
    url: str, problem: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store = tmp_path / "store"
    runs = [
        ["link", "--store", str(store), "--endpoint", url, "--no-cache"],
        ["query", "cast", "-p", "title=x", "--endpoint", url],
        ["push", "--store", str(store), "--endpoint", url, "--no-progress"],
        ["push", "--store", str(store), "--endpoint", "http://127.0.0.1:9/query", "--gsp", url],
        ["push", "--store", str(store), "--endpoint", "http://127.0.0.1:9/query",
         "--update", url],
    ]
    for argv in runs:
        assert main(argv) == 1, argv
        err = capsys.readouterr().err
        assert err.startswith(f"filmgraph: error: {url}: {problem}"), (argv, err)
        assert err.count("\n") == 1
    assert not store.exists()  # nothing was opened, let alone created


def test_a_blank_user_agent_is_an_option_error(tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(["link", "--user-agent", " ", "--store", str(tmp_path / "store")])
    assert stopped.value.code == 2
    assert capsys.readouterr().err.splitlines()[-1].startswith(
        "filmgraph link: error: argument --user-agent: Wikimedia refuses anonymous clients")
