"""Dates, fiftieth round: a weekday before a week that owns a noun.

"On Monday of last week" names a day of last week; "on Monday of last week's
march" names the march of last week, and its Monday is the nearest one. The
possessive makes the week a determiner of the noun after it, so the weekday
and the week are two expressions. Every sentence is written for these tests.
"""

from __future__ import annotations

import pytest

from tests.test_dates_places_round5 import _dates

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 16 January 2019 is a Wednesday (week 3): the Monday just past is the 14th
        (
            "The ministry released footage on Monday of last week's raid on the depot.",
            [("Monday", "2019-01-14"), ("last week", "2019-W02")],
        ),
        (
            "Organisers published photographs on Tuesday of last week’s sit-in outside the court.",
            [("Tuesday", "2019-01-15"), ("last week", "2019-W02")],
        ),
    ],
)
def test_a_weekday_before_a_possessive_week_is_not_that_weeks_day(nlp, text: str, expected: list) -> None:
    assert _dates(nlp, text, "2019-01-16") == expected


def test_a_weekday_of_last_week_is_still_that_weeks_day(nlp) -> None:
    # a guard: without the possessive, the week says which Monday
    found = _dates(nlp, "The ministry released the footage on Monday of last week.", "2019-01-16")
    assert found == [("Monday of last week", "2019-01-07")]
