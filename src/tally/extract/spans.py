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

from bisect import bisect_left, insort
from collections.abc import Iterable, Iterator


class SpanSet:
    """Spans ``(start, end)`` in the order they were added, searchable by position."""

    def __init__(self, spans: Iterable[tuple[int, int]] = ()) -> None:
        self._sorted: list[tuple[int, int, int]] = []  # (start, end, order added)
        self._longest = 0
        for start, end in spans:
            self.add(start, end)

    def __len__(self) -> int:
        return len(self._sorted)

    def add(self, start: int, end: int) -> None:
        insort(self._sorted, (start, end, len(self._sorted)))
        self._longest = max(self._longest, end - start)

    def _near(self, start: int, end: int) -> Iterator[tuple[int, int, int]]:
        """Spans that start in ``[start - longest, end]``: every one that can overlap or hold the range."""
        lo = bisect_left(self._sorted, (start - self._longest,))
        hi = bisect_left(self._sorted, (end + 1,))
        return iter(self._sorted[lo:hi])

    def overlaps(self, start: int, end: int) -> bool:
        """Whether a span shares a character with ``[start, end)`` (``s < end and start < e``)."""
        return any(s < end and start < e for s, e, _ in self._near(start, end))

    def first_containing(self, offset: int) -> int | None:
        """The order (0, 1, …) of the first-added span with ``start <= offset < end``, or None."""
        orders = [n for s, e, n in self._near(offset, offset) if s <= offset < e]
        return min(orders) if orders else None
