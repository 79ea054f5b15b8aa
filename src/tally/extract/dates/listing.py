"""Which dates an article lists (:func:`placed`): a date that places something in time and has
a value; relative weeks, approximate counts from now, restatements and dates of named events
are found but not listed.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from tally.extract.dates import words as date_words
from tally.extract.dates.anchors import _parse_iso
from tally.extract.dates.focus import _WRITTEN_YEAR, _names_an_event, _of_an_event, _sentence_start
from tally.extract.dates.patterns import _PART_BEFORE
from tally.extract.dates.tokens import Expr, Match, Tok
from tally.extract.dates.validation import _token_at
from tally.records import DateMention

if TYPE_CHECKING:
    from spacy.tokens import Doc


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


#: How a season with no year may be told and not listed: "this spring", "in the summer" (round 43).
_SEASONS_UNLISTED = frozenset({None, "this"})

#: Kinds of expression whose value is counted from another date, which a date in
#: apposition after them can give outright ("the next day, on Sept. 17").
_COUNTED_KINDS = frozenset({"anaphor", "offset", "rel", "ago"})


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

    See ``periods._the_season`` and ``periods._the_weekend``: with no "last" or
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
