"""Analysis on a Dask cluster stores what one process stores, and survives a worker dying.

A real two-worker ``LocalCluster`` (separate processes, each loading the
model through the tally worker plugin) analyses 50 short articles of our own
into a real SQLite file; the one-process run of the same file is the reference.
"""

from __future__ import annotations

import json
import os
import signal
from pathlib import Path

import pytest

distributed = pytest.importorskip("distributed")

from tally.corpus import Corpus  # noqa: E402
from tally.parallel import local_cluster  # noqa: E402
from tally.settings import Settings  # noqa: E402

pytestmark = pytest.mark.model

CITIES = [
    "Minsk",
    "Gomel",
    "Tehran",
    "Isfahan",
    "Lagos",
    "Abuja",
    "Yangon",
    "Mandalay",
    "Caracas",
    "Khartoum",
]
VERBS = ["detained", "arrested", "injured", "questioned", "released"]
#: A paragraph repeated across articles: from its third use on it is corpus boilerplate,
#: which only the driver can tell (it knows what is stored), so it must be cut the same way.
FOOTER = "The Monitor publishes daily summaries of court hearings in the region and welcomes corrections."
#: Small batches, so that many are in flight when a worker is killed.
SETTINGS = Settings(batch_size=2)


def _articles() -> list[dict[str, str]]:
    rows = []
    for i in range(50):
        city, verb = CITIES[i % len(CITIES)], VERBS[i % len(VERBS)]
        text = (
            f"Police {verb} {i + 3} protesters in {city} on Saturday, the rights group Vesna said. "
            f"\u201cWe will keep marching until the prisoners are free,\u201d organiser Maria Ivanova {i} told reporters."
        )
        if i % 5 == 0:
            text += "\n\n" + FOOTER
        rows.append({"text": text, "published": f"2024-03-{i % 28 + 1:02d}", "title": f"Report {i}"})
    return rows


@pytest.fixture(scope="module")
def articles_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("dask") / "articles.jsonl"
    with path.open("w", encoding="utf-8") as handle:
        for row in _articles():
            handle.write(json.dumps(row) + "\n")
        handle.write("{not json\n")  # a skipped input keeps its place in the run
    return path


def _stored(db: Path) -> dict[str, dict]:
    with Corpus(db) as corpus:
        return {a.id: a.to_json_dict() for a in corpus.articles()}


@pytest.fixture(scope="module")
def one_process(articles_file: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict]:
    db = tmp_path_factory.mktemp("one") / "one.db"
    with Corpus(db, settings=SETTINGS) as corpus:
        report = corpus.add_files([str(articles_file)])
    assert report.stored == 50 and len(report.skipped) == 1
    return _stored(db)


@pytest.fixture(scope="module")
def client():
    with local_cluster(2) as cluster, distributed.Client(cluster) as client:
        yield client


def test_two_workers_store_the_records_of_one_process(articles_file, one_process, client, tmp_path):
    db = tmp_path / "dask.db"
    with Corpus(db, settings=SETTINGS) as corpus:
        report = corpus.add_files([str(articles_file)], client=client)
    assert report.stored == 50 and report.unchanged == 0
    assert [s.path for s in report.skipped] == [f"{articles_file}:51"]
    stored = _stored(db)
    assert stored == one_process
    assert sum(1 for a in stored.values() if any(r["reason"] == "boilerplate" for r in a["removed"])) >= 7


def _run_killing_a_worker(client, articles_file: Path, db: str):
    """Analyse *articles_file* into *db* on *client*, killing a busy worker once the first article is stored."""
    pids = client.run(os.getpid)
    killed: list[str] = []

    def kill_a_busy_worker(_path: str) -> None:
        if killed:
            return
        busy = [address for address, keys in client.processing().items() if keys]
        if busy:
            killed.append(busy[0])
            for nanny in client.cluster.workers.values():
                if nanny.worker_address == busy[0]:
                    nanny.close_gracefully()  # stays dead: the other worker must take its batches
            os.kill(pids[busy[0]], signal.SIGKILL)

    with Corpus(db, settings=SETTINGS) as corpus:
        report = corpus.add_files([str(articles_file)], client=client, progress=kill_a_busy_worker)
        counts = corpus.counts()
    assert killed, "no worker was busy when the first article was stored"
    return report, counts


def test_a_killed_worker_loses_and_duplicates_nothing(articles_file, one_process, client, tmp_path):
    db = tmp_path / "killed.db"
    report, counts = _run_killing_a_worker(client, articles_file, str(db))
    assert report.stored == 50 and report.unchanged == 0
    assert counts["articles"] == 50
    assert _stored(db) == one_process
    assert len(client.scheduler_info()["workers"]) == 1


@pytest.fixture(scope="module")
def pg_client(pg_server):
    """A second two-worker cluster (the module's first lost a worker to the test above); its own
    killed-worker test comes last."""
    with local_cluster(2) as cluster, distributed.Client(cluster) as client:
        yield client


@pytest.mark.postgresql
def test_on_postgresql_the_workers_store_the_records_of_one_process(
    articles_file, one_process, pg_client, pg_server, monkeypatch
):
    from tally.store import Store

    def driver_writes(*_args, **_kwargs):
        raise AssertionError("the driver stored an article: the workers should have")

    url = pg_server.work_database(0)
    monkeypatch.setattr(Store, "add_article", driver_writes)  # this process only: workers are others
    with Corpus(url, settings=SETTINGS) as corpus:
        report = corpus.add_files([str(articles_file)], client=pg_client)
    monkeypatch.undo()
    assert report.stored == 50 and report.unchanged == 0
    assert [s.path for s in report.skipped] == [f"{articles_file}:51"]
    # boilerplate cut as in one process, although the workers store while the driver cleans
    assert _stored(url) == one_process
    with Corpus(url, settings=SETTINGS) as corpus:
        again = corpus.add_files([str(articles_file)], client=pg_client)
    assert again.stored == 0 and again.unchanged == 50


@pytest.mark.postgresql
def test_on_postgresql_a_killed_worker_loses_and_duplicates_nothing(
    articles_file, one_process, pg_client, pg_server
):
    url = pg_server.work_database(0)
    report, counts = _run_killing_a_worker(pg_client, articles_file, url)
    assert report.stored == 50 and report.unchanged == 0
    assert counts["articles"] == 50
    assert _stored(url) == one_process
