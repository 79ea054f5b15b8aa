"""Several ``tally analyze`` processes on one database at once, with overlapping inputs.

Two and four processes on PostgreSQL, two on a SQLite file: every process
exits 0, every input is stored once (no duplicate article, no lost record:
the database equals one analysed by a single process), and the links at the
end equal a full relink. Store errors never show SQL, parameters or text.

The runs use ``--only quotes`` (entities, dates and quotes): what is raced
for is the same (articles, inputs, records, link tables, corpus entities),
and each process is spared loading the gazetteer, which would make this the
slowest test of the suite.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import tally
from tally.errors import StoreError
from tally.link import load_claims, load_corpus_entities, load_event_clusters, relink
from tally.records import Article, Entity
from tally.store import Store
from tests.conftest import ROOT

#: short reports written for this test: quotes, and actors named in several of them
REPORTS = {
    "a.txt": "date 2021-03-02\nPolice in Minsk detained 120 protesters on Sunday, the Interior Ministry said. "
    "“Order will be kept,” Interior Minister Ivan Kubrakov told reporters.",
    "b.txt": "date 2021-03-02\nViasna said 140 people were detained in Minsk on Sunday. "
    "Ivan Kubrakov said the march had not been allowed.",
    "c.txt": "date 2021-03-03\nA court in Grodno sentenced two journalists on Tuesday. "
    "“This is a verdict against journalism,” Belarusian Association of Journalists said.",
    "d.txt": "date 2021-03-03\nThree protesters were killed in Yangon on Wednesday, witnesses told Reuters. "
    "“They shot at us,” said Ko Aung, a student.",
    "e.txt": "date 2021-03-04\nSecurity forces fired on marchers in Yangon, Reuters reported on Thursday. "
    "Ko Aung said the students would march again.",
    "f.txt": "date 2021-03-04\nStudents marched in Bangkok on Thursday. "
    "“We want our friends back,” said Panusaya Sithijirawattanakul.",
    "g.txt": "date 2021-03-05\nThe police in Nairobi arrested 30 traders who were protesting against new taxes, "
    "the Kenya Police Service said.",
    "h.txt": "date 2021-03-05\nAmnesty International said 12 people were arrested in Lagos on Friday. "
    "Panusaya Sithijirawattanakul thanked Amnesty International for its support.",
}


def _inputs(tmp_path: Path, processes: int) -> list[list[str]]:
    """Overlapping file lists, one per process: each takes most of the files, in its own order."""
    folder = tmp_path / "reports"
    folder.mkdir()
    for name, text in REPORTS.items():
        (folder / name).write_text(text + "\n", encoding="utf-8")
    (folder / "copy_of_a.txt").write_text(REPORTS["a.txt"] + "\n", encoding="utf-8")  # same article
    names = sorted(p.name for p in folder.iterdir())
    lists = []
    for n in range(processes):
        turned = names[n * 3 :] + names[: n * 3]
        lists.append([str(folder / name) for name in (turned if n % 2 == 0 else turned[::-1])[:-1]])
    assert set().union(*lists) == {str(folder / name) for name in names}
    return lists


def _run_together(db: str, lists: list[list[str]], tmp_path: Path) -> list[subprocess.CompletedProcess[str]]:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    procs = [
        subprocess.Popen(
            [sys.executable, "-m", "tally", "analyze", *files, "--db", db, "--only", "quotes"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
            cwd=tmp_path,
        )
        for files in lists
    ]
    done = []
    for proc in procs:
        out, err = proc.communicate(timeout=600)
        done.append(subprocess.CompletedProcess(proc.args, proc.returncode, out, err))
    return done


def _articles(store: Store) -> dict[str, dict[str, object]]:
    return {a.id: a.to_json_dict() for a in store.iter_articles()}


@pytest.mark.model
@pytest.mark.parametrize(
    ("db", "processes"),
    [
        ("sqlite", 2),
        pytest.param("postgresql", 2, marks=pytest.mark.postgresql),
        pytest.param("postgresql", 4, marks=pytest.mark.postgresql),
    ],
    indirect=["db"],
)
def test_concurrency_analyze_processes_share_one_database(db, processes, tmp_path, nlp):
    lists = _inputs(tmp_path, processes)
    runs = _run_together(db, lists, tmp_path)
    for run in runs:
        assert run.returncode == 0, run.stderr[-2000:]
        assert "Traceback" not in run.stderr and "error" not in run.stderr.lower(), run.stderr[-2000:]

    with tally.Corpus(tmp_path / "one-process.db") as reference:  # the same files, one process
        reference.add_files(sorted({f for files in lists for f in files}), only=["quotes"])
        expected = _articles(reference.store)

    store = Store(db)
    try:
        stored = _articles(store)
        assert stored.keys() == expected.keys()  # nothing lost, nothing twice
        for article_id, article in expected.items():
            got = dict(stored[article_id])
            got["source"] = {**got["source"], "path": article["source"]["path"]}  # whichever process won
            assert got == article
        counts = store.counts()
        assert counts["articles"] == len(REPORTS)  # the copy of a.txt is a.txt's article
        assert counts["quotes"] == sum(len(a["quotes"]) for a in expected.values()) > 0
        # every article linked once, and the incremental links of the racing runs equal a full relink
        with store.engine.connect() as conn:
            from sqlalchemy import func, select

            from tally.store import link_schema

            linked = conn.execute(select(func.count()).select_from(link_schema.link_articles)).scalar()
        assert linked == len(REPORTS)
        links = (load_claims(store), load_event_clusters(store), load_corpus_entities(store))
        assert any(e["articles"] > 1 for e in links[2]), "the reports share actors to link"
        relink(store)
        assert (load_claims(store), load_event_clusters(store), load_corpus_entities(store)) == links
    finally:
        store.close()


def test_concurrency_store_errors_show_no_sql_parameters_or_text(db):
    secret = "Nobody should read this sentence in an error message."
    text = f"Maria Kalesnikava was detained. {secret}"
    article = Article(
        id="f" * 64,
        text=text,
        entities=[  # two records with one id: the database refuses the second
            Entity(id="e1", name="Maria Kalesnikava", type="PERSON", mentions=[(0, 17)]),
            Entity(id="e1", name="Kalesnikava", type="PERSON", mentions=[(6, 17)]),
        ],
    )
    store = Store(db)
    with pytest.raises(StoreError) as caught:
        store.add_article(article)
    message = str(caught.value)
    assert message.startswith("cannot store article ffffffffffff: database error (")
    assert "\n" not in message
    for leak in (secret, "Kalesnikava", "INSERT", "%(", "parameters"):
        assert leak not in message
    assert store.counts()["articles"] == 0  # the whole article was rolled back
    store.close()


def test_concurrency_password_is_masked_when_the_server_cannot_be_reached():
    with pytest.raises(StoreError) as caught:
        Store("postgresql://ana:s3cret-pw@127.0.0.1:1/news?connect_timeout=2")
    assert "s3cret-pw" not in str(caught.value)
    assert str(caught.value).startswith("cannot open database postgresql+psycopg://ana:***@127.0.0.1:1/news")
    assert json.dumps(str(caught.value))  # one plain line


def test_concurrency_a_new_sqlite_file_locked_at_open_is_opened_when_free(tmp_path, monkeypatch):
    """Two processes opening one new SQLite file at once: the one told "database is locked"
    before any busy wait tries again instead of failing (seen once in CI)."""
    from tally.errors import StoreError
    from tally.store.sql import Store

    real, calls = Store.migrate, []

    def locked_once(self: Store) -> int:
        calls.append(1)
        if len(calls) == 1:
            raise StoreError("database error (OperationalError): database is locked")
        return real(self)

    monkeypatch.setattr(Store, "migrate", locked_once)
    store = Store(tmp_path / "new.db")
    assert len(calls) == 2 and store.schema_version() > 0


def test_concurrency_other_errors_at_open_are_not_retried(tmp_path, monkeypatch):
    # guard: only the lock is waited out; any other error at open is reported at once
    from tally.errors import StoreError
    from tally.store.sql import Store

    calls = []

    def broken(self: Store) -> int:
        calls.append(1)
        raise StoreError("database error (OperationalError): no such table: tally_meta")

    monkeypatch.setattr(Store, "migrate", broken)
    with pytest.raises(StoreError, match="cannot open database"):
        Store(tmp_path / "new.db")
    assert len(calls) == 1
