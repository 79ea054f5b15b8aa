"""Dates only spaCy found: its DATE entities the grammar missed, kept only when dateparser gives
them a day or month (dateparser is asked nothing else: on free text it over-matches).
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from tally.extract.context import doc_ents
from tally.extract.dates.validation import _overlaps
from tally.extract.spans import SpanSet
from tally.records import DateMention

if TYPE_CHECKING:
    from spacy.tokens import Doc


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
