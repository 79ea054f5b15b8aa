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
from typing import Any, Literal

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
