"""Resolution of parsed temporal expressions against an anchor date (internal to dates.py).

Kept apart from the grammar in :mod:`tally.extract.dates.rules`: the grammar
says what an expression means ("last" + "Thursday"), this module turns that
into an ISO value at its granularity, given the publication date and the
tense of the clause.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace

from tally.extract.dates import words as date_words
from tally.extract.dates.calendars import persian_to_gregorian
from tally.extract.dates.tokens import Expr, days_in, valid_date


def _week(d: dt.date) -> str:
    iso = d.isocalendar()
    return f"{iso[0]}-W{iso[1]:02d}"


def _add_months(year: int, month: int, n: int) -> tuple[int, int]:
    total = year * 12 + (month - 1) + n
    return total // 12, total % 12 + 1


def _holiday_date(key: tuple[str, ...], year: int) -> dt.date:
    """The (first) day of holiday *key* in *year*; ValueError for a year it cannot be given."""
    return _holiday_days(key, year)[0]


def _holiday_value(key: tuple[str, ...], year: int) -> str:
    """The ISO value of holiday *key* in *year*: its day, or ``first/last`` for a week ("Holy Week")."""
    first, last = _holiday_days(key, year)
    return first.isoformat() if first == last else f"{first.isoformat()}/{last.isoformat()}"


def _holiday_days(key: tuple[str, ...], year: int) -> tuple[dt.date, dt.date]:
    if key[0] == "thanksgiving":  # US: fourth Thursday of November
        first = dt.date(year, 11, 1)
        day = first + dt.timedelta(days=(3 - first.weekday()) % 7 + 21)
        return day, day
    if key in date_words.EASTER_DAYS:
        from dateutil.easter import easter

        sunday = easter(year)
        begin, end = date_words.EASTER_DAYS[key]
        return sunday + dt.timedelta(days=begin), sunday + dt.timedelta(days=end)
    if date_words.HOLIDAYS[key] == "lunar":  # the first day of the Chinese calendar's year
        lunar = _lunar_new_years().get(year)
        if lunar is None:
            raise ValueError(f"no Lunar New Year known for {year}")
        return lunar, lunar
    month_day = date_words.HOLIDAYS[key]
    assert month_day is not None
    day = dt.date(year, *month_day)
    return day, day


def _lunar_new_years() -> dict[int, dt.date]:
    """The first day of the Lunar New Year by year, for the years the table holds."""
    days = (dt.date.fromisoformat(line) for line in date_words.LUNAR_NEW_YEAR)
    return {day.year: day for day in days}


Value = tuple[str | None, str | None, str]


def _to_the_day(anchor: dt.date, unit: str | None, n: int) -> dt.date:
    """*anchor* moved *n* weeks, months or years back, to the same day ("a year ago today").

    A day the month lacks (29 February a year on) becomes the month's last.
    """
    if unit == "week":
        return anchor - dt.timedelta(weeks=n)
    y, m = _add_months(anchor.year, anchor.month, -n * (12 if unit == "year" else 1))
    return dt.date(y, m, min(anchor.day, days_in(m, y)))


def _persian_nearest(expr: Expr, anchor: dt.date, tense: str | None) -> str:
    """The Gregorian day of a yearless Persian day ("Aban 27") in the Persian year that puts it nearest *anchor*.

    As for a yearless day of ours (:func:`_nearest_year`): the tense leans it
    to the past or the future.
    """
    month, day = expr.month or 1, expr.day or 1
    persian_year = anchor.year - 621 if (anchor.month, anchor.day) >= (3, 21) else anchor.year - 622
    days = [persian_to_gregorian(y, month, day) for y in (persian_year - 1, persian_year, persian_year + 1)]
    return min(days, key=lambda d: _cost((d - anchor).days, tense)).isoformat()


def granularity(expr: Expr) -> str | None:
    """The granularity of *expr*'s value, known even when the value is not."""
    if expr.kind == "date":
        return "day" if expr.day else "month" if expr.month else "year"
    if expr.kind in {"weekday", "offset", "holiday", "persian"} or expr.to_the_day:
        return "day"
    if expr.kind in {"rel", "ago", "anaphor", "event"}:
        unit = expr.unit or "day"
        return {"weekend": "day", "decade": "year", "dom": "day", "weekday": "day"}.get(unit, unit)
    if expr.kind == "decade":
        return "decade"
    if expr.kind == "season":
        return "year"
    return None


#: How precisely an expression's anchor must be known to resolve it: not at all
#: (an absolute date), its year ("last year"), its month ("last month", "in
#: March", "January 2"), or its day ("yesterday", "on Monday").
NONE, YEAR, MONTH, DAY = 0, 1, 2, 3


def anchor_precision(expr: Expr) -> int:
    """How much of the anchor date *expr* needs (:data:`NONE` … :data:`DAY`).

    A publication date known only to the month ("2020-06") resolves "last
    year" and "January 2", not "yesterday".
    """
    k = expr.kind
    if k in {"vague", "anaphor", "decade", "event"}:
        return NONE
    if k == "date":
        last = expr.until
        if expr.rel is None and (expr.year is not None or (last is not None and last.year is not None)):
            return NONE
        return YEAR if expr.year_shift is not None else MONTH
    if k in {"season", "holiday"}:
        return NONE if expr.year is not None else MONTH
    if expr.dom is not None and k in {"weekday", "offset"}:
        return MONTH  # "Sunday (18)": the day of the month, written, needs only the month of writing
    if k == "persian":
        return MONTH  # like "November 16": the year is the anchor's
    if k in {"rel", "ago"} and not expr.to_the_day:
        return {"year": YEAR, "decade": YEAR, "month": MONTH}.get(expr.unit or "", DAY)
    return DAY


def _nearest_year(anchor: dt.date, date_in: Callable[[int], dt.date], tense: str | None) -> int:
    """The year that puts a yearless date (``date_in(year)``) nearest to *anchor*.

    Without a tense, a date ahead counts as :data:`FUTURE_PENALTY` times as far
    as one behind: news mostly reports what has happened, but "the summit in
    April" written in March is next month, not eleven months ago. A tense
    makes the other direction :data:`TENSE_PENALTY` times as far; it is a
    penalty, not a ban, because the parse can be wrong and reported speech
    shifts tenses ("said the vote was set for Oct. 26" the day before).
    """
    years = (anchor.year - 1, anchor.year, anchor.year + 1)
    return min(years, key=lambda y: _cost((date_in(y) - anchor).days, tense))


#: How many years back a yearless day named with its weekday is looked for ("Sunday 17 November"
#: in a report of 2022 is 2019's): a weekday falls on the same day of the year every 5 to 11 years.
WEEKDAY_YEARS_BACK = 6


def _weekday_year(expr: Expr, anchor: dt.date, tense: str | None) -> int | None:
    """The year, nearest *anchor*, in which a yearless day falls on the weekday written with it, or None.

    "On Friday, 15 November, fuel prices tripled" in a report of 2022 is 15
    November 2019, a Friday, not 15 November 2022, a Tuesday: the weekday is the
    writer's own check on the day. A fixed number of years: constant time.
    """
    if expr.weekday is None or expr.month is None or expr.day is None:
        return None
    month, day = expr.month, expr.day
    years = [
        y
        for y in range(anchor.year - WEEKDAY_YEARS_BACK, anchor.year + 2)
        if valid_date(y, month, day) and dt.date(y, month, day).weekday() == expr.weekday
    ]
    if not years:
        return None
    return min(years, key=lambda y: _cost((dt.date(y, month, day) - anchor).days, tense))


#: How many months before the day a day word would name its day of the month may lie ("Sunday the
#: 18th" written in September is August's): every day of the month up to the 28th falls on every
#: weekday within a year.
DOM_MONTHS_BACK = 12


def _one_day(value: str | None) -> dt.date | None:
    """*value* as a date when it names one whole day ("2024-10-04"), else None (a month, an interval)."""
    if value is None or len(value) != 10 or "/" in value:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return None


def on_day_of_month(value: str | None, dom: int, weekday: int | None, tense: str | None = None) -> str | None:
    """*value*, a day a day word names, moved to the nearest day numbered *dom* (of its *weekday*).

    "On Sunday (18)" published on Wednesday 28 August 2024: the 18th, a Sunday, not the 25th;
    "yesterday (08)" known only to be of October: the 8th of October. A weekday resolved by the
    past tense is the latest one before writing, so the day meant is no later than it ("jailed
    on Friday the 13th" in August is an earlier month's, however near the next one); by "will",
    no earlier. A fixed number of months looked at: constant time. *value* unchanged when no
    such day is near.
    """
    base = _one_day(value)
    if base is None:
        return value
    best: dt.date | None = None
    for shift in range(-DOM_MONTHS_BACK, 3):
        year, month = _add_months(base.year, base.month, shift)
        if not 1 <= year <= 9999 or not valid_date(year, month, dom):
            continue
        day = dt.date(year, month, dom)
        if weekday is not None and day.weekday() != weekday:
            continue
        if weekday is not None and ((tense == "past" and day > base) or (tense == "future" and day < base)):
            continue
        if best is None or _cost((day - base).days, tense) < _cost((best - base).days, tense):
            best = day
    return best.isoformat() if best is not None else value


def on_weekday(value: str | None, weekday: int) -> str | None:
    """*value*, the day "yesterday" or "today" names, moved to the nearest *weekday* written with it.

    "Guards beat them yesterday (Wednesday)" in a report published on Friday: written on
    Thursday, so yesterday is that Wednesday. The nearer day back on a tie.
    """
    day = _one_day(value)
    if day is None:
        return value
    back = (day.weekday() - weekday) % 7
    ahead = (weekday - day.weekday()) % 7
    moved = day - dt.timedelta(days=back) if back <= ahead else day + dt.timedelta(days=ahead)
    return moved.isoformat() if 1 <= moved.year <= 9999 else value


def _cost(days: int, tense: str | None) -> float:
    """How far a date *days* after the anchor is, given the tense (see :func:`_nearest_year`)."""
    if tense == "narrative":
        # against a date the article gave, not the time of writing: the story may
        # go on after it or look back, and the clause's past tense says neither
        return abs(days)
    if days > 0:
        return days * {"future": 1, "past": TENSE_PENALTY}.get(tense or "", FUTURE_PENALTY)
    return -days * (TENSE_PENALTY if tense == "future" else 1)


#: How much further a yearless date ahead of the anchor counts than one behind
#: it when the tense is unknown (see :func:`_nearest_year`).
FUTURE_PENALTY = 2
#: How much further a date against the clause's tense counts (see :func:`_nearest_year`).
TENSE_PENALTY = 8


def resolve(expr: Expr, anchor: dt.date | None, *, tense: str | None = None) -> Value:
    """``(value, granularity, anchor kind)`` of *expr* against *anchor* (the publication date).

    A date that falls outside the years ``datetime`` holds (1..9999: "yesterday"
    published 0001-01-01, "next year" in 9999) has no value: hostile input must
    not end the run.

    :param tense: ``"past"``, ``"future"`` or None (unknown) for the clause
        the expression is in: it decides whether a bare weekday, month or
        holiday is the last one or the next one. ``"narrative"`` when *anchor*
        is a date the article gave rather than its publication date: then
        the nearest one either way.
    """
    try:
        value = _resolve(expr, anchor, tense)
    except (OverflowError, ValueError):
        return None, granularity(expr), "none"
    if value[0] is not None and not _in_calendar(value[0]):
        return None, value[1], "none"
    return value


def _in_calendar(value: str) -> bool:
    """Whether every year of an ISO value is within 1..9999 ("-001", "0000", "10000-01" are not)."""
    return all(
        len(y := part.split("-", 1)[0]) == 4 and y[:3].isdecimal() and y != "0000"
        for part in value.split("/")
    )


def _resolve(expr: Expr, anchor: dt.date | None, tense: str | None) -> Value:
    if expr.dom is not None and expr.until is None:
        value, gran, kind = _resolve(replace(expr, dom=None), anchor, tense)
        return on_day_of_month(value, expr.dom, expr.weekday, tense), gran, kind
    if expr.kind == "offset" and expr.weekday is not None:
        value, gran, kind = _resolve(replace(expr, weekday=None), anchor, tense)
        return on_weekday(value, expr.weekday), gran, kind
    gran = granularity(expr)
    k = expr.kind
    if expr.until is not None:
        return _resolve_interval(expr, anchor, tense)
    if k in {"vague", "anaphor", "event"}:
        return None, gran, "none"
    if k == "decade":
        return f"{str(expr.year)[:3]}X", gran, "absolute"
    if k == "date" and expr.year is not None and expr.rel is None:
        y = expr.year
        value = f"{y:04d}" if not expr.month else f"{y:04d}-{expr.month:02d}"
        if expr.day:
            if not valid_date(y, expr.month or 1, expr.day):
                return None, gran, "none"
            value += f"-{expr.day:02d}"
        return value, gran, "absolute"
    if k == "season" and expr.year is not None:
        return None if expr.season == "WI" else f"{expr.year:04d}", gran, "absolute"
    if k == "holiday" and expr.year is not None:
        assert expr.holiday is not None
        return _holiday_value(expr.holiday, expr.year), gran, "absolute"
    if anchor is None:
        return None, gran, "none"
    a = anchor
    if k == "offset":
        return (a + dt.timedelta(days=expr.n or 0)).isoformat(), gran, "published"
    if k == "weekday":
        assert expr.weekday is not None
        back = (a.weekday() - expr.weekday) % 7
        ahead = (expr.weekday - a.weekday()) % 7
        if expr.week_shift is not None:  # "Friday next week": that weekday of the week named
            d = a + dt.timedelta(days=expr.weekday - a.weekday() + 7 * expr.week_shift)
        elif expr.rel == "last":
            d = a - dt.timedelta(days=back or 7)
        elif expr.rel == "next":
            d = a + dt.timedelta(days=ahead or 7)
        elif expr.rel == "this":
            d = a + dt.timedelta(days=expr.weekday - a.weekday())
        else:  # the nearest such day, the anchor day included, leaning to the past
            d = min(
                (a - dt.timedelta(days=back), a + dt.timedelta(days=ahead)),
                key=lambda c: _cost((c - a).days, tense),
            )
        return d.isoformat(), gran, "published"
    if k == "date" and expr.year_shift is not None:  # "November last year"
        shifted = resolve(replace(expr, year=a.year + expr.year_shift, year_shift=None), None)[0]
        return shifted, gran, "published" if shifted is not None else "none"
    if k == "date":  # month (and day) without a year
        m = expr.month
        assert m is not None
        month: int = m  # for the lambdas below (a closure does not keep the narrowing of m)
        if expr.rel == "last":
            y = a.year if m < a.month else a.year - 1
        elif expr.rel == "next":
            y = a.year if m > a.month else a.year + 1
        elif expr.rel == "this":
            y = a.year
        elif expr.day is not None:
            y = _weekday_year(expr, a, tense) or _nearest_year(
                a, lambda yy: dt.date(yy, month, min(expr.day or 1, days_in(month, yy))), tense
            )
        else:
            y = _nearest_year(a, lambda yy: dt.date(yy, month, a.day if month == a.month else 15), tense)
        if expr.day is not None:
            if not valid_date(y, m, expr.day):
                return None, gran, "none"
            return f"{y:04d}-{m:02d}-{expr.day:02d}", gran, "published"
        return f"{y:04d}-{m:02d}", gran, "published"
    if k == "rel":
        step = {"last": -1, "next": 1, "this": 0}[expr.rel or "this"]
        unit = expr.unit
        if unit == "year":
            return f"{a.year + step:04d}", gran, "published"
        if unit == "month":
            y, m = _add_months(a.year, a.month, step)
            return f"{y:04d}-{m:02d}", gran, "published"
        if unit == "week":
            return _week(a + dt.timedelta(weeks=step)), gran, "published"
        if unit == "weekend":  # the Saturday and Sunday of the weekend meant
            sat = a - dt.timedelta(days=(a.weekday() - 5) % 7)  # latest Saturday up to today
            if expr.rel is None:  # "over the weekend": the one just gone, or the coming one if "will"
                step = 0 if tense == "future" else -1
                if step < 0:
                    return _weekend_days(sat), gran, "published"
            if step > 0 or (step == 0 and a.weekday() < 5):
                sat += dt.timedelta(days=7)
            elif step < 0 and a.weekday() >= 5:
                sat -= dt.timedelta(days=7)  # written on a weekend, "last weekend" is the one before it
            return _weekend_days(sat), gran, "published"
    if k == "ago":
        if expr.n is None:
            return None, gran, "none"
        n, unit = expr.n, expr.unit
        if expr.to_the_day:
            return _to_the_day(a, unit, n).isoformat(), gran, "published"
        if unit == "day":
            return (a - dt.timedelta(days=n)).isoformat(), gran, "published"
        if unit == "week":
            return _week(a - dt.timedelta(weeks=n)), gran, "published"
        if unit == "month":
            y, m = _add_months(a.year, a.month, -n)
            return f"{y:04d}-{m:02d}", gran, "published"
        years = n * 10 if unit == "decade" else n
        return f"{a.year - years:04d}", gran, "published"
    if k == "season":
        if expr.season == "WI":  # a winter spans two years: no single year to give
            return None, gran, "none"
        end_month = {"SP": 5, "SU": 8, "FA": 11}[expr.season or "SU"]
        y = a.year
        if expr.rel == "last" and a.month <= end_month:
            y -= 1
        elif expr.rel == "next" and a.month > end_month - 2:
            y += 1
        elif expr.rel is None and tense == "past" and a.month < end_month - 2:
            y -= 1  # "in the summer" of a past clause written in March: last year's
        elif expr.rel is None and tense == "future" and a.month > end_month:
            y += 1  # "will resume in the spring" written in December: next year's
        return f"{y:04d}", gran, "published"
    if k == "persian":
        return _persian_nearest(expr, a, tense), gran, "published"
    if k == "holiday":
        assert expr.holiday is not None
        key = expr.holiday
        y = _nearest_year(a, lambda yy: _holiday_date(key, yy), tense)
        return _holiday_value(key, y), gran, "published"
    return None, gran, "none"


def _month_day(expr: Expr) -> tuple[int, int]:
    return expr.month or 0, expr.day or 0


def _resolve_interval(expr: Expr, anchor: dt.date | None, tense: str | None) -> Value:
    """ "Nov. 15 to 18", "Monday to Wednesday", "between 2014 and 2021" as ``start/end``.

    The first end resolves like a date alone; an end without a year takes the
    other's, the last end falling after the first ("Dec. 28 to Jan. 3" ends in
    the next year), and a weekday end is the first such day after the start.
    """
    assert expr.until is not None
    first, last = replace(expr, until=None), expr.until
    gran = granularity(first)
    if first.kind == "weekday":
        value, _, kind = resolve(first, anchor, tense=tense)
        if value is None or last.weekday is None or first.weekday is None:
            return None, gran, kind
        first_day = dt.date.fromisoformat(value)
        last_day = first_day + dt.timedelta(days=(last.weekday - first.weekday) % 7 or 7)
        return f"{value}/{last_day.isoformat()}", gran, kind
    kind = "absolute"
    if first.year_shift is not None:  # "between May and June last year": the span's last end gives the year
        if anchor is None:
            return None, gran, "none"
        last = replace(last, year=anchor.year + first.year_shift)
        first, kind = replace(first, year_shift=None), "published"
    if first.year is None and last.year is not None:
        first = replace(first, year=last.year - (1 if _month_day(first) > _month_day(last) else 0))
    if first.year is None:
        value, _, kind = resolve(first, anchor, tense=tense)
        if value is None:
            return None, gran, kind
        first = replace(first, year=int(value[:4]))
    if last.year is None:
        assert first.year is not None
        last = replace(last, year=first.year + (1 if _month_day(last) < _month_day(first) else 0))
    start, end = resolve(first, None)[0], resolve(last, None)[0]
    if start is None or end is None:
        return None, gran, "none"
    return f"{start}/{end}", gran, kind


def shift(value: str, gran: str, unit: str, n: int) -> str | None:
    """*value* moved by *n* units (for "the next day" after a resolved date), or None.

    The unit may be coarser than the value: "the previous year" after "in July
    2024" is 2023. An interval moves from its start backwards and from its end
    forwards ("the year after" 2014–2021 is 2022).
    """
    if "/" in value:
        value = value.split("/", 1)[0 if n < 0 else 1]
    moved = _shift(value, gran, unit, n)
    return moved if moved is not None and _in_calendar(moved) else None


def _weekend_from(day: dt.date, n: int) -> str:
    """The days of the weekend *n* weekends from *day* ("the previous weekend": -1), as "last weekend" is.

    A weekend is in its week (ISO: Monday to Sunday). From a weekday, the weekend before is last
    week's and the one after this week's; from a Saturday or Sunday, the weekend it is in counts as
    none, so the one before is last week's and the one after next week's.
    """
    if n > 0 and day.weekday() < 5:
        n -= 1  # "On Wednesday … the following weekend": that week's
    moved = day + dt.timedelta(weeks=n)
    return _weekend_days(moved + dt.timedelta(days=5 - moved.weekday()))


def _weekend_days(saturday: dt.date) -> str:
    """A weekend as the interval of its two days, Saturday to Sunday (``ANNOTATION.md``: "the weekend")."""
    return f"{saturday.isoformat()}/{(saturday + dt.timedelta(days=1)).isoformat()}"


def _shift(value: str, gran: str, unit: str, n: int) -> str | None:
    try:
        if gran == "week" and unit != "week" and "-W" in value:
            # "the week before … a month later": the week stands as its Thursday (ISO's own rule)
            year, week = value.split("-W", 1)
            thursday = dt.date.fromisocalendar(int(year), int(week), 4)
            return _shift(thursday.isoformat(), "day", unit, n)
        if gran == "day" and unit == "day":
            return (dt.date.fromisoformat(value) + dt.timedelta(days=n)).isoformat()
        if gran in {"year", "month", "day"} and unit == "year":
            return f"{int(value[:4]) + n:04d}"
        if gran in {"month", "day"} and unit == "month":
            y, m = _add_months(int(value[:4]), int(value[5:7]), n)
            return f"{y:04d}-{m:02d}"
        if gran == "day" and unit == "week":
            return _week(dt.date.fromisoformat(value) + dt.timedelta(weeks=n))
        if gran == "day" and unit == "weekend":
            return _weekend_from(dt.date.fromisoformat(value), n)
    except (OverflowError, ValueError):
        return None
    return None
