"""Shared fixtures: the spaCy model (loaded once), seed articles, a fresh database, the CLI."""

from __future__ import annotations

import os
from collections.abc import Iterator
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
    config.addinivalue_line("markers", "postgresql: runs against a PostgreSQL server (tests/_pg.py)")
    config.addinivalue_line("markers", "own_database: the test changes tables, so gets a database of its own")
    config.addinivalue_line(
        "markers", "packaging: builds the wheel and installs it in a fresh venv (about 10 s)"
    )


#: The test files that take longest, handed out first (CPU seconds, own and their child processes',
#: measured round 64 on main at load 2-25: the eval gate 131, the link tests of round 43 47, the Dask
#: tests 43, the concurrent analyses 32, the linear-time tests 31, ... the wheel build 18, ...).
#: A long file left for the end (the wheel build came last: one test) keeps one worker busy alone.
SLOW_FILES_FIRST = (
    "test_eval_gate.py",
    "test_link_round43.py",
    "test_scale_dask.py",
    "test_concurrency.py",
    "test_linear_time.py",
    "test_link_round13.py",
    "test_link_round11.py",
    "test_link_round9.py",
    "test_killrun.py",
    "test_link_round54.py",
    "test_link_round41.py",
    "test_packaging.py",
    "test_link_round10.py",
    "test_link_claims.py",
    "test_link_round7.py",
    "test_report_html.py",
    "test_link_incremental.py",
    "test_export.py",
    "test_speed_round18.py",
    "test_serve.py",
    "test_round57_linking_joining.py",
    "test_hostile.py",
    "test_serve_browser.py",
)


def pytest_xdist_make_scheduler(config: pytest.Config, log: object) -> object:
    """``--dist loadfile`` with the slowest files (:data:`SLOW_FILES_FIRST`) handed out first.

    pytest-xdist hands out files with the most tests first; the eval gate has two tests and
    80 s of work, so it came last and the other worker idled for most of a minute (the suite
    took 6 min 18 s on CI's 2 cores). Longest first keeps the two workers' ends close. Only
    the order changes: the files and their tests are xdist's own; with a pytest-xdist whose
    scheduler is built otherwise, its own scheduler is used.
    """
    if config.getoption("dist", None) != "loadfile":
        return None
    from xdist.scheduler import LoadFileScheduling

    if not hasattr(LoadFileScheduling, "_assign_work_unit"):
        return None

    class SlowFilesFirst(LoadFileScheduling):
        ordered = False

        def _assign_work_unit(self, node):  # type: ignore[no-untyped-def]
            if not self.ordered:
                rank = {name: i for i, name in enumerate(SLOW_FILES_FIRST)}
                units = sorted(self.workqueue.items(), key=lambda u: rank.get(Path(u[0]).name, len(rank)))
                self.workqueue.clear()
                self.workqueue.update(units)
                self.ordered = True
            super()._assign_work_unit(node)

    return SlowFilesFirst(config, log)


def pytest_collection_finish(session: pytest.Session) -> None:
    """Keep what collection loaded out of the garbage collector's full passes.

    A link step ends with a full collection (:func:`tally._gc.give_back_memory`),
    which walks every object the process holds. In a test worker that is
    pytest's and every imported module's objects, about 130,000: half of a link
    test's time went to those passes. :func:`tally.nlp.load.load_model` freezes
    what is alive after loading the model for the same reason; tests that never
    load it are frozen here. Only what is alive is frozen (a collection runs first).
    """
    import gc

    gc.collect()
    gc.freeze()


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


@pytest.fixture(scope="session")
def pg_server() -> Iterator[object]:
    """A PostgreSQL server for the session (see tests/_pg.py); skipped when none can be had, except in CI."""
    from tests import _pg

    try:
        context = _pg.server()
        srv = context.__enter__()
    except _pg.Unavailable as err:
        if os.environ.get("CI"):
            pytest.fail(f"CI runs the PostgreSQL tests: {err}")
        pytest.skip(str(err))
    try:
        yield srv
    finally:
        context.__exit__(None, None, None)


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgresql)])
def db(request: pytest.FixtureRequest, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """A fresh database for one test, once as a SQLite file and once on PostgreSQL: what ``--db`` takes.

    Every :class:`~tally.store.Store` the test opens is closed after it, so that
    dropping the PostgreSQL database leaves no connection behind.
    """
    from tally.store import Store

    opened: list[Store] = []
    real_init = Store.__init__

    def tracked_init(self: Store, *args: object, **kwargs: object) -> None:
        real_init(self, *args, **kwargs)  # type: ignore[arg-type]
        opened.append(self)

    monkeypatch.setattr(Store, "__init__", tracked_init)
    try:
        if request.param == "sqlite":
            yield str(tmp_path / "test.db")
            return
        from tests import _pg

        server = request.getfixturevalue("pg_server")
        if request.node.get_closest_marker("own_database") is None:
            yield server.work_database(0)
            return
        with _pg.database(server) as url:
            try:
                yield url
            finally:
                for store in opened:
                    store.close()
    finally:
        for store in opened:
            store.close()


def seeds_on_both_stores(*seeds: int) -> pytest.MarkDecorator:
    """Parametrize a randomised test's ``db`` and ``seed``: every seed on SQLite, the first on PostgreSQL.

    The seeds vary the batches and names a link test draws; PostgreSQL is there to
    check the SQL of one store against the other, which one seed does. Each
    PostgreSQL run of these tests took 9–17 s of the suite's time on CI.
    """
    cases = [pytest.param("sqlite", seed, id=f"sqlite-{seed}") for seed in seeds]
    cases.append(
        pytest.param("postgresql", seeds[0], marks=pytest.mark.postgresql, id=f"postgresql-{seeds[0]}")
    )
    return pytest.mark.parametrize(("db", "seed"), cases, indirect=["db"])


def second_database(db: str, tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[str]:
    """Another empty database of *db*'s kind (a generator: ``next()`` gives its URL)."""
    if not db.startswith("postgresql"):
        yield str(tmp_path / "second.db")
        return
    yield request.getfixturevalue("pg_server").work_database(1)


@pytest.fixture
def cli_runner():
    from click.testing import CliRunner

    return CliRunner()
