"""Days an event is named by, written in numerals with no year: "the 9/11 attacks", "since 9/11".

Read as a numeric date, "9/11" has no year and would take the year of writing (or none);
as a name it means one day of one year, which the language list ``numeral_days`` gives.
The grammar's tokens are not used: the name is one written form, found by one pattern over
the text, and it is kept out of the grammar's anchors (a name of a past event is where no
story now is, so a yearless day after it must not take its year).
"""

from __future__ import annotations

import re
from functools import cache

from tally.extract.dates import words as date_words
from tally.extract.spans import SpanSet
from tally.records import DateMention


@cache
def _pattern(names: frozenset[str]) -> re.Pattern[str] | None:
    """One alternation of the names, bounded so that no longer number holds one ("19/11",
    "9/11/2015", "9/11.5"): the names are literal, so the scan is linear."""
    if not names:
        return None
    alternatives = "|".join(re.escape(name) for name in sorted(names, key=len, reverse=True))
    return re.compile(rf"(?<![\w/.\-])(?:{alternatives})(?![\w/]|[.\-]\d)")


def days_named_by_numerals(text: str, taken: SpanSet) -> list[DateMention]:
    """The numeral names of days in *text* that no date found already covers, valued as named."""
    named: dict[str, str] = date_words.NUMERAL_DAYS or {}
    pattern = _pattern(frozenset(named))
    if pattern is None:
        return []
    return [
        DateMention(
            start=m.start(),
            end=m.end(),
            text=m.group(),
            value=named[m.group()],
            granularity="day",
            anchor="absolute",
        )
        for m in pattern.finditer(text)
        if not taken.overlaps(m.start(), m.end())
    ]


__all__ = ["days_named_by_numerals"]
