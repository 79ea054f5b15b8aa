"""Round 43 (issue 16): the link step in a process of its own, so the analysing process keeps none of its heap.

A link step leaves about a hundred of pymalloc's arenas held in the process that ran it, and the
next analysis started from them (README "What the analysis peak carries, forty-second round").
:meth:`tally.Corpus.link` now links in a new interpreter (:mod:`tally.link.apart`) when at least
``LINK_APART_MIN`` articles wait: the link tables are the same as in the process, on SQLite and
PostgreSQL; the child loads no spaCy model; its failure is a :class:`tally.LinkError` with the
reason and a non-zero exit of ``tally analyze``; a child killed mid-way keeps the steps it
committed and the next link goes on from there; ``tally analyze`` prints what it printed.
"""

from __future__ import annotations

import json
import logging
import random
import re
import subprocess
import sys

import pytest
from sqlalchemy import text

import tally.link.apart as apart
from tally.corpus import Corpus
from tally.errors import LinkError
from tally.link import update_links
from tally.store import Store
from tests._linkdata import link_state, link_tables_digest
from tests.conftest import copy_seeds, second_database
from tests.test_link_round10 import _article


def _articles(count: int, seed: int = 43) -> list:
    rng = random.Random(seed)
    return [_article(n, rng) for n in range(count)]


@pytest.mark.parametrize("batch", [None, 7])
def test_link_round43_apart_links_what_the_process_links(db, tmp_path, request, batch):
    """Two batches of articles linked in the process and apart (in steps of *batch*): the same
    link tables row for row, the same counts reported."""
    articles = _articles(40)
    other = second_database(db, tmp_path, request)
    here, there = Store(db), Store(next(other))
    for part in (articles[:25], articles[25:]):
        for article in part:
            here.add_article(article)
            there.add_article(article)
        mine = update_links(here, batch=batch)
        theirs = apart.update_links_apart(there, batch=batch)
        assert theirs.apart_peak_mb > 0 and mine.apart_peak_mb == 0
        theirs.apart_peak_mb = 0.0
        if batch is None:
            assert theirs == mine
        else:  # steps take articles in the order they were stored, to the second: the two stores'
            # steps may split them apart differently (their counts differ), the links may not
            assert (theirs.articles_linked, theirs.corpus_entities, theirs.claims, theirs.event_clusters) == (
                mine.articles_linked,
                mine.corpus_entities,
                mine.claims,
                mine.event_clusters,
            )
        assert link_tables_digest(there) == link_tables_digest(here)
        assert link_state(there) == link_state(here)
    here.close()
    there.close()
    next(other, None)


def test_link_round43_child_loads_no_model(tmp_path):
    """The child, run as the parent runs it, links and loads no spaCy model (it reports how many
    its model loader holds), nor the gazetteer, nor imports the spacy library (round 64)."""
    store = Store(tmp_path / "a.db")
    for article in _articles(5):
        store.add_article(article)
    request = {"url": str(store.engine.url), "full": False, "batch": None, "log_level": logging.WARNING}
    done = subprocess.run(
        apart._child_command(),
        input=json.dumps(request) + "\n",
        capture_output=True,
        text=True,
        env=apart._child_env(),
        check=True,
    )
    last = json.loads(done.stdout.splitlines()[-1])
    assert last["models_loaded"] == 0 and last["gazetteers_loaded"] == 0
    assert last["spacy_imported"] is False
    assert last["report"]["articles_linked"] == 5 and last["peak_mb"] > 0
    store.close()


def test_link_round43_child_error_is_a_link_error(tmp_path):
    """A child that cannot link says why, as the parent's LinkError; nothing was linked."""
    store = Store(tmp_path / "a.db")
    for article in _articles(3):
        store.add_article(article)
    with store.engine.begin() as conn:  # a database this tally cannot open: the child refuses it
        conn.execute(text("UPDATE tally_meta SET value = '999' WHERE key = 'schema_version'"))
    with pytest.raises(
        LinkError, match=r"in a process of its own failed: StoreError: .*newer than this tally"
    ):
        apart.update_links_apart(store)
    with store.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM link_articles")).scalar() == 0
    store.close()


_ONE_STEP_THEN_KILLED = """
import json, os, signal, sys
from tally.link import incremental
from tally.store import Store
request = json.loads(sys.stdin.readline())
store = Store(request["url"])
incremental._update_step(store, full=False, limit=4)
os.kill(os.getpid(), signal.SIGKILL)
"""


def test_link_round43_killed_child_keeps_its_steps_and_the_next_link_resumes(tmp_path, monkeypatch):
    articles = _articles(20)
    corpus, whole = Corpus(tmp_path / "a.db"), Store(tmp_path / "b.db")
    for article in articles:
        corpus.store.add_article(article)
        whole.add_article(article)
    update_links(whole)
    monkeypatch.setattr(apart, "_child_command", lambda: [sys.executable, "-c", _ONE_STEP_THEN_KILLED])
    with pytest.raises(LinkError, match="killed by signal 9; the steps it committed are kept"):
        corpus.link(apart=True)
    with corpus.store.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM link_articles")).scalar() == 4
    monkeypatch.undo()
    assert corpus.link(apart=True).articles_linked == 16
    assert link_tables_digest(corpus.store) == link_tables_digest(whole)
    corpus.close()
    whole.close()


def test_link_round43_child_logs_go_through_the_parents_loggers(tmp_path, caplog):
    """The child's log records are logged again by the parent's loggers: the lines of a link in
    the process."""
    logged = []
    for name, link in (("a.db", update_links), ("b.db", apart.update_links_apart)):
        store = Store(tmp_path / name)
        for article in _articles(6):
            store.add_article(article)
        caplog.clear()
        with caplog.at_level(logging.INFO, logger="tally"):
            link(store, batch=4)
        # the blocks a step recomputes depend on which articles it took, in the order they were
        # stored to the second, which two stores may split apart differently
        logged.append(
            [
                (r.name, r.levelno, re.sub(r"\d+ blocks", "_ blocks", r.getMessage()))
                for r in caplog.records
                if r.name != apart.__name__
            ]
        )
        store.close()
    assert logged[0] == logged[1]
    assert [m for _, _, m in logged[1]][0].startswith("linked 4 articles")


def test_link_round43_when_corpus_link_goes_apart(tmp_path, monkeypatch):
    """Apart from LINK_APART_MIN articles waiting (all of them on a full link), never for a database
    in memory or with TALLY_LINK_IN_PROCESS=1."""
    monkeypatch.setattr(apart, "LINK_APART_MIN", 5)
    monkeypatch.delenv(apart.IN_PROCESS_ENV, raising=False)
    store = Store(tmp_path / "a.db")
    articles = _articles(9)
    for article in articles[:4]:
        store.add_article(article)
    assert apart.waiting(store) == 4 and not apart.links_apart(store)
    store.add_article(articles[4])
    assert apart.links_apart(store)
    monkeypatch.setenv(apart.IN_PROCESS_ENV, "1")
    assert not apart.links_apart(store)
    monkeypatch.setenv(apart.IN_PROCESS_ENV, "0")
    assert apart.links_apart(store)
    update_links(store)
    assert apart.waiting(store) == 0 and not apart.links_apart(store)
    assert apart.waiting(store, full=True) == 5 and apart.links_apart(store, full=True)
    store.close()
    memory = Store("sqlite://")
    for article in articles:
        memory.add_article(article)
    assert apart.waiting(memory) == 9 and not apart.links_apart(memory)
    memory.close()


@pytest.mark.model
def test_link_round43_analyze_prints_and_links_the_same(cli_runner, tmp_path, monkeypatch):
    """``tally analyze`` linking apart prints what it printed linking in the process, and stores
    the same links; a failing child makes it exit 1 with the reason."""
    from tally.cli import cli

    seeds = copy_seeds(tmp_path / "seeds")
    calls: list[int] = []
    real = apart.update_links_apart

    def counted(*args, **kwargs):  # type: ignore[no-untyped-def]
        calls.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(apart, "update_links_apart", counted)
    monkeypatch.setattr(apart, "LINK_APART_MIN", 1)
    monkeypatch.delenv(apart.IN_PROCESS_ENV, raising=False)
    split = cli_runner.invoke(cli, ["analyze", str(seeds), "--db", str(tmp_path / "apart.db")])
    assert split.exit_code == 0, split.output
    assert calls == [1]
    monkeypatch.setenv(apart.IN_PROCESS_ENV, "1")
    plain = cli_runner.invoke(cli, ["analyze", str(seeds), "--db", str(tmp_path / "plain.db")])
    assert plain.exit_code == 0, plain.output
    assert calls == [1]

    def same(output: str) -> str:
        # the time line is centred: "11.4 s" sits one space further left than "1.3 s"
        return re.sub(r" *\d+\.\d s *", "_ s", output).replace("apart.db", "plain.db")

    assert same(split.output) == same(plain.output)
    assert "linked: " in plain.output
    stores = Store(tmp_path / "apart.db"), Store(tmp_path / "plain.db")
    assert link_tables_digest(stores[0]) == link_tables_digest(stores[1])
    for store in stores:
        store.close()

    monkeypatch.delenv(apart.IN_PROCESS_ENV)
    monkeypatch.setattr(apart, "_child_command", lambda: [sys.executable, "-c", "raise SystemExit(2)"])
    failed = cli_runner.invoke(cli, ["analyze", str(seeds), "--db", str(tmp_path / "failed.db")])
    assert failed.exit_code == 1
    assert "in a process of its own failed (exit status 2)" in failed.output
