"""Figures, round 31.

Every sentence here was written for tally while reading the errors of the
round-31 tune splits (VOA, Wikinews, TR-News, GeoWebNews and our own work
splits); none is copied from an article or a gold set.
"""

from __future__ import annotations

import pytest

import tally
from tests._figure_roles import figure_values

pytestmark = pytest.mark.model

#: The publication date every sentence here is read with.
_PUBLISHED = "2024-09-14"


def _values(text: str) -> list[float]:
    return figure_values(text, _PUBLISHED)


# --- crowds: a closed compound on "people" names people; a crowd's size given in a clause on the crowd


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Thousands of townspeople marched on the mine's gates on Sunday, demanding clean water.", 1000),
        ("Hundreds of tradespeople protested outside parliament against the new tax.", 100),
        (
            "Riot police could not stop crowds that AFP reporters estimated in the tens of thousands from converging on the central post office.",
            10000,
        ),
        ("Police blocked a march that organisers estimated at 8,000 from reaching the palace.", 8000),
    ],
)
def test_crowd_count_is_a_figure(text: str, count: float) -> None:
    assert count in _values(text)


def test_crowd_size_in_a_clause_counts_protesters() -> None:
    text = "Riot police could not stop crowds that AFP reporters estimated in the tens of thousands from converging on the central post office."
    article = tally.analyze(text, published=_PUBLISHED, only=["figures"])
    found = [(f.category, text[f.start : f.end]) for f in article.figures]
    assert found == [("protesters", "tens of thousands")]


@pytest.mark.parametrize(
    "text",
    [
        "The company that analysts estimated at 40 billion dollars cut its forecast.",  # money, no crowd
        "The townspeople said the water had been brown for weeks.",  # no count
    ],
)
def test_no_crowd_count_without_a_crowd(text: str) -> None:
    assert 40 not in _values(text) and 40_000_000_000 not in _values(text)
