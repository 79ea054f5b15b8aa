"""Grouping link features into claims and event clusters: the steps both share.

Figures and events are grouped the same way (complete linkage inside a
block, in an order that depends on the set of items only), get ids the same
way (a hash of their smallest member) and a date the same way (the one most
of them give). What makes two records compatible, and what a group becomes,
is each kind's own: :mod:`tally.link.claims`, :mod:`tally.link.events`.
"""

from __future__ import annotations

import hashlib
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
    members: the periods of a group's members share a span (their latest start
    to their earliest end), and an item that misses it cannot be compatible
    with all of them; groups are also indexed by the months of the item that
    opened them, so an item looks only at the groups that can take it. The
    groups are exactly those of trying every group in order (why by hand: a
    block of a large corpus holds thousands of items, and trying every group
    made grouping quadratic).
    """
    ordered = sorted(items, key=lambda f: (_specificity(f), f["doc"], f[key]))
    groups: list[list[Features]] = []
    spans: list[tuple[str, str] | None] = []  # per group: latest start, earliest end (None: unknown periods)
    by_month: dict[int, list[int]] = {}
    wide: list[int] = []  # groups opened by a wide or unreadable period
    unknown: list[int] = []  # groups of items without a period (they meet only each other)
    for item in ordered:
        period = item["period"]
        months = _months(period) if period else None
        if period is None:
            candidates: list[int] | range = unknown
        elif months is None:
            candidates = range(len(groups))
        else:
            found = set(wide)
            for month in months:
                found.update(by_month.get(month, ()))
            candidates = sorted(found)
        for index in candidates:
            span = spans[index]
            if period is not None and (span is None or period[0] > span[1] or period[1] < span[0]):
                continue
            existing = groups[index]
            if all(compatible(item, other) for other in existing):
                existing.append(item)
                if period is not None and span is not None:
                    spans[index] = (max(span[0], period[0]), min(span[1], period[1]))
                break
        else:
            index = len(groups)
            groups.append([item])
            if period is None:
                spans.append(None)
                unknown.append(index)
            else:
                spans.append((period[0], period[1]))
                if months is None:
                    wide.append(index)
                else:
                    for month in months:
                        by_month.setdefault(month, []).append(index)
    return groups


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
