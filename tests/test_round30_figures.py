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
