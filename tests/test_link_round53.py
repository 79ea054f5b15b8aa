"""Round 53 (issue 16): ``--order published`` of ``scripts/link_phases.py`` and ``link_batches.py``.

A pipeline reads the news as it appears, so its batches are later stretches of time than what it
linked before; the benchmark scripts can take a corpus's articles in that order (by publication
date, then id) as well as in the order they were analysed.
"""

from __future__ import annotations

import random

from tally.store import Store
from tests.test_link_round10 import _article
from tests.test_link_round42 import _link_phases


def test_link_round53_ordered_ids_by_publication_date_then_id(tmp_path):
    rng = random.Random(53)
    articles = [_article(n, rng) for n in range(12)]
    store = Store(str(tmp_path / "a.db"))
    for article in articles:
        store.add_article(article)
    script = _link_phases()
    assert script.ordered_ids(store, "analysed") == store.article_ids()
    published = {a.id: a.source.published or "" for a in articles}
    ordered = script.ordered_ids(store, "published")
    assert sorted(ordered) == sorted(published)
    assert ordered == sorted(published, key=lambda i: (published[i], i))
    store.close()


def _outlets(tmp_path, outlets: dict[str, str]):  # type: ignore[no-untyped-def]
    from sqlalchemy import insert

    from tally.store import link_schema as ls

    store = Store(str(tmp_path / "g.db"))
    rows = [{"article_id": a, "outlet": o, "signature": "[]", "linked_at": "now"} for a, o in outlets.items()]
    with store.engine.begin() as conn:
        conn.execute(insert(ls.link_articles), rows)
    return store


def test_link_round53_a_group_that_gains_an_article_of_its_outlets_reads_as_before(tmp_path):
    """An older article whose republication group gained an article of an outlet it lists already
    has the same representative and the same name: only the new one reads differently."""
    from tally.link.incremental import _regrouped_articles

    store = _outlets(tmp_path, {"a": "Wire", "b": "Wire", "c": "Wire", "d": "Other", "e": ""})
    old = {"a": "a", "b": "a"}
    with store.engine.connect() as conn:
        assert _regrouped_articles(conn, old, old) == set()
        assert _regrouped_articles(conn, old, {**old, "c": "a"}) == {"c"}
        assert _regrouped_articles(conn, old, {**old, "e": "a"}) == {"e"}  # no outlet: no name
        # a new outlet renames the group ("Other / Wire (one text)"): every article of it
        assert _regrouped_articles(conn, old, {**old, "d": "a"}) == {"a", "b", "d"}
        # a new representative: every article of the group has another source key
        assert _regrouped_articles(conn, {"b": "b", "c": "b"}, {"a": "a", "b": "a", "c": "a"}) == {
            "a",
            "b",
            "c",
        }
        # an article that leaves: it, and the others when the group's outlets changed
        assert _regrouped_articles(conn, {"a": "a", "b": "a", "c": "a"}, {"a": "a", "b": "a"}) == {"c"}
        assert _regrouped_articles(conn, {"a": "a", "b": "a", "d": "a"}, {"a": "a", "b": "a"}) == {
            "a",
            "b",
            "d",
        }
    store.close()


def test_link_round53_a_group_that_lost_an_article_no_longer_stored_is_written_again(tmp_path):
    """An article gone from the store may have given the group an outlet: the others are affected."""
    from tally.link.incremental import _regrouped_articles

    store = _outlets(tmp_path, {"a": "Wire", "b": "Wire"})
    with store.engine.connect() as conn:
        assert _regrouped_articles(conn, {"a": "a", "b": "a", "g": "a"}, {"a": "a", "b": "a"}) == {
            "a",
            "b",
            "g",
        }
    store.close()
