"""Round 41 (issue 16): a link step's memory bounded by the batch, and given back when the step ends.

An entity named in most articles ("U.S.") lists every edge between its forms in its
evidence, which grows with the corpus (3.4 MB of JSON at 10,000 generated articles).
Every batch grows the largest entities, and :func:`tally.link.grown._grow_stored`
read, updated and held all of their evidence at once, parsed twice over. It now reads
and writes them a few at a time (:data:`~tally.link.grown.GROWN_EVIDENCE_PER_PASS`
characters of evidence a pass), and :func:`~tally.link.grown._grown_entities`
keeps of each entity's evidence only the members it names. The results are those of a
full relink, on SQLite and PostgreSQL. After each step, :func:`tally._gc.give_back_memory`
collects and has glibc return the freed heap to the system.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

import pytest

import tally._gc as tally_gc
import tally.link.entity_rows as link_entity_rows
import tally.link.grown as link_grown
import tally.link.incremental as incremental
from tally.link import update_links
from tally.store import Store
from tests._linkdata import IRAN, make_article, replay_against_relink, spy_on
from tests.conftest import second_database, seeds_on_both_stores
from tests.test_link_round10 import _article


def _sequence(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The order of the grown entities computed (``g``) and the entity rows written (``w``)."""
    calls: list[str] = []
    grown, write = link_grown._grown_entity, link_entity_rows._write_entities

    def grown_spy(*args, **kwargs):  # type: ignore[no-untyped-def]
        found = grown(*args, **kwargs)
        if found is not None:
            calls.append("g")
        return found

    def write_spy(*args, **kwargs):  # type: ignore[no-untyped-def]
        calls.append("w")
        return write(*args, **kwargs)

    spy_on(monkeypatch, "_grown_entity", grown_spy)
    spy_on(monkeypatch, "_write_entities", write_spy)
    return calls


@seeds_on_both_stores(41, 42)
def test_link_round41_grown_entities_one_pass_each_equal_full_relink(
    db, tmp_path, request, monkeypatch, seed
):
    """With a pass of one entity each, every grown entity is written before the next is read, and
    each batch's result equals a full relink."""
    spy_on(monkeypatch, "GROWN_EVIDENCE_PER_PASS", 1)
    calls = _sequence(monkeypatch)
    rng = random.Random(seed)
    articles = [_article(n, rng) for n in range(60)]
    other = second_database(db, tmp_path, request)
    step, full = Store(db), Store(next(other))
    replay_against_relink(step, full, articles, rng)
    step.close()
    full.close()
    next(other, None)
    assert calls.count("g") > 10, calls
    # before: every grown entity of a step was computed, then all were written at once
    assert "gg" not in "".join(calls)


def test_link_round41_passes_are_bounded_by_evidence(tmp_path, monkeypatch):
    """Entities go into passes in order, a pass closing before it would pass the bound; an entity
    larger than the bound is a pass of its own."""
    store = Store(tmp_path / "a.db")
    rng = random.Random(7)
    for n in range(30):
        store.add_article(_article(n, rng))
    update_links(store)
    with store.engine.connect() as conn:
        ec = incremental.ls.corpus_entities.c
        rows = conn.execute(incremental.select(ec.id, ec.evidence)).all()
        ids = sorted(r[0] for r in rows)
        length = {r[0]: len(r[1]) for r in rows}
        bound = max(length.values())
        spy_on(monkeypatch, "GROWN_EVIDENCE_PER_PASS", bound)
        passes = list(link_grown._grown_passes(conn, ids))
        spy_on(monkeypatch, "GROWN_EVIDENCE_PER_PASS", 1)
        singles = list(link_grown._grown_passes(conn, ids))
    assert [i for p in passes for i in p] == ids
    assert all(sum(length[i] for i in p) <= bound for p in passes)
    assert all(sum(length[i] for i in a + b[:1]) > bound for a, b in zip(passes, passes[1:], strict=False))
    assert singles == [[i] for i in ids]
    store.close()


def test_link_round41_each_step_gives_memory_back(tmp_path, monkeypatch):
    """update_links gives the freed heap back after each of its steps."""
    calls: list[int] = []
    monkeypatch.setattr(incremental, "give_back_memory", lambda: calls.append(1) or True)
    store = Store(tmp_path / "a.db")
    for n in range(5):
        store.add_article(
            make_article(
                f"Hengaw said {n + 3} people were held, bulletin {n}.",
                outlet="IranWire",
                published=f"2022-11-{n + 1:02d}",
                entities=[{"name": "Hengaw", "type": "ORG"}],
                places=[IRAN],
            )
        )
    report = update_links(store, batch=2)
    assert report.articles_linked == 5
    assert len(calls) == 3  # steps of 2, 2 and 1
    store.close()


def _rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


@pytest.mark.skipif(not sys.platform.startswith("linux") or tally_gc._TRIM is None, reason="glibc only")
def test_give_back_memory_returns_the_freed_heap():
    """Freed blocks between survivors stay resident until given back (glibc keeps them for reuse)."""
    blocks = [bytes(2000) + i.to_bytes(4, "little") for i in range(40_000)]  # ~80 MB, above pymalloc's sizes
    kept = blocks[::50]
    grown = _rss_mb()
    del blocks
    assert tally_gc.give_back_memory()
    given = _rss_mb()
    assert grown - given > 40, (grown, given)
    assert len(kept) == 800
