"""Bad input, through the command a user runs and through the Python API.

Every bad source gets one ``filmgraph: error:`` line naming the file and the problem, and a
non-zero exit; a good file in the same batch is still ingested; nothing else in the store
changes (the quad sets before and after are compared); every IRI stays valid; no traceback
reaches the user unless ``--debug``.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from storecheck import REPO, bad_iris, filmgraph, graphs_by_source, quad_set

import filmgraph as fg
from filmgraph import sources

EXAMPLE = REPO / "data" / "example"
Maker = Callable[[Path], Path]


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store holding the bundled example, ingested once by the CLI."""
    store = tmp_path_factory.mktemp("seeded") / "store"
    run = filmgraph("ingest", EXAMPLE, "--store", store, "--no-progress")
    assert run.code == 0, run.err
    return store


@pytest.fixture
def store(seeded: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "store"
    shutil.copytree(seeded, copy)
    return copy


def good_review(folder: Path, tag: str) -> Path:
    path = folder / f"good-{tag}.txt"
    path.write_text(
        f"“Harbour Lights {tag}” (2004) is directed by Mara Quill.\n\n"
        "Cast: Tomas Reed (Ivo), Lena Faro (Ada)\n",
        encoding="utf-8",
    )
    return path


# -- sources that must be refused -------------------------------------------------------------

def _empty(d: Path) -> Path:
    (d / "empty.txt").write_bytes(b"")
    return d / "empty.txt"


def _whitespace(d: Path) -> Path:
    (d / "blank.txt").write_bytes(b" \n\t\r\n   \n")
    return d / "blank.txt"


def _binary(d: Path) -> Path:
    (d / "photo.txt").write_bytes(bytes(range(256)) * 40)
    return d / "photo.txt"


def _latin1(d: Path) -> Path:
    (d / "latin1.txt").write_bytes("«Café» (2001) is directed by José Ferrer.".encode("latin-1"))
    return d / "latin1.txt"


def _huge(d: Path) -> Path:
    with (d / "huge.txt").open("wb") as f:
        f.truncate(50 * 2**20)  # sparse: 50 MB on paper, nothing on disk
    return d / "huge.txt"


def _missing(d: Path) -> Path:
    return d / "no-such-review.txt"


def _no_reviews(d: Path) -> Path:
    (d / "empty-folder").mkdir()
    (d / "empty-folder" / "notes.md").write_text("not a review", encoding="utf-8")
    return d / "empty-folder"


def _fifo(d: Path) -> Path:
    os.mkfifo(d / "pipe.txt")
    return d / "pipe.txt"


def _html_without_text(d: Path) -> Path:
    (d / "scripts-only.html").write_text(
        "<html><head><script>var x = 1;</script></head><body><script>x++</script></body></html>",
        encoding="utf-8",
    )
    return d / "scripts-only.html"


REFUSED: list[tuple[str, Maker, str]] = [
    ("empty", _empty, "the file is empty"),
    ("whitespace", _whitespace, "only whitespace"),
    ("binary", _binary, "binary file"),
    ("latin-1", _latin1, "not valid UTF-8 (byte 0xab at offset 0); pass --encoding"),
    ("50 MB", _huge, "50 MB, over the 10 MB limit"),
    ("missing path", _missing, "no such file or folder"),
    ("folder without reviews", _no_reviews, "holds no .txt, .html or .jsonl reviews"),
    ("fifo", _fifo, "not a regular file"),
    ("html without text", _html_without_text, "no visible text"),
]


@pytest.mark.parametrize(("case", "make", "problem"), REFUSED, ids=[c[0] for c in REFUSED])
def test_cli_refuses_bad_source_in_one_line_and_keeps_the_rest(
    store: Path, tmp_path: Path, case: str, make: Maker, problem: str
) -> None:
    bad = make(tmp_path)
    good = good_review(tmp_path, "x")
    before = quad_set(store)

    run = filmgraph("ingest", bad, good, "--store", store, "--no-progress")

    assert run.code != 0
    assert run.error_lines == [f"filmgraph: error: {bad}: {run.error_lines[0].split(': ', 3)[-1]}"]
    assert problem in run.error_lines[0]
    assert "Traceback" not in run.err
    assert "1 reviews ingested" in run.out and "1 failed" in run.out
    # The good file is in; everything else is exactly as it was.
    after = quad_set(store)
    good_quads = graphs_by_source(store)[str(good.resolve())]
    assert before <= after
    assert after - before <= good_quads
    assert bad_iris(store) == []


def test_api_reports_the_same_problems_without_raising(tmp_path: Path) -> None:
    bad = [make(tmp_path) for _, make, _ in REFUSED]
    good = good_review(tmp_path, "api")
    store = fg.open_store()
    report = fg.ingest([*bad, good], store)
    assert report.ingested == 1
    assert len(report.errors) == len(REFUSED)
    for line, (_, _, problem) in zip(report.errors, REFUSED, strict=True):
        assert problem in line and "\n" not in line


def test_huge_file_is_refused_without_being_opened(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    huge = _huge(tmp_path)

    def no_open(self: Path, *args: object, **kwargs: object) -> None:
        raise AssertionError(f"{self} was opened")

    monkeypatch.setattr(Path, "open", no_open)
    monkeypatch.setattr(Path, "read_bytes", no_open)
    (item,) = sources.iter_reviews([huge])
    assert isinstance(item, fg.InputError)
    assert "over the 10 MB limit" in str(item)


# -- sources that must be read, into a sensible graph -------------------------------------------

def test_latin1_is_read_with_encoding_option(store: Path, tmp_path: Path) -> None:
    path = _latin1(tmp_path)
    run = filmgraph("ingest", path, "--encoding", "latin-1", "--store", store, "--no-progress")
    assert run.code == 0, run.err
    quads = graphs_by_source(store)[str(path.resolve())]
    assert any("José Ferrer" in q for q in quads)
    latin = fg.read_review(path, encoding="latin-1")
    assert "José Ferrer" in latin.text


def test_utf16_with_bom_is_read(tmp_path: Path) -> None:
    text = "“Closeness” is directed by Kantemir Balagov; it is set in Nalchik."
    for codec in ("utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"):
        bom = "\ufeff".encode(codec)
        path = tmp_path / f"{codec}.txt"
        path.write_bytes(bom + text.encode(codec))
        assert fg.read_review(path).text == text


def test_html_in_its_declared_charset_is_read(tmp_path: Path) -> None:
    path = tmp_path / "ru.html"
    path.write_bytes(
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251">'
        "</head><body><p>«Теснота» — фильм Кантемира Балагова.</p></body></html>".encode("cp1251")
    )
    assert fg.read_review(path).text == "«Теснота» — фильм Кантемира Балагова."


def test_html_drops_scripts_and_decodes_entities(store: Path, tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(
        "<html><head><title>Review: &#8220;Tesnota&#8221;</title>"
        "<script>document.write('INJECTED')</script><style>p{color:red}</style></head>"
        "<body><nav>Home | Menu</nav><p>Caf&eacute; &amp; &lt;cinema&gt;: &#8220;Tesnota&#8221; "
        "is directed by Kantemir Balagov.</p><script>alert('INJECTED')</script></body></html>",
        encoding="utf-8",
    )
    review = fg.read_review(path)
    assert "Café & <cinema>: “Tesnota” is directed by Kantemir Balagov." in review.text
    assert "INJECTED" not in review.text and "color" not in review.text
    assert review.title == "Review: “Tesnota”"

    run = filmgraph("ingest", path, "--store", store, "--no-progress")
    assert run.code == 0, run.err
    quads = graphs_by_source(store)[str(path.resolve())]
    assert not any("INJECTED" in q for q in quads)
    assert any('"Kantemir Balagov"' in q for q in quads)


def test_jsonl_with_broken_lines_keeps_the_good_ones(store: Path, tmp_path: Path) -> None:
    path = tmp_path / "batch.jsonl"
    path.write_bytes(
        b'{"id": "a", "text": "\\u201cElena\\u201d (2011) is directed by Andrey Zvyagintsev."}\n'
        b'{"id": "b", "text": "broken\n'  # line 2: the line ends inside a string
        b"\n"  # a blank line is skipped, not an error
        b"[1, 2, 3]\n"  # line 4: not an object
        b'{"id": "c", "title": "no text here"}\n'  # line 5: no review text
        b'{"id": "d", "text": "caf\xe9"}\n'  # line 6: not UTF-8
        b'{"id": "e", "text": "\\u201cLeviathan\\u201d (2014) is directed by A. Zvyagintsev."}\n'
    )
    before = quad_set(store)
    run = filmgraph("ingest", path, "--store", store, "--no-progress")
    assert run.code == 1
    assert [line.split(": ")[2] for line in run.error_lines] == [
        f"{path}:2",
        f"{path}:4",
        f"{path}:5",
        f"{path}:6",
    ]
    assert "broken JSON line" in run.error_lines[0]
    assert "byte 0xe9" in run.error_lines[3]
    assert "2 reviews ingested" in run.out
    graphs = graphs_by_source(store)
    assert {f"{path.resolve()}#a", f"{path.resolve()}#e"} <= set(graphs)
    after = quad_set(store)
    assert before <= after
    assert after - before <= graphs[f"{path.resolve()}#a"] | graphs[f"{path.resolve()}#e"]


def test_russian_review_gives_a_film_with_a_cyrillic_iri(store: Path, tmp_path: Path) -> None:
    path = tmp_path / "ru.txt"
    path.write_text(
        "«Теснота» (2017) — дебютный фильм Кантемира Балагова. Действие происходит в Нальчике "
        "в 1998 году.\n\nВ ролях: Дарья Жовнер (Илана), Ольга Драгунова (мать)\n",
        encoding="utf-8",
    )
    run = filmgraph("ingest", path, "--store", store, "--no-progress")
    assert run.code == 0, run.err
    films = filmgraph(
        "query",
        "SELECT ?f ?n WHERE { ?r <https://schema.org/itemReviewed> ?f . "
        "?f <https://schema.org/name> ?n }",
        "--store", store, "--format", "csv",
    )
    assert "https://w3id.org/filmgraph/id/film/теснота" in films.out
    assert ",Теснота\n" in films.out
    assert bad_iris(store) == []


def test_review_without_a_film_keeps_the_review_only(store: Path, tmp_path: Path) -> None:
    path = tmp_path / "diary.txt"
    path.write_text("I went for a walk in the rain and thought about nothing.\n", encoding="utf-8")
    run = filmgraph("ingest", path, "--store", store, "--no-progress")
    assert run.code == 0, run.err
    quads = graphs_by_source(store)[str(path.resolve())]
    assert any("<https://schema.org/Review>" in q for q in quads)
    assert not any("<https://schema.org/Movie>" in q for q in quads)


ABSURD = (
    "“<Spa ce>{Film}|^`\\ 🎬” (2020) is directed by 🦄 Unicorn McPerson and written by אבי כהן.\n\n"
    "Cast: Emoji 😀 Person (Smiley), محمد علي (الشخصية), <script>alert(1)</script> (Villain), "
    '"Quote" {Brace} (Hero|Pipe), Ann Lee (' + "Bb" * 5_000 + ")\n\n"
    + "A" * 10_000 + " " + "a" * 10_000 + " " + "😀" * 10_000 + " " + "ש" * 10_000
    + " plays Zed. Set in <Nowhere> {City}.\n"
)


def test_absurd_names_still_give_valid_iris(store: Path, tmp_path: Path) -> None:
    path = tmp_path / "absurd.txt"
    path.write_text(ABSURD, encoding="utf-8")
    (tmp_path / "absurd.html").write_text(
        '<html><head><meta property="og:url" content="https://example.org/a review<1>{x}|^`">'
        f"<title>“{'Z' * 5000}”</title></head><body><p>{ABSURD}</p></body></html>",
        encoding="utf-8",
    )
    (tmp_path / "absurd.jsonl").write_text(
        '{"id": "x y<z>", "url": "https://example.org/a b\\\\c\\"d", '
        '"author": "\\ud800", "text": "\\u201cOdd\\u201d by \\udfff Ann Lee."}\n',
        encoding="utf-8",
    )
    run = filmgraph("ingest", tmp_path, "--store", store, "--no-progress")
    assert run.code == 0, run.err
    assert "3 reviews ingested" in run.out
    assert bad_iris(store) == []
    urls = filmgraph(
        "query",
        "SELECT ?u WHERE { ?r <https://schema.org/url> ?u "
        'FILTER(STRSTARTS(STR(?u), "https://example.org/a")) } ORDER BY ?u',
        "--store", store, "--format", "csv",
    ).out.split()[1:]
    assert urls == [
        "https://example.org/a%20b%5Cc%22d",
        "https://example.org/a%20review%3C1%3E%7Bx%7D%7C%5E%60",
    ]


# -- errors the user sees -------------------------------------------------------------------------

def test_traceback_only_with_debug(store: Path) -> None:
    plain = filmgraph("query", "SELECT WHERE {", "--store", store)
    debug = filmgraph("--debug", "query", "SELECT WHERE {", "--store", store)
    assert plain.code == debug.code == 1
    assert plain.err.count("\n") == 1 and plain.err.startswith("filmgraph: error: malformed SPARQL")
    assert "Traceback" not in plain.err
    assert "Traceback" in debug.err


def test_missing_store_for_query_is_one_line(tmp_path: Path) -> None:
    run = filmgraph("query", "cast", "--param", "title=x", "--store", tmp_path / "nowhere")
    assert run.code == 1
    assert run.err.strip() == (
        f"filmgraph: error: {tmp_path / 'nowhere'}: no store here (run `filmgraph ingest` first)"
    )


def test_store_and_output_problems_are_one_line(store: Path, tmp_path: Path) -> None:
    (tmp_path / "not-a-store").mkdir()
    a_file = tmp_path / "a-file"
    a_file.write_text("x", encoding="utf-8")
    runs = {
        "no store here": filmgraph("stats", "--store", tmp_path / "not-a-store"),
        "cannot open the store": filmgraph("ingest", EXAMPLE, "--store", a_file),
        "cannot write the export": filmgraph(
            "export", "--store", store, "--format", "trig", "-o", tmp_path / "no" / "x.trig"
        ),
    }
    for problem, run in runs.items():
        assert run.code == 1, (problem, run.err)
        assert len(run.err.splitlines()) == 1 and problem in run.err
        assert run.err.startswith("filmgraph: error: ")


def test_jsonl_line_over_the_limit_is_skipped_unread(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sources, "MAX_BYTES", 4096)
    path = tmp_path / "corpus.jsonl"
    good = '{"text": "\\u201cElena\\u201d (2011) is a drama."}\n'
    path.write_text(good + '{"text": "' + "x" * 20_000 + '"}\n' + good, encoding="utf-8")
    items = list(sources.iter_reviews([path]))
    assert [type(i).__name__ for i in items] == ["Review", "InputError", "Review"]
    assert str(items[1]) == f"{path}:2: line is over the 4 KB limit"
