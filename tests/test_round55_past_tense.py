"""Round 55: a past verb the tagger reads as a participle.

Sentences are our own. en_core_web_sm tags "killed" in "Security forces killed 12 protesters on
Friday" as a past participle (VBN) with no auxiliary; the date's tense was then unknown and a bare
weekday went to the nearest one, after the publication date. A participle with no auxiliary
takes no subject of its own, so a verb with an active subject and none is a simple past.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("sentence", "weekday", "value"),
    [
        (
            "Security forces killed at least 12 protesters on Friday, medical officials said.",
            "Friday",
            "2022-09-30",
        ),
        ("Security forces killed at least 12 protesters on Friday.", "Friday", "2022-09-30"),
        ("Riot police killed two students in Basra on Friday.", "Friday", "2022-09-30"),
    ],
)
def test_a_weekday_of_a_past_deed_is_the_last_one(sentence: str, weekday: str, value: str) -> None:
    from tally.pipeline import analyze

    article = analyze(sentence, published="2022-10-05")  # a Wednesday
    assert [(d.text, d.value) for d in article.dates] == [(weekday, value)]


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Security forces will guard the square on Friday.", "2022-10-07"),
        ("The detained students, released on Friday, spoke to reporters.", "2022-09-30"),
    ],
)
def test_future_and_reduced_relatives_keep_their_reading(sentence: str, value: str) -> None:
    from tally.pipeline import analyze

    article = analyze(sentence, published="2022-10-05")
    assert [d.value for d in article.dates] == [value]
