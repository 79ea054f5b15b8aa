"""Dates of real crackdown reports, twenty-first round, second pass.

Constructions met in public crackdown reporting, each shown by a sentence written for these tests;
each case failed before its rule unless it says it is a guard.
"""

from __future__ import annotations

import pytest

from tests.test_dates_places_round5 import _dates

pytestmark = pytest.mark.model


# --- a relative day word with its full date in brackets ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "Riot police broke up the sit-in last Friday (October 4) before dawn.",
            "2024-10-15",
            [("last Friday", "2024-10-04"), ("October 4", "2024-10-04")],
        ),
        (
            "The lawyers were detained yesterday (3 March) outside the court.",
            "2024-03-05",
            [("yesterday", "2024-03-03"), ("3 March", "2024-03-03")],
        ),
        (
            "Students gathered again today (June 9) at the gates.",
            "2024-06-11",
            [("today", "2024-06-09"), ("June 9", "2024-06-09")],
        ),
    ],
)
def test_a_relative_day_word_takes_the_date_in_its_brackets(nlp, text: str, published: str, expected) -> None:
    """ "last Friday (October 4)", "yesterday (3 March)": the writer names the day in brackets, which
    settles what counting from a later publication date gets wrong."""
    assert _dates(nlp, text, published) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # guards: a bracketed date of another weekday, or a bracket that dates something else
        (
            "Riot police broke up the sit-in last Friday (October 5).",
            [("last Friday", "2024-10-11"), ("October 5", "2024-10-05")],
        ),
        (
            "Police released him yesterday (he was held since 2 June).",
            [("yesterday", "2024-10-14"), ("2 June", "2024-06-02")],
        ),
    ],
)
def test_a_bracket_that_does_not_restate_the_day_leaves_it(nlp, text: str, expected) -> None:
    assert _dates(nlp, text, "2024-10-15") == expected


# --- a weekday and "the Nth" before the clause's verb ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Saturday the 14th drew thousands to the square.", [("Saturday the 14th", "2024-09-14")]),
        ("Tuesday the 3rd ended with forty arrests.", [("Tuesday the 3rd", "2024-09-03")]),
    ],
)
def test_a_weekday_and_its_day_before_a_verb_are_one_date(nlp, text: str, expected) -> None:
    """ "Saturday the 14th drew thousands": the weekday and the day of its month open the clause as
    its subject; the verb after the ordinal does not make it a count."""
    assert _dates(nlp, text, "2024-09-20") == expected


def test_a_weekday_before_an_ordinal_of_a_noun_is_unchanged(nlp) -> None:
    # guard: "the 14th anniversary" numbers an anniversary, not a day
    assert _dates(nlp, "Crowds marched on Saturday the 14th anniversary of the uprising.", "2024-09-20") == [
        ("Saturday", "2024-09-14")
    ]
