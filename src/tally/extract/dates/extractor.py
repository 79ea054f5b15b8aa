"""Temporal expressions, normalised to ISO 8601 at their granularity against the publication date.

Candidates come from our own grammar (:mod:`tally.extract.dates.rules`), run
over the whole text in linear time, and are checked against the parse: the
small spaCy model's DATE entities are too noisy to take as spans ("2020-11-05
Last November", a whole headline, "between 15 and 18 #WeStand4FreeIran…"), but
they are a good vote on whether a bare number such as "1988" is a year or a
count. dateparser is used only on a spaCy DATE entity the grammar did not
understand, and only when it holds a digit and a month name: asked about free
text it over-matches ("We" → Wednesday, "may" → May, "1500" → a year).

Resolution rules, each chosen for news text and documented in the tests:

- Relative expressions resolve against the publication date; inside an
  embedded post, against the post's own date. Without one the value is None
  and the anchor "none" (the granularity is still given).
- A bare weekday or month ("on Thursday", "in April") is the most recent one up
  to the publication date, since news mostly reports the past, unless its
  clause is about the future ("will meet on Friday", "plans to leave on
  Monday"), when it is the next one. "last Thursday" is strictly before the
  publication day; "Last November" is the most recent November before the
  publication month (2019-11 for an article of 2020-11-05).
- "N units ago" takes the granularity of its unit: "a year ago" is a year
  (2019 for 2020-11-05), "two months ago" a month, "three days ago" a day. A
  year ago is rarely meant to the month, and a wrong month is worse than a
  right year.
- "the 1990s" is the decade ``199X``; seasons give their year ("last
  summer" → 2020), except winter, which spans two years (value None).
- "recently", "in recent weeks", "the future" are recognised (so that no
  part of them is read as a date) but not listed: they have no value.
  Durations ("three days", "the past two years") are not dates and are not
  reported.
- "that day", "the next day", "later that year", "the year before" take the
  previous mention's date, moved ("the previous year" after "in July" 2024 is
  2023); with no mention before, "the previous year" is the year before
  publication.
- A publication date known only to the month or year resolves what needs no
  more ("last year", "January 2"); the rest resolves against the latest full
  date the article itself gave before it, else stays None.
- Two dates joined by "to", "through", a dash, or "between … and" are one
  interval, ``start/end`` (see :func:`tally.extract.dates.rules.interval`).
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from tally.extract.context import doc_ents, doc_text
from tally.extract.dates import words as date_words
from tally.extract.dates.resolve import (
    DAY,
    MONTH,
    NONE,
    YEAR,
    Value,
    _add_months,
    anchor_precision,
    granularity,
    on_day_of_month,
    on_weekday,
    resolve,
    shift,
)
from tally.extract.dates.rules import (
    MONTH_ABBR,
    MONTHS,
    WEEKDAYS,
    Expr,
    Match,
    Tok,
    days_listed_running,
    interval,
    listed_run,
    scan,
    tokenize,
    two_days_running,
    valid_date,
)
from tally.extract.dates.written import (
    a_persian_date_written,
    in_era_told,
    in_month_written,
    note_month_written,
)
from tally.extract.entities import words as entity_words
from tally.extract.spans import SpanSet
from tally.lang import active
from tally.records import DateMention, Embedded

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from tally.extract.context import ExtractContext

LOGGER = logging.getLogger(__name__)

#: Entity labels that make a month or weekday word part of a name ("Sunday
#: Times", "April Ryan"), not a date.
_NAME_LABELS = {"PERSON", "ORG", "NORP", "FAC", "PRODUCT", "WORK_OF_ART", "LAW"}
_SINCE = re.compile(r"\bsince\s+(?:the\s+|its\s+|their\s+)?$", re.IGNORECASE)
#: "as of 29 November 2022": the date a count was last updated (an infobox's, a toll's),
#: not where the story is, so it does not move the story's own date.
_AS_OF = re.compile(r"\bas of\s+$", re.IGNORECASE)
_FOR = re.compile(r"\bfor\s+$", re.IGNORECASE)
#: "from Wednesday", "by Friday": a period's open start, a deadline (see :func:`_set_ahead`).
_FROM_OR_BY = re.compile(r"\b(?:from|by)\s+$", re.IGNORECASE)
#: What closes a "from" day into an interval: "from February 1 to August 18", "from Monday until".
_AN_END_FOLLOWS = re.compile(r"\s*(?:to|until|till|through)\b|\s*[-–]", re.IGNORECASE)
_FUTURE_CUE = re.compile(r"\bas (?:soon|early) as\s*$", re.IGNORECASE)


def extract_dates(ctx: ExtractContext) -> list[DateMention]:
    """Every temporal expression in the article, normalised against its anchor date.

    :param ctx: the parsed article; reads ``doc``, ``published`` and ``embedded``.
    """
    doc = ctx.doc
    text = doc_text(doc)
    toks = tokenize(text)
    date_ents = SpanSet((e.start_char, e.end_char) for e in doc_ents(doc) if e.label_ in {"DATE", "TIME"})
    name_ents = SpanSet((e.start_char, e.end_char) for e in doc_ents(doc) if e.label_ in _NAME_LABELS)
    published, precision = _parse_published(ctx.published)
    posts = sorted(ctx.embedded, key=lambda p: p.start)

    matches = [_uncounted(doc, toks, m) for m in scan(toks)]
    accepted = [_accept(doc, toks, m, date_ents, name_ents) for m in matches]
    for idx, m in enumerate(matches):
        if not accepted[idx] and _is_bare_year(m) and _in_year_series(doc, toks, matches, accepted, idx):
            accepted[idx] = True

    out: list[DateMention] = []
    previous: DateMention | None = None
    last_day: DateMention | None = None  # the last mention of one day ("the same day" looks back to it)
    # the day of the clause of the sentence the last mention is in, when that mention sits in an aside
    # of it ("On 5 June, … a rise announced on 1 June. The next day" is the 6th)
    clause_day: DateMention | None = None
    main_day: tuple[DateMention, int] | None = (
        None  # the last day dating its sentence's clause, and its sentence
    )
    # the last date a verb happened at ("April 2 that year" looks back to it)
    event_time: DateMention | None = None
    narrative: dt.date | None = None  # the latest full date the article has given so far
    era: int | None = None  # the year of the latest month ("In January 2022") or "in 2019" given
    era_month: int | None = None  # that month, when a month set the era
    # the year (and month) a month or year dating its clause last set, and where: "In April 2020, …"
    paragraph_era: tuple[int, int | None, int] | None = None
    recent: dt.date | None = None  # the last full date it gave, in reading order
    stamp: dt.date | None = None  # the day of a dateline or "Updated" stamp that opens the story
    live_day: dt.date | None = None  # the day of a live page's latest day heading, in the days before writing
    heading: int | None = None  # the year a timeline's heading ("2022" on a line of its own) sets
    frame: tuple[dt.date, dt.date] | None = None  # the week a bulletin opens with ("7–13 March 2022")
    counted: set[int] = set()  # indices in *out* of dates counted from another ("the next day")
    restating: list[tuple[int, int]] = []  # spans placed in time but not listed ("the same day")
    weekdays: dict[int, int] = {}  # indices in *out* of bare weekdays, and which day of the week
    written_days: dict[tuple[int, int], int] = {}  # (month, day) → the year the article wrote it with
    written_months: dict[int, tuple[int, int]] = {}  # month → the year it was last written with, and where
    persian_told: dt.date | None = None  # the day of the last Persian date written with its year
    said_months: dict[int, tuple[str, str]] = {}  # month → the value and "last"/"next" of a month said so
    joined = _join_intervals(doc, toks, matches, accepted)
    recurring = [toks[m.j - 1].end for m in matches if _a_yearly_day(toks, m)]  # in reading order
    last_recurring = -1  # the end of the last yearly day before the mention at hand
    r = 0
    for idx, m in enumerate(joined):
        start, end, expr = toks[m.i].start, toks[_span_end(toks, m)].end, m.expr
        anchor, known, in_post = _anchor_for(start, posts, published, precision)
        if live_day is not None and known == DAY and not in_post and expr.kind in _DEICTIC:
            anchor = live_day  # "this morning" under "Tuesday 7 March" on a page published on the 9th
        if expr.story_year is not None:
            expr = _in_story_year(expr, event_time or previous)
        if expr.kind == "anaphor" and (previous is None or _looks_ahead(doc, text, expr, start, end)):
            expr = _anaphor_as_relative(expr) or expr  # "the previous year": before the article's time
        by_narrative = False
        written = anchor if known == MONTH and not in_post else None  # the month of writing, if that is all
        if heading is not None and known != NONE and not in_post and _yearless_day_or_month(expr):
            # "2019\n\nOctober 1 – …" in a timeline published in 2021: the heading's year, not writing's
            expr = replace(expr, year=heading)
        if known == DAY and not in_post and anchor is not None:
            expr = _restated_far_from_writing(expr, written_days, anchor)  # "Aug. 18" after "Aug. 18, 2019"
            expr = in_month_written(expr, text, start, written_months, anchor)  # "the March 24 ballot"
        elif known in {NONE, MONTH} and not in_post and heading is None and paragraph_era is not None:
            # "In April 2020, the government closed the border; it reopened in December": that December
            expr = in_era_told(expr, text, start, *paragraph_era, before=_told_as_before(doc, start, end))
        if anchor_precision(expr) > known:
            if known == YEAR and narrative is None and anchor is not None and _yearless_day_or_month(expr):
                # published "2021", no date given yet: "KYIV, March 12 –" is of that year
                expr = replace(expr, year=anchor.year)  # an interval's end follows its start
            elif (
                known == NONE
                and narrative is None
                and (heading is not None or era is not None)
                and not in_post
                and _yearless_day_or_month(expr)
            ):
                # no publication date, no day given yet: "In January 2022, … On 2 January"; under a
                # timeline's year heading, that year. A full date written later gives none: it may
                # be background years before the time of writing (no year is guessed)
                year = heading or era
                if heading is None and era is not None and era_month is not None:
                    year = _forward_from(expr, era, era_month)  # "By December 2019 … On 3 January"
                expr = replace(expr, year=year)
            if not in_post:
                expr = _as_written_before(expr, written_days)  # "on 17 March" after "17 March 2011"
            # The publication date does not go that far: the article's own latest date does, unless it
            # lies after the time of writing ("the May 9 election" in an article of March is ahead)
            anchor, by_narrative = (
                (narrative, True)
                if narrative is not None and not in_post and not _after_writing(narrative, published, known)
                else (None, False)
            )
            if by_narrative and stamp is not None and expr.kind in _DEICTIC:
                anchor = stamp  # "tomorrow" is the day after writing, whatever later day the story named
        if expr.kind == "event":
            # "a day after the raid": a duration counted from an event, no date (see _restating_only)
            value, gran, kind = None, granularity(expr), "none"
        elif expr.kind == "anaphor":
            while r < len(recurring) and recurring[r] <= start:
                last_recurring, r = recurring[r], r + 1
            if expr.n == 0 and (previous is None or last_recurring > previous.end):
                # "On December 1 each year, … on that day": the yearly day, which is no one date
                value, gran, kind = None, granularity(expr), "none"
            else:
                told = clause_day if expr.unit == "day" and clause_day is not None else None
                antecedent = _night_as_its_eve(text, told or _antecedent(expr, previous, last_day))
                value, gran, kind = _resolve_anaphor(expr, antecedent)
                if (
                    expr.unit == "dom"
                    and not expr.month_shift  # "the 4th of the following month" says its month
                    and precision == DAY
                    and not in_post
                    and published is not None
                ):
                    # "from the 15th to the 17th": the first day placed as one alone, the last in its month
                    first = value.split("/", 1)[0] if value is not None else None
                    first = _day_of_month_not_ahead(doc, text, start, end, first, antecedent, published)
                    first = _day_of_month_by_tense(
                        doc, text, start, end, replace(expr, until=None), first, antecedent, published
                    )
                    value = _to_the_last_day(first, expr)
                    if value is not None and kind == "none":
                        kind = "published"
        else:
            # an interval takes its tense from its first end; a day from its whole span, since
            # "Friday evening, crowds gathered" hangs from the verb through "evening"
            tense_end = toks[m.head.j - 1].end if m.head is not None else toks[m.j - 1].end
            tense = (
                _tense(doc, text, start, tense_end)
                if expr.kind in {"weekday", "date", "holiday", "persian"} or _bare(expr)
                else None
            )
            if tense is None and not by_narrative and _scheduled_present(doc, start, end, _is_month(expr)):
                tense = "future"  # "the council opens its session on Monday": what is scheduled
            focus = None if tense == "future" else _sentence_focus(doc, expr, start, previous)
            if expr.kind in {"weekday", "date"} and _put_off_to(doc, text, start, end):
                # "adjourned the case until 19 January", "extended the curfew to Monday": after the
                # telling, or after the day the sentence gave ("On 5 March 2021 … until 19 March")
                tense = "future"
            year = _sentence_year(doc, text, expr, start, previous) if focus is None else None
            said_on = (
                _reported_on(doc, expr, start, end, previous) if focus is None and year is None else None
            )
            if said_on is None and focus is None and year is None:
                # 'X told us on 3 December: "Yesterday they came …"': a quote after a colon
                said_on = _quoted_after_colon(doc, text, expr, start, previous)
            if said_on is None and focus is None and year is None and idx + 1 < len(joined):
                # '"On Friday we will march," she said on Oct. 3': the day said comes after the quote
                said_on = _said_after(doc, toks, expr, start, end, joined[idx + 1], anchor, known)
            if said_on is not None:
                # "wrote on Thursday that … since Saturday": the Saturday before that Thursday
                value, gran, kind = resolve(expr, said_on, tense=tense)
            elif year is not None:
                value, gran, _ = resolve(replace(expr, year=year), None)
                kind = "absolute"
            elif focus is not None:
                value, gran, _ = _resolve_on_focus(
                    expr, focus, tense, stamp or (published if precision == DAY else None)
                )
                kind = "absolute"
            elif expr.kind == "persian" and persian_told is not None and tense != "future":
                # "began on 24 Aban 1398 … buried on 29 Aban": the Persian year written, not writing's
                value, gran, _ = resolve(expr, persian_told, tense=None)
                kind = "absolute"
            else:
                # against the story's own date only "will" still says which way
                story_tense: str | None = tense if tense == "future" else "narrative"
                if expr.kind in {"weekday", "date"} and stamp is not None and anchor == stamp:
                    # the stamp or dateline is the time of writing: "was passed on 14 May" lies before it
                    story_tense = tense
                value, gran, kind = resolve(expr, anchor, tense=story_tense if by_narrative else tense)
                if known == MONTH and not by_narrative and tense == "past" and _yearless_day_or_month(expr):
                    value = _not_after_the_month(value, anchor)
                if known == DAY and not by_narrative and tense == "past" and _yearless_day_or_month(expr):
                    value = _not_after_writing(doc, expr, start, end, value, anchor)
                if not by_narrative and tense != "future" and expr.day is not None:
                    value = _days_after(expr, value, previous)
                if not by_narrative and tense == "past" and expr.kind == "weekday" and expr.rel is None:
                    value = _next_weekday_told(doc, expr, start, end, value, previous)
                if not by_narrative and tense == "past" and expr.kind == "weekday" and expr.rel == "last":
                    value = _last_before_saying(doc, expr, start, end, value, previous)
                if (
                    by_narrative
                    and anchor is not None
                    and recent is not None
                    and recent != anchor
                    and _yearless_day_or_month(expr)
                ):
                    value = _nearer_reading(expr, value, anchor, recent, story_tense)
                if kind == "published" and by_narrative:
                    kind = "absolute"
                if (
                    written is not None
                    and expr.dom is None
                    and _today_in_another_month(expr, anchor, written)
                ):
                    value, gran, kind = f"{written.year:04d}-{written.month:02d}", "month", "published"
        if value is not None and previous is not None and _a_yearless_day(expr):
            value = _restated_in_brackets(text, start, value, previous)  # "on 17 Azar (8 December)"
        if value is not None and not in_post:
            # "in December" after "last December"; a date of another time ends that December's story
            month_tense = tense if expr.kind == "date" else None  # set whenever a date was read
            value = _month_said_before(doc, text, start, expr, value, gran, month_tense, said_months)
            _forget_months_left(said_months, value)
        if (
            frame is not None
            and by_narrative
            and expr.kind == "weekday"
            and expr.rel is None
            and tense != "future"
        ):
            # "Weekly digest, 7–13 March. … By Sunday"; not a day still to come ("will march on Friday")
            value = _in_frame(frame, expr) or value
        if expr.kind == "weekday" and expr.rel is None and out and len(out) - 1 in counted:
            told = _restating(text, start, expr.weekday, out[-1])
            if told is not None:
                value, kind = told.value, told.anchor
        if expr.dom is not None and gran == "day":
            # "on Sunday (18)": the day written
            value = on_day_of_month(value, expr.dom, expr.weekday, tense if expr.kind == "weekday" else None)
        elif expr.kind == "offset" and expr.weekday is not None:
            value = on_weekday(value, expr.weekday)  # "yesterday (Wednesday)": the weekday written
        if value is not None and gran == "day" and expr.kind == "date":
            value = _likelier_numeric(text[start:end], value, anchor or narrative, text)
        # the heads above the date, read once for its birth, comparison and bound tests below
        heads = _date_heads(doc, start, end) if value is not None else []
        if (
            value is not None
            and gran == "day"
            and (anchor_precision(expr) == NONE or expr.kind == "date")
            and not _AS_OF.search(text, max(0, start - 8), start)
        ):
            # a calendar day, with its year or given one ("On 15 November" after
            # "9 August 2020"), is where the story now is: news moves forward, and a
            # look back ("in late August", a background paragraph) does not move it back.
            # An interval moves it to its start: a span is a frame, and its end may lie
            # far ahead of the story ("Date: 24 May 2020 – 25 March 2021" atop an
            # encyclopaedia page whose story then begins "on 9 August 2020")
            day = dt.date.fromisoformat(value.split("/", 1)[0])
            if (
                stamp is None
                and (narrative is None or day >= narrative)
                and "/" not in value
                and not in_post
                and _a_stamp(text, start, end)
            ):
                # atop the story, or after a headline that ends with the same day ("News in Brief – …")
                stamp = day
            elif stamp is not None and "/" not in value and not in_post and _a_day_heading(text, start, end):
                # a live page's next day heading ("Friday, 25 February 2022" on its own line, newest
                # first or last): its entries are written that day, "this evening" is that evening
                stamp = day
            if (
                published is not None
                and precision == DAY
                and not in_post
                and "/" not in value
                and expr.kind == "date"
                and _LIVE_DAYS >= (published - day).days >= 0
                and _a_day_heading(text, start, end)
            ):
                live_day = day
            if not _of_a_birth(heads):  # "born March 3, 1948": a life's background
                narrative = day if narrative is None else max(narrative, day)
                recent = day
        if value is not None and kind == "absolute" and not in_post:
            _note_written_days(m.expr, value, written_days)  # as written, not a year given it here
            note_month_written(m.expr, value, gran, start, written_months)
            if gran == "day" and a_persian_date_written(m.expr, text[start:end]):
                persian_told = _parse_iso(value)
            told_era = _era(text, expr, start, value, gran)
            # "up 12 percent from October 2019", "born in May 1931", "since opening in April 1995": a
            # reference, a life or a bound, not the story's time
            if told_era is not None and (_of_a_birth(heads) or _a_comparisons_base(heads) or _bounds(heads)):
                told_era = None
            if told_era is not None:
                era, era_month = told_era, (int(value[5:7]) if gran == "month" else None)
            if (
                told_era is not None
                and m.expr.year is not None
                and _sets_its_paragraph(doc, text, start, end, gran)
            ):
                paragraph_era = (told_era, era_month if gran == "month" else None, start)
            if gran == "year" and expr.kind == "date" and value.isdecimal() and _a_heading(text, start, end):
                heading = int(value)
        if value is not None and gran == "day" and "/" not in value and expr.kind == "date":
            start, value, gran = _the_week_of(text, start, value, gran)
        if not out and not in_post and value is not None and gran == "day":
            frame = _a_week_covered(value)
        mention = DateMention(
            start=start,
            end=end,
            text=text[start:end],
            value=value,
            granularity=gran,  # type: ignore[arg-type]
            anchor=kind,  # type: ignore[arg-type]
        )
        # "the 31st" of no month, "earlier in the month" after a mere year: placed nowhere, not listed
        unplaced = (
            expr.kind == "anaphor"
            and value is None
            and (
                expr.unit == "dom"
                or expr.rel == "this"
                or toks[m.i].lower in {"earlier", "later"}
                or (expr.n == 0 and last_recurring >= 0)
            )
        )
        if expr.kind == "event" or (
            _restating_only(toks, m)
            and not _day_of_its_sentence(doc, start, value, last_day)
            and not _a_second_event_on_the_day(text, toks, m, last_day)
        ):
            restating.append((start, end))
            unplaced = True
        if expr.kind == "season" and expr.year is None and expr.rel in _SEASONS_UNLISTED:
            # "a joint letter this spring", "in the summer": placed at a year, carrying the story,
            # but the reports golds list no season without its year ("last fall" they do list)
            restating.append((start, end))
            unplaced = True
        if expr.kind != "vague" and not unplaced:  # "recently": placed in time, but no date (nor listed)
            if expr.kind in _COUNTED_KINDS:
                counted.add(len(out))
            elif expr.kind == "weekday" and expr.weekday is not None and _a_weekday_word(toks, m):
                weekdays[len(out)] = expr.weekday
            out.append(mention)
        if value is not None:
            previous = mention
            clause_day = None
            if gran == "day" and "/" not in value:
                last_day = mention
                sent = _sentence_start(doc, start)
                if _dates_its_clause(doc, text, start, end):
                    main_day = (mention, sent)
                elif main_day is not None and main_day[1] == sent and sent >= 0:
                    clause_day = main_day[0]
            if expr.kind == "date" and _clause_verb(doc, start, end) is not None:
                event_time = mention
    out = _restated(text, out, counted)
    out = _weekday_named(text, out, weekdays)
    out = _weekdays_listed(text, out, weekdays)
    out = _named_events_dated(doc, out, published)
    named = [  # names and days that recur: not dates, which spaCy must not add back either
        (toks[m.i].start, toks[m.j - 1].end)
        for m in matches
        if _in_a_group_name(toks, m) or _a_yearly_day(toks, m)
    ]
    covered = SpanSet([(d.start, d.end) for d in out] + named + restating)  # what spaCy must not add back
    out.extend(_from_entities(doc, published, covered))
    out = [_without_its_part(d) for d in out]
    out.sort(key=lambda d: d.start)
    return out


#: The first words of a part of a month or year: "mid-December", "early March", "late 2020".
_PART_WORDS = frozenset({"mid", "early", "late"})
_PART_ALTERNATION = "|".join(sorted(_PART_WORDS))

#: A part of a month or a year before it ("early December", "mid-2019", "late last year"), or a season
#: before "of" and its year ("the summer of 2018"): what the value does not carry.
_PART_BEFORE = re.compile(
    rf"(?:(?:{_PART_ALTERNATION})(?:-|\s+)"
    rf"|(?:the\s+)?(?:{'|'.join(sorted(date_words.SEASONS))})\s+of\s+(?=\d{{4}}$))(?=\w)",
    re.IGNORECASE,
)


def _without_its_part(mention: DateMention) -> DateMention:
    """*mention* as the shortest span that carries its value (ANNOTATION.md, "Dates").

    "early December" is December at month granularity, "late last year" the year, "the summer
    of 2018" the year: the part of the period is kept in no value, so the date written is the
    rest ("December", "last year", "2018"), as the reports golds write it; "early December"
    and a later "December" of the same month are then one date, not two. The expression is
    still read whole (its tense, its interval), and its span covers the part while the
    extractor runs, so spaCy's "early December" is not added back. An interval keeps its
    text ("from late 2019 to early 2021"): the part is inside it.
    """
    if mention.value is None or "/" in mention.value:
        return mention
    part = _PART_BEFORE.match(mention.text)
    if part is None:
        return mention
    cut = part.end()
    return mention.model_copy(update={"start": mention.start + cut, "text": mention.text[cut:]})


def placed(mention: DateMention) -> bool:
    """Whether the article lists *mention*: a date it places in time, with a value.

    A date nothing resolves ("on Tuesday" with no publication date and no full date before
    it) is found, and the context keeps it (its numbers are a day, no count), but an article
    lists only dates it can give a value: no year is guessed, and a bare "Tuesday" tells a
    reader nothing the text does not. A decade ("the 1990s") is found and valued for the
    extractors after it but not listed: the article gives dates at a year, a month or a day
    (or intervals of them), as the reports golds do, and a ten-year period is none of these.
    A count from now an approximator softens ("nearly a year ago") is vague: see
    :func:`_an_approximate_count_from_now`. A week told relative to now ("last week",
    "this week", "six weeks ago") is neither: see :func:`_a_relative_week`.
    """
    return (
        mention.value is not None
        and mention.granularity != "decade"
        and not _an_approximate_count_from_now(mention.text)
        and not _a_relative_week(mention)
    )


def _a_relative_week(mention: DateMention) -> bool:
    """Whether *mention* is a week told by its distance from a day: "last week", "earlier this week".

    ANNOTATION.md lists dates at a year, a month or a day; no gold of the tune splits lists a
    week (round 47 counted 35 relative weeks found in 34 articles on 9 splits, none listed).
    The record keeps its value for the extractors after it (the events extractor dates "last
    week's strike" from it) and for TempEval-3, which tags weeks and is scored on every record
    found (``evaluate.runner``). A week written with a day or a number ("the week of 7 June")
    says which one and stays listed. Reads the text once: linear in its length.
    """
    return mention.granularity == "week" and not any(ch.isdigit() for ch in mention.text)


def _an_approximate_count_from_now(text: str) -> bool:
    """Whether *text* is a count back from now that a hedge softens: "almost three years ago".

    The hedge (``hedges.txt``: "nearly", "almost", "about", "some", …) says the day lies only
    about there, a vague expression, which the reports golds do not list (round 44: none of the
    tune golds lists one; "three years ago" they do). The record keeps its value, found for the
    extractors after it ("the rallies stopped nearly a year ago" still dates the stop), and only
    the listing leaves it out. "only a week ago", "just two days ago" stress an exact count and
    stay listed. Reads the first and last word only: constant time.
    """
    words = text.split()
    return len(words) >= 3 and words[-1].lower() == "ago" and words[0].lower() in date_words.HEDGES


_WRITTEN_YEAR = re.compile(r"\b\d{4}\b")


#: Granularities of a yearless date that may name an event: "the 3 June massacre", "the January events".
_NAMING = frozenset({"day", "month"})


def _named_events_dated(doc: Doc, out: list[DateMention], published: dt.date | None) -> list[DateMention]:
    """Yearless days and months that name an event ("the 3 June massacre", "the January events")
    given the year the article writes for that day (month) elsewhere.

    "One year on, no justice for victims of the 3 June massacre … On 3 June
    2019, security forces attacked the sit-in": the massacre's day is the day
    of 2019 the article gives in full, wherever it gives it, not the 3 June
    nearest publication; so is "the January events" the January of 2022 in a
    report a year on that writes "the events of January 2022". Only a date before the noun it names or after "the
    events of", and only when the article writes that day with one year; the
    publication date written atop an anniversary report ("9 May 2023 … On 9 May
    2022, …") is the day of writing, not of an event. One pass to collect, one to fix.
    """
    years: dict[tuple[str, str], set[str]] = {}
    today = published.isoformat() if published is not None else None
    for d in out:
        if d.value == today:
            continue
        if d.granularity in _NAMING and d.value and "/" not in d.value and _WRITTEN_YEAR.search(d.text):
            years.setdefault((d.granularity, d.value[5:]), set()).add(d.value[:4])
    if not years:
        return out
    fixed = []
    for d in out:
        written = years.get((d.granularity, d.value[5:]), set()) if d.value and d.granularity else set()
        if (
            len(written) == 1
            and d.value is not None
            and "/" not in d.value
            and d.value[:4] not in written
            and not _WRITTEN_YEAR.search(d.text)
            and (_names_an_event(doc, d.end) or _of_an_event(doc, d.start, d.end))
        ):
            d = d.model_copy(update={"value": f"{next(iter(written))}{d.value[4:]}", "anchor": "absolute"})
        fixed.append(d)
    return fixed


def _of_an_event(doc: Doc, start: int, end: int) -> bool:
    """Whether the date at ``[start, end)`` completes a noun with "of" ("the events of 9 May").

    "The investigation into the events of 9 May", "the killings of 15 December":
    the day names what happened on it, like "the 9 May attack". Not a part of
    the day ("the evening of 9 May") or a unit ("the first week of July"), which
    place a time of their own.
    """
    last = _token_at(doc, end - 1)
    for _ in range(3):  # "of 28 September 2009": the year hangs from the month, which is the object
        if last is None or last.head.i == last.i or not start <= last.head.idx < end:
            break
        last = last.head
    if last is None or last.dep_ != "pobj":
        return False
    prep = last.head
    noun = prep.head
    return (
        prep.lower_ == "of"
        and 0 <= start - (prep.idx + len(prep.text)) <= 1
        and noun.i == prep.i - 1
        and noun.pos_ == "NOUN"
        and noun.lower_ not in date_words.PARTS_OF_DAY
        and noun.lower_ not in date_words.UNITS  # "the first week of July" is a time of its own
        and noun.lower_ not in _PARTS_OF_A_PERIOD  # "by the end of March" is a time of March
    )


#: Nouns for a part of a month or year ("the end of March", "the start of June"): a time within the
#: date after "of", which names no event that happened on it.
_PARTS_OF_A_PERIOD = frozenset({"end", "beginning", "start", "middle", "rest", "close", "remainder"})


def _names_an_event(doc: Doc, end: int) -> bool:
    """Whether the date ending at *end* modifies the noun after it ("the 3 June massacre")."""
    tok = _token_at(doc, end - 1)
    if tok is None or tok.i + 1 >= len(doc):
        return False
    head = tok.head
    return (
        tok.dep_ in {"compound", "nmod", "nummod"}
        and head.i == tok.i + 1
        and head.pos_ == "NOUN"
        and head.lower_ not in date_words.PARTS_OF_DAY
    )


#: How a season with no year may be told and not listed: "this spring", "in the summer" (round 43).
_SEASONS_UNLISTED = frozenset({None, "this"})

#: Kinds of expression whose value is counted from another date, which a date in
#: apposition after them can give outright ("the next day, on Sept. 17").
_COUNTED_KINDS = frozenset({"anaphor", "offset", "rel", "ago"})

#: What joins a counted date to the date that restates it: ", on", ", in", or an opening bracket.
_APPOSITION = re.compile(r"\s*(?:,\s*(?:on|in)\s+|\(\s*)")


def _restating_only(toks: list[Tok], m: Match) -> bool:
    """Whether *m* only restates the day just given: "the same day", "that same night".

    "Protesters burned the consulate on 27 November. The same day, …": the
    span adds no date to the one before, and annotators of real reports do
    not list it (a count from an event, "a day after the raid", is not listed
    either: TimeML tags its "a day" as a duration, anchored on the event).
    It still places its clause, so the story's next "the next day" counts
    from it. "Earlier that day" and "the next day" say more and are listed.
    "That night" ("a nurse who was on duty that night") restates the day just
    told as well (round 43: the `reports` tune golds list none of four); the
    golds do list "that afternoon" or "that evening", and "later that night"
    says more.
    """
    expr = m.expr
    if expr.kind != "anaphor" or expr.n != 0 or expr.unit != "day":
        return False
    if toks[m.i].lower == "that" and toks[m.j - 1].lower == "night":
        return True
    return any(toks[k].lower == "same" for k in range(m.i, min(m.j, m.i + 3)))


def _month_said_before(
    doc: Doc,
    text: str,
    start: int,
    expr: Expr,
    value: str,
    gran: str | None,
    tense: str | None,
    said: dict[int, tuple[str, str]],
) -> str:
    """*value*, or the month a "last" or "next" month of the same name was, for a bare month said again.

    "The tailor lost his job last April … he has looked for work since he was let go in
    April": the writer said once which April ("last April", "next March", counted from
    writing) and names it again bare; read alone against writing, the bare month would be
    this year's. A "last"/"next" month is noted in *said* (month → its value and "last" or
    "next") for the bare months after it; a month with its year, a day or an interval is not
    touched. Nor a bare month whose clause looks the other way in time ("will end in April"
    after "last April", "was held in March" after "next March"), nor one whose sentence gives
    a year of its own ("Last year, in March, …"): that clause places its month itself.
    *tense* is the tense of the month's clause (:func:`_tense`).
    """
    if expr.kind != "date" or expr.month is None or expr.day is not None or expr.until is not None:
        return value
    if expr.year is not None or expr.year_shift is not None or expr.story_year is not None or gran != "month":
        return value
    if expr.rel in {"last", "next"}:
        said[expr.month] = (value, expr.rel)
        return value
    if expr.rel is not None or expr.month not in said:
        return value
    told, rel = said[expr.month]
    if (rel == "last" and tense == "future") or (rel == "next" and tense == "past"):
        return value
    if _sentence_names_a_year(doc, text, start):
        return value
    return told


_A_YEAR_WORD = re.compile(r"\b(?:(?:last|this|next|that|previous|following|past) year|(?:19|20)\d\d)\b", re.I)


def _sentence_names_a_year(doc: Doc, text: str, start: int) -> bool:
    """Whether the sentence of the word at *start* writes a year: "last year", "that year", "2021".

    A bare month in such a sentence takes its year from there (or from its tense), not from a
    "last"/"next" month of its name said earlier (:func:`_month_said_before`).
    """
    tok = _token_at(doc, start)
    if tok is None:
        return False
    sent = tok.sent
    return _A_YEAR_WORD.search(text, sent.start_char, sent.end_char) is not None


def _forget_months_left(said: dict[int, tuple[str, str]], value: str) -> None:
    """Drop from *said* every remembered month that the date just read (*value*) lies outside.

    "Strikes began last March. … On 4 June the union met again. … In March": once the article
    has moved to another time, a later bare March is read on its own again, not as the
    "last March" said before (:func:`_month_said_before`).
    """
    for month in [m for m, (told, _) in said.items() if not value.startswith(told)]:
        del said[month]


#: Parts of the day "the same …" may name when it dates a second event ("released the same evening");
#: "the same night", as "that night", only carries the story on (round 43).
_SAME_PARTS = frozenset({"day", "morning", "afternoon", "evening"})

#: Words before "the same day" that make it the day a figure is given for, not the day of an event.
_SAME_DAY_FOR = frozenset({"for", "of"})


def _a_second_event_on_the_day(text: str, toks: list[Tok], m: Match, last_day: DateMention | None) -> bool:
    """Whether "the same day" after its verb dates a second event on the day the story last told.

    "Police detained 40 people on 9 March. The governor imposed a curfew the same day", "were
    questioned for hours and released the same evening", "The minister resigns the same day" (a
    live blog): closing the clause of a new event, the span dates it, and the golds of three
    splits list it with the day's value (work43, work45, work47), as they list it in the
    sentence that wrote the day (:func:`_day_of_its_sentence`). Not "The same day, …" opening a
    sentence, nor "On the same day, …" (round 17's restatement, which no tune gold contradicts),
    not "for the same day" (a count given for a day), not "the same night", and not inside a
    quote ('"We buried him the same day"': the golds list none of two). Only after a day the
    article wrote with its number (*last_day*, "on 9 March"): after a count back ("banned the
    day before"), the story returns to its day, which "the same day" means (a `work45` gold),
    and the latest day is the wrong one. Looks at three words and the quote marks of the
    paragraph before the span: linear in its length.
    """
    if last_day is None or not any(ch.isdigit() for ch in last_day.text):
        return False
    if m.j - m.i != 3 or toks[m.i].lower != "the" or toks[m.j - 1].lower not in _SAME_PARTS:
        return False
    before = m.i - 1 if m.i == 0 or toks[m.i - 1].lower != "on" else m.i - 2  # "… on the same day"
    if before < 0 or toks[before].lower in _SAME_DAY_FOR or not toks[before].text[-1:].isalnum():
        return False
    return not _inside_quote(text, toks[m.i].start)


#: Marks that open or close a quote in running text.
_QUOTE_CHARS = frozenset('"“”')


def _inside_quote(text: str, at: int) -> bool:
    """Whether *at* lies between quote marks of its paragraph: an odd count of them before it."""
    begin = text.rfind("\n", 0, at) + 1
    return sum(1 for ch in text[begin:at] if ch in _QUOTE_CHARS) % 2 == 1


def _day_of_its_sentence(doc: Doc, start: int, value: str | None, last_day: DateMention | None) -> bool:
    """Whether "the same day" at *start* ties a second event to a day its own sentence wrote before it.

    "The mayor resigned on 11 October, the same day the strike ended", "Guards shot two
    miners on 6 August and the company closed the pit the same day": the sentence dates a
    second event by the day it has just given, and the reports golds list that "the same day"
    with the day's value. A sentence of its own ("Police raided the office on 6 August. The
    same day, …") only restates the day before, and stays unlisted (:func:`_restating_only`).
    """
    if value is None or last_day is None or last_day.value != value or last_day.end > start:
        return False
    sentence = _sentence_start(doc, start)
    return sentence >= 0 and sentence <= last_day.start and _sentence_start(doc, last_day.start) == sentence


def _bare(expr: Expr) -> bool:
    """Whether *expr* is a bare season ("the summer") or "the weekend", which the tense of its clause places.

    See ``rules._the_season`` and ``rules._the_weekend``: with no "last" or
    "next", only the tense says which summer or weekend is meant.
    """
    if expr.kind == "rel":
        return expr.unit == "weekend" and expr.rel is None
    return expr.kind == "season" and expr.rel is None and expr.year is None


def _a_weekday_word(toks: list[Tok], m: Match) -> bool:
    """Whether *m* is a weekday alone, or with "last", "this" or "next": "Friday", "last Friday"."""
    return m.j - m.i == 1 or (m.j - m.i == 2 and toks[m.i].lower in {"last", "this", "next"})


#: What joins a weekday to the day that names it: "Friday the 15th", "Saturday (November 16)".
_WEEKDAY_GAP = re.compile(r"\s*[,(]?\s*")


def _weekday_named(text: str, out: list[DateMention], weekdays: dict[int, int]) -> list[DateMention]:
    """*out*, a weekday followed by the day it names taking that day's value.

    "On Friday the 15th", "on Saturday (November 16)": the day after the weekday
    says which one is meant, when it falls on that weekday; resolved alone, the
    weekday counts from the publication date, which may be weeks later. Linear.
    """
    for idx, weekday in weekdays.items():
        if idx + 1 >= len(out):
            continue
        here, there = out[idx], out[idx + 1]
        if there.granularity != "day" or there.value is None or "/" in there.value:
            continue
        day = _parse_iso(there.value)
        if day is None or day.weekday() != weekday or day.isoformat() == here.value:
            continue
        if _WEEKDAY_GAP.fullmatch(text, here.end, there.start) is None:
            continue
        out[idx] = here.model_copy(update={"value": there.value, "anchor": there.anchor})
    return out


#: What joins two weekdays of one list: "on Tuesday and Wednesday", "Monday or Tuesday".
_LIST_GAP = re.compile(r"\s*,?\s*(?:and|or)\s+(?:on\s+)?")


def _weekdays_listed(text: str, out: list[DateMention], weekdays: dict[int, int]) -> list[DateMention]:
    """*out*, the second of two listed weekdays taking the first such day after the first.

    "Protesters called for a strike on Tuesday and Wednesday": the days go
    together, so Wednesday is the day after that Tuesday (both ahead), not the
    Wednesday before publication that each resolved alone may give. Linear.
    """
    for idx, weekday in weekdays.items():
        if idx == 0 or idx - 1 not in weekdays:
            continue
        first, here = out[idx - 1], out[idx]
        day = _parse_iso(first.value) if first.value and "/" not in first.value else None
        if day is None or _LIST_GAP.fullmatch(text, first.end, here.start) is None:
            continue
        after = day + dt.timedelta(days=(weekday - day.weekday()) % 7 or 7)
        out[idx] = here.model_copy(update={"value": after.isoformat(), "anchor": first.anchor})
    return out


#: What joins a counted day to the weekday that restates it: "the next day, Saturday".
_COMMA_GAP = re.compile(r"\s*,\s*(?:on\s+)?")


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


# --- validation -------------------------------------------------------------


def _overlaps(start: int, end: int, spans: SpanSet) -> bool:
    return spans.overlaps(start, end)


def _token_at(doc: Doc, char: int) -> Token | None:
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


#: Day words that are also nouns for an age: "a better tomorrow", "today's youth", "yesterday's heroes".
_AGE_DAYS = frozenset({"today", "tomorrow", "yesterday"})
#: Determiners before which such a word, with any adjectives between, is that noun: "a brighter
#: tomorrow", "their tomorrow" ("her" and "his" are also objects: "told her today").
_AGE_DETERMINERS = frozenset({"a", "an", "our", "their", "your"})


def _an_age_not_a_day(doc: Doc, start: int) -> bool:
    """Whether "today", "tomorrow" or "yesterday" at *start* is a noun for an age, not a day.

    After "a" or a possessive determiner, with any adjectives between, "tomorrow" is the future
    ("provide a better tomorrow", "fight for their tomorrow"): an adverb of time follows a noun
    or a verb ("a decision tomorrow"). A possessive "today's" before a noun of an age or of a
    people ("in today's global economy", "today's youth") is the present age; before a noun of
    an event ("today's march") it dates the event.
    """
    tok = _token_at(doc, start)
    if tok is None:
        return False
    if tok.dep_ == "poss" and tok.i + 1 < len(doc) and tok.nbor(1).lower_ in {"'s", "’s"}:
        head = tok.head
        return (
            head.lemma_.lower() in date_words.PRESENT_AGE_NOUNS or head.lower_ in date_words.PRESENT_AGE_NOUNS
        )
    k = tok.i - 1
    while (
        k >= 0 and tok.i - k <= 4 and (doc[k].pos_ == "ADJ" or doc[k].lower_ in {",", "and", "more", "most"})
    ):
        k -= 1
    return k >= 0 and k < tok.i and doc[k].lower_ in _AGE_DETERMINERS


def _accept(
    doc: Doc,
    toks: list[Tok],
    m: Match,
    date_ents: SpanSet,
    name_ents: SpanSet,
) -> bool:
    """Whether a grammar match is a date here, judged with the parse and the entities."""
    expr = m.expr
    first, last = toks[m.i], toks[m.j - 1]
    start, end = first.start, last.end
    prev = toks[m.i - 1].lower if m.i > 0 else ""
    if (
        expr.kind == "offset"
        and m.j - m.i == 1
        and first.lower in _AGE_DAYS
        and _an_age_not_a_day(doc, start)
    ):
        return False  # "a brighter tomorrow", "in today's economy": the future, the present age
    if expr.kind == "rel" and prev == "the" and first.lower in {"last", "past"}:
        return False  # "the last week" is a duration, not last week
    if expr.kind == "rel" and expr.unit == "weekend" and expr.rel is None:
        tok = _token_at(doc, last.start)
        if tok is not None and tok.dep_ in {"compound", "amod", "nmod"}:
            return False  # "over the weekend curfew": a kind of curfew, not a time
    if expr.kind in {"weekday", "holiday"} or (
        expr.kind == "date" and expr.year is None and expr.rel is None
    ):
        # A lone month or weekday word inside a name is part of the name.
        if (
            m.j - m.i <= 2
            and _overlaps(start, end, name_ents)
            and not _overlaps(start, end, date_ents)
            and not _opens_a_glued_range(toks, m.j)
            and not _a_day_called_a_name(doc, start, end, expr)
            and not _a_holiday_called_a_name(doc, start, end, m)
        ):
            return False
        if expr.kind == "weekday" and prev in _RECURRENCE_WORDS:
            return False  # "every Sunday": a weekday that recurs is no one date
        if _a_yearly_day(toks, m):
            return False  # "every year on 12 March", "On 3 June each year": no one date
        if expr.kind in {"weekday", "holiday"} and m.j < len(toks):
            nxt = toks[m.j]
            if (
                nxt.text[0].isupper()
                and nxt.lower not in MONTHS
                and nxt.lower not in MONTH_ABBR
                and (expr.kind == "weekday" or doc_text(doc)[end : nxt.start] == " ")
            ):
                return False  # "Sunday Times", "Monday Night Football", "the Good Friday Agreement"
        if (
            expr.kind == "weekday"
            and m.j - m.i == 1
            and (_names_a_day(doc, toks, m) or _in_a_title(doc, first.start) or _a_weekly_rite(toks, m))
        ):
            return False
    bare_month = (
        expr.kind == "date"
        and expr.year is None
        and expr.day is None
        and expr.rel is None
        and expr.year_shift is None
        and expr.until is None
    )
    if (
        bare_month
        and first.lower in date_words.AMBIGUOUS_MONTHS
        and prev not in date_words.MONTH_CONTEXT
        and not _a_month_before_its_noun(doc, toks, m)
    ):
        return False  # "May" the modal, "March" the verb: alone, only "in May" is a month
    if _in_a_group_name(toks, m):
        return False  # "the 30 June Coalition", "the April 6 Youth Movement": a name
    if _is_bare_year(m):
        return _accept_year(doc, toks, m, date_ents)
    return True


#: Words before "March" or "May" that make it a month when a common noun follows: "the March
#: protests", "her March arrest", "Farid's March arrest".
_NOUN_DETERMINERS = frozenset({"the", "his", "her", "their", "its", "our", "'s", "’s"})


def _a_month_before_its_noun(doc: Doc, toks: list[Tok], m: Match) -> bool:
    """Whether a capitalised "March" or "May" at *m* stands between a determiner and the noun it dates.

    "since her March arrest", "the May elections": the verb and the modal never stand there, and
    a capital inside a sentence leaves "the march organisers" (the walk's) out; a name the parser
    sees ("the Women's March") was left out before.
    """
    if m.j - m.i != 1 or m.i == 0 or m.j >= len(toks) or not toks[m.i].text[:1].isupper():
        return False
    before = toks[m.i - 1].lower
    if before == "s" and m.i >= 2 and toks[m.i - 2].text in {"'", "’"} and toks[m.i - 1].glued:
        before = "'s"  # "Farid's March arrest": the tokens split the possessive
    if before not in _NOUN_DETERMINERS:
        return False
    nxt = _token_at(doc, toks[m.j].start)
    return nxt is not None and nxt.text.islower() and nxt.tag_ in {"NN", "NNS"}


#: How many tokens a name entity is walked over to find its ends: a bounded walk.
_NAME_REACH = 8


def _a_day_called_a_name(doc: Doc, start: int, end: int, expr: Expr) -> bool:
    """Whether a month and its day number, ``[start, end)``, is all of a name entity the parser gave.

    "NAIROBI, Kenya, Jul 2 – …": the parser may call "Jul 2" a person, but a name of a month and a
    number alone (or run on past a dash after them) is a day; one that goes on is a name ("the May
    18 Foundation").
    """
    if expr.day is None or expr.month is None:
        return False
    tok = _token_at(doc, start)
    if tok is None or tok.ent_iob_ != "B" or tok.idx != start:
        return False
    k = tok.i + 1
    while k < len(doc) and k - tok.i < _NAME_REACH and doc[k].ent_iob_ == "I":
        if doc[k].idx >= end and doc[k].text in _DATELINE_DASHES:
            return True  # "NAIROBI, Jul 2 - Police …": the parser runs the name on past a dateline's dash
        k += 1
    return doc[k - 1].idx + len(doc[k - 1]) == end


_DATELINE_DASHES = frozenset({"-", "–", "—"})


def _a_holiday_called_a_name(doc: Doc, start: int, end: int, m: Match) -> bool:
    """Whether a holiday of two words or more, ``[start, end)``, is all of a name entity the parser gave.

    The parser calls "Easter Monday" a law and "Palm Sunday" a place; a holiday's own name is the
    holiday. One that goes on is another name ("the Good Friday Agreement"), and one word alone
    may be a person's ("Christmas").
    """
    if m.expr.kind != "holiday" or m.j - m.i < 2:
        return False
    return any(e.start_char == start and e.end_char == end for e in doc_ents(doc))


def _a_yearly_day(toks: list[Tok], m: Match) -> bool:
    """Whether *m* is a yearless day that comes back every year (see :func:`_recurs_yearly`)."""
    x = m.expr
    return (
        x.kind == "date"
        and x.year is None
        and x.day is not None
        and x.until is None
        and _recurs_yearly(toks, m)
    )


def _recurs_yearly(toks: list[Tok], m: Match) -> bool:
    """Whether a yearless day comes back every year: "every year on 12 March", "annually on 9
    October", "On 3 June each year". An anniversary kept each year is no one date (nor listed);
    only the words right before the day (through "on") or right after it count."""
    k = m.i - 1
    if k >= 0 and toks[k].lower == "on":
        k -= 1
    if k >= 0 and toks[k].lower == "annually":
        return True
    if k >= 1 and toks[k].lower == "year" and toks[k - 1].lower in _RECURRENCE_WORDS:
        return True
    j = m.j
    if j < len(toks) and toks[j].lower == "annually":
        return True
    return j + 1 < len(toks) and toks[j].lower in _RECURRENCE_WORDS and toks[j + 1].lower == "year"


def _opens_a_glued_range(toks: list[Tok], j: int) -> bool:
    """Whether a dash glued to a number follows at *j*: "16 September–3 October 2022".

    The tagger reads "September–3" as one name; the dash makes it the first end of
    a range.
    """
    if j + 1 >= len(toks) or toks[j].text not in {"-", "–", "—"}:
        return False
    return toks[j].glued and toks[j + 1].glued and toks[j + 1].text.isdecimal()


def _names_a_day(doc: Doc, toks: list[Tok], m: Match) -> bool:
    """ "the Bloody Friday massacre", "\"Black Sunday\"": a capitalised word before a weekday makes it a name.

    Only when the pair is quoted or modifies a noun: "gathered in Kyiv
    Sunday" is a place, then the day; a sentence's first word ("On Friday")
    and words that place a weekday in time ("Last Sunday") are no name.
    """
    if m.i == 0:
        return False
    prev = toks[m.i - 1]
    if not prev.text[:1].isupper() or not prev.text.isalpha() or prev.lower in _WEEKDAY_CUES:
        return False
    if prev.lower in active().get("common", "function_words") or prev.lower in {"also", "earlier", "later"}:
        return False  # "In Sunday's debate", "Also Friday"
    before = toks[m.i - 2].text if m.i > 1 else "."
    if before in {".", "!", "?", ":"}:
        return _joined_as_a_name(doc, prev, toks[m.i])
    if before in {'"', "“", "‘", "'"} or before.lower() in _NAMING_WORDS:
        return True  # "the “Bloody Friday” massacre", "what became known as Black Friday", "what they call …"
    day = _token_at(doc, toks[m.i].start)
    if before.lower() not in _PLACE_PREPOSITIONS and _joined_as_a_name(doc, prev, toks[m.i]):
        return True  # "after Bloody Friday", "Zahedan's Bloody Friday"; not "rallied in Kyiv Sunday"
    return (
        day is not None
        and day.dep_ in {"compound", "nmod"}
        and day.head.i > day.i
        and day.head.pos_ == "NOUN"
        and day.head.lower_ not in date_words.PARTS_OF_DAY  # "in Orlando Friday night"
        and doc[day.i - 1].ent_type_ not in {"GPE", "LOC", "FAC"}
    )


#: Prepositions before a capitalised word that make it a place, not the first word of a day's name.
_PLACE_PREPOSITIONS = frozenset(
    {"in", "at", "near", "from", "across", "outside", "inside", "around", "to", "into", "throughout"}
)


def _in_a_group_name(toks: list[Tok], m: Match) -> bool:
    """Whether the day of *m* is part of a group's name ("the April 6 Youth Movement").

    Groups born of one day carry it in their names ("the 30 June Coalition", "the
    1 November Committee"): a day and month between "the" and the capitalised
    rest of a name that ends in a group word name the group, not a date. "the
    3 June massacre" stays a date.
    """
    if m.expr.kind != "date" or m.expr.day is None or m.i == 0 or toks[m.i - 1].lower != "the":
        return False
    if not toks[m.j - 1].text.isalnum():
        return False  # "freed on the 9th of Aug. Police said": the dot may end the sentence
    for k in range(m.j, min(m.j + 3, len(toks))):
        word = toks[k]
        if not word.text[:1].isupper() or not word.text.isalpha():
            return False
        if word.lower in entity_words.ORG_WORDS:
            return True
    return False


def _joined_as_a_name(doc: Doc, word: Tok, weekday: Tok) -> bool:
    """ "Bloody Friday in Zahedan left dozens dead": a capitalised word that the parse joins to
    the weekday as part of one name.

    At the start of a sentence every word is capitalised, so the case says
    nothing; the parse does: "Bloody" is a compound of "Friday", while "Late
    Friday, police fired" has a time word (checked before) and "Tehran Friday"
    a place.
    """
    first, day = _token_at(doc, word.start), _token_at(doc, weekday.start)
    if first is None or day is None or first.dep_ != "compound" or first.head.i != day.i:
        return False
    return first.ent_type_ not in {"GPE", "LOC", "FAC", "NORP", "PERSON"} and not first.like_num


def _a_weekly_rite(toks: list[Tok], m: Match) -> bool:
    """ "after Friday prayers", "Sunday mass": a weekday naming a weekly service is no date.

    Its day, when the article gives it, is written apart ("Last Friday, … leaving
    Friday prayers"). "last Friday's prayers" and "the prayers on Friday" stay dates.
    """
    if m.j >= len(toks) or toks[m.j].lower not in date_words.WEEKLY_RITES:
        return False
    return m.i == 0 or toks[m.i - 1].lower not in {"last", "next", "this", "that"}


#: Words before a weekday that make it recur ("every Sunday", "each Friday", "weekly Sunday marches"): a
#: set of days, no date.
_RECURRENCE_WORDS = frozenset({"every", "each", "weekly"})

#: Words after which a capitalised word and a weekday are a name given to a day.
_NAMING_WORDS = frozenset({"as", "dubbed", "dub", "dubs", "called", "call", "calls", "named", "termed"})

#: Capitalised words that place a weekday in time rather than name it ("Last Friday", "On Friday").
_WEEKDAY_CUES = frozenset(
    {"on", "last", "next", "this", "that", "since", "until", "by", "early", "late", "every"}
)


def _in_a_title(doc: Doc, char: int) -> bool:
    """ "the Friday prayer leader": a weekday inside the title of a person is no date."""
    tok = _token_at(doc, char)
    if tok is None:
        return False
    node = tok
    while (
        node.dep_ in {"compound", "nmod", "amod"}
        and node.head.i > node.i
        and node.head.pos_ in {"NOUN", "PROPN"}
    ):
        node = node.head
    return node.i != tok.i and node.pos_ == "NOUN" and node.lemma_.lower() in entity_words.ROLE_WORDS


def _is_bare_year(m: Match) -> bool:
    return m.expr.kind == "date" and m.expr.month is None and m.expr.year is not None


def _in_year_series(doc: Doc, toks: list[Tok], matches: list[Match], accepted: list[bool], idx: int) -> bool:
    """A year listed or ranged with another year: "in 1994, 1995 and 1997", "from 1991 to 1997".

    The first year of "from 1991 to 1997" or "between 1994 and 1997" has no
    date preposition of its own; the pair is accepted when the second is a
    year too and is not followed by a count noun ("from 1500 to 2000 people").
    """
    m = matches[idx]
    if idx > 0 and accepted[idx - 1] and _is_year_like(matches[idx - 1]):
        gap = toks[matches[idx - 1].j : m.i]
        if 0 < len(gap) <= 2 and all(t.lower in date_words.SERIES_JOINERS for t in gap):
            return True
    prev = toks[m.i - 1].lower if m.i > 0 else ""
    if prev in {"from", "between"} and idx + 1 < len(matches) and _is_bare_year(matches[idx + 1]):
        nxt = matches[idx + 1]
        gap = toks[m.j : nxt.i]
        if len(gap) == 1 and gap[0].lower in {"to", "and", "-", "–", "through"}:
            last = _token_at(doc, toks[nxt.j - 1].start)
            after = last.nbor(1) if last is not None and last.i + 1 < len(doc) else None
            return after is None or after.tag_ != "NNS"
    return False


def _is_year_like(m: Match) -> bool:
    return m.expr.kind in {"date", "decade"} and m.expr.year is not None


def _accept_year(doc: Doc, toks: list[Tok], m: Match, date_ents: SpanSet) -> bool:
    """A bare four-digit number is a year when its context says so, not a count."""
    tok = toks[m.j - 1]  # the year itself, after any "early"/"mid-"
    in_date_ent = _overlaps(tok.start, tok.end, date_ents)
    sp = _token_at(doc, tok.start)
    nxt = sp.nbor(1) if sp is not None and sp.i + 1 < len(doc) else None
    short_end = m.expr.until is not None and len(tok.text) == 2  # "the 2017–18 protests" counts nothing
    if _a_model_year(sp, nxt):
        return False  # "a 2006 Mercury", "their red 1991 Honda": the year of a car's model
    if _a_year_of_events(sp, nxt, m.expr) or _years_before_their_noun(sp, nxt, m.expr):
        return True  # "the 2019 protests", "Iran's 2020 elections": the events of that year
    if nxt is not None and nxt.tag_ == "NNS" and not in_date_ent and not short_end:
        return False  # "in 2000 cities"
    if nxt is not None and nxt.tag_ == "NNS" and sp is not None and sp.i > 0 and sp.nbor(-1).pos_ == "VERB":
        return False  # "detained 2021 people": what a verb takes before a plural noun is counted
    if m.expr.weak is False or _year_of(sp):
        return True
    number = _subject_number(sp)
    if number == "plural":
        return False  # "2000 were detained", "1500 remain in custody": a count of people
    if number == "singular" and m.expr.year is not None and 1900 <= m.expr.year <= 2099:
        return True  # "whether 2022 brings peace", "2023 has been the worst year"
    if _in_title(toks, m, sp, nxt):
        return False
    if in_date_ent:
        prev = toks[m.j - 2].lower if m.j > 1 else ""
        if m.j > 2 and (toks[m.j - 3].lower, prev) in date_words.COMPARISON_CUES:
            return True  # "compared to 2023"
        # spaCy calls many counts DATE ("a death toll of 1500"): a count's cue words veto it.
        return prev not in {"of", "than", "to", "over", "about", "nearly", "some", "toll", "by"}
    # "the 1979 revolution", "Iran's 1988 massacre": a year used as a modifier of a singular noun.
    if sp is not None and nxt is not None and nxt.tag_ in {"NN", "NNP", "JJ"} and sp.i > 0:
        before = sp.nbor(-1)
        return before.lower_ in {"the", "its", "their", "his", "her", "'s", "’s", "this", "that"}
    return False


def _a_model_year(sp: Token | None, nxt: Token | None) -> bool:
    """ "a 2006 Mercury", "Kopp's 1987 Chevrolet Cavalier": a year between a determiner and a make.

    The year names the car's model, not a time, when it stands right before a vehicle's make
    and right after what opens a noun phrase (an article, a possessive, an adjective). A year
    after a preposition or opening its sentence dates the clause ("In 2009 Ford cut jobs",
    "By 2030 Toyota …") and stays a date.
    """
    if sp is None or nxt is None or sp.i == 0 or nxt.text not in date_words.VEHICLE_MAKES:
        return False
    return sp.nbor(-1).tag_ in _OPENS_A_NOUN_PHRASE


#: Tags of the word before a model year: "a", "their", "Kopp's", "red".
_OPENS_A_NOUN_PHRASE = frozenset({"DT", "PDT", "PRP$", "POS", "JJ"})


#: Words before a year that names the events after it: "the 2019 protests", "Iran's 2020 elections".
_YEAR_DETERMINERS = frozenset({"the", "its", "their", "his", "her", "'s", "’s", "this", "that"})


#: The most years a span glued by a dash before its noun may cover ("the 2019–2020 protests").
_YEARS_SPANNED = 10


def _years_before_their_noun(sp: Token | None, nxt: Token | None, expr: Expr) -> bool:
    """ "the 2019–2020 protests", "victims of the 1989–1991 expulsions": two years glued by a dash.

    The parser keeps "2019–2020" one number before a plural noun, which a lone number
    would count ("in 2000 cities"); two years of the last two centuries in order, a few
    apart, after "the" or a possessive, date the noun. Not "the 1500–2000 marchers".
    """
    if sp is None or nxt is None or sp.i == 0 or expr.until is None or expr.year is None:
        return False
    last = expr.until.year
    if last is None or not 1900 <= expr.year < last <= min(2099, expr.year + _YEARS_SPANNED):
        return False
    return sp.nbor(-1).lower_ in _YEAR_DETERMINERS and nxt.tag_ == "NNS"


def _a_year_of_events(sp: Token | None, nxt: Token | None, expr: Expr) -> bool:
    """ "the 2019 protests", "Iran's 2020 elections": a year of our era before a plural noun of events.

    A plural noun after a number is otherwise what it counts ("in 2000 cities"); after "the" or a
    possessive, a year of the last two centuries names protests, elections or riots as it names a
    singular event ("the 1979 revolution"). People are not events: "the 2000 protesters" stays.
    """
    if sp is None or nxt is None or sp.i == 0 or nxt.tag_ != "NNS" or expr.until is not None:
        return False
    if expr.year is None or not 1900 <= expr.year <= 2099 or len(sp.text) != 4:
        return False
    return sp.nbor(-1).lower_ in _YEAR_DETERMINERS and nxt.lemma_.lower() in date_words.YEAR_EVENT_PLURALS


def _subject_number(sp: Token | None) -> str | None:
    """ "singular" or "plural": the number the verb of a bare number that is its subject agrees in.

    A year is one thing ("2022 brings", "2023 has been", "2021 was"), a count
    many ("2000 were detained", "1500 remain"): the finite verb says which
    (its first auxiliary, else itself). A modal or a past verb other than "be"
    ("2000 will march", "1500 marched") does not say; nor does a number that
    is no subject.
    """
    if sp is None or sp.dep_ not in {"nsubj", "nsubjpass"}:
        return None
    verb = sp.head
    finite = next((c for c in verb.children if c.dep_ in {"aux", "auxpass"} and c.i > sp.i), verb)
    if finite.tag_ == "VBZ" or finite.lower_ == "was":
        return "singular"
    if finite.tag_ == "VBP" or finite.lower_ == "were":
        return "plural"
    return None


def _year_of(sp: Token | None) -> bool:
    """ "the end of 2019", "the protests of 2009": a number after "of" and a time or event noun is a year.

    A plural noun before "of" counts too ("the uprisings of 1999, 2009 and
    2017"), but only for years of the last two centuries: "fines of 1500"
    is money, "a toll of 1500" a count (singular, not listed).
    """
    if sp is None or sp.i < 2 or sp.nbor(-1).lower_ != "of":
        return False
    noun = sp.nbor(-2)
    if noun.lower_ in date_words.YEAR_OF_NOUNS or noun.lemma_.lower() in date_words.YEAR_OF_NOUNS:
        return True
    return noun.tag_ == "NNS" and 1900 <= int(sp.text[:4]) <= 2099 and noun.lower_ not in _COUNT_PLURALS


#: Plural words before "of" that count what follows ("thousands of …").
_COUNT_PLURALS = frozenset({"tens", "dozens", "hundreds", "thousands", "millions", "scores", "numbers"})


def _in_title(toks: list[Tok], m: Match, sp: Token | None, nxt: Token | None) -> bool:
    """A year that ends a title or name: "the Global Peace Barometer 2022 released on Monday".

    Two capitalised words (not a month or weekday, the first not opening the
    sentence) run into the year. A year that goes on to modify a noun is
    still a date ("the Freedom House 2021 survey").
    """
    i = m.j - 1
    if i < 2 or (nxt is not None and nxt.tag_ in {"NN", "NNS"}):
        return False
    words = toks[i - 2 : i]
    for w in words:
        if not (w.text.isalpha() and w.text[0].isupper()) or w.lower in MONTHS or w.lower in WEEKDAYS:
            return False
        if w.lower in MONTH_ABBR:
            return False
    first = sp.doc[sp.i - 2] if sp is not None and sp.i >= 2 else None
    return first is None or not first.is_sent_start


def _uncounted(doc: Doc, toks: list[Tok], m: Match) -> Match:
    """*m*, or its first day alone when the parse says the number ending it counts something.

    "sentenced on Dec. 3 to 10 years": not the interval Dec. 3–10.
    """
    if m.head is None:
        return m
    if len(toks[m.j - 1].text) == 4 and toks[m.j - 1].text.isdecimal():
        return m  # "Nov. 15 and 18, 2019": a year closes it, the day number counts nothing
    if m.j - m.head.j == 2 and toks[m.j - 2].text in "-–" and toks[m.j - 2].glued and toks[m.j - 1].glued:
        return m  # "the Nov. 15-20 protests": a day range glued to its month modifies the noun
    last = _token_at(doc, toks[m.j - 1].start)
    if last is None:
        return m
    nxt = last.nbor(1) if last.i + 1 < len(doc) else None
    counts = last.dep_ == "nummod" and last.head.i > last.i  # "to 10 years"; not "November 25-26"
    if counts or (nxt is not None and nxt.tag_ in {"NN", "NNS"}):
        return m.head
    return m


def _join_intervals(doc: Doc, toks: list[Tok], matches: list[Match], accepted: list[bool]) -> list[Match]:
    """The accepted matches, two joined into one where they are the ends of an interval.

    "from March to May": the second month needs no date context of its own;
    "postponed the vote from Tuesday to Thursday" names two dates, not an interval.
    """
    out: list[Match] = []
    idx = 0
    while idx < len(matches):
        m = matches[idx]
        if not accepted[idx]:
            idx += 1
            continue
        run = days_listed_running(toks, matches[idx : idx + 6]) if idx + 2 < len(matches) else 0
        if run and all(accepted[idx : idx + run]):
            out.append(listed_run(matches[idx : idx + run]))
            idx += run
            continue
        if idx + 1 < len(matches):
            nxt = matches[idx + 1]
            joined = interval(toks, m, nxt)
            second_ok = accepted[idx + 1] or (_is_month(m.expr) and _is_month(nxt.expr))
            running = two_days_running(toks, m, nxt) if joined is None and accepted[idx + 1] else None
            if joined is not None and second_ok and not _moved(doc, toks, m):
                m, idx = Match(m.i, nxt.j, joined, head=m), idx + 1
            elif running is not None:
                while out and out[-1].i >= running.i:
                    out.pop()  # "Tuesday" of "Tuesday and Wednesday, 7 and 8 November": inside the span
                m, idx = running, idx + 1
        week = _its_week(toks, m, matches[idx + 1] if idx + 1 < len(matches) and accepted[idx + 1] else None)
        if week is not None:
            m, idx = week, idx + 1
        out.append(m)
        idx += 1
    return out


_WEEK_STEPS = {"last": -1, "this": 0, "next": 1}


def _its_week(toks: list[Tok], m: Match, nxt: Match | None) -> Match | None:
    """*m* (a weekday, or two joined) and the "next week" right after it as one date, or None.

    "On Friday next week", "from Monday to Wednesday last week": the week says
    which Friday is meant, which the weekday alone (the nearest one) gets wrong
    as often as not; "this week" keeps it in the week of writing. Only with
    nothing but a space (or "of") between: after a comma, "last week" may open
    a clause of its own.
    """
    expr = m.expr
    if nxt is None or expr.kind != "weekday" or expr.rel is not None or expr.week_shift is not None:
        return None
    x = nxt.expr
    if x.kind != "rel" or x.unit != "week" or x.rel not in _WEEK_STEPS or x.until is not None:
        return None
    gap = nxt.i - m.j
    if gap > 1 or (gap == 1 and toks[m.j].lower != "of"):
        return None
    step = _WEEK_STEPS[x.rel]
    until = replace(expr.until, week_shift=step) if expr.until is not None else None
    return Match(m.i, nxt.j, replace(expr, week_shift=step, until=until), head=m.head)


def _is_month(expr: Expr) -> bool:
    return expr.kind == "date" and expr.month is not None and expr.day is None and expr.year is None


def _moved(doc: Doc, toks: list[Tok], m: Match) -> bool:
    """Whether the "from" before *m* belongs to a verb that moves a date ("postponed … from")."""
    if m.i == 0 or toks[m.i - 1].lower != "from":
        return False
    prep = _token_at(doc, toks[m.i - 1].start)
    if prep is None:
        return False
    head = prep.head
    return (
        head.lemma_.lower() in date_words.CHANGE_VERBS or head.head.lemma_.lower() in date_words.CHANGE_VERBS
    )


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
    "6–24 April 2006"), for :func:`_as_written_before`; a later writing of the same day wins."""
    if (
        expr.kind != "date"
        or expr.day is None
        or (expr.year is None and (expr.until is None or expr.until.year is None))
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


def _days_after(expr: Expr, value: str | None, previous: DateMention | None) -> str | None:
    """The reading of a yearless day that follows the full date just given, when it is near.

    An anniversary piece published on 15 January 2023 tells the story of 2022:
    "On 5 January 2022, troops entered Almaty. At dawn on 6 January, shooting
    resumed." The 6th is the day after the 5th just given, not the 6th of the year
    of publication. Only a day within a month after the date just given, which
    wrote its year (a day of the publication's own year needs no help); the same
    day and month again ("families gathered on 3 June") is its anniversary.
    """
    if value is None or previous is None or previous.anchor != "absolute" or previous.granularity != "day":
        return value
    if not _yearless_day_or_month(expr) or expr.until is not None or previous.value is None:
        return value
    given = _parse_iso(previous.value.split("/", 1)[0])
    if given is None or value[:4] == f"{given.year:04d}":
        return value
    for year in (given.year, given.year + 1):
        if valid_date(year, expr.month or 0, expr.day or 0):
            day = dt.date(year, expr.month or 0, expr.day or 0)
            if 0 < (day - given).days <= _FOLLOW_DAYS:  # the same day again is its anniversary
                return day.isoformat()
    return value


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


def _clause_verb(doc: Doc, start: int, end: int) -> Token | None:
    """The verb the date at ``[start, end)`` modifies directly ("met on Friday", "met Friday").

    Only a date that is an adverbial of the verb takes its tense: in "gave no
    reason for the Jan. 14 deadline" the date belongs to the deadline, not to
    the giving. A date on the subject of an active verb takes it too: "The Feb. 2
    strike shut down Yangon" (a passive, "the March 1 hearing was announced",
    says when it was announced, not when it is held).
    """
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    root = span.root
    if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lower_ in _DAY_PARTS:
        root = root.head.head  # "arrested … on the night of Friday": the part of the day dates the verb
    head = root.head
    if root.dep_ == "pobj" and (head.dep_ == "prep" or head.dep_ == "agent" and head.lower_ == "by"):
        # "must be submitted by Tuesday": the parser takes a deadline after a passive for its agent
        prep = head
        head = _occasion_verb(head.head)
        if head.pos_ == "NUM" or any(c.dep_ == "nummod" for c in head.children) or head.dep_ == "prep":
            head = _verb_of_count(head)  # "…, including 900 on December 2": the count's verb
        elif _between_subject_and_verb(head, prep):
            head = head.head  # "The council on Tuesday will consider …": the verb the parse skipped
    elif root.dep_ in {"compound", "nmod", "nummod"} and head.pos_ == "NOUN" and head.dep_ == "nsubj":
        head = head.head  # "The Feb. 2 strike shut down Yangon": what the subject did, it did then
    elif root.dep_ not in {"npadvmod", "tmod", "advmod", "obl", "nmod"} and not _part_as_object(span):
        return None
    if head.pos_ == "ADJ" and head.dep_ in {"acomp", "xcomp", "oprd"}:
        head = head.head  # "will stay closed until Monday": the time of the verb the state hangs from
    return head if head.i != root.i and head.pos_ in {"VERB", "AUX"} else None


def _between_subject_and_verb(noun: Token, prep: Token) -> bool:
    """Whether *prep*, a preposition the parse hung on *noun*, stands between *noun*, a subject, and its verb.

    "The council on Tuesday will consider the plan", "Police on Friday arrested two men": English
    puts the time of the deed between the subject and its verb; the parser hangs it on the subject.
    A phrase after the verb ("met the council on Tuesday") or after a subject that follows its verb
    is not moved.
    """
    if noun.dep_ not in {"nsubj", "nsubjpass"} or noun.pos_ not in {"NOUN", "PROPN"}:
        return False
    verb = noun.head
    return verb.pos_ in {"VERB", "AUX"} and noun.i < prep.i < verb.i


#: Nouns of a part of a day that a day hangs from by "of": "the night of Friday", "the early hours of
#: Sunday" (the part of the day stands where the day would, as the verb's adverbial).
_DAY_PARTS = date_words.PARTS_OF_DAY | {"hours"}


def _part_as_object(span: Span) -> bool:
    """Whether *span*, a part of a month or year with no preposition, is parsed as the verb's object.

    "Strikes broke out mid-December", "police detained forty dockers late December": nothing is
    done to a part of a month, so the parser's object is when the verb was done.
    """
    return span.root.dep_ == "dobj" and span[0].lower_ in _PART_WORDS


def _verb_of_count(count: Token) -> Token:
    """The verb a count dated in its own phrase belongs to: "19,300 have been detained …, including
    5,000 on March 6 alone" dates when the 5,000 were detained, so the date takes that verb's
    tense. Up a few heads, past "including"/"among" (a participle used as a preposition); the
    count itself when no verb is near."""
    node = count
    for _ in range(4):
        if node.head.i == node.i:
            break
        node = node.head
        if node.pos_ in {"VERB", "AUX"} and node.dep_ != "prep":
            return node
    return count


#: Prepositions that make a noun the occasion of its verb: "in a speech", "during a raid".
_OCCASION_PREPOSITIONS = frozenset({"in", "during", "at"})


def _occasion_verb(head: Token) -> Token:
    """The verb a dated noun is the occasion of, else *head* itself.

    "In an interview on Monday, the governor called for calm": the interview is
    when he called, so Monday takes the tense of "called". Only a noun after
    "in", "during" or "at": "set a hearing on Monday" dates what the verb acts on,
    which may lie ahead whatever its tense.
    """
    prep = head.head
    if head.pos_ != "NOUN" or head.dep_ != "pobj" or prep.dep_ != "prep":
        return head
    if prep.lower_ not in _OCCASION_PREPOSITIONS or prep.head.pos_ not in {"VERB", "AUX"}:
        return head
    return prep.head


def _tense(doc: Doc, text: str, start: int, end: int) -> str | None:
    """``"future"``, ``"past"`` or None for the clause around the date at *start*.

    Future: will/would/shall, "is leaving", "plans to leave", "as soon as". Past: a past-tense or perfect verb. Anything else (present
    tense, no verb, a noun phrase such as "the summit in April") is unknown.
    """
    if _FUTURE_CUE.search(text[max(0, start - 16) : start]):
        return "future"
    if _SINCE.search(text[max(0, start - 16) : start]):
        return "past"  # "since the Feb. 1 coup": what a "since" counts from has happened
    if _FOR.search(text[max(0, start - 8) : start]):
        # "called a strike for Thursday": the time set, whatever the tense of setting it; but what
        # "is scheduled for Thursday" or "are planned for October" is still to come
        return "future" if _set_in_the_present(_clause_verb(doc, start, end)) else None
    if _called_for(doc, start, end):
        return "future"
    if (
        _FROM_OR_BY.search(text, max(0, start - 6), start)
        and not _AN_END_FOLLOWS.match(text, end)
        and _set_ahead(doc, start, end)
    ):
        return "future"
    verb = _clause_verb(doc, start, end)
    if verb is None:
        if _expected_in_the_present(doc, start, end):
            return "future"
        bounded = _bounded_deed(doc, start, end)
        return "future" if bounded is not None and _verb_tense(doc, bounded, start) == "future" else None
    return _verb_tense(doc, verb, start, end)


def _verb_tense(doc: Doc, verb: Token, start: int, end: int | None = None) -> str | None:
    """``"future"``, ``"past"`` or None for *verb*, the verb a date at *start* dates (see :func:`_tense`).

    *end* None: the date dates an event that bounds the verb's deed (:func:`_bounded_deed`), so
    only the verb's own tense counts, not how the date hangs from it.
    """
    kids = list(verb.children)
    aux = {c.lower_ for c in kids if c.dep_ in {"aux", "auxpass"}}
    if aux & date_words.FUTURE_AUX:
        return "future"
    if aux & _HOPED_MODALS and _hoped_for(verb):
        return "future"  # "the union hopes the talks can resume in October"
    if end is not None and _imperative(doc, verb):
        return "future"  # '"Come to the square on Saturday," the organiser said'
    if end is not None:
        if verb.lemma_.lower() in date_words.SCHEDULE_VERBS and not _done_on(doc, verb, start, end):
            return None  # "planned for Saturday": planned in the past, for any time
        if verb.lemma_.lower() in date_words.EXPECT_VERBS and verb.tag_ == "VBN":
            # "the verdict was expected on March 3": the time expected, not when it was expected
            return "future" if aux & _PRESENT_AUX else None
        if not aux and _done_participle(doc, verb, start):
            return "past"  # "a report released on Friday said", "in a video posted on Monday"
    if verb.tag_ == "VBG" and aux & {"is", "are", "am", "'s", "'re"}:
        return "future"  # "is leaving on Friday"
    if aux & date_words.OBLIGATION_AUX and not aux & {"have", "'ve"}:
        return "future"  # "must be submitted by Tuesday": what is owed is still to do ("must have left": not)
    if "to" in aux and (verb.tag_ == "VB" or verb.tag_ == "VBN" and "be" in aux):
        # "plans to leave on Monday", "want the prisoners to be freed in December"
        head = verb.head
        if head.i != verb.i and head.lemma_.lower() in date_words.FUTURE_VERBS:
            return "future"
        return None
    if verb.tag_ == "VBD" or aux & {"had", "has", "have", "was", "were", "did"}:
        return "past"
    return None


#: Modals of what may come about: "the talks can resume", "a deal could be reached".
_HOPED_MODALS = frozenset({"can", "could", "may", "might"})


def _hoped_for(verb: Token) -> bool:
    """Whether *verb* heads the clause a verb of hoping or wanting in the present hopes for.

    "The union hopes the talks can resume in October", "Beijing hopes there can be a deal before
    August's deadline": what is hoped for now is still to come. A past hope ("hoped the talks could
    resume") says nothing of where its object lies from the time of writing.
    """
    head = verb.head
    if verb.dep_ != "ccomp" or head.i == verb.i:
        return False
    word = head.lower_
    # the tagger's lemma of "hopes" may be "hop": the present's own form, less its -s, is checked too
    stems = {
        head.lemma_.lower(),
        word,
        word[:-1] if word.endswith("s") else word,
        word[:-2] if word.endswith("es") else word,
    }
    if not stems & date_words.HOPE_VERBS:
        return False
    if head.tag_ in {"VBZ", "VBP"}:
        return True
    return head.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ in {"do", "does"} for c in head.children)


#: Dependencies an imperative's clause may have in its sentence: the whole, or what is said or told.
_IMPERATIVE_DEPS = frozenset({"ROOT", "ccomp", "xcomp", "conj", "parataxis"})


def _imperative(doc: Doc, verb: Token) -> bool:
    """Whether *verb* is an imperative: an order or call, for a time after it is given.

    "Come to the square on Saturday, everyone", 'told supporters: "Take to the streets on
    Sunday."', "Don't stay at home on Sunday", "Please join us on Sunday": a bare verb with no
    subject and no auxiliary but "do", opening its clause (after a quote mark, a colon or
    "please"). Not an infinitive ("to take"), nor a statement ("We came on Saturday").
    """
    if verb.tag_ != "VB" or verb.dep_ not in _IMPERATIVE_DEPS:
        return False
    for c in verb.children:
        if c.dep_ in {"nsubj", "nsubjpass", "expl", "csubj"}:
            return False
        if c.dep_ in {"aux", "auxpass"} and c.lower_ != "do":
            return False
    sent_start = verb.sent.start
    i = verb.i - 1
    while i >= sent_start and doc[i].head.i == verb.i and doc[i].dep_ in {"aux", "neg", "intj", "punct"}:
        i -= 1
    return i < sent_start or doc[i].is_punct


#: Prepositions whose object bounds a deed in time: done "before", "until" or "till" an event.
_BOUNDING = frozenset({"before", "until", "till"})


def _bounded_deed(doc: Doc, start: int, end: int) -> Token | None:
    """The verb whose deed is bounded by the event the date at ``[start, end)`` dates, else None.

    "Does not want to sign the treaty before the election in November", "will not meet the strikers
    until the congress in October", "plan to free the hostages ahead of the December summit": the
    date dates a noun that "before", "until" or "ahead of" hangs on a verb. Only a deed still to
    come tells where the event lies (ahead of it); a past deed before an event says nothing.
    """
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    root = span.root
    if root.dep_ == "pobj" and root.head.lower_ in {"in", "of"} and root.head.head.pos_ in {"NOUN", "PROPN"}:
        noun = root.head.head  # "the election in November"
    elif root.dep_ in {"poss", "compound", "nmod"} and root.head.pos_ in {"NOUN", "PROPN"}:
        noun = root.head  # "August's deadline", "the December summit"
    else:
        return None
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep":
        return None
    if prep.lower_ in _BOUNDING:
        verb = prep.head
    elif prep.lower_ == "of" and prep.head.lower_ == "ahead":
        verb = prep.head.head
    else:
        return None
    if verb.pos_ == "NOUN" and verb.dep_ in {"attr", "dobj", "nsubj", "nsubjpass"}:
        verb = verb.head  # "there can be an agreement before August's deadline": the agreement's verb
    return verb if verb.pos_ in {"VERB", "AUX"} and verb.i != prep.i else None


def _expected_in_the_present(doc: Doc, start: int, end: int) -> bool:
    """Whether the date at ``[start, end)`` dates what a verb of expecting in the active present expects.

    "The opposition expects a verdict in February", "lawyers anticipate a ruling in March": the
    month hangs from the object of "expects", and the time expected lies ahead, as in "a verdict
    is expected in February". A past "expected" says nothing of where it lies.
    """
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    root = span.root
    prep = root.head
    if root.dep_ != "pobj" or prep.dep_ != "prep" or prep.head.dep_ != "dobj":
        return False
    verb = prep.head.head
    return (
        verb.lemma_.lower() in date_words.EXPECT_VERBS
        and verb.tag_ in {"VBZ", "VBP"}
        and not any(c.dep_ in {"aux", "auxpass", "neg"} for c in verb.children)
    )


#: Auxiliaries of the present: "is scheduled", "are planned".
_PRESENT_AUX = frozenset({"is", "are", "am", "'s", "'re"})


def _set_in_the_present(verb: Token | None) -> bool:
    """Whether *verb* is a verb of setting or calling in the present passive ("is scheduled", "are
    planned", "a strike is called for Monday"), which says the time set lies ahead, as "was set for"
    (said after the day, perhaps) does not."""
    return (
        verb is not None
        and (verb.lemma_.lower() in date_words.SCHEDULE_VERBS or verb.lemma_.lower() in date_words.CALL_VERBS)
        and verb.tag_ == "VBN"
        and any(c.dep_ == "auxpass" and c.lower_ in _PRESENT_AUX for c in verb.children)
    )


def _put_off_to(doc: Doc, text: str, start: int, end: int) -> bool:
    """Whether the date at ``[start, end)`` is what a verb of putting off puts a thing off to.

    A court "adjourned the case until 19 January", a government "extended the
    curfew to Monday": the day named is after the telling, though the verb is
    past ("adjourned until 19 January" is not last year's 19 January). Not
    "remained closed until Monday", which is over. A bounded look-behind.
    """
    if _UNTIL.search(text, max(0, start - 8), start) is None:
        return False
    verb = _clause_verb(doc, start, end)
    return verb is not None and verb.lemma_.lower() in date_words.UNTIL_VERBS


def _scheduled_present(doc: Doc, start: int, end: int, month: bool = False) -> bool:
    """Whether the date at ``[start, end)`` dates a verb in the simple present of running text.

    "The council, which opens its session on Monday", "the country holds
    elections on June 24": with a day, the simple present of a verb of meeting,
    opening or voting tells what is scheduled, so the day lies ahead of the
    time of writing. Only such verbs: a caption's present tells what is
    happening ("Protesters run from tear gas on Sunday."). Not a headline
    (a line with no full stop, where the present tells what has happened:
    "Police fire tear gas on Monday"), nor a verb with an auxiliary, nor a day
    without "on", which the parse may hang on a verb it is the object of. A
    *month* takes "in" ("the country votes in October"), which no caption says.
    """
    verb = _clause_verb(doc, start, end)
    if verb is None or verb.tag_ not in {"VBZ", "VBP"}:
        return False
    lemma = verb.lemma_.lower()
    if lemma not in date_words.SCHEDULED_VERBS:
        return False
    if lemma == "hold" and not any(
        c.dep_ == "dobj"
        and (c.lemma_.lower() in date_words.SCHEDULED_EVENTS or c.lemma_.lower() in date_words.CALLED_EVENTS)
        for c in verb.children
    ):
        return False  # "protesters hold placards on Sunday." (a caption) grips, it schedules nothing
    tok = _token_at(doc, start)
    if tok is None or tok.dep_ != "pobj" or tok.head.lower_ not in ({"on", "in"} if month else {"on"}):
        return False  # "on Monday"; not a day the verb acts on ("You mention 9 June")
    if any(c.dep_ in {"aux", "auxpass"} for c in verb.children):
        return False
    sent = verb.sent.text.strip()
    return "\n" not in sent and sent.endswith(".")


#: Prepositions that date a verb of setting or putting off by its deed, not by the day it sets.
_DEED_PREPOSITIONS = frozenset({"on", "between"})


def _done_on(doc: Doc, verb: Token, start: int, end: int) -> bool:
    """Whether the date at ``[start, end)`` is when a verb of setting or putting off was done.

    "The verdict was postponed on Monday for the third time", "banks had been
    set on fire between Friday and Monday", "set fire to the office on Friday":
    with "on" (or "between") the day is the deed's, and the verb's own tense
    places it; the day a hearing is set or put off to comes with "for", "to",
    "until" ("was set for Friday"), whatever the tense of setting it. Not
    "plan", "schedule", "set" (unless it sets fire): "planned a rally on
    Saturday" gives the rally's day.
    """
    lemma = verb.lemma_.lower()
    if lemma in _SETTING_VERBS and not (lemma == "set" and _sets_fire(verb)):
        return False  # "planned a rally on Saturday": the rally's day, which may lie ahead
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    root = span.root
    prep = root.head
    return root.dep_ == "pobj" and prep.lower_ in _DEED_PREPOSITIONS and prep.head.i == verb.i


#: Verbs of scheduling whose "on" day may be the day of the thing scheduled ("planned a rally on Saturday").
_SETTING_VERBS = frozenset({"plan", "schedule", "set"})

#: Words that make "set" burn rather than schedule: "set fire to", "set on fire".
_FIRE_WORDS = frozenset({"fire", "ablaze", "alight"})


def _sets_fire(verb: Token) -> bool:
    """Whether *verb* ("set") burns: "set fire to the office", "set on fire", "set ablaze"."""
    for child in verb.children:
        if child.lower_ in _FIRE_WORDS and child.dep_ in {"dobj", "advmod", "acomp", "oprd", "xcomp"}:
            return True
        if child.dep_ == "prep" and child.lower_ == "on" and any(g.lower_ == "fire" for g in child.children):
            return True
    return False


#: Prepositions whose date bounds a state ahead ("extended until Monday"), not when something was done.
_BOUND_PREPOSITIONS = frozenset({"until", "till", "through", "to", "by", "for"})


def _done_participle(doc: Doc, verb: Token, start: int) -> bool:
    """Whether *verb* is a past participle that tells of something done, dated at *start*.

    "A forensic report released on Friday said", "in a video posted on Monday",
    "the figures, released on Friday, could not be verified": a participle that
    shortens a relative clause ("which was released on Friday") or opens the
    sentence tells what has been done, though it has no tense of its own. Not a
    participle of expecting or setting ("the vote, expected on Friday"), nor a
    day that bounds a state ("the curfew, extended until Monday").
    """
    if verb.tag_ != "VBN" or verb.dep_ not in {"acl", "advcl"}:
        return False
    lemma = verb.lemma_.lower()
    if lemma in date_words.FUTURE_VERBS or lemma in date_words.CALL_VERBS:
        return False
    tok = _token_at(doc, start)
    prep = tok.head if tok is not None and tok.dep_ == "pobj" else None
    return prep is None or prep.lower_ not in _BOUND_PREPOSITIONS


def _called_for(doc: Doc, start: int, end: int) -> bool:
    """Whether the date at ``[start, end)`` is the day of a protest or strike called for.

    "The opposition called for a general strike on Monday", "has called for
    protests on Monday": what is called for comes after the call, so the day
    lies ahead of a call the story reports, whatever the tense of calling. The
    parse hangs the day on the verb or on the action; either way only an action
    ("strike", "rally"), not a state: "called for restraint on Monday" says when
    the call was made.
    """
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    root = span.root
    if root.dep_ != "pobj" or root.head.dep_ != "prep" or root.head.lower_ not in {"on", "from"}:
        return False
    host = root.head.head
    if host.lemma_.lower() in date_words.CALLED_EVENTS:
        prep = host.head  # "called for [a strike on Monday]"
        return (
            host.dep_ == "pobj"
            and prep.lower_ == "for"
            and prep.head.lemma_.lower() in date_words.CALL_VERBS
            and not _pluperfect(prep.head)
        )
    if host.pos_ not in {"VERB", "AUX"} or host.lemma_.lower() not in date_words.CALL_VERBS:
        return _inside_what_is_called_for(root)
    if _pluperfect(host):
        return False
    return any(  # "called [for a strike] [on Monday]": the action named before the day
        prep.dep_ == "prep"
        and prep.lower_ == "for"
        and prep.i < root.i
        and any(
            obj.dep_ == "pobj" and obj.lemma_.lower() in date_words.CALLED_EVENTS for obj in prep.children
        )
        for prep in host.children
    )


#: How far up the parse a day may hang below "called for …" (day → on → starting → week → for).
_CALL_DEPTH = 6


#: How far up the parse a day after "from" or "by" may hang below its verb (day → from → mourning → of → days → announced).
_SET_DEPTH = 5


def _set_ahead(doc: Doc, start: int, end: int) -> bool:
    """Whether the date at ``[start, end)`` after "from" or "by" is set ahead of its telling.

    "From Monday, shops close at six": a period that opens on a day ("from" with
    no end: "from … to" is one interval, read before) and whose verb is in the
    simple present is an arrangement still to come. "The ministry announced
    three days of mourning from Wednesday", "declared a curfew from Saturday":
    what a verb of announcing or imposing sets going from a day starts after it
    is announced (``lang/en/dates/start_verbs.txt``); "promised full results by
    Friday", "pledged elections by Sunday": what is promised by a day lies
    ahead of the promise (``promise_verbs.txt``). Not in the past perfect ("had
    announced a ban from Monday"), not "from Monday, protesters blocked the
    roads", not "had cleared the square by Friday", nor a day that is a
    possessive ("from Saturday's blasts"). Walks a few steps up the parse.
    """
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    root = span.root
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ not in {"from", "by"}:
        return False
    verbs = date_words.START_VERBS if prep.lower_ == "from" else date_words.PROMISE_VERBS
    node = prep
    for _ in range(_SET_DEPTH):
        head = node.head
        if head.i == node.i:
            return False
        if head.pos_ in {"VERB", "AUX"}:
            if _pluperfect(head):
                return False
            if head.lemma_.lower() in verbs:
                return True
            return (
                prep.lower_ == "from"
                and node.i == prep.i
                and head.tag_ in {"VBZ", "VBP"}
                and not any(c.dep_ in {"aux", "auxpass"} for c in head.children)
            )
        node = head
    return False


def _inside_what_is_called_for(day: Token) -> bool:
    """Whether *day* hangs further below "called for …" than the verb's own "on": "called for a week
    of protests starting on Monday", "called for a new march at 6 pm on Thursday".

    The walk up the parse passes nouns, prepositions and a participle that
    starts the action ("starting", "beginning"), and stops at any other verb. At
    the verb of calling, what is called for must be an action (a march, "a week
    of protests") named before the day, so that "called for calm on Thursday"
    stays the day of the call. Bounded: a few steps up.
    """
    node = day
    for _ in range(_CALL_DEPTH):
        head = node.head
        if head.i == node.i:
            return False
        if head.pos_ in {"VERB", "AUX"}:
            if head.lemma_.lower() in date_words.CALL_VERBS:
                return not _pluperfect(head) and _calls_for_an_action(head, day)
            if head.tag_ != "VBG" or head.dep_ not in {"advcl", "acl", "xcomp"}:
                return False
        if head.lower_ == "for" and head.dep_ == "prep":
            verb = head.head
            return (
                verb.pos_ in {"VERB", "AUX"}
                and verb.lemma_.lower() in date_words.CALL_VERBS
                and not _pluperfect(verb)
                and _calls_for_an_action(verb, day)
            )
        node = head
    return False


def _calls_for_an_action(verb: Token, day: Token) -> bool:
    """Whether *verb* ("called") has "for" an action before *day*: "for a strike", "for a week of protests"."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ != "for" or prep.i > day.i:
            continue
        for obj in prep.children:
            if obj.dep_ != "pobj":
                continue
            if obj.lemma_.lower() in date_words.CALLED_EVENTS:
                return True
            if any(
                of.lower_ == "of" and any(o.lemma_.lower() in date_words.CALLED_EVENTS for o in of.children)
                for of in obj.children
            ):
                return True
    return False


def _told_as_before(doc: Doc, start: int, end: int) -> bool:
    """Whether the date at ``[start, end)`` dates a verb in the past perfect ("had started on 5
    February", "had been imposed in November"): before the time the story has reached."""
    verb = _clause_verb(doc, start, end)
    return verb is not None and _pluperfect(verb)


def _pluperfect(verb: Token) -> bool:
    """Whether *verb* is in the past perfect ("had called"): before a past the story tells, so a
    day it gives may have passed too ("had called for protests on Thursday, and thousands marched")."""
    return any(c.dep_ == "aux" and c.lower_ in {"had", "'d"} for c in verb.children)


def _resolve_on_focus(expr: Expr, focus: dt.date, tense: str | None, written: dt.date | None) -> Value:
    """*expr* resolved against the day its sentence gave before it.

    A past tense is relative to the time of writing, not to that day: "force
    used late on Thursday and early on Friday", written on that Friday, goes
    on to the next day, and "a visit from 11 to 13 January, which concluded in
    a report published on 23 February" is the February after it. So a past day
    takes the nearest reading either way, unless that lies after the time of
    writing ("closed on Friday and remained closed until Monday", written on
    Saturday, is the Monday before).
    """
    value = resolve(expr, focus, tense=tense)
    if tense != "past" or expr.kind not in {"weekday", "date"}:
        return value
    near = resolve(expr, focus, tense="narrative")
    # a month ("rejected in February" after "in October 2020") is placed by its first day
    day = _parse_iso(near[0] + "-01" if near[0] is not None and len(near[0]) == 7 else near[0])
    if day is None or (written is not None and day > written):
        return value
    return near


def _sentence_focus(doc: Doc, expr: Expr, start: int, previous: DateMention | None) -> dt.date | None:
    """The written date a bare month or weekday is relative to, when its sentence gives one.

    "a report on December 23, 2019, about the November protests": November is
    the one before the report, not the one before publication. Only an
    absolute day or month earlier in the same sentence counts, and not for a
    clause in the future tense, which is relative to the time of writing. Nor a
    date on a line above, which the parse may join to the sentence: the signature
    of an embedded post ("— NetBlocks (@netblocks) November 16, 2022") or a stamp;
    nor a yearless month or day that names an event ("the January events").
    """
    if expr.rel is not None or expr.kind not in {"weekday", "date", "persian"} or expr.year is not None:
        return None  # a Persian day restating one of ours ("on 9 July 1999, 18 Tir") is that day
    if previous is None or previous.anchor != "absolute" or previous.value is None:
        return None
    if previous.granularity not in {"day", "month"} or expr.year_shift is not None:
        return None
    tok = _token_at(doc, start)
    if tok is None or previous.start < tok.sent.start_char or _aside(doc, previous.start, tok):
        return None
    if "\n" in doc_text(doc)[previous.end : start]:  # within one sentence: a bounded slice
        return None
    if _who_clause_apart(doc_text(doc), tok.sent.start_char, previous, start):
        return None
    if not _WRITTEN_YEAR.search(previous.text) and _names_an_event(doc, previous.end):
        return (
            None  # "signed the amnesty for the January events on 1 November": a name, no time of the clause
        )
    if _of_an_event(doc, previous.start, previous.end):
        # "the inquest into the killings of 10 August was adjourned on Wednesday", "the trial over the
        # massacre of 28 September 2009 resumed on Monday": the date names what the noun is, with
        # or without its year; it does not date the clause (nor set which Monday)
        return None
    value = previous.value.rsplit("/", 1)[-1]  # an interval's end
    return _parse_iso(value if previous.granularity == "day" else value + "-15")


#: A relative clause on a person, after a comma: ", who was arrested", ", whose trial".
_WHO = re.compile(r",\s*(?:who|whose)\b", re.IGNORECASE)
#: How far back in its sentence a date's "who" clause is looked for: a bounded slice.
_WHO_REACH = 200


def _who_clause_apart(text: str, sent_start: int, previous: DateMention, start: int) -> bool:
    """Whether a ", who …" clause holds one of the two dates and not the other.

    "The rapper, who was arrested on 11 July 2022 while on his way to a rally,
    was sentenced on 24 June" and "seized power on Feb. 1, 2021, detaining the
    leader, who was sentenced on December 6": what a person went through is
    told apart from the sentence's story, so its date does not say which June
    or December is meant (the parse often hangs these clauses wrongly, hence
    the commas). Bounded slices of the sentence.
    """
    between = text[previous.end : start]
    if _WHO.search(between):
        return True  # the day is in a "who" clause opened after the date
    before = text[max(sent_start, previous.start - _WHO_REACH) : previous.start]
    opened = max((m.end() for m in _WHO.finditer(before)), default=None)  # the last one
    return opened is not None and "," not in before[opened:] and "," in between


def _sentence_year(doc: Doc, text: str, expr: Expr, start: int, previous: DateMention | None) -> int | None:
    """The year a yearless month or day takes from a year given earlier in its sentence.

    "In the 2010 election, police arrested hundreds on election night, Dec. 19":
    encyclopaedias and background paragraphs give the year once and the days
    after it. Not a year that only bounds or compares ("the largest since
    2019, began on Sept. 16"), nor one inside a clause aside from the date's.
    """
    if expr.kind != "date" or expr.month is None or expr.year is not None:
        return None
    if expr.rel is not None or expr.year_shift is not None:
        return None
    if previous is None or previous.anchor != "absolute" or previous.granularity != "year":
        return None
    if previous.value is None or not previous.value.isdecimal():
        return None  # an interval of years names no one year
    tok = _token_at(doc, start)
    if tok is None or previous.start < tok.sent.start_char:
        return None
    if _in_when_clause_of(tok, previous.start, previous.end):
        return int(previous.value)  # "since late 2019, when protests erupted on Oct. 17"
    before = text[max(0, previous.start - 12) : previous.start].split()
    if before and before[-1].lower() in _BOUNDING_WORDS:
        return None
    if _names_a_period_planned(text, previous.start, previous.end):
        return None  # "approved the 2023 budget on 2 December": approved before that year
    verb = _verb_above(_token_at(doc, previous.start))
    return int(previous.value) if verb is not None and _under(tok, verb, same_subject=True) else None


def _names_a_period_planned(text: str, start: int, end: int) -> bool:
    """Whether the year at ``[start, end)`` names the period a budget or plan is for ("the 2023 budget").

    Such a year is when the plan runs, not when the sentence's deed was done:
    "parliament approved the 2023 budget on 2 December" approved it in the
    December before, "the fiscal year 2022 budget, approved in December" too;
    so is a year named as a fiscal or school year ("the budget for fiscal year
    2020 was passed in September", "fiscal 2024").
    """
    if _PERIOD_YEAR.search(text, max(0, start - 24), start):
        return True
    after = text[end : end + 24].split(maxsplit=1)
    return bool(after) and after[0].strip(",.;:").lower() in date_words.PLANNED_FOR_NOUNS


#: What names a year as a period of accounts or teaching: "fiscal year 2020", "fiscal 2024", "FY".
_PERIOD_YEAR = re.compile(
    r"\b(?:fiscal|financial|budget|academic|school)(?:\s+year)?\s+$|\bFY\s*$", re.IGNORECASE
)


def _in_when_clause_of(tok: Token, start: int, end: int) -> bool:
    """Whether *tok* lies in a "when" clause that describes the year at ``[start, end)``.

    "Lebanon has been in crisis since late 2019, when protests erupted on Oct.
    17": the clause tells what happened in that year, so its days are of it,
    though "since" only bounds the main clause. A bounded walk up the parse.
    """
    node = tok
    for _ in range(64):
        if node.head.i == node.i:
            return False
        if node.dep_ == "relcl" and start <= node.head.idx < end:
            return any(c.dep_ == "advmod" and c.lower_ == "when" for c in node.children)
        node = node.head
    return False


#: Words before a year that make it a bound or a comparison, not the time of what follows.
_BOUNDING_WORDS = frozenset({"since", "until", "till", "before", "after", "than", "by", "from", "to"})


def _reported_on(doc: Doc, expr: Expr, start: int, end: int, previous: DateMention | None) -> dt.date | None:
    """The day a weekday (or "yesterday", "last month") in reported speech is relative to: the day it
    was said, when the sentence gives it.

    "The minister said on Sunday that payments would start on Monday": the
    Monday after that Sunday. Only a weekday in a clause that the verb the
    earlier day modifies governs (its complement), and only an earlier day
    of the same sentence.
    """
    if not _speech_relative(expr) or previous is None:
        return None
    if previous.granularity != "day" or previous.value is None or "/" in previous.value:
        return None
    tok = _token_at(doc, start)
    if tok is None or previous.start < tok.sent.start_char:
        return None
    return _parse_iso(previous.value) if _says(doc, start, end, previous.start, previous.end) else None


def _a_yearless_day(expr: Expr) -> bool:
    """ "8 December", "17 Azar": a day of our calendar or the Persian one, without its year."""
    return expr.kind == "persian" or (
        _yearless_day_or_month(expr) and expr.day is not None and expr.until is None
    )


#: What opens a bracket right after a date: "17 Azar (", "Monday ( ".
_OPEN_BRACKET = re.compile(r"\s*[(\[]\s*")
#: How far a bracket's day may start after the date it restates.
_BRACKET_GAP = 4


def _restated_in_brackets(text: str, start: int, value: str, previous: DateMention) -> str:
    """*value*, or the day told just before when the yearless day at *start* restates it in brackets.

    "He was hanged on 17 Azar (8 December)": the bracket gives the Persian day in our calendar
    (or ours in the Persian one, "on 8 December (17 Azar)"), so its year is the one the day before
    was read in, not the one the bracket's own clause-less reading would pick. Only a day with the
    same month and day of ours as the one before, a bracket's opening apart.
    """
    told = previous.value
    if told is None or len(told) != 10 or len(value) != 10 or told[4:] != value[4:] or told == value:
        return value
    if start - previous.end > _BRACKET_GAP or _OPEN_BRACKET.fullmatch(text, previous.end, start) is None:
        return value
    return told


def _last_before_saying(
    doc: Doc, expr: Expr, start: int, end: int, value: str | None, previous: DateMention | None
) -> str | None:
    """A past "last Friday" in reported speech counted from the day it was said, when writing's is later.

    "The group said on Monday that police had beaten him last Friday", written on the Sunday after:
    a deed told on Monday was done before it, so its "last Friday" is the one before that Monday,
    not the one before writing. Only when the day counted from writing falls after the day of
    saying; the same sentence's saying day, as for a bare weekday (:func:`_reported_on`).
    """
    if value is None or previous is None or previous.granularity != "day" or previous.value is None:
        return value
    said = _parse_iso(previous.value) if "/" not in previous.value else None
    if said is None or value <= said.isoformat():
        return value
    tok = _token_at(doc, start)
    if (
        tok is None
        or previous.start < tok.sent.start_char
        or not _says(doc, start, end, previous.start, previous.end)
    ):
        return value
    return resolve(expr, said, tense="past")[0] or value


#: A colon ending a sentence, the quote mark that opens the next one perhaps left with it.
_COLON_QUOTE = re.compile(r":\s*[\"“]?\s*$")
_QUOTE_MARKS = ('"', "“")


def _quoted_after_colon(
    doc: Doc, text: str, expr: Expr, start: int, previous: DateMention | None
) -> dt.date | None:
    """The day a quote opened after a colon was said on, when the sentence before gives it.

    'His mother told researchers on 3 December: "Yesterday they came again."' The
    parse splits the quote from its verb at the colon; the quote's first sentence
    counts from the day the verb of saying before the colon modifies.
    """
    if not _speech_relative(expr) or previous is None or previous.granularity != "day":
        return None
    if previous.value is None or "/" in previous.value:
        return None
    tok, said = _token_at(doc, start), _token_at(doc, previous.start)
    if tok is None or said is None or said.sent.end != tok.sent.start:
        return None
    at = tok.sent.start_char
    before = text[max(0, at - 6) : at]  # a bounded window: the text before is not scanned
    if _COLON_QUOTE.search(before) is None or not (
        text[at : at + 1] in _QUOTE_MARKS or before.rstrip()[-1:] in _QUOTE_MARKS
    ):
        return None
    verb = _clause_verb(doc, previous.start, previous.end)
    if verb is not None and verb.dep_ == "advcl" and verb.tag_ == "VBG":
        verb = verb.head
    if verb is None or verb.lemma_.lower() not in active().get("quotes", "cue_verbs"):
        return None
    return _parse_iso(previous.value)


def _speech_relative(expr: Expr) -> bool:
    """Whether *expr* counts from the time of its clause: a bare weekday, "yesterday",
    "last month", "two days ago". Said on another day, it counts from that day."""
    if expr.kind == "weekday":
        return expr.rel is None
    return expr.kind in {"offset", "rel", "ago"}


def _said_after(
    doc: Doc,
    toks: list[Tok],
    expr: Expr,
    start: int,
    end: int,
    nxt: Match,
    anchor: dt.date | None,
    known: int,
) -> dt.date | None:
    """The day a weekday (or "yesterday", "last month") in a quote is relative to, when the verb of
    saying after the quote gives it.

    '"We buried him on Saturday," his brother said on Oct. 27': the Saturday before
    the 27th, not before publication; '"Last month, they killed my son," she told
    us on 3 December 2019': November. Only the next date of the same sentence, a
    day that modifies a verb of saying whose complement holds the weekday; a
    verb of saying is past, which places a bare weekday given for it.
    """
    if not _speech_relative(expr):
        return None
    said = nxt.expr
    day_ahead = said.kind == "weekday" or (said.kind == "date" and said.day is not None)
    if not day_ahead or said.until is not None or nxt.head is not None or said.rel is not None:
        return None
    if anchor_precision(said) > known:
        return None
    said_start, said_end = toks[nxt.i].start, toks[nxt.j - 1].end
    tok = _token_at(doc, start)
    if tok is None or said_start >= tok.sent.end_char:
        return None
    between = doc_text(doc)[end:said_start]  # within one sentence
    quoted = any(mark in between for mark in _CLOSING_QUOTES)
    if not _says(doc, start, end, said_start, said_end, quoted=quoted):
        return None
    value, gran, _ = resolve(said, anchor, tense="past")
    return _parse_iso(value) if gran == "day" else None


#: Quote marks that close a quotation.
_CLOSING_QUOTES = ('"', "”")


def _says(doc: Doc, start: int, end: int, said_start: int, said_end: int, *, quoted: bool = False) -> bool:
    """Whether the date at ``[said_start, said_end)`` modifies a verb of saying whose complement
    holds the date at ``[start, end)`` ("said on Sunday that … on Monday").

    *quoted*: the date's clause is a quotation closed before the verb of saying,
    which the parse may hang from it as an adverbial clause ('"Since Saturday, my
    son has been missing," his mother told AFP on Oct. 4').
    """
    verb = _clause_verb(doc, said_start, said_end)
    own = _clause_verb(doc, start, end)
    if verb is not None and verb.dep_ == "advcl" and verb.tag_ == "VBG":
        verb = verb.head  # "Speaking on Nov. 1, the commander said: …": the day of the saying
    complements = {"ccomp", "xcomp", "advcl", "parataxis"} if quoted else {"ccomp", "xcomp"}
    if verb is None or own is None or own.i == verb.i or own.dep_ not in complements:
        return False
    return _under(own, verb) and verb.lemma_.lower() in active().get("quotes", "cue_verbs")


def _verb_above(tok: Token | None) -> Token | None:
    """The nearest verb *tok* hangs from ("In 1988" → "hanged"), or None."""
    node = tok
    for _ in range(64):  # bounded, whatever the parse
        if node is None or node.head.i == node.i:
            return None
        node = node.head
        if node.pos_ in {"VERB", "AUX"}:
            return node
    return None


def _under(tok: Token, verb: Token, *, same_subject: bool = False) -> bool:
    """Whether *tok* lies in what *verb* governs: the year's clause also holds the date.

    A joined clause has a time of its own; with *same_subject*, a joined verb
    without a subject of its own does not ("In 2018, he was arrested and
    charged after the convoy was stoned on 13 August": one clause, one year).
    """
    node = tok
    for _ in range(64):
        if node.i == verb.i:
            return True
        if node.head.i == node.i:
            return False
        if _own_clause(node, same_subject=same_subject):
            return False
        node = node.head
    return False


def _own_clause(node: Token, *, same_subject: bool) -> bool:
    """Whether *node* is a joined verb that starts a clause with a time of its own."""
    if node.dep_ != "conj" or node.pos_ not in {"VERB", "AUX"}:
        return False
    return not same_subject or any(c.dep_ in _SUBJECT_DEPS for c in node.children)


#: Dependencies of a verb's own subject: a joined verb with one starts a clause of its own.
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})


#: Dependencies that open a clause or phrase of its own inside a sentence.
_ASIDE_DEPS = frozenset({"relcl", "appos", "parataxis", "acl"})


def _aside(doc: Doc, char: int, tok: Token) -> bool:
    """Whether the word at *char* sits in a clause or apposition that does not hold *tok*.

    "Suu Kyi, whose party won the November 2020 election, was last seen in
    January": the date in the relative clause does not date January. Nor does
    one in a participle phrase on a noun: "relatives of students killed in
    November 2019 gathered on Friday" gathered on the Friday before publication.
    """
    node = _token_at(doc, char)
    for _ in range(64):  # the path to the root; bounded, whatever the parse
        if node is None:
            return False
        if node.dep_ in _ASIDE_DEPS and not (node.left_edge.i <= tok.i <= node.right_edge.i):
            return True
        if node.head.i == node.i:
            return False
        node = node.head
    return False


def _sentence_start(doc: Doc, char: int) -> int:
    """Where the sentence of the word at *char* starts, or -1 if no word is there."""
    tok = _token_at(doc, char)
    return tok.sent.start_char if tok is not None else -1


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


#: "until", "till" or "to" just before a date: a bound of a state or a day set ahead of what is
#: told ("adjourned until the 28th", "extended the curfew to Monday"), not when the clause happened.
#: (Defined once: an earlier narrower copy without "to" was shadowed by this one at import.)
_UNTIL = re.compile(r"\b(?:until|till|to)\s+$", re.IGNORECASE)


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


# --- what only spaCy found --------------------------------------------------

_MONTH_WORD = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b", re.IGNORECASE)


def _from_entities(doc: Doc, published: dt.date | None, covered: SpanSet) -> list[DateMention]:
    """spaCy DATE entities the grammar missed, kept only when dateparser gives them a day or month.

    Entities that overlap a grammar match are its noisy versions and are
    dropped; so are durations, ages and headlines, which dateparser cannot date.
    """
    out: list[DateMention] = []
    for ent in doc_ents(doc):
        if ent.label_ != "DATE" or _overlaps(ent.start_char, ent.end_char, covered):
            continue
        text = ent.text
        lead = len(text) - len(text.lstrip())
        text = text.strip()
        if not text or "\n" in text or len(text) > 40:
            continue
        parsed = _dateparser(text, published)
        if parsed is None or parsed[1] not in {"day", "month"}:
            continue
        start = ent.start_char + lead
        out.append(
            DateMention(
                start=start,
                end=start + len(text),
                text=text,
                value=parsed[0],
                granularity=parsed[1],  # type: ignore[arg-type]
                anchor=parsed[2],  # type: ignore[arg-type]
            )
        )
    return out


@lru_cache(maxsize=64)
def _parser(base: dt.date) -> Any:
    """A dateparser parser whose "today" is *base* (built once per anchor: it is slow to build)."""
    from dateparser.date import DateDataParser

    settings = {
        "RELATIVE_BASE": dt.datetime.combine(base, dt.time()),
        "PREFER_DATES_FROM": "past",
        "RETURN_AS_TIMEZONE_AWARE": False,
    }
    return DateDataParser(languages=["en"], settings=settings)


def _dateparser(text: str, anchor: dt.date | None) -> tuple[str | None, str | None, str] | None:
    """dateparser's reading of a candidate phrase, with a year in it or an anchor to supply one.

    Only phrases with a digit and a month name are asked: on anything else
    dateparser invents dates ("the 1990s" → 1999-12-31, "We" → a Wednesday).
    """
    if not any(ch.isdecimal() for ch in text) or not _MONTH_WORD.search(text):
        return None
    has_year = bool(re.search(r"\b\d{4}\b", text))
    if not has_year and anchor is None:
        return None
    try:
        data = _parser(anchor or dt.date(2000, 1, 1)).get_date_data(text)
    except Exception:  # dateparser raises on odd input; an unparsed phrase is not a date
        return None
    if data is None or data.date_obj is None:
        return None
    d = data.date_obj.date()
    kind = "absolute" if has_year else "published"
    if data.period == "day":
        return d.isoformat(), "day", kind
    if data.period == "month":
        return f"{d.year:04d}-{d.month:02d}", "month", kind
    if data.period == "year":
        return f"{d.year:04d}", "year", kind
    return None


__all__ = ["extract_dates", "normalise_date"]
