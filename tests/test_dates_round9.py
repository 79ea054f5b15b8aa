"""Dates of real crackdown reports, ninth round.

Written from probe articles of our own in the held-out genres (an AFP story
from Dakar, an encyclopaedia page on protests in Togo and one on Iraq, an
Amnesty release on Uganda dated only by its month, Cuban state media, an HRW
release on Papua, a Reuters story from Beirut, an OHCHR briefing on Tunisia, a
live blog from Santiago, an exile site on Iran, a Reuters story from Cairo, a
Viasna monthly report, an AFP story from Algiers). Every sentence here is
written for these tests; each one failed before its rule unless it says it is
a guard.
"""

from __future__ import annotations

import pytest

from tests.test_dates_places_round5 import _dates

pytestmark = pytest.mark.model


# --- a day given for a protest or strike that is called for lies ahead ------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The opposition alliance called for a general strike on Thursday.", "2024-03-14"),
        ("Student unions have called for fresh protests on Thursday.", "2024-03-14"),
    ],
)
def test_a_weekday_of_a_protest_called_for_lies_ahead(nlp, text: str, expected: str) -> None:
    # published on Saturday 9 March 2024: the Thursday just past is nearer
    assert _dates(nlp, text, "2024-03-09") == [(text.split(" on ")[-1].split(",")[0].rstrip("."), expected)]


@pytest.mark.parametrize(
    "text",
    [
        "The African Union called for restraint on Thursday.",
        "Amnesty International called on the authorities to free the detainees on Thursday.",
    ],
)
def test_a_weekday_of_a_call_for_calm_is_the_day_of_the_call(nlp, text: str) -> None:
    # a guard (passed before): restraint, or freeing, is no protest held on a day; the day is the call's
    assert _dates(nlp, text, "2024-03-09") == [("Thursday", "2024-03-07")]


def test_a_weekday_of_a_protest_called_for_in_a_past_story_keeps_its_reading(nlp) -> None:
    # a guard: the day the strike was held is told as past ("shops stayed shut")
    text = "Unions called a strike on Monday, and shops stayed shut across the city."
    assert _dates(nlp, text, "2024-03-09") == [("Monday", "2024-03-04")]


# --- an interval whose ends differ in granularity --------------------------------------------


def test_an_interval_from_a_year_to_a_month_of_another_year(nlp) -> None:
    text = "Police recorded 410 arrests between 2016 and March 2019, the report said."
    assert _dates(nlp, text, "2020-05-04") == [("2016 and March 2019", "2016/2019-03")]


def test_an_interval_from_a_month_to_a_year(nlp) -> None:
    text = "The curfew was renewed every month from June 2020 to 2022."
    assert _dates(nlp, text, "2023-05-04") == [("June 2020 to 2022", "2020-06/2022")]


def test_an_infobox_date_row_from_a_day_to_a_month(nlp) -> None:
    text = "2018–2019 Gabonese protests\nDate\t3 March 2018 – June 2019\nLocation\tGabon\n"
    assert ("3 March 2018 – June 2019", "2018-03-03/2019-06") in _dates(nlp, text, None)


# --- a yearless day in the clause of a year written before it in the sentence ------------------


def test_a_yearless_day_after_a_year_in_a_when_clause_is_of_that_year(nlp) -> None:
    text = "Prices have soared since mid-2018, when the currency collapsed on Aug. 13 after new sanctions."
    found = _dates(nlp, text, "2021-05-04")
    assert ("Aug. 13", "2018-08-13") in found


def test_a_yearless_day_under_a_verb_joined_without_a_subject_is_of_the_year(nlp) -> None:
    text = "In 2017, nine students were detained and tortured after a rally at the university on 4 June."
    found = _dates(nlp, text, "2021-01")
    assert ("4 June", "2017-06-04") in found


def test_a_yearless_day_in_a_clause_with_a_subject_of_its_own_keeps_its_reading(nlp) -> None:
    # a guard (passed before): a joined clause with its own subject has a time of its own
    text = "In 2017 the court banned the party, and police raided its offices on 4 June."
    found = _dates(nlp, text, "2021-06-20")
    assert ("4 June", "2021-06-04") in found


# --- a day on a state that a future verb keeps ("will stay closed until Monday") ------------------


def test_a_weekday_on_an_adjective_of_a_future_verb_lies_ahead(nlp) -> None:
    # a live blog's stamp, no publication date: without the tense, the Monday before Friday is nearer
    text = "Sat 9 Mar 2024 14.05 GMT\n\nRioters burned 12 banks on Friday, and most branches will stay closed until Monday."
    assert _dates(nlp, text, None)[1:] == [("Friday", "2024-03-08"), ("Monday", "2024-03-11")]


def test_a_weekday_on_an_adjective_of_a_past_verb_is_past(nlp) -> None:
    # a guard (passed before)
    text = "Sat 9 Mar 2024 14.05 GMT\n\nRioters burned 12 banks on Friday, and most branches remained closed until Monday."
    assert _dates(nlp, text, None)[1:] == [("Friday", "2024-03-08"), ("Monday", "2024-03-04")]


def test_a_weekday_of_a_protest_that_had_been_called_for_keeps_its_reading(nlp) -> None:
    # a guard (passed before): "had called" lies before a past the story tells
    text = "The opposition had called for protests on Thursday, and thousands marched in the capital."
    assert _dates(nlp, text, "2024-03-09") == [("Thursday", "2024-03-07")]


# --- a past participle that tells what was done ("a report released on Friday") is past ---------


@pytest.mark.parametrize(
    "text",
    [
        "A medical report released on Friday said the student died of his wounds.",
        "In a video posted on Friday, the exiled blogger urged calm.",
        "The figures, published on Friday, could not be verified.",
        "Released on Friday, the list names 40 detained journalists.",
    ],
)
def test_a_weekday_of_a_participle_of_something_done_is_past(nlp, text: str) -> None:
    # published on Wednesday 5 October 2022: the coming Friday is nearer than the one past
    assert _dates(nlp, text, "2022-10-05") == [("Friday", "2022-09-30")]


@pytest.mark.parametrize(
    "text",
    [
        "The verdict, expected on Friday, could be delayed again.",
        "The curfew, extended until Friday, keeps the markets shut.",
    ],
)
def test_a_weekday_of_a_participle_of_expecting_or_a_bound_lies_ahead(nlp, text: str) -> None:
    # a guard (passed before)
    assert _dates(nlp, text, "2022-10-05") == [("Friday", "2022-10-07")]


def test_a_past_weekday_after_a_weekday_of_its_sentence_may_go_on_to_the_day_of_writing(nlp) -> None:
    # a live blog's date, no publication date: the Friday is the day of writing, not a week before
    text = "Friday 6 December 2024\n\nRiot police fired tear gas at students late on Thursday and early on Friday."
    assert _dates(nlp, text, None)[1:] == [("Thursday", "2024-12-05"), ("Friday", "2024-12-06")]
