"""Places, round 56: constructions seen on the errors of the readable splits (mixed5 `tune` read
first). Sentences written for these tests; no gold text."""

from __future__ import annotations

import pytest

from tests._places import place_of, places, written_places

# -- a tagged name cut short before its "of": "the City of" of "the City of [town]'s" --------


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Residents sued the City of Austin's police department over the arrests.", "Austin"),
        ("A thief stole tools from the City of Richmond’s public works department on Friday.", "Richmond"),
    ],
)
def test_a_name_cut_short_before_of_is_no_place(text: str, town: str) -> None:
    found = written_places(text)
    assert town in found
    assert not any(name.endswith(" of") or name == "City" for name in found)
    assert not any(place.name.endswith(" of") for place in places(text))


def test_guard_a_name_with_of_inside_it_stays_whole() -> None:
    text = "The Republic of Korea's navy fired warning shots near the border on Monday."
    assert "Republic of Korea" in written_places(text)


# -- a saint's day is a date, never a place ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Bars in Boston were crowded on St. Patrick's Day, police said.", "Boston"),
        ("Parades for St. Patrick’s Day drew crowds in Chicago.", "Chicago"),
        ("Crowds marked St. George's Day in Sofia on Sunday.", "Sofia"),
        ("He was born on St. Valentine's Day in Leeds.", "Leeds"),
        ("Police in Dublin arrested six people on Saint Stephen's Day.", "Dublin"),
    ],
)
def test_a_saints_day_is_no_place(text: str, kept: str) -> None:
    found = written_places(text)
    assert kept in found
    assert found == {kept}


def test_guard_a_town_named_after_a_saint_stays_a_place() -> None:
    text = "Floods closed roads in St. George, Utah, on Monday, officials said."
    assert "St. George" in written_places(text)


# -- a hyphenated compass word before a place names a part of it ------------------------------


@pytest.mark.parametrize(
    ("text", "written", "inner"),
    [
        (
            "Police found sick horses at two farms in North-Western Sydney on Tuesday, officials"
            " in Canberra said.",
            "North-Western Sydney",
            "Sydney",
        ),
        (
            "Storms cut power to homes in South-West Sydney on Friday, officials in Canberra said.",
            "South-West Sydney",
            "Sydney",
        ),
    ],
)
def test_a_hyphenated_compass_word_is_written_with_the_place(text: str, written: str, inner: str) -> None:
    found = written_places(text)
    assert written in found
    compass = written.partition(" ")[0]
    assert compass not in found  # no province abroad of that name
    assert place_of(text, written).name == inner


def test_guard_a_hyphenated_compass_region_alone_stays() -> None:
    text = "Our monitors in the North-West and South-West regions of Cameroon counted the dead."
    found = written_places(text)
    assert "North-West" in found


def test_guard_two_hyphenated_compass_words_share_the_name() -> None:
    text = "Storms hit North-West and South-West Sydney on Friday, officials in Canberra said."
    assert "South-West Sydney" not in written_places(text)


# -- a name the article makes a speaker or gives a parent is a person's ------------------------


@pytest.mark.parametrize(
    "text",
    [
        (
            'Florence began playing the violin at six and now performs in Calgary. "I practise'
            " every day,\" said Florence. Florence's mother drives her to lessons."
        ),
        (
            'Georgia has skated since she was four. "I love the ice," said Georgia, who trains'
            " in Edmonton. Georgia's father was a hockey player."
        ),
    ],
)
def test_a_name_said_to_speak_and_given_a_parent_is_a_person(text: str) -> None:
    found = written_places(text)
    assert not found & {"Florence", "Georgia"}
    assert found & {"Calgary", "Edmonton"}


def test_guard_a_name_after_a_preposition_of_place_stays_a_place() -> None:
    text = (
        '"We will rebuild," said Jordan, a farmer. Jordan\'s son moved to Amman. Floods hit'
        " villages in Jordan on Monday."
    )
    found = written_places(text)
    assert "Jordan" in found
