"""Dates of real reports, twenty-fifth round.

Constructions met in real prose by other hands (Wikinews articles without a publication date)
and in our own invented crackdown articles, each shown by a sentence written for these tests;
each case failed before its rule unless it says it is a guard.
"""

from __future__ import annotations

import pytest

import tally
from tests.test_dates_places_round5 import _dates

pytestmark = pytest.mark.model


# --- a date nothing places is not listed on the article ---------------------------------------


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        (
            "Health workers reported two new cases on Tuesday, and the clinic will reopen in early May.",
            {"Tuesday", "early May"},
        ),
        (
            "The governor said last week that the levee failed on Sunday night.",
            {"last week", "Sunday"},
        ),
    ],
)
def test_an_unplaced_date_is_not_listed(text: str, gone: set[str]) -> None:
    article = tally.analyze(text, only=["dates"])
    assert not {d.text for d in article.dates} & gone
    assert all(d.value is not None for d in article.dates)


def test_an_unplaced_date_still_marks_its_numbers_for_the_other_extractors(nlp) -> None:
    # guard: the extractor itself keeps it, without a value, so figures do not read "14" as a count
    text = "About 300 villagers fled on September 14 after the river rose."
    assert _dates(nlp, text, None) == [("September 14", None)]
    article = tally.analyze(text, only=["dates", "figures"])
    assert article.dates == []
    assert [f.value for f in article.figures] == [300]


def test_a_placed_date_stays_listed() -> None:
    # guard: a date the article places is listed, and so is one placed by it
    text = "The dam broke on 3 April 2011. By Tuesday, rescuers had reached the valley."
    article = tally.analyze(text, only=["dates"])
    assert [(d.text, d.value) for d in article.dates] == [
        ("3 April 2011", "2011-04-03"),
        ("Tuesday", "2011-04-05"),
    ]
