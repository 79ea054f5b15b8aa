"""Dates, thirty-sixth round: a model year before a vehicle's make is no date.

Every sentence here is written for these tests (none is adapted from a gold
article); each failed before its rule unless it says it is a guard.
"""

from __future__ import annotations

import pytest

from tests.test_dates_places_round5 import _dates

pytestmark = pytest.mark.model


# --- "a 2011 Toyota": the year of a car's model dates nothing --------------------------------------


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "Deputies stopped a 2011 Toyota Corolla on Route 9 late Saturday.",
            "2023-04-17",
            [("Saturday", "2023-04-15")],
        ),
        (
            "The suspect fled in his gray 1998 Ford pickup, the sheriff said on Monday.",
            "2023-04-18",
            [("Monday", "2023-04-17")],
        ),
        (
            "Witnesses said the driver's 2004 Nissan struck the barrier at high speed.",
            "2023-04-18",
            [],
        ),
    ],
)
def test_model_year_before_a_make_is_no_date(nlp, text, published, expected):
    assert _dates(nlp, text, published) == expected


def test_model_year_offsets_of_what_stays(nlp):
    """The weekday kept beside a model year keeps its own offsets."""
    from tally.extract.context import ExtractContext  # noqa: PLC0415
    from tally.extract.dates import extract_dates  # noqa: PLC0415

    text = "A 2015 Honda Civic was found burned out on Sunday near the depot."
    found = extract_dates(ExtractContext(doc=nlp(text), entities=None, published="2023-04-18", embedded=[]))
    assert [(d.start, d.end, d.value) for d in found] == [(43, 49, "2023-04-16")]
    assert text[43:49] == "Sunday"


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a year after a preposition dates the clause, whatever noun follows
        ("In 2009 Ford cut its payroll by a third.", "2023-04-18", [("2009", "2009")]),
        ("Since 2016 Toyota has doubled its exports.", "2023-04-18", [("2016", "2016")]),
        # a year before a name that is not a make still names the event
        ("Crowds recalled the 1995 Dayton agreement in the square.", "2023-04-18", [("1995", "1995")]),
        ("Their 2019 election was marred by violence.", "2023-04-18", [("2019", "2019")]),
    ],
)
def test_year_not_before_a_make_stays_a_date(nlp, text, published, expected):
    """Guards (passed before)."""
    assert _dates(nlp, text, published) == expected


def test_model_year_after_by_stays_a_date(nlp):
    """Guard (passed before): "Until 2012" is the time of the clause, though a make follows."""
    assert _dates(nlp, "Until 2012 Saab built its cars in Sweden.", "2023-04-18") == [("2012", "2012")]


# --- a weekend is its two days, Saturday to Sunday, not its ISO week ------------------------------------


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # 18 June 2025 is a Wednesday: the weekend just gone is 14–15 June
        (
            "Riot police held 60 students over the weekend, their lawyers said.",
            "2025-06-18",
            [("the weekend", "2025-06-14/2025-06-15")],
        ),
        (
            "Farmers blocked the ring road last weekend.",
            "2025-06-18",
            [("last weekend", "2025-06-14/2025-06-15")],
        ),
        # the coming one after "will"
        (
            "The unions will march through the capital this weekend.",
            "2025-06-18",
            [("this weekend", "2025-06-21/2025-06-22")],
        ),
        # counted from the day told before
        (
            "Dockers struck on 3 June. The following weekend, the port was shut.",
            "2025-06-18",
            [("3 June", "2025-06-03"), ("The following weekend", "2025-06-07/2025-06-08")],
        ),
    ],
)
def test_a_weekend_is_its_saturday_and_sunday(nlp, text, published, expected):
    assert _dates(nlp, text, published) == expected


def test_weekend_offsets(nlp):
    """The weekend's span is the words that say it; its value the two days."""
    from tally.extract.context import ExtractContext  # noqa: PLC0415
    from tally.extract.dates import extract_dates  # noqa: PLC0415

    text = "Police cleared the square over the weekend."
    found = extract_dates(ExtractContext(doc=nlp(text), entities=None, published="2025-06-18", embedded=[]))
    assert [(d.start, d.end, d.value, d.granularity) for d in found] == [
        (31, 42, "2025-06-14/2025-06-15", "day")
    ]
    assert text[31:42] == "the weekend"


def test_weeks_stay_weeks(nlp):
    """Guard (passed before): "last week" is still its ISO week (TempEval-3 tags weeks so)."""
    assert _dates(nlp, "Students marched last week.", "2025-06-18") == [("last week", "2025-W24")]


def test_the_next_day_after_a_weekend_counts_from_its_days(nlp):
    """ "The next day" after a weekend is its Monday, "the previous day" its Friday (the week's Thursday before)."""
    text = "Crowds gathered in the square over the weekend. The next day, the cabinet resigned."
    assert _dates(nlp, text, "2025-06-18") == [
        ("the weekend", "2025-06-14/2025-06-15"),
        ("The next day", "2025-06-16"),
    ]
    text = "Crowds gathered in the square over the weekend. The previous day, the cabinet resigned."
    assert _dates(nlp, text, "2025-06-18") == [
        ("the weekend", "2025-06-14/2025-06-15"),
        ("The previous day", "2025-06-13"),
    ]
