"""Years a yearless day takes from what the article wrote with a year before it.

Long articles give a month with its year once ("the March 2019 vote", "the
crackdown of August 2016") and its days without it a sentence later ("the
March 24 ballot", "arrested on 14 August"); Iranian copy writes one Persian
date in full ("24 Aban 1398") and the next without its year ("buried on 29
Aban"). Read against the time of writing, such a day lands in the wrong year
when the story is years old. These helpers remember what was written and say
which year the later day belongs to.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from tally.extract.dates import words as date_words
from tally.extract.dates.tokens import Expr, valid_date

#: How far (characters) after a month written with its year a yearless day of it still reads that
#: year: about a paragraph, and no further than the paragraph's end (see :func:`in_month_written`).
_MONTH_REACH = 600

#: A day within this many days of writing is read as the publication reads it: "Protests broke out in
#: November 2019. On Nov. 15, police arrested 40", written on 20 November 2021, is this year's.
_NEAR_WRITING_DAYS = 31


def note_month_written(
    expr: Expr, value: str | None, gran: str | None, start: int, months: dict[int, tuple[int, int]]
) -> None:
    """Record in *months* the year and position of a month written with its year ("March 2019")."""
    if expr.kind != "date" or expr.year is None or expr.day is not None or expr.until is not None:
        return
    if gran != "month" or value is None or len(value) != 7 or not value[:4].isdecimal():
        return
    months[int(value[5:7])] = (int(value[:4]), start)


def in_month_written(
    expr: Expr, text: str, start: int, months: dict[int, tuple[int, int]], published: dt.date
) -> Expr:
    """*expr* with the year its month was last written with in the same paragraph, for a yearless day.

    "The army seized power after the March 2019 vote … Observers said the
    March 24 ballot was marred by fraud", written in June 2021: 24 March 2019.
    Not a day near the time of writing (then the month written is background
    and the day is news), nor one across a line break (another paragraph, a
    list's next line), nor one further than :data:`_MONTH_REACH` away.
    """
    if expr.kind != "date" or expr.day is None or expr.month is None or expr.year is not None:
        return expr
    if expr.rel is not None or expr.year_shift is not None or expr.story_year is not None:
        return expr
    if expr.until is not None and (expr.until.year is not None or expr.until.kind != "date"):
        return expr
    told = months.get(expr.month)
    if told is None:
        return expr
    year, at = told
    if start - at > _MONTH_REACH or text.find("\n", at, start) != -1:
        return expr
    near = (
        abs((dt.date(near_year, expr.month, expr.day) - published).days) <= _NEAR_WRITING_DAYS
        for near_year in (published.year - 1, published.year, published.year + 1)
        if valid_date(near_year, expr.month, expr.day)
    )
    if any(near):
        return expr
    return replace(expr, year=year) if valid_date(year, expr.month, expr.day) else expr


def a_persian_date_written(expr: Expr, text: str) -> bool:
    """Whether *text* (a date mention's span) is a Persian date written with its year ("24 Aban 1398"):
    the rule reader has already turned it into a day of ours, so its words tell."""
    if expr.kind != "date" or expr.year is None or expr.day is None:
        return False
    return any(word.lower().strip(",.") in date_words.PERSIAN_MONTHS for word in text.split())


def in_era_told(
    expr: Expr, text: str, start: int, year: int, month: int | None, era_at: int, *, before: bool = False
) -> Expr:
    """*expr*, a yearless day or month, in the year the time the story last set gives it ("In April
    2020", "In 2019", *year* and *month* at *era_at*), when that lies in the same paragraph.

    With no day of writing to read it against (no publication date, or only its
    month), the story is where its paragraph put it: "In April 2020, the
    government closed the border; it reopened in December" is December 2020,
    not the December before the latest full date the article gave; "In
    September 2021, the army took the north. Soldiers arrived on 14 September"
    is that September, not the one before a report dated November 2022. The
    story goes forward from a month: "In November 2019 … said in May" is the
    May after it. A past perfect (*before*) looks back from that month instead: "By
    November 2020, … a blockade that had started on 5 February" is the February
    before it, "In April 2020, … had been imposed in November" the November of 2019.
    """
    if expr.kind != "date" or expr.month is None or expr.year is not None:
        return expr
    if expr.rel is not None or expr.year_shift is not None or expr.story_year is not None:
        return expr
    if expr.until is not None and (expr.until.year is not None or expr.until.kind != "date"):
        return expr
    if start < era_at or start - era_at > _MONTH_REACH or text.find("\n", era_at, start) != -1:
        return expr
    if month is not None and before and expr.month > month:
        year -= 1  # the last such month up to the one set
    elif month is not None and not before and expr.month < month:
        year += 1
    if expr.day is not None and not valid_date(year, expr.month, expr.day):
        return expr
    return replace(expr, year=year)
