"""Figures, round 31 (second pass): a count said again with another hedge is another count.

Every sentence here was written for tally; none is copied from an article or a gold set.
"""

from __future__ import annotations

import pytest

import tally

pytestmark = pytest.mark.model

#: The publication date every sentence here is read with.
_PUBLISHED = "2024-09-14"


def _found(text: str) -> list[tuple[float, str, str]]:
    """(value, qualifier, text) of each figure, with its offsets checked."""
    article = tally.analyze(text, published=_PUBLISHED, only=["figures"])
    for figure in article.figures:
        assert text[figure.start : figure.end] == figure.text
        for start, end in figure.mentions:
            assert 0 <= start < end <= len(text)
    return [(f.value, f.qualifier, f.text) for f in article.figures]


# --- an exact count followed by "more than" its value: two counts


def test_more_than_after_an_exact_count_is_a_second_count() -> None:
    text = (
        "A gas blast killed 6 miners at the Ostrava pit on Friday, the company said. "
        "Unions said more than 6 miners lost their lives underground."
    )
    found = _found(text)
    assert (6.0, "exact", "6") in found
    assert (6.0, "over", "more than 6") in found


def test_over_a_number_after_the_same_number_hurt_is_kept() -> None:
    text = (
        "A bus overturned near Kelso on Monday, killing three people and injuring 14, police said. "
        "Of the injured, 9 were badly hurt. "
        "Last month a lorry crash on the same road left two dead and over nine injured."
    )
    assert (9.0, "over", "over nine") in _found(text)


def test_hedge_dropped_on_a_restatement_still_merges() -> None:
    # guard: "more than 40" first, "the 40" after it is the same count
    text = (
        "Floods swept through the valley on Monday, officials said. More than 40 people were killed. "
        "Rescuers were still searching for survivors of the 40 victims on Tuesday."
    )
    assert [v for v, _, _ in _found(text)].count(40.0) == 1


def test_at_least_after_an_exact_count_still_merges() -> None:
    # guard: "at least 6" includes 6, so it may restate it
    text = (
        "A gas blast killed 6 miners at the Ostrava pit on Friday, the company said. "
        "Unions said at least 6 miners lost their lives underground."
    )
    assert [v for v, _, _ in _found(text)].count(6.0) == 1


# --- two rough counts of one scale worded differently: two estimates


def test_several_thousand_after_thousands_is_a_second_crowd() -> None:
    text = (
        "Thousands rallied in Tarnow on Saturday over the mine plan. "
        "In the evening several thousand residents rallied outside the council offices."
    )
    found = _found(text)
    assert (1000.0, "vague", "Thousands") in found
    assert (1000.0, "vague", "several thousand") in found


def test_same_rough_count_said_again_still_merges() -> None:
    # guard: "hundreds" said again of the same miners is the same crowd
    text = (
        "Hundreds of miners protested in Tarnow on Saturday. "
        "Police said hundreds of miners were picketing the gates by noon."
    )
    assert [v for v, _, _ in _found(text)].count(100.0) == 1
