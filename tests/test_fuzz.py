"""Property-based tests (hypothesis): no hostile text makes ingest, cleaning or an extractor fail.

Invariants: no exception; every record's offsets inside the text and
``text[start:end]`` equal to the text the record claims; dates within years
1..9999. The ``ci`` profile (the default here) runs a bounded number of
examples; ``scripts/fuzz.py`` runs the same properties hundreds of thousands
of times (``HYPOTHESIS_PROFILE=fuzz`` gives more examples to this file too).
"""

from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.fuzz_strategies import check_article, hostile_text, html_page, jsonl_line, published

settings.register_profile(
    "ci",
    max_examples=40,
    deadline=None,
    database=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.register_profile(
    "fuzz",
    max_examples=2000,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

# --- properties (also run by scripts/fuzz.py) ------------------------------------------------


def prop_ingest_text(text: str) -> None:
    from tally.ingest.files import RawArticle, Skipped, _from_text

    result = _from_text(text, "<fuzz>")
    assert isinstance(result, RawArticle | Skipped)
    if isinstance(result, RawArticle):
        result.raw_hash  # noqa: B018 - hashing what was read must not fail


def prop_ingest_jsonl(lines: list[str]) -> None:
    from tally.ingest.files import RawArticle, Skipped, _from_jsonl

    for result in _from_jsonl("\n".join(lines), "<fuzz>.jsonl"):
        assert isinstance(result, RawArticle | Skipped)


def prop_ingest_html(page: str) -> None:
    from tally.ingest.files import RawArticle, Skipped, _from_html

    assert isinstance(_from_html(page, "<fuzz>.html"), RawArticle | Skipped)


def prop_clean(text: str) -> None:
    from tally.clean.text import clean_text

    cleaned = clean_text(text)
    for post in cleaned.embedded:
        assert 0 <= post.start <= post.end <= len(cleaned.text)
        assert post.date is None or "0001" <= post.date[:4] <= "9999"


def prop_dates_rules(text: str, anchor: str | None) -> None:
    from tally.extract.dates import normalise_date
    from tally.extract.dates.rules import scan
    from tally.extract.dates.tokens import tokenize

    toks = tokenize(text)
    for t in toks:
        assert text[t.start : t.end] == t.text
    for m in scan(toks):
        assert 0 <= m.i < m.j <= len(toks)
    value, _, _ = normalise_date(text[:80], anchor)
    assert value is None or "0001" <= value[:4] <= "9999", value


def prop_periods(value: str, days: int) -> None:
    from tally.link.periods import date_interval, undated_window, widen

    interval = date_interval(value)
    if interval is not None:
        assert widen(interval, days) is not None
    undated_window(value, abs(days))


def prop_tokenizer_pieces(text: str) -> None:
    from tally.nlp.tokenizer import pieces

    assert "".join(pieces(text)) == text


def prop_numbers(text: str) -> None:
    from tally.extract.figures.numbers import find_number_phrases, parse_digits

    parse_digits(text)
    find_number_phrases(text.split())


def prop_pipeline(text: str, anchor: str | None) -> None:
    """The whole pipeline, spaCy included, on one hostile article."""
    from tally.ingest.files import RawArticle, Skipped
    from tally.pipeline import analyze_many

    raw = RawArticle(text, "<fuzz>", None, None, None, anchor, "metadata")
    ((prepared, result),) = list(analyze_many([raw]))
    if isinstance(result, Skipped):
        return
    assert prepared is not None and not prepared.degraded, prepared.degraded
    check_article(result)


# --- the tests ------------------------------------------------------------------------------

_days = st.integers(min_value=-(10**7), max_value=10**7)
_value = st.one_of(published().map(lambda v: v or ""), st.text(max_size=24))


@settings(max_examples=max(5, settings.default.max_examples // 2))
@given(hostile_text())
def test_fuzz_ingest_text(text):
    prop_ingest_text(text)


@given(st.lists(jsonl_line(), max_size=4))
def test_fuzz_ingest_jsonl(lines):
    prop_ingest_jsonl(lines)


@settings(max_examples=max(5, settings.default.max_examples // 4))
@given(html_page())
def test_fuzz_ingest_html(page):
    prop_ingest_html(page)


@given(hostile_text())
def test_fuzz_clean(text):
    prop_clean(text)


@given(hostile_text(), published())
def test_fuzz_dates_rules(text, anchor):
    prop_dates_rules(text, anchor)


@given(_value, _days)
def test_fuzz_periods(value, days):
    prop_periods(value, days)


@given(st.one_of(hostile_text(), st.text()))
def test_fuzz_tokenizer_pieces(text):
    prop_tokenizer_pieces(text)


@given(hostile_text())
def test_fuzz_numbers(text):
    prop_numbers(text)


@pytest.mark.model
@settings(max_examples=max(5, settings.default.max_examples // 3))
@given(hostile_text(40), published())
def test_fuzz_every_extractor_keeps_offsets(nlp, text, anchor):
    prop_pipeline(text, anchor)
