"""The grammar of temporal expressions: tokens in, parsed expressions out, and their resolution.

Internal to :mod:`tally.extract.dates.extractor`. The grammar works on its own word
tokens (not spaCy's) because spaCy glues and splits dates unpredictably
("mid-1990s" is one token, "2020-11-05" five). Every rule looks ahead a fixed,
small number of tokens from where it starts, so a scan of a text is linear in
its length whatever the input; the only regular expression is a tokenizer made
of single character classes, which cannot backtrack.

The grammar only says *what* an expression means (``last`` + ``Thursday``);
:mod:`tally.extract.dates.resolve` turns that into an ISO value against an
anchor date. What needs the parse (tense, entity labels, part-of-speech) is
decided by the caller: a bare year without a date context is only flagged
(:attr:`Expr.weak`).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
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


def _month_at(toks: list[Tok], i: int, after_day: bool = False) -> tuple[int, int] | None:
    """``(month, next index)`` for a month name or abbreviation ("Nov." with its dot) at *i*.

    *after_day*: a day number comes just before, which makes a bare
    abbreviation a month too ("12 Nov 2019", British style without the dot).
    """
    if i >= len(toks):
        return None
    t = toks[i]
    if t.lower in MONTHS and t.text[0].isupper():
        return MONTHS[t.lower], i + 1
    if t.lower in MONTH_ABBR and t.text[0].isupper():
        if i + 1 < len(toks) and toks[i + 1].text == "." and toks[i + 1].glued:
            return MONTH_ABBR[t.lower], i + 2
        if t.lower == "sept":
            return 9, i + 1
        nxt = toks[i + 1].text if i + 1 < len(toks) else ""
        if t.text[1:].islower() and nxt.isdecimal() and 1 <= int(nxt) <= 31 and len(nxt) <= 2:
            return MONTH_ABBR[t.lower], i + 1  # wire style without the dot: "Aug 10", "Nov 15"
        if t.text[1:].islower() and _year_at(toks, i + 1) is not None:
            return MONTH_ABBR[t.lower], i + 1  # "since Nov 2019", "Updated Sep 2022"
        if after_day and t.text[1:].islower():
            return MONTH_ABBR[t.lower], i + 1
    return None


#: Months whose names in small letters are words of their own ("it may", "a march").
_MONTHS_THAT_ARE_WORDS = frozenset({"may", "march"})


def _small_month_at(toks: list[Tok], i: int) -> tuple[int, int] | None:
    """``(month, next index)`` for a month's full name in small letters at *i*, after a day number.

    Copies that lower every word ("on 20th october, 2020") still write a date; "may" and
    "march" are words of their own and stay out.
    """
    if i >= len(toks):
        return None
    t = toks[i]
    if t.lower not in MONTHS or t.lower in _MONTHS_THAT_ARE_WORDS or not t.text.islower():
        return None
    return MONTHS[t.lower], i + 1


def _day_at(toks: list[Tok], i: int) -> tuple[int, int] | None:
    """``(day, next index)`` for "15" or "15th" at *i*."""
    if i >= len(toks) or not toks[i].text.isdecimal() or len(toks[i].text) > 2:
        return None
    day = int(toks[i].text)
    if not 1 <= day <= 31:
        return None
    j = i + 1
    if j < len(toks) and toks[j].glued and toks[j].lower in date_words.ORDINAL_SUFFIXES:
        j += 1
    if j < len(toks) and toks[j].glued and toks[j].text.isdecimal():
        return None
    return day, j


def _year_at(toks: list[Tok], i: int, lo: int = 1000, hi: int = 2099) -> tuple[int, int] | None:
    """``(year, next index)`` for a free-standing four-digit number at *i* in ``[lo, hi]``."""
    if i >= len(toks):
        return None
    t = toks[i]
    if len(t.text) != 4 or not t.text.isdecimal() or not lo <= int(t.text) <= hi:
        return None
    j = i + 1
    # "1,500" and "2019-20" are not years; neither is a number glued to letters ("2000s" is a decade).
    if (
        j < len(toks)
        and toks[j].glued
        and (toks[j].text in {",", "-", "/", ".", ":"} or toks[j].text.isalpha())
    ):
        if j + 1 < len(toks) and toks[j + 1].glued and toks[j + 1].text[:1].isalnum():
            return None
        if toks[j].text.isalpha():
            return None
    glued_to = toks[i - 1].text if i > 0 and t.glued else ""
    mid = glued_to == "-" and i > 1 and toks[i - 1].glued and toks[i - 2].lower == "mid"
    if glued_to in {",", ".", "$", "/", ":", "-"} and not mid and not _year_glued_to_its_day(toks, i):
        return None
    return int(t.text), j


def _year_glued_to_its_day(toks: list[Tok], i: int) -> bool:
    """Whether the year at *i* follows its month's day and a comma with no space: "June 26,2024".

    A group of four digits after a comma groups no thousands; after a month and its day it is the
    year, typed without its space.
    """
    if i < 3 or toks[i - 1].text != "," or not toks[i - 1].glued:
        return False
    day, month = toks[i - 2], toks[i - 3]
    if not day.text.isdecimal() or len(day.text) > 2:
        return False
    return month.lower in MONTHS or month.lower in MONTH_ABBR or (month.text == "." and month.glued)


def _days_year_at(toks: list[Tok], k: int) -> tuple[int, int] | None:
    """The year after a day and its month at *k*: "Dec. 15, 2019", "15 December 2019", "May 6th of 2019".

    After "of" only when no noun follows the year ("on May 6 of 2000 detainees" counts them).
    """
    year = _year_at(toks, _skip(toks, k, ","))
    if year is not None or k + 1 >= len(toks) or toks[k].lower != "of":
        return year
    year = _year_at(toks, k + 1)
    if year is None:
        return None
    j = year[1]
    if (
        j < len(toks)
        and toks[j].text.isalpha()
        and toks[j].text.islower()
        and toks[j].lower not in _LISTED_FOLLOWERS
    ):
        return None
    return year


def _skip(toks: list[Tok], j: int, text: str) -> int:
    """*j* advanced past one token equal to *text*, if it is there."""
    return j + 1 if j < len(toks) and toks[j].text == text else j


def _part_of_day(toks: list[Tok], j: int) -> int:
    """*j* advanced past "morning", "night", … that narrows a day ("Friday night")."""
    return j + 1 if j < len(toks) and toks[j].lower in date_words.PARTS_OF_DAY else j


#: Words after "that"/"the" that make "year" the year of the story, and by how much it moves.
_STORY_YEARS = {"same": 0, "following": 1, "next": 1, "previous": -1}


def _story_year_at(toks: list[Tok], j: int) -> tuple[int, int] | None:
    """``(years from the story's, next index)`` for "that year", "of the same year" after a month or day.

    "resigned on April 2 that year", "upheld in March of the same year": the
    year is the one the article gave last, as in "later that year".
    """
    k = j + 1 if j < len(toks) and toks[j].lower == "of" else j
    if k + 1 >= len(toks) or toks[k].lower not in {"that", "the"}:
        return None
    n, k = 0, k + 1
    if toks[k].lower in _STORY_YEARS:
        n, k = _STORY_YEARS[toks[k].lower], k + 1
    elif toks[k - 1].lower == "the":
        return None  # "the year" alone is no year of the story
    if k < len(toks) and toks[k].lower == "year":
        return n, k + 1
    return None


def _year_shift_at(toks: list[Tok], j: int) -> tuple[int, int] | None:
    """``(years from the anchor's, next index)`` for "last year", "of this year" after a month or day."""
    k = j + 1 if j < len(toks) and toks[j].lower == "of" else j
    if k + 1 < len(toks) and toks[k].lower in date_words.RELATIVE_YEARS and toks[k + 1].lower == "year":
        return date_words.RELATIVE_YEARS[toks[k].lower], k + 2
    return None


def _connector_at(toks: list[Tok], j: int, opener: str) -> bool:
    """Whether the token at *j* joins two ends of an interval opened by the word *opener*.

    "to", "through", "-": always; "and" only after "between".
    """
    if j >= len(toks):
        return False
    low = toks[j].lower
    return low in date_words.INTERVAL_CONNECTORS or date_words.INTERVAL_PAIRS.get(opener) == low


def _night_pair(toks: list[Tok], j: int, day: int) -> bool:
    """Whether "/" at *j* joins *day* to the next one: "the night of 21/22 September".

    British and NGO style writes a night as the two days it spans. Only the next
    day: "21/09" is a day and a month.
    """
    if j + 1 >= len(toks) or toks[j].text != "/" or not toks[j].glued or not toks[j + 1].glued:
        return False
    return toks[j + 1].text.isdecimal() and len(toks[j + 1].text) <= 2 and int(toks[j + 1].text) == day + 1


def _listed_day(toks: list[Tok], j: int) -> tuple[int, int | None, int | None] | None:
    """``(month, year, year shift)`` of the date listed after "and" at *j*: the "and 24 November
    2019" of "23 and 24 November 2019", the "and 24 November last year" (-1) of "23 and 24 November
    last year".

    Up to four more days may come before it, after commas ("15, 16 and 17 November").
    """
    k = _after_listed_day(toks, j)
    if k is None:
        return None
    month = _month_at(toks, k, after_day=toks[k - 1].lower != "of")
    if month is None:
        return None
    year = _year_at(toks, _skip(toks, month[1], ","))
    if year is not None:
        return month[0], year[0], None
    shift = _year_shift_at(toks, month[1])
    return month[0], None, shift[0] if shift is not None else None


def _after_listed_day(toks: list[Tok], j: int) -> int | None:
    """Where the month should stand after the last day listed from *j* ("and 24 November", "and 26th of Aban").

    Up to four more days may come before it, after commas ("15, 16 and 17 November").
    """
    for _ in range(4):  # a fixed bound: the scan stays linear
        day = _day_at(toks, j + 1) if j + 1 < len(toks) and toks[j].text == "," else None
        if day is None:
            break
        j = day[1]
    if j + 1 < len(toks) and toks[j].text == "," and toks[j + 1].lower == "and":
        j += 1  # the serial comma
    if j + 2 >= len(toks) or toks[j].lower != "and":
        return None
    day = _day_at(toks, j + 1)
    if day is None:
        return None
    k = day[1]
    if k < len(toks) and toks[k].lower == "of":
        k += 1
    return k


def _listed_persian(toks: list[Tok], j: int) -> int | None:
    """The Persian month of the day listed after "and" at *j*: the "and 26th of Aban" of "the 25th and 26th of Aban"."""
    k = _after_listed_day(toks, j)
    if k is None or k >= len(toks) or toks[k].lower not in date_words.PERSIAN_MONTHS:
        return None
    return int(date_words.PERSIAN_MONTHS[toks[k].lower]) if toks[k].text[0].isupper() else None


def _listed_after_month(toks: list[Tok], i: int) -> Match | None:
    """A later day of "on November 16 and 17" or "on November 16, 17 and 18" (month first) at *i*.

    A date of the first day's month. Looks back a fixed few tokens for "Month D
    and" (or up to four "D," more between); the scan has already taken
    "November 16". A year after the last day ("November 16 and 17, 2019")
    dates it too; a word after the last day that is not a function word makes
    its number a count ("on Nov. 16 and 17 people died"), and a day inside the
    list is no day then either.
    """
    if i < 3 or toks[i - 1].lower not in {"and", ","}:
        return None
    day = _day_at(toks, i)
    if day is None:
        return None
    d, j = day
    if toks[i - 1].text == "," and (j >= len(toks) or toks[j].lower not in {"and", ","}):
        return None  # "on March 12, 13 in the capital …": a day inside a list goes on to its last
    month = None
    p = i - 1
    later = d
    for _ in range(5):  # a fixed bound: the look-back stays linear
        if toks[p].lower == "and" and p > 0 and toks[p - 1].text == ",":
            p -= 1  # the serial comma
        p -= 1
        if p >= 1 and toks[p].lower in date_words.ORDINAL_SUFFIXES and toks[p].glued:
            p -= 1
        if p < 1 or not toks[p].text.isdecimal() or len(toks[p].text) > 2 or int(toks[p].text) >= later:
            return None
        month = _month_at(toks, p - 1)
        if month is None or month[1] != p:
            month = _month_at(toks, p - 2) if p >= 2 else None
        if month is not None and month[1] == p:
            break
        month = None
        if toks[p - 1].text != ",":
            return None
        later, p = int(toks[p].text), p - 1
    if month is None:
        return None
    first = p - 1 if toks[p - 1].lower not in {"."} else p - 2
    if first > 0 and toks[first - 1].lower in date_words.INTERVAL_PAIRS:
        return None  # "between Nov. 16 and 17" is an interval
    m = month[0]
    end = _last_listed_day(toks, j) if toks[i - 1].text == "," else j
    if end is None:
        return None
    year = _year_at(toks, _skip(toks, end, ","))
    if year is not None and valid_date(year[0], m, d):
        return Match(i, year[1] if end == j else j, Expr("date", year[0], m, d))
    if d > days_in(m):
        return None
    shift = _year_shift_at(toks, end)
    if shift is not None:
        # "November 16 and 17 last year": the year said after the last day dates each
        return Match(i, shift[1] if end == j else j, Expr("date", None, m, d, year_shift=shift[0]))
    if end < len(toks) and toks[end].text.isalpha() and toks[end].lower not in _LISTED_FOLLOWERS:
        return None
    return Match(i, j, Expr("date", None, m, d))


def _last_listed_day(toks: list[Tok], k: int) -> int | None:
    """Where the list of days going on at *k* ("," or "and" after a day) ends, or None.

    ", 17 and 18" or " and 17": up to four more days after commas, then "and"
    (or ", and") and the last day; anything else is no list.
    """
    for _ in range(5):  # a fixed bound: the scan stays linear
        if k + 1 < len(toks) and toks[k].text == "," and toks[k + 1].lower == "and":
            k += 1  # the serial comma
        if k + 1 >= len(toks) or toks[k].lower not in {",", "and"}:
            return None
        day = _day_at(toks, k + 1)
        if day is None:
            return None
        if toks[k].lower == "and":
            return day[1]
        k = day[1]
    return None


#: Words that may follow the last day of "on November 16 and 17": anything else makes it a count.
_LISTED_FOLLOWERS = frozenset({"in", "at", "on", "and", "but", "when", "as", "after", "before", "while"})


def _listed_month_year(toks: list[Tok], j: int, month: int) -> int | None:
    """The year of "and August 1988" at *j* after a month: "July and August 1988" are both of 1988.

    The later month must come after the first in the year, else the pair
    spans a new year ("December and January 2020").
    """
    if j + 2 >= len(toks) or toks[j].lower not in {"and", "or"}:
        return None
    nxt = _month_at(toks, j + 1)
    if nxt is None or nxt[0] <= month:
        return None
    year = _year_at(toks, _skip(toks, nxt[1], ","))
    return year[0] if year is not None else None


def _listed_month_shift(toks: list[Tok], j: int, month: int) -> int | None:
    """The "last year" (-1) of "and June last year" at *j* after a month: "May and June last year".

    As :func:`_listed_month_year` for a year written out: the later month must
    come after the first in the year.
    """
    if j + 2 >= len(toks) or toks[j].lower not in {"and", "or"}:
        return None
    nxt = _month_at(toks, j + 1)
    if nxt is None or nxt[0] <= month:
        return None
    shift = _year_shift_at(toks, nxt[1])
    return shift[0] if shift is not None else None


def _listed_year(toks: list[Tok], k: int) -> int | None:
    """The year closing "November 16 and 17, 2019" seen from the "and" at *k*, or None."""
    if k + 1 >= len(toks) or toks[k].lower != "and":
        return None
    day = _day_at(toks, k + 1)
    if day is None:
        return None
    year = _year_at(toks, _skip(toks, day[1], ","))
    return year[0] if year is not None else None


def _day_interval(
    toks: list[Tok], i: int, m: int, d: int, k: int, year: int | None
) -> tuple[int, int] | None:
    """``(last day, next index)`` for the "to 18" of "Nov. 15 to 18" at *k*, or None.

    The last day must come after the first in the same month (*m*).
    """
    opener = toks[i - 1].lower if i > 0 else ""
    if not _connector_at(toks, k, opener):
        return None
    end = _day_at(toks, k + 1)
    if end is None or not d < end[0] <= days_in(m, year or 2000):
        return None
    return end


def _in_a_run_of_numbers(toks: list[Tok], i: int, j: int) -> bool:
    """Whether the numbers ``toks[i:j]`` go on, glued, past either end ("case 12-10-2022-55")."""
    before = i > 1 and toks[i].glued and toks[i - 1].text in {"/", "-", "."} and toks[i - 1].glued
    before = before and toks[i - 2].text.isdecimal()
    after = j + 1 < len(toks) and toks[j].glued and toks[j].text in {"/", "-", "."} and toks[j + 1].glued
    return before or (after and toks[j + 1].text.isdecimal())


def _year_first_slashed(toks: list[Tok], i: int) -> Match | None:
    """ "2022/10/25": a year, month and day with slashes, year first (as Persian sources convert
    their dates), or None. Only with all three: "2022/23" is a span of years."""
    if i + 4 >= len(toks) or len(toks[i].text) != 4 or not toks[i].text.isdecimal():
        return None
    _, s1, b, s2, c = toks[i : i + 5]
    if s1.text != "/" or s2.text != "/" or not all(x.glued for x in (s1, b, s2, c)):
        return None
    if not (b.text.isdecimal() and c.text.isdecimal() and len(b.text) <= 2 and len(c.text) <= 2):
        return None
    if _in_a_run_of_numbers(toks, i, i + 5):
        return None
    y, m, d = int(toks[i].text), int(b.text), int(c.text)
    if not 1000 <= y <= 2099 or not 1 <= m <= 12 or not valid_date(y, m, d):
        return None
    return Match(i, i + 5, Expr("date", y, m, d))


def _period_follows(toks: list[Tok], j: int) -> bool:
    """Whether a noun of a period over the turn of a year (``two_year_periods``) follows at *j*.

    Up to three words are read, stopping at anything not a word: "2010-11 school year",
    "2007-08 wrestling season"; not "2010-11, the year" nor "2010-11 report on prices".
    """
    for tok in toks[j : j + 3]:
        if not tok.text.isalpha():
            return False
        if tok.lower in date_words.TWO_YEAR_PERIODS:
            return True
    return False


def _match_calendar(toks: list[Tok], i: int) -> Match | None:
    """Dates written with a month name, weekday, or digits."""
    t = toks[i]
    # ISO 2019-11-15 and 2019-11; numeric 11/15/2019 (US order unless the first part is over 12).
    if (
        len(t.text) == 4
        and t.text.isdecimal()
        and i + 2 < len(toks)
        and (
            toks[i + 1].text == "-"
            and toks[i + 1].glued
            and toks[i + 2].glued
            and toks[i + 2].text.isdecimal()
        )
    ):
        y, m = int(t.text), int(toks[i + 2].text)
        if 1 <= m <= 12 and len(toks[i + 2].text) == 2:
            if (
                i + 4 < len(toks)
                and toks[i + 3].text == "-"
                and toks[i + 3].glued
                and toks[i + 4].glued
                and toks[i + 4].text.isdecimal()
                and len(toks[i + 4].text) == 2
            ):
                d = int(toks[i + 4].text)
                if valid_date(y, m, d):
                    return Match(i, i + 5, Expr("date", y, m, d))
            if m == (y + 1) % 100 and _period_follows(toks, i + 3):
                # "the 2010-11 school year": two years, not November 2010
                return Match(i, i + 3, Expr("date", y, until=Expr("date", y + 1)))
            return Match(i, i + 3, Expr("date", y, m))
    year_first = _year_first_slashed(toks, i)
    if year_first is not None:
        return year_first
    if t.text.isdecimal() and len(t.text) <= 2 and i + 4 < len(toks):
        a, s1, b, s2, c = toks[i : i + 5]
        if (
            s1.text == s2.text
            and s1.text in {"/", ".", "-"}
            and all(x.glued for x in (s1, b, s2, c))
            and b.text.isdecimal()
            and c.text.isdecimal()
            and len(c.text) == 4
            and not (s1.text == "-" and _in_a_run_of_numbers(toks, i, i + 5))
        ):
            first, second = int(a.text), int(b.text)
            # month first ("6/3/2019", "6-3-2019", US style; the extractor weighs the other
            # reading), but dots are day first ("03.06.2019", European style), and so is any day
            # over 12 ("25-10-2022")
            m, d = (second, first) if s1.text == "." else (first, second)
            if m > 12:
                m, d = d, m
            if valid_date(int(c.text), m, d):
                return Match(i, i + 5, Expr("date", int(c.text), m, d))
    # Weekday, optionally with the date it names ("Monday, Oct. 26").
    if t.lower in WEEKDAYS and t.text[0].isupper():
        dated = _weekday_dated(toks, i, i + 1)
        if dated is not None:
            return dated
        return Match(i, _part_of_day(toks, i + 1), Expr("weekday", weekday=WEEKDAYS[t.lower]))
    # Month first: "December 15, 2019", "Dec. 15", "November 2019", "November of 2019",
    # "Nov. 15 to 18, 2019", "Nov. 17 last year".
    month = _month_at(toks, i)
    if month is not None:
        m, j = month
        day = _day_at(toks, j)
        if day is not None:
            d, k = day
            if d > days_in(m):
                return None
            span = _day_interval(toks, i, m, d, k, None)
            if span is not None:
                last_day, k2 = span
                head = Match(i, k, Expr("date", None, m, d))  # the first day alone
                year = _year_at(toks, _skip(toks, k2, ","))
                if year is not None and valid_date(year[0], m, last_day):
                    y = year[0]
                    expr = Expr("date", y, m, d, until=Expr("date", y, m, last_day))
                    return Match(i, year[1], expr, head=head)
                expr = Expr("date", None, m, d, until=Expr("date", None, m, last_day))
                shift = _year_shift_at(toks, k2)
                if shift is not None:
                    # "Nov. 15 to 18 last year": the interval and its year are one date
                    return Match(i, shift[1], replace(expr, year_shift=shift[0]), head=head)
                return Match(i, k2, expr, head=head)
            year = _days_year_at(toks, k)
            if year is not None and valid_date(year[0], m, d):
                return Match(i, year[1], Expr("date", year[0], m, d))
            shift = _year_shift_at(toks, k)
            if shift is not None:
                return Match(i, shift[1], Expr("date", None, m, d, year_shift=shift[0]))
            story = _story_year_at(toks, k)
            if story is not None:
                return Match(i, story[1], Expr("date", None, m, d, story_year=story[0]))
            listed_year = _listed_year(toks, k)
            if listed_year is not None and valid_date(listed_year, m, d):
                return Match(i, k, Expr("date", listed_year, m, d))  # "November 16 and 17, 2019"
            list_end = _last_listed_day(toks, k)  # "November 16, 17 and 18, 2019"
            if list_end is not None and toks[k].text == ",":
                year = _year_at(toks, _skip(toks, list_end, ","))
                if year is not None and valid_date(year[0], m, d):
                    return Match(i, k, Expr("date", year[0], m, d))
            shift = _year_shift_at(toks, list_end) if list_end is not None else None
            if shift is not None:
                # "November 16 and 17 last year": every day listed is of that year
                return Match(i, k, Expr("date", None, m, d, year_shift=shift[0]))
            return Match(i, _part_of_day(toks, k), Expr("date", None, m, d))
        shift = _year_shift_at(toks, j)
        if shift is not None:
            return Match(i, shift[1], Expr("date", None, m, year_shift=shift[0]))
        story = _story_year_at(toks, j)
        if story is not None:
            return Match(i, story[1], Expr("date", None, m, story_year=story[0]))
        k = _skip(toks, j, ",")
        if k < len(toks) and toks[k].lower == "of":
            k += 1
        year = _year_at(toks, k)
        if year is not None:
            return Match(i, year[1], Expr("date", year[0], m))
        listed_year = _listed_month_year(toks, j, m)
        if listed_year is not None:
            return Match(i, j, Expr("date", listed_year, m))  # "July and August 1988": July 1988
        listed_shift = _listed_month_shift(toks, j, m)
        if listed_shift is not None:
            return Match(i, j, Expr("date", None, m, year_shift=listed_shift))  # "May and June last year"
        return Match(i, j, Expr("date", None, m))
    listed_days = _listed_after_month(toks, i)
    if listed_days is not None:
        return listed_days
    nth_day = _nth_day_of(toks, i)
    if nth_day is not None:
        return nth_day
    # Day first: "15 December 2019", "15th of December", "15-19 November 2019", "2 March last year".
    day = _day_at(toks, i)
    if day is not None:
        d, j = day
        d2: int | None = None
        opener = toks[i - 1].lower if i > 0 else ""
        listed = _listed_day(toks, j)
        if listed is not None and opener != "between":
            # "on 23 and 24 November": two dates; the first takes the second's month and year
            l_month, l_year, l_shift = listed
            if d <= days_in(l_month, l_year or 2000) and (l_year is None or valid_date(l_year, l_month, d)):
                return Match(i, j, Expr("date", l_year, l_month, d, year_shift=l_shift))
        if _connector_at(toks, j, opener):
            end = _day_at(toks, j + 1)
            if end is not None and end[0] > d:
                d2, j = end
        elif _night_pair(toks, j, d):
            d2, j = d + 1, j + 2
        if j < len(toks) and toks[j].lower == "of":
            j += 1
        month = _month_at(toks, j, after_day=toks[j - 1].lower != "of") or _small_month_at(toks, j)
        if month is not None and max(d, d2 or d) <= days_in(month[0]):
            m, k = month
            year = _days_year_at(toks, k)
            if year is not None and valid_date(year[0], m, max(d, d2 or d)):
                y = year[0]
                until = Expr("date", y, m, d2) if d2 is not None else None
                return Match(i, year[1], Expr("date", y, m, d, until=until))
            shift = _year_shift_at(toks, k)
            if d2 is not None:
                expr = Expr("date", None, m, d, until=Expr("date", None, m, d2))
                if shift is not None:
                    # "15-19 November last year": the interval and its year are one date
                    return Match(i, shift[1], replace(expr, year_shift=shift[0]))
                return Match(i, k, expr)
            if shift is not None:
                return Match(i, shift[1], Expr("date", None, m, d, year_shift=shift[0]))
            story = _story_year_at(toks, k)
            if story is not None:
                return Match(i, story[1], Expr("date", None, m, d, story_year=story[0]))
            return Match(i, k, Expr("date", None, m, d))
    return None


def _weekday_dated(toks: list[Tok], i: int, j: int) -> Match | None:
    """A weekday (ending before *j*, opening at *i*) with the day it names after it, as one date.

    "Monday, Oct. 26", "next Saturday, 8 April", "Saturday, 22 Khordad 1389":
    the weekday kept, since without a year it says which year "Sunday 17
    November" is of; a "next" or "last" before it is then no more than the
    day's own check, which the day written out settles.
    """
    k = _skip(toks, j, ",")
    if k >= len(toks):
        return None
    weekday = WEEKDAYS[toks[j - 1].lower]
    if toks[k].lower == "the" and k + 1 < len(toks):
        # "Wednesday the 4th", "Thursday the 12th of September": the day of its month after "the"
        inner = _match_calendar(toks, k + 1)
        if inner is not None and inner.expr.kind == "date" and inner.expr.day is not None:
            if inner.expr.until is None:
                return Match(i, inner.j, replace(inner.expr, weekday=weekday))
            return None
        dom = _day_of_month(toks, k + 1) or _day_before_its_verb(toks, k + 1)
        if dom is not None and dom.expr.until is None and dom.j > k + 2:
            return Match(i, dom.j, Expr("weekday", weekday=weekday, dom=dom.expr.n))
        return None
    inner = _match_calendar(toks, k)
    if inner is not None and inner.expr.kind == "date" and inner.expr.day is not None:
        return Match(i, inner.j, replace(inner.expr, weekday=weekday))
    persian = _calendar_day_at(toks, k, _PERSIAN)
    if persian is not None and persian.expr.day is not None and persian.expr.until is None:
        return Match(i, persian.j, replace(persian.expr, weekday=weekday))
    return None


#: Past verbs (and auxiliaries) that may follow a weekday's "the 14th" as its clause's verb.
_VERBS_AFTER_A_DAY = frozenset(
    {
        "was", "were", "saw", "drew", "brought", "began", "became", "had", "went", "came", "left",
        "took", "fell", "rose", "met", "held", "led", "broke", "ran", "struck", "proved", "will",
        "would", "is", "has", "marks",
    }
)  # fmt: skip


def _day_before_its_verb(toks: list[Tok], i: int) -> Match | None:
    """ "the 14th" at *i* - 1 followed by a verb, after a weekday: "Saturday the 14th drew thousands".

    The weekday and its day open the clause as its subject; a past verb (a word in "-ed" or a
    common irregular one) is no noun the ordinal could number, as in "the 14th anniversary".
    """
    if i + 2 >= len(toks) or not toks[i].text.isdecimal() or len(toks[i].text) > 2:
        return None
    suffix, verb = toks[i + 1], toks[i + 2]
    if not suffix.glued or suffix.lower not in date_words.ORDINAL_SUFFIXES or not verb.text.islower():
        return None
    if not (verb.lower in _VERBS_AFTER_A_DAY or (len(verb.lower) > 4 and verb.lower.endswith("ed"))):
        return None
    day = int(toks[i].text)
    return Match(i - 1, i + 2, Expr("anaphor", unit="dom", n=day)) if 1 <= day <= 31 else None


def _nth_day_of(toks: list[Tok], i: int) -> Match | None:
    """ "the sixth day of April [2019]", "the 6th day of April": that day of the month.

    Releases and statements count days this way; "the sixth day of protests"
    counts from an event and is no calendar date (no month follows "of").
    """
    if i == 0 or toks[i - 1].lower != "the" or i + 3 >= len(toks):
        return None
    if toks[i].lower in date_words.ORDINAL_WORDS:
        d, j = date_words.ORDINAL_WORDS[toks[i].lower], i + 1
    else:
        day = _day_at(toks, i)
        if day is None or day[1] == i + 1:
            return None  # "the 6 day": only an ordinal numbers the day
        d, j = day
    if toks[j].lower != "day" or toks[j + 1].lower != "of":
        return None
    month = _month_at(toks, j + 2)
    if month is None or d > days_in(month[0]):
        return None
    year = _year_at(toks, _skip(toks, month[1], ","))
    if year is not None and valid_date(year[0], month[0], d):
        return Match(i, year[1], Expr("date", year[0], month[0], d))
    return Match(i, month[1], Expr("date", None, month[0], d))


def _match_relative(toks: list[Tok], i: int) -> Match | None:
    """last/next/this + unit, weekday, month or season; today, yesterday; "N units ago"."""
    t = toks[i]
    low = t.lower
    if low in {"today", "tonight"}:
        return Match(i, i + 1, Expr("offset", n=0))
    if low == "yesterday":
        return Match(i, _part_of_day(toks, i + 1), Expr("offset", n=-1))
    if low == "tomorrow":
        return Match(i, _part_of_day(toks, i + 1), Expr("offset", n=1))
    rel = {"last": "last", "next": "next", "this": "this", "coming": "next"}.get(low)
    j = i + 1
    if low == "this" and j < len(toks) and toks[j].lower in {"past", "last"}:
        rel, j = "last", j + 1
    elif low == "this" and j < len(toks) and toks[j].lower in {"coming", "next"}:
        rel, j = "next", j + 1
    if rel is not None and j < len(toks):
        n = toks[j]
        if n.lower in date_words.PARTS_OF_DAY and low in {"last", "this"}:
            return Match(i, j + 1, Expr("offset", n=-1 if (low == "last" and n.lower == "night") else 0))
        if n.lower in {"week", "month", "year", "weekend"}:
            return Match(i, j + 1, Expr("rel", rel=rel, unit=n.lower))
        if n.lower in WEEKDAYS and n.text[0].isupper():
            dated = _weekday_dated(toks, i, j + 1)  # "next Saturday, 8 April"
            if dated is not None:
                return dated
            return Match(i, _part_of_day(toks, j + 1), Expr("weekday", weekday=WEEKDAYS[n.lower], rel=rel))
        if n.lower in MONTHS and n.text[0].isupper():
            return Match(i, j + 1, Expr("date", None, MONTHS[n.lower], rel=rel))
        if n.lower in date_words.SEASONS:
            return Match(i, j + 1, Expr("season", season=date_words.SEASONS[n.lower], rel=rel))
    # "[almost] two years ago", "a decade ago", "a few days ago".
    j = i
    # "more than two years ago", "over a week later": a bound, which places the day nowhere exact
    bounded = i > 0 and toks[i - 1].lower in _BOUNDS
    if low in date_words.APPROXIMATORS:
        j += 1
    elif low in {"more", "less", "fewer"} and j + 1 < len(toks) and toks[j + 1].lower == "than":
        j += 2
        bounded = True
    if j + 2 < len(toks):
        q = toks[j]
        count: int | None = None
        vague = False
        k = j + 1
        if q.text.isdecimal() and len(q.text) <= 3:
            count = int(q.text)
        elif q.lower in NUMBER_WORDS:
            count = NUMBER_WORDS[q.lower]
        elif q.lower in date_words.VAGUE_COUNTS:
            vague = True
        elif q.lower == "a" and toks[k].lower in {"few", "couple"}:
            vague = toks[k].lower == "few"
            count = 2 if not vague else None
            k += 1
            if toks[k].lower == "of":
                k += 1
        else:
            return None
        if count is not None and k < len(toks) and toks[k].lower in _FORTNIGHTS:
            count *= 2  # "a fortnight ago", "two fortnights later": counted in weeks
        if k + 1 < len(toks) and _unit_word(toks[k].lower) and toks[k + 1].lower == "ago":
            unit = _unit_word(toks[k].lower)
            if vague or bounded:
                return Match(i, k + 2, Expr("ago", unit=unit, n=None))  # no one value, not listed
            if k + 2 < len(toks) and toks[k + 2].lower == "today" and unit in {"week", "month", "year"}:
                return Match(i, k + 3, Expr("ago", unit=unit, n=count, to_the_day=True))  # an anniversary
            return Match(i, k + 2, Expr("ago", unit=unit, n=count))
        exact = (
            j == i and not bounded and (i == 0 or toks[i - 1].lower not in date_words.APPROXIMATORS)
        )  # not "nearly five years later", "more than three years later"
        if exact and count is not None and k + 1 < len(toks) and _unit_word(toks[k].lower):
            # "four days later", "a week earlier": counted from the date mentioned before
            later = date_words.ANAPHOR_DIRECTIONS.get(toks[k + 1].lower)
            after = toks[k + 2] if k + 2 < len(toks) else None
            if (
                later is None
                and toks[k + 1].lower == "on"
                and after is not None
                and after.text in {",", ";"}
                and _unit_word(toks[k].lower) in {"day", "week"}
            ):
                # "Ten days on, the toll had doubled": later, as "ten days later"; "A year on, …" opens
                # an anniversary piece and says it is now, no date told
                later = 1
            end = _counted_from_before(toks, k + 1)
            if later is not None and end is not None and (after is None or after.lower != "than"):
                unit = _unit_word(toks[k].lower)
                if unit == "decade":
                    unit, count = "year", 10 * count  # "In 1999 … A decade later": 2009
                if unit in {"day", "week", "month", "year"}:
                    # "a week earlier" after a day counts to the day (``to_the_day``), as "the week before" does not
                    weeks = unit == "week"
                    return Match(i, end, Expr("anaphor", unit=unit, n=later * count, to_the_day=weeks))
            if later is not None and _counts_from_an_event(toks, k + 1):
                unit = _unit_word(toks[k].lower)
                if unit in {"day", "week", "month", "year"}:
                    return Match(i, k + 2, Expr("event", unit=unit, n=later * count))
    return None


#: What ends a bound before a count ("more than", "less than", "over", "under", "at least"): the count
#: then says only that a day lies beyond it ("more than 150 years ago"), a vague expression.
_BOUNDS = frozenset({"than", "over", "under", "least"})

#: "a fortnight": two weeks (the count doubled, the unit the week).
_FORTNIGHTS = frozenset({"fortnight", "fortnights"})


def _unit_word(word: str) -> str | None:
    """The unit *word* counts ("days": day), a fortnight counting weeks; None for no unit."""
    return "week" if word in _FORTNIGHTS else date_words.UNITS.get(word)


def _counted_from_before(toks: list[Tok], k: int) -> int | None:
    """Where a count's direction word at *k* ends when the count is from the date mentioned before.

    "later", "earlier", "afterwards" always; "after", "before", "prior" only
    with nothing they are from ("two days before, …", "four days prior."),
    or with an anaphoric "that" ("three days after that, …", whose end is
    past "that"); not "two days before the vote", "after that vote".
    """
    word = toks[k].lower
    if word in {"later", "earlier", "afterwards", "afterward"}:
        return k + 1
    if word == "on":  # "a year on, …": only before a clause's comma, not "two days on hunger strike"
        return k + 1 if k + 1 < len(toks) and toks[k + 1].text in {",", ";"} else None
    if word not in {"after", "before", "prior"}:
        return None
    nxt = toks[k + 1] if k + 1 < len(toks) else None
    if nxt is not None and nxt.lower == "that":
        k, nxt = k + 1, toks[k + 2] if k + 2 < len(toks) else None
    if nxt is None or nxt.text in _CLAUSE_ENDS or nxt.lower in date_words.ANAPHOR_FOLLOWERS:
        return k + 1
    return None  # "two days before the vote", "a year after 'Bloody Friday'": from what follows


#: Marks that end what a count's "after"/"before" could be from: "two days before, police …".
_CLAUSE_ENDS = frozenset({",", ".", ";", ":", ")", "!", "?"})


def _counts_from_an_event(toks: list[Tok], k: int) -> bool:
    """Whether "after"/"before" at *k* opens what a count is from: "two days after | the vote".

    Its date is not given ("the vote" is no date), so the count is only placed
    by a date it stands in apposition to (see ``Expr.kind`` "event"). Not
    "after," or "after and", where the count is from the date mentioned before.
    """
    if k >= len(toks) or toks[k].lower not in {"after", "before"} or k + 1 >= len(toks):
        return False
    nxt = toks[k + 1]
    return nxt.text[0].isalnum() and nxt.lower not in date_words.ANAPHOR_FOLLOWERS and nxt.lower != "than"


def _match_other(toks: list[Tok], i: int) -> Match | None:
    """Decades, seasons with a year, holidays, vague phrases, anaphoric dates, and years."""
    t = toks[i]
    low = t.lower
    # Decades: "1990s", "the '90s".
    if len(t.text) == 4 and t.text.isdecimal() and t.text.endswith("0") and i + 1 < len(toks):
        s = toks[i + 1]
        if s.glued and s.lower == "s" and 1000 <= int(t.text) <= 2090:
            return Match(i, i + 2, Expr("decade", year=int(t.text)))
    if t.text in {"'", "’"} and i + 2 < len(toks):
        d, s = toks[i + 1], toks[i + 2]
        if (
            d.glued
            and s.glued
            and len(d.text) == 2
            and d.text.endswith("0")
            and d.text.isdecimal()
            and s.lower == "s"
        ):
            return Match(i, i + 3, Expr("decade", year=1900 + int(d.text)))
    if low in date_words.SEASONS and i + 1 < len(toks):
        k = i + 1
        if toks[k].lower == "of":
            k += 1
        span = _year_span(toks, k)
        if span is not None:
            return Match(i, span.j, span.expr)  # "the winter of 2020–21": a season across two years
        year = _year_at(toks, k)
        if year is not None:
            return Match(i, year[1], Expr("season", year=year[0], season=date_words.SEASONS[low]))
    for size in range(min(_HOLIDAY_MAX, len(toks) - i) if low in _HOLIDAY_FIRST else 0, 0, -1):
        key = tuple(x.lower for x in toks[i : i + size])
        if key in date_words.HOLIDAYS and toks[i].text[0].isupper():
            year = _year_at(toks, i + size)
            if year is not None:
                return Match(i, year[1], Expr("holiday", year=year[0], holiday=key))
            return Match(i, i + size, Expr("holiday", holiday=key))
    for size in range(min(_VAGUE_MAX, len(toks) - i) if low in _VAGUE_FIRST else 0, 0, -1):
        if tuple(x.lower for x in toks[i : i + size]) in date_words.VAGUE:
            if i + size < len(toks) and toks[i + size].lower == "weekend":
                break  # "over the past weekend": one weekend, read by _the_weekend
            if _counts_on(toks, i + size):
                return None  # "the past two days", "the past week": a duration, not a date
            return Match(i, i + size, Expr("vague"))
    # "until the 18th": a day of the month mentioned before.
    if low == "the":
        nth = _day_of_month(toks, i + 1)
        if nth is not None:
            return nth
    # Anaphoric: "that day", "the same day", "the next day", "later that year".
    if low in {"that", "the"} and i + 1 < len(toks):
        k = i + 1
        n = 0
        if low == "the" and toks[k].lower in {"same", "next", "following", "previous"}:
            n = {"same": 0, "next": 1, "following": 1, "previous": -1}[toks[k].lower]
            k += 1
        elif low == "that" and toks[k].lower == "same":
            k += 1
        elif low == "the":
            return (
                _part_of_story_unit(toks, i)
                or _the_season(toks, i)
                or _the_weekend(toks, i)
                or _unit_before(toks, i)
                or _the_day_of(toks, i)
            )
        if k < len(toks) and toks[k].lower in {"day", "week", "month", "year"}:
            return Match(i, k + 1, Expr("anaphor", unit=toks[k].lower, n=n))
        if n != 0 and k < len(toks) and toks[k].lower in WEEKDAYS and toks[k].text[0].isupper():
            # "the following Friday", "the previous Thursday": that weekday after (before) the day told
            weekday = WEEKDAYS[toks[k].lower]
            return Match(i, _part_of_day(toks, k + 1), Expr("anaphor", unit="weekday", weekday=weekday, n=n))
        if k < len(toks) and toks[k].lower == "weekend" and n != 0 and not _of_days(toks, k + 1):
            return Match(i, k + 1, Expr("anaphor", unit="weekend", n=n))  # "the previous weekend"
        if k < len(toks) and toks[k].lower in date_words.PARTS_OF_DAY and (low == "the" or n == 0):
            return Match(i, k + 1, Expr("anaphor", unit="day", n=n))  # "the next morning"
        return None
    span = _year_span(toks, i)
    if span is not None:
        return span
    year = _year_at(toks, i)
    if year is not None and not _clock_time(toks, year[1]):
        prev = toks[i - 1].lower if i > 0 else ""
        strong = (
            prev in date_words.YEAR_PREPOSITIONS
            or (
                prev == "of"
                and i > 1
                and (toks[i - 2].lower in date_words.SEASONS or toks[i - 2].lower in {"end", "spring"})
            )
            or (i > 1 and (toks[i - 2].lower, prev) in date_words.YEAR_PHRASES)
            or (toks[i - 1].text == "By" and year[1] < len(toks) and toks[year[1]].text == ",")
        )  # "By 2020, the economy had shrunk": opening the sentence, not a count ("rose by 2,000")
        return Match(i, year[1], Expr("date", year[0], weak=not strong))
    return None


def _clock_time(toks: list[Tok], j: int) -> bool:
    """Whether the four digits before *j* are a time of day: "(1130 GMT)", "by 1845 local time".

    Wire copy and live blogs write times as four digits followed by the zone;
    many of them (1130, 1845) are also years.
    """
    if j >= len(toks) or toks[j].lower not in date_words.CLOCK_ZONES:
        return False
    if toks[j].lower == "local":
        return j + 1 < len(toks) and toks[j + 1].lower == "time"
    return True


def _year_span(toks: list[Tok], i: int) -> Match | None:
    """A span of years written as one word: "2013-2014", "2017–18" (encyclopaedia style).

    The last year may drop its century; with a hyphen it must then be over 12,
    since "2017-11" is November 2017.
    """
    if i + 2 >= len(toks):
        return None
    t, dash, last = toks[i], toks[i + 1], toks[i + 2]
    if len(t.text) != 4 or not t.text.isdecimal() or not 1000 <= int(t.text) <= 2099:
        return None
    if dash.text not in {"-", "–", "—"} or not dash.glued or not last.glued or not last.text.isdecimal():
        return None
    if i > 0 and t.glued and toks[i - 1].text in {"-", "–", "/", ".", ",", "$"}:
        return None
    after = toks[i + 3 : i + 5]
    if (
        len(after) == 2
        and all(x.glued for x in after)
        and after[0].text in {"-", "–", "/", ".", ":"}
        and after[1].text[:1].isalnum()
    ):
        return None  # "2019-11-15", "2013-2014-2015"
    start = int(t.text)
    if len(last.text) == 4:
        end = int(last.text)
    elif len(last.text) == 2 and (dash.text != "-" or int(last.text) > 12):
        end = start // 100 * 100 + int(last.text)
    else:
        return None
    if not start < end <= 2099:
        return None
    return Match(i, i + 3, Expr("date", start, until=Expr("date", end)))


def _part_of_year(toks: list[Tok], i: int) -> Match | None:
    """ "first quarter of 2025", "second half of the year", "last quarter of last year" (the ordinal at
    *i*): the months of that part of the year, as an interval (``date_words.YEAR_PARTS``).

    "Of the year" and "of this year" are the anchor's year, "of last year" the one before; a year
    written in figures is that year. Not "the first quarter of the match", "the second half of the
    season" (no year), nor a quarter of a city ("the old quarter").
    """
    if i + 3 >= len(toks):
        return None
    months = date_words.YEAR_PARTS.get((toks[i].lower, toks[i + 1].lower))
    if months is None or toks[i + 2].lower != "of":
        return None
    first, last = months
    year = _year_at(toks, i + 3)
    if year is not None:
        y, j = year
        return Match(i, j, Expr("date", y, first, until=Expr("date", y, last)))
    words = toks[i + 3].lower, toks[i + 4].lower if i + 4 < len(toks) else ""
    if words[1] != "year" or words[0] not in {"the", "this", "last"}:
        return None
    shift = -1 if words[0] == "last" else None
    return Match(
        i,
        i + 5,
        Expr("date", month=first, year_shift=shift, until=Expr("date", month=last, year_shift=shift)),
    )


def _day_of_month(toks: list[Tok], i: int) -> Match | None:
    """ "the 18th" at *i* - 1 with nothing after it that it numbers: that day of the month mentioned before.

    Not "the 15th of November" (a date of its own), "the 18th century" or
    "the 40th day" (a word after it other than a function word).
    """
    if i >= len(toks):
        return None
    if _night_of_the(toks, i) and toks[i].lower in date_words.ORDINAL_WORDS:
        day, j = date_words.ORDINAL_WORDS[toks[i].lower], i + 1  # "the night of the fourth"
    else:
        if i + 1 >= len(toks) or not toks[i].text.isdecimal() or len(toks[i].text) > 2:
            return None
        suffix = toks[i + 1]
        if not suffix.glued or suffix.lower not in date_words.ORDINAL_SUFFIXES:
            return None
        day, j = int(toks[i].text), i + 2
    if not 1 <= day <= 31:
        return None
    if j < len(toks):
        nxt = toks[j]
        told = _of_the_month_told(toks, j)
        if told is not None:
            return Match(i - 1, told, Expr("anaphor", unit="dom", n=day))
        moved = _of_a_month_counted(toks, j)
        if moved is not None:  # "the 4th of the following month": the month after the one told
            return Match(i - 1, moved[0], Expr("anaphor", unit="dom", n=day, month_shift=moved[1]))
        if nxt.lower == "of" or _month_at(toks, j) is not None:
            return None
        if _listed_day(toks, j) is not None or _listed_persian(toks, j) is not None:
            return None  # "the 16th and 17th of November": the calendar dates both days
        if nxt.text.isalpha() and nxt.lower not in _DAY_OF_MONTH_FOLLOWERS:
            return None
    return Match(i - 1, j, Expr("anaphor", unit="dom", n=day))


def _of_the_month_told(toks: list[Tok], j: int) -> int | None:
    """The end of "of that month" / "of the same month" at *j*, after "the 17th": the month just told.

    "In December 2011 … On the 17th of that month": one day, of the month the
    story is in, as a bare "the 17th" is; not a day and a month apart.
    """
    words = [t.lower for t in toks[j : j + 4]]
    for phrase in (["of", "that", "month"], ["of", "the", "same", "month"], ["of", "that", "same", "month"]):
        if words[: len(phrase)] == phrase:
            return j + len(phrase)
    return None


def _of_a_month_counted(toks: list[Tok], j: int) -> tuple[int, int] | None:
    """The end of "of the following month" / "of the next month" / "of the previous month" at *j*,
    and how many months it moves from the month told: "On 30 September … on the 4th of the
    following month" is 4 October."""
    words = [t.lower for t in toks[j : j + 4]]
    if (
        words[:2] == ["of", "the"]
        and words[3:4] == ["month"]
        and words[2] in _STORY_YEARS
        and words[2] != "same"
    ):
        return j + 4, _STORY_YEARS[words[2]]
    return None


def _night_of_the(toks: list[Tok], i: int) -> bool:
    """Whether "the evening of the" (a part of the day "of the") comes before *i*.

    Spelt out, an ordinal names a day only there: "quiet until the evening of the
    fourth" is the fourth of the month; "the fourth" alone may count anything.
    """
    return i >= 3 and toks[i - 2].lower == "of" and toks[i - 3].lower in date_words.PARTS_OF_DAY


#: Words that may follow "until the 18th": anything else is what the ordinal numbers.
_DAY_OF_MONTH_FOLLOWERS = frozenset(
    {
        "and",
        "or",
        "but",
        "when",
        "as",
        "in",
        "at",
        "after",
        "before",
        "while",
        "with",
        "to",
        "until",
        "through",
        # a subject pronoun opens the clause the day dates: "By the 21st it was restored"
        "it",
        "they",
        "he",
        "she",
        "we",
        "there",
    }
)


def _counts_on(toks: list[Tok], j: int) -> bool:
    """Whether the words at *j* go on to count time ("two days", "few weeks", "week").

    After "the past" or "the coming" they make the phrase a duration.
    """
    if j >= len(toks):
        return False
    low = toks[j].lower
    if low in date_words.UNITS or low in _SHORT_UNITS:
        return True
    counted = toks[j].text.isdecimal() and len(toks[j].text) <= 3
    if counted or low in NUMBER_WORDS or low in date_words.VAGUE_COUNTS:
        nxt = toks[j + 1].lower if j + 1 < len(toks) else ""
        return nxt in date_words.UNITS or nxt in _SHORT_UNITS
    return False


#: Units below a day: they count a duration ("the past 24 hours") but date nothing.
_SHORT_UNITS = frozenset({"hour", "hours", "minute", "minutes"})


def _unit_before(toks: list[Tok], i: int) -> Match | None:
    """ "the year before", "the day after", "the night before": the unit next to the previous date mentioned.

    Only when nothing follows that it could be before ("the day before the
    vote" is relative to the vote, not to a date).
    """
    k = i + 1
    if k + 1 >= len(toks):
        return None
    unit = "day" if toks[k].lower in date_words.PARTS_OF_DAY else toks[k].lower  # "the night before"
    if unit not in {"day", "week", "month", "year"}:
        return None
    n = date_words.ANAPHOR_DIRECTIONS.get(toks[k + 1].lower)
    if n is None:
        return None
    if _counts_from_an_event(toks, k + 1):
        # "the day after the president fled"; not "the night before the vote", a part of a day
        return Match(i, k + 2, Expr("event", unit=unit, n=n)) if toks[k].lower == unit else None
    nxt = toks[k + 2] if k + 2 < len(toks) else None
    if nxt is not None and nxt.text[0].isalnum() and nxt.lower not in date_words.ANAPHOR_FOLLOWERS:
        return None
    return Match(i, k + 2, Expr("anaphor", unit=unit, n=n))


#: Words after "the day" that open the event it is the day of: "the day of the vote", "the day the army came".
_DAY_OF = frozenset({"of", "when", "that", "on", "the", "a"})
#: Pronouns that open a clause saying what the day is the day of: "the day they buried him".
_DAY_SUBJECTS = frozenset({"i", "we", "you", "he", "she", "it", "they"})


def _the_day_of(toks: list[Tok], i: int) -> Match | None:
    """ "the day the assembly voted", "the day of the vote", "the eve of the vote" ("the" at *i*).

    The day of an event whose date is not given: like "two days after the
    vote" (kind ``event``), placed only by a date it stands in apposition to
    ("On 17 April, the day the assembly voted"). The clause after "the day"
    opens with a name or a pronoun.
    """
    k = i + 1
    if k + 1 >= len(toks) or toks[k].text not in {"day", "eve"}:
        return None  # not "the Day of National Rebellion", a name
    nxt = toks[k + 1]
    if toks[k].lower == "eve":
        opens = nxt.lower == "of"
    else:
        opens = (
            nxt.lower in _DAY_OF
            or nxt.lower in _DAY_SUBJECTS
            or (nxt.text[0].isupper() and nxt.text.isalpha())
        )
    return Match(i, k + 1, Expr("event", unit="day", n=0)) if opens else None


#: Prepositions before "the summer" that make it a time of the story ("by the summer", "over the spring").
_SEASON_PREPOSITIONS = frozenset(
    {"in", "by", "over", "during", "through", "throughout", "until", "till", "since", "into"}
)


#: Prepositions before "the weekend" that make it a time of the story: "over the weekend",
#: "at the weekend" (British), "since the weekend"; "spent the weekend fortifying it".
_WEEKEND_OPENERS = frozenset(
    {"over", "at", "by", "during", "since", "through", "throughout", "until", "till", "spent"}
)


def _the_weekend(toks: list[Tok], i: int) -> Match | None:
    """ "the weekend" ("the" at *i*) after a preposition: the weekend its clause's tense points to.

    Wire copy says "police detained 40 people over the weekend" of the weekend
    just before it was written, and "will march at the weekend" of the coming
    one (``rel`` None: the tense decides, as for "the summer"). Not "the
    weekend of 11 and 12 May", which its days place.
    """
    k = i + 1
    rel = None
    if k + 1 < len(toks) and toks[k].lower == "past":
        rel, k = "last", k + 1  # "over the past weekend": the one just gone, as "last weekend"
    if i == 0 or toks[i - 1].lower not in _WEEKEND_OPENERS or k >= len(toks) or toks[k].text != "weekend":
        return None
    if _of_days(toks, k + 1):
        return None  # "the weekend of 11 May": its days say which
    return Match(
        i, k + 1, Expr("rel", rel=rel, unit="weekend")
    )  # "the weekend curfew": see extractor._accept


def _of_days(toks: list[Tok], j: int) -> bool:
    """Whether "of" follows at *j* ("the weekend of 11 May", "the previous weekend of protests")."""
    return j < len(toks) and toks[j].lower == "of"


def _the_season(toks: list[Tok], i: int) -> Match | None:
    """ "the summer" ("the" at *i*) after a preposition, with no year: the season its clause points to.

    "By the summer, marches had grown": the summer of the story's year, the
    last one or the coming one as the tense says (``rel`` None). Not before a
    noun ("the summer camp") or "of" ("the spring of 2021", read from the
    season), nor a capitalised name ("the Arab Spring"), nor a winter, which
    spans two years and so has no single year to give.
    """
    k = i + 1
    if i == 0 or toks[i - 1].lower not in _SEASON_PREPOSITIONS or k >= len(toks):
        return None
    word = toks[k]
    if (
        word.lower not in date_words.SEASONS
        or not word.text.islower()
        or date_words.SEASONS[word.lower] == "WI"
    ):
        return None
    nxt = toks[k + 1] if k + 1 < len(toks) else None
    if nxt is not None and (nxt.text.isalnum() and (nxt.text.islower() or nxt.text.isdecimal())):
        return None  # "the summer camp", "the spring of 2021", "the summer 2019"
    return Match(i, k + 1, Expr("season", season=date_words.SEASONS[word.lower]))


#: Words for a part of a month or year: "the end of the month", "the beginning of the year".
_UNIT_PARTS = frozenset({"end", "beginning", "start", "middle"})


def _part_of_story_unit(toks: list[Tok], i: int) -> Match | None:
    """ "the end of the month", "the beginning of the year" ("the" at *i*): that month or year of the story.

    "Protests began in mid-October. By the end of the month, they had spread":
    October, the month told before, at the month's granularity (a part of a
    month is no day). ``rel="this"`` marks it to be the month of writing when
    nothing was told before or the clause looks ahead ("will report by the end
    of the year"). Not "the end of the month of Ramadan", which names its own time,
    nor "since the beginning of the year", the year so far.
    """
    k = i + 1
    if k + 3 >= len(toks) or toks[k].lower not in _UNIT_PARTS or toks[k + 1].lower != "of":
        return None
    if toks[k + 2].lower != "the" or toks[k + 3].lower not in {"month", "year"}:
        return None
    if k + 4 < len(toks) and toks[k + 4].lower == "of":
        return None
    if i > 0 and toks[i - 1].lower == "since" and toks[k].lower in {"beginning", "start"}:
        return None  # "since the beginning of the year": the year so far, a span up to now (like a duration)
    return Match(i, k + 4, Expr("anaphor", unit=toks[k + 3].lower, n=0, rel="this"))


def _story_unit(toks: list[Tok], i: int, j: int) -> Match | None:
    """ "[earlier in] the month" (from *i*, "the" at *j*): the month (week, year) mentioned before.

    "The strike began on 15 November. Earlier in the month, merchants had shut
    the bazaar": November, like "earlier that month". Not "the month of
    Ramadan", which names its own time.
    """
    if j + 1 >= len(toks) or toks[j].lower != "the" or toks[j + 1].lower not in {"week", "month", "year"}:
        return None  # "later in the day" is a time of day, which dates are not (TempEval-3 agrees)
    if j + 2 < len(toks) and toks[j + 2].lower == "of":
        return None
    return Match(i, j + 2, Expr("anaphor", unit=toks[j + 1].lower, n=0))


def match_at(toks: list[Tok], i: int) -> Match | None:
    """The longest expression starting at token *i*, with early/late/mid and "earlier this …"."""
    found = _match_at(toks, i)
    return _with_bracketed_day(toks, found) if found is not None else None


def _with_bracketed_day(toks: list[Tok], m: Match) -> Match:
    """*m* with the day of the month written in brackets after it: "today (09)", "on Sunday (18)".

    South Asian and Lusophone copy names the day of the month this way after a day word
    (a weekday, "today", "yesterday", "tomorrow"); it says which day the word means. Only a
    lone number of a day in round brackets: "Sunday (12 of them minors)" is no day. A weekday in
    brackets after "yesterday" or "today" names that day too: "yesterday (Wednesday)".
    """
    expr, j = m.expr, m.j
    day_word = (expr.kind == "weekday" and expr.dom is None and expr.week_shift is None) or (
        expr.kind == "offset" and expr.n in {-1, 0, 1}
    )
    if not day_word or expr.until is not None or j + 2 >= len(toks):
        return m
    opening, number, closing = toks[j], toks[j + 1], toks[j + 2]
    if opening.text != "(" or closing.text != ")" or not number.glued or not closing.glued:
        return m
    if expr.kind == "offset" and number.lower in WEEKDAYS and number.text[0].isupper():
        return Match(m.i, j + 3, replace(expr, weekday=WEEKDAYS[number.lower]))  # "yesterday (Wednesday)"
    if not number.text.isdecimal() or len(number.text) > 2 or not 1 <= int(number.text) <= 31:
        return m
    return Match(m.i, j + 3, replace(expr, dom=int(number.text)))


def _match_at(toks: list[Tok], i: int) -> Match | None:
    t = toks[i]
    if t.lower in {"early", "late", "mid", "earlier", "later"} and i + 1 < len(toks):
        j = i + 1
        if toks[j].text == "-" and toks[j].glued:
            j += 1
        if t.lower in {"earlier", "later"} and j < len(toks) and toks[j].lower == "in":
            j += 1
            story = _story_unit(toks, i, j)
            if story is not None:
                return story
        inner = _match_core(toks, j)
        if (
            inner is not None
            and inner.expr.kind
            in {
                "date",
                "decade",
                "rel",
                "offset",
                "anaphor",
                "season",
            }
            and (inner.expr.kind != "date" or inner.expr.day is None)
        ):
            return Match(i, inner.j, replace(inner.expr, weak=False))
    return _match_core(toks, i)


def _match_core(toks: list[Tok], i: int) -> Match | None:
    if i >= len(toks):
        return None
    calendar_day = _match_calendar(toks, i)
    found = [
        m
        for m in (
            _other_calendar_at(toks, i, calendar_day),  # first: "1442" after "Muharram" is no year of ours
            calendar_day,
            _match_relative(toks, i),
            _match_other(toks, i),
            _part_of_year(toks, i),
            _calendar_day_at(toks, i, _PERSIAN),
        )
        if m
    ]
    return max(found, key=lambda m: m.j) if found else None


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


def interval(toks: list[Tok], a: Match, b: Match) -> Expr | None:
    """The interval of two expressions joined by a connector ("Monday to Wednesday"), or None.

    Both ends must be of one kind and granularity, neither relative ("last
    Monday to Friday" is not joined), and a first end with a year must come
    before a last end with one. A month or day without a year takes the
    other end's year when it is resolved.
    """
    x, y = a.expr, b.expr
    if x.kind == "anaphor" and x.unit == "dom" and y.kind == "date" and y.day is not None and y.until is None:
        # "from the 15th to the 18th of November": the first day is of the last one's month
        x = Expr("date", y.year, y.month, x.n)
        spaced = b.i == a.j + 2 and toks[a.j + 1].lower == "the"
    else:
        spaced = False
    if b.i != a.j + 1 and not spaced:
        return None
    opener = toks[a.i - 1].lower if a.i > 0 else ""
    if not _connector_at(toks, a.j, opener):
        return None
    shift = _shared_year_shift(x, y)
    if shift is not None:
        # "between May and June last year": the year the last end gives is the whole span's, set on
        # the span once it is joined (the first end may have taken it already, as listed: "May and June")
        x, y = replace(x, year_shift=None), replace(y, year_shift=None)
    for e in (x, y):
        if e.until is not None or e.rel is not None or e.year_shift is not None:
            return None
    if x.kind == "weekday" and y.kind == "weekday":
        return replace(x, until=y)
    if _days_of_the_month_told(x, y):
        return replace(x, until=y)  # "from the 15th to the 17th": days of the month mentioned before
    if x.kind != "date" or y.kind != "date":
        return None
    if _date_granularity(x) != _date_granularity(y) and (x.year is None or y.year is None):
        # "between 2016 and March 2019" is a span, each end written in full; "from
        # 15 March to April" leaves too much to guess
        return None
    if (
        x.year is not None
        and y.year is not None
        and (x.year, x.month or 0, x.day or 0) >= (y.year, y.month or 0, y.day or 0)
    ):
        return None
    joined = replace(x, weak=False, until=replace(y, weak=False))
    return replace(joined, year_shift=shift) if shift is not None else joined


def _days_of_the_month_told(x: Expr, y: Expr) -> bool:
    """Whether *x* and *y* are two bare days of the month mentioned before, the first the earlier:
    "from the 15th to the 17th", "between the 15th and the 17th" (one span, as "15 to 17 November")."""
    return (
        x.kind == "anaphor"
        and y.kind == "anaphor"
        and x.unit == "dom"
        and y.unit == "dom"
        and x.n is not None
        and y.n is not None
        and x.n < y.n
    )


def two_days_running(toks: list[Tok], a: Match, b: Match) -> Match | None:
    """Two days running of one month joined by "and" as one interval, or None.

    "on September 21 and 22", "7 and 8 November 2017", "the 16th and 17th of
    November": the writer gives a stretch of two days, as "from 21 to 22
    September" would (the reports gold lists them as one ``start/end``). Days
    further apart ("on 3 and 9 May") stay two dates, since the days between
    are not meant; so does a longer list ("15, 16 and 17 November"), whose
    first day :func:`_listed_day` reads on its own. Two weekdays written
    before them ("on Tuesday and Wednesday, 7 and 8 November") are the same
    two days: the span takes them in, and the first weekday checks the first
    day (a lone weekday before both days checks neither).
    """
    if b.i != a.j + 1 or toks[a.j].lower != "and" or a.i == 0:
        return None
    x, y = a.expr, b.expr
    if x.kind != "date" or y.kind != "date" or x.day is None or y.day is None or x.month != y.month:
        return None
    if x.until is not None or y.until is not None or x.year_shift != y.year_shift or y.day != x.day + 1:
        return None
    if x.year is not None and y.year is not None and x.year != y.year:
        return None
    start, weekday = a.i, None
    if x.weekday is not None:
        start, weekday = _weekdays_before(toks, a.i, x.weekday)
    elif toks[a.i - 1].text == "," or (
        a.i > 1 and toks[a.i - 1].lower == "the" and toks[a.i - 2].text == ","
    ):
        return None  # "15, 16 and 17 November": a list, not a stretch
    first = replace(x, weak=False, weekday=weekday)
    return Match(start, b.j, replace(first, until=replace(y, weak=False, weekday=None)), head=a)


def days_listed_running(toks: list[Tok], matches: list[Match]) -> int:
    """How many of *matches* (up to six) make a run of days listed as one stretch; 0 if none.

    "on 15, 16 and 17 November", "November 15, 16, and 17", "the 4th, 5th, 6th
    and 7th of June": three or more days running of one month, each after the
    one before but for a comma (or a last "and", or ", and"), are the stretch
    from the first to the last, as two days running joined by "and" are (see
    :func:`two_days_running`). Days apart ("15, 18 and 21 November") stay
    dates of their own.
    """
    first = matches[0].expr
    if first.kind != "date" or first.day is None or first.until is not None or first.weekday is not None:
        return 0
    n, years = 1, {first.year} - {None}
    for prev, m in zip(matches, matches[1:6], strict=False):
        x, k = m.expr, prev.j
        if k < len(toks) and toks[k].text == "," and k + 1 < len(toks) and toks[k + 1].lower == "and":
            k += 1
        if k >= len(toks) or toks[k].lower not in {",", "and"} or m.i != k + 1:
            return 0
        if x.kind != "date" or x.day is None or x.month != first.month or x.until is not None:
            return 0
        if x.weekday is not None or x.year_shift != first.year_shift or x.day != first.day + n:
            return 0
        years |= {x.year} - {None}
        n += 1
        if toks[k].lower == "and":
            return n if n >= 3 and len(years) <= 1 else 0
    return 0


def listed_run(matches: list[Match]) -> Match:
    """The stretch from the first to the last of a run of listed days (see :func:`days_listed_running`)."""
    a, b = matches[0], matches[-1]
    year = next((m.expr.year for m in matches if m.expr.year is not None), None)
    first = replace(a.expr, weak=False, year=year)
    return Match(a.i, b.j, replace(first, until=replace(b.expr, weak=False, year=year)))


def _weekdays_before(toks: list[Tok], i: int, second: int) -> tuple[int, int | None]:
    """Where "Tuesday and Wednesday, 7 and 8 November" opens, and the weekday of its first day.

    *i* opens "Wednesday, 7" (the second weekday, read with the first day);
    the weekday before it, joined by "and", must be the day before *second*.
    Without it the span opens at *i* and no weekday is kept.
    """
    if i >= 2 and toks[i - 1].lower == "and" and toks[i - 2].lower in WEEKDAYS:
        first = WEEKDAYS[toks[i - 2].lower]
        if (first + 1) % 7 == second:
            return i - 2, first
    return i, None


def _shared_year_shift(x: Expr, y: Expr) -> int | None:
    """The "last year" (-1) or "this year" (0) of an interval's last end that dates its first too.

    "between May and June last year", "from October to December last year":
    the writer gives the year once, after the span, as "1988" in "between
    May and June 1988". Only two months, or two days, written without a year.
    """
    if (
        y.year_shift is None
        or x.year_shift not in {None, y.year_shift}
        or x.kind != "date"
        or y.kind != "date"
    ):
        return None
    if x.year is not None or y.year is not None or x.rel is not None or x.until is not None:
        return None
    if x.month is None or y.month is None or (x.day is None) != (y.day is None):
        return None
    return y.year_shift


#: Words that open an expression whatever follows them (a number opens one too): every rule of
#: :func:`match_at` reads its first token against one of these (the words of :func:`_starters`)
_OPENERS = frozenset(
    {"today", "tonight", "yesterday", "tomorrow", "last", "next", "this", "coming", "more", "less"}
    | {"a", "the", "that", "'", "’", "early", "late", "mid", "earlier", "later"}
)


def _starters() -> frozenset[str]:
    """The lower-cased words at which :func:`match_at` can find an expression, numbers aside.

    Each rule tests its first token before anything else (a month, weekday,
    season or ordinal name, a relative word, a count, the first word of a
    holiday or vague phrase, a Persian month); a token that is none of them
    and no number starts nothing, so the scan passes over it without calling
    the four matchers (they were most of the dates extractor's time).
    """
    return (
        _OPENERS
        | MONTHS.keys()
        | MONTH_ABBR.keys()
        | WEEKDAYS.keys()
        | NUMBER_WORDS.keys()
        | date_words.ORDINAL_WORDS.keys()
        | {first for first, _ in date_words.YEAR_PARTS}
        | date_words.APPROXIMATORS
        | date_words.VAGUE_COUNTS
        | date_words.SEASONS.keys()
        | date_words.PERSIAN_MONTHS.keys()
        | date_words.ETHIOPIAN_MONTHS.keys()
        | {"b", "be"}
        | _HOLIDAY_FIRST
        | _VAGUE_FIRST
    )


def scan(toks: list[Tok]) -> list[Match]:
    """Every expression in *toks*, left to right, longest first, without overlaps."""
    out: list[Match] = []
    starters = _starters()
    i = 0
    while i < len(toks):
        t = toks[i]
        if t.lower not in starters and not t.text.isdecimal():
            i += 1
            continue
        m = match_at(toks, i)
        if m is None:
            i += 1
            continue
        out.append(m)
        i = m.j
    return out


def days_in(month: int, year: int = 2000) -> int:
    """Days in *month* of *year*; by the calendar's rule, so any year works (``datetime`` stops at 1..9999)."""
    return calendar.monthrange(2000, month)[1] - (month == 2) + (month == 2 and calendar.isleap(year))


def valid_date(year: int, month: int, day: int) -> bool:
    """Whether the day exists, in the years ``datetime`` can hold (1..9999)."""
    return dt.MINYEAR <= year <= dt.MAXYEAR and 1 <= month <= 12 and 1 <= day <= days_in(month, year)
