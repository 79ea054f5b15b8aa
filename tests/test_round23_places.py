"""Places, round 23: constructions of broadcasters', national dailies' and rights groups' crackdown
reporting, found by running tally on public reporting, none of it copied. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from tests._places import place_of, scored_places, written_places

_TAIL = " Officers took the people they held to a police station, and the square was quiet by night."

# -- a Persian division spelt "-istan" where GeoNames writes "-estan" ---------------------------


@pytest.mark.parametrize(
    ("text", "written", "country"),
    [
        ("Guards fired on mourners in Khuzistan on Tuesday." + _TAIL, "Khuzistan", "IR"),
        (
            "The governor of Sistan and Baluchistan province denied any shooting." + _TAIL,
            "Sistan and Baluchistan",
            "IR",
        ),
        ("Guards fired on mourners in Sistan-Baluchistan on Tuesday." + _TAIL, "Sistan-Baluchistan", "IR"),
    ],
)
def test_a_division_spelt_istan_is_its_estan_province(text: str, written: str, country: str) -> None:
    assert place_of(text, written).country == country


def test_a_known_istan_name_keeps_its_own_reading() -> None:
    # guard: a name GeoNames holds under its own spelling is not respelt
    text = "Guards fired on mourners in Kurdistan province on Tuesday." + _TAIL
    assert place_of(text, "Kurdistan").country == "IR"


# -- a land named with "-stan" that the parser tags as a people ---------------------------------


@pytest.mark.parametrize(
    ("text", "written"),
    [
        (
            "Gunmen shot four miners in southwestern Baluchistan province, officials said." + _TAIL,
            "Baluchistan",
        ),
        ("Marchers blocked roads in Khuzistan and Luristan after the funerals." + _TAIL, "Luristan"),
    ],
)
def test_a_land_named_stan_tagged_as_a_people_is_a_place(text: str, written: str) -> None:
    # a land written only before its division word is written with it since round 45
    assert written in scored_places(text)


def test_a_people_before_its_land_stays_no_place() -> None:
    # guard: the people ("Baluch", "Baloch") is a demonym, not a place
    text = "Baluch activists said guards fired on mourners after Friday prayers." + _TAIL
    assert not {"Baluch", "Baluchistan"} & written_places(text)


# -- an Indian wire's dateline: the agency's initials in brackets, no dash, or a date and a colon


@pytest.mark.parametrize(
    ("text", "town", "country"),
    [
        ("Bhopal, Nov 14 (PTI) Police held 60 farmers marching on the assembly." + _TAIL, "Bhopal", "IN"),
        ("BHOPAL, Nov 14 (IANS) Police held 60 farmers marching on the assembly." + _TAIL, "BHOPAL", "IN"),
        ("Patna, November 14: Police held 60 farmers marching on the assembly." + _TAIL, "Patna", "IN"),
        ("Patna, 14 Nov: Police held 60 farmers marching on the assembly." + _TAIL, "Patna", "IN"),
    ],
)
def test_an_indian_wires_dateline_is_a_place(text: str, town: str, country: str) -> None:
    assert place_of(text, town).country == country


def test_the_agency_of_a_dashless_dateline_is_no_place_and_a_weekday_no_town() -> None:
    # guard: the agency's initials stay an outlet; a day of the week with a date and a colon
    # opens no dateline
    text = "Bhopal, Nov 14 (PTI) Police held 60 farmers.\nTuesday, Nov 15: more were held." + _TAIL
    assert "PTI" not in written_places(text)
    assert "Tuesday" not in written_places(text)


# -- a town the parser takes for a person after "X-occupied", "X-held", "X-controlled" -----------


@pytest.mark.parametrize(
    ("text", "town", "country"),
    [
        ("Soldiers searched flats in Russian-occupied Melitopol on Monday." + _TAIL, "Melitopol", "UA"),
        ("Families of Russian-occupied Kherson reported arrests." + _TAIL, "Kherson", "UA"),
    ],
)
def test_a_town_after_a_holders_participle_is_a_place(text: str, town: str, country: str) -> None:
    assert place_of(text, town).country == country


def test_a_person_after_a_backers_participle_stays_a_person() -> None:
    # guard: "backed" is said of people too; only ground is held, occupied or controlled
    text = "The Moscow-backed Yanukovych fled the capital on Saturday." + _TAIL
    assert "Yanukovych" not in written_places(text)
