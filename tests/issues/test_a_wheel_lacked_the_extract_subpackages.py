"""Issue (packaging): `pip install .` built a wheel without filmgraph.extract.people (since
it became a package) or filmgraph.extract.glue, so `import filmgraph.extract` failed outside
an editable install. pyproject.toml lists its packages by hand; every package folder must be
in that list."""

from __future__ import annotations

import tomllib
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def test_every_package_folder_is_listed_for_the_wheel() -> None:
    listed = set(
        tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["tool"][
            "setuptools"
        ]["packages"]
    )
    folders = {
        ".".join(init.parent.relative_to(REPO).parts)
        for init in (REPO / "filmgraph").rglob("__init__.py")
    }
    assert folders <= listed, sorted(folders - listed)
