"""Dates of real crackdown reports, tenth round.

Written from probe articles of our own in the held-out genres (an AFP court
story from Algiers, an Amnesty release on Sri Lanka dated only by its month,
encyclopaedia pages on Zimbabwe and Mahabad, a Myanmar Now court report, an
HRW anniversary release on Iran 2019, Tehran Times, a Reuters story from
Baghdad with a correction footer, and others). Every sentence here is written
for these tests; each one failed before its rule unless it says it is a guard.
"""

from __future__ import annotations

import pytest

from tests.test_dates_places_round5 import _dates

pytestmark = pytest.mark.model


# --- two months joined by "and"/"to" whose last end carries "last year", "this year" ---------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Police detained 300 people between May and June last year, the group said.",
            [("May and June last year", "2022-05/2022-06")],
        ),
        (
            "He was convicted over posts he wrote between February and April this year.",
            [("February and April this year", "2023-02/2023-04")],
        ),
        (
            "Strikes paralysed the ports from October to December last year.",
            [("October to December last year", "2022-10/2022-12")],
        ),
    ],
)
def test_a_month_interval_takes_the_year_its_last_end_gives(nlp, text: str, expected: list) -> None:
    assert _dates(nlp, text, "2023-05-10") == expected


def test_a_month_interval_across_the_new_year_with_last_year(nlp) -> None:
    text = "Fuel queues grew between November and January last year."
    assert _dates(nlp, text, "2023-05-10") == [("November and January last year", "2021-11/2022-01")]


def test_two_listed_months_take_the_year_the_second_gives(nlp) -> None:
    # a guard (passed before): listed months are two dates, the first of the second's year
    text = "She was fined for comments she posted in October and November last year."
    assert _dates(nlp, text, "2021-03-19") == [("October", "2020-10"), ("November last year", "2020-11")]


def test_a_month_interval_with_this_year_after_a_month_only_publication_date(nlp) -> None:
    text = "Arrests rose between March and May this year, the report says."
    assert _dates(nlp, text, "2022-08") == [("March and May this year", "2022-03/2022-05")]


def test_two_listed_months_with_last_year_after_a_nearer_reading(nlp) -> None:
    # alone, "May" of an article of 10 May 2023 would be that May
    text = "Riot police raided the campus in May and June last year."
    assert _dates(nlp, text, "2023-05-10") == [("May", "2022-05"), ("June last year", "2022-06")]


# --- a month or day followed by "that year", "of the same year": the year of the story ------------


def test_a_day_followed_by_that_year_takes_the_year_of_the_date_before(nlp) -> None:
    text = "The strike began on 14 March 2018, and the army was deployed on 2 May that year."
    assert _dates(nlp, text, "2023-05-10") == [
        ("14 March 2018", "2018-03-14"),
        ("2 May that year", "2018-05-02"),
    ]


def test_a_month_followed_by_of_the_following_year_is_of_the_year_after(nlp) -> None:
    text = "Protests broke out in Basra in July 2018. They returned in October of the following year."
    assert _dates(nlp, text, "2023-05-10") == [
        ("July 2018", "2018-07"),
        ("October of the following year", "2019-10"),
    ]


def test_a_month_of_the_same_year_in_an_undated_page(nlp) -> None:
    text = "Two men were sentenced on 8 January 2023. Their sentences were upheld in March of the same year."
    assert _dates(nlp, text, None) == [
        ("8 January 2023", "2023-01-08"),
        ("March of the same year", "2023-03"),
    ]


def test_the_same_year_looks_back_past_a_date_inside_a_nouns_phrase(nlp) -> None:
    # the police station burned in October 2022; the sentences were handed down, and upheld, in 2023
    text = (
        "A court sentenced two men on 8 January 2023 over the burning of a police station in October 2022. "
        "Their sentences were upheld in March of the same year."
    )
    assert _dates(nlp, text, None)[-1] == ("March of the same year", "2023-03")


def test_that_year_alone_still_takes_the_year_before(nlp) -> None:
    # a guard (passed before): "that year" with no month before it is the year of the date before
    text = "The movement was born in 2019. Later that year, its leaders were jailed."
    assert _dates(nlp, text, "2023-05-10") == [("2019", "2019"), ("Later that year", "2019")]


# --- a yearless day told in the plain past does not lie after the day of writing --------------------


def test_a_yearless_day_of_a_plain_past_clause_just_after_the_publication_day_is_last_years(nlp) -> None:
    # an anniversary report of 17 November 2020: the 18th of this November has not come yet
    text = "Security forces surrounded protesters in a marsh on November 18 and opened fire."
    assert _dates(nlp, text, "2020-11-17") == [("November 18", "2019-11-18")]


def test_a_yearless_day_with_its_weekday_just_after_publication_keeps_its_reading(nlp) -> None:
    # a guard: the weekday says which year; a wire story may be filed the day before its dateline
    text = "The newspaper said in an editorial on Monday, Oct. 26, that the killing was an act of terror."
    assert _dates(nlp, text, "1998-10-25") == [("Monday, Oct. 26", "1998-10-26")]


def test_a_yearless_day_just_after_publication_that_was_set_keeps_its_reading(nlp) -> None:
    # a guard (passed before): a day set may lie ahead, whatever the tense of setting it
    text = "The court said the hearing was set for November 18."
    assert _dates(nlp, text, "2020-11-17") == [("November 18", "2020-11-18")]


# --- a verb of setting or putting off with "on" a day: the day of the deed ------------------------


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("The verdict was postponed on Monday for the third time.", "2022-01-08", [("Monday", "2022-01-03")]),
        ("Rioters set fire to the governor's office on Friday.", "2019-11-20", [("Friday", "2019-11-15")]),
        (
            "He said 100 banks had been set on fire across the country between Friday and Monday.",
            "2019-11-20",
            [("Friday and Monday", "2019-11-15/2019-11-18")],
        ),
    ],
)
def test_a_past_verb_of_setting_or_putting_off_on_a_day_was_done_that_day(
    nlp, text: str, published: str, expected: list
) -> None:
    # the Monday (Friday) just before publication, not the one just after
    assert _dates(nlp, text, published) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The hearing was set for Friday.", "2019-11-22"),
        ("The vote was postponed to Friday.", "2019-11-22"),
        ("The rally was planned for Friday.", "2019-11-22"),
        ("Exiles planned a large demonstration on Friday.", "2019-11-22"),
    ],
)
def test_the_day_a_verb_of_setting_or_putting_off_sets_still_lies_ahead(
    nlp, text: str, expected: str
) -> None:
    # a guard (passed before): "for", "to" give the day set, which may lie ahead
    assert _dates(nlp, text, "2019-11-20") == [("Friday", expected)]
