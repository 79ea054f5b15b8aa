"""Incremental linking, round 11: a block regrouped by reading only what a change can reach.

Claims and event clusters are regrouped by :func:`tally.link.grouping.replay`,
which reads a block's stored items through a period index (the items whose
period meets a changed group) and the stored groups' members, never the whole
block. Each test checks the result against grouping the whole block anew
(in memory), or an incremental update against a full relink (SQLite and
PostgreSQL).
"""

from __future__ import annotations

import json
import random
from datetime import date, timedelta

import pytest
from sqlalchemy import select, update

import tally.link.blocks as link_blocks
from tally.link import load_claims, load_corpus_entities, load_event_clusters, relink, update_links
from tally.link.claims import figures_compatible
from tally.link.grouping import group, order_key, replay
from tally.link.periods import overlaps
from tally.records import Article
from tally.store import Store
from tally.store import link_schema as ls
from tests._linkdata import BEHBEHAN, IRAN, TEHRAN, make_article, random_link_item, spy_on
from tests.conftest import second_database, seeds_on_both_stores


class _Block:
    """A block's stored items and groups in memory, read as :class:`tally.link.grouping.StoredBlock` reads them."""

    def __init__(self, items: list[dict], old_group: dict[str, str]) -> None:
        self.items = {f"{f['doc']}:{f['figure']}": f for f in items}
        self.old_group = old_group
        self.by_group: dict[str, list[str]] = {}
        for name, gid in old_group.items():
            self.by_group.setdefault(gid, []).append(name)
        self.read: set[str] = set()

    def overlapping(self, period):
        return [n for n, f in self.items.items() if n in self.old_group and overlaps(f["period"], period)]

    def key(self, name):
        f = self.items[name]
        return order_key(len(f["place"]), f["period"], f["doc"], f["figure"])

    def group_of(self, name):
        return self.old_group.get(name)

    def members(self, gid):
        return list(self.by_group[gid])

    def period(self, name):
        period = self.items[name]["period"]
        return tuple(period) if period else None

    def features(self, name):
        self.read.add(name)
        return self.items[name]

    def prepare(self, names):
        pass


def _names(groups: list[list[dict]]) -> set[frozenset[str]]:
    return {frozenset(f"{f['doc']}:{f['figure']}" for f in members) for members in groups}


def _stored_groups(old: list[dict], compatible) -> dict[str, str]:
    """item name -> group id of *old* grouped by *compatible*: what a block stored before."""
    return {
        f"{f['doc']}:{f['figure']}": str(n)
        for n, members in enumerate(group(old, compatible, "figure"))
        for f in members
    }


def _replayed(
    items: list[dict], old: list[dict], compatible, changed: set[str], old_group: dict[str, str] | None = None
) -> tuple[set, _Block]:
    """The block's groups after :func:`replay`: the stored groups it did not replace, and its own.

    *old_group* is what the block stored (by default *old* grouped by *compatible* now); give it
    when the stored groups were made before an entity changed."""
    if old_group is None:
        old_group = _stored_groups(old, compatible)
    stored = _Block(old, old_group)
    fresh = [f for f in items if f"{f['doc']}:{f['figure']}" not in old_group]
    result = replay(fresh, changed, stored, compatible, "figure")
    kept = [
        [stored.items[n] for n in names]
        for gid, names in stored.by_group.items()
        if gid not in result.replaced
    ]
    return _names(kept + result.groups), stored


@pytest.mark.parametrize("seed", range(60))
def test_link_round11_replay_from_the_index_equals_grouping_anew(seed):
    """Replaying a block from its period index, with new items and stored items that compare
    differently now (an event whose actor's entity changed), gives exactly :func:`group`'s groups."""
    rng = random.Random(seed)
    items = [random_link_item(rng, n) for n in range(rng.randint(5, 150))]
    entity = {f["figure"]: rng.choice("ab") for f in items}

    def compatible(a: dict, b: dict) -> bool:
        return figures_compatible(a, b) and (entity[a["figure"]] == entity[b["figure"]] or seed % 2 == 0)

    old = [f for f in items if rng.random() < 0.85]
    moved = {f["figure"] for f in old if rng.random() < 0.04}
    old_group = _stored_groups(old, compatible)  # the stored groups: before the entities changed
    for figure in moved:
        entity[figure] = "c"
    changed = {f"{f['doc']}:{f['figure']}" for f in old if f["figure"] in moved}
    replayed, _ = _replayed(items, old, compatible, changed, old_group)
    assert replayed == _names(group(items, compatible, "figure"))


@pytest.mark.parametrize("seed", range(20))
def test_link_round11_replay_of_one_new_item_reads_a_part_of_a_long_block(seed):
    """One new dated count in a block of 600 stored ones spread over two years reads the items its
    period can reach, not the block: what a batch costs no longer grows with the corpus."""
    rng = random.Random(seed)
    items = [random_link_item(rng, n, spread=730) for n in range(600)]
    new = random_link_item(rng, 600, spread=730)
    new["period"] = [new["period"][0], new["period"][0]] if new["period"] else ["2023-05-01", "2023-05-01"]
    result, stored = _replayed([*items, new], items, figures_compatible, set())
    assert result == _names(group([*items, new], figures_compatible, "figure"))
    assert len(stored.read) * 4 < len(items)


# -- through the store: an incremental update equals a full relink ----------------------
_PEOPLE = [
    ("Ebrahim Raisi", "PERSON", []),
    ("Raisi", "PERSON", []),
    ("Ali Raisi", "PERSON", []),
    ("Narges Mohammadi", "PERSON", []),
    ("Mohammadi", "PERSON", []),
    ("Mujahedin-e Khalq", "ORG", ["MEK"]),
    ("PMOI", "ORG", ["MEK"]),
    ("police", "GROUP", []),
]


def _spread_article(n: int, rng: random.Random) -> Article:
    """Article *n*, published some day in two years: counts and arrests in Iran, Tehran or Behbehan,
    dated to the day, the month or not at all, cited to or done by one of a few chained names."""
    names = rng.sample(_PEOPLE, rng.randint(1, 3))
    day = date(2021, 1, 1) + timedelta(days=rng.randint(0, 700))
    text = f"Report {n} from Iran, Tehran and Behbehan. " + " and ".join(x for x, _, _ in names)
    figures, events = [], []
    for k in range(rng.randint(1, 3)):
        text += f". Some {n * 10 + k + 7} were detained (item {k})"
        when = rng.choice([day.isoformat(), day.isoformat()[:7], None, (day - timedelta(days=3)).isoformat()])
        place = rng.choice(["p1", "p2", "p3"])
        cited = f"e{rng.randint(1, len(names))}" if rng.random() < 0.7 else None
        figures.append(
            {
                "at": f"{n * 10 + k + 7}",
                "value": rng.choice([n * 10 + k + 7, 40, 41]),
                "category": "detained",
                "subject": rng.choice(["people", "students"]),
                "asserted_by": [cited] if cited else [],
                "date": when,
                "place": place,
            }
        )
        events.append(
            {
                "at": f"(item {k})",
                "type": "COERCE",
                "mode": "arrest",
                "place": place,
                "date": when,
                "actor": cited,
            }
        )
    entities = [{"name": x, "type": kind, "aliases": aliases} for x, kind, aliases in names]
    return make_article(
        text + ".",
        outlet=rng.choice(["IranWire", "Hengaw", "IHR", None]),
        published=day.isoformat(),
        entities=entities,
        places=[IRAN, TEHRAN, BEHBEHAN],
        figures=figures,
        events=events,
    )


def _links(store: Store) -> tuple[list, list, list]:
    return load_claims(store), load_event_clusters(store), load_corpus_entities(store)


@seeds_on_both_stores(11, 12)
def test_link_round11_batches_over_two_years_equal_full_relink(seed, db, tmp_path, request, monkeypatch):
    """Random batches of counts and arrests spread over two years, regrouped by replay from the block's
    rows, equal a full relink after every few batches; the later batches decode a part of the blocks."""
    rng = random.Random(seed)
    articles = [_spread_article(n, rng) for n in range(70)]
    replayed: list[tuple[int, int]] = []
    real = link_blocks.replay

    def spy(fresh, changed, stored, compatible, key):
        found = real(fresh, changed, stored, compatible, key)
        replayed.append((len(stored.decoded), len(stored.rows)))
        return found

    spy_on(monkeypatch, "replay", spy)
    other = second_database(db, tmp_path, request)
    step, full = Store(db), Store(next(other))
    start = checkpoint = 0
    while start < len(articles):
        size = rng.randint(1, 5)
        for article in articles[start : start + size]:
            step.add_article(article)
            full.add_article(article)
        replayed.clear()
        update_links(step)
        start += size
        checkpoint += 1
        if checkpoint % 4 == 0 or start >= len(articles):
            relink(full)
            assert _links(step) == _links(full), f"after {start} articles"
    decoded, rows = map(sum, zip(*replayed, strict=True))
    assert decoded < rows, "the last batch decoded every stored item of its blocks"
    step.close()
    full.close()


def test_link_round11_migration_fills_the_order_columns(tmp_path):
    """A database linked before migration 8 gets each item's place depth and period from its features."""
    from tally.store.migrations import m0008_link_periods

    store = Store(tmp_path / "m.db")
    rng = random.Random(3)
    for n in range(6):
        store.add_article(_spread_article(n, rng))
    update_links(store)
    with store.transaction("links") as conn:
        for table in (ls.link_figures, ls.link_events):
            conn.execute(update(table).values(depth=None, period_start=None, period_end=None))
        m0008_link_periods.upgrade(conn)
        for table in (ls.link_figures, ls.link_events):
            for depth, start, end, data in conn.execute(
                select(table.c.depth, table.c.period_start, table.c.period_end, table.c.features)
            ):
                features = json.loads(data)
                assert depth == len(features["place"])
                assert [start, end] == (features["period"] or [None, None])
    store.close()
