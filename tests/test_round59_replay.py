"""Round 59: replay places again only the stored items a changed group can take.

:func:`tally.link.grouping.replay` regroups a block from its stored groups. A
dirty group that has only *gained* members (a new report joined it) turns
down every later item that turned it down before (complete linkage: an item
joins a group compatible with all its members), and a group's members so far
stay its members, so an item it cannot take now it never takes. Replay used to
queue, for every dirty group, each stored item after it whose period met its
span, and place each one again to stay where it was; it now queues an item
only when a group that lost a member (or was opened anew) can take it. The
groups must stay exactly :func:`tally.link.grouping.group`'s.
"""

from __future__ import annotations

import random

import pytest

from tally.link.claims import figures_compatible
from tally.link.grouping import group, replay
from tests._linkdata import random_link_item
from tests.test_link_round11 import _Block, _names, _replayed, _stored_groups


def _count(n: int, doc: str, day: str, subject: str | None, place: list[str] | None = None) -> dict:
    """A count of people killed in Tehran on one day (*place*: elsewhere), as its link features."""
    return {
        "doc": doc,
        "figure": f"f{n:03d}",
        "category": "killed",
        "place": place or ["Iran", "Tehran"],
        "period": [day, day],
        "subject_class": subject,
    }


def _dense_block() -> list[dict]:
    """Forty stored counts of one day in Tehran: children, students, people, each kind its own group."""
    kinds = ["child", "student", "people", "worker"]
    return [_count(n, f"d{n:02d}", "2023-03-05", kinds[n % 4]) for n in range(40)]


def test_round59_a_new_count_joining_a_group_leaves_the_other_groups_items_alone():
    """A new count of children on that day joins the children's group: the students', people's and
    workers' counts that day (30 stored items, in groups opened after it) are neither decoded nor
    placed again; before, each was placed again to stay where it was."""
    stored_items = _dense_block()
    new = _count(99, "d00", "2023-03-05", "child")  # doc d00 sorts first: it comes before the stored
    replayed, block = _replayed([*stored_items, new], stored_items, figures_compatible, set())
    assert replayed == _names(group([*stored_items, new], figures_compatible, "figure"))
    old_group = _stored_groups(stored_items, figures_compatible)
    result = replay([new], set(), _Block(stored_items, old_group), figures_compatible, "figure")
    # the new count and the nine later children's counts, checked against it
    assert result.placed == 10
    assert not {
        name for name in block.read if stored_items[int(name.split(":f")[1])]["subject_class"] != "child"
    }


def test_round59_a_new_count_elsewhere_places_only_what_it_can_take():
    """A new count in Tabriz that day opens a group of its own before the forty stored counts of
    Tehran: none of them can join it (another town), so none is placed again (before: all 40)."""
    stored_items = _dense_block()
    new = _count(99, "a00", "2023-03-05", None, ["Iran", "Tabriz"])  # before every stored count
    old_group = _stored_groups(stored_items, figures_compatible)
    result = replay([new], set(), _Block(stored_items, old_group), figures_compatible, "figure")
    assert result.placed == 1
    assert _names(result.groups) == {frozenset({"a00:f099"})}


def test_round59_a_group_that_loses_a_member_still_takes_later_items():
    """A count of 'people' moves to an earlier new group; its stored group lost it, so a later count it
    had turned down for being incompatible with that one is placed again, and takes the group now."""
    a = _count(1, "d01", "2023-03-05", "people")
    b = {**_count(2, "d02", "2023-03-05", "child"), "period": ["2023-03-01", "2023-03-31"]}
    c = _count(3, "d03", "2023-03-05", "child")
    # stored order: a (narrow) ... b is wider, so b opens first; a (people) cannot join b (child)
    stored_items = [a, b, c]
    new = {**_count(0, "d00", "2023-03-05", "people"), "period": ["2023-02-01", "2023-03-31"]}
    replayed, _ = _replayed([*stored_items, new], stored_items, figures_compatible, set())
    assert replayed == _names(group([*stored_items, new], figures_compatible, "figure"))


def _batches(rng: random.Random, size: int, spread: int) -> list[dict]:
    items = [random_link_item(rng, n, spread=spread) for n in range(size)]
    for f in items:  # few places and kinds: dense blocks, where groups gain, lose and open often
        f["place"] = rng.choice([["Iran"], ["Iran", "Tehran"], ["Iran", "Tabriz"]])
    return items


@pytest.mark.parametrize("seed", range(40))
def test_round59_replay_batch_after_batch_equals_grouping_anew(seed):
    """Dense random blocks fed in four batches, each replayed onto the groups the batches before made,
    some stored items compared differently now: every step gives exactly :func:`group`'s groups."""
    rng = random.Random(5900 + seed)
    items = _batches(rng, rng.randint(20, 220), rng.choice([5, 20, 60]))
    entity = {f["figure"]: rng.choice("ab") for f in items}

    def compatible(x: dict, y: dict) -> bool:
        return figures_compatible(x, y) and (entity[x["figure"]] == entity[y["figure"]] or seed % 3 == 0)

    cuts = sorted(rng.sample(range(1, len(items)), 3))
    seen: list[dict] = []
    for start, end in zip([0, *cuts], [*cuts, len(items)], strict=True):
        old_group = _stored_groups(seen, compatible)
        moved = {f["figure"] for f in seen if rng.random() < 0.03}
        for figure in moved:
            entity[figure] = rng.choice("abc")
        changed = {f"{f['doc']}:{f['figure']}" for f in seen if f["figure"] in moved}
        seen = seen + items[start:end]
        replayed, _ = _replayed(seen, seen[: len(seen) - (end - start)], compatible, changed, old_group)
        assert replayed == _names(group(seen, compatible, "figure"))
