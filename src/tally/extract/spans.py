"""A set of character spans asked "does anything overlap [start, end)?" without a scan of them all.

Extractors keep lists of spans already taken (places found, people's names,
quotes) and ask, for every candidate, whether it overlaps one of them. As a
list scanned per candidate that is quadratic in article length (issue 17).
Written by hand (a sorted list and :mod:`bisect`; spans are short, so only
those starting within the longest span's length before a point can reach it)
because an interval tree from a library would be a new dependency for a few
lines.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right, insort
from collections.abc import Callable, Iterable, Iterator
from typing import Any


class SpanSet:
    """Spans ``(start, end)`` in the order they were added, searchable by position."""

    def __init__(self, spans: Iterable[tuple[int, int]] = ()) -> None:
        # (start, end, order added), sorted once: the list that adding them one by one would give
        # (the orders are distinct, so no two tuples tie), without an insertion per span
        self._sorted: list[tuple[int, int, int]] = sorted(
            (start, end, n) for n, (start, end) in enumerate(spans)
        )
        self._longest = max([0, *(end - start for start, end, _ in self._sorted)])

    def __len__(self) -> int:
        return len(self._sorted)

    def add(self, start: int, end: int) -> None:
        insort(self._sorted, (start, end, len(self._sorted)))
        self._longest = max(self._longest, end - start)

    def _near_positions(self, start: int, end: int) -> range:
        """The positions in the sorted list of the spans that start in ``[start - longest, end]``:
        every one that can overlap or hold the range."""
        lo = bisect_left(self._sorted, (start - self._longest,))
        return range(lo, bisect_left(self._sorted, (end + 1,), lo))

    def _near(self, start: int, end: int) -> Iterator[tuple[int, int, int]]:
        """The spans at :meth:`_near_positions`."""
        near = self._near_positions(start, end)
        return iter(self._sorted[near.start : near.stop])

    def overlaps(self, start: int, end: int) -> bool:
        """Whether a span shares a character with ``[start, end)`` (``s < end and start < e``)."""
        # read in a plain loop: asked some 200 times an article, where ``any`` over a generator
        # cost a frame per span
        spans = self._sorted
        for k in self._near_positions(start, end):
            s, e, _ = spans[k]
            if s < end and start < e:
                return True
        return False

    def holding(self, start: int, end: int) -> list[int]:
        """The orders of the spans with ``s <= start and end <= e``, first-added first."""
        return sorted(n for s, e, n in self._near(start, start) if s <= start and end <= e)

    def first_containing(self, offset: int) -> int | None:
        """The order (0, 1, …) of the first-added span with ``start <= offset < end``, or None."""
        orders = [n for s, e, n in self._near(offset, offset) if s <= offset < e]
        return min(orders) if orders else None


class SpanIndex:
    """Items ``(payload, start, end)`` found by the range they lie in, in their original order.

    :meth:`inside` returns what a scan ``[i for i in items if outer[0] <= i.start
    and i.end <= outer[1]]`` would, so ties are broken as before.
    """

    def __init__(self, items: list[tuple[Any, int, int]]) -> None:
        self.items = items
        self.order = sorted(range(len(items)), key=lambda i: items[i][1])
        self.starts = [items[i][1] for i in self.order]

    def inside(self, outer: tuple[int, int]) -> list[Any]:
        lo, hi = bisect_left(self.starts, outer[0]), bisect_right(self.starts, outer[1])
        found = sorted(i for i in self.order[lo:hi] if self.items[i][2] <= outer[1])
        return [self.items[i] for i in found]


def memo(ctx: Any, key: str, source: object, build: Callable[[], Any]) -> Any:
    """*build()* once per article context and *source* object (rebuilt when *source* is replaced)."""
    cache = ctx.__dict__.setdefault("_span_memo", {})
    held = cache.get(key)
    if held is None or held[0] is not source:
        held = (source, build())
        cache[key] = held
    return held[1]


def dates_index(ctx: Any) -> SpanIndex:
    """The article's date mentions as a :class:`SpanIndex` of ``(mention, start, end)``."""
    return memo(ctx, "dates", ctx.dates, lambda: SpanIndex([(d, d.start, d.end) for d in ctx.dates]))
