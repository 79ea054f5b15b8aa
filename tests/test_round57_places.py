"""Places, round 57: a Canadian (or Australian) town with its province's dotted abbreviation after
a comma, Canadian Press style ("Lethbridge, Alta."), when the tagger cut the full stop off the
abbreviation or did not tag the town. Sentences written for these tests; no gold text."""

from __future__ import annotations

import pytest

from tests._places import place_of, places, written_places

# -- the tagger's abbreviation without its full stop is the province --------------------------


@pytest.mark.parametrize(
    ("text", "written", "province"),
    [
        ("Farmers in Lethbridge, Alta., blocked a highway on Monday.", "Alta.", "Alberta"),
        ("She sold her house in Gatineau, Que., and moved to Ottawa.", "Que.", "Quebec"),
    ],
)
def test_a_tagged_abbreviation_cut_before_its_stop_is_the_province(
    text: str, written: str, province: str
) -> None:
    place = place_of(text, written)
    assert place.country == "CA"
    assert province in place.name


# -- a town the tagger missed before ", Que." ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "town", "written"),
    [
        ("Students in Sherbrooke, Que., marched on Tuesday.", "Sherbrooke", "Que."),
        ("Nurses in Red Deer, Alta., walked off the job.", "Red Deer", "Alta."),
        ("Rallies in Rimouski, Que. drew hundreds of people.", "Rimouski", "Que."),
    ],
)
def test_an_untagged_town_before_its_provinces_abbreviation(text: str, town: str, written: str) -> None:
    found = written_places(text)
    assert town in found
    assert written in found
    assert place_of(text, town).country == "CA"


def test_guard_a_tagged_town_and_province_are_unchanged() -> None:
    text = "Police in Barrie, Ont., arrested two men on Friday."
    assert written_places(text) == {"Barrie", "Ont."}


def test_guard_a_name_the_province_does_not_hold_is_no_town() -> None:
    # "Jones" is no town of Quebec: the person before the comma stays out
    text = "The letter was signed by Marie Jones, Que. director of the union."
    assert not any(place.country == "CA" and "Jones" in place.name for place in places(text))


def test_guard_a_us_state_after_its_town_is_unchanged() -> None:
    text = "Police in Valdosta, Ga., arrested two men."
    assert written_places(text) == {"Valdosta", "Ga."}
