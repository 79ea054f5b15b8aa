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
