"""Quotes of a text as (kind, text, speaker) triples, offsets checked: shared by the quote tests of rounds 43 and 44."""

from __future__ import annotations

import tally


def quote_records(text: str) -> list[tuple[str, str, str | None]]:
    """``(kind, text, speaker_name)`` per quote, each record's offsets checked against the text."""
    article = tally.analyze(text)
    out = []
    for quote in article.quotes:
        assert text[quote.start : quote.end] == quote.text
        out.append((quote.kind, quote.text, quote.speaker_name))
    return out


def marked_quotes(text: str, words: str) -> list[tuple[str, str | None]]:
    """(kind, speaker) of the direct and mixed quotes whose text holds *words*."""
    return [
        (kind, name) for kind, quoted, name in quote_records(text) if words in quoted and kind != "indirect"
    ]
