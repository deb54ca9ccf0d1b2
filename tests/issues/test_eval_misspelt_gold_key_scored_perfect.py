"""A gold record with a misspelt relation ("directr") was silently unscored, so the table
printed a perfect micro average for a review nobody had checked; so did a gold file with no
records; a source given twice was scored twice; and a gold file holding a JSON list instead
of {"reviews": [...]} crashed with an internal error."""

from pathlib import Path

import pytest

from filmgraph.errors import InputError
from filmgraph.eval import load_gold, parse_gold


def test_a_misspelt_relation_is_an_error_naming_the_record() -> None:
    with pytest.raises(InputError, match=r"reviews\[1\]: unknown key 'directr'"):
        parse_gold(
            {"reviews": [{"source": "a.txt"}, {"source": "b.txt", "directr": ["Jo Bo"]}]}
        )


def test_the_documented_keys_are_all_accepted() -> None:
    (record,) = parse_gold(
        {"reviews": [{"source": "a.txt", "film": "A", "batch": "C", "director": ["Jo Bo"]}]}
    )
    assert record.film == "A" and set(record.facts) == {"director"}


def test_a_json_list_is_a_one_line_error_naming_the_file(tmp_path: Path) -> None:
    gold = tmp_path / "list.json"
    gold.write_text('[{"source": "a.txt"}]', encoding="utf-8")
    with pytest.raises(InputError, match=r'list\.json: expected \{"reviews": \[\.\.\.\]\}'):
        load_gold(gold)


def test_no_records_and_a_source_given_twice_are_errors() -> None:
    with pytest.raises(InputError, match="no gold records"):
        parse_gold({"reviews": []})
    twice = [{"source": "a.txt"}, {"source": "b.txt"}, {"source": "a.txt", "actor": []}]
    with pytest.raises(InputError, match=r"reviews\[2\]: 'a.txt' is already reviews\[0\]"):
        parse_gold({"reviews": twice})
