"""Dates read from fresh articles (round 44).

Read from the date errors of the tune splits (`reports_own` work44 with the older work splits, the
VOA, TR-News, GeoWebNews, LGL, AQUAINT and Wikinews tune splits); the sentences are our own.
"""

from __future__ import annotations

import pytest

from tally.extract.context import ExtractContext
from tally.extract.dates import extract_dates
from tests._date_records import dates_by_text


def _dates(text: str, published: str | None = "2025-03-12") -> list[tuple[str, str | None]]:
    return dates_by_text(text, published)


# --- a count from now an approximator softens is vague: found and valued, not listed ---------------


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("The rallies stopped nearly a year ago, when the borders closed.", "a year ago"),
        (
            "In the port city, where the strike began almost three years ago, workers marched.",
            "three years ago",
        ),
        ("The party was founded some 20 years ago by exiles.", "20 years ago"),
        ("Police first raided the office roughly two months ago, staff said.", "two months ago"),
        ("The law was passed about five years ago.", "five years ago"),
    ],
)
def test_an_approximate_count_from_now_is_not_listed(text: str, words: str) -> None:
    """ "nearly a year ago": the approximator says the day lies about there, a vague expression."""
    assert not [t for t, _ in _dates(text) if words in t]


def test_an_approximate_count_from_now_keeps_its_value_for_what_follows(nlp) -> None:
    """The record is still found and valued (the events extractor dates from it), only not listed."""
    text = "The rallies stopped nearly a year ago."
    ctx = ExtractContext(doc=nlp(text), entities=None, published="2025-03-12", embedded=[])
    assert [(d.text, d.value) for d in extract_dates(ctx)] == [("nearly a year ago", "2024")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The rallies stopped a year ago, when the borders closed.", ("a year ago", "2024")),
        ("The party was founded 20 years ago by exiles.", ("20 years ago", "2005")),
        ("The law was passed only two years ago.", ("only two years ago", "2023")),
        ("She was arrested just three days ago.", ("just three days ago", "2025-03-09")),
        ("Around 200 people marched on 3 March.", ("3 March", "2025-03-03")),
    ],
)
def test_an_exact_count_from_now_stays_listed(text: str, expected: tuple[str, str]) -> None:
    # guard: no approximator, or one that stresses the count ("only", "just"), keeps it listed
    assert expected in _dates(text)
