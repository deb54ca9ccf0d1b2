"""Issue: a SPARQL syntax error was printed over several lines and never named the query file.

``filmgraph query notes.rq`` with a misspelt prefix (``schem:name``) printed the parser's list
of expected Unicode ranges over six lines, with no word of the prefix or of which file was
wrong. The message is now one line (the server's cleaning, shared through
:func:`filmgraph.errors.sparql_syntax`), names the file, and names a prefix used undeclared.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from filmgraph import QueryError, open_store
from filmgraph.errors import sparql_syntax
from filmgraph.query import run_query


def test_a_misspelt_prefix_in_a_file_is_one_line_naming_the_file_and_prefix(
    tmp_path: Path,
) -> None:
    query = tmp_path / "names.rq"
    query.write_text("PREFIX schema: <https://schema.org/>\n"
                     "SELECT ?n WHERE {\n  ?s schem:name ?n\n}\n", encoding="utf-8")
    with pytest.raises(QueryError) as caught:
        run_query(open_store(), str(query))
    message = str(caught.value)
    assert "\n" not in message and "..=" not in message
    assert message.startswith(f"{query}: malformed SPARQL: prefix 'schem:' is not declared")
    assert "error at 3:" in message


def test_a_syntax_error_in_inline_sparql_is_one_line() -> None:
    with pytest.raises(QueryError) as caught:
        open_store().query("SELECT ?x WHERE { ?s ?p ?o } GROUP BY ?s")
    assert "\n" not in str(caught.value) and "unbound" in str(caught.value)


@pytest.mark.parametrize("sparql", [
    "PREFIX : <http://x/> SELECT * WHERE { ?s :p 'a:b' }",
    'SELECT * WHERE { ?s <http://x/a#b:c> """x:y\nz:w""" } # a:b',
    "SELECT * WHERE { _:b0 ?p ?o }",
])
def test_no_prefix_is_blamed_where_every_one_is_declared(sparql: str) -> None:
    assert sparql_syntax("error at 1:1", sparql) == "malformed SPARQL: error at 1:1"
