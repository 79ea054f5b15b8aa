"""Thousands grouped by spaces ("1 500", with a no-break or a narrow space) are one number.
Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from tally.clean.digitgroups import join_digit_groups
from tally.pipeline import analyze


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("at least 1 500 people", "at least 1,500 people"),
        ("at least 1\u00a0500 people", "at least 1,500 people"),
        ("more than 2\u202f300 protesters", "more than 2,300 protesters"),
        ("some 1 250 000 voters", "some 1,250,000 voters"),
        ("a 3 600-metre pass", "a 3,600-metre pass"),
    ],
)
def test_space_grouped_thousands_become_one_number(text: str, expected: str) -> None:
    assert join_digit_groups(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Call 0800 555 111 with any tip.",  # a telephone number opening with 0
        "Reach the office on +41 22 917 0000 today.",  # an international number
        "Between 2019 300 families left.",  # a year before a count: no group of three after it
        "It cost 3.5 000 … no.",  # a decimal before
        "Rooms 12 and 140 were empty.",  # no group of three beside another
    ],
)
def test_other_runs_of_digits_stay(text: str) -> None:
    assert join_digit_groups(text) == text


def test_a_toll_grouped_by_a_no_break_space_is_one_figure() -> None:
    article = analyze(
        "Police detained more than 1\u00a0700 people at the rallies in the capital, the Spring Rights Centre said.\n",
        published="2020-08-12",
    )
    assert [(f.value, f.text) for f in article.figures] == [(1700, "more than 1,700")]
