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


# --- "the same day" closing the clause of a second event dates it --------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Police detained 40 people in the capital on 9 March. The governor imposed a night curfew the same day.",
            ("the same day", "2025-03-09"),
        ),
        (
            "Two editors were arrested on 4 March. They were questioned for hours and released the same evening.",
            ("the same evening", "2025-03-04"),
        ),
        (
            "Soldiers fired on the crowd on 2 March. The prime minister resigns the same day, aides say.",
            ("the same day", "2025-03-02"),
        ),
    ],
)
def test_the_same_day_of_a_second_event_is_listed(text: str, expected: tuple[str, str]) -> None:
    """ "imposed a curfew the same day": a new event dated by the day the story last told."""
    assert expected in _dates(text)


@pytest.mark.parametrize(
    "text",
    [
        "Police detained 40 people on 9 March. The same day, the governor imposed a curfew.",
        "Police detained 40 people on 9 March. On the same day, the governor imposed a curfew.",
        'Police detained 40 people on 9 March. "We buried him the same day," his brother said.',
        "Police detained 40 people on 9 March. Monitors counted 60 arrests for the same day.",
        "Police detained 40 people on 9 March. Riots broke out the same night.",
    ],
)
def test_the_same_day_restating_or_quoted_stays_unlisted(text: str) -> None:
    # guards: a sentence opening on it, a quote, a count "for" the day, and "the same night"
    assert not [t for t, _ in _dates(text) if "same" in t]


def test_the_same_day_after_a_count_back_stays_unlisted() -> None:
    # guard: after "the day before" the latest day is not the story's day
    text = (
        "On 4 March, thousands marched in the capital. The march had been banned the day before. "
        "A curfew was imposed on the city the same day."
    )
    assert not [t for t, _ in _dates(text) if "same" in t]
