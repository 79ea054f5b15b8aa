"""How a found date is read in its article: a weekday restating a counted day, a numeric date's
likelier order, headings and weeks, eras and births, the story's latest day as the anchor of
a yearless date; and :func:`normalise_date` for other extractors' date phrases.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from typing import TYPE_CHECKING

from tally.extract.dates import words as date_words
from tally.extract.dates.anaphora import _dates_its_clause
from tally.extract.dates.anchors import _parse_iso, _parse_published
from tally.extract.dates.entities import _dateparser
from tally.extract.dates.focus import _BOUNDING_WORDS
from tally.extract.dates.patterns import _APPOSITION, _COMMA_GAP, _PART_ALTERNATION
from tally.extract.dates.resolve import (
    NONE,
    YEAR,
    anchor_precision,
    resolve,
)
from tally.extract.dates.rules import interval, scan
from tally.extract.dates.tokens import WEEKDAYS, Expr, Match, Tok, tokenize
from tally.records import DateMention

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def _restating(text: str, start: int, weekday: int | None, told: DateMention | None) -> DateMention | None:
    """The counted day a weekday in apposition after it restates, or None.

    "By the evening of the next day, Saturday, protests had spread": the weekday
    names the day just counted (the 16th after "Friday, Nov. 15"), not the
    Saturday before publication weeks later. Only when the counted day falls on
    that weekday.
    """
    if told is None or weekday is None or told.granularity != "day" or told.value is None:
        return None
    day = _parse_iso(told.value) if "/" not in told.value else None
    if day is None or day.weekday() != weekday:
        return None
    return told if _COMMA_GAP.fullmatch(text, told.end, start) is not None else None


def _restated(text: str, out: list[DateMention], counted: set[int]) -> list[DateMention]:
    """*out*, a counted date followed by its own date in apposition taking that date's value.

    "A week earlier, on June 18," "the next day, on Sept. 17", "yesterday (3
    March)": the writer names the day, which settles what a count from an
    earlier mention, the publication date (or a week number) may get wrong. Only at the same granularity (or a week named by its
    day): a value is given at its text's granularity, so "a year ago, on 9
    August 2020" stays 2020. Each pair is looked at once: linear.
    """
    for idx in sorted(counted):
        if idx + 1 >= len(out):
            continue
        here, there = out[idx], out[idx + 1]
        if there.value is None or idx + 1 in counted or "/" in there.value:
            continue
        if here.granularity != there.granularity and (here.granularity, there.granularity) != ("week", "day"):
            continue  # "Earlier this year, in January": each at its own granularity
        if _APPOSITION.fullmatch(text, here.end, there.start) is None:
            continue
        out[idx] = here.model_copy(
            update={"value": there.value, "granularity": there.granularity, "anchor": there.anchor}
        )
    return out


#: "3/6/2019": a date of numbers whose day and month could be either way round.
_SLASHED = re.compile(r"(\d{1,2})([/-])(\d{1,2})\2(\d{4})")
_MONTH_NAME = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
#: A day written before its month's name ("14 March", "3rd of June"): British, UN, encyclopaedia copy.
_DAY_THEN_MONTH = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?(?: of)? " + _MONTH_NAME + r"(?![a-z])")
#: A month's name before its day ("March 14", "Sept. 3"): American copy.
_MONTH_THEN_DAY = re.compile(r"\b" + _MONTH_NAME + r" \d{1,2}\b(?!\d)")


def _likelier_numeric(span: str, value: str, anchor: dt.date | None, text: str = "") -> str:
    """*value*, or the other reading of a slashed date when it lies nearer the *anchor* without passing it.

    "3/6/2019" is 6 March in American copy and 3 June in British, UN and
    encyclopaedia text; a report dates what has happened, so in a story of 5
    June 2019 it is the 3rd of June. Without an anchor the article's own way
    of writing days says which comes first: "Posted: 12/03/2023 … on Tuesday,
    14 March" writes the day first, so 12 March; with no day written with a
    month name, the month comes first.
    """
    m = _SLASHED.fullmatch(span)
    if m is None:
        return value
    if m.group(1) == m.group(3) or int(m.group(1)) > 12 or int(m.group(3)) > 12:
        return value
    read = _parse_iso(value)
    if read is None:
        return value
    other = dt.date(read.year, read.day, read.month)  # both are 12 or less: a real day
    if anchor is None:
        day_first = len(_DAY_THEN_MONTH.findall(text)) > len(_MONTH_THEN_DAY.findall(text))
        return f"{read.year:04d}-{int(m.group(3)):02d}-{int(m.group(1)):02d}" if day_first else value
    costs = [(day > anchor, abs((day - anchor).days)) for day in (other, read)]
    return other.isoformat() if costs[0] < costs[1] else value


#: Kinds of expression counted from the time of writing ("tomorrow", "on Tuesday", "last week").
_DEICTIC = frozenset({"offset", "weekday", "rel", "ago"})

#: How many days before its publication day a live page's day heading ("Tuesday 7 March" on a line of
#: its own) may lie and still date the entries under it: a live page runs for days, not weeks.
_LIVE_DAYS = 14


#: A line that holds only a year, with a heading's marks ("2022", "=== 2019 ===", "## 2020").
_HEADING_LINE = re.compile(r"[\s=#*]*")


def _a_heading(text: str, start: int, end: int) -> bool:
    """Whether the year at ``[start, end)`` is a line of its own: a timeline's heading.

    "Here are some key events:\n\n2022\n\nSept. 13 - Amini is arrested": the
    days listed under it are of that year, whatever background month and year
    ("the November 2019 crackdown") a line of the list mentions. Bounded windows.
    """
    line_start = text.rfind("\n", max(0, start - 8), start) + 1
    line_end = text.find("\n", end, end + 8)
    if line_end < 0 and end + 8 < len(text):
        return False
    if line_start == 0 and start > 8:
        return False
    after = text[end : line_end if line_end >= 0 else len(text)]
    return bool(_HEADING_LINE.fullmatch(text, line_start, start)) and bool(_HEADING_LINE.fullmatch(after))


#: "the week of ", "the week ending ", "week beginning " just before a day: the week that day is in.
_WEEK_OF = re.compile(
    r"(?:\bthe\s+week\s+of|(?:\bthe\s+)?\bweek\s+(?:ending|ended|beginning|starting|commencing)(?:\s+on)?)\s+$",
    re.IGNORECASE,
)


def _the_week_of(text: str, start: int, value: str, gran: str) -> tuple[int, str, str]:
    """*start*, *value* and *gran* of a day, or of the week it names after "the week of".

    "Talks are planned for the week of June 7": the ISO week of that Monday (or
    any day of it), as schedules and factboxes give it, not the day itself. So
    is the week a bulletin or digest closes or opens with a day ("Week ending
    14 January 2022", "in the week beginning 3 June"). A bounded look-behind.
    """
    found = _WEEK_OF.search(text, max(0, start - 28), start)
    day = _parse_iso(value)
    if found is None or day is None:
        return start, value, gran
    year, week, _ = day.isocalendar()
    return found.start(), f"{year:04d}-W{week:02d}", "week"


def _era(text: str, expr: Expr, start: int, value: str, gran: str | None) -> int | None:
    """The year a written month ("In January 2022") or a year after "in" ("In 2019, …") sets as the time
    of the story, for the yearless days that follow when the article has no publication date and has
    given no full day yet. Not a year that only bounds ("since 1994"), nor an interval.

    A year frames the story only when "In" or "By" opens its sentence (or line) with it ("In 2019,
    fuel prices rose"): one later in the sentence gives the time of a count or a fact in passing
    ("overdoses killed 2,000 people in 2015"), and a yearless "In April" after it may lie years later.
    """
    if expr.kind != "date" or "/" in value or not value[:4].isdecimal():
        return None
    if gran == "month":
        return int(value[:4])
    if gran != "year" or start < 3 or not text[start - 3].isupper():
        return None  # "in 2015" inside its sentence
    if text[start - 3 : start].lower() == "in ":
        return int(value)
    if _PART_OF_YEAR.match(text, start) and text[start - 3 : start].lower() in _ERA_WORDS:
        return int(value)  # "By early 2021, bread was rationed from 15 February"
    return None


def _after_writing(day: dt.date, published: dt.date | None, known: int) -> bool:
    """Whether *day* lies after the month (or year) of writing the publication date gives.

    Published "2009-03", "the April 26 election" is ahead of the writing: it is
    no time of the story that "the deadline is Thursday" could count from.
    """
    if published is None or known == NONE:
        return False
    if known == YEAR:
        return day.year > published.year
    return (day.year, day.month) > (published.year, published.month)


#: How many heads up from a date its birth word or its comparison's base word may stand
#: ("born on 9 May 1931": May → on → born; "from the number sold in May 2016": May → in → sold
#: → number → from).
_HEADS_UP = 4


def _date_heads(doc: Doc, start: int, end: int) -> list[Token]:
    """The heads above the date at ``[start, end)``, nearest first, up to :data:`_HEADS_UP` of them."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return []
    tok = span.root
    heads: list[Token] = []
    while tok.head.i != tok.i and len(heads) < _HEADS_UP:
        tok = tok.head
        heads.append(tok)
    return heads


def _of_a_birth(heads: list[Token]) -> bool:
    """Whether the date with these :func:`_date_heads` is a date of birth ("Ann Lee, born March 3,
    1948, …", "was born on 9 May 1931"): the first verb above it is one of ``birth_words``."""
    for head in heads:
        if head.pos_ in {"VERB", "AUX"} or head.tag_ == "VBN":
            return head.lemma_.lower() in date_words.BIRTH_WORDS or head.lower_ in date_words.BIRTH_WORDS
    return False


def _a_comparisons_base(heads: list[Token]) -> bool:
    """Whether the date with these :func:`_date_heads` stands in the base of a comparison after a
    change or a difference ("up 12 percent from October 2019", "down 9 percent from the number sold
    in May 2016", "compared with March 2018", "higher than in June 2017")."""
    for head in heads:
        word = head.lower_
        opens = word in date_words.COMPARISON_BASES or (
            word in {"to", "with"} and head.head.lemma_.lower() == "compare"
        )
        if not opens:
            continue
        if word == "than" or head.head.lemma_.lower() == "compare":
            return True
        changed = head.head
        return (
            changed.lemma_.lower() in date_words.COMPARISON_CHANGES
            or changed.tag_ in {"JJR", "RBR"}
            or any(c.lemma_.lower() in date_words.COMPARISON_CHANGES for c in changed.children)
        )
    return False


def _bounds(heads: list[Token]) -> bool:
    """Whether the date with these :func:`_date_heads` only bounds, through the clause or phrase it
    dates ("has sold 22,000 cars since opening in April of 1995"): a word of ``bounding_clauses``
    above it."""
    return any(head.lower_ in date_words.BOUNDING_CLAUSES for head in heads)


def _sets_its_paragraph(doc: Doc, text: str, start: int, end: int, gran: str | None) -> bool:
    """Whether a month or year written with its year at ``[start, end)`` sets the time of the
    paragraph after it: it dates its sentence's clause ("In April 2020, the government closed the
    border"), and no word before it only bounds ("since August 2020") or names something of that
    time ("a wrestler arrested in August 2018, was executed on 12 September")."""
    before = text[max(0, start - 12) : start].split()
    if before and before[-1].lower() in _BOUNDING_WORDS - {"by"}:
        return False
    if gran == "year":
        return True  # _era has read it after "in" or "by early"
    return _dates_its_clause(doc, text, start, end)


#: A part of a written year that sets the story's time as "in 2021" does ("by early 2021", "in late 2019").
_PART_OF_YEAR = re.compile(rf"(?:{_PART_ALTERNATION})[- ]\d{{4}}\b", re.IGNORECASE)
#: What stands before such a part: "in", "by".
_ERA_WORDS = frozenset({"in ", "by "})


#: How many months before the month that set the story's year a yearless month still lies in that
#: year; one further back is read in the year after ("By December 2019 … On 3 January": 2020).
_BACK_MONTHS = 6


def _forward_from(expr: Expr, year: int, month: int) -> int:
    """The year of a yearless day or month told after the month *month* of *year* set the story's time.

    Without a publication date or a full day, the story is where its latest
    month put it, and it moves forward: "By December 2019 more than 300 people
    had been killed. On 3 January, the government admitted the toll" is January
    2020. A month up to half a year back stays in that year ("In March 2021 … In
    November" is 2021; "In July 2021 … in February" looks back to February).
    """
    behind = month - (expr.month or month)
    return year + 1 if behind > _BACK_MONTHS else year


def _a_week_covered(value: str) -> tuple[dt.date, dt.date] | None:
    """The span of days *value* names, when it is a week or less: the period a bulletin that opens
    with it covers ("Weekly update, 7–13 March 2022")."""
    first, _, last = value.partition("/")
    begin, finish = _parse_iso(first), _parse_iso(last)
    if begin is None or finish is None or len(first) != 10 or len(last) != 10:
        return None
    return (begin, finish) if 0 < (finish - begin).days <= 6 else None


def _in_frame(frame: tuple[dt.date, dt.date], expr: Expr) -> str | None:
    """The day of the week *expr* names within the week *frame* a bulletin covers, if it falls in it.

    A weekly digest without a publication day ("7–13 March 2022. On Wednesday
    a court fined 30 protesters. By Sunday, 200 had been detained") tells the
    days of its week: its Sunday is the 13th, not the Sunday before the Wednesday.
    """
    if expr.weekday is None or expr.week_shift is not None:
        return None
    begin, finish = frame
    day = begin + dt.timedelta(days=(expr.weekday - begin.weekday()) % 7)
    return day.isoformat() if day <= finish else None


def _nearer_reading(
    expr: Expr, value: str | None, latest: dt.date, recent: dt.date, tense: str | None
) -> str | None:
    """*value* (the reading of a yearless date against the story's *latest* day) or the
    first such date on or after the day the article gave *recent*-ly, whichever lies nearer
    its own anchor.

    An encyclopaedia's lead often names the affair's last full date ("on 23 May 2021 a
    flight was diverted") before its timeline starts again ("On 9 August 2020 … On 10
    August … On 12 November"): a timeline goes forward from the date just given, not a
    year after the lead's. A day far after the recent date (one after a background
    paragraph's "on 15 November 2019") still takes the latest.
    """
    if value is None or tense == "future" or expr.month is None:
        return value
    if expr.day is not None:
        ahead = (expr.month, expr.day) >= (recent.month, recent.day)
    else:
        ahead = expr.month >= recent.month  # "in August" after 9 August: that August
    year = recent.year if ahead else recent.year + 1
    other, _, _ = resolve(replace(expr, year=year), None)
    if other is None or other == value:
        return value
    near = _distance(other, recent)
    return other if near <= _THREAD_DAYS or near < _distance(value, latest) else value


#: How far after a full date the article just gave a yearless day may lie and still go on from it
#: ("On 2 January 2022 … between 4 and 6 January") however near the time of writing it also lies.
_THREAD_DAYS = 31


def _distance(value: str, anchor: dt.date) -> int:
    """Days between *anchor* and the start of an ISO day or month *value* (a month as its 15th)."""
    first = value.split("/", 1)[0]
    day = _parse_iso(first if len(first) == 10 else first + "-15")
    return abs((day - anchor).days) if day is not None else 1 << 30


def _span_end(toks: list[Tok], m: Match) -> int:
    """The last token of *m*'s span: without a part of the day after a day ("Tuesday afternoon" → "Tuesday").

    The shortest span that carries the date, as the reports guide asks: the
    afternoon and the evening of one Tuesday are one date. "last night" and
    "the next morning" keep theirs, which is all they have.
    """
    last = m.j - 1
    if last > m.i and toks[last].lower in date_words.PARTS_OF_DAY:
        before = toks[last - 1]
        if before.lower in WEEKDAYS or before.lower in {"yesterday", "tomorrow"} or before.text.isdecimal():
            return last - 1
    return last


def normalise_date(text: str, published: str | None) -> tuple[str | None, str | None, str]:
    """``(value, granularity, anchor)`` of a date phrase such as ``"last Thursday"``.

    For other extractors that meet a date phrase of their own (a quote's
    "said on Monday"). The phrase may carry a leading preposition ("in 1988");
    it must be one expression, else ``(None, None, "none")``. Without a parse
    there is no tense, so a bare weekday or month is taken as past.

    :param text: the phrase.
    :param published: ISO publication date, or None.
    """
    toks = tokenize(text.strip())
    while toks and toks[0].lower in {
        "on",
        "in",
        "at",
        "since",
        "by",
        "during",
        "of",
        "from",
        "until",
    }:
        toks = toks[1:]
    while toks and toks[-1].text in {".", ",", ";", ":"}:
        toks = toks[:-1]
    if not toks:
        return None, None, "none"
    anchor, known = _parse_published(published)
    for skip in (0, 1) if toks[0].lower == "the" and len(toks) > 1 else (0,):
        rest = toks[skip:]
        matches = scan(rest)
        if len(matches) == 2 and matches[0].i == 0 and matches[1].j == len(rest):
            joined = interval(rest, matches[0], matches[1])
            if joined is not None:
                matches = [Match(0, len(rest), joined)]
        if len(matches) == 1 and matches[0].i == 0 and matches[0].j == len(rest):
            expr = matches[0].expr
            if expr.kind == "date" and expr.weak:
                expr = replace(expr, weak=False)
            return resolve(expr, anchor if anchor_precision(expr) <= known else None)
    parsed = _dateparser(" ".join(t.text for t in toks), anchor)
    return parsed if parsed is not None else (None, None, "none")
