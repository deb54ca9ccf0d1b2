from __future__ import annotations

import json
from pathlib import Path

import pytest

from filmgraph import Store, ingest, open_store

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
SEED = SHARED / "corpus" / "seed" / "closeness.txt"


@pytest.fixture(scope="session")
def seed_path() -> Path:
    if not SEED.is_file():
        pytest.skip("../shared/corpus/seed/closeness.txt is not beside the repository")
    return SEED


@pytest.fixture(scope="session")
def seed_store(seed_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Store:
    """The seed review ingested into an on-disk store, as a user would."""
    store = open_store(tmp_path_factory.mktemp("seed") / "store")
    report = ingest([seed_path], store)
    assert report.ingested == 1 and not report.errors
    return store


@pytest.fixture()
def memory_store() -> Store:
    return open_store()


@pytest.fixture()
def hitchcock_gold(tmp_path: Path) -> Path:
    """A gold file of one review under ``tmp_path`` that names its director with no cue: the
    shipped film table credits Alfred Hitchcock on "Vertigo", so only `known-credits` finds
    him."""
    (tmp_path / "a.txt").write_text(
        "“Vertigo” (1958) is Hitchcock at his most obsessive.", encoding="utf-8"
    )
    gold = tmp_path / "gold.json"
    gold.write_text(
        json.dumps({"reviews": [{"source": "a.txt", "director": ["Alfred Hitchcock"]}]}),
        encoding="utf-8",
    )
    return gold
