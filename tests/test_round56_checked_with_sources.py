"""A count of the people a figure was checked with is a count of sources, no figure (round 56).

"Reuters confirmed the toll with three officials", "a figure the paper verified with two doctors":
the people after "with" under a verb of checking are who vouched for the figure (ANNOTATION: counts
of sources are no figures). Sentences of our own.
"""

from __future__ import annotations

import pytest

from tests._figure_roles import figure_roles

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "kept", "source_count"),
    [
        (
            "The group said 88 people were killed, a toll the agency later confirmed with four officials.",
            88,
            4,
        ),
        ("The newspaper verified the figure of 120 arrests with two senior police officers.", 120, 2),
        ("The network said it had checked the death toll of 35 with three doctors and a nurse.", 35, 3),
    ],
)
def test_who_a_figure_was_checked_with_is_no_count(text, kept, source_count):
    values = [v for v, *_ in figure_roles(text)]
    assert kept in values
    assert source_count not in values


def test_people_arrested_with_others_are_still_counted():
    # a guard: "with" under a verb that acts on people keeps its count
    values = [v for v, *_ in figure_roles("Police detained 14 students along with three teachers.")]
    assert 3 in values and 14 in values
