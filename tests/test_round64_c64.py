"""Round 64 (c64): figures' categories. Sentences are our own.

- A death sentence carried out is an execution: people "sentenced to death and shot/hanged/
  executed" (the verb of killing joined to the sentence) and death sentences "of which N had
  been carried out" are ``executed``; people sentenced to death and pardoned, and sentences
  commuted, stay ``sentenced``.
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model

_UNREST = "Farmers angry at the new fuel tax clashed with police in the capital in March. "


def _figures(text: str) -> list[tuple[float, str]]:
    from tally.pipeline import analyze

    return [(f.value, f.category) for f in analyze(text).figures]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            _UNREST + "In the trials that followed, nine men were sentenced to death and hanged, and 40 were "
            "jailed for life.",
            [(9, "executed"), (40, "sentenced")],
        ),
        (
            _UNREST + "Six of the organisers were condemned to death and shot by a firing squad in May.",
            [(6, "executed")],
        ),
        (
            _UNREST
            + "By June, military courts had handed down 60 death sentences, of which 14 had been carried out.",
            [(60, "sentenced"), (14, "executed")],
        ),
        (
            _UNREST + "The courts passed 30 death sentences, 12 of which have since been carried out.",
            [(30, "sentenced"), (12, "executed")],
        ),
    ],
)
def test_round64_death_sentences_carried_out(text: str, expected: list[tuple[float, str]]) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            _UNREST + "Five of the leaders were sentenced to death and later pardoned by the president.",
            [(5, "sentenced")],
        ),
        (
            _UNREST
            + "The courts passed 30 death sentences, 12 of which were later commuted to life in prison.",
            [(30, "sentenced"), (12, "sentenced")],
        ),
        (
            # a raid carried out is no death sentence
            _UNREST + "Police said 40 raids had been carried out and 200 people detained.",
            [(40, "other"), (200, "detained")],
        ),
    ],
)
def test_round64_death_sentences_guards(text: str, expected: list[tuple[float, str]]) -> None:
    assert _figures(text) == expected
