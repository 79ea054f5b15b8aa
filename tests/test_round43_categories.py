"""What each figure counts: constructions read from the errors of the round's fresh tune articles (round 43).

Each sentence is our own:

- "and eight others" after a count has no word of its own: it is more of the same;
- a crowd or a mob of people in a story of protests is a crowd's size; civilians counted by
  their trade ("taxi drivers") who block a road are a crowd as plain people are;
- buildings and vehicles a crowd set on fire are things, never protesters;
- people "on death row" are sentenced;
- a part of the dead ("the bodies of seven people, five of them with gunshot wounds") stays dead;
- "the revised figure, which includes four children" is a part of the toll it revises;
- people who follow a funeral procession are a crowd.
"""

from __future__ import annotations

import pytest

from tests._figure_roles import categories_by_text


def test_others_after_a_count_are_more_of_the_same() -> None:
    text = (
        "He said 27 people had been arrested during the protest and eight others in the port the following "
        "day, bringing the total to 35."
    )
    assert categories_by_text(text) == {"27": "arrested", "eight": "arrested", "35": "arrested"}


def test_others_with_a_verb_of_their_own_keep_it() -> None:
    text = "The bomb went off, killing 247 people and wounding more than 5,000 others."
    assert categories_by_text(text) == {"247": "killed", "more than 5,000": "injured"}


def test_a_mob_of_people_in_a_protest_story_is_a_crowd() -> None:
    text = (
        "Villagers have protested against the dam for weeks. The police chief said a mob of about 600 people "
        "attacked the survey team."
    )
    assert categories_by_text(text)["about 600"] == "protesters"


def test_drivers_who_block_a_highway_are_a_crowd() -> None:
    assert categories_by_text("Hundreds of taxi drivers blocked the main highway after fuel ran out.") == {
        "Hundreds": "protesters"
    }


def test_police_who_block_a_road_are_no_crowd() -> None:
    assert categories_by_text("Hundreds of riot police blocked the main highway on Monday.").get(
        "Hundreds"
    ) != ("protesters")


@pytest.mark.parametrize(
    "text",
    [
        "Crowds of several hundred people set fire to two police stations and at least 15 vehicles.",
        "Crowds of several hundred people torched at least 15 vehicles.",
    ],
)
def test_what_a_crowd_burned_is_no_crowd(text: str) -> None:
    found = categories_by_text(text)
    assert found["several hundred"] == "protesters"
    assert all(category == "other" for key, category in found.items() if key != "several hundred")


def test_people_on_death_row_are_sentenced() -> None:
    found = categories_by_text(
        "Around 300 political prisoners remain behind bars, among them 12 on death row."
    )
    assert found == {"Around 300": "detained", "12": "sentenced"}


def test_a_part_of_the_dead_with_wounds_stays_dead() -> None:
    text = (
        "A nurse said the hospital had received the bodies of seven people, five of them with gunshot wounds."
    )
    assert categories_by_text(text) == {"seven": "killed", "five": "killed"}


def test_the_revised_figure_includes_a_part_of_the_toll() -> None:
    text = (
        "At least 27 people were killed on Monday, raising an earlier toll of 11.\n\n"
        "The revised figure, which includes four children, was given to AFP by two officials."
    )
    assert categories_by_text(text)["four"] == "killed"
