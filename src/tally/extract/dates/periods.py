"""Periods and parts of them: clock times, spans of years, parts of a year ("early 2020", "the
first half of"), weekends, seasons, "the day of", and parts of the story's own units.
"""

from __future__ import annotations

from tally.extract.dates import words as date_words
from tally.extract.dates.absolute import _day_of_month
from tally.extract.dates.parts import _part_of_day, _year_at
from tally.extract.dates.relative import _counts_from_an_event
from tally.extract.dates.tokens import (
    _HOLIDAY_FIRST,
    _HOLIDAY_MAX,
    _VAGUE_FIRST,
    _VAGUE_MAX,
    NUMBER_WORDS,
    WEEKDAYS,
    Expr,
    Match,
    Tok,
)


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
