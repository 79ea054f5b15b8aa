"""Incremental linking, round 25: a form that only gained members costs its new members.

"Iran" or "Hengaw", named again in every batch, is one name form with a
member per article. An update that adds members to it updated its corpus
entity from every member key of the form and found the entity and the
entity's forms through every member, so each batch read more rows as the
corpus grew. Migration 10 keeps each form's member count and two smallest
members on the form's row; an update reads those, the entity of the smallest
member and the forms named in the entity's evidence. These tests count the
member rows an update reads (not time): the same whether the form has 4
members or 40; check that the columns are kept by updates, a relinked article
and the migration; and that records equal a full relink (SQLite and
PostgreSQL).
"""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select, text

import tally.link.rows as link_rows
from tally.link import relink, update_links
from tally.link.incremental import relink_article
from tally.records import Article
from tally.store import Store
from tally.store import link_schema as ls
from tests._linkdata import IRAN, link_state, make_article, spy_on

#: the tables whose rows grow with a form's members
_MEMBER_TABLES = ("link_entity_views", "corpus_entity_members")


def _article(n: int, extra: list[dict] | None = None) -> Article:
    """A bulletin naming the group as "Iran Human Rights (IHR)" (even *n*) or "IHR" (odd): one entity, two forms."""
    name = "Iran Human Rights" if n % 2 == 0 else "IHR"
    return make_article(
        f"{name} said {n + 3} people were held in Zahedan, bulletin {n}.",
        outlet="IranWire",
        published=f"2022-{1 + n % 12:02d}-{1 + n % 27:02d}",
        entities=[
            {"name": name, "type": "ORG", "aliases": ["IHR"] if n % 2 == 0 else [], "roles": []},
            *(extra or []),
        ],
        places=[IRAN],
    )


def _member_rows_read(store: Store, monkeypatch: pytest.MonkeyPatch, article: Article) -> int:
    """Member rows (article entities' views and corpus members) read by the update linking *article*."""
    counted = {"rows": 0}
    real = link_rows._in_chunks

    def spy(conn, query, column, keys):  # type: ignore[no-untyped-def]
        sql = str(query)
        for row in real(conn, query, column, keys):
            counted["rows"] += any(table in sql for table in _MEMBER_TABLES)
            yield row

    spy_on(monkeypatch, "_in_chunks", spy)
    store.add_article(article)
    update_links(store)
    spy_on(monkeypatch, "_in_chunks", real)
    return counted["rows"]


def _base(path: str, size: int) -> Store:
    store = Store(path)
    for n in range(size):
        store.add_article(_article(n))
    update_links(store)
    return store


def test_link_round25_a_grown_form_reads_the_same_member_rows_at_any_size(tmp_path, monkeypatch):
    """Adding one article naming "Iran Human Rights" to 4 and to 40 stored ones reads as many member rows."""
    read = {}
    for size in (4, 40):
        store = _base(str(tmp_path / f"base{size}.db"), size)
        read[size] = _member_rows_read(store, monkeypatch, _article(100))
        (entity,) = link_state(store)[2]
        assert entity["articles"] == size + 1
        assert any("article entities" not in e["evidence"] for e in entity["evidence"])  # two forms' edge
        store.close()
    assert read[4] == read[40], read
    assert read[40] < 40, read  # the new members and a few lookups, not the form's 41 members


def test_link_round25_form_columns_follow_updates_and_a_relinked_article(db):
    """Each form's count and smallest members are its members', after updates and a relinked article."""
    store = Store(db)
    for n in (7, 4, 9):
        store.add_article(_article(n))
    update_links(store)
    for n in (1, 2):  # the smallest member changes with the article that sorts first
        store.add_article(_article(n))
    update_links(store)
    first = store.article_ids()[0]
    relink_article(store, first)
    with store.transaction("links") as conn:
        vc, fc = ls.link_entity_views.c, ls.link_forms.c
        members: dict[str, list[str]] = {}
        for form, member in conn.execute(select(vc.form, vc.member)):
            members.setdefault(form, []).append(member)
        stored = {f: (n, json.loads(s)) for f, n, s in conn.execute(select(fc.form, fc.members, fc.smallest))}
    assert stored == {f: (len(m), sorted(m)[:2]) for f, m in members.items()}
    assert sorted(n for n, _ in stored.values()) == [2, 3]
    store.close()


def test_link_round25_migration_10_fills_the_columns_and_links_on(db):
    """A database linked before migration 10 gets the columns filled, then links the next batch as a
    database linked from nothing does (and a full relink)."""
    from tally.store.migrations import m0010_form_members

    store = Store(db)
    for n in range(6):
        store.add_article(
            _article(n, [{"name": "Hengaw", "type": "ORG", "roles": ["monitor"]}] if n == 2 else None)
        )
    update_links(store)
    with store.transaction("links") as conn:
        expected = {
            f: (n, s) for f, n, s in conn.execute(text("SELECT form, members, smallest FROM link_forms"))
        }
        conn.execute(text("UPDATE link_forms SET members = 0, smallest = '[]'"))  # as migration 10 finds them
        m0010_form_members.upgrade(conn)
        m0010_form_members.upgrade(conn)  # run again: the same
        filled = {
            f: (n, s) for f, n, s in conn.execute(text("SELECT form, members, smallest FROM link_forms"))
        }
    assert filled == expected
    assert max(n for n, _ in filled.values()) == 3 and all(n >= 1 for n, _ in filled.values())
    store.add_article(_article(50))
    update_links(store)
    step = link_state(store)
    relink(store)
    assert link_state(store) == step
    store.close()
