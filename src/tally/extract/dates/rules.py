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

This module scans (:func:`scan`, :func:`match_at`) and joins runs and
intervals; the rules it tries are modules of their own, lower ones first:
:mod:`.tokens` (tokens and expressions), :mod:`.parts` (a month, day or year
at a token), :mod:`.calendars` (Iranian, Buddhist, Ethiopian, Hijri),
:mod:`.absolute`, :mod:`.relative` and :mod:`.periods`.
"""

from __future__ import annotations

from dataclasses import replace

from tally.extract.dates import words as date_words
from tally.extract.dates.absolute import _match_calendar
from tally.extract.dates.calendars import _PERSIAN, _calendar_day_at, _date_granularity, _other_calendar_at
from tally.extract.dates.parts import _connector_at
from tally.extract.dates.periods import _match_other, _part_of_year, _story_unit
from tally.extract.dates.relative import _match_relative
from tally.extract.dates.tokens import (
    _HOLIDAY_FIRST,
    _VAGUE_FIRST,
    MONTH_ABBR,
    MONTHS,
    NUMBER_WORDS,
    WEEKDAYS,
    Expr,
    Match,
    Tok,
)


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
