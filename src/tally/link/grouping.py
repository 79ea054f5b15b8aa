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


def group(
    items: list[Features], compatible: Callable[[Features, Features], bool], key: str
) -> list[list[Features]]:
    """Complete-linkage groups: an item joins the first group it is compatible with as a whole.

    Items are taken coarse place and wide period first, then by article and
    record id, so the groups depend on the set of items only. Complete linkage
    keeps Tehran's and Behbehan's counts apart even when a national count is
    compatible with both.
    """
    ordered = sorted(items, key=lambda f: (_specificity(f), f["doc"], f[key]))
    groups: list[list[Features]] = []
    for item in ordered:
        for existing in groups:
            if all(compatible(item, other) for other in existing):
                existing.append(item)
                break
        else:
            groups.append([item])
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
