"""Places, round 50: three constructions a user saw running tally on whole articles.

- **A people's name before a noun** is no place: "Arab neighbourhoods" listed the Alabama town
  "Arab" (the site rule read the people's word before a plural site word as a site's name), and
  a people before "tribe", "clan" or "community" was a place whenever the gazetteer knew a county
  or a town of that name.
- **A language's name** is no evidence of a country: "taught in Somali" listed Somalia.
- **A place name with a possessive inside it** ("Cox's Bazar", "St John's") was cut at the "'s"
  or read as a person's or an organisation's name and missed.

Every sentence below was written for this round (no gold set).
"""

from __future__ import annotations

import pytest

from tests._places import places, written_places


def _names(text: str) -> set[str]:
    return {p.name for p in places(text)}


# --- a people's name before a noun ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Soldiers searched Arab neighbourhoods on the edge of the city after the attack.",
        "Gunmen from a rival clan raided the Kuria tribe and drove off their goats.",
        "Gunmen from a rival clan raided the Turkana tribe and drove off their cattle.",
    ],
)
def test_round50_a_peoples_name_before_a_noun_is_no_place(text: str) -> None:
    assert not written_places(text)


def test_round50_guard_two_names_sharing_a_plural_site_word_stay_sites() -> None:
    found = written_places("Traffic stopped on the Ravi and Chenab bridges after the floods.")
    assert {"Ravi", "Chenab"} <= found


def test_round50_guard_a_place_before_a_plural_stays() -> None:
    assert "Balochistan" in written_places("Hundreds are held in Balochistan prisons without charge.")


# --- a language's name ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Lessons at the camp school were given in Somali until the teachers left.",
        "The new channel will broadcast in Persian from the spring.",
        "The detained editor speaks Somali and French, her brother said.",
        "The notices were printed in Burmese and English.",
        "A Somali-language radio station was closed by the authorities.",
    ],
)
def test_round50_a_language_is_no_country(text: str) -> None:
    assert not _names(text)


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Thousands of Somali refugees reached the border town this week.", "Somalia"),
        ("The men were trained by French instructors last year.", "France"),
    ],
)
def test_round50_guard_a_demonym_before_a_noun_stays_a_countrys(text: str, country: str) -> None:
    assert country in _names(text)


# --- a place name with a possessive inside it ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("Boats carrying refugees landed near Cox's Bazar on Thursday.", "Cox's Bazar"),
        ("The camps of Cox’s Bazar district are short of water.", "Cox’s Bazar"),
        ("Snow closed the airport at St John's for two days.", "St John's"),
    ],
)
def test_round50_a_place_name_with_a_possessive_is_read_whole(text: str, written: str) -> None:
    assert written in written_places(text)


def test_round50_guard_a_countrys_possessive_stays_the_country() -> None:
    text = "Peru's Congress voted to remove the minister on Monday."
    assert written_places(text) == {"Peru"}


def test_round50_the_possessor_inside_an_unknown_name_is_no_town() -> None:
    assert "Martha" not in written_places("Ferries to Martha's Vineyard were cancelled on Sunday.")


def test_round50_guard_a_sizeable_town_before_its_quarter_stays() -> None:
    assert "Kisumu" in written_places("Police were deployed in Kisumu's Kondele area overnight.")
