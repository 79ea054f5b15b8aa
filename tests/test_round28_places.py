"""Places, round 28: constructions seen on the errors of two or more tune splits written by
different hands (GeoWebNews, TR-News, Wikinews). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests._places import place_of, scored_places, written_places

# -- a tagged place that ends a longer name the gazetteer knows: the longer name -------------


@pytest.mark.parametrize(
    ("text", "whole", "part"),
    [
        ("Crews began repairing the sewage plant in Baja California on Monday.", "Baja California", "Baja"),
        (
            "The two women shared a flat in the Little Portugal area before the fire, police in Toronto said.",
            "Little Portugal",
            "Portugal",
        ),
    ],
)
def test_a_place_ending_a_longer_known_name_is_the_longer_name(text: str, whole: str, part: str) -> None:
    found = written_places(text)
    assert whole in found
    assert part not in found


def test_the_longer_name_is_resolved_as_a_whole() -> None:
    text = "Crews began repairing the sewage plant in Baja California on Monday."
    place = place_of(text, "Baja California")
    assert place.country == "MX"
    assert place.kind == "admin1"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a compass word before a state stays outside its name ("North Georgia" is Georgia)
        ("Heavy snow closed schools across North Georgia and in Atlanta on Monday.", "Georgia"),
        # a capitalised function word opening a sentence is no word of the name
        ("In Portugal, the strike closed the ports on Friday.", "Portugal"),
        # a name tagged whole keeps its words
        ("Protesters marched in Mexico City and in Kansas City on Sunday.", "Mexico City"),
    ],
)
def test_a_place_after_other_capitalised_words_stays(text: str, place: str) -> None:
    # round 55: "North Georgia" is written whole and read as Georgia (the place's name)
    assert place in scored_places(text)


# -- a town that opens the name of a school, an academy, a hospital: no place -----------------


@pytest.mark.parametrize(
    ("text", "town", "place"),
    [
        (
            "Parents in Fresno, California, said the spill sat next to Clovis Elementary School. "
            "Officials in Sacramento promised tests.",
            "Clovis",
            "Fresno",
        ),
        (
            "The county health office in Ohio said students at the Kettering Academy fell ill. "
            "Doctors in Dayton treated them.",
            "Kettering",
            "Dayton",
        ),
        (
            "Flu cases rose in Texas, where nurses at Tyler Hospital in Dallas asked for masks.",
            "Tyler",
            "Dallas",
        ),
    ],
)
def test_a_town_opening_an_institutions_name_is_no_place(text: str, town: str, place: str) -> None:
    found = written_places(text)
    assert town not in found
    assert place in found


def test_a_town_named_outside_its_institutions_name_stays() -> None:
    text = "Flu cases rose in Tyler, Texas, where nurses at Tyler Hospital asked for masks."
    assert "Tyler" in written_places(text)
