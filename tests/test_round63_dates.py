"""Dates of round 63: a story told in another year than the one it is published in.

A memoir, an obituary or a document published decades later writes the year
once ("On 7 March 1956 …") and goes on with yearless days ("During the night
of 7 to 8 March", "On 5 March they had …"): those days are of the year just
written, not of the year of publication. Every sentence here is written for
these tests; each one failed before its rule unless it says it is a guard.
"""

from __future__ import annotations

import pytest

from tests.test_dates_places_round5 import _dates

pytestmark = pytest.mark.model


# --- days of an interval going on from the full date just given ----------------------------------


def test_an_interval_of_days_just_after_a_full_date_of_another_year_continues_it(nlp) -> None:
    text = (
        "On 7 March 1956, weavers at the mill stopped work over the new quotas. "
        "During the night of 7 to 8 March, soldiers cleared the yards."
    )
    found = _dates(nlp, text, "1990-03-07")
    assert ("7 to 8 March", "1956-03-07/1956-03-08") in found


def test_days_joined_by_and_after_a_full_date_of_another_year_continue_it(nlp) -> None:
    text = (
        "The dockers walked out on 12 October 1948 and marched on the harbour office. "
        "On 14 and 15 October, the police arrested forty of them."
    )
    found = _dates(nlp, text, "1975-01-20")
    assert ("14 and 15 October", "1948-10-14/1948-10-15") in found


def test_a_day_inside_the_interval_just_given_continues_it(nlp) -> None:
    text = (
        "Sailors seized the arsenal on 2 May 1931. Over 3 to 5 May, the rising spread to the port. "
        "On 4 May the governor fled the city."
    )
    found = _dates(nlp, text, "1961-05-04")
    assert ("4 May", "1931-05-04") in found


# --- a day told a little before the full date just given ------------------------------------------


def test_a_yearless_day_just_before_a_full_date_of_another_year_is_of_its_year(nlp) -> None:
    text = (
        "The colonel reached the port on May 14, 1921, after a week of rioting. "
        "On May 12 a mob had set fire to the customs house."
    )
    found = _dates(nlp, text, "1930-02-03")
    assert ("May 12", "1921-05-12") in found


def test_a_yearless_day_long_before_a_full_date_of_another_year_is_of_publication(nlp) -> None:
    # a guard (passed before): months before the day given, the day is read against writing
    text = (
        "The strike committee was dissolved on 20 November 2019. "
        "Relatives held a vigil outside the court on 2 June, their lawyer said."
    )
    found = _dates(nlp, text, "2021-07-10")
    assert ("2 June", "2021-06-02") in found


def test_the_same_day_again_after_a_crackdown_named_by_its_date_is_its_anniversary(nlp) -> None:
    # a guard (passed before): "the crackdown of 4 June 1989" names an event; "On 4 June" is this year's
    text = (
        "Police banned the vigil for the victims of the crackdown of 4 June 1989. On 3 June, "
        "officers detained six people near the park."
    )
    found = _dates(nlp, text, "2023-06-06")
    assert ("3 June", "2023-06-03") in found
