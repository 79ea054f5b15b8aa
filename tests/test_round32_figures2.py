"""Figures, round 32 (second pass): numbers said in words with a decimal point.

Every sentence here was written for tally; none is copied from an article or a gold set.
"""

from __future__ import annotations

import pytest

from tally.extract.figures.numbers import find_number_phrases
from tests._figure_roles import figure_values

pytestmark = pytest.mark.model

#: The publication date every sentence here is read with.
_PUBLISHED = "2024-09-14"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Union leaders claimed that seven-point-two million employees walked out on Tuesday.", 7_200_000),
        ("Union leaders claimed that two-point-five million employees walked out on Tuesday.", 2_500_000),
        (
            "The ministry counted one point three million ballots spoiled in the northern provinces.",
            1_300_000,
        ),
    ],
)
def test_number_words_with_point_keep_the_whole_value(text: str, value: float) -> None:
    assert figure_values(text, _PUBLISHED) == [value]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # guards: digits with a decimal point, and "point" that is no decimal
        ("Union leaders claimed that 1.2 million employees walked out on Tuesday.", 1_200_000),
        ("The cabinet offered a three-point plan after guards held 40 students overnight.", 40),
    ],
)
def test_point_guards(text: str, value: float) -> None:
    assert figure_values(text, _PUBLISHED) == [value]


def test_spoken_decimal_offsets_cover_the_whole_number() -> None:
    words = ["about", "seven", "-", "point", "-", "two", "million", "voters"]
    (phrase,) = find_number_phrases(words)
    assert (phrase.start, phrase.core_start, phrase.end, phrase.value) == (0, 1, 7, 7_200_000)


def test_two_point_out_is_no_decimal() -> None:
    words = ["the", "two", "point", "out", "that", "five", "were", "hurt"]
    assert [p.value for p in find_number_phrases(words)] == [2, 5]
