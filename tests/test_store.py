"""The store on SQLite and on PostgreSQL: round trips, idempotent re-ingest, resume after a killed run, migrations."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import inspect, text

import tally
from tally.store import Store
from tally.store.migrations import LATEST
from tests.conftest import copy_seeds

pytestmark = pytest.mark.model


def _scalar(db: str, sql: str) -> object:
    store = Store(db)
    try:
        with store.engine.connect() as conn:
            return conn.execute(text(sql)).scalar()
    finally:
        store.close()


def _copy_examples(tmp_path: Path) -> Path:
    folder = copy_seeds(tmp_path / "articles")
    (folder / "002_minsk.txt").write_text(
        " date 2020-08-12\nRiot police in Minsk detained more than 700 people on Monday night, "
        "the Interior Ministry said. “We will not allow chaos,” Interior Minister Yuri Karayev said.\n",
        encoding="utf-8",
    )
    return folder


def test_store_roundtrip_keeps_every_record(seed_articles, db):
    store = Store(db)
    article = seed_articles["001"]
    assert store.add_article(article, raw_hash="x")
    back = store.get_article(article.id)
    assert back is not None
    assert back.to_json_dict() == article.to_json_dict()


def test_store_records_schema_version_and_plain_tables(db):
    store = Store(db)
    assert store.schema_version() == LATEST
    found = inspect(store.engine)
    tables = set(found.get_table_names())
    assert {"articles", "entities", "quotes", "figures", "events", "places", "dates", "mentions"} <= tables
    columns = {c["name"] for c in found.get_columns("quotes")}
    assert {"article_id", "id", "start", "end", "speaker", "evidence_start", "evidence_end"} <= columns
    assert [fk["referred_table"] for fk in found.get_foreign_keys("quotes")] == ["articles"]
    store.close()


def test_store_migrations_run_on_an_empty_database(request, tmp_path, db):
    """Every migration runs on a database with no tables, SQLite and PostgreSQL alike."""
    if db.startswith("postgresql"):
        from tests import _pg

        with _pg.database(request.getfixturevalue("pg_server"), migrated=False) as empty:
            assert _scalar(empty, "select count(*) from tally_meta") == 1
            assert _scalar(empty, "select value from tally_meta where key = 'schema_version'") == str(LATEST)
    else:
        empty = str(tmp_path / "empty.db")
        assert _scalar(empty, "select value from tally_meta where key = 'schema_version'") == str(LATEST)


def test_store_analysing_the_same_files_twice_adds_nothing(tmp_path, db):
    folder = _copy_examples(tmp_path)
    with tally.Corpus(db) as corpus:
        first = corpus.add_files([folder])
        counts = corpus.counts()
        second = corpus.add_files([folder])
        assert corpus.counts() == counts
    assert (first.stored, second.stored, second.unchanged) == (3, 0, 3)


def test_store_resumes_after_a_killed_run(tmp_path, db, monkeypatch):
    folder = _copy_examples(tmp_path)
    calls = {"n": 0}
    real_add = Store.add_article

    def dying_add(self, article, **kwargs):
        calls["n"] += 1
        if calls["n"] == 2:
            raise KeyboardInterrupt  # the run is killed while storing the second article
        return real_add(self, article, **kwargs)

    monkeypatch.setattr(Store, "add_article", dying_add)
    with pytest.raises(KeyboardInterrupt), tally.Corpus(db) as corpus:
        corpus.add_files([folder])
    monkeypatch.setattr(Store, "add_article", real_add)

    assert _scalar(db, "select count(*) from articles") == 1
    assert _scalar(db, "select count(*) from inputs") == 1
    orphans = "select count(*) from {} where article_id not in (select id from articles)"
    assert all(_scalar(db, orphans.format(t)) == 0 for t in ("inputs", "paragraphs", "entities", "mentions"))

    with tally.Corpus(db) as corpus:
        report = corpus.add_files([folder])
        assert (report.stored, report.unchanged) == (2, 1)
        assert corpus.counts()["articles"] == 3


def test_store_keeps_stored_articles_when_inputs_are_bad(tmp_path, db):
    folder = _copy_examples(tmp_path)
    (folder / "empty.txt").write_text("", encoding="utf-8")
    (folder / "bad.jsonl").write_text(
        '{"text": "Police detained 5 reporters in Hong Kong."}\n{oops\n', encoding="utf-8"
    )
    with tally.Corpus(db) as corpus:
        report = corpus.add_files([folder])
        assert report.stored == 4
        assert sorted(Path(s.path.split(":")[0]).name for s in report.skipped) == ["bad.jsonl", "empty.txt"]
        assert corpus.counts()["articles"] == 4


def test_store_roundtrip_keeps_empty_optional_spans_and_nested_records(db):
    text = "“We will not allow chaos,” an official said. Police detained 12 people."
    article = tally.Article(
        id="a" * 64,
        text=text,
        quotes=[
            tally.Quote(id="q1", kind="direct", start=1, end=25, text=text[1:25], evidence=(0, 44)),
        ],
        events=[
            tally.Event(id="v1", type="COERCE", mode="arrest", trigger=(52, 60), evidence=(45, len(text))),
        ],
    )
    store = Store(db)
    store.add_article(article)
    back = store.get_article(article.id)
    assert back == article
    assert back.quotes[0].speaker_span is None and back.events[0].acled is None


@pytest.mark.own_database
def test_store_migrates_a_database_made_before_place_demonyms(seed_articles, db):
    """A version-2 database (places without ``demonyms``) upgrades in place and reads back."""
    article = seed_articles["001"]
    first = Store(db)
    first.add_article(article)
    with first.engine.begin() as conn:
        conn.execute(text("alter table places drop column demonyms"))
        conn.execute(text("update tally_meta set value='2' where key='schema_version'"))
    first.close()
    store = Store(db)
    back = store.get_article(article.id)
    assert [p.mentions for p in back.places] == [p.mentions for p in article.places]
    assert all(p.demonyms == [] for p in back.places)
    assert store.schema_version() == LATEST
    store.close()
