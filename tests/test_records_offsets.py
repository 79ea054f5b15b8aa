"""Evidence or nothing: every record of the seed articles points at its own text."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _spans(article):
    """(what, start, end, expected text or None) for every span of every record."""
    for e in article.embedded:
        yield "embedded", e.start, e.end, None
    for entity in article.entities:
        for start, end in entity.mentions:
            yield f"entity {entity.id}", start, end, None
    for place in article.places:
        for start, end in place.spans():
            yield f"place {place.id}", start, end, None
    for q in article.quotes:
        yield f"quote {q.id}", q.start, q.end, q.text
        yield f"quote {q.id} evidence", *q.evidence, None
    for f in article.figures:
        yield f"figure {f.id}", f.start, f.end, f.text
        yield f"figure {f.id} evidence", *f.evidence, None
    for v in article.events:
        yield f"event {v.id} trigger", *v.trigger, None
        yield f"event {v.id} evidence", *v.evidence, None
    for d in article.dates:
        yield "date", d.start, d.end, d.text
    for flag in article.flags:
        yield "flag", flag.start, flag.end, flag.text
        yield "flag evidence", *flag.evidence, None


@pytest.mark.parametrize("seed", ["000", "001"])
def test_records_offsets_are_valid_text_spans(seed_articles, seed):
    article = seed_articles[seed]
    text = article.text
    checked = 0
    for what, start, end, expected in _spans(article):
        assert 0 <= start < end <= len(text), f"{what}: [{start}, {end}) outside the text"
        if expected is not None:
            assert text[start:end] == expected, what
        checked += 1
    assert checked > 10


@pytest.mark.parametrize("seed", ["000", "001"])
def test_records_evidence_covers_the_record(seed_articles, seed):
    article = seed_articles[seed]
    for record in [*article.quotes, *article.figures, *article.flags]:
        ev_start, ev_end = record.evidence
        assert ev_start <= record.start and record.end <= ev_end, (
            record.id if hasattr(record, "id") else record
        )


def test_records_entity_mentions_name_the_entity(seed_articles):
    article = seed_articles["000"]
    for entity in article.entities:
        names = {entity.name, *entity.aliases}
        for start, end in entity.mentions:
            mention = article.text[start:end]
            assert any(mention in name or name in mention for name in names), (entity.name, mention)


@pytest.mark.parametrize("seed", ["000", "001"])
def test_records_quote_speaker_spans_name_the_speaker(seed_articles, seed):
    article = seed_articles[seed]
    spans = [q for q in article.quotes if q.speaker_span]
    assert spans, "no quote has a speaker span"
    for quote in spans:
        start, end = quote.speaker_span
        assert 0 <= start < end <= len(article.text)
