"""Dates of real reports, twenty-eighth round.

The date written is the shortest span that carries its value (ANNOTATION.md, "Dates"): a part of a
period ("early", "mid-", "late") or a season before "of" and its year is kept in no value, so the
date is the rest. Every sentence is written for these tests; each case failed before its rule
unless it says it is a guard.
"""

from __future__ import annotations

import pytest

from tests.test_dates_places_round5 import _dates

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "Dock workers walked out in early March, and the port stayed shut through March.",
            "2024-05-02",
            [("March", "2024-03"), ("March", "2024-03")],
        ),
        (
            "The council was dissolved in mid-2019 after a row over the budget.",
            "2024-05-02",
            [("2019", "2019")],
        ),
        (
            "Late last year, the mayor banned marches in the old town.",
            "2024-05-02",
            [("last year", "2023")],
        ),
        (
            "Farmers blocked the highway in the autumn of 2021 to protest a fuel tax.",
            "2024-05-02",
            [("2021", "2021")],
        ),
    ],
)
def test_a_part_of_a_period_is_not_in_the_date_written(nlp, text: str, published, expected) -> None:
    """ "early March", "mid-2019", "late last year", "the autumn of 2021": the value is the month or
    the year, so the date written is "March", "2019", "last year", "2021"; "early March" and a
    later "March" of the same month are one date, as the golds list it."""
    assert _dates(nlp, text, published) == expected


def test_the_part_still_gives_its_tense(nlp) -> None:
    # the expression is still read whole: "in late December" of a deed done is the December before
    text = "The miners who were detained in late December are still in prison."
    assert _dates(nlp, text, "2025-11-14") == [("December", "2024-12")]


# --- guards ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # an interval keeps its text whole: its parts are inside it
        (
            "The junta ruled from late 2019 to early 2021, when elections were held.",
            "2024-05-02",
            [("late 2019 to early 2021", "2019/2021")],
        ),
        # "earlier this month" is no part of the month: it stays as written
        (
            "Nurses went on strike earlier this month over unpaid wages.",
            "2024-05-20",
            [("earlier this month", "2024-05")],
        ),
        # a weekday with "late" was never read with it ("late Monday" is the day): unchanged
        (
            "The teachers' union said on Tuesday it had met the minister late Monday.",
            "2024-05-02",
            [("Tuesday", "2024-04-30"), ("Monday", "2024-04-29")],
        ),
        # a season without its year, and a winter across two years, are not cut
        ("The winter of 2020–21 was the hardest for the camps.", None, [("winter of 2020–21", "2020/2021")]),
    ],
)
def test_what_carries_no_part_keeps_its_text(nlp, text: str, published, expected) -> None:
    assert _dates(nlp, text, published) == expected


def test_a_late_person_is_no_part_of_a_date(nlp) -> None:
    # guard: "late" before a name, not a date, changes nothing
    text = "Supporters of the late opposition leader marched on Friday."
    assert _dates(nlp, text, "2024-05-04") == [("Friday", "2024-05-03")]
