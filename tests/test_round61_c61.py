"""Round 61 (c61): figures' categories — people on strike. Sentences are our own.

- Workers who "are on strike" or who "stay away from" their work (the factories, the courts,
  classes), in a text about a strike, are the crowd of the protest (``protesters``): "Tens of
  thousands of dockers have been on strike since May 3", "the union says 90,000 of its members
  stayed away from the schools". Not people who stay away from a rally or a town, nor a count in a
  text with no strike.
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model

_STRIKE = "Riot police fired tear gas at striking workers outside the ministry on Friday. "


def _figures(text: str) -> list[tuple[float, str]]:
    from tally.pipeline import analyze

    return [(f.value, f.category) for f in analyze(text).figures]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            _STRIKE + "Tens of thousands of dockers have been on strike since May 3, demanding higher pay.",
            [(10000, "protesters")],
        ),
        (_STRIKE + "Some 6,000 nurses remain on strike at the city's hospitals.", [(6000, "protesters")]),
        (
            _STRIKE
            + "The employers' federation says more than 250,000 workers have stayed away from the mills.",
            [(250000, "protesters")],
        ),
        (
            "Teachers strike across the country; the union says about 90,000 of its members stayed away "
            "from the schools.",
            [(90000, "protesters")],
        ),
    ],
)
def test_round61_on_strike(text: str, expected: list[tuple[float, str]]) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # people who keep away from the protest are not its crowd
        (
            _STRIKE + "About 3,000 residents have stayed away from the marches since the clashes.",
            [(3000, "other")],
        ),
        # no strike in the text: a stay away is no walkout
        ("About 4,000 tourists have stayed away from the island since the storm.", [(4000, "other")]),
        # an air strike is no walkout
        (
            "Protesters marched in the capital after an air strike on the town. About 5,000 residents "
            "have stayed away from the market since.",
            [(5000, "other")],
        ),
        # the strike hits: "were struck" is no strike
        (_STRIKE + "Two workers were struck by rubber bullets.", [(2, "injured")]),
    ],
)
def test_round61_on_strike_guards(text: str, expected: list[tuple[float, str]]) -> None:
    assert _figures(text) == expected


_CRACKDOWN = "Riot police fired tear gas at protesters outside parliament on Friday. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            _CRACKDOWN
            + "The court on Monday ordered 25 people arrested during the weekend march to be held in remand "
            "for 10 days.",
            [(25, "detained")],
        ),
        (
            _CRACKDOWN + "The group voiced alarm at reports that hundreds of people arrested during the "
            "protests in the north in June remain in detention without trial.",
            [(100, "detained")],
        ),
        (_CRACKDOWN + "Lawyers say 40 people arrested on Friday are still in custody.", [(40, "detained")]),
        (
            "The magistrate on Tuesday ordered 30 people arrested during Friday night's march on "
            "Independence Avenue to be held in remand for 20 days, their lawyers said.",
            [(30, "detained")],
        ),
    ],
)
def test_round61_still_held_after_arrest(text: str, expected: list[tuple[float, str]]) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            _CRACKDOWN + "Police said 30 people arrested at the rally were taken to the police station.",
            [(30, "arrested")],
        ),
        (
            _CRACKDOWN + "A judge ordered 12 people arrested at the march to be released on bail.",
            [(12, "arrested")],
        ),
    ],
)
def test_round61_still_held_after_arrest_guards(text: str, expected: list[tuple[float, str]]) -> None:
    assert _figures(text) == expected
