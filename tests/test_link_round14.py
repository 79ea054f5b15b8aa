"""Incremental linking, round 14: the member lookups of an update read indexes, not table rows.

An update that grows stored entities asks, for the forms it touches, their
member keys (``link_entity_views`` by form) and, for the entities it
updates, their members (``corpus_entity_members`` by entity). Both lists
grow with the corpus ("U.S." named in thousands of articles), and each row
found through a one-column index cost a lookup of the table row for the
other columns. Migration 9 makes both indexes carry those columns, so the
database answers from the index alone. Records are unchanged: the tests of
the earlier rounds compare updates with a full relink, and here the
migration is checked on an old-style database, SQLite's plan is checked to
read the index alone, and a linked database migrated from version 8 links
the next batch as a new one does.
"""

from __future__ import annotations

import random

import pytest
from sqlalchemy import inspect, text

from tally.link import load_claims, load_corpus_entities, load_event_clusters, update_links
from tally.store import Store
from tally.store.migrations import LATEST
from tests.test_link_round11 import _spread_article

#: the columns each index must carry (the lookup column first)
COVERING = {
    "link_entity_views": ["form", "member", "article_id"],
    "corpus_entity_members": ["corpus_entity_id", "member"],
}
#: the one-column indexes of migration 7 that the covering ones replace
OLD = {
    "link_entity_views": ("ix_link_entity_views_form", "form"),
    "corpus_entity_members": ("ix_corpus_entity_members_entity", "corpus_entity_id"),
}


def _index_columns(conn, table: str) -> list[list[str]]:
    return [list(index["column_names"]) for index in inspect(conn).get_indexes(table)]


def _to_version_8(conn) -> None:
    """Make the indexes what migrations 2-8 left: one column each, under their old names."""
    for table, columns in COVERING.items():
        for index in inspect(conn).get_indexes(table):
            if list(index["column_names"]) == columns:
                conn.execute(text(f"DROP INDEX {index['name']}"))
        name, column = OLD[table]
        conn.execute(text(f"CREATE INDEX IF NOT EXISTS {name} ON {table} ({column})"))


def _links(store: Store) -> tuple:
    return load_claims(store), load_event_clusters(store), load_corpus_entities(store)


def test_link_round14_new_database_has_covering_member_indexes(db):
    """A new database (SQLite and PostgreSQL) is at version 9 with both covering indexes."""
    store = Store(db)
    assert LATEST >= 9
    with store.transaction("links") as conn:
        for table, columns in COVERING.items():
            found = _index_columns(conn, table)
            assert columns in found, (table, found)
            assert [columns[0]] not in found, f"{table}: the one-column index is left beside the covering one"
    store.close()


def test_link_round14_migration_9_replaces_the_one_column_indexes(db):
    """A database at version 8 (its one-column indexes) gets the covering ones, the old ones dropped."""
    from tally.store.migrations import m0009_covering_member_indexes

    store = Store(db)
    with store.transaction("links") as conn:
        _to_version_8(conn)
        for table, columns in COVERING.items():
            assert columns not in _index_columns(conn, table)
        m0009_covering_member_indexes.upgrade(conn)
        m0009_covering_member_indexes.upgrade(conn)  # run again: nothing left to do, no error
        for table, columns in COVERING.items():
            found = _index_columns(conn, table)
            assert columns in found, (table, found)
            assert [OLD[table][1]] not in found
    store.close()


@pytest.mark.parametrize(
    "query",
    [
        # the member keys of the forms an update grows (_grow_stored)
        "SELECT form, member, article_id FROM link_entity_views WHERE form IN ('a', 'b')",
        # the forms of the entities an update grows (_grown_entities)
        "SELECT DISTINCT corpus_entity_members.corpus_entity_id, link_entity_views.form "
        "FROM corpus_entity_members JOIN link_entity_views "
        "ON link_entity_views.member = corpus_entity_members.member "
        "WHERE corpus_entity_members.corpus_entity_id IN ('a', 'b')",
    ],
)
def test_link_round14_sqlite_reads_member_lookups_from_the_index(tmp_path, query):
    """SQLite answers the lookup column's side of each query from the covering index alone."""
    store = Store(tmp_path / "plan.db")
    with store.transaction("links") as conn:
        plan = " ".join(row[-1] for row in conn.execute(text(f"EXPLAIN QUERY PLAN {query}")))
    store.close()
    assert "COVERING INDEX" in plan, plan


def test_link_round14_migrated_database_links_as_a_new_one(tmp_path):
    """Linked at version 8, migrated, then a second batch: the links equal those of a database that
    never had the old indexes, and a full relink's."""
    rng = random.Random(14)
    first = [_spread_article(n, rng) for n in range(8)]
    second = [_spread_article(n, rng) for n in range(8, 14)]
    old, new, full = (Store(tmp_path / f"{name}.db") for name in ("old", "new", "full"))
    with old.transaction("links") as conn:
        _to_version_8(conn)
        conn.execute(text("UPDATE tally_meta SET value = '8' WHERE key = 'schema_version'"))
    for store in (old, new):
        for article in first:
            store.add_article(article)
        update_links(store)
    old.close()
    old = Store(tmp_path / "old.db")  # opening migrates it to the latest version
    assert old.schema_version() == LATEST
    with old.transaction("links") as conn:
        assert COVERING["link_entity_views"] in _index_columns(conn, "link_entity_views")
    for store in (old, new):
        for article in second:
            store.add_article(article)
        update_links(store)
    for article in first + second:
        full.add_article(article)
    update_links(full)
    assert _links(old) == _links(new) == _links(full)
    for store in (old, new, full):
        store.close()


def test_link_round14_an_ambiguous_surname_still_found_in_a_grown_entity(tmp_path, monkeypatch):
    """Guard (passes before too): the evidence of a grown entity is parsed for the ambiguous-surname
    note only when its text names that rule; a bare "Raisi" with two full names keeps the note
    when it gains members, and every update equals a full relink."""
    import tally.link.grown as link_grown
    from tests._linkdata import people_article, spy_on

    found: list[bool] = []
    real = link_grown._grown_entity

    # round 61: a grown entity is updated from its totals and stored evidence (_grown_entity), which
    # keeps the note; it was found before by _grown_entities, which no longer parses the evidence
    def spy(*args, **kwargs):  # type: ignore[no-untyped-def]
        grown = real(*args, **kwargs)
        if grown is not None:
            found.append(any(e.get("rule") == "ambiguous_surname" for e in grown[0].evidence))
        return grown

    spy_on(monkeypatch, "_grown_entity", spy)
    batches = [
        [["Ebrahim Raisi", "Amnesty International"], ["Ali Raisi"], ["Raisi", "Amnesty International"]],
        [["Raisi"], ["Ebrahim Raisi"], ["Amnesty International"]],
        [["Raisi", "Ali Raisi"], ["Raisi"]],
    ]
    step, full = Store(tmp_path / "step.db"), Store(tmp_path / "full.db")
    n = 0
    for batch in batches:
        for names in batch:
            article = people_article(n, names, outlets=3)
            step.add_article(article)
            full.add_article(article)
            n += 1
        update_links(step)
        from tally.link import relink

        relink(full)
        assert _links(step) == _links(full), f"after {n} articles"
    assert any(found), "no grown entity was found with an ambiguous surname"
    notes = [e for entity in load_corpus_entities(step) for e in entity["evidence"]]
    assert any(e["rule"] == "ambiguous_surname" for e in notes)
    step.close()
    full.close()
