"""Round 60 (c60): figures' categories — crowd sizes. Sentences are our own.

- A crowd that goes back to, fills or stands at a named place or open ground, in a text about
  protests, is the crowd's size (``protesters``): "returned to Victory Square", "moved towards
  the Interior Ministry building", "flooded the main plaza" (also when they are children), "are at
  Dataran Pahlawan". Not people who return to their homes, to a town ("returned to Lviv"), or
  children who return to school.
- "The marches were attended by no more than 4,000 people" and "the number of participants did
  not exceed 6,000", in a text about protests, are crowd sizes.
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model

_CONTEXT = "Riot police fired tear gas at protesters outside parliament on Friday. "


def _figures(text: str) -> list[tuple[float, str]]:
    from tally.pipeline import analyze

    return [(f.value, f.category) for f in analyze(text).figures]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            _CONTEXT + "Thousands of people returned to Piața Unirii on Sunday evening.",
            [(1000, "protesters")],
        ),
        (
            _CONTEXT
            + "After the rally ended, several hundred people moved towards the State Security headquarters.",
            [(100, "protesters")],
        ),
        (
            _CONTEXT + "Tens of thousands of children flooded the Plaza of Independence to honour the boy.",
            [(10000, "protesters")],
        ),
        (
            _CONTEXT + "The district police chief said that about 12,000 people are at Dataran Pahlawan now.",
            [(12000, "protesters")],
        ),
    ],
)
def test_round60_crowd_at_a_named_place(text: str, expected: list[tuple[float, str]]) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (_CONTEXT + "About 3,000 people returned to their homes on Saturday.", [(3000, "other")]),
        (_CONTEXT + "Thousands of children returned to school on Monday.", [(1000, "other")]),
        (_CONTEXT + "About 400 people returned to Lviv on Monday.", [(400, "other")]),
        (_CONTEXT + "About 40 detainees were moved to Evin prison.", [(40, "detained")]),
        (_CONTEXT + "About 30 people were at Al-Shifa Hospital on Monday.", [(30, "injured")]),
    ],
)
def test_round60_crowd_at_a_named_place_guards(text: str, expected: list[tuple[float, str]]) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            _CONTEXT + "Sunday's events were attended by fewer than 4,000 people in all, the ministry said.",
            [(4000, "protesters")],
        ),
        (
            _CONTEXT + "The number of participants did not exceed 6,000, the governor said.",
            [(6000, "protesters")],
        ),
    ],
)
def test_round60_attendance(text: str, expected: list[tuple[float, str]]) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The conference was attended by 300 people.", [(300, "other")]),
        ("The number of participants in the survey was 40.", [(40, "other")]),
    ],
)
def test_round60_attendance_guards(text: str, expected: list[tuple[float, str]]) -> None:
    assert _figures(text) == expected
