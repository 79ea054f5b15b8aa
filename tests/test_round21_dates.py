"""Dates of real crackdown reports, twenty-first round.

Constructions met in public crackdown reporting (South Asian and Latin American outlets' copy,
wire stories, blogs that copy them), each shown here by a sentence written for these tests; each
case failed before its rule unless it says it is a guard.
"""

from __future__ import annotations

import pytest

from tests.test_dates_places_round5 import _dates

pytestmark = pytest.mark.model


# --- a weekday with its day of the month after "the" --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "The court, on Wednesday the 4th, jailed three activists.",
            "2024-09-20",
            [("Wednesday the 4th", "2024-09-04")],
        ),
        (
            "Guards detained the students on Thursday the 12th of September.",
            "2024-09-20",
            [("Thursday the 12th of September", "2024-09-12")],
        ),
        # a past deed: the last Friday the 13th before writing, not the next one, however near
        (
            "On Friday the 13th, the court jailed three activists.",
            "2024-08-23",
            [("Friday the 13th", "2023-10-13")],
        ),
        # known only to its month, the article is still placed: the 18th that was a Sunday
        (
            "On Sunday the 18th, riot police stormed the campus.",
            "2024-09",
            [("Sunday the 18th", "2024-08-18")],
        ),
    ],
)
def test_a_weekday_and_the_day_of_its_month_are_one_date(nlp, text: str, published: str, expected) -> None:
    """ "on Wednesday the 4th", "Thursday the 12th of September": one day, named twice; the
    weekday is not the nearest one on its own, and the day is that weekday's."""
    assert _dates(nlp, text, published) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # guards: a number with no ordinal after "the" counts people; a weekday alone is unchanged
        ("On Friday the 13 detainees were freed.", [("Friday", "2024-09-20")]),
        ("Guards beat the dockers on Wednesday.", [("Wednesday", "2024-09-18")]),
    ],
)
def test_a_weekday_before_a_count_is_unchanged(nlp, text: str, expected) -> None:
    assert _dates(nlp, text, "2024-09-20") == expected


# --- a day word with its day of the month in brackets -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "Several people were arrested at the protest in the capital today (09).",
            "2022-10",
            [("today (09)", "2022-10-09")],
        ),
        (
            "Two activists who went to the police station yesterday (08) were arrested.",
            "2022-10",
            [("yesterday (08)", "2022-10-08")],
        ),
        (
            "The NGO said on Sunday (18) that 1,503 people had been arrested.",
            "2024-08-28",
            [("Sunday (18)", "2024-08-18")],
        ),
        (
            "Police detained the union leader last Friday (4) at his home.",
            "2024-10-15",
            [("last Friday (4)", "2024-10-04")],
        ),
    ],
)
def test_a_day_of_the_month_in_brackets_names_the_day(nlp, text: str, published: str, expected) -> None:
    """ "today (09)", "yesterday (08)", "on Sunday (18)": South Asian and Lusophone copy writes the
    day of the month in brackets after the day word; it says which day is meant, also when the
    article is published days later or known only by its month."""
    assert _dates(nlp, text, published) == expected


def test_a_weekday_in_brackets_after_yesterday_names_the_day(nlp) -> None:
    # "yesterday (Wednesday)" in a report published on Friday: written on Thursday
    assert _dates(nlp, "Guards beat ten dockers yesterday (Wednesday).", "2024-08-23") == [
        ("yesterday (Wednesday)", "2024-08-21")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # guards: brackets that hold no day of the month
        ("Police detained 40 people on Sunday (see map).", [("Sunday", "2024-08-25")]),
        ("Police detained 40 people on Sunday (12 of them minors).", [("Sunday", "2024-08-25")]),
        (
            "Police detained 40 people on Sunday (August 25).",
            [("Sunday", "2024-08-25"), ("August 25", "2024-08-25")],
        ),
    ],
)
def test_brackets_without_a_lone_day_leave_the_day_word(nlp, text: str, expected) -> None:
    assert _dates(nlp, text, "2024-08-28") == expected


# --- a weekday after "the night of", "the evening of" -----------------------------------------------


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "Police arrested 40 people on the night of Friday to Saturday.",
            "2024-09-11",
            [("Friday to Saturday", "2024-09-06/2024-09-07")],
        ),
        ("Riot police raided the camp on the evening of Sunday.", "2024-09-13", [("Sunday", "2024-09-08")]),
        ("On the morning of Sunday, riot police raided the camp.", "2024-09-13", [("Sunday", "2024-09-08")]),
    ],
)
def test_a_part_of_a_day_takes_the_tense_of_its_verb(nlp, text: str, published: str, expected) -> None:
    """ "arrested … on the night of Friday to Saturday": the day hangs from the part of the day,
    which is when the verb was done; it takes the verb's tense, so a past deed's Friday is the one
    gone, not the one to come."""
    assert _dates(nlp, text, published) == expected


def test_a_part_of_a_day_still_looks_ahead_with_will(nlp) -> None:
    # guard
    assert _dates(nlp, "Police will raid the camp on the night of Sunday.", "2024-09-11") == [
        ("Sunday", "2024-09-15")
    ]


# --- a month written in small letters after its day --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Soldiers fired on the crowd on 20th october, 2020.", [("20th october, 2020", "2020-10-20")]),
        (
            "For the families, 20th october 2020 can never be forgotten.",
            [("20th october 2020", "2020-10-20")],
        ),
        ("Soldiers fired on the crowd on the 20th of october.", [("20th of october", "2020-10-20")]),
    ],
)
def test_a_month_in_small_letters_after_its_day(nlp, text: str, expected) -> None:
    """ "on 20th october, 2020": copies that lower every word still write a date; after a day
    number a month's name in small letters is that month (not "may" or "march", which are words)."""
    assert _dates(nlp, text, "2021-02-10") == expected


def test_may_in_small_letters_after_an_ordinal_is_a_verb(nlp) -> None:
    # guard
    assert _dates(nlp, "The 5th may be the last march of the year.", "2021-02-10") == []
