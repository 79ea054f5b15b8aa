"""Dates of real crackdown reports, fifteenth round.

Written from probe articles of our own in the held-out genres (a live page on
Kenya's finance-bill protests, coverage of a coroner's inquest in Freetown, a
weekly rights bulletin on Bangladesh's July 2024 protests, a Q&A with a rights
defender in Tbilisi, a translated report on the Conakry stadium-massacre trial,
a weekly digest on Kazakhstan's January 2022 unrest). Every sentence here is
written for these tests; each one failed before its rule unless it says it is
a guard.
"""

from __future__ import annotations

import pytest

from tests.test_dates_places_round5 import _dates

pytestmark = pytest.mark.model


# --- a date that names an event with "of" does not date the clause it sits in -----------------------


@pytest.mark.parametrize(
    ("text", "published", "weekday", "value"),
    [
        (
            "FREETOWN, 3 November 2022 - The inquiry into the shootings of 14 September was adjourned "
            "on Wednesday until next month.",
            "2022-11-03",
            "Wednesday",
            "2022-11-02",
        ),
        (
            "The trial over the massacre of 7 March 2011 resumed on Monday before the high court.",
            "2022-11-16",
            "Monday",
            "2022-11-14",
        ),
    ],
)
def test_a_weekday_after_the_killings_of_a_date_is_not_that_date(
    nlp, text: str, published: str, weekday: str, value: str
) -> None:
    found = _dates(nlp, text, published)
    assert (weekday, value) in found


def test_a_day_that_dates_the_clause_still_sets_the_weekday(nlp) -> None:
    """Guard (passed before): "On 14 September … on Monday" is still read from that day."""
    text = "On 14 September 2021 the committee met, and on Monday it published its findings."
    found = dict(_dates(nlp, text, "2022-11-16"))
    assert found["Monday"].startswith("2021-09")  # the week of that day, not of writing


# --- "the week ending 14 January": the week a bulletin or digest closes with --------------------------


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("Rights Weekly: the week ending 9 March 2025", "the week ending 9 March 2025", "2025-W10"),
        ("Regional digest — Week ending 7 February 2025", "Week ending 7 February 2025", "2025-W06"),
        (
            "Arrests doubled in the week ended March 2, police figures show.",
            "the week ended March 2",
            "2025-W09",
        ),
        ("Hearings resume in the week beginning 17 March.", "the week beginning 17 March", "2025-W12"),
    ],
)
def test_the_week_ending_a_day_is_that_week(nlp, text: str, span: str, value: str) -> None:
    assert (span, value) in _dates(nlp, text, "2025-03-10")


def test_weeks_ending_a_day_count_no_week(nlp) -> None:
    """Guard: "two weeks ending 9 March" is a stretch, and "the strike ended 9 March" a day."""
    assert ("9 March", "2025-03-09") in _dates(nlp, "The strike ended 9 March.", "2025-03-10")


# --- "the night of 4 to 5 May": what counts from the night counts from its eve ------------------------


def test_that_night_after_a_night_of_two_days_is_its_eve(nlp) -> None:
    # since round 43 "that night" is placed but not listed; the day after it shows where it was placed
    text = (
        "Riot police charged on the night of 3 to 4 May. Dozens of people detained that night "
        "said they were beaten. The next day, the army withdrew."
    )
    found = _dates(nlp, text, "2025-05-10")
    assert ("3 to 4 May", "2025-05-03/2025-05-04") in found
    assert ("The next day", "2025-05-04") in found


def test_the_following_day_after_a_night_of_two_days_is_its_morning(nlp) -> None:
    text = "A curfew was declared in the capital on the night of 8-9 March and nationwide the following day."
    found = _dates(nlp, text, "2025-03-20")
    assert ("the following day", "2025-03-09") in found


def test_the_next_day_after_two_days_of_talks_is_after_both(nlp) -> None:
    """Guard (passed before): a span of two days that is no night counts from its end."""
    text = "The talks ran from 8 to 9 March. The next day, the unions called off the strike."
    assert ("The next day", "2025-03-10") in _dates(nlp, text, "2025-03-20")


# --- "the 28th" of a past clause is not a day still to come in the month of writing -----------------


@pytest.mark.parametrize(
    ("text", "published", "day", "value"),
    [
        (
            "On Monday, March 3, police raided the union's offices. The ministry says 140 people have "
            "been detained since the 27th.",
            "2025-03-07",
            "the 27th",
            "2025-02-27",
        ),
        (
            "The governor said on 2 April that order had returned. He had visited the market on the 20th.",
            "2025-04-12",
            "the 20th",
            "2025-03-20",
        ),
    ],
)
def test_a_past_day_of_the_month_after_writing_is_of_the_month_before(
    nlp, text: str, published: str, day: str, value: str
) -> None:
    assert (day, value) in _dates(nlp, text, published)


@pytest.mark.parametrize(
    ("text", "day", "value"),
    [
        ("On 2 April the tribunal sat, and it is due to reconvene on the 18th.", "the 18th", "2025-04-18"),
        ("The tribunal sat on 2 April and adjourned until the 28th.", "the 28th", "2025-04-28"),
        ("The vote is set for April. Campaigning ended on the 28th.", "the 28th", "2025-04-28"),
    ],
)
def test_a_day_of_the_month_set_ahead_stays_in_its_month(nlp, text: str, day: str, value: str) -> None:
    """Guard (passed before): a day set ahead, or of a month told only as a month, keeps its month."""
    assert (day, value) in _dates(nlp, text, "2025-04-12")


# --- "adjourned the case until 19 January": the day a thing is put off to lies ahead ------------------


@pytest.mark.parametrize(
    ("text", "date", "value"),
    [
        ("The magistrate adjourned the trial of the 40 students until 24 March.", "24 March", "2025-03-24"),
        ("The governor extended the curfew in the northern districts to Monday.", "Monday", "2025-03-17"),
        ("The hearing was postponed until Thursday at the request of the defence.", "Thursday", "2025-03-20"),
        ("The magistrate remanded the activists in custody until 2 April.", "2 April", "2025-04-02"),
    ],
)
def test_a_day_put_off_to_is_ahead(nlp, text: str, date: str, value: str) -> None:
    assert (date, value) in _dates(nlp, text, "2025-03-14")


def test_a_day_put_off_to_follows_the_day_its_sentence_gave(nlp) -> None:
    """Guard (passed before): after "On 5 March 2021", the day put off to is in that March, not ahead of writing."""
    text = "On 5 March 2021, the tribunal adjourned the case of the 40 students until 19 March."
    assert ("19 March", "2021-03-19") in _dates(nlp, text, "2024-06-01")


def test_a_day_something_lasted_until_is_behind(nlp) -> None:
    """Guard (passed before): "remained closed until Monday" is over."""
    assert ("Monday", "2025-03-10") in _dates(nlp, "Shops remained closed until Monday.", "2025-03-14")


# --- one reader for the Persian and the Ethiopian months: each reads what the other did ---------------


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        (
            "Troops entered the town on the 10th of Hidar 2016 in the Ethiopian calendar.",
            "10th of Hidar 2016",
            "2023-11-20",
        ),
        ("Protests began on 24 Aban, 1398 in Tehran.", "24 Aban, 1398", "2019-11-15"),
    ],
)
def test_a_day_of_another_calendar_with_of_or_a_comma(nlp, text: str, span: str, value: str) -> None:
    assert (span, value) in _dates(nlp, text, "2023-12-01")


def test_an_ethiopian_month_alone_is_still_no_date(nlp) -> None:
    """Guard (passed before): an Ethiopian month needs a day and its year; "Sene" is also a name."""
    found = _dates(nlp, "Sene 2015 was a hard year, said Sene Tadesse.", "2023-12-01")
    assert not any("Sene" in text for text, _ in found)
