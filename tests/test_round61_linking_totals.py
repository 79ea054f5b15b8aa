"""A grown corpus entity is updated from its totals, not from every one of its forms (round 61, issue 16).

An update that adds members to a stored entity computed its name, type and id from the member count
of every one of its forms, its roles from every member with a role and its notes' order from every
form's id: "Amnesty International" named in articles of forty countries is forty forms, and each
update that named it again read all forty. The entity now carries those sums
(``corpus_entity_totals``, migration 11), and the update reads the entity's totals and the forms that
grew. The names, countries and roles below are made up for these tests.
"""

from __future__ import annotations

import json

import pytest
from sqlalchemy import text

from tally.link import load_corpus_entities, relink, update_links
from tally.store import Store
from tally.store.migrations import LATEST
from tests._linkdata import assert_batches_link_as_relink, link_tables_digest, make_article, spy_on
from tests.conftest import second_database

#: country codes for the places of the articles (any code will do: a form is a name in one country)
_CODES = [f"{a}{b}" for a in "ABCDEFGH" for b in "JKLMNP"]


def _article(n: int, country: int, name: str = "Amnesty International", **extra) -> object:  # type: ignore[no-untyped-def]
    place = f"Provinceville{country}"
    text_ = f"{name} said {n + 2} people were held in {place}, report {n}."
    return make_article(
        text_,
        outlet=f"Outlet {n % 3}",
        published=extra.pop("published", f"2021-03-{n % 28 + 1:02d}"),
        entities=[{"name": name, "type": "ORG", **extra}],
        places=[{"name": place, "kind": "country", "country": _CODES[country], "lat": 1.0, "lon": 2.0}],
    )


def _forms_read(monkeypatch) -> list[str]:  # type: ignore[no-untyped-def]
    """The stored forms whose rows a link step decodes (a hook on ``form_view``)."""
    read: list[str] = []

    def hooked(fid, data):  # type: ignore[no-untyped-def]
        read.append(fid)
        return original(fid, data)

    original = spy_on(monkeypatch, "form_view", hooked)
    return read


def _one_more_article_reads(tmp_path, monkeypatch, countries: int) -> tuple[list[str], dict]:  # type: ignore[no-untyped-def]
    """An entity of *countries* forms, two members each; one more article in the first country."""
    store, full = Store(tmp_path / f"s{countries}.db"), Store(tmp_path / f"f{countries}.db")
    articles = [_article(n, n % countries) for n in range(2 * countries)]
    for article in articles:
        store.add_article(article)
    update_links(store)
    read = _forms_read(monkeypatch)
    new = _article(1000, 0)
    store.add_article(new)
    update_links(store)
    read = list(read)  # not the relink's below
    for article in [*articles, new]:
        full.add_article(article)
    relink(full)
    assert link_tables_digest(store) == link_tables_digest(full)
    with store.engine.connect() as conn:
        (row,) = conn.execute(text("SELECT data FROM corpus_entity_totals")).all()
    store.close()
    full.close()
    return read, json.loads(row[0])


def test_round61_a_grown_entity_of_many_forms_reads_its_grown_form_only(tmp_path, monkeypatch):
    """One more article naming "Amnesty International" in one of 8 or of 30 countries decodes that
    country's form only (before: every form of the entity, 8 and 30), and the tables are a full
    relink's."""
    for countries in (8, 30):
        read, totals = _one_more_article_reads(tmp_path, monkeypatch, countries)
        assert len(read) == 1, (countries, len(read))
        assert totals["names"] == {"Amnesty International": 2 * countries + 1}
        assert len(totals["noted"]) == countries  # every form has two members or more


def test_round61_roles_first_met_and_the_longer_kept_as_a_relink_does(tmp_path):
    """Roles added to a grown entity by articles published earlier and later: each folded role is
    written as first met (by date), and a shorter role that ends a longer one is left out."""
    batches = [
        [_article(0, 0, roles=["spokesman"], published="2021-03-10"), _article(1, 1, published="2021-03-11")],
        [_article(2, 0, roles=["Spokesman", "press office"], published="2021-03-01")],
        [_article(3, 1, roles=["interior ministry spokesman"], published="2021-03-20"), _article(4, 2)],
        [_article(5, 2, roles=["Press Office"], published="2021-02-01")],
    ]
    step, full = Store(tmp_path / "step.db"), Store(tmp_path / "full.db")
    assert_batches_link_as_relink(step, full, batches)
    (entity,) = load_corpus_entities(step)
    assert entity["roles"] == ["Press Office", "interior ministry spokesman"]
    step.close()
    full.close()


@pytest.mark.own_database
def test_round61_a_store_linked_before_is_migrated_and_links_as_a_new_one(db, tmp_path, request):
    """A store linked at version 10 (no totals) is given its entities' totals when opened, equal to
    those the link step writes; its next update equals a full relink (SQLite and PostgreSQL)."""
    first = [_article(n, n % 4) for n in range(8)] + [_article(8, 0, name="Hengaw", roles=["monitor"])]
    second = [_article(n, n % 5) for n in range(9, 14)] + [_article(14, 3, name="Hengaw")]
    old = Store(db)
    for article in first:
        old.add_article(article)
    update_links(old)
    linked = link_tables_digest(old)
    with old.transaction("links") as conn:
        conn.execute(text("DROP TABLE corpus_entity_totals"))
        conn.execute(text("UPDATE tally_meta SET value = '10' WHERE key = 'schema_version'"))
    old.close()
    old = Store(db)  # opening migrates it
    assert old.schema_version() == LATEST
    assert link_tables_digest(old) == linked
    other = second_database(db, tmp_path, request)
    full = Store(next(other))
    for article in second:
        old.add_article(article)
    update_links(old)
    for article in first + second:
        full.add_article(article)
    relink(full)
    assert link_tables_digest(old) == link_tables_digest(full)
    old.close()
    full.close()
    next(other, None)
