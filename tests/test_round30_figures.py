"""Figures, round 30.

Every sentence here was written for tally while reading the errors of the
round-30 tune splits (VOA, Wikinews, TR-News, GeoWebNews and our own work
splits); none is copied from an article or a gold set.
"""

from __future__ import annotations

import pytest

from tests._figure_roles import figure_values

pytestmark = pytest.mark.model

#: The publication date every sentence here is read with.
_PUBLISHED = "2024-08-10"


def _values(text: str) -> list[float]:
    return figure_values(text, _PUBLISHED)


# --- a bare count as the subject of an active verb counts the people who did it


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Thousands poured into the square after dusk, waving flags.", 1000),
        ("By noon more than 4,000 had crossed the river into the next province.", 4000),
        ("In October tens of thousands answered the party's call to stay home.", 10000),
        ("Dozens slept outside the court building on Tuesday night.", 12),
        ("About 600 walked out of the factory when the manager was detained.", 600),
    ],
)
def test_bare_count_as_subject_of_an_active_verb_is_a_figure(text: str, count: float) -> None:
    assert count in _values(text)


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("The two met in Geneva on Monday to discuss the ceasefire.", 2),  # a definite pair named before
        ("Two said they had not been told why the road was closed.", 2),  # who speaks: sources
        ("The average of 30 key stocks climbed 2 points by noon.", 2),  # an amount rising, no actor
    ],
)
def test_bare_count_that_is_no_actor_stays_no_figure(text: str, count: float) -> None:
    assert count not in _values(text)


# --- a count whose noun is left out: it counts what the count before it in the sentence counts


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("The rebels attacked 40 villages in March, compared with 12 in February.", 12),
        ("Militants carried out 230 raids last year, compared to 95 the year before.", 95),
        ("Lima reported 61 deaths on Sunday, and Cusco 17.", 17),
    ],
)
def test_count_with_its_noun_left_out_is_a_figure(text: str, count: float) -> None:
    assert count in _values(text)


def test_earlier_value_of_a_total_is_a_figure() -> None:
    text = "Monitors said 1,300 people were being held on Friday. The tally was up from 716 a week earlier."
    assert 716 in _values(text)


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Flight 752 was shot down after take-off, and 176 people died.", 752),  # a name's number
        ("The court compared the 2019 ruling with Resolution 2231.", 2231),  # no count before it
    ],
)
def test_number_of_a_name_stays_no_figure(text: str, count: float) -> None:
    assert count not in _values(text)
