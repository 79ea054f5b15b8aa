"""Shared fixtures: the spaCy model (loaded once), seed articles, a fresh database, the CLI."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SEED_000 = EXAMPLES / "000_1e06a4f8004ac603.txt"
SEED_001 = EXAMPLES / "001_e40b1d751717fdce.txt"

#: fixtures of the ``tally serve`` tests (a corpus with hostile articles)
pytest_plugins = ["tests.serve_corpus"]


def copy_seeds(folder: Path) -> Path:
    """A folder holding just the two seed articles (examples/ has more)."""
    import shutil

    folder.mkdir(parents=True, exist_ok=True)
    for seed in (SEED_000, SEED_001):
        shutil.copy(seed, folder / seed.name)
    return folder


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "model: needs the spaCy model package (slower)")


@pytest.fixture(scope="session")
def nlp():
    """The default spaCy pipeline, from its installed package."""
    from tally.nlp.load import load_model

    return load_model("en_core_web_sm")


@pytest.fixture(scope="session")
def seed_texts() -> dict[str, str]:
    """The two seed articles, raw."""
    return {"000": SEED_000.read_text(encoding="utf-8"), "001": SEED_001.read_text(encoding="utf-8")}


@pytest.fixture(scope="session")
def seed_articles(nlp) -> dict[str, object]:
    """The two seed articles analysed by the full pipeline (000 given no date)."""
    import tally

    return {
        "000": tally.analyze(SEED_000.read_text(encoding="utf-8")),
        "001": tally.analyze(SEED_001.read_text(encoding="utf-8")),
    }


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "test.db"


@pytest.fixture
def cli_runner():
    from click.testing import CliRunner

    return CliRunner()
