"""Dates on whole articles (round 47).

Read from the date errors of every tune split (the VOA stories, `reports_own` work to work47, the
Wikinews, TR-News, GeoWebNews, LGL and AQUAINT tune splits); the sentences are our own.
"""

from __future__ import annotations

import pytest

from tally.extract.context import ExtractContext
from tally.extract.dates import extract_dates, placed
from tally.extract.registry import ExtractorSpec
from tally.pipeline import every_record_kept
from tests._date_records import dates_by_text


def _dates(text: str, published: str | None = "2025-03-12") -> list[tuple[str, str | None]]:
    return dates_by_text(text, published)


# --- a week told by its distance from now is found and valued, not listed ---------------------------


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Hundreds of teachers marched in the capital last week.", "last week"),
        ("The council will vote on the budget this week, its chair said.", "this week"),
        ("Earlier this week, riot police cleared the square.", "this week"),
        ("The union said it would strike again next week.", "next week"),
        ("The first arrests came six weeks ago, lawyers said.", "weeks ago"),
        ("He was released a week ago after paying a fine.", "a week ago"),
        ("Talks had collapsed the previous week.", "previous week"),
    ],
)
def test_a_relative_week_is_not_listed(text: str, words: str) -> None:
    """ "last week": the reports standard lists years, months and days, no week."""
    assert not [t for t, _ in _dates(text) if words in t]


def test_a_relative_week_keeps_its_value_for_what_follows(nlp) -> None:
    """The record is still found and valued (events date from it, TempEval-3 scores it)."""
    text = "Hundreds of teachers marched in the capital last week."
    ctx = ExtractContext(doc=nlp(text), entities=None, published="2025-03-12", embedded=[])
    found = list(extract_dates(ctx))
    assert [(d.text, d.value) for d in found] == [("last week", "2025-W10")]
    assert not placed(found[0])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hundreds of teachers marched on 3 March.", ("3 March", "2025-03-03")),
        ("The union struck last month.", ("last month", "2025-02")),
        ("Prices rose sharply last year.", ("last year", "2024")),
        ("Two days ago, police raided the office.", ("Two days ago", "2025-03-10")),
    ],
)
def test_days_months_and_years_stay_listed(text: str, expected: tuple[str, str]) -> None:
    # guard: only the week granularity is left out
    assert expected in _dates(text)


def test_every_record_kept_drops_only_the_listing_filter() -> None:
    """TempEval-3 is scored on every record found: the specs lose their ``listed`` filter, nothing else."""

    def run(_ctx: object) -> list[object]:
        return []

    listing = ExtractorSpec(name="d", version="1", function=run, assigns="dates", listed=bool)
    plain = ExtractorSpec(name="q", version="1", function=run, assigns="quotes")
    kept = every_record_kept([listing, plain])
    assert kept[0].listed is None and kept[0].function is run and kept[0].assigns == "dates"
    assert kept[1] is plain

