"""Counts written in newsroom shorthand, the scale glued on as a letter ("1.5m people", "15k",
"2bn", "1.2mn"). Read as written, "1.5m people" was a count of 1.5. Every sentence here was
written for these tests."""

from __future__ import annotations

import pytest

from tally.extract.figures.numbers import find_number_phrases
from tally.pipeline import analyze


@pytest.mark.parametrize(
    ("words", "value"),
    [
        (["over", "1.5", "m", "people", "marched"], 1_500_000),
        (["about", "2", "m", "protesters"], 2_000_000),
        (["15k", "arrests"], 15_000),
        (["1.2mn", "voters"], 1_200_000),
        (["some", "3bn", "dollars"], 3_000_000_000),
    ],
)
def test_a_glued_scale_multiplies_the_count(words: list[str], value: int) -> None:
    [phrase] = find_number_phrases(words)
    assert phrase.value == value


@pytest.mark.parametrize(
    "words",
    [
        ["a", "2", "m", "wall"],  # a metre: a singular noun follows
        ["the", "100", "m", "sprint"],
        ["a", "3", "m", "drop", "from", "the", "bridge"],
    ],
)
def test_a_metre_stays_a_metre(words: list[str]) -> None:
    assert all(phrase.value < 1000 for phrase in find_number_phrases(words))


def test_a_shorthand_crowd_is_counted_in_millions() -> None:
    article = analyze(
        "Over 1.5m people marched through the capital on Sunday, the organisers said.\n",
        published="2019-06-17",
    )
    [figure] = article.figures
    assert (figure.value, figure.category) == (1_500_000, "protesters")
    assert article.text[figure.start : figure.end] == figure.text == "Over 1.5m"
