"""Figures and their categories, round 29.

Every sentence here was written for tally while reading the errors of the
round-29 tune splits (VOA, Wikinews, TR-News, GeoWebNews and our own work
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


# --- a whole after "out of": a proportion only when a bare number stands before "out of"


@pytest.mark.parametrize(
    ("text", "whole"),
    [
        ("The clinic has recorded 12 cholera deaths since March, out of nearly 900 confirmed cases.", 900),
        ("Only three doctors out of 140 hospital staff reported for duty on Monday.", 140),
        ("The fever has killed 31 people, out of some 2,400 infections recorded this year.", 2400),
    ],
)
def test_whole_after_a_counted_noun_and_out_of_is_a_count(text: str, whole: float) -> None:
    assert whole in _values(text)


@pytest.mark.parametrize(
    ("text", "share"),
    [
        ("Seven out of 10 residents told the survey they felt unsafe at night.", 10),
        ("Two out of three marchers interviewed were students.", 3),
        ("The panel gave the new law a score of four points out of 10.", 10),
    ],
)
def test_second_number_of_a_proportion_is_no_count(text: str, share: float) -> None:
    assert share not in _values(text)
