"""Round 29, quotes: the scorer's speaker match for countries and initials, and the extractor's rules."""

from __future__ import annotations

import pytest

from tally.evaluate.reports import _speaker_right, content_words, share_content_word
from tally.records import Quote


def _said_by(name: str) -> Quote:
    return Quote(id="q1", kind="direct", start=0, end=5, text="words", speaker_name=name, evidence=(0, 5))


@pytest.mark.parametrize(
    ("gold", "predicted"),
    [
        ("Norway", "Norway"),  # a country speaker matched nothing, not even itself
        ("the United States", "the U.S."),
        ("U.K. Mission to the OSCE", "the United Kingdom"),  # the bare country stands for its mission
        ("the United Nations", "the U.N."),  # initials as written
        ("International Labour Organization", "ILO"),
    ],
)
def test_scorer_speaker_country_alone_and_initials(gold: str, predicted: str) -> None:
    assert not share_content_word(gold, [predicted])  # the old test: no content word in common
    assert _speaker_right(gold, _said_by(predicted), {})


@pytest.mark.parametrize(
    ("gold", "predicted"),
    [
        ("Norwegian fishermen", "Norwegian officials"),  # country words still tell no one apart
        ("Norway", "Sweden"),
        ("the United Nations", "UNICEF"),
        ("Ivo Lund", "il"),  # initials only count when written as capitals
    ],
)
def test_scorer_speaker_guards(gold: str, predicted: str) -> None:
    assert not _speaker_right(gold, _said_by(predicted), {})


def test_content_words_still_drop_countries() -> None:
    assert content_words("three Norwegian harbour officials") == {"harbour", "officials"}
