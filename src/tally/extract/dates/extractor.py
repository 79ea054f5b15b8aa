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
from dataclasses import replace
from typing import TYPE_CHECKING

from tally.extract.context import doc_ents, doc_text
from tally.extract.dates.anaphora import (
    _anaphor_as_relative,
    _antecedent,
    _counted_aside,
    _dates_its_clause,
    _day_of_month_by_tense,
    _day_of_month_not_ahead,
    _in_story_year,
    _looks_ahead,
    _night_as_its_eve,
    _resolve_anaphor,
    _to_the_last_day,
    _today_in_another_month,
)
from tally.extract.dates.anchors import (
    _a_day_heading,
    _a_stamp,
    _anchor_for,
    _as_written_before,
    _day_told_before,
    _days_after,
    _next_weekday_told,
    _not_after_the_month,
    _not_after_writing,
    _note_written_days,
    _parse_iso,
    _parse_published,
    _restated_far_from_writing,
    _yearless_day_or_month,
)
from tally.extract.dates.entities import _from_entities
from tally.extract.dates.focus import (
    _a_yearless_day,
    _last_before_saying,
    _quoted_after_colon,
    _reported_on,
    _resolve_on_focus,
    _restated_in_brackets,
    _said_after,
    _sentence_focus,
    _sentence_start,
    _sentence_year,
)
from tally.extract.dates.listing import (
    _COUNTED_KINDS,
    _SEASONS_UNLISTED,
    _a_second_event_on_the_day,
    _a_weekday_word,
    _bare,
    _day_of_its_sentence,
    _forget_months_left,
    _inside_quote,
    _month_said_before,
    _named_events_dated,
    _restating_only,
    _weekday_named,
    _weekdays_listed,
    _without_its_part,
)
from tally.extract.dates.patterns import _AS_OF, _NAME_LABELS
from tally.extract.dates.readings import (
    _DEICTIC,
    _LIVE_DAYS,
    _a_comparisons_base,
    _a_heading,
    _a_week_covered,
    _after_writing,
    _bounds,
    _date_heads,
    _era,
    _forward_from,
    _in_frame,
    _likelier_numeric,
    _nearer_reading,
    _of_a_birth,
    _restated,
    _restating,
    _sets_its_paragraph,
    _span_end,
    _the_week_of,
)
from tally.extract.dates.resolve import (
    DAY,
    MONTH,
    NONE,
    YEAR,
    anchor_precision,
    granularity,
    on_day_of_month,
    on_weekday,
    resolve,
)
from tally.extract.dates.rules import scan
from tally.extract.dates.tense import _clause_verb, _put_off_to, _scheduled_present, _tense, _told_as_before
from tally.extract.dates.tokens import tokenize
from tally.extract.dates.validation import (
    _a_yearly_day,
    _accept,
    _in_a_group_name,
    _in_year_series,
    _is_bare_year,
    _is_month,
    _join_intervals,
    _uncounted,
)
from tally.extract.dates.written import (
    a_persian_date_written,
    in_era_told,
    in_month_written,
    note_month_written,
)
from tally.extract.spans import SpanSet
from tally.records import DateMention

if TYPE_CHECKING:
    from tally.extract.context import ExtractContext

LOGGER = logging.getLogger(__name__)


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
    previous_counted = False  # whether *previous* has its year from the story, not written with it
    last_day_counted = False  # the same of *last_day*
    last_day: DateMention | None = None  # the last mention of one day ("the same day" looks back to it)
    # the same, counting a day told in an aside ("had left the day before")
    told_day: DateMention | None = None
    # (previous, last_day) as they stood before a quote looked back to an older day (see below)
    before_quote: tuple[DateMention | None, DateMention | None] | None = None
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
        continued = False  # a yearless day placed in the year of the day told before it
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
                back = before_quote if before_quote is not None and not _inside_quote(text, start) else None
                antecedent = _night_as_its_eve(
                    text,
                    told or (_antecedent(expr, *back) if back else _antecedent(expr, previous, last_day)),
                )
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
                    day_before = _day_told_before(previous, last_day)
                    counted_before = previous_counted if day_before is previous else last_day_counted
                    in_story = _days_after(
                        expr, value, day_before, counted=counted_before, written_month=written
                    )
                    if in_story != value:  # its year is the story's: the next day may go on from it
                        value, kind, continued = in_story, "absolute", True
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
        if value is not None and kind == "published" and not in_post and m.expr.year_shift is not None:
            _note_written_days(m.expr, value, written_days)  # "on May 9 last year … the May 9 riots"
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
            and not _day_of_its_sentence(doc, start, value, told_day)
            and not _a_second_event_on_the_day(text, toks, m, told_day)
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
            # '"You have not learned the lessons of 1 March," he said. Later that afternoon …': a day
            # a speaker looks back to, before the story's latest day, is no antecedent of the
            # narration after the quote, which goes on from the story's day
            looked_back = (
                gran == "day"
                and "/" not in value
                and narrative is not None
                and value < narrative.isoformat()
                and _inside_quote(text, start)
            )
            if looked_back:
                before_quote = before_quote or (previous, last_day)
            elif before_quote is not None and gran != "day":
                # '"… the lessons of 1 March," a reference to the 2008 unrest': a year or month after
                # the quote names no day, and the day before the quote stays the one counted from
                before_quote = (mention, before_quote[1])
            else:
                before_quote = None
            # "…, who died the next day", "until the next morning", "had left two days earlier": the
            # story stays on its day, which the next anaphor counts from
            aside = _counted_aside(doc, text, expr, start, end)
            counted_here = continued or expr.kind == "anaphor"
            if not aside:
                previous, previous_counted = mention, counted_here
            clause_day = None
            if gran == "day" and "/" not in value:
                told_day = mention
                if not aside:
                    last_day, last_day_counted = mention, counted_here
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


__all__ = ["extract_dates"]
