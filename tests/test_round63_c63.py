"""Round 63 (c63): figures' categories. Sentences are our own.

- People in a cell or a cage are held (``detained``), as people "in custody" or "behind bars"
  are: "there were 28 of us in a cell built for six", "cages holding up to 60 men"; people
  beaten "in police cells" keep the category of what was done to them.
- People who leave their work in a text about a strike ("about 4,000 miners have left the
  pits"), or who are said to have gone on strike in a clause on their verb ("workers were sacked
  after going on strike"), are the strike's crowd (``protesters``).
- Rounds of ammunition counted as fired ("fired more than 60 live rounds", "900 rounds were
  fired") or of tear gas ("400 rounds of tear gas") are things of the event (``other``), as the
  gold counts them; rounds of talks are no count.
- A number with a decimal point that opens a line before a capitalised word ("4.3 Of the people
  arrested …") numbers a paragraph of a report's findings; it is no figure.
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model

_UNREST = "Farmers angry at the new fuel tax clashed with police in the capital on Monday. "
_STRIKE = "The dockers' union called a strike at the port on March 3 over unpaid wages. "


def _figures(text: str) -> list[tuple[float, str]]:
    from tally.pipeline import analyze

    return [(f.value, f.category) for f in analyze(text).figures]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            _UNREST + '"There were 28 of us in a cell built for six," said a farmer who was freed on Friday.',
            [(28, "detained")],
        ),
        (
            _UNREST + "Lawyers said they saw cages holding up to 60 men at the police academy.",
            [(60, "detained")],
        ),
        (
            _UNREST + "A farmer said he had spent two nights in a cell with 35 other men.",
            [(35, "detained")],
        ),
    ],
)
def test_round63_people_in_a_cell_are_held(text: str, expected: list[tuple[float, str]]) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            _UNREST + "Lawyers say at least 40 of the farmers were beaten in police cells.",
            [(40, "injured")],
        ),
        (
            # one person singled out in a jail is no count
            "Two men were charged on Monday. One of the suspects, a 24-year-old driver, was in the county "
            "jail on Friday, a jail officer said.",
            [(2, "other")],
        ),
    ],
)
def test_round63_cells_guards(text: str, expected: list[tuple[float, str]]) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            _STRIKE + "Since then about 4,000 men have left the docks and the grain terminals.",
            [(4000, "protesters")],
        ),
        (
            "The minister recalled that some 1,500 drivers of the bus company had been sacked after going on "
            "strike over pay in 2019, and that their protest had ended in clashes with police.",
            [(1500, "protesters")],
        ),
    ],
)
def test_round63_strikers(text: str, expected: list[tuple[float, str]]) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            # no strike in the text: people who leave a place are no crowd
            "About 4,000 tourists have left the island since the storm warning on Friday.",
            [(4000, "other")],
        ),
        (
            # no strike: sacked after a transfer, not after a walkout
            "The firm said 300 drivers had been sacked after going on leave without notice.",
            [(300, "other")],
        ),
    ],
)
def test_round63_strikers_guards(text: str, expected: list[tuple[float, str]]) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Findings of the commission\n\n4.2 Nine people were killed by the troops that night.\n\n"
            "4.3 Of the people arrested that night, most were released without charge the following day.\n\n"
            "4.4 A witness who was tending the dying described the soldiers as firing into the backs of people.",
            [(9, "killed")],
        ),
        (
            # a count with its scale at a line's start is a count
            "Findings of the commission\n\n2.5 million people marched across the country on Sunday.",
            [(2500000, "protesters")],
        ),
    ],
)
def test_round63_numbered_paragraphs_count_nothing(text: str, expected: list[tuple[float, str]]) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            _UNREST + "Within a few minutes the troops had fired more than 60 live rounds into the crowd.",
            [(60, "other")],
        ),
        (
            _UNREST + "Riot police fired some 400 rounds of tear gas in the old town, the mayor said.",
            [(400, "other")],
        ),
        (
            _UNREST + "The shooting went on for five minutes; 900 rounds were fired, the inquiry found.",
            [(900, "other")],
        ),
        (
            # rounds of talks are no things of the event
            _UNREST + "The union and the ministry held three rounds of talks on Tuesday.",
            [],
        ),
    ],
)
def test_round63_rounds_fired(text: str, expected: list[tuple[float, str]]) -> None:
    assert _figures(text) == expected
