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
    ],
)
def test_a_known_town_a_bare_name_or_a_site_stays_alone(text: str, written: str) -> None:
    assert written in written_places(text)
    assert not any(w.startswith(written + " ") for w in written_places(text))


def test_a_site_is_written_with_its_word_and_named_alone() -> None:
    # a site word (round 44): the mention runs over it, as the article names the site, and
    # the place keeps the name alone, so either reading finds it
    text = "Troops fired on a crowd near the Kolbara bridge, witnesses in Tehran said."
    assert "Kolbara bridge" in written_places(text)
    assert place_of(text, "Kolbara bridge").name == "Kolbara"


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


# -- a place in a title of office before a person's name ----------------------------------------


@pytest.mark.parametrize(
    ("text", "title_place", "kept"),
    [
        ("U.S. Secretary of State Mara Velden visited Lusaka on Monday.", "U.S.", "Lusaka"),
        ("Ottawa Mayor Henrik Sollan reported 12 new cases in Lusaka on Monday.", "Ottawa", "Lusaka"),
        (
            "White House press secretary Dana Pirell told reporters in Lusaka that the talks had failed.",
            "White House",
            "Lusaka",
        ),
        # capitalised words of the title before the role word
        (
            "White House Press Secretary Dana Pirell said the talks in Lusaka had failed.",
            "White House",
            "Lusaka",
        ),
        # the country written otherwise elsewhere keeps that mention only
        (
            "The United States will send aid, U.S. Secretary of State Mara Velden said in Lusaka.",
            "U.S.",
            "United States",
        ),
    ],
)
def test_a_place_in_a_title_before_a_name_is_no_place(text: str, title_place: str, kept: str) -> None:
    found = written_places(text)
    assert title_place not in found and kept in found


def test_guard_a_place_named_elsewhere_stays_and_a_title_without_a_name_keeps_its_place() -> None:
    assert "Kabul" in written_places(
        "Protesters marched in Kabul. Kabul Mayor Idris Haqqani said the march was calm."
    )
    assert "Ottawa" in written_places("The Ottawa mayor said the march was calm.")
    # "and" is no word of a title
    assert "Kabul" in written_places(
        "Protesters marched in Kabul and President Ashraf Ghani said the march was calm."
    )
