"""Read reviews from plain text, HTML and JSON Lines files, one file or whole folders.

Every problem with a source is an :class:`~filmgraph.errors.InputError` whose message names the
file and the problem in one line. In a batch, :func:`iter_reviews` yields the error in place of
the review so good files go on being read.

>>> import tempfile, pathlib
>>> d = pathlib.Path(tempfile.mkdtemp())
>>> _ = (d / "a.txt").write_text("A review of “Example”.", encoding="utf-8")
>>> [r.text for r in iter_reviews([d])]
['A review of “Example”.']
"""

from __future__ import annotations

import html
import json
import re
import unicodedata
from collections.abc import Iterable, Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import IO, Any

from .errors import InputError
from .files import decode_problem, decode_text
from .model import Review

__all__ = ["MAX_BYTES", "SUFFIXES", "find_sources", "iter_reviews", "read_review", "read_source"]

#: Larger files are refused: no review is that long, and reading one would pin memory.
MAX_BYTES = 10 * 1024 * 1024
SUFFIXES = {".txt": "txt", ".text": "txt", ".html": "html", ".htm": "html", ".jsonl": "jsonl"}
_TEXT_KEYS = ("text", "review", "content", "body")
_SNIFF = 8192  # bytes read to tell text from binary and spot a byte-order mark
_SURROGATE = re.compile("[\ud800-\udfff]")
#: A JSON Lines ``year``: a number (``2017``) or a string (``"2017"``) of four digits.
_YEAR = re.compile(r"\d{4}")
_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?([A-Za-z0-9_.:-]{2,40})""", re.I)


def find_sources(paths: Iterable[str | Path]) -> Iterator[Path | InputError]:
    """Expand files and folders into review files, in a stable (sorted) order."""
    for raw in paths:
        path = Path(raw)
        if not path.exists():
            yield InputError(str(raw), "no such file or folder")
        elif path.is_dir():
            found = sorted(
                p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES
            )
            if not found:
                yield InputError(str(raw), "folder holds no .txt, .html or .jsonl reviews")
            yield from found
        else:
            yield path


def iter_reviews(
    paths: Iterable[str | Path], *, encoding: str | None = None
) -> Iterator[Review | InputError]:
    """Yield every review under ``paths``, or an :class:`InputError` for each bad source."""
    for item in find_sources(paths):
        if isinstance(item, InputError):
            yield item
            continue
        try:
            yield from read_source(item, encoding=encoding)
        except InputError as err:
            yield err


def read_review(path: str | Path, *, encoding: str | None = None) -> Review:
    """Read a single-review file (``.txt`` or ``.html``)."""
    reviews = list(read_source(Path(path), encoding=encoding))
    for r in reviews:
        if isinstance(r, InputError):
            raise r
    if len(reviews) != 1:
        raise InputError(str(path), f"expected one review, found {len(reviews)}")
    review = reviews[0]
    assert isinstance(review, Review)
    return review


def read_source(path: Path, *, encoding: str | None = None) -> Iterator[Review | InputError]:
    """Read one file; JSON Lines yields one item per line (an error for each broken line)."""
    fmt = SUFFIXES.get(path.suffix.lower(), "txt")
    source = str(path.resolve())
    if fmt == "jsonl":
        yield from _read_jsonl(path, source, _jsonl_lines(path, encoding))
        return
    text = _read_text(path, encoding, html=fmt == "html")
    if fmt == "html":
        yield _review_from_html(source, text)
    else:
        yield Review(text=_clean(text), source=source, format="txt")


def _open_checked(path: Path, limit: int | None) -> tuple[IO[bytes], bytes]:
    """Open a regular file after checking its size; return it with its first bytes."""
    try:
        if not path.is_file():
            # A FIFO or device would block or never end.
            raise InputError(str(path), "not a regular file")
        size = path.stat().st_size
        if limit is not None and size > limit:
            raise InputError(
                str(path), f"file is {_size(size)}, over the {_size(limit)} limit"
            )
        handle = path.open("rb")
        head = handle.read(_SNIFF)
    except OSError as err:
        raise InputError(str(path), f"cannot read: {err.strerror or err}") from None
    if not head.strip():
        handle.close()
        raise InputError(
            str(path), "the file is empty" if not head else "the file holds only whitespace"
        )
    return handle, head


def _read_text(path: Path, encoding: str | None, *, html: bool = False) -> str:
    handle, head = _open_checked(path, MAX_BYTES)
    with handle:
        try:
            # Bounded even if the file grows after the size check.
            data = head + handle.read(MAX_BYTES + 1 - len(head))
        except OSError as err:
            raise InputError(str(path), f"cannot read: {err.strerror or err}") from None
    if len(data) > MAX_BYTES:
        raise InputError(str(path), f"file is over the {_size(MAX_BYTES)} limit")
    codec = _encoding_of(path, head, encoding)
    if html and encoding is None and codec == "utf-8-sig":
        declared = _CHARSET.search(head)
        if declared:
            # A page that is not UTF-8 usually says what it is: <meta charset="windows-1251">.
            try:
                data.decode(codec)
            except UnicodeDecodeError:
                codec = declared.group(1).decode("ascii").lower()
    return _decode(path, data, codec)


def _size(n: int) -> str:
    return f"{n / 2**20:.0f} MB" if n >= 2**20 else f"{n / 2**10:.0f} KB"


def _encoding_of(path: Path, head: bytes, encoding: str | None) -> str:
    # A byte-order mark says unambiguously how to read the file (UTF-32's starts like UTF-16's).
    if head.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        return "utf-32"
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    if b"\x00" in head:
        raise InputError(str(path), "binary file, not text")
    return encoding or "utf-8-sig"


def _jsonl_lines(path: Path, encoding: str | None) -> Iterator[tuple[int, str | InputError]]:
    """Number and decode the lines of a JSON Lines file one at a time.

    The file as a whole has no size limit (a corpus can be large); each line has MAX_BYTES.
    """
    handle, head = _open_checked(path, None)
    with handle:
        codec = _encoding_of(path, head, encoding)
        if codec in ("utf-16", "utf-32"):
            handle.close()
            text = _read_text(path, encoding)
            # Only \n ends a JSON Lines record; splitlines() would also cut a string that
            # holds \u2028 or \x85, which JSON allows unescaped.
            lines = [line.removesuffix("\r") for line in text.split("\n")]
            yield from enumerate(lines[:-1] if lines and not lines[-1] else lines, start=1)
            return
        handle.seek(0)
        offset = 0
        for number, raw in enumerate(_bounded_lines(handle), start=1):
            if raw is None:
                yield number, InputError(
                    f"{path}:{number}", f"line is over the {_size(MAX_BYTES)} limit"
                )
                continue
            line = raw[3:] if number == 1 and raw.startswith(b"\xef\xbb\xbf") else raw
            try:
                yield number, line.decode(codec)
            except UnicodeDecodeError as err:
                yield number, InputError(
                    f"{path}:{number}",
                    decode_problem(err, codec, offset) + "; pass --encoding to read it",
                )
            except LookupError:
                raise InputError(str(path), f"unknown encoding {codec!r}") from None
            offset += len(raw)


def _bounded_lines(handle: IO[bytes]) -> Iterator[bytes | None]:
    """Lines of a binary file; ``None`` for a line over MAX_BYTES, which is skipped unread."""
    while True:
        line = handle.readline(MAX_BYTES + 1)
        if not line:
            return
        if len(line) > MAX_BYTES and not line.endswith(b"\n"):
            while (rest := handle.readline(1 << 20)) and not rest.endswith(b"\n"):
                pass
            yield None
            continue
        yield line


def _decode(path: Path, data: bytes, encoding: str) -> str:
    text = decode_text(path, data, encoding, hint="; pass --encoding to read it")
    if not text.strip():
        raise InputError(str(path), "the file holds only whitespace")
    return text


def _clean(text: str) -> str:
    """Normalise what spans are counted on: NFC, LF line ends, no control characters."""
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    return _scrub(re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]", " ", text))


def _scrub(text: str) -> str:
    """Replace lone surrogates (JSON can spell them, UTF-8 cannot hold them) with U+FFFD."""
    return _SURROGATE.sub("\ufffd", text)


def _read_jsonl(
    path: Path, source: str, lines: Iterable[tuple[int, str | InputError]]
) -> Iterator[Review | InputError]:
    seen = 0
    # A record's id names its graph: a second record with the same id would replace the first
    # while the report counted both.
    first_with: dict[str, int] = {}
    for number, line in lines:
        if isinstance(line, InputError):
            yield line
            continue
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as err:
            yield InputError(where, f"broken JSON line ({err.msg})")
            continue
        if not isinstance(record, dict):
            yield InputError(where, "a JSON Lines review must be an object")
            continue
        body = next((record[k] for k in _TEXT_KEYS if isinstance(record.get(k), str)), None)
        if body is None or not body.strip():
            yield InputError(where, f"no review text (expected one of {', '.join(_TEXT_KEYS)})")
            continue
        year = _str(record.get("year") or record.get("film_year"))
        if year is not None and not _YEAR.fullmatch(year):
            # Stored as an xsd:gYear and minted into the film's IRI: "nineteen" would give an
            # ill-typed literal and a film of its own.
            yield InputError(where, f"the film's year must be four digits, not {year[:40]!r}")
            continue
        ident = record.get("id") or record.get("url") or f"L{number}"
        earlier = first_with.setdefault(str(ident), number)
        if earlier != number:
            field = "id" if record.get("id") else "url"
            yield InputError(where, f"{field} {str(ident)[:80]!r} is line {earlier}'s too; "
                                    "give each record its own id")
            continue
        fmt = "html" if record.get("format") == "html" else "jsonl"
        try:
            review = (
                _review_from_html(f"{source}#{ident}", body)
                if fmt == "html"
                else Review(text=_clean(body), source=f"{source}#{ident}", format="jsonl")
            )
        except InputError as err:
            # One bad record, not the file: raised out of this generator, it ended the file
            # and the lines after it were never read.
            yield InputError(where, err.problem)
            continue
        seen += 1
        yield Review(
            text=review.text,
            source=review.source,
            format=fmt,
            title=_str(record.get("title")) or review.title,
            author=_str(record.get("author")) or review.author,
            publisher=_str(record.get("publisher")) or review.publisher,
            url=_str(record.get("url")) or review.url,
            date=_str(record.get("date")) or review.date,
            film_title=_str(record.get("film") or record.get("film_title")),
            film_year=year,
        )
    if seen == 0:
        yield InputError(str(path), "no reviews in this JSON Lines file")


def _str(value: Any) -> str | None:
    if value is None:
        return None
    text = _scrub(str(value)).strip()
    return text or None


class _HTMLText(HTMLParser):
    """Collects visible text and the few metadata fields a review page carries."""

    _SKIP = frozenset({"script", "style", "noscript", "template", "svg", "nav", "footer", "form"})
    _BLOCK = frozenset(
        {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "section", "article"}
    )

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.meta: dict[str, str] = {}
        self.title = ""
        self._skip = 0
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if tag in self._SKIP:
            self._skip += 1
        elif tag == "title":
            self._in_title = True
        elif tag == "meta":
            key = (a.get("property") or a.get("name") or "").lower()
            if key and a.get("content"):
                self.meta[key] = a["content"]
        elif tag == "link" and a.get("rel", "").lower() == "canonical" and a.get("href"):
            self.meta["canonical"] = a["href"]
        if tag in self._BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self._SKIP and self._skip:
            self._skip -= 1
        elif tag == "title":
            self._in_title = False
        if tag in self._BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title += data
        elif not self._skip:
            self.parts.append(data)


def _review_from_html(source: str, markup: str) -> Review:
    parser = _HTMLText()
    parser.feed(markup)
    parser.close()
    text = "".join(parser.parts)
    text = re.sub(r"[ \t\u00a0]+", " ", text)
    text = re.sub(r"\n\s*\n+", "\n\n", text).strip()
    if not text:
        raise InputError(source, "the HTML page has no visible text")
    meta = parser.meta
    title = html.unescape(meta.get("og:title") or parser.title).strip()
    if title and title not in text[:2000]:
        # The headline often names the film; keep it in the text so spans can point at it.
        text = f"{title}\n\n{text}"
    url = meta.get("og:url") or meta.get("canonical")
    return Review(
        text=_clean(text),
        source=source,
        format="html",
        title=title or None,
        author=meta.get("author") or meta.get("article:author") or None,
        publisher=meta.get("og:site_name") or None,
        url=url if url and url.startswith(("http://", "https://")) else None,
        date=meta.get("article:published_time") or meta.get("date") or None,
    )
