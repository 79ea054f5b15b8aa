"""Places, round 25: constructions seen on the errors of more than one tune split (VOA, Wikinews,
the invented work splits). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests._places import place_of, written_places

# -- a name the gazetteer does not know, written only before a lower-case word for a road or tract --


@pytest.mark.parametrize(
    ("text", "written", "name"),
    [
        (
            "Rangers found dead geese near the Tolvarra state game area in Kent County, Michigan, on Monday.",
            "Tolvarra state game area",
            "Tolvarra",
        ),
        (
            "Protesters blocked the Kabul-Jalalabad highway on Sunday, police said.",
            "Kabul-Jalalabad highway",
            "Kabul-Jalalabad",
        ),
        (
            "Truckers parked across the Lagos-Ibadan expressway for a second day, the union said.",
            "Lagos-Ibadan expressway",
            "Lagos-Ibadan",
        ),
    ],
)
def test_a_road_or_tract_is_written_with_its_lower_case_word(text: str, written: str, name: str) -> None:
    assert written in written_places(text)
    assert place_of(text, written).name == name  # the place keeps the name alone


@pytest.mark.parametrize(
    ("text", "written"),
    [
        # a town the gazetteer knows is the place, not its road
        ("Gunmen attacked buses on the Peshawar road, officials in Islamabad said.", "Peshawar"),
        # the bare name written elsewhere: one name, one place
        (
            "Rebels mined the Kabul-Jalalabad highway in March. The Kabul-Jalalabad route reopened in May.",
            "Kabul-Jalalabad",
        ),
        (
            "Rangers found geese near the Tolvarra state game area in Michigan. Hunters in Tolvarra said"
            " the birds were sick.",
            "Tolvarra",
        ),
        # a site word: the site is named by its name alone
        ("Troops fired on a crowd near the Kolbara bridge, witnesses in Tehran said.", "Kolbara"),
    ],
)
def test_a_known_town_a_bare_name_or_a_site_stays_alone(text: str, written: str) -> None:
    assert written in written_places(text)
    assert not any(w.startswith(written + " ") for w in written_places(text))


# -- a place that opens a body's longer name ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "inside"),
    [
        # a function noun before "District": a special district, no division
        (
            "The question was answered by the regulator and the Orange County Sanitation District, who"
            " sent maps of Santa Ana.",
            "Orange County",
        ),
        # four capitalised words between the place and the body's last word
        (
            "Engineers from the South Coast Air Quality Management District tested the air near Oakland.",
            "South Coast",
        ),
    ],
)
def test_a_place_that_opens_a_bodys_name_is_no_place(text: str, inside: str) -> None:
    assert inside not in written_places(text)


@pytest.mark.parametrize(
    ("text", "written"),
    [
        # guard: a division's own name ends in "District"
        ("Gunmen attacked villages in Narsingdi District and in Gazipur District.", "Narsingdi District"),
        ("Residents of the Accra Metropolitan District marched to Accra on Sunday.", "Accra"),
        # guard: a site's name is a place
        ("Flights from Baghdad International Airport resumed on Friday.", "Baghdad"),
    ],
)
def test_a_divisions_or_sites_name_stays_a_place(text: str, written: str) -> None:
    assert any(w.startswith(written) for w in written_places(text))
