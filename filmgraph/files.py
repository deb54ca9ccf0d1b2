"""Files a user hands filmgraph (query files, gold sets, catalogues) and files it writes for them.

Whatever is wrong with such a file is the user's to fix, so it is one
:class:`~filmgraph.errors.InputError` line naming the file and the problem, never a
``UnicodeDecodeError`` escaping as an internal error (exit 70). Written files (exports, pages)
appear whole or not at all: a failed write leaves the file asked for as it was.

>>> import tempfile, pathlib
>>> p = pathlib.Path(tempfile.mkdtemp()) / "q.rq"
>>> _ = p.write_bytes(b"SELECT * WHERE { ?s ?p 'caf\\xe9' }")
>>> try:
...     read_text(p, what="query file")
... except InputError as err:
...     print(err.problem)
not valid UTF-8 (byte 0xe9 at offset 27)
"""

from __future__ import annotations

import contextlib
import errno
import os
from collections.abc import Callable
from pathlib import Path

from .errors import FilmgraphError, InputError

__all__ = ["decode_problem", "decode_text", "read_text", "write_atomically"]


def decode_problem(err: UnicodeDecodeError, encoding: str, offset: int = 0) -> str:
    """What a decoding error means, in words: ``not valid UTF-8 (byte 0xe9 at offset 3)``.

    ``offset`` is where the decoded bytes start in the file (a line of a JSON Lines file).
    """
    name = encoding.removesuffix("-sig").upper()
    return f"not valid {name} (byte 0x{err.object[err.start]:02x} at offset {offset + err.start})"


def read_text(path: str | Path, *, what: str = "file", encoding: str = "utf-8",
              hint: str = "") -> str:
    """The text of a whole (small) file; ``what`` names it in errors ("query file", …) and
    ``hint`` follows a decoding error (e.g. "; pass --encoding to read it")."""
    try:
        data = Path(path).read_bytes()
    except OSError as err:
        raise InputError(str(path), f"cannot read {what} ({err.strerror or err})") from None
    return decode_text(path, data, encoding, hint=hint)


def decode_text(path: str | Path, data: bytes, encoding: str, *, hint: str = "") -> str:
    """``data`` read from ``path`` as text; a byte the encoding cannot read, or an encoding
    Python does not know, is one :class:`InputError` line naming the file."""
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as err:
        raise InputError(str(path), decode_problem(err, encoding) + hint) from None
    except LookupError:
        raise InputError(str(path), f"unknown encoding {encoding!r}") from None


def write_atomically(path: str | Path, write: Callable[[Path], object], *,
                     what: str = "file") -> None:
    """Have ``write`` fill ``PATH.part``, then rename it to ``path``.

    Readers see the old file or the new one, never half of it, and on any failure the part file
    is removed. A problem with the place (a missing folder, a folder under that name) is
    found before ``write`` does any work; every ``OSError`` is a one-line
    :class:`~filmgraph.errors.FilmgraphError` naming ``path`` and ``what`` it was.
    """
    target = Path(path)
    part = target.with_name(target.name + ".part")
    try:
        if target.is_dir():
            # rename() would say so too, but only after the whole file was written.
            raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR))
        part.open("wb").close()
        write(part)
        part.replace(target)
    except BaseException as err:
        with contextlib.suppress(OSError):
            part.unlink()
        if isinstance(err, OSError) and not isinstance(err, FilmgraphError):
            raise FilmgraphError(
                f"{target}: cannot write the {what} ({err.strerror or err})") from None
        raise
