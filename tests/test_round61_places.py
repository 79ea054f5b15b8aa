"""Places, round 61: a title's abbreviation the tagger took for a place right before the name it
opens ("called in Lt. [name]"); an unknown name with a lower-case hospital or factory after it. Sentences written for these tests; no gold text."""

from __future__ import annotations

import pytest

from tests._places import written_places

# -- a title's abbreviation before a name ----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "As the standoff went on, the sheriff called in Lt. Dana Kerr and two deputies.",
        "Deputies called in Det. Ana Ruiz from Marshall on Sunday.",
    ],
)
def test_a_titles_abbreviation_before_a_name_is_no_place(text: str) -> None:
    assert not {"Lt", "Lt.", "Det", "Det."} & written_places(text)


def test_the_place_beside_a_title_stays() -> None:
    assert "Marshall" in written_places("Deputies called in Det. Ana Ruiz from Marshall on Sunday.")


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a title's word that ends no name: the town stays
        ("Flooding cut the road to Gen on Monday, officials in Sofia said.", "Sofia"),
        # a saint's abbreviation opens a town's name
        ("Marchers reached St. Louis on Friday.", "St. Louis"),
    ],
)
def test_guard_other_places_stay(text: str, place: str) -> None:
    assert place in written_places(text)


# -- an unknown name with a lower-case hospital or factory after it --------------------------------


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("Volunteers moved the wounded out of the Pecherska hospital before the raid.", "Pecherska hospital"),
    ],
)
def test_an_unknown_name_keeps_its_hospital_or_factory(text: str, written: str) -> None:
    assert written in written_places(text)


def test_guard_a_towns_hospital_stays_the_town() -> None:
    found = written_places("Protests closed roads in Nakuru, and the Nakuru hospital ran out of blood.")
    assert found == {"Nakuru"}
