"""Quotes of a text as (kind, text, speaker) triples, offsets checked, and the speaker of a quote: shared by the quote tests of rounds 43, 44, 57 and 58."""

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


def speakers_by_quote(text: str) -> dict[str, str | None]:
    """The speaker's name per quote of *text*, keyed by the quote's words in the analysed (cleaned) text."""
    article = tally.analyze(text)
    return {article.text[q.start : q.end]: q.speaker_name for q in article.quotes}


def speaker_of(text: str, words: str) -> str | None:
    """The speaker of the first quote of *text* whose words hold *words* (the quote must be found)."""
    said = speakers_by_quote(text)
    found = [speaker for quote, speaker in said.items() if words in quote]
    assert found, said
    return found[0]
