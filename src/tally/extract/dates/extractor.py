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
- "recently", "in recent weeks", "the future" are kept with value None.
  Durations ("three days", "the past two years") are not dates and are not
  reported.
- "that day", "the next day", "later that year" take the previous mention's
  date when it is at the same or a finer granularity, else None.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from tally.extract.context import doc_text
from tally.extract.dates import words as date_words
from tally.extract.dates.resolve import granularity, resolve, shift
from tally.extract.dates.rules import (
    MONTH_ABBR,
    MONTHS,
    Expr,
    Match,
    Tok,
    scan,
    tokenize,
)
from tally.records import DateMention, Embedded

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from tally.extract.context import ExtractContext

LOGGER = logging.getLogger(__name__)

#: Entity labels that make a month or weekday word part of a name ("Sunday
#: Times", "April Ryan"), not a date.
_NAME_LABELS = {"PERSON", "ORG", "NORP", "FAC", "PRODUCT", "WORK_OF_ART", "LAW"}
_FUTURE_CUE = re.compile(r"\bas (?:soon|early) as\s*$", re.IGNORECASE)


def extract_dates(ctx: ExtractContext) -> list[DateMention]:
    """Every temporal expression in the article, normalised against its anchor date.

    :param ctx: the parsed article; reads ``doc``, ``published`` and ``embedded``.
    """
    doc = ctx.doc
    text = doc_text(doc)
    toks = tokenize(text)
    date_ents = [(e.start_char, e.end_char) for e in doc.ents if e.label_ in {"DATE", "TIME"}]
    name_ents = [(e.start_char, e.end_char) for e in doc.ents if e.label_ in _NAME_LABELS]
    published = _parse_iso(ctx.published)
    posts = sorted(ctx.embedded, key=lambda p: p.start)

    matches = scan(toks)
    accepted = [_accept(doc, toks, m, date_ents, name_ents) for m in matches]
    for idx, m in enumerate(matches):
        if not accepted[idx] and _is_bare_year(m) and _in_year_series(doc, toks, matches, accepted, idx):
            accepted[idx] = True
    kept = [
        (toks[m.i].start, toks[m.j - 1].end, m.expr, m.i)
        for m, ok in zip(matches, accepted, strict=True)
        if ok
    ]

    out: list[DateMention] = []
    previous: DateMention | None = None
    for start, end, expr, _i in kept:
        anchor, has_anchor = _anchor_for(start, posts, published)
        if expr.kind == "anaphor":
            value, gran, kind = _resolve_anaphor(expr, previous)
        else:
            tense = _tense(doc, text, start, end) if expr.kind in {"weekday", "date", "holiday"} else None
            focus = None if tense == "future" else _sentence_focus(doc, expr, start, previous)
            if focus is not None:
                value, gran, _ = resolve(expr, focus, tense=tense)
                kind = "absolute"
            else:
                value, gran, kind = resolve(expr, anchor, tense=tense)
                if kind == "published" and not has_anchor:
                    value, kind = None, "none"
        mention = DateMention(
            start=start,
            end=end,
            text=text[start:end],
            value=value,
            granularity=gran,  # type: ignore[arg-type]
            anchor=kind,  # type: ignore[arg-type]
        )
        out.append(mention)
        if value is not None:
            previous = mention
    covered = [(d.start, d.end) for d in out]
    out.extend(_from_entities(doc, published, covered))
    out.sort(key=lambda d: d.start)
    return out


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
    anchor = _parse_iso(published)
    for skip in (0, 1) if toks[0].lower == "the" and len(toks) > 1 else (0,):
        rest = toks[skip:]
        matches = scan(rest)
        if len(matches) == 1 and matches[0].i == 0 and matches[0].j == len(rest):
            expr = matches[0].expr
            if expr.kind == "date" and expr.weak:
                expr = Expr("date", expr.year)
            return resolve(expr, anchor)
    parsed = _dateparser(" ".join(t.text for t in toks), anchor)
    return parsed if parsed is not None else (None, None, "none")


# --- validation -------------------------------------------------------------


def _overlaps(start: int, end: int, spans: Sequence[tuple[int, int]]) -> bool:
    return any(s < end and start < e for s, e in spans)


def _token_at(doc: Doc, char: int) -> Token | None:
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def _accept(
    doc: Doc,
    toks: list[Tok],
    m: Match,
    date_ents: list[tuple[int, int]],
    name_ents: list[tuple[int, int]],
) -> bool:
    """Whether a grammar match is a date here, judged with the parse and the entities."""
    expr = m.expr
    first, last = toks[m.i], toks[m.j - 1]
    start, end = first.start, last.end
    prev = toks[m.i - 1].lower if m.i > 0 else ""
    if expr.kind == "rel" and prev == "the" and first.lower in {"last", "past"}:
        return False  # "the last week" is a duration, not last week
    if expr.kind in {"weekday", "holiday"} or (
        expr.kind == "date" and expr.year is None and expr.rel is None
    ):
        # A lone month or weekday word inside a name is part of the name.
        if m.j - m.i <= 2 and _overlaps(start, end, name_ents) and not _overlaps(start, end, date_ents):
            return False
        if expr.kind == "weekday" and m.j < len(toks):
            nxt = toks[m.j]
            if nxt.text[0].isupper() and nxt.lower not in MONTHS and nxt.lower not in MONTH_ABBR:
                return False  # "Sunday Times", "Monday Night Football"
    bare_month = expr.kind == "date" and expr.year is None and expr.day is None and expr.rel is None
    if bare_month and first.lower in date_words.AMBIGUOUS_MONTHS and prev not in date_words.MONTH_CONTEXT:
        return False  # "May" the modal, "March" the verb: alone, only "in May" is a month
    if _is_bare_year(m):
        return _accept_year(doc, toks, m, date_ents)
    return True


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


def _accept_year(doc: Doc, toks: list[Tok], m: Match, date_ents: list[tuple[int, int]]) -> bool:
    """A bare four-digit number is a year when its context says so, not a count."""
    tok = toks[m.j - 1]  # the year itself, after any "early"/"mid-"
    in_date_ent = _overlaps(tok.start, tok.end, date_ents)
    sp = _token_at(doc, tok.start)
    nxt = sp.nbor(1) if sp is not None and sp.i + 1 < len(doc) else None
    if nxt is not None and nxt.tag_ == "NNS" and not in_date_ent:
        return False  # "in 2000 cities"
    if m.expr.weak is False:
        return True
    if in_date_ent:
        prev = toks[m.j - 2].lower if m.j > 1 else ""
        # spaCy calls many counts DATE ("a death toll of 1500"): a count's cue words veto it.
        return prev not in {"of", "than", "to", "over", "about", "nearly", "some", "toll", "by"}
    # "the 1979 revolution", "Iran's 1988 massacre": a year used as a modifier of a singular noun.
    if sp is not None and nxt is not None and nxt.tag_ in {"NN", "NNP", "JJ"} and sp.i > 0:
        before = sp.nbor(-1)
        return before.lower_ in {"the", "its", "their", "his", "her", "'s", "’s", "this", "that"}
    return False


# --- anchoring and tense ----------------------------------------------------


def _parse_iso(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        LOGGER.warning("publication date %r is not ISO YYYY-MM-DD; relative dates stay unresolved", value)
        return None


def _anchor_for(start: int, posts: list[Embedded], published: dt.date | None) -> tuple[dt.date | None, bool]:
    """The date a mention at *start* is relative to: its embedded post's, else the article's."""
    for post in posts:
        if post.start <= start < post.end:
            anchor = _parse_iso(post.date)
            return anchor, anchor is not None
    return published, published is not None


def _clause_verb(doc: Doc, start: int, end: int) -> Token | None:
    """The verb the date at ``[start, end)`` modifies directly ("met on Friday", "met Friday").

    Only a date that is an adverbial of the verb takes its tense: in "gave no
    reason for the Jan. 14 deadline" the date belongs to the deadline, not to
    the giving.
    """
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    root = span.root
    head = root.head
    if root.dep_ == "pobj" and head.dep_ == "prep":
        head = head.head
    elif root.dep_ not in {"npadvmod", "tmod", "advmod", "obl", "nmod"}:
        return None
    return head if head is not root and head.pos_ in {"VERB", "AUX"} else None


def _tense(doc: Doc, text: str, start: int, end: int) -> str | None:
    """``"future"``, ``"past"`` or None for the clause around the date at *start*.

    Future: will/would/shall, "is leaving", "plans to leave", "as soon as". Past: a past-tense or perfect verb. Anything else (present
    tense, no verb, a noun phrase such as "the summit in April") is unknown.
    """
    if _FUTURE_CUE.search(text[max(0, start - 16) : start]):
        return "future"
    verb = _clause_verb(doc, start, end)
    if verb is None:
        return None
    kids = list(verb.children)
    aux = {c.lower_ for c in kids if c.dep_ in {"aux", "auxpass"}}
    if aux & date_words.FUTURE_AUX:
        return "future"
    if verb.lemma_.lower() in date_words.SCHEDULE_VERBS:
        return None  # "planned for Saturday": planned in the past, for any time
    if verb.tag_ == "VBG" and aux & {"is", "are", "am", "'s", "'re"}:
        return "future"  # "is leaving on Friday"
    if verb.tag_ == "VB" and "to" in aux:
        head = verb.head
        if head is not verb and head.lemma_.lower() in date_words.FUTURE_VERBS:
            return "future"
        return None
    if verb.tag_ == "VBD" or aux & {"had", "has", "have", "was", "were", "did"}:
        return "past"
    return None


def _sentence_focus(doc: Doc, expr: Expr, start: int, previous: DateMention | None) -> dt.date | None:
    """The written date a bare month or weekday is relative to, when its sentence gives one.

    "a report on December 23, 2019, about the November protests": November is
    the one before the report, not the one before publication. Only an
    absolute day or month earlier in the same sentence counts, and not for a
    clause in the future tense, which is relative to the time of writing.
    """
    if expr.rel is not None or expr.kind not in {"weekday", "date"} or expr.year is not None:
        return None
    if previous is None or previous.anchor != "absolute" or previous.value is None:
        return None
    if previous.granularity not in {"day", "month"}:
        return None
    tok = _token_at(doc, start)
    if tok is None or previous.start < tok.sent.start_char:
        return None
    value = previous.value if previous.granularity == "day" else previous.value + "-15"
    return _parse_iso(value)


def _resolve_anaphor(expr: Expr, previous: DateMention | None) -> tuple[str | None, str | None, str]:
    """ "that day", "the next day": the previous resolved mention, moved, when granularities allow."""
    gran = granularity(expr)
    if previous is None or previous.value is None or previous.granularity is None:
        return None, gran, "none"
    value = shift(previous.value, previous.granularity, expr.unit or "day", expr.n or 0)
    if value is None:
        return None, gran, "none"
    return value, gran, previous.anchor


# --- what only spaCy found --------------------------------------------------

_MONTH_WORD = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b", re.IGNORECASE)


def _from_entities(doc: Doc, published: dt.date | None, covered: list[tuple[int, int]]) -> list[DateMention]:
    """spaCy DATE entities the grammar missed, kept only when dateparser gives them a day or month.

    Entities that overlap a grammar match are its noisy versions and are
    dropped; so are durations, ages and headlines, which dateparser cannot date.
    """
    out: list[DateMention] = []
    for ent in doc.ents:
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
    if not any(ch.isdigit() for ch in text) or not _MONTH_WORD.search(text):
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
