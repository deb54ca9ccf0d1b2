"""Where the shipped ontology, data and query files are, in a checkout or an installed wheel."""

from __future__ import annotations

from functools import cache
from importlib import resources
from pathlib import Path

__all__ = ["data_dir", "ontology_dir", "queries_dir"]

_ROOT = Path(__file__).resolve().parent.parent


@cache
def _locate(folder: str, package: str) -> Path:
    # A checkout (or an editable install) reads the top-level folders users browse and edit;
    # a wheel carries the same files inside the package.
    here = _ROOT / folder
    if here.is_dir():
        return here
    return Path(str(resources.files(f"filmgraph.{package}")))


def ontology_dir() -> Path:
    """The folder holding ``filmgraph.ttl``, ``themes.ttl`` and ``shapes.ttl``.

    >>> (ontology_dir() / "filmgraph.ttl").is_file()
    True
    """
    return _locate("ontology", "ontology_files")


def data_dir() -> Path:
    """The folder of data the project ships (gazetteers, the bundled example)."""
    return _locate("data", "data_files")


def queries_dir() -> Path:
    """The folder of named SPARQL queries (``*.rq``)."""
    return _locate("queries", "query_files")
