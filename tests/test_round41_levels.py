"""A count of events told as the level it is at with "be" (round 41, issue 13).

"Arrests are now up to 340", "deaths are at 52": "be" with the count as its complement, its "at" or
its "up to" gives the level its subject has reached, as "arrests stood at 340" already reads. Read
from the fresh ``tune41`` splits (LGL: "cases … are up to 27", a noun of no category here, so the
construction is tested with nouns of events). Sentences are our own.
"""

from __future__ import annotations

import pytest

from tests._figure_roles import categories_by_text

_figures = categories_by_text


@pytest.mark.parametrize(
    ("text", "number", "category"),
    [
        ("Arrests in the capital are now up to 340, police said.", "up to 340", "arrested"),
        ("Arrests are at 340, police said.", "340", "arrested"),
        ("Deaths in the clashes are now at 52, the health ministry said.", "52", "killed"),
        ("Arrests stand at 340, police said.", "340", "arrested"),
    ],
)
def test_a_level_told_with_be(text: str, number: str, category: str) -> None:
    assert _figures(text).get(number) == category


def test_a_thing_at_a_number_is_no_level() -> None:
    """Only a noun of counted events: "The protesters were at 12 Main Street" counts nothing."""
    assert "12" not in _figures("The protesters were at 12 Main Street on Monday.")
