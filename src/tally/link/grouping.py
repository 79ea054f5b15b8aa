"""Grouping link features into claims and event clusters: the steps both share.

Figures and events are grouped the same way (complete linkage inside a
block, in an order that depends on the set of items only), get ids the same
way (a hash of their smallest member) and a date the same way (the one most
of them give). What makes two records compatible, and what a group becomes,
is each kind's own: :mod:`tally.link.claims`, :mod:`tally.link.events`.
"""

from __future__ import annotations

import hashlib
from bisect import bisect_left, insort
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from heapq import heappop, heappush
from typing import Any, Literal, Protocol

from tally.link.periods import period_days
from tally.records import Article

#: the link features of one figure or event, as stored in ``link_figures``/``link_events``
Features = dict[str, Any]

#: the width given to an unknown period when ordering items: wider than any known one
_UNKNOWN_PERIOD_DAYS = 100_000


def _specificity(features: Features) -> tuple[int, int]:
    return len(features["place"]), -period_days(features["period"], _UNKNOWN_PERIOD_DAYS)


#: a period spanning more months than this is checked against every group (few are: "the 2010s")
_WIDE_MONTHS = 36


def _months(period: list[str]) -> range | None:
    """The months a period touches, as numbers (year * 12 + month); None when too wide or unreadable."""
    try:
        first = int(period[0][:4]) * 12 + int(period[0][5:7])
        last = int(period[1][:4]) * 12 + int(period[1][5:7])
    except (ValueError, IndexError):
        return None
    return range(first, last + 1) if 0 <= last - first < _WIDE_MONTHS else None


class _Groups:
    """The groups of one block as :func:`group` builds them, with the indexes that find an item's candidates.

    The periods of a group's members share a span (their latest start to their
    earliest end), and an item that misses it cannot be compatible with all of
    them; groups are also indexed by the months of the item that opened them,
    so an item looks only at the groups that can take it.
    """

    def __init__(self) -> None:
        self.groups: list[list[Features]] = []
        self.spans: list[tuple[str, str] | None] = []  # per group: latest start, earliest end (None: unknown)
        self.by_month: dict[int, list[int]] = {}
        self.wide: list[int] = []  # groups opened by a wide or unreadable period
        self.unknown: list[int] = []  # groups of items without a period (they meet only each other)
        self.months: list[range | None] = []  # per group: the months of the item that opened it

    def meets(self, index: int, item: Features) -> bool:
        """Whether group *index* is among :meth:`candidates` of *item* (one group, no list built)."""
        period, span = item["period"], self.spans[index]
        if period is None or span is None:
            return period is None and span is None
        if span[0] > period[1] or period[0] > span[1]:
            return False
        mine, theirs = _months(period), self.months[index]
        return mine is None or theirs is None or max(mine.start, theirs.start) < min(mine.stop, theirs.stop)

    def candidates(self, item: Features) -> list[int] | range:
        """The groups that can take *item*, in the order they were opened (their spans checked)."""
        period = item["period"]
        if period is None:
            return [i for i in self.unknown if self.spans[i] is None]
        months = _months(period)
        if months is None:
            found: list[int] | range = range(len(self.groups))
        else:
            seen = set(self.wide)
            for month in months:
                seen.update(self.by_month.get(month, ()))
            found = sorted(seen)
        return [
            i
            for i in found
            if (span := self.spans[i]) is not None and span[0] <= period[1] and period[0] <= span[1]
        ]

    def accepts(self, index: int, item: Features, compatible: Callable[[Features, Features], bool]) -> bool:
        return all(compatible(item, other) for other in self.groups[index])

    def join(self, index: int, item: Features) -> None:
        self.groups[index].append(item)
        period, span = item["period"], self.spans[index]
        if period is not None and span is not None:
            self.spans[index] = (max(span[0], period[0]), min(span[1], period[1]))

    def open(self, item: Features) -> int:
        index = len(self.groups)
        self.groups.append([item])
        period = item["period"]
        if period is None:
            self.spans.append(None)
            self.unknown.append(index)
            self.months.append(None)
            return index
        self.spans.append((period[0], period[1]))
        months = _months(period)
        self.months.append(months)
        if months is None:
            self.wide.append(index)
        else:
            for month in months:
                self.by_month.setdefault(month, []).append(index)
        return index

    def place(self, item: Features, compatible: Callable[[Features, Features], bool]) -> int:
        """Put *item* in the first group that takes it, or a new one; return the group's index."""
        for index in self.candidates(item):
            if self.accepts(index, item, compatible):
                self.join(index, item)
                return index
        return self.open(item)


def _ordered(items: list[Features], key: str) -> list[Features]:
    """Coarse place and wide period first, then by article and record id: an order of the set of items."""
    return sorted(items, key=lambda f: (_specificity(f), f["doc"], f[key]))


def group(
    items: list[Features], compatible: Callable[[Features, Features], bool], key: str
) -> list[list[Features]]:
    """Complete-linkage groups: an item joins the first group it is compatible with as a whole.

    Items are taken coarse place and wide period first, then by article and
    record id, so the groups depend on the set of items only. Complete linkage
    keeps Tehran's and Behbehan's counts apart even when a national count is
    compatible with both.

    *compatible* must imply that the two periods overlap (figures and events
    both require it). That lets a group be skipped without comparing its
    members (:class:`_Groups`). The groups are exactly those of trying every
    group in order (why by hand: a block of a large corpus holds thousands of
    items, and trying every group made grouping quadratic).
    """
    state = _Groups()
    for item in _ordered(items, key):
        state.place(item, compatible)
    return state.groups


def regroup(
    items: list[Features],
    compatible: Callable[[Features, Features], bool],
    key: str,
    old_group: dict[str, str],
    changed: set[str],
) -> list[list[Features]]:
    """What :func:`group` returns, replayed from the stored groups: items that read as before are not compared.

    *old_group*: ``doc:record`` -> the group the item was in when the block
    was last grouped (by this same function, over those items less the new
    ones); *changed*: items new or compared differently now (an event whose
    actor's entity changed). In :func:`group` an item's group depends only on
    the groups before it; a group is *clean* while its members so far are
    those it had before, each placed as before. An unchanged item whose old
    group is clean meets the clean groups before it as it did then (same
    members: it turned them down), so only the changed (*dirty*) groups
    before its old one are tried; an item that opened its group tries the
    dirty groups, then opens it again. Everything else is placed as
    :func:`group` places it. A batch that changes a few groups of a block
    therefore compares few items, and the result is exactly :func:`group`'s.
    """
    state = _Groups()
    ordered = _ordered(items, key)
    ident = [f"{f['doc']}:{f[key]}" for f in ordered]
    opener: dict[str, str] = {}
    for name in ident:
        if name in old_group:
            opener.setdefault(old_group[name], name)
    index_of: dict[str, int] = {}  # old group -> its index now, when reopened by its old opener
    dirty: set[int] = set()
    in_order: list[int] = []  # the dirty groups, in the order they were opened

    def spoil(index: int) -> None:
        if index not in dirty:
            dirty.add(index)
            insort(in_order, index)

    for item, name in zip(ordered, ident, strict=True):
        old = old_group.get(name)
        home = index_of.get(old) if old is not None else None
        if name in changed or old is None or (opener[old] != name and (home is None or home in dirty)):
            index = state.place(item, compatible)
        else:
            limit = home if home is not None else len(state.groups)
            index = next(
                (
                    i
                    for i in in_order[: bisect_left(in_order, limit)]
                    if state.meets(i, item) and state.accepts(i, item, compatible)
                ),
                -1,
            )
            if index >= 0:
                state.join(index, item)
            elif home is not None:
                index = home
                state.join(index, item)
            else:
                index_of[old] = state.open(item)
                continue
        # a group is dirty once it differs from what it was: a member placed anew, or one gone elsewhere
        if name in changed or old is None or index != home:
            spoil(index)
        if home is not None and index != home:
            spoil(home)
    return state.groups


def cluster_id(prefix: str, members: Iterable[str]) -> str:
    """A stable id: *prefix* and the hash of the smallest member key."""
    return prefix + hashlib.sha1(min(members).encode()).hexdigest()[:10]


def group_date(items: list[Features]) -> tuple[str | None, Literal["figures", "published", "none"]]:
    """The date most items give (the coarser one on a tie), or the month of the first publication.

    Returns the date and where it came from: ``figures``, ``published`` or ``none``.
    """
    dates = Counter(f["date"] for f in items if f["date"])
    if dates:
        return min(dates, key=lambda d: (-dates[d], len(d), d)), "figures"
    published = sorted(f["published"] for f in items if f["published"])
    return (published[0][:7], "published") if published else (None, "none")


def sentence(article: Article, span: tuple[int, int]) -> str:
    """The evidence sentence of a record, stripped."""
    return article.text[span[0] : span[1]].strip()


def period_columns(features: Features) -> dict[str, Any]:
    """The indexed columns of an item's link features: its place depth and its period's first and last day."""
    period = features.get("period")
    return {
        "depth": len(features.get("place") or []),
        "period_start": period[0] if period else None,
        "period_end": period[1] if period else None,
    }


def order_key(
    depth: int, period: list[str] | tuple[str, str] | None, doc: str, record: str
) -> tuple[Any, ...]:
    """The place of an item in :func:`group`'s order, from its place depth and period (stored as columns)."""
    return (depth, -period_days(list(period) if period else None, _UNKNOWN_PERIOD_DAYS)), doc, record


class StoredBlock(Protocol):
    """What :func:`replay` reads of a block's stored items (grouped before), each by an index.

    Names are ``doc:record``. ``overlapping`` returns the stored items whose
    period shares a day with *period* (with None: the items of unknown
    period); ``members`` the items of a stored group; ``key`` and ``period``
    are read without decoding ``features``.
    """

    def overlapping(self, period: list[str] | None) -> list[str]: ...

    def key(self, name: str) -> tuple[Any, ...]: ...

    def group_of(self, name: str) -> str | None: ...

    def members(self, gid: str) -> list[str]: ...

    def period(self, name: str) -> tuple[str, str] | None: ...

    def features(self, name: str) -> Features: ...

    def prepare(self, names: list[str]) -> None:
        """Decode these items now, and look up together whatever comparing them needs."""


@dataclass
class Replayed:
    """What :func:`replay` found: the groups that differ from the stored ones, and the stored groups they replace."""

    groups: list[list[Features]]
    replaced: set[str]
    #: items placed again (read and compared)
    placed: int = 0


def replay(
    fresh: list[Features],
    changed: set[str],
    stored: StoredBlock,
    compatible: Callable[[Features, Features], bool],
    key: str,
) -> Replayed:
    """:func:`group` over the stored items and *fresh*, reading only the items a change can reach.

    The stored groups are those :func:`group` made of the stored items. A
    group is named by the item that opened it, groups are ordered by their
    openers, and an item joins the first group compatible with all its
    members so far. A group is *dirty* once its members so far differ from
    the stored ones. An item decides as before unless it is fresh or in
    *changed* (an event whose actor's entity changed), its stored group is
    dirty, or a dirty group opened before its own could take it; since
    compatible items share a day, a dirty group can take only items whose
    period meets its members' common span. So only those items are decoded
    and placed again, in order (*stored* finds them by their period and
    group, without decoding the others); every other item stays in its
    stored group, and the stored groups that are not dirty are what
    :func:`group` makes of them again. Result: the dirty groups (their
    members in full) and the stored groups they replace; with the others,
    exactly :func:`group`'s groups (``tests/test_link_round11.py``).
    """
    own = {f"{f['doc']}:{f[key]}": f for f in fresh}
    keys: dict[str, tuple[Any, ...]] = {}

    def order(name: str) -> tuple[Any, ...]:
        found = keys.get(name)
        if found is None:
            f = own.get(name)
            found = keys[name] = (_specificity(f), f["doc"], f[key]) if f else stored.key(name)
        return found

    def features(name: str) -> Features:
        return own.get(name) or stored.features(name)

    openers: dict[str, str] = {}

    def opener(gid: str) -> str:
        if gid not in openers:
            openers[gid] = min(stored.members(gid), key=order)
        return openers[gid]

    heap: list[tuple[tuple[Any, ...], str]] = []
    queued: set[str] = set()

    def push(name: str) -> None:
        if name not in queued:
            queued.add(name)
            heappush(heap, (order(name), name))

    dirty: dict[str, list[str]] = {}  # opener -> its members so far in the new order
    in_order: list[tuple[tuple[Any, ...], str]] = []  # the dirty groups by opener
    replaced: set[str] = set()
    fresh_spoiled: list[str] = []  # groups spoiled by the item being placed

    def spoil(group_opener: str, now: tuple[Any, ...]) -> None:
        """Mark a group dirty at *now*: its stored members after *now* are placed again."""
        if group_opener in dirty:
            return
        gid = None if group_opener in own else stored.group_of(group_opener)
        prefix: list[str] = []
        if gid is not None and opener(gid) == group_opener:
            replaced.add(gid)
            for member in stored.members(gid):
                if order(member) < now:
                    prefix.append(member)
                elif order(member) > now:
                    push(member)
            prefix.sort(key=order)
            stored.prepare(prefix)
        dirty[group_opener] = prefix
        insort(in_order, (order(group_opener), group_opener))
        fresh_spoiled.append(group_opener)

    def reach(now: tuple[Any, ...]) -> None:
        """Place again the items after *now* that the groups spoiled at *now* can meet.

        A group's members share its span (their latest start to their earliest
        end), which only narrows as members join: an item that misses it now
        can never join it, nor can an item whose stored group opened before
        it. A group left by its opener is gone: it meets none.
        """
        for group_opener in fresh_spoiled:
            members = dirty[group_opener]
            if not members:
                continue
            periods = [features(m)["period"] for m in members]
            if any(p is None for p in periods):
                span = None
            else:
                span = [max(p[0] for p in periods), min(p[1] for p in periods)]
                if span[0] > span[1]:
                    continue
            first = order(group_opener)
            for name in stored.overlapping(span):
                # an item whose stored group opened before this one never looks at it (while
                # that group stays clean; when it does not, its members are placed again anyway)
                gid = stored.group_of(name)
                if gid is not None and order(name) > now and order(opener(gid)) > first:
                    push(name)
        fresh_spoiled.clear()

    def period(name: str) -> tuple[str, str] | None:
        f = own.get(name)
        if f is None:
            return stored.period(name)
        return (f["period"][0], f["period"][1]) if f["period"] else None

    def takes(members: list[str], item: Features) -> bool:
        """Whether a group of these members takes *item*: their periods all meet its own (read
        from the columns, as :meth:`_Groups.meets` reads spans), then each is compatible."""
        mine = item["period"]
        for m in members:
            theirs = period(m)
            if (theirs is None) != (mine is None) or (
                theirs is not None and (theirs[0] > mine[1] or mine[0] > theirs[1])
            ):
                return False
        return bool(members) and all(compatible(item, features(m)) for m in members)

    for name in [*own, *changed]:
        push(name)
    placed = 0
    while heap:
        now, name = heappop(heap)
        placed += 1
        if name not in own:  # the queued items are decoded together (one look-up of their entities)
            stored.prepare([name, *(n for _, n in heap if n not in own)])
        item = features(name)
        gid = None if name in own else stored.group_of(name)
        home = opener(gid) if gid is not None else None
        anew = name in changed or home is None or home in dirty
        if name in changed or home is None:
            target = _first_taker(name, now, item, stored, dirty, in_order, opener, order, takes)
        elif home in dirty:
            # it reads as before: the clean groups before its stored one turn it down again
            limit = order(home)
            earlier = next(
                (g for _, g in in_order[: bisect_left(in_order, (limit, ""))] if takes(dirty[g], item)),
                None,
            )
            if earlier is not None:
                target = earlier
            else:
                target = (
                    home
                    if takes(dirty[home], item)
                    else _first_taker(
                        name, now, item, stored, dirty, in_order, opener, order, takes, after=limit
                    )
                )
        else:
            assert home is not None
            limit = order(home) if home != name else now
            target = next(
                (g for _, g in in_order[: bisect_left(in_order, (limit, ""))] if takes(dirty[g], item)),
                home,
            )
        if anew or target != home:
            spoil(target, now)
            if home is not None and home != target:
                spoil(home, now)
        if target in dirty:
            dirty[target].append(name)
        reach(now)
    groups = [[features(m) for m in members] for _, g in in_order if (members := dirty[g])]
    return Replayed(groups, replaced, placed)


def _first_taker(
    name: str,
    now: tuple[Any, ...],
    item: Features,
    stored: StoredBlock,
    dirty: dict[str, list[str]],
    in_order: list[tuple[tuple[Any, ...], str]],
    opener: Callable[[str], str],
    order: Callable[[str], tuple[Any, ...]],
    takes: Callable[[list[str], Features], bool],
    after: tuple[Any, ...] | None = None,
) -> str:
    """The group :func:`group` puts *name* in at *now*: the first, by opener, whose members so far all take it.

    Candidates are the dirty groups opened before *now* and the clean stored
    groups with a member before *now* whose period meets the item's (a group
    with none cannot take it), only those opened *after* a point when the
    groups before it are known to turn the item down; returns *name* itself
    when none takes it (it opens one).
    """
    candidates: dict[str, str | None] = {  # opener -> its stored group, None for a dirty one
        g: None for k, g in in_order if k < now and (after is None or k > after)
    }
    seen: set[str] = set()
    for other in stored.overlapping(item["period"]):
        gid = stored.group_of(other)
        if gid is None or gid in seen:
            continue
        seen.add(gid)
        first = opener(gid)
        if first not in dirty and order(first) < now and (after is None or order(first) > after):
            candidates[first] = gid
    tried = [
        (first, dirty[first] if gid is None else [m for m in stored.members(gid) if order(m) < now])
        for first, gid in sorted(candidates.items(), key=lambda pair: order(pair[0]))
    ]
    stored.prepare([m for _, members in tried for m in members])
    return next((first for first, members in tried if takes(members, item)), name)
