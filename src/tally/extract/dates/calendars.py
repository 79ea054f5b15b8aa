"""Dates in the calendars written next to ours: the Iranian (Solar Hijri, with its leap years
and Nowruz), the Buddhist Era, the Ethiopian and the Islamic (Hijri) calendars, converted to
the Gregorian.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, replace

from tally.extract.dates import words as date_words
from tally.extract.dates.parts import _day_at, _listed_persian, _skip, _year_at
from tally.extract.dates.tokens import Expr, Match, Tok

# --- the Iranian (Solar Hijri) calendar ---------------------------------------------------------

#: Years of the Iranian calendar that state media and rights groups give next to a
#: Persian month (1300 is 1921, 1499 is 2120): a wider range would take real years.
_PERSIAN_YEARS = (1300, 1499)

#: Gregorian-calendar leap-cycle breaks of the Jalali calendar (Borkowski's algorithm,
#: as in the jalaali libraries): the 33-year cycles shift at these Persian years.
_JALALI_BREAKS = (
    -61,
    9,
    38,
    199,
    426,
    686,
    756,
    818,
    1111,
    1181,
    1210,
    1635,
    2060,
    2097,
    2192,
    2262,
    2324,
    2394,
    2456,
    3178,
)


def _nowruz(year: int) -> dt.date:
    """The Gregorian day of 1 Farvardin (Nowruz) of Persian *year* (20, 21 or 22 March).

    The Persian year starts at the March equinox; Borkowski's arithmetic over the
    33-year cycles gives it for the years 1..3177 without an astronomical table.
    """
    leap_j, jp, jump = -14, _JALALI_BREAKS[0], 0
    for jm in _JALALI_BREAKS[1:]:
        jump = jm - jp
        if year < jm:
            break
        leap_j += jump // 33 * 8 + jump % 33 // 4
        jp = jm
    n = year - jp
    leap_j += n // 33 * 8 + (n % 33 + 3) // 4
    if jump % 33 == 4 and jump - n == 4:
        leap_j += 1
    gy = year + 621
    leap_g = gy // 4 - (gy // 100 + 1) * 3 // 4 - 150
    return dt.date(gy, 3, 20 + leap_j - leap_g)


def persian_to_gregorian(year: int, month: int, day: int) -> dt.date:
    """The Gregorian day of Persian *year*, *month*, *day*: the first six months have 31 days, the next five 30."""
    before = (month - 1) * 31 if month <= 7 else 186 + (month - 7) * 30
    return _nowruz(year) + dt.timedelta(days=before + day - 1)


def _persian_days(month: int) -> int:
    """The longest a Persian month runs (Esfand has 30 days in a leap year)."""
    return 31 if month <= 6 else 30


# --- other calendars written next to ours: Buddhist Era, Ethiopian, Islamic --------------------------

#: Years of the Thai Buddhist Era that copy gives (2400 is 1857, 2699 is 2156): 543 ahead of ours.
_BUDDHIST_YEARS = (2400, 2699)
_BUDDHIST_OFFSET = 543
#: Years of the Ethiopian calendar that copy gives next to an Ethiopian month (1900 is 1907/08).
_ETHIOPIAN_YEARS = (1900, 2199)
#: Years of the Islamic (Hijri) calendar that copy gives next to a Hijri month (1300 is 1882/83).
_HIJRI_YEARS = (1300, 1499)


def _buddhist_era_at(toks: list[Tok], k: int) -> int | None:
    """The index after a Buddhist Era mark at *k* ("B.E." or "BE"), or None."""
    if k < len(toks) and toks[k].text == "BE":
        return k + 1
    if k + 2 < len(toks) and toks[k].text == "B" and toks[k + 1].text == "." and toks[k + 2].text == "E":
        return _skip(toks, k + 3, ".")
    return None


def _buddhist_year_at(toks: list[Tok], k: int) -> tuple[int, int] | None:
    """``(Gregorian year, next index)`` of "B.E. 2563" or "2563 B.E." at *k*, with "(2020)" after it.

    The year in brackets, when the copy gives one, is taken with the span (it is
    the same year, not a second date) and must agree with the conversion.
    """
    era = _buddhist_era_at(toks, k)
    year = _year_at(toks, era if era is not None else k, *_BUDDHIST_YEARS)
    if year is None:
        return None
    end = year[1]
    if era is None:
        era_end = _buddhist_era_at(toks, end)
        if era_end is None:
            return None
        end = era_end
    ours = year[0] - _BUDDHIST_OFFSET
    if end + 2 < len(toks) and toks[end].text == "(" and toks[end + 2].text == ")":
        if toks[end + 1].text != str(ours):
            return None
        end += 3
    return ours, end


def _ethiopian_to_gregorian(year: int, month: int, day: int) -> dt.date:
    """The Gregorian day of Ethiopian *year*, *month*, *day*.

    The Ethiopian year opens on 1 Meskerem, 11 September of our year seven on (12
    September when its own year is divisible by four, the year before our leap
    year); twelve months of 30 days and Pagume of 5 or 6 follow.
    """
    new_year = dt.date(year + 7, 9, 12 if year % 4 == 0 else 11)
    return new_year + dt.timedelta(days=(month - 1) * 30 + day - 1)


@dataclass(frozen=True)
class _Calendar:
    """A calendar whose months copy writes next to ours, read by :func:`_calendar_day_at`.

    *months* names the word list (read when matched, so the active language's);
    *years* the years of that calendar copy gives; *longest* how long a month
    may run; *to_gregorian* the day of ours. *kept_yearless*: a yearless day is
    kept (kind ``persian``), to be placed in the calendar year of the anchor
    when resolved; *whole_month*: a month with its year alone is the interval
    of its days.
    """

    months: str
    years: tuple[int, int]
    longest: Callable[[int], int]
    to_gregorian: Callable[[int, int, int], dt.date]
    kept_yearless: bool
    whole_month: bool


#: The Iranian calendar: "24 Aban 1398", "Aban 24, 1398", "Aban 1398", "on Aban 27".
_PERSIAN = _Calendar("PERSIAN_MONTHS", _PERSIAN_YEARS, _persian_days, persian_to_gregorian, True, True)
#: The Ethiopian calendar: "Meskerem 22, 2009", "10 Hidar 2016" (a day and a year, always).
_ETHIOPIAN = _Calendar(
    "ETHIOPIAN_MONTHS",
    _ETHIOPIAN_YEARS,
    lambda month: 6 if month == 13 else 30,
    _ethiopian_to_gregorian,
    False,
    False,
)


def _calendar_day_at(toks: list[Tok], i: int, cal: _Calendar) -> Match | None:
    """A date of another calendar at *i*, converted to ours when its year is given.

    Iranian state media and rights groups date events by the Iranian calendar
    ("the protests of Aban 1398"), Ethiopian ones by theirs, next to ours ("On
    October 2, 2016 – Meskerem 22, 2009 in the Ethiopian calendar"): read as a
    year of ours, "1398" or "2009" would be far off. A capitalised month word
    must stand next to a day number or a year of that calendar ("Mehr" is also
    a news agency, "Azar" and "Sene" names). The Persian reader alone keeps a
    yearless day and a whole month (see :class:`_Calendar`), and reads "the 25th
    and 26th of Aban" day by day.
    """
    months = getattr(date_words, cal.months)
    day: int | None = None
    k = i
    found = _day_at(toks, k)
    if found is not None:
        day, k = found
        listed = _listed_persian(toks, k) if cal.kept_yearless else None
        if listed is not None and day <= cal.longest(listed):
            return Match(
                i, k, Expr("persian", month=listed, day=day)
            )  # the 25th of "the 25th and 26th of Aban"
        if k + 1 < len(toks) and toks[k].lower == "of":
            k += 1  # "the 26th of Aban"
    if k >= len(toks) or toks[k].lower not in months or not toks[k].text[0].isupper():
        return None
    month = int(months[toks[k].lower])
    k += 1
    if day is None and (found := _day_at(toks, k)) is not None:
        day, k = found
        if k < len(toks) and toks[k].text == ",":
            k += 1
    day_end = k - 1 if toks[k - 1].text == "," else k
    if day is not None and day > cal.longest(month):
        return None
    year = _year_at(toks, _skip(toks, k, ","), *cal.years)  # "10 Hidar, 2016"
    if year is None:
        # "on Aban 27", "13 Aban": the Persian year of the anchor, placed when resolved
        keep = day is not None and cal.kept_yearless
        return Match(i, day_end, Expr("persian", month=month, day=day)) if keep else None
    try:
        if day is not None:
            d = cal.to_gregorian(year[0], month, day)
            return Match(i, year[1], Expr("date", d.year, d.month, d.day))
        if not cal.whole_month:
            return None
        first = cal.to_gregorian(year[0], month, 1)
        last = (
            cal.to_gregorian(year[0] + 1, 1, 1) if month == 12 else cal.to_gregorian(year[0], month + 1, 1)
        ) - dt.timedelta(days=1)
    except (OverflowError, ValueError):
        return None
    until = Expr("date", last.year, last.month, last.day)
    return Match(i, year[1], Expr("date", first.year, first.month, first.day, until=until))


def _hijri_year(toks: list[Tok], i: int) -> Match | None:
    """A year of the Islamic calendar ("1 Muharram 1442", "Shawwal 1439 AH"): no date of ours.

    Its months do not keep to our seasons, and copy that gives one gives our
    date next to it ("(20 August 2020)"); read as a year of ours, "1442" would
    be six centuries off. It is matched, not listed (kind ``vague``).
    """
    year = _year_at(toks, i, *_HIJRI_YEARS)
    if year is None:
        return None
    end = year[1]
    after_month = i > 0 and toks[i - 1].lower in date_words.HIJRI_MONTH_ENDS and toks[i - 1].text[0].isupper()
    if end < len(toks) and toks[end].text == "AH":
        end += 1
    elif (
        end + 2 < len(toks)
        and toks[end].text == "A"
        and toks[end + 1].text == "."
        and toks[end + 2].text == "H"
    ):
        end = _skip(toks, end + 3, ".")
    elif not after_month:
        return None
    return Match(i, end, Expr("vague"))


def _other_calendar_at(toks: list[Tok], i: int, day: Match | None) -> Match | None:
    """A date of the Buddhist Era, of the Ethiopian calendar, or a year of the Islamic one, at *i*.

    *day* is what :func:`_match_calendar` found at *i*: a yearless day of ours
    that a Buddhist Era year may follow ("15 October B.E. 2563 (2020)").
    """
    if toks[i].text in {"B", "BE"}:
        year = _buddhist_year_at(toks, i)
        return Match(i, year[1], Expr("date", year[0])) if year is not None else None
    hijri = _hijri_year(toks, i)
    if hijri is not None:
        return hijri
    ethiopian = _calendar_day_at(toks, i, _ETHIOPIAN)
    if ethiopian is not None:
        return ethiopian
    if day is None or day.expr.kind != "date" or day.expr.year is not None or day.expr.month is None:
        return None
    if day.expr.until is not None:
        return None
    year = _buddhist_year_at(toks, day.j)
    return Match(i, year[1], replace(day.expr, year=year[0])) if year is not None else None


def _date_granularity(expr: Expr) -> str:
    return "day" if expr.day else "month" if expr.month else "year"
