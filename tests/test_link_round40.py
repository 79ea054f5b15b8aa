"""Incremental linking, round 40: replay reads a group's span, not each member's period.

:func:`tally.link.grouping.replay` keeps, for each group it compares an item
with, the span its members share (how many, how many undated, the latest
first day, the earliest last day): every member's period meets an item's
exactly when that span does, so a group is turned down in one step whatever
its size. The groups must stay :func:`group`'s, exactly.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

import pytest

from tally.link.claims import figures_compatible
from tally.link.grouping import group
from tally.link.periods import CommonSpan, overlaps
from tests._linkdata import random_link_item
from tests.test_link_round11 import _names, _replayed, _stored_groups


def _period(rng: random.Random) -> tuple[str, str] | None:
    if rng.random() < 0.15:
        return None
    first = date(2023, 1, 1) + timedelta(days=rng.randint(0, 60))
    return first.isoformat(), (first + timedelta(days=rng.choice([0, 1, 5, 30]))).isoformat()


@pytest.mark.parametrize("seed", range(5))
def test_link_round40_a_span_meets_a_period_as_every_member_does(seed):
    rng = random.Random(seed)
    for _ in range(400):
        periods = [_period(rng) for _ in range(rng.randint(0, 6))]
        span = CommonSpan()
        for p in periods:
            span.add(p)
        item = _period(rng)
        expected = bool(periods) and all(
            overlaps(list(p) if p else None, list(item) if item else None) for p in periods
        )
        assert span.meets(item) is expected, (periods, item)


@pytest.mark.parametrize("seed", range(12))
def test_link_round40_replay_with_large_groups_equals_grouping_anew(seed):
    """A block where one event is reported again and again (a few large groups, as wire copy
    republished makes them): new items and stored ones that compare differently now are placed
    exactly as grouping the whole block anew places them."""
    rng = random.Random(seed)
    items = []
    for n in range(rng.randint(150, 300)):
        f = random_link_item(rng, n, spread=6)
        if rng.random() < 0.7:  # the recurring event: one place, one week
            f["place"] = ["IR", "IR.07"]
            first = date(2022, 9, 1) + timedelta(days=rng.randint(0, 6))
            f["period"] = [first.isoformat(), (first + timedelta(days=rng.choice([0, 1, 3]))).isoformat()]
        items.append(f)
    entity = {f["figure"]: rng.choice("ab") for f in items}

    def compatible(a: dict, b: dict) -> bool:
        return figures_compatible(a, b) and (entity[a["figure"]] == entity[b["figure"]] or seed % 2 == 0)

    old = [f for f in items if rng.random() < 0.8]
    old_group = _stored_groups(old, compatible)
    assert max(sum(1 for g in old_group.values() if g == gid) for gid in set(old_group.values())) >= 10
    moved = {f["figure"] for f in old if rng.random() < 0.03}
    for figure in moved:
        entity[figure] = "c"
    changed = {f"{f['doc']}:{f['figure']}" for f in old if f["figure"] in moved}
    replayed, _ = _replayed(items, old, compatible, changed, old_group)
    assert replayed == _names(group(items, compatible, "figure"))
