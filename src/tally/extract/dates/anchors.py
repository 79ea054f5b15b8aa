"""What a date is resolved against: the publication date (or an embedded post's), parsed and
checked, and the corrections for a yearless day that would fall after writing or was
written before.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from dataclasses import replace
from typing import TYPE_CHECKING

from tally.extract.dates import words as date_words
from tally.extract.dates.resolve import (
    DAY,
    MONTH,
    NONE,
    YEAR,
)
from tally.extract.dates.tense import _clause_verb, _done_participle
from tally.extract.dates.tokens import Expr, valid_date
from tally.extract.dates.validation import _token_at
from tally.lang import active
from tally.records import DateMention, Embedded

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


LOGGER = logging.getLogger(__name__)

# --- anchoring and tense ----------------------------------------------------


def _yearless_day_or_month(expr: Expr) -> bool:
    """ "March 12", "in March", "9-13 August": a calendar date that lacks only its year."""
    return (
        expr.kind == "date"
        and expr.month is not None
        and expr.year is None
        and expr.rel is None
        and expr.year_shift is None
        and (expr.until is None or (expr.until.year is None and expr.until.kind == "date"))
    )


def _as_written_before(expr: Expr, written_days: dict[tuple[int, int], int]) -> Expr:
    """*expr* with the year the article wrote its day and month with before, if it is a yearless day.

    With no publication date, a report or encyclopaedia page writes a day in
    full once ("arrested between 17 March and 2 April 2011", "Date: 6–24 April
    2006") and restates it later without its year ("after his arrest on 17
    March", "killed between 6 and 24 April"), often after later dates (a
    verdict, an aftermath) have moved the story on: the restated day is the
    one written, not the one nearest the story's latest date. An interval
    looks at its first end; its last end follows it.
    """
    if expr.kind != "date" or expr.year is not None or expr.month is None or expr.day is None:
        return expr
    if expr.rel is not None or expr.year_shift is not None or expr.story_year is not None:
        return expr
    year = written_days.get((expr.month, expr.day))
    return replace(expr, year=year) if year is not None else expr


def _restated_far_from_writing(
    expr: Expr, written_days: dict[tuple[int, int], int], published: dt.date
) -> Expr:
    """*expr* with the year the article wrote its day with, when that day is not near the day of writing.

    A court report of 16 April 2021 on "an unauthorized assembly on Aug. 18,
    2019" goes on "the march on Aug. 18 drew 1.7 million people": the day
    restated is the day written, not the last 18 August before publication.
    A day that falls within a month of writing is kept as the publication
    reads it: "the crackdown of 4 June 1989 … on 4 June, police detained six
    people", written on 6 June, is this year's anniversary.
    """
    restated = _as_written_before(expr, written_days)
    if restated is expr or expr.month is None or expr.day is None:
        return expr
    near = (
        abs((dt.date(year, expr.month, expr.day) - published).days) <= _FOLLOW_DAYS
        for year in (published.year - 1, published.year, published.year + 1)
        if valid_date(year, expr.month, expr.day)
    )
    return expr if any(near) else restated


def _note_written_days(expr: Expr, value: str, written_days: dict[tuple[int, int], int]) -> None:
    """Record the days of *value* that *expr* wrote with their year ("17 March 2011", both ends of
    "6–24 April 2006") or a year counted from writing ("May 9 last year", as fixed as one written),
    for :func:`_as_written_before`; a later writing of the same day wins."""
    if (
        expr.kind != "date"
        or expr.day is None
        or (expr.year is None and expr.year_shift is None and (expr.until is None or expr.until.year is None))
    ):
        return
    for end in value.split("/"):
        day = _parse_iso(end)
        if day is not None and len(end) == 10:
            written_days[(day.month, day.day)] = day.year


def _parse_iso(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        LOGGER.warning("publication date %r is not ISO YYYY-MM-DD; relative dates stay unresolved", value)
        return None


_PARTIAL_DATE = re.compile(r"(\d{4})(?:-(\d{2}))?")


def _parse_published(value: str | None) -> tuple[dt.date | None, int]:
    """The publication date and how precisely it is known (:data:`~.resolve.DAY` … ``NONE``).

    ``published`` may be a day, a month ("2020-06") or a year, as the source
    gives it. A month stands as its 15th, a year as July 1: only expressions
    that need no more than the known part are resolved against them.
    """
    if not value:
        return None, NONE
    day = _parse_iso(value) if len(value) >= 10 else None
    if day is not None:
        return day, DAY
    m = _PARTIAL_DATE.fullmatch(value.strip())
    if m is None:
        if len(value) < 10:
            LOGGER.warning("publication date %r is not ISO; relative dates stay unresolved", value)
        return None, NONE
    year = int(m.group(1))
    if not dt.MINYEAR <= year <= dt.MAXYEAR:
        LOGGER.warning(
            "publication date %r is outside the years 1..9999; relative dates stay unresolved", value
        )
        return None, NONE
    if m.group(2) is None:
        return dt.date(year, 7, 1), YEAR
    month = int(m.group(2))
    return (dt.date(year, month, 15), MONTH) if 1 <= month <= 12 else (None, NONE)


def _anchor_for(
    start: int, posts: list[Embedded], published: dt.date | None, precision: int
) -> tuple[dt.date | None, int, bool]:
    """``(anchor, precision, in a post)`` for a mention at *start*: its embedded post's date, else the article's."""
    for post in posts:
        if post.start <= start < post.end:
            anchor = _parse_iso(post.date)
            return anchor, DAY if anchor is not None else NONE, True
    return published, precision, False


#: Words that open a line stamping the time of writing: "Updated 10 October 2022, 18:42 GMT".
_STAMP_CUE = re.compile(
    r"^\W*(?:(?:last\s+)?updated|(?:first\s+)?published|posted|(?:last\s+)?modified|date\s*:)",
    re.IGNORECASE,
)
#: A dateline before the date: "NAIROBI, " in "NAIROBI, July 1, 2024 (AFP) -", "Tehran, " (state media).
_DATELINE = re.compile(
    r"^\s*(?:[A-Z][A-Z.'’ -]{2,30}|[A-Z][a-z]{2,20})(?:,\s*[A-Z][A-Za-z.]{1,20}){0,2},\s*$"
)
#: What may stand next to a date on a line of its own: a weekday, a clock time, a zone.
_BARE_BEFORE = re.compile(r"^\W{0,3}(?:(?!Date\b)[A-Z][a-z]{2,8}\.?,?\s*)?$")  # not an infobox's "Date"
_BARE_AFTER = re.compile(
    r"^[\s,|·]*(?:\d{1,2}[:.]\d{2}\s*(?:[AaPp]\.?[Mm]\.?)?\s*)?(?:[A-Z]{2,4}(?:[+-]\d{1,2})?)?\s*$"
)


def _a_stamp(text: str, start: int, end: int) -> bool:
    """Whether the date at ``[start, end)`` stamps the time of writing rather than a moment of the story.

    Without a publication date, a dateline ("ALMATY, Jan 15 (Reuters) -"), an
    "Updated" or "Published" stamp, or a date on a line of its own atop a
    statement ("Dec. 15, 2019") is the time the writer writes from: a weekday in
    a past clause after it lies before it, as it would before a publication
    date. Only its own line is read (bounded windows).
    """
    line_start = text.rfind("\n", max(0, start - 120), start) + 1
    if line_start == 0 and start > 120:
        return False
    before = text[line_start:start]
    if _STAMP_CUE.match(before) or _DATELINE.match(before):
        return True
    return _a_day_heading(text, start, end, before)


def _a_day_heading(text: str, start: int, end: int, before: str | None = None) -> bool:
    """Whether the date at ``[start, end)`` stands on a line of its own, with at most a weekday
    before it and a clock time after it: a heading that dates the entries under it. *before* is
    the text of its line before it, when the caller has it (bounded windows)."""
    if before is None:
        line_start = text.rfind("\n", max(0, start - 120), start) + 1
        if line_start == 0 and start > 120:
            return False
        before = text[line_start:start]
    line_end = text.find("\n", end, end + 60)
    after = text[end : line_end if line_end >= 0 else end + 60]
    return line_end >= 0 and bool(_BARE_BEFORE.match(before)) and bool(_BARE_AFTER.match(after))


def _next_weekday_told(
    doc: Doc, expr: Expr, start: int, end: int, value: str | None, previous: DateMention | None
) -> str | None:
    """The weekday after the day just told, when the story goes day by day with weekdays.

    "By the evening of the next day, Saturday, protests had spread … On Sunday
    evening, Khamenei met officials": a retrospective published weeks later
    tells its days by their weekdays, and the Sunday is the one after that
    Saturday, not the one before publication. Only after a day named with its
    weekday in the same or the sentence before, in a past clause whose verb is
    not one of saying ("Amnesty said on Monday" is the time of reporting).
    """
    if value is None or previous is None or previous.granularity != "day" or previous.value is None:
        return value
    if "/" in previous.value or not _WEEKDAY_WORD.search(previous.text):
        return value
    told, here = _parse_iso(previous.value), _parse_iso(value)
    if told is None or here is None or expr.weekday is None or (here - told).days <= 6:
        return value  # the reading is within the week after the day told already
    tok = _token_at(doc, start)
    if tok is None:
        return value
    sent = tok.sent
    window = doc[sent.start - 1].sent.start_char if sent.start > 0 else sent.start_char
    if previous.start < window:
        return value  # only the day told in this sentence or the one before
    verb = _clause_verb(doc, start, end)
    if verb is not None and verb.lemma_.lower() in active().get("quotes", "cue_verbs"):
        return value
    return _after(told, expr.weekday)


def _after(day: dt.date, weekday: int) -> str:
    """The first *weekday* strictly after *day*."""
    return (day + dt.timedelta(days=(weekday - day.weekday() - 1) % 7 + 1)).isoformat()


#: A weekday's name in a mention's text ("Friday, Nov. 15", "Saturday").
_WEEKDAY_WORD = re.compile(r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b")


#: How far after a full date of another year a yearless day still continues its story.
_FOLLOW_DAYS = 31


def _days_after(
    expr: Expr,
    value: str | None,
    previous: DateMention | None,
    *,
    counted: bool = False,
    written_month: dt.date | None = None,
) -> str | None:
    """The reading of a yearless day that follows the day of another year just told, when it is near.

    An anniversary piece published on 15 January 2023 tells the story of 2022:
    "On 5 January 2022, troops entered Almaty. At dawn on 6 January, shooting
    resumed." The 6th is the day after the 5th just given, not the 6th of the year
    of publication. Only a day within a month after the day just told, which
    has its year from the article (a day of the publication's own year needs no
    help): written with it, counted from one that was ("the next day"), or a
    yearless day placed so before it ("On 10 January … On 18 January" goes on
    from the 6th). The same day and month again as a day written with its year
    ("families gathered on 3 June") is its anniversary; as a day *counted*
    (*counted*: "The minister refused the next day. On 9 March the police
    charged") it is that day of the story, named. A day so carried on from a day not
    written with its year stops short of the month of writing, when that is all the
    publication date gives (*written_month*): "leaked on 18 November", in an article of
    November, is the news of now.
    """
    if value is None or previous is None or previous.anchor != "absolute" or previous.granularity != "day":
        return value
    if not _yearless_day_or_month(expr) or expr.until is not None or previous.value is None:
        return value
    given = _parse_iso(previous.value.split("/", 1)[0])
    if given is None or value[:4] == f"{given.year:04d}":
        return value
    if counted and written_month is not None and value[:7] == f"{written_month:%Y-%m}":
        return value
    nearest = -1 if counted else 0  # the same day named is the anniversary of a written one only
    for year in (given.year, given.year + 1):
        if valid_date(year, expr.month or 0, expr.day or 0):
            day = dt.date(year, expr.month or 0, expr.day or 0)
            if nearest < (day - given).days <= _FOLLOW_DAYS:
                return day.isoformat()
    return value


def _day_told_before(previous: DateMention | None, last_day: DateMention | None) -> DateMention | None:
    """The day a yearless day may go on from (:func:`_days_after`): the mention just before it, or
    the last day told when that mention is only a month or year of the same year, named in passing
    ("On 20 March … A report dated April 1947 records … On 25 March"): it does not end the story.
    """
    if previous is None or previous.granularity not in {"month", "year"} or last_day is None:
        return previous
    if previous.anchor != "absolute" or not previous.value or not last_day.value:
        return previous
    return last_day if previous.value[:4] == last_day.value[:4] else previous


def _not_after_the_month(value: str | None, published: dt.date | None) -> str | None:
    """A past yearless *value* moved a year back when it falls after the publication month.

    Published "2020-06", "the internet was not restored until 9 July": the July
    that has passed is that of 2019. With only the month known, the nearest
    reading may lie just after it, which a past verb rules out.
    """
    if value is None or published is None:
        return value
    first = value.split("/", 1)[0]
    if first[:7] <= f"{published.year:04d}-{published.month:02d}" or not first[:4].isdecimal():
        return value
    return _a_year_back(value)


def _a_year_back(value: str) -> str:
    """*value* (a day, month or interval of them) a year earlier, or as it was when that day does not exist."""
    moved = [f"{int(part[:4]) - 1:04d}{part[4:]}" for part in value.split("/")]
    return value if any(_invalid(part) for part in moved) else "/".join(moved)


def _not_after_writing(
    doc: Doc, expr: Expr, start: int, end: int, value: str | None, published: dt.date | None
) -> str | None:
    """A yearless day (or month) of a plain past clause moved a year back when it falls after the publication day.

    "Security forces surrounded protesters in a marsh on November 18", in an
    anniversary report of 17 November 2020: the day has not come yet this
    year, so it is last year's, however near. The tense alone is only a
    penalty (the parse can be wrong, reported speech shifts tenses); here
    the date hangs on a past verb of the main clause, which is neither
    reported nor a verb of setting ("was set for November 18"). A passive or
    perfect past counts ("were arrested in March", "have been held since
    March"), and so does a clause told by a past verb of saying ("… in March,
    their lawyer said").
    """
    if value is None or published is None or value.split("/", 1)[0] <= published.isoformat():
        return value
    if expr.weekday is not None:
        return value  # "on Monday, Oct. 26": the weekday already says which year
    verb = _clause_verb(doc, start, end)
    if verb is None or verb.lemma_.lower() in date_words.SCHEDULE_VERBS:
        return value
    if _told_in_a_relative_clause(doc, verb, start):
        return _a_year_back(value) if value[:4].isdecimal() else value
    if not _done(verb):
        return value
    node = verb
    while node.dep_ == "conj" and node.head.i != node.i:  # "surrounded … and opened fire on …"
        node = node.head
    if node.dep_ == "ccomp" and _said_in_the_past(node.head):
        node = node.head  # "were arrested in March, their lawyer said": told after it was done
    if node.dep_ != "ROOT" or not _done(node):
        return value
    return _a_year_back(value) if value[:4].isdecimal() else value


def _told_in_a_relative_clause(doc: Doc, verb: Token, start: int) -> bool:
    """Whether *verb* tells a deed done in a relative clause, or in a participle that shortens one.

    "The strikes, which started in mid-December, have closed every port", "dockers who were
    arrested in late December remain in jail", "the strikes, triggered in early December, …": the
    clause says what was done before writing, whatever the tense of the clause it hangs from
    (the present perfect, the present). Not a participle of expecting or setting ("the vote,
    expected in mid-December"), which :func:`_done_participle` leaves out.
    """
    if verb.dep_ == "relcl":
        return _done(verb)
    return verb.dep_ == "acl" and _done_participle(doc, verb, start)


#: Auxiliaries of a passive or perfect past: "were arrested", "has been held", "had fled".
_PAST_AUX = frozenset({"was", "were", "has", "have", "had", "'s", "'ve", "'d"})


def _done(verb: Token) -> bool:
    """Whether *verb* tells a deed done before writing: the simple past ("detained"), or a passive or
    perfect past ("were arrested", "have been held"); not the copula, whose past reported speech
    shifts ("said the vote was in March": still to come)."""
    if verb.lemma_.lower() == "be":
        return False
    if verb.tag_ == "VBD":
        return True
    return verb.tag_ == "VBN" and any(
        c.dep_ in {"aux", "auxpass"} and c.lower_ in _PAST_AUX for c in verb.children
    )


def _said_in_the_past(verb: Token) -> bool:
    """Whether *verb* is a verb of saying in the simple past, the root of its sentence ("… , he said")."""
    return (
        verb.dep_ == "ROOT"
        and verb.tag_ == "VBD"
        and verb.lemma_.lower() in active().get("quotes", "cue_verbs")
    )


def _invalid(value: str) -> bool:
    """Whether an ISO day (or month) does not exist: 29 February moved to a common year."""
    if len(value) != 10:
        return False
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        return True
    return False
