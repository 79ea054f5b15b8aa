"""Dates of real crackdown reports, seventeenth round.

Written from probe articles of our own (eval/dates_own). Every sentence here
is written for these tests; each one failed before its rule unless it says
it is a guard. The round's rules are about what is *listed*: a span that
only restates a date the article has just given carries no date of its own.
"""

from __future__ import annotations

import pytest

from tests.test_dates_places_round5 import _dates

pytestmark = pytest.mark.model


# --- a count from an event ("a day after the raid") is no date expression -----------------------------


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "Police fired on marchers in Gulu on Thursday, a day after soldiers stormed the campus.",
            "2022-05-06",
            [("Thursday", "2022-05-05")],
        ),
        (
            "Troops were sent to the port on 3 March, two days after the elections.",
            "2024-03-12",
            [("3 March", "2024-03-03")],
        ),
        (
            "Students returned to the square on 9 June, a week after the first clashes.",
            "2023-06-20",
            [("9 June", "2023-06-09")],
        ),
        (
            "Four days after the raid on the market, on 19 April, the curfew was lifted.",
            "2023-05-01",
            [("19 April", "2023-04-19")],
        ),
        (
            "Crowds filled the avenue on 4 April, the day the assembly voted.",
            "2024-06-01",
            [("4 April", "2024-04-04")],
        ),
    ],
)
def test_a_count_from_an_event_in_apposition_is_not_listed(
    nlp, text: str, published: str, expected: list
) -> None:
    """TimeML tags "two days" in "two days after the elections" as a duration, not a date:
    the count is anchored on an event, and the day it falls on is the date in apposition."""
    assert _dates(nlp, text, published) == expected


# --- "the same day" restates the day just given -----------------------------------------------------


@pytest.mark.parametrize("phrase", ["The same day", "That same day", "The same night", "On the same day"])
def test_the_same_day_is_not_listed(nlp, phrase: str) -> None:
    text = f"Guards beat detainees in Evin on 14 October. {phrase}, a fire broke out in the prison."
    assert _dates(nlp, text, "2022-10-20") == [("14 October", "2022-10-14")]


def test_the_same_day_still_carries_the_story_on(nlp) -> None:
    """The day after "the same day" counts from the day it restated."""
    text = (
        "Guards beat detainees in Evin on 14 October. The same day, a fire broke out. "
        "The next day, families gathered at the gate."
    )
    assert _dates(nlp, text, "2022-10-20") == [("14 October", "2022-10-14"), ("The next day", "2022-10-15")]


# guard: passed before this round
@pytest.mark.parametrize(
    ("phrase", "value"),
    [("The next day", "2022-10-15"), ("The following day", "2022-10-15"), ("Earlier that day", "2022-10-14")],
)
def test_a_day_counted_from_the_last_is_still_listed(nlp, phrase: str, value: str) -> None:
    text = f"Guards beat detainees in Evin on 14 October. {phrase}, families gathered at the gate."
    assert (phrase, value) in _dates(nlp, text, "2022-10-20")


# guard: passed before this round
def test_a_count_from_the_last_date_is_still_listed(nlp) -> None:
    text = "On 12 June 2019, police fired tear gas. Four days later, on 16 June, two million marched."
    found = _dates(nlp, text, None)
    assert ("Four days later", "2019-06-16") in found
    assert ("16 June", "2019-06-16") in found


# --- two days running joined by "and" are one interval -----------------------------------------------


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "The Senate will hear the impeachment case on Oct. 16 and 17.",
            "2024-10-03",
            ("Oct. 16 and 17", "2024-10-16/2024-10-17"),
        ),
        (
            "Riots broke out in Kampala on Nov. 18 and 19 after the arrest.",
            "2021-01-07",
            ("Nov. 18 and 19", "2020-11-18/2020-11-19"),
        ),
        (
            "Students held sit-ins on September 21 and 22, 2022, in Tabriz.",
            None,
            ("September 21 and 22, 2022", "2022-09-21/2022-09-22"),
        ),
        (
            "Voters queued in the rain on 7 and 8 November 2017 in the north.",
            None,
            ("7 and 8 November 2017", "2017-11-07/2017-11-08"),
        ),
        (
            "Banks were looted on the 16th and 17th of November, the prosecutor said.",
            "2019-12-10",
            ("16th and 17th of November", "2019-11-16/2019-11-17"),
        ),
    ],
)
def test_two_days_running_joined_by_and_are_one_interval(
    nlp, text: str, published: str | None, expected: tuple
) -> None:
    assert _dates(nlp, text, published) == [expected]


# guard: passed before this round
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Shops were burned on 3 and 9 November, the prosecutor said.",
            [("3", "2019-11-03"), ("9 November", "2019-11-09")],
        ),
        # round 23: a run of three days listed is one stretch (tests/test_round23_dates.py); days
        # listed apart stay dates of their own
        (
            "Shops were burned on 15, 16 and 17 November, the prosecutor said.",
            [("15, 16 and 17 November", "2019-11-15/2019-11-17")],
        ),
        (
            "Shops were burned on 15, 17 and 19 November, the prosecutor said.",
            [("15", "2019-11-15"), ("17", "2019-11-17"), ("19 November", "2019-11-19")],
        ),
    ],
)
def test_days_apart_or_a_list_of_days_stay_dates_of_their_own(nlp, text: str, expected: list) -> None:
    assert _dates(nlp, text, "2019-12-10") == expected


# guard: passed before this round
def test_a_count_after_a_listed_day_is_no_day(nlp) -> None:
    text = "Police fired on the crowd on Nov. 16 and 17 people died in hospital."
    assert ("Nov. 16", "2022-11-16") in _dates(nlp, text, "2023-01-01")


@pytest.mark.parametrize(
    ("published", "expected"),
    [
        (None, ("Tuesday and Wednesday, 9 and 10 May 2023", "2023-05-09/2023-05-10")),
        ("2023-05-02", ("Tuesday and Wednesday, 9 and 10 May", "2023-05-09/2023-05-10")),
    ],
)
def test_two_weekdays_before_two_days_running_are_the_same_interval(
    nlp, published: str | None, expected: tuple
) -> None:
    """The weekdays restate the days: one span, the first weekday checking the first day
    (before, the second weekday was read with the first day and moved it to another year)."""
    text = f"The unions have called for new marches on {expected[0]}, their spokesman said."
    assert _dates(nlp, text, published) == [expected]
