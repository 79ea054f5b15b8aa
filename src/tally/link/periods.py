"""Periods: the days an ISO 8601 date of any granularity covers, and how two periods meet.

Claims and event clusters compare records by period, not by date string:
"2019-11" and "2019-11-16" overlap, "2019-W46" lies inside "2019-11". A
period is ``[first day, last day]`` as ISO strings (so they compare as text);
``None`` is an unknown period.
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta


def date_interval(value: str | None) -> tuple[str, str] | None:
    """The first and last day an ISO 8601 date of any granularity covers.

    ``2019`` -> 2019-01-01..2019-12-31, ``2019-11``, ``2019-11-15``, ``2019-W46``,
    ``201X`` (a decade), an interval ``2019-11-15/2019-11-18``; None for anything else.
    """
    if not value:
        return None
    if "/" in value:
        # an interval ("2019-11-15/2019-11-18", "2014/2021"): from its start's first day to its end's last
        first, _, last = value.partition("/")
        start, end = date_interval(first), date_interval(last)
        if start is None or end is None or "/" in last or start[0] > end[1]:
            return None
        return start[0], end[1]
    try:
        if len(value) == 4 and value[:3].isdecimal() and value[3] in "Xx":
            decade = max(int(value[:3]) * 10, 1)
            return f"{decade:04d}-01-01", f"{decade + 9:04d}-12-31"
        if len(value) == 4 and value.isdecimal():
            return (f"{value}-01-01", f"{value}-12-31") if value != "0000" else None
        if len(value) == 7 and value[4] == "-" and value[5:].isdecimal():
            year, month = int(value[:4]), int(value[5:])
            first_day = date(year, month, 1)
            last_day = first_day.replace(day=calendar.monthrange(year, month)[1])
            return first_day.isoformat(), last_day.isoformat()
        if len(value) >= 8 and value[4:6] == "-W":
            monday = date.fromisocalendar(int(value[:4]), int(value[6:8]), 1)
            return monday.isoformat(), _moved(monday, 6).isoformat()
        if len(value) == 10:
            day = date.fromisoformat(value)
            return day.isoformat(), day.isoformat()
    except ValueError:
        return None
    return None


def undated_window(published: str | None, days: int) -> tuple[str, str] | None:
    """The *days* before publication: what an undated record most likely speaks of."""
    if not published:
        return None
    try:
        day = date.fromisoformat(published[:10])
    except ValueError:
        return None
    return _moved(day, -days).isoformat(), day.isoformat()


def _moved(day: date, days: int) -> date:
    """*day* moved by *days*, stopped at the ends of the calendar ``datetime`` holds (years 1..9999).

    An article dated 0001-01-01 must not make linking fail for the whole corpus.
    """
    try:
        return day + timedelta(days=days)
    except OverflowError:
        return date.min if days < 0 else date.max


def widen(period: tuple[str, str] | None, days: int) -> tuple[str, str] | None:
    """*period* with *days* added on both sides."""
    if period is None or days == 0:
        return period
    try:
        first, last = date.fromisoformat(period[0]), date.fromisoformat(period[1])
    except ValueError:
        return period
    return _moved(first, -days).isoformat(), _moved(last, days).isoformat()


def overlaps(a: list[str] | None, b: list[str] | None) -> bool:
    """Whether two intervals share a day.

    An unknown period (no date, no publication date) meets only another unknown
    one: grouping an undated count with every dated one would corroborate
    counts of different years.
    """
    if a is None or b is None:
        return a is None and b is None
    return a[0] <= b[1] and b[0] <= a[1]


def inside(a: list[str] | None, b: list[str] | None) -> bool:
    """Whether period *a* lies within period *b* (unknown lies nowhere)."""
    return a is not None and b is not None and b[0] <= a[0] and a[1] <= b[1]


def period_days(period: list[str] | None, unknown: int) -> int:
    """How many days *period* spans beyond its first (*unknown* for an unknown period)."""
    if not period:
        return unknown
    return (date.fromisoformat(period[1]) - date.fromisoformat(period[0])).days


class CommonSpan:
    """What replay (:meth:`tally.link.grouping._Replay.takes`) reads of a list of items: how many, how many without a period, and
    the latest first day and earliest last day of the others (their common span).

    Every item of a list meets a period exactly when the list's span does, so a group is checked
    against an item in one step, not one per member (a large group was read member by member for
    every item placed near it).
    """

    __slots__ = ("count", "undated", "start", "end")

    def __init__(self) -> None:
        self.count = 0
        self.undated = 0
        self.start = ""
        self.end = "\uffff"

    def add(self, period: tuple[str, str] | None) -> None:
        self.count += 1
        if period is None:
            self.undated += 1
        else:
            self.start = max(self.start, period[0])
            self.end = min(self.end, period[1])

    def copy(self) -> CommonSpan:
        other = CommonSpan()
        other.count, other.undated, other.start, other.end = self.count, self.undated, self.start, self.end
        return other

    def meets(self, period: list[str] | tuple[str, str] | None) -> bool:
        """Whether every item's period meets *period* (unknown meets only unknown); False for no items."""
        if not self.count:
            return False
        if period is None:
            return self.undated == self.count
        return not self.undated and self.start <= period[1] and period[0] <= self.end
