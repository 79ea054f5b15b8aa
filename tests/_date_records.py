"""Dates of a text as ``(text, value)`` pairs, each record's offsets checked: shared by the date tests."""

from __future__ import annotations

import tally


def dates_by_text(text: str, published: str | None) -> list[tuple[str, str | None]]:
    """``(text[start:end], value)`` per date of *text*, in order, each record's offsets checked."""
    article = tally.analyze(text, published=published)
    out = []
    for date in article.dates:
        assert text[date.start : date.end] == date.text
        out.append((date.text, date.value))
    return out
