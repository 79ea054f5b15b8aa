"""Round 57 (c57): figures' categories. Sentences are our own.

- An event noun tried and not done ("attempted murders", "foiled abductions") counts acts that did
  not take place: a counted thing (``other``), not a toll.
- "nation" counts places as "country" does ("spread to eight nations").
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _figures(text: str) -> list[tuple[float, str]]:
    from tally.pipeline import analyze

    return [(f.value, f.category) for f in analyze(text).figures]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("There have been more than a dozen attempted murders of judges since 2001.", [(12, "other")]),
        ("Police recorded 14 attempted killings last year.", [(14, "other")]),
        ("Police foiled three attempted abductions of students.", [(3, "other")]),
        ("The fever has spread to eight previously unaffected nations.", [(8, "places")]),
        ("Bird flu reaches eight European nations", [(8, "places")]),
    ],
)
def test_round57_categories(text: str, expected: list[tuple[float, str]]) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The rebels carried out 14 murders last year.", [(14, "killed")]),
        ("Talks between the two nations resumed.", []),
        ("He told the 15-nation Security Council that the attacks must stop.", []),
        ("Protests spread to 30 countries.", [(30, "places")]),
    ],
)
def test_round57_guards(text: str, expected: list[tuple[float, str]]) -> None:
    assert _figures(text) == expected
