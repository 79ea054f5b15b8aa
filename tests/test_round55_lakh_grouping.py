"""Round 55: counts grouped by lakhs and crores, as South Asian outlets print them.

Sentences are our own. "Over 1,50,000 farmers" (150,000) was no count: the digits' pattern took
only groups of three after the first comma.
"""

from __future__ import annotations

import pytest

from tally.extract.figures.numbers import parse_digits


@pytest.mark.parametrize(
    ("typed", "value"),
    [("1,50,000", 150_000.0), ("12,34,567", 1_234_567.0), ("2,00,00,000", 20_000_000.0), ("1,500", 1_500.0)],
)
def test_lakh_grouping_is_one_number(typed: str, value: float) -> None:
    assert parse_digits(typed) == value


@pytest.mark.parametrize("typed", ["1,50", "1,5,000", "123,45,678", "1,50,00"])
def test_what_no_grouping_makes_is_no_number(typed: str) -> None:
    assert parse_digits(typed) is None


def test_a_count_in_lakh_grouping_is_a_figure_with_its_source() -> None:
    from tally.pipeline import analyze

    article = analyze("Over 1,50,000 farmers marched to the capital on Friday, the union said.")
    names = {e.id: e.name for e in article.entities}
    assert [(f.value, f.qualifier, f.category) for f in article.figures] == [
        (150_000.0, "over", "protesters")
    ]
    assert [names[i] for i in article.figures[0].asserted_by] == ["union"]
