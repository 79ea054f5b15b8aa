"""Calendar dates written out: day, month and year in any order and separator ("Nov. 15, 2019",
"15/11/2019", "2019-11-15"), a weekday with its date, "the 3rd of the month", "the night of
the 15th".
"""

from __future__ import annotations

from dataclasses import replace

from tally.extract.dates import words as date_words
from tally.extract.dates.calendars import _PERSIAN, _calendar_day_at
from tally.extract.dates.parts import (
    _STORY_YEARS,
    _connector_at,
    _day_at,
    _day_interval,
    _days_year_at,
    _in_a_run_of_numbers,
    _last_listed_day,
    _listed_after_month,
    _listed_day,
    _listed_month_shift,
    _listed_month_year,
    _listed_persian,
    _listed_year,
    _month_at,
    _night_pair,
    _part_of_day,
    _period_follows,
    _skip,
    _small_month_at,
    _story_year_at,
    _year_at,
    _year_first_slashed,
    _year_shift_at,
)
from tally.extract.dates.tokens import WEEKDAYS, Expr, Match, Tok, days_in, valid_date


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
