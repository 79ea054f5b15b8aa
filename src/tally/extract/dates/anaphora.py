""" "that day", "the next day", "the same day": the previous resolved mention, moved, and which
day dates a sentence's main clause (so that a date in a participle phrase does not become
the story's).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from typing import TYPE_CHECKING

from tally.extract.dates.anchors import _invalid, _parse_iso
from tally.extract.dates.focus import _aside
from tally.extract.dates.patterns import _SINCE, _UNTIL
from tally.extract.dates.resolve import (
    _add_months,
    granularity,
    shift,
)
from tally.extract.dates.tense import _clause_verb, _put_off_to, _tense
from tally.extract.dates.tokens import Expr, valid_date
from tally.records import DateMention

if TYPE_CHECKING:
    from spacy.tokens import Doc


def _dates_its_clause(doc: Doc, text: str, start: int, end: int) -> bool:
    """Whether the day at ``[start, end)`` dates the main clause of its sentence.

    "On 5 June, five people were shot dead … against a rise announced on 1
    June": 5 June is when the sentence's clause happened; 1 June sits in a
    participle phrase on a noun, as "which students had occupied since 2 May"
    sits in a relative clause, and what "the next day" in the sentence after
    counts from is the clause's day. Only the sentence's main verb (or one
    joined to it, or what it reports) has that clause; a day that only bounds
    ("since", "until") or hangs on no verb dates none.
    """
    if _SINCE.search(text, max(0, start - 16), start) or _UNTIL.search(text, max(0, start - 8), start):
        return False
    verb = _clause_verb(doc, start, end)
    if verb is None:
        return False
    root = verb.sent.root
    if verb.i != root.i and not (verb.dep_ in {"conj", "ccomp"} and verb.head.i == root.i):
        return False  # "since the protests began on 8 October", "with 38 killed on 20 October"
    return not _aside(doc, start, root)


def _in_story_year(expr: Expr, previous: DateMention | None) -> Expr:
    """ "2 May that year", "March of the same year": *expr* with the year of the date before, moved.

    Like "later that year", the year is the last one the article gave for
    something that happened (*previous*: a date on a verb, not "a police
    station burned in October 2022" in a noun's phrase); with none before,
    the month or day is read as if it had no year at all.
    """
    year = previous.value[:4] if previous is not None and previous.value else ""
    if not year.isdecimal():
        return replace(expr, story_year=None)
    return replace(expr, year=int(year) + (expr.story_year or 0), story_year=None)


def _anaphor_as_relative(expr: Expr) -> Expr | None:
    """ "the previous year" with no date before it: the year before the article's ("last year").

    "The end of the month" with no date before it is the month of writing.
    """
    if expr.rel == "this":
        return Expr("rel", rel="this", unit=expr.unit)
    if not expr.n or expr.unit == "dom":
        return None
    if expr.unit == "day":
        return Expr("offset", n=expr.n)
    if expr.unit == "weekday":  # "the following Friday" with no day told before: from writing
        return Expr("weekday", weekday=expr.weekday, rel="last" if expr.n < 0 else "next")
    return Expr("rel", rel="last" if expr.n < 0 else "next", unit=expr.unit)


def _today_in_another_month(expr: Expr, told: dt.date | None, written: dt.date) -> bool:
    """Whether "today" of an article dated only by its month would take a day of another month.

    "April 2023 … between 7 December 2022 and 9 February 2023 … said in a report
    released today": the latest full date told is an event's, months before the
    release; "today" is the month of writing, which is all that is known of it.
    A day told in that month ("Geneva, 14 April 2023") does say which day it is.
    """
    if expr.kind != "offset" or expr.n != 0:
        return False
    return told is None or (told.year, told.month) != (written.year, written.month)


def _looks_ahead(doc: Doc, text: str, expr: Expr, start: int, end: int) -> bool:
    """Whether "the end of the year" (an anaphor marked ``rel="this"``) is in a clause about the future.

    "The inquiry will report by the end of the year", "the government should
    set up a body by the end of the year": the year of writing, not the year of
    the story just told (an attack two years before). A modal of obligation up
    the clause (a recommendation, NGO style) looks ahead as "will" does.
    """
    if expr.rel != "this":
        return False
    if _tense(doc, text, start, end) == "future":
        return True
    verb = _clause_verb(doc, start, end)
    for _ in range(3):  # "should establish a body … by the end of the year": a bounded walk up
        if verb is None:
            return False
        if any(c.dep_ == "aux" and c.lower_ in _OBLIGATION for c in verb.children):
            return True
        verb = verb.head if verb.head.i != verb.i else None
    return False


#: Modals that set a task ahead: "should report by the end of the year", "must be freed by".
_OBLIGATION = frozenset({"should", "must", "shall", "will", "would", "can", "could", "may", "might"})


def _counted_aside(doc: Doc, text: str, expr: Expr, start: int, end: int) -> bool:
    """Whether a day counted from the story's day looks away from it without taking the story there.

    "A guard shot a prisoner, who died the next day. The next morning, the inmates took
    the kitchen": the relative clause tells one man's fate ahead of the story; "The
    sit-in lasted until the next morning. That afternoon the owners called the police":
    the day after "until" ends a span; "Their leaders had met the minister three days
    earlier": the pluperfect looks back. The story stays on its day, which the next
    anaphor counts from. Only days counted ("the next day", "two days earlier").
    """
    if expr.kind != "anaphor" or expr.unit != "day" or not expr.n:
        return False
    verb = _clause_verb(doc, start, end)
    if expr.n < 0:
        return verb is not None and any(c.dep_ == "aux" and c.lower_ in {"had", "'d"} for c in verb.children)
    if _UNTIL.search(text, max(0, start - 8), start):
        return True
    return verb is not None and verb.dep_ == "relcl"


def _antecedent(expr: Expr, previous: DateMention | None, last_day: DateMention | None) -> DateMention | None:
    """The mention a day anaphor counts from: the previous one, or the last day when that was only a year or month.

    "On 9 August, the anniversary of the 2020 election, … On the same day": the
    year in the apposition names no day for "the same day" to be.
    """
    if expr.unit != "day" or previous is None or previous.granularity in {"day", None}:
        return previous
    return last_day if last_day is not None else previous


#: "the night of " just before a span of two days ("the night of 10-11 August").
_NIGHT_OF = re.compile(r"\bnight\s+of\s+(?:the\s+)?$", re.IGNORECASE)


def _night_as_its_eve(text: str, mention: DateMention | None) -> DateMention | None:
    """*mention*, or the first day of the night it names when it is "the night of 4 to 5 January".

    A night spans two dates, but it is the evening's: "on the night of November
    29 to 30 … those arrested that night" is the 29th, and "the night of 4 to 5
    January … nationwide the following day" the 5th. The span itself stays as
    written (``start/end``); only what counts from it starts at its eve. A
    bounded look-behind.
    """
    if mention is None or mention.value is None or len(mention.value) != 21 or mention.value[10] != "/":
        return mention  # two days, "2024-11-29/2024-11-30", and nothing else
    first, last = _parse_iso(mention.value[:10]), _parse_iso(mention.value[11:])
    if first is None or last is None or (last - first).days != 1:
        return mention
    if _NIGHT_OF.search(text, max(0, mention.start - 16), mention.start) is None:
        return mention
    return mention.model_copy(update={"value": first.isoformat(), "granularity": "day"})


def _to_the_last_day(first: str | None, expr: Expr) -> str | None:
    """*first* (a day), or the span from it to the day of its month *expr*'s last end numbers."""
    if first is None or expr.until is None or expr.until.n is None or len(first) != 10:
        return first
    last = f"{first[:7]}-{expr.until.n:02d}"
    return f"{first}/{last}" if _parse_iso(last) is not None else None


def _day_of_month_not_ahead(
    doc: Doc,
    text: str,
    start: int,
    end: int,
    value: str | None,
    antecedent: DateMention | None,
    published: dt.date | None,
) -> str | None:
    """ "the 28th" a month back when the month of the day told before would put it after writing.

    "On Monday, December 2, … 293 detained since the 28th", written on 6
    December: the 28th of November, the last one before writing; so is "visited
    the site on the 22nd" after "on 2 November" in a report of 14 November. Only
    when the day it takes its month from lies up to the day of writing (a month
    told ahead or only to the month, "the vote is set for December … on the 28th",
    keeps its days)
    and the clause is in the past, not up to a day ("adjourned until the 28th").
    """
    if value is None or published is None or antecedent is None or antecedent.value is None:
        return value
    today = published.isoformat()
    if len(value) != 10 or value <= today or antecedent.granularity != "day":
        return value
    if antecedent.value.split("/", 1)[0] > today:
        return value
    if _tense(doc, text, start, end) != "past" or _UNTIL.search(text, max(0, start - 8), start):
        return value  # "is due to sit on the 18th", "adjourned until the 28th": ahead of the telling
    year, month = (published.year, published.month - 1) if published.month > 1 else (published.year - 1, 12)
    if value[:7] != today[:7]:
        return value  # only the month of writing itself has days still to come
    moved = f"{year:04d}-{month:02d}{value[7:]}"
    return value if _invalid(moved) else moved


def _day_of_month_by_tense(
    doc: Doc,
    text: str,
    start: int,
    end: int,
    expr: Expr,
    value: str | None,
    antecedent: DateMention | None,
    published: dt.date,
) -> str | None:
    """ "the 7th" of a clause still to come on or after the day of writing; with no month told, by the tense.

    "The curfew, imposed on Dec. 30, will be lifted on the 7th", written on 4
    January: the 7th of January, not of the December just told. With no
    month told at all, the clause's tense says which: '"We will be back on
    the 10th," she said' is the next 10th, "was moved to a camp on the 29th"
    the last one. A month told ahead of writing keeps its day ("the vote is
    set for Feb. 20 … ends on the 18th").
    """
    tense = _tense(doc, text, start, end)
    ahead = tense == "future" or _put_off_to(doc, text, start, end)  # "adjourned until the 28th"
    if value is None and antecedent is None and (ahead or tense == "past"):
        return _nth_from(published, expr.n or 0, forward=ahead)
    if value is None or len(value) != 10 or not ahead or value >= published.isoformat():
        return value
    if antecedent is None or antecedent.value is None or antecedent.granularity != "day":
        return value
    if antecedent.value.split("/", 1)[0] > published.isoformat():
        return value  # its month was told ahead of writing
    return _nth_from(published, expr.n or 0, forward=True)


def _nth_from(day: dt.date, n: int, *, forward: bool) -> str | None:
    """The *n*-th of the month on or after *day* (*forward*), else on or before it; None if no such day
    falls within two months ("the 31st" after February looks on to March)."""
    year, month = day.year, day.month
    for _ in range(3):
        if valid_date(year, month, n):
            candidate = dt.date(year, month, n)
            if (candidate >= day) if forward else (candidate <= day):
                return candidate.isoformat()
        year, month = _add_months(year, month, 1 if forward else -1)
    return None


def _resolve_anaphor(expr: Expr, previous: DateMention | None) -> tuple[str | None, str | None, str]:
    """ "that day", "the next day": the previous resolved mention, moved, when granularities allow."""
    if previous is None or previous.value is None or previous.granularity is None:
        return None, granularity(expr), "none"
    if expr.to_the_day:
        # "On July 21 … A week earlier": 14 July, a day as the date it counts from (a count of whole
        # weeks from a day lands on a day); from a week, month or span, the week it falls in
        if previous.granularity == "day" and "/" not in previous.value:
            value = shift(previous.value, "day", "day", 7 * (expr.n or 0))
            return (value, "day", previous.anchor) if value is not None else (None, "day", "none")
        expr = replace(expr, to_the_day=False)
    gran = granularity(expr)
    if expr.unit == "dom":  # "the 18th": that day of the month mentioned before
        month = previous.value.rsplit("/", 1)[-1][:7]
        if previous.granularity not in {"day", "month"} or len(month) != 7:
            return None, gran, "none"
        if expr.month_shift:  # "the 4th of the following month"
            month = shift(month, "month", "month", expr.month_shift) or ""
            if len(month) != 7:
                return None, gran, "none"
        moved = f"{month}-{expr.n:02d}"
        if _parse_iso(moved) is None:
            return None, gran, "none"
        spanned = _to_the_last_day(moved, expr)  # "from the 15th to the 17th"
        return (spanned, gran, previous.anchor) if spanned is not None else (None, gran, "none")
    if expr.unit == "weekday":
        day = _weekday_from(expr, previous)
        return (day, gran, previous.anchor) if day is not None else (None, gran, "none")
    value = shift(previous.value, previous.granularity, expr.unit or "day", expr.n or 0)
    if value is None:
        return None, gran, "none"
    return value, gran, previous.anchor


def _weekday_from(expr: Expr, previous: DateMention) -> str | None:
    """ "the following Friday", "the previous Thursday": the first such weekday after (before) the day told.

    From a span of days, after its last day or before its first; from no day (a month, a
    year), none.
    """
    if previous.granularity != "day" or previous.value is None or expr.weekday is None:
        return None
    forward = (expr.n or 0) > 0
    day = _parse_iso(previous.value.split("/")[-1 if forward else 0])
    if day is None:
        return None
    step = (expr.weekday - day.weekday()) % 7 if forward else (day.weekday() - expr.weekday) % 7
    step = step or 7  # strictly after (before): "on Friday … the following Friday" is a week on
    return (day + dt.timedelta(days=step if forward else -step)).isoformat()
