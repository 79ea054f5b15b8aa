"""Dates of real crackdown reports, nineteenth round.

Constructions met in public crackdown reporting (UN briefing notes, rights
groups' releases, news reports), each shown here by a sentence written for
these tests; each case failed before its rule unless it says it is a guard.
"""

from __future__ import annotations

import pytest

from tests.test_dates_places_round5 import _dates

pytestmark = pytest.mark.model


# --- a count of days "after that", "afterwards", "before", "prior": from the date before ---------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Riot police beat a student on 16 November. Three days after that, they detained his father.",
            [("16 November", "2019-11-16"), ("Three days after that", "2019-11-19")],
        ),
        (
            "Riot police beat a student on 16 November. Two days afterwards, his father was detained.",
            [("16 November", "2019-11-16"), ("Two days afterwards", "2019-11-18")],
        ),
        (
            "The union called a strike on 16 November. A week afterward, its leaders were in jail.",
            [("16 November", "2019-11-16"), ("A week afterward", "2019-11-23")],
        ),
        (
            "The rally was banned on 16 November. Two days before, police had raided the party office.",
            [("16 November", "2019-11-16"), ("Two days before", "2019-11-14")],
        ),
        (
            "The rally was banned on 16 November; four days prior, the organisers were summoned.",
            [("16 November", "2019-11-16"), ("four days prior", "2019-11-12")],
        ),
        (
            "The rally was banned on 16 November. Two days before that, police had raided the office.",
            [("16 November", "2019-11-16"), ("Two days before that", "2019-11-14")],
        ),
    ],
)
def test_a_count_after_that_or_afterwards_counts_from_the_date_before(nlp, text: str, expected: list) -> None:
    """ "Three days after that", "two days afterwards", "two days before," count from the date
    mentioned before, as "three days later" and "two days earlier" already did."""
    assert _dates(nlp, text, "2019-11-20") == expected


@pytest.mark.parametrize(
    "text",
    [
        # guards: what follows is what the count is from, an event and no date
        "The rally was banned on 16 November. Two days before the vote, police raided the office.",
        "The rally was banned on 16 November. Three days after that vote, police raided the office.",
        "The rally was banned on 16 November. Two days prior to the vote, police raided the office.",
        "The rally was banned on 16 November. Marchers gathered a year after 'Black Sunday' in the square.",
    ],
)
def test_a_count_before_an_event_is_not_counted_from_the_date_before(nlp, text: str) -> None:
    found = _dates(nlp, text, "2019-11-20")
    assert found[0] == ("16 November", "2019-11-16")
    assert all(value not in {"2019-11-14", "2019-11-19", "2020-11-16"} for _, value in found)


# --- a fortnight: two weeks ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A fortnight ago, soldiers opened fire on mourners in the north.",
            [("A fortnight ago", "2019-W45")],
        ),
        (
            "Soldiers opened fire on mourners on 2 November. A fortnight later, the curfew was lifted.",
            [("2 November", "2019-11-02"), ("A fortnight later", "2019-11-16")],
        ),
        (
            "Soldiers opened fire on mourners on 2 November. Two fortnights later, the curfew was lifted.",
            [("2 November", "2019-11-02"), ("Two fortnights later", "2019-11-30")],
        ),
    ],
)
def test_a_fortnight_is_two_weeks(nlp, text: str, expected: list) -> None:
    """British and UN prose counts in fortnights: "a fortnight ago", "a fortnight later"."""
    assert _dates(nlp, text, "2019-11-20") == expected


def test_a_fortnight_guard_a_week_still_one_week(nlp) -> None:
    # guard: the week as before
    assert _dates(nlp, "A week ago, soldiers opened fire on mourners.", "2019-11-20") == [
        ("A week ago", "2019-W46")
    ]


# --- "from the 15th to the 17th": one interval of days of the month before -----------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Protests began in November. From the 15th to the 17th, the internet was cut nationwide.",
            [("November", "2019-11"), ("the 15th to the 17th", "2019-11-15/2019-11-17")],
        ),
        (
            "Protests began in November. Between the 15th and the 17th, the internet was cut nationwide.",
            [("November", "2019-11"), ("the 15th and the 17th", "2019-11-15/2019-11-17")],
        ),
    ],
)
def test_ordinal_days_from_to_make_one_interval(nlp, text: str, expected: list) -> None:
    assert _dates(nlp, text, "2019-11-20") == expected


def test_ordinal_days_guard_two_separate_days(nlp) -> None:
    # guard: two days in a list, not an interval
    found = _dates(
        nlp, "Protests began in November. On the 15th and on the 17th, police fired on crowds.", "2019-11-20"
    )
    assert ("the 15th", "2019-11-15") in found and ("the 17th", "2019-11-17") in found


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (  # the month told would put the span after writing: the last such month before it
            "Police raided homes on 2 December. From the 15th to the 17th, the internet was cut.",
            "2019-12-05",
            [("2 December", "2019-12-02"), ("the 15th to the 17th", "2019-11-15/2019-11-17")],
        ),
        (  # no month told: the last 15th before writing, in the past tense, and its 17th
            "From the 15th to the 17th, the internet was cut.",
            "2019-12-05",
            [("the 15th to the 17th", "2019-11-15/2019-11-17")],
        ),
    ],
)
def test_ordinal_days_from_to_placed_as_one_day_would_be(
    nlp, text: str, published: str, expected: list
) -> None:
    assert _dates(nlp, text, published) == expected
