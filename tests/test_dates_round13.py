"""Dates of real crackdown reports, thirteenth round.

Written from probe articles of our own in the held-out genres (an AP file
from Kiev in February 2014, a live page on Lebanon's October 2019 protests,
a Human Rights Watch release on the anniversary of Iran's 2009 election, a
court report from Freetown on the August 2022 protests, an Amnesty release
on the Goma killings, a BBC Monitoring translation of a Kyrgyz ministry
statement, an explainer a year after George Floyd's murder, a UN Security
Council press statement on Jerusalem). Every sentence here is written for
these tests; each one failed before its rule unless it says it is a guard.
"""

from __future__ import annotations

import pytest

from tests.test_dates_places_round5 import _dates

pytestmark = pytest.mark.model


# --- the simple present of a scheduled deed: "the council opens its session on Monday" ------------


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # 12 March 2025 is a Wednesday: the Monday ahead is the 17th, not the 10th
        (
            "The groups urged the assembly, which opens its spring session in Geneva on Monday, to act.",
            "2025-03-12",
            [("Monday", "2025-03-17")],
        ),
        (
            "The island holds a referendum on the new constitution on June 29.",
            "2025-02-20",
            [("June 29", "2025-06-29")],
        ),
        (
            "Parliament meets on Monday to elect a new speaker, the clerk said.",
            "2025-03-12",
            [("Monday", "2025-03-17")],
        ),
    ],
)
def test_a_day_of_a_simple_present_verb_lies_ahead(nlp, text: str, published: str, expected: list) -> None:
    assert _dates(nlp, text, published) == expected


def test_a_day_of_a_simple_present_verb_in_a_headline_keeps_its_reading(nlp) -> None:
    # a guard (passed before): a headline's present tells what has happened
    text = "Police detain dozens of students at a march on Monday"
    assert _dates(nlp, text, "2025-03-12") == [("Monday", "2025-03-10")]


@pytest.mark.parametrize(
    "text",
    [
        "Protesters hold placards during a rally in the capital on Sunday.",
        "Protesters run from tear gas fired by police in the capital on Sunday.",
    ],
)
def test_a_day_of_a_captions_present_keeps_its_reading(nlp, text: str) -> None:
    # a guard (passed before): a caption's present tells what is happening, not what is scheduled
    assert _dates(nlp, text, "2025-03-12") == [("Sunday", "2025-03-09")]


def test_a_day_a_simple_present_verb_acts_on_keeps_its_reading(nlp) -> None:
    # a guard: "9 June" is what is mentioned, not when
    text = "You mention 9 June in your report. What happened that day?"
    assert _dates(nlp, text, "2025-07-01")[0] == ("9 June", "2025-06-09")


# --- a year naming the period of a budget or plan: "approved the 2024 budget on 3 December" -------


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "Lawmakers passed the 2025 budget on 11 December after a night-long session.",
            "2025-02-20",
            [("2025", "2025"), ("11 December", "2024-12-11")],
        ),
        (
            "The province's fiscal year 2026 plan, adopted in November, doubles the riot police budget.",
            "2025-04-02",
            [("2026", "2026"), ("November", "2024-11")],
        ),
    ],
)
def test_a_year_naming_a_budgets_period_does_not_date_the_days_after_it(
    nlp, text: str, published: str, expected: list
) -> None:
    assert _dates(nlp, text, published) == expected


def test_a_year_of_an_event_still_dates_the_days_after_it(nlp) -> None:
    # a guard (passed before): an election of a year took place in it
    text = "In the 2018 election, police arrested hundreds of observers on polling day, Dec. 30."
    assert ("Dec. 30", "2018-12-30") in _dates(nlp, text, "2025-02-20")


# --- a month placed against its sentence's date: the nearest either way, not after writing -------


def test_a_month_after_a_month_and_year_in_its_sentence_goes_on_from_it(nlp) -> None:
    text = "A tribunal ordered the closure of the paper in September 2023 and its appeal was dismissed in January."
    assert _dates(nlp, text, "2024-05-10") == [("September 2023", "2023-09"), ("January", "2024-01")]


def test_a_month_after_a_month_and_year_that_would_lie_after_writing_goes_back(nlp) -> None:
    # a guard (passed before): the nearer reading, July 2024, is after the time of writing
    text = "The tribunal closed the paper in September 2023, after raids on its office in July."
    assert _dates(nlp, text, "2024-05-10") == [("September 2023", "2023-09"), ("July", "2023-07")]


# --- a weekday with a "next"/"last" or a Persian day in apposition: one date ----------------------


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "The unions have called a general strike for next Tuesday, 14 October.",
            "2025-10-08",
            [("next Tuesday, 14 October", "2025-10-14")],
        ),
        (
            "Relatives were summoned to court last Sunday, 5 October, without their lawyers.",
            "2025-10-08",
            [("last Sunday, 5 October", "2025-10-05")],
        ),
        # 1 Mehr 1404 is 23 September 2025, a Tuesday
        (
            "Students gathered at the university gates on Tuesday, 1 Mehr 1404, the first day of term.",
            "2025-10-08",
            [("Tuesday, 1 Mehr 1404", "2025-09-23")],
        ),
    ],
)
def test_a_weekday_with_its_day_in_apposition_is_one_date(
    nlp, text: str, published: str, expected: list
) -> None:
    assert [d for d in _dates(nlp, text, published) if d[0] != "the first day"] == expected
