"""Grouping link features into claims and event clusters: the steps both share.

Figures and events are grouped the same way (complete linkage inside a
block, in an order that depends on the set of items only), get ids the same
way (a hash of their smallest member) and a date the same way (the one most
of them give). What makes two records compatible, and what a group becomes,
is each kind's own: :mod:`tally.link.claims`, :mod:`tally.link.events`.
"""

from __future__ import annotations

import hashlib
from bisect import bisect_left, bisect_right, insort
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from heapq import heappop, heappush
from operator import itemgetter
from typing import Any, Literal, Protocol

from tally.link.periods import CommonSpan, period_days
from tally.records import Article

#: the link features of one figure or event, as stored in ``link_figures``/``link_events``
Features = dict[str, Any]

#: the width given to an unknown period when ordering items: wider than any known one
_UNKNOWN_PERIOD_DAYS = 100_000


def _specificity(features: Features) -> tuple[int, int]:
    return len(features["place"]), -period_days(features["period"], _UNKNOWN_PERIOD_DAYS)


#: a period spanning more months than this is checked against every group (few are: "the 2010s")
_WIDE_MONTHS = 36


def period_months(period: list[str] | tuple[str, str]) -> range | None:
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
        mine, theirs = period_months(period), self.months[index]
        return mine is None or theirs is None or max(mine.start, theirs.start) < min(mine.stop, theirs.stop)

    def candidates(self, item: Features) -> list[int] | range:
        """The groups that can take *item*, in the order they were opened (their spans checked)."""
        period = item["period"]
        if period is None:
            return [i for i in self.unknown if self.spans[i] is None]
        months = period_months(period)
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
        months = period_months(period)
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
    state = _Replay(fresh, changed, stored, compatible, key)
    for name in [*state.own, *changed]:
        state.push(name)
    while state.heap:
        state.place_next()
    groups = [[state.features(m) for m in members] for _, g in state.in_order if (members := state.dirty[g])]
    return Replayed(groups, state.replaced, state.placed)


class _Replay:
    """The state of one :func:`replay`: the items queued, in order, and the dirty groups so far."""

    def __init__(
        self,
        fresh: list[Features],
        changed: set[str],
        stored: StoredBlock,
        compatible: Callable[[Features, Features], bool],
        key: str,
    ) -> None:
        self.own = {f"{f['doc']}:{f[key]}": f for f in fresh}
        self.changed, self.stored, self.compatible, self.key = changed, stored, compatible, key
        self.keys: dict[str, tuple[Any, ...]] = {}
        self.openers: dict[str, str] = {}  # stored group -> the item that opened it
        self.heap: list[tuple[tuple[Any, ...], str]] = []
        self.queued: set[str] = set()
        #: stored items queued since the last :meth:`place_next` decoded the queue (each decoded once,
        #: not the whole queue again at every item placed: that made replay quadratic in the queue)
        self.undecoded: list[str] = []
        self.dirty: dict[str, list[str]] = {}  # opener -> its members so far in the new order
        self.spans: dict[str, CommonSpan] = {}  # opener of a dirty group -> the span of its members so far
        #: the dirty groups by the months of their span when they got their first members (a span only
        #: narrows, so an item that meets it later shares one of those months), those of a wide or empty
        #: span, and those with an undated member (they meet undated items only)
        self.dirty_by_month: dict[int, list[str]] = {}
        self.dirty_wide: list[str] = []
        self.dirty_undated: list[str] = []
        self.windows: dict[tuple[str, str] | None, list[str]] = {}  # period -> the stored groups it meets
        #: period -> the stored groups it meets by opener: their openers' order keys, openers and ids
        self.by_opener: dict[tuple[str, str] | None, tuple[list[tuple[Any, ...]], list[str], list[str]]] = {}
        #: stored group -> its members in order, their order keys, and the span of each prefix
        self.prefixes: dict[str, tuple[list[str], list[tuple[Any, ...]], list[CommonSpan]]] = {}
        self.in_order: list[tuple[tuple[Any, ...], str]] = []  # the dirty groups by opener
        self.replaced: set[str] = set()  # stored groups that are dirty
        self.spoiled: list[str] = []  # groups whose reach is queued after the item being placed
        #: dirty stored groups that have only gained members so far (none of their stored members
        #: gone elsewhere, none compared differently): every later item that turned one down before
        #: turns it down again (a group takes an item compatible with *all* its members), so their
        #: reach waits until they lose a member (:meth:`wake`)
        self.quiet: set[str] = set()
        self.gained: dict[str, list[str]] = {}  # dirty group -> its members that were not stored in it
        self.placed = 0

    def order(self, name: str) -> tuple[Any, ...]:
        """An item's place in :func:`group`'s order (the stored ones from their columns)."""
        found = self.keys.get(name)
        if found is None:
            f = self.own.get(name)
            found = self.keys[name] = (_specificity(f), f["doc"], f[self.key]) if f else self.stored.key(name)
        return found

    def features(self, name: str) -> Features:
        return self.own.get(name) or self.stored.features(name)

    def period(self, name: str) -> tuple[str, str] | None:
        f = self.own.get(name)
        if f is None:
            return self.stored.period(name)
        return (f["period"][0], f["period"][1]) if f["period"] else None

    def opener(self, gid: str) -> str:
        if gid not in self.openers:
            self.openers[gid] = min(self.stored.members(gid), key=self.order)
        return self.openers[gid]

    def push(self, name: str) -> None:
        if name not in self.queued:
            self.queued.add(name)
            heappush(self.heap, (self.order(name), name))
            if name not in self.own:
                self.undecoded.append(name)

    def takes(self, group_opener: str, item: Features) -> bool:
        """Whether dirty group *group_opener* takes *item*: its span meets the item's period (read from
        the columns, as :meth:`_Groups.meets` reads spans: a group that misses it cannot take the
        item), and every member is compatible with it."""
        return self.spans[group_opener].meets(item["period"]) and all(
            self.compatible(item, self.features(m)) for m in self.dirty[group_opener]
        )

    def groups_meeting(self, period: list[str] | None) -> list[str]:
        """The stored groups with a member whose period shares a day with *period* (each window once:
        the items of one article or one week share windows, and a window of a large block holds
        many members of few groups)."""
        window = (period[0], period[1]) if period is not None else None
        found = self.windows.get(window)
        if found is None:
            groups = (self.stored.group_of(other) for other in self.stored.overlapping(period))
            found = self.windows[window] = list(dict.fromkeys(gid for gid in groups if gid is not None))
        return found

    def meeting_by_opener(
        self, period: list[str] | None
    ) -> tuple[list[tuple[Any, ...]], list[str], list[str]]:
        """:meth:`groups_meeting` in the order of their openers: the openers' order keys, the openers and
        the groups (each window sorted once; every item placed in it took the groups before its own
        place from it, where each sorted them again)."""
        window = (period[0], period[1]) if period is not None else None
        found = self.by_opener.get(window)
        if found is None:
            rows = []
            for gid in self.groups_meeting(period):
                first = self.opener(gid)
                rows.append((self.order(first), first, gid))
            rows.sort(key=itemgetter(0))
            found = self.by_opener[window] = (
                [r[0] for r in rows],
                [r[1] for r in rows],
                [r[2] for r in rows],
            )
        return found

    def prefix(self, gid: str, now: tuple[Any, ...]) -> tuple[list[str], CommonSpan]:
        """The members of stored group *gid* before *now*, in order, and their span (each group's
        members sorted once, not filtered again at every item that meets it)."""
        found = self.prefixes.get(gid)
        if found is None:
            members = sorted(self.stored.members(gid), key=self.order)
            spans = [CommonSpan()]
            for m in members:
                span = spans[-1].copy()
                span.add(self.period(m))
                spans.append(span)
            found = self.prefixes[gid] = (members, [self.order(m) for m in members], spans)
        members, keys, spans = found
        count = bisect_left(keys, now)
        return members[:count], spans[count]

    def index(self, group_opener: str) -> None:
        """Index a dirty group that has just got its first members by the months of their span."""
        span = self.spans[group_opener]
        if span.undated:
            self.dirty_undated.append(group_opener)
            return
        months = period_months((span.start, span.end)) if span.start <= span.end else None
        if months is None:
            self.dirty_wide.append(group_opener)
        else:
            for month in months:
                self.dirty_by_month.setdefault(month, []).append(group_opener)

    def dirty_near(self, period: list[str] | None, limit: tuple[Any, ...]) -> list[str]:
        """The dirty groups opened before *limit* that may meet *period*, in the order they were opened:
        every one whose members' periods all meet it, and a few more (those sharing a month with it);
        without the index every item placed read every dirty group of its block."""
        if period is None:
            found: Iterable[str] = self.dirty_undated
        elif (months := period_months(period)) is None:
            return [g for k, g in self.in_order[: bisect_left(self.in_order, (limit, ""))]]
        else:
            near = set(self.dirty_wide)
            for month in months:
                near.update(self.dirty_by_month.get(month, ()))
            found = near
        return sorted((g for g in found if self.order(g) < limit), key=self.order)

    def first_dirty(self, limit: tuple[Any, ...], item: Features) -> str | None:
        """The first dirty group opened before *limit* that takes *item*, a stored item compared as before
        whose stored group opened at *limit*: it turned down every group opened before that one, so a
        quiet group (:attr:`quiet`: all its stored members still there) turns it down again."""
        return next(
            (
                g
                for g in self.dirty_near(item["period"], limit)
                if g not in self.quiet and self.takes(g, item)
            ),
            None,
        )

    def keeps(self, home: str, item: Features) -> bool:
        """Whether dirty group *home* takes back *item*, one of its stored members compared as before.

        Complete linkage put it there: it is compatible with every stored member before it, and while
        *home* is quiet those are all still there, so only the members it gained are compared."""
        if home not in self.quiet:
            return self.takes(home, item)
        return self.spans[home].meets(item["period"]) and all(
            self.compatible(item, self.features(m)) for m in self.gained.get(home, ())
        )

    def first_taker(
        self, name: str, now: tuple[Any, ...], item: Features, after: tuple[Any, ...] | None = None
    ) -> str:
        """The group :func:`group` puts *name* in at *now*: the first, by opener, whose members so far take it.

        Candidates are the dirty groups opened before *now* and the clean stored
        groups with a member before *now* whose period meets the item's (a group
        with none cannot take it), only those opened *after* a point when the
        groups before it are known to turn the item down; returns *name* itself
        when none takes it (it opens one).
        """
        # (order, opener, its stored group or None for a dirty one): the dirty groups and the clean
        # stored ones, each list in order (a group is dirty or clean, never both)
        candidates: list[tuple[tuple[Any, ...], str, str | None]] = []
        for g in self.dirty_near(item["period"], now):
            key = self.order(g)
            if after is None or key > after:
                candidates.append((key, g, None))
        keys, openers, gids = self.meeting_by_opener(item["period"])
        for i in range(0 if after is None else bisect_right(keys, after), bisect_left(keys, now)):
            if openers[i] not in self.dirty:
                candidates.append((keys[i], openers[i], gids[i]))
        candidates.sort(key=itemgetter(0))
        tried = []
        for _, first, stored_gid in candidates:
            if stored_gid is None:
                members, span = self.dirty[first], self.spans[first]
            else:
                members, span = self.prefix(stored_gid, now)
            if span.meets(item["period"]):
                tried.append((first, members))
        self.stored.prepare([m for _, members in tried for m in members])
        return next(
            (
                first
                for first, members in tried
                if all(self.compatible(item, self.features(m)) for m in members)
            ),
            name,
        )

    def target(self, name: str, now: tuple[Any, ...], item: Features, home: str | None) -> str:
        """The group *name* goes to: as :func:`group` places it, reading what its stored group tells."""
        if name in self.changed or home is None:
            return self.first_taker(name, now, item)
        if home in self.dirty:
            # it reads as before: the clean groups before its stored one turn it down again
            limit = self.order(home)
            earlier = self.first_dirty(limit, item)
            if earlier is not None:
                return earlier
            return home if self.keeps(home, item) else self.first_taker(name, now, item, after=limit)
        # its stored group is what it was: only a dirty group before it can take it first
        return self.first_dirty(self.order(home) if home != name else now, item) or home

    def place_next(self) -> None:
        """Place the next queued item, and queue what its move can change."""
        now, name = heappop(self.heap)
        self.placed += 1
        if name not in self.own and self.undecoded:
            # the items queued since the last time are decoded together (one look-up of their entities)
            self.stored.prepare(self.undecoded)
            self.undecoded = []
        item = self.features(name)
        gid = None if name in self.own else self.stored.group_of(name)
        home = self.opener(gid) if gid is not None else None
        target = self.target(name, now, item, home)
        if name in self.changed or home is None or home in self.dirty or target != home:
            self.spoil(target, now)
            if home is not None and home != target:
                self.spoil(home, now)
                self.wake(home)  # it lost *name*: a later item it turned down may fit it now
            if name in self.changed:
                self.wake(target)  # a member compared differently now
        if target in self.dirty:
            self.dirty[target].append(name)
            if target != home:
                self.gained.setdefault(target, []).append(name)
            self.spans[target].add(self.period(name))
            if self.spans[target].count == 1:
                self.index(target)
        self.reach(now)

    def spoil(self, group_opener: str, now: tuple[Any, ...]) -> None:
        """Mark a group dirty at *now*: its stored members after *now* are placed again."""
        if group_opener in self.dirty:
            return
        gid = None if group_opener in self.own else self.stored.group_of(group_opener)
        prefix: list[str] = []
        if gid is not None and self.opener(gid) == group_opener:
            self.replaced.add(gid)
            for member in self.stored.members(gid):
                if self.order(member) < now:
                    prefix.append(member)
                elif self.order(member) > now:
                    self.push(member)
            prefix.sort(key=self.order)
            self.stored.prepare(prefix)
        self.dirty[group_opener] = prefix
        span = self.spans[group_opener] = CommonSpan()
        for member in prefix:
            span.add(self.period(member))
        if span.count:
            self.index(group_opener)
        insort(self.in_order, (self.order(group_opener), group_opener))
        if gid is not None and self.opener(gid) == group_opener:
            self.quiet.add(group_opener)  # its stored members so far, as before: it has lost none yet
        else:
            self.spoiled.append(group_opener)  # a group opened anew: any later item may fit it

    def wake(self, group_opener: str) -> None:
        """A dirty group that lost a stored member, or holds one compared differently: queue its reach now.

        Until then it held every stored member it had before each item after it (it only gained
        members), so an item that turned it down then turns it down now: its span has only narrowed
        and the item is compatible with fewer of its members, not more.
        """
        if group_opener in self.quiet:
            self.quiet.discard(group_opener)
            self.spoiled.append(group_opener)

    def reach(self, now: tuple[Any, ...]) -> None:
        """Queue the items after *now* that the groups opened or woken (:meth:`wake`) at *now* can meet.

        A group's members share its span (their latest start to their earliest
        end), which only narrows as members join: an item that misses it now
        can never join it, nor can an item whose stored group opened before
        it. A group left by its opener is gone: it meets none. And a dirty
        group's members so far stay its members (items are placed in order,
        once), so an item that is not compatible with them all now never
        joins it: only the items it takes now are queued (a group opened by
        a new item in a dense block met thousands of stored items, most of
        them in another town or of another kind, each placed again to stay
        where it was).
        """
        for group_opener in self.spoiled:
            common = self.spans[group_opener]
            if not common.count:
                continue
            span: list[str] | None = None
            if not common.undated:
                span = [common.start, common.end]
                if span[0] > span[1]:
                    continue
            first = self.order(group_opener)
            near = []
            for name in self.stored.overlapping(span):
                # an item whose stored group opened before this one never looks at it (while
                # that group stays clean; when it does not, its members are placed again anyway)
                gid = self.stored.group_of(name)
                if (
                    gid is not None
                    and name not in self.queued
                    and self.order(name) > now
                    and self.order(self.opener(gid)) > first
                ):
                    near.append(name)
            self.stored.prepare(near)
            for name in near:
                if self.takes(group_opener, self.features(name)):
                    self.push(name)
        self.spoiled.clear()
