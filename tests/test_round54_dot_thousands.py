"""Round 54: thousands grouped by dots ("some 1.500 people"), as outlets that print numbers the
Turkish, German or Latin American way do in English copy. Sentences are our own."""

from __future__ import annotations

import pytest

from tally.extract.figures.numbers import find_number_phrases


@pytest.mark.parametrize(
    ("words", "value"),
    [
        (["some", "1.500", "people"], 1500.0),
        (["12.000", "protesters"], 12000.0),
        (["1.250.000", "voters"], 1250000.0),
        (["~2.300", "people"], 2300.0),
        # a scale word makes the dot a decimal point
        (["2.611", "million", "tons"], 2611000.0),
        # a first group opening with 0, or a decimal of other length, is a decimal
        (["0.241", "points"], 0.241),
        (["1.5", "people"], 1.5),
        (["3.25", "people"], 3.25),
    ],
)
def test_dot_grouped_thousands_are_read_as_one_count(words: list[str], value: float) -> None:
    phrases = find_number_phrases(words)
    assert phrases and phrases[0].value == value


@pytest.mark.model
def test_a_dot_grouped_count_of_detainees_is_a_figure_of_its_thousands() -> None:
    from tally.pipeline import analyze

    article = analyze("Some 1.500 people were detained in Kars on Sunday, the lawyers' association said.")
    assert [(f.value, f.category) for f in article.figures] == [(1500, "detained")]
