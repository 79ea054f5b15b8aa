"""Round 41's tidy-up: one reading of the publication year, the date's heads read once."""

from __future__ import annotations

import pytest
import spacy

from tally.extract.context import ExtractContext
from tally.extract.dates import extractor as dates_extractor


@pytest.mark.parametrize(
    ("published", "year"),
    [("2020-11-03", 2020), ("2019-07", 2019), ("1998", 1998), (None, None), ("", None), ("May 2020", None)],
)
def test_published_year(published: str | None, year: int | None) -> None:
    ctx = ExtractContext(doc=spacy.blank("en")("A text."), entities=None, published=published)  # type: ignore[arg-type]
    assert ctx.published_year == year


def test_date_heads_read_once_per_date(nlp, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    """Each date's heads are read once (three tests read them, one of them twice, before), and the
    dates are as before: a birth date and a comparison's base set no era, the day is resolved."""
    text = "Ann Lee, born March 3, 1948, spoke in Lorsk on 5 May 2021. Sales are up 12 percent from October 2019."
    calls: list[tuple[int, int]] = []
    real = dates_extractor._date_heads

    def counting(doc, start, end):  # type: ignore[no-untyped-def]
        calls.append((start, end))
        return real(doc, start, end)

    monkeypatch.setattr(dates_extractor, "_date_heads", counting)
    found = dates_extractor.extract_dates(
        ExtractContext(doc=nlp(text), entities=None, published="2021-05-06")
    )
    assert calls and len(calls) == len(set(calls))
    for d in found:
        assert text[d.start : d.end] == d.text
    assert {(d.text, d.value) for d in found} >= {("5 May 2021", "2021-05-05"), ("October 2019", "2019-10")}
