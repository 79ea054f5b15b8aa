"""Dates of real reports, thirtieth round: the constructions issue 13 names.

An interval is one date with a start/end value, and "November last year" / "Nov. 17 last year" is one
expression with one value; so an interval followed by "last year" or "this year" ("Nov. 15 to 18 last
year", "15-19 November last year") is one date too, its year counted from the anchor as for a single
day. Articles with no publication date or only a month resolve against the year they give or the
latest full date written before, never a guessed year. Every sentence is written for these tests;
each case failed before its rule unless it says it is a guard.
"""

from __future__ import annotations

import pytest

from tests.test_dates_places_round5 import _dates

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "Dock workers struck from Nov. 15 to 18 last year, the union said.",
            "2020-03",
            [("Nov. 15 to 18 last year", "2019-11-15/2019-11-18")],
        ),
        (
            "Students occupied the campus on 15-19 November last year.",
            "2020-03",
            [("15-19 November last year", "2019-11-15/2019-11-19")],
        ),
        (
            "Students occupied the campus between 9 and 13 August last year.",
            "2020-03",
            [("9 and 13 August last year", "2019-08-09/2019-08-13")],
        ),
        (
            "Nurses held sit-ins from November 15 through 18 this year.",
            "2020-12-03",
            [("November 15 through 18 this year", "2020-11-15/2020-11-18")],
        ),
        (
            "Nurses held sit-ins from 9 to 13 August of last year.",
            "2020-03",
            [("9 to 13 August of last year", "2019-08-09/2019-08-13")],
        ),
        (
            # no publication date: the year is counted from the latest full date written before
            "The port was closed on 4 March 2020. Dock workers struck on 15-19 November last year.",
            None,
            [("4 March 2020", "2020-03-04"), ("15-19 November last year", "2019-11-15/2019-11-19")],
        ),
    ],
)
def test_an_interval_and_its_year_are_one_date(nlp, text: str, published, expected) -> None:
    assert _dates(nlp, text, published) == expected


def test_an_interval_and_its_year_with_nothing_to_count_from_get_no_year(nlp) -> None:
    # one expression, and no year guessed for it (the pipeline then lists no date)
    text = "Dock workers struck on 15-19 November last year, the union said."
    assert _dates(nlp, text, None) == [("15-19 November last year", None)]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "Dock workers struck on November 16 and 17 last year.",
            "2020-03",
            [("November 16 and 17 last year", "2019-11-16/2019-11-17")],
        ),
        (
            "Dock workers struck on Nov. 15, 16 and 17 last year.",
            "2020-03",
            [("Nov. 15, 16 and 17 last year", "2019-11-15/2019-11-17")],
        ),
        (
            "Dock workers struck on 15 and 16 November last year.",
            "2020-03",
            [("15 and 16 November last year", "2019-11-15/2019-11-16")],
        ),
        (
            # the first day listed took no year of its own, and the nearest reading gave it the next one
            "Dock workers struck on 2 and 3 March this year.",
            "2020-12-01",
            [("2 and 3 March this year", "2020-03-02/2020-03-03")],
        ),
        (
            # days apart stay two dates, each of the year said after the last
            "Dock workers struck on November 15 and 18 last year.",
            "2020-03",
            [("November 15", "2019-11-15"), ("18 last year", "2019-11-18")],
        ),
    ],
)
def test_days_listed_before_a_relative_year_are_of_that_year(nlp, text: str, published, expected) -> None:
    """As "November 16 and 17, 2019" (one date of two days) and "May and June last year": the year
    said after the last day listed dates every day of the list."""
    assert _dates(nlp, text, published) == expected


# --- guards: what already worked, and what the rule must not join -----------------------------------


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a month-only publication gives its year to a day before that month
        (
            "Police raided the union office on January 2, officials said.",
            "2021-03",
            [("January 2", "2021-01-02")],
        ),
        # ... and a day in the last weeks of the year before a January is of the year before
        (
            "Police raided the union office on December 28, officials said.",
            "2021-01",
            [("December 28", "2020-12-28")],
        ),
        # no publication date: the latest full date written before
        (
            "The strike began on 4 March 2019. Police raided the union office on 12 April.",
            None,
            [("4 March 2019", "2019-03-04"), ("12 April", "2019-04-12")],
        ),
        # no publication date and no date before: no year guessed
        ("Police raided the union office on January 2, officials said.", None, [("January 2", None)]),
        ("The students occupied the campus from Nov. 15 to 18.", None, [("Nov. 15 to 18", None)]),
        # intervals, one date each
        (
            "The students occupied the campus from Nov. 15 to 18.",
            "2019-11",
            [("Nov. 15 to 18", "2019-11-15/2019-11-18")],
        ),
        (
            "Rallies were held on 15-19 November 2019.",
            None,
            [("15-19 November 2019", "2019-11-15/2019-11-19")],
        ),
        (
            "Curfews were imposed from February 1 to August 18, the ministry said.",
            "2021-09",
            [("February 1 to August 18", "2021-02-01/2021-08-18")],
        ),
        (
            "Crowds gathered in the capital on 9-13 August.",
            "2020-09",
            [("9-13 August", "2020-08-09/2020-08-13")],
        ),
        # "November last year", "Nov. 17 last year": one expression, one value
        ("The protests began in November last year.", "2020-06", [("November last year", "2019-11")]),
        ("The protests began on Nov. 17 last year.", "2020-06", [("Nov. 17 last year", "2019-11-17")]),
        (
            "A hearing took place on 3 May 2020. The protests began on Nov. 17 last year.",
            None,
            [("3 May 2020", "2020-05-03"), ("Nov. 17 last year", "2019-11-17")],
        ),
        # a sentence's end between the interval and "Last year": two dates
        (
            "Dock workers struck from Nov. 15 to 18. Last year, they did not.",
            "2020-03",
            [("Nov. 15 to 18", "2019-11-15/2019-11-18"), ("Last year", "2019")],
        ),
        # days listed before a people count: no list, and "last year" stays its own date
        (
            "On November 16 and 17 people died; last year none did.",
            "2020-03",
            [("November 16", "2019-11-16"), ("last year", "2019")],
        ),
        # a comma and a possessive: "last year's" names no year of the interval
        (
            "Dock workers struck on 15-19 November, last year's dates.",
            "2020-03",
            [("15-19 November", "2019-11-15/2019-11-19"), ("last year", "2019")],
        ),
        # an interval across months already took the year of its last end
        (
            "Crowds gathered from Nov. 15 to Dec. 2 last year.",
            "2020-03",
            [("Nov. 15 to Dec. 2 last year", "2019-11-15/2019-12-02")],
        ),
    ],
)
def test_issue_13_constructions_stay_read(nlp, text: str, published, expected) -> None:
    assert _dates(nlp, text, published) == expected
