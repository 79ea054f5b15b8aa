"""Readers of one part of a date at a token: a month, a day, a year, a part of the day, a story's
year ("that year"), and the listed days and months of a run ("on 3, 5 and 9 May", "15–19
November 2019"). Each looks ahead a fixed number of tokens.
"""

from __future__ import annotations

from tally.extract.dates import words as date_words
from tally.extract.dates.tokens import MONTH_ABBR, MONTHS, Expr, Match, Tok, days_in, valid_date


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
