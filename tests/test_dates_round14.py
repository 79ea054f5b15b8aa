"""Dates of real crackdown reports, fourteenth round.

Written from probe articles of our own in the held-out genres (a live page on
Peru's December 2022 unrest, a Reuters file from Kampala in November 2020, a
timeline of Iraq's Tishreen movement, a translation of a Thai emergency decree
read on state television, an Amnesty release on the fifth anniversary of Rabaa,
a Reuters factbox on Colombia's 2021 strike, a press-conference transcript from
Islamabad, a UN experts' release on Senegal). Every sentence here is written for
these tests; each one failed before its rule unless it says it is a guard.
"""

from __future__ import annotations

import pytest

from tests.test_dates_places_round5 import _dates

pytestmark = pytest.mark.model


# --- a timeline's year heading dates the yearless days under it, whatever the publication date ----

_TIMELINE = (
    "Key dates of the uprising:\n\n2021\n\n"
    "November 3 – Police fire on a march in the capital.\n\n"
    "December 12 – The army chief resigns. The next day, crowds celebrate.\n\n"
    "2022\n\n"
    "February 1 – Dockers strike, closing the ports."
)


@pytest.mark.parametrize("published", ["2023-03", "2023-03-10", "2023"])
def test_yearless_days_under_a_year_heading_take_its_year_after_a_publication_date(
    nlp, published: str
) -> None:
    found = _dates(nlp, _TIMELINE, published)
    assert ("November 3", "2021-11-03") in found
    assert ("December 12", "2021-12-12") in found
    assert ("The next day", "2021-12-13") in found
    assert ("February 1", "2022-02-01") in found


def test_a_year_inside_a_sentence_still_sets_no_heading_after_a_publication_date(nlp) -> None:
    # a guard (passed before): a year in running text is no heading
    text = "The movement has existed since 1994.\n\nOn Aug. 9, police dispersed crowds."
    assert ("Aug. 9", "2023-08-09") in _dates(nlp, text, "2023-10-02")


# --- a date of another calendar: Buddhist Era, Ethiopian, Islamic ---------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the Thai Buddhist Era runs 543 years ahead of ours; the Gregorian year in brackets agrees
        (
            "The curfew applies from 22.00 hours on 3 March B.E. 2564 (2021) until further notice.",
            [("3 March B.E. 2564 (2021)", "2021-03-03")],
        ),
        (
            "The court dissolved the party on 21 February 2563 B.E., its ruling said.",
            [("21 February 2563 B.E.", "2020-02-21")],
        ),
        (
            "Under the Computer Crimes Act B.E. 2550 (2007), the posts are illegal.",
            [("B.E. 2550 (2007)", "2007")],
        ),
    ],
)
def test_a_day_of_the_buddhist_era_is_converted(nlp, text: str, expected: list) -> None:
    assert _dates(nlp, text, "2024-05-02") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 1 Meskerem is 11 September, or 12 September in the year before our leap year
        (
            "Soldiers fired on the crowd on Tikimt 5, 2011 in the Ethiopian calendar.",
            [("Tikimt 5, 2011", "2018-10-15")],
        ),
        (
            "The curfew was lifted on 10 Hidar 2016 (20 November 2023), the state broadcaster said.",
            [("10 Hidar 2016", "2023-11-20"), ("20 November 2023", "2023-11-20")],
        ),
    ],
)
def test_a_day_of_the_ethiopian_calendar_is_converted(nlp, text: str, expected: list) -> None:
    assert _dates(nlp, text, "2024-05-02") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The curfew ran from 1 Muharram 1442 (20 August 2020) until the end of the month.",
            [("20 August 2020", "2020-08-20"), ("the end of the month", "2020-08")],
        ),
        ("The fatwa was issued in Shawwal 1439 AH by the council.", []),
    ],
)
def test_a_year_of_the_islamic_calendar_is_no_year_of_ours(nlp, text: str, expected: list) -> None:
    assert _dates(nlp, text, "2024-05-02") == expected


# --- "a week earlier", "two weeks later" after a day: that day, moved by whole weeks ----------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The attack came on July 21. A week earlier, police had raided the office.",
            [("July 21", "2019-07-21"), ("A week earlier", "2019-07-14")],
        ),
        (
            "The attack came on July 21. Two weeks later, the chief resigned.",
            [("July 21", "2019-07-21"), ("Two weeks later", "2019-08-04")],
        ),
    ],
)
def test_a_count_of_weeks_from_a_day_is_a_day(nlp, text: str, expected: list) -> None:
    assert _dates(nlp, text, "2019-08-10") == expected


def test_the_week_before_a_day_is_still_a_week(nlp) -> None:
    # a guard (passed before): "the week before" names the week, not a day
    found = _dates(
        nlp, "The attack came on July 21. The week before, police had raided the office.", "2019-08-10"
    )
    assert found == [("July 21", "2019-07-21"), ("The week before", "2019-W28")]


# --- "the week of 12 August": the week that day is in ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Strikes are planned for the week of August 12, the unions said.",
            [("the week of August 12", "2019-W33")],
        ),
        ("Hearings were held in the week of 3 June.", [("the week of 3 June", "2019-W23")]),
    ],
)
def test_the_week_of_a_day_is_its_week(nlp, text: str, expected: list) -> None:
    assert _dates(nlp, text, "2019-08-10") == expected


# --- a day inside what is called for: "called for a week of protests starting on Monday" ------------


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # 8 November 2024 is a Friday: the Monday ahead is the 11th
        (
            "The opposition leader called for a week of protests starting on Monday.",
            "2024-11-08",
            "2024-11-11",
        ),
        # 8 July 2020 is a Wednesday
        (
            "Students called for a new march at 6 pm on Thursday outside the ministry.",
            "2020-07-08",
            "2020-07-09",
        ),
    ],
)
def test_a_day_deeper_in_what_is_called_for_lies_ahead(nlp, text: str, published: str, expected: str) -> None:
    assert [v for _, v in _dates(nlp, text, published)] == [expected]


def test_a_call_for_a_state_is_still_dated_by_the_call(nlp) -> None:
    # a guard (passed before): "called for calm on Thursday" says when the call was made
    assert _dates(nlp, "The president called for calm on Thursday.", "2020-07-08") == [
        ("Thursday", "2020-07-02")
    ]
