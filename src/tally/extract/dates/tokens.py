"""The grammar's own word tokens and what it returns: :func:`tokenize` (one regular expression of
single character classes, which cannot backtrack), :class:`Tok`, :class:`Expr` (what an
expression means, before any anchor) and :class:`Match`; and the calendar checks every rule
uses (:func:`days_in`, :func:`valid_date`).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from typing import NamedTuple

from tally.extract.dates import words as date_words

_TOKEN = re.compile(r"[A-Za-z]+|\d+|[^\sA-Za-z\d]")


class Tok(NamedTuple):
    """One word, number or punctuation mark, with its character offsets.

    A named tuple, not a frozen dataclass: one is made for every word of every
    article, and a frozen dataclass's ``__init__`` sets each field through
    ``object.__setattr__`` (three times slower).
    """

    text: str
    lower: str
    start: int
    end: int
    glued: bool  # no whitespace between this token and the one before it


def tokenize(text: str) -> list[Tok]:
    """Split *text* into :class:`Tok` (letters, digits and single other characters)."""
    toks: list[Tok] = []
    append, make = toks.append, tuple.__new__  # a Tok without its generated __new__: a third faster
    prev_end = -1
    for m in _TOKEN.finditer(text):
        word = m.group()
        if not word.isascii() and word.isdecimal():
            continue  # "آبان ۱۳۹۸": digits of another script write another calendar's numbers
        start, end = m.span()
        append(make(Tok, (word, word.lower(), start, end, start == prev_end)))
        prev_end = end
    return toks


MONTHS = {
    name: i + 1
    for i, name in enumerate(
        [
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
        ]
    )
}
MONTH_ABBR = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
WEEKDAYS = {
    name: i
    for i, name in enumerate(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])
}
NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
}  # fmt: skip
_VAGUE_MAX = max(len(k) for k in date_words.VAGUE)
_HOLIDAY_MAX = max(len(k) for k in date_words.HOLIDAYS)
#: the first words of holidays and vague phrases: a token that starts none is not
#: looked up again for every length (that lookup was most of the dates scan)
_VAGUE_FIRST = frozenset(k[0] for k in date_words.VAGUE)
_HOLIDAY_FIRST = frozenset(k[0] for k in date_words.HOLIDAYS)


@dataclass(frozen=True)
class Expr:
    """What a temporal expression means, before it is anchored.

    ``kind`` is one of: ``date`` (explicit year/month/day parts, any may be
    missing), ``persian`` (a day and month of the Iranian calendar without its
    year), ``weekday``, ``rel`` (``rel`` + ``unit``: "last week"), ``ago``
    (``n`` ``unit`` before the anchor), ``offset`` (``n`` days from the anchor:
    "yesterday"), ``decade``, ``season``, ``holiday``, ``anaphor`` ("that day":
    the date of the previous mention), ``event`` (``n`` ``unit`` from an event
    whose date is not given: "two days after the vote"; no date of its own,
    never listed), ``vague`` (no value).

    An interval ("Nov. 15 to 18", "Monday to Wednesday", "between 2014 and
    2021") is its first end, with the last in ``until``. ``year_shift`` is a
    year given relative to the anchor's after a month or day ("November last
    year": -1).
    """

    kind: str
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    rel: str | None = None  # last | next | this | None
    unit: str | None = None
    n: int | None = None
    season: str | None = None
    holiday: tuple[str, ...] | None = None
    weak: bool = False  # a bare year without a date context: the caller decides
    until: Expr | None = None  # the last end of an interval
    year_shift: int | None = None  # "November last year": the anchor's year -1
    to_the_day: bool = False  # "a year ago today": the anchor's day, n units back
    story_year: int | None = None  # "2 May that year": the year of the date before, moved by this many
    week_shift: int | None = None  # "Friday next week": the weekday in the anchor's week moved by this many
    dom: int | None = (
        None  # "Sunday the 18th", "today (09)": the day word's day of the month, written with it
    )
    month_shift: int | None = (
        None  # "the 4th of the following month": the month told before moved by this many
    )


@dataclass(frozen=True)
class Match:
    """A parsed expression and the token range ``[i, j)`` it covers."""

    i: int
    j: int
    expr: Expr
    #: For an interval whose last end is a bare day number ("Nov. 15 to 18"):
    #: the first end alone, for when the parse says the number counts something
    #: ("sentenced on Dec. 3 to 10 years").
    head: Match | None = None


def days_in(month: int, year: int = 2000) -> int:
    """Days in *month* of *year*; by the calendar's rule, so any year works (``datetime`` stops at 1..9999)."""
    return calendar.monthrange(2000, month)[1] - (month == 2) + (month == 2 and calendar.isleap(year))


def valid_date(year: int, month: int, day: int) -> bool:
    """Whether the day exists, in the years ``datetime`` can hold (1..9999)."""
    return dt.MINYEAR <= year <= dt.MAXYEAR and 1 <= month <= 12 and 1 <= day <= days_in(month, year)
