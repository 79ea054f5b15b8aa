"""Crowd sizes told by what plain people do or where they are (round 44).

ANNOTATION.md: crowd sizes are ``protesters``. Read from the round's tune articles (work42,
work44), each construction with sentences of our own:

- plain people who hold, stage or join a gathering ("held a rally", "staged a vigil"), or who
  join "them" right after a crowd was counted, are the crowd;
- plain people who lay flowers or light candles, in a story of protests, are a vigil's crowd;
- plain people who "were in" a square, a street or a park, in a story of protests, are the crowd
  there (not people in a hospital, a car or a building);
- plain people a video or a photograph "showed" in a square or a street, in a story of protests,
  are the crowd it showed.
"""

from __future__ import annotations

import pytest

from tests._figure_roles import categories_by_text

_PROTESTS = "Dock workers have protested against the new port law for three weeks. "


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("About 400 people held a rally outside the harbour office on Monday.", "About 400"),
        ("Some 150 residents staged a candlelight vigil in front of the town hall.", "Some 150"),
        ("More than 2,000 people organised a march through the old town on Sunday.", "More than 2,000"),
    ],
)
def test_people_who_hold_a_gathering_are_its_crowd(text: str, figure: str) -> None:
    assert categories_by_text(_PROTESTS + text)[figure] == "protesters"


def test_people_who_join_a_crowd_just_counted_are_the_crowd() -> None:
    text = (
        _PROTESTS + "On Friday evening about 300 people gathered at the harbour gate. "
        "By ten o'clock, more than a thousand had joined them."
    )
    found = categories_by_text(text)
    assert found["about 300"] == "protesters"
    assert found["more than a thousand"] == "protesters"


def test_people_who_lay_flowers_in_a_story_of_protests_are_a_vigil() -> None:
    text = (
        _PROTESTS + "On Saturday night several dozen people laid flowers and lit candles at the harbour gate."
    )
    assert categories_by_text(text)["several dozen"] == "protesters"


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "The police chief told reporters that about 6,000 people were in Harbour Square at noon.",
            "about 6,000",
        ),
        ("Organisers said at least 20,000 people were on the main avenue by the evening.", "at least 20,000"),
    ],
)
def test_people_in_a_square_in_a_story_of_protests_are_the_crowd(text: str, figure: str) -> None:
    assert categories_by_text(_PROTESTS + text)[figure] == "protesters"


def test_people_a_video_showed_in_a_square_are_the_crowd() -> None:
    text = _PROTESTS + "Drone footage showed several thousand people in the square before police moved in."
    assert categories_by_text(text)["several thousand"] == "protesters"


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # the place holds or treats them: no crowd
        (_PROTESTS + "Doctors said 14 people were in hospital on Monday night.", "14"),
        # no story of protests: people in a square are only people there
        ("The fire broke out on Monday. About 300 people were in the square when it started.", "About 300"),
        # a building is not open ground
        (_PROTESTS + "Officials said 40 people were in the building when the roof collapsed.", "40"),
    ],
)
def test_people_somewhere_else_are_no_crowd(text: str, figure: str) -> None:
    assert categories_by_text(text).get(figure) != "protesters"


def test_police_who_hold_a_briefing_are_no_crowd() -> None:
    text = _PROTESTS + "About 300 police officers held positions along the harbour road."
    assert categories_by_text(text).get("About 300") != "protesters"


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Nurses held a rally of tens of thousands in the capital on Sunday.", "tens of thousands"),
        ("A march of 5,000 people crossed the bridge into the old town.", "5,000"),
        ("The opposition leader addressed a rally of about 20,000 in the port.", "about 20,000"),
    ],
)
def test_a_protest_of_so_many_is_its_crowd(text: str, figure: str) -> None:
    assert categories_by_text(text)[figure] == "protesters"


def test_the_funeral_of_so_many_counts_the_dead() -> None:
    text = "Thousands attended the funeral of three protesters killed on Friday."
    assert categories_by_text(text)["three"] == "killed"


def test_a_gathering_of_so_many_fans_is_no_crowd_of_protest() -> None:
    text = "The ban was lifted in May, and gatherings of thousands of football fans were allowed in June."
    assert categories_by_text(text).get("thousands") != "protesters"
