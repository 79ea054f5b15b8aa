"""Figures' categories, thirty-sixth round: two constructions of real reporting.

A total whose people are in custody ("brought to seven the number of people in custody",
"put the number of journalists behind bars at 45") counts the held. A crowd's size set at a
count of people ("put attendance at between 8,000 and 9,000 people") counts the crowd, as "put
attendance at 9,000" did. Every sentence here was written for tally; none is copied from a page
or a gold set. Each case failed before its rule unless it says it is a guard.
"""

from __future__ import annotations

import pytest

from tests._figure_roles import figure_categories, figure_span

pytestmark = pytest.mark.model

#: The publication date every sentence here is read with.
_PUBLISHED = "2024-06-12"


def _pairs(text: str) -> list[tuple[float, str]]:
    return figure_categories(text, _PUBLISHED)


def _span_of(text: str, value: float) -> str:
    """The text of the figure of *value*, cut by its offsets."""
    return figure_span(text, value, _PUBLISHED)


@pytest.mark.parametrize(
    ("text", "value", "span"),
    [
        (
            "The latest raid brought to seven the number of people in custody in connection with the fires.",
            7,
            "seven",
        ),
        ("The latest raid brought the number of people in custody to seven.", 7, "seven"),
        ("Officials put the number of journalists behind bars at 45.", 45, "45"),
        ("The number of protesters in custody has risen to 140, lawyers said.", 140, "140"),
    ],
)
def test_total_of_people_in_custody(text: str, value: float, span: str) -> None:
    """ "the number of people in custody" is a total of the held (``detained``), wherever the parser
    hangs "in custody"; before, ``other`` (or ``protesters`` for "the number of protesters")."""
    assert (value, "detained") in _pairs(text)
    assert _span_of(text, value) == span


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The number of people in the square rose to 300.", [(300, "other")]),
        ("The number of people who died in custody rose to 14.", [(14, "killed")]),
        ("The number of deaths in custody rose to 14.", [(14, "killed")]),
        (
            "Another sweep brought to 23 the number of people in detention over the unrest.",
            [(23, "detained")],
        ),
    ],
)
def test_total_in_custody_guard(text: str, expected: list[tuple[float, str]]) -> None:
    """Guard: a place that holds no one, and deaths in custody (killings outrank the held), stay."""
    assert _pairs(text) == expected


@pytest.mark.parametrize(
    ("text", "value", "span"),
    [
        (
            "A monitoring group put attendance at between 90,000 and 110,000 people.",
            90000,
            "between 90,000 and 110,000",
        ),
        ("Organisers put attendance at some 15,000 people.", 15000, "some 15,000"),
        (
            "Local media put the size of the crowd at between 20,000 and 30,000 people.",
            20000,
            "between 20,000 and 30,000",
        ),
    ],
)
def test_crowd_size_set_at_people(text: str, value: float, span: str) -> None:
    """ "put attendance at between 90,000 and 110,000 people": the people a crowd's size is set at
    are the crowd, as the bare count was ("put attendance at 9,000"); before, ``other``."""
    assert (value, "protesters") in _pairs(text)
    assert _span_of(text, value) == span


@pytest.mark.parametrize(
    "text",
    [
        "Officials put the size of the militia at between 2,000 and 3,000 fighters.",
        "The ministry put the number of residents at between 2,000 and 3,000 people.",
    ],
)
def test_crowd_size_guard(text: str) -> None:
    """Guard: the size of a force or a number of residents is no crowd."""
    assert _pairs(text) == [(2000, "other")]
