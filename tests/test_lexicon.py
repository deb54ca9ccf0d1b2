"""The gazetteers as extraction reads them: the film table, looked up by title."""

from __future__ import annotations

from pathlib import Path

from filmgraph.extract.lexicon import FilmEntry, FilmTable, default_lexicon, load_lexicon

HEADER = "title\tyear\tdirectors\twriters\tactors\tscreenwriters\tsettings\n"


def _folder(tmp_path: Path, rows: str) -> Path:
    (tmp_path / "films.tsv").write_text(HEADER + rows, encoding="utf-8")
    return tmp_path


def test_a_title_gives_every_film_of_that_name_in_file_order(tmp_path: Path) -> None:
    folder = _folder(
        tmp_path,
        "The Thing\t1982\tJohn Carpenter\t\tKurt Russell\tBill Lancaster\tAntarctica\n"
        "Thing\t2011\tMatthijs van Heijningen Jr.\t\t\t\t\n",
    )
    films = load_lexicon(folder).films
    assert [(f.title, f.years) for f in films["thing"]] == [
        ("The Thing", ("1982",)),
        ("Thing", ("2011",)),
    ]
    first = films["thing"][0]
    assert first.directors == {"John Carpenter"} and first.actors == {"Kurt Russell"}
    assert first.screenwriters == {"Bill Lancaster"} and first.settings == {"Antarctica"}


def test_padded_cells_short_rows_and_untitled_rows_read_as_before(tmp_path: Path) -> None:
    folder = _folder(
        tmp_path,
        " Closeness \t2017|x\t Kantemir Balagov \n"  # short row, padded cells, a bad year
        "\t1999\tNobody\t\t\t\t\n"  # no title: not a film
        "\n"
        "Tesnota\t2017\tKantemir Balagov|\t\t\t\tNalchik\textra cell\n",
    )
    films = load_lexicon(folder).films
    assert sorted(films) == ["closeness", "tesnota"]
    assert films["closeness"] == (
        FilmEntry("Closeness", ("2017",), frozenset({"Kantemir Balagov"})),
    )
    assert films["tesnota"][0].settings == {"Nalchik"}
    assert films.get("nobody") is None and "nobody" not in films


def test_an_entry_is_built_once_and_the_table_is_an_ordinary_mapping() -> None:
    table = FilmTable(["title", "directors"], [["Vertigo", "Alfred Hitchcock"]])
    assert table["vertigo"] is table["vertigo"]
    assert dict(table) == {"vertigo": (FilmEntry("Vertigo", (), frozenset({"Alfred Hitchcock"})),)}
    assert {**table, "x": ()}.keys() == {"vertigo", "x"}


def test_the_shipped_table_knows_the_seed_film() -> None:
    (entry,) = default_lexicon().films["closeness"]
    assert "Kantemir Balagov" in entry.directors and "2017" in entry.years


def test_a_short_gazetteer_row_reads_its_missing_cells_as_empty(tmp_path: Path) -> None:
    (tmp_path / "places.tsv").write_text(
        "name\tkind\tparents\taliases\twikidata\n"
        "Russia\tcountry\n"  # no parents, aliases or Q-id cells at all
        " Nalchik \tcity\tRussia\tNal'chik\t\n",
        encoding="utf-8",
    )
    lexicon = load_lexicon(tmp_path)
    russia, nalchik = lexicon.place("Russia"), lexicon.place("Nal'chik")
    assert russia is not None and russia.parents == () and russia.wikidata is None
    assert nalchik is not None and nalchik.name == "Nalchik" and nalchik.parents == ("Russia",)
