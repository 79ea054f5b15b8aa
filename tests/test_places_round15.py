"""Places, round 15: constructions found on fresh probe articles (Nigeria, Sri Lanka, Sudan,
Zimbabwe, Kenya, Bangladesh, Georgia, Mozambique) that earlier rounds did not cover."""

from __future__ import annotations

import pytest

from tests._places import places, scored_places, written_places

# --- a road named with a capitalised motorway word: "the Kubwa Expressway" ---------------------


@pytest.mark.parametrize(
    ("text", "road"),
    [
        ("Police fired tear gas at marchers on the Ikorodu Expressway before noon.", "Ikorodu Expressway"),
        ("Traffic stood still on the Waiyaki Superhighway as crowds gathered.", "Waiyaki Superhighway"),
        ("Truckers parked across the Gweru Motorway for a second day.", "Gweru Motorway"),
    ],
)
def test_a_name_before_a_capitalised_motorway_word_is_a_road(text: str, road: str) -> None:
    assert road in written_places(text)


@pytest.mark.parametrize(
    ("text", "road", "town"),
    [
        ("Traders blocked the Nakuru Highway before marching into Nakuru.", "Nakuru Highway", "Nakuru"),
        (
            "Soldiers blocked the Lagos-Ibadan Expressway as protests spread from Lagos.",
            "Lagos-Ibadan Expressway",
            "Lagos",
        ),
    ],
)
def test_a_town_before_a_capitalised_road_word_yields_to_the_road(text: str, road: str, town: str) -> None:
    found = written_places(text)
    assert road in found and town in found
    assert "Ibadan" not in found


# --- two towns joined by a hyphen before a lower-case road word: "the Mombasa-Nairobi highway" --


@pytest.mark.parametrize(
    ("text", "road"),
    [
        ("Protesters blocked the Mombasa-Nairobi highway near Mlolongo for hours.", "Mombasa-Nairobi"),
        ("Troops set up checkpoints on the Galle–Matara road after dark.", "Galle–Matara"),
        ("A bus was set alight on the Rajshahi-Natore highway on Sunday.", "Rajshahi-Natore"),
    ],
)
def test_two_towns_joined_before_a_lower_case_road_word_name_the_road(text: str, road: str) -> None:
    # the lower-case word stays out of the name, as "Evin" of "Evin prison"; since round 25 the
    # road's mention is written with its word ("the Mombasa-Nairobi highway", as the gold has it)
    assert any(place.name == road for place in places(text))


def test_guard_two_countries_joined_before_a_lower_case_noun_stay_two_places() -> None:
    # "the Iran-Iraq war": no road; each country is its own place
    found = written_places("Veterans of the Iran-Iraq war marched in Tehran.")
    assert "Iran-Iraq" not in found


# --- a hyphenated name cut at its hyphen: "the Ndlavela-Matola area", "Al-Riyadh" ------------


@pytest.mark.parametrize(
    ("text", "name", "part"),
    [
        ("Police shot two men in the Ndlavela-Matola area of Mozambique.", "Ndlavela-Matola", "Ndlavela"),
        ("The army blocked roads in Al-Riyadh, a district of Khartoum.", "Al-Riyadh", "Riyadh"),
    ],
)
def test_a_hyphenated_name_is_one_place_not_its_part(text: str, name: str, part: str) -> None:
    found = written_places(text)
    assert name in found and part not in found


def test_a_town_inside_a_hyphenated_name_is_not_found_by_the_division_scan() -> None:
    # "Ota" is a town of Ogun State, but "Sango-Ota" is the name written
    found = written_places("Residents of Sango-Ota in neighbouring Ogun State said police shot at students.")
    assert "Ota" not in found


def test_guard_two_known_places_joined_by_a_hyphen_stay_apart() -> None:
    found = written_places("Veterans of the Iran-Iraq war marched in Tehran.")
    assert "Iran" in found and "Iran-Iraq" not in found


def test_guard_initials_after_a_hyphen_do_not_widen_a_country() -> None:
    # "a joint Kenya-U.S. base": two countries, the "U" opens initials
    assert "Kenya" in written_places("Militants attacked a joint Kenya-U.S. base near Lamu in Kenya.")


# --- a known town as one word of an unknown place's name: "Jebel Aulia", "Temple of the Tooth" --


@pytest.mark.parametrize(
    ("text", "name", "part"),
    [
        ("The army moved into Jebel Aulia on Monday, residents said.", "Jebel Aulia", "Jebel"),
        ("Relatives waited in Sher-e-Bangla Nagar for news of the wounded.", "Sher-e-Bangla Nagar", "Nagar"),
        ("Pilgrims filled the Temple of the Tooth in Kandy.", "Temple of the Tooth", "Temple"),
    ],
)
def test_a_known_town_beside_another_name_word_is_no_town(text: str, name: str, part: str) -> None:
    found = written_places(text)
    assert part not in found
    assert name in found


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Shootings were reported in South Philadelphia overnight.", "Philadelphia"),
        ("Shelling hit Rural Damascus again on Friday.", "Damascus"),
    ],
)
def test_guard_a_town_after_a_modifier_stays_the_town(text: str, town: str) -> None:
    # round 55: "South Philadelphia" is written whole, the place read is still the town
    assert town in scored_places(text)


# --- a conjoined division after a sentence-opening "The": "The Jammu and Kashmir administration" -


@pytest.mark.parametrize(
    ("text", "name", "part"),
    [
        (
            "The Jammu and Kashmir administration cut mobile internet in Srinagar.",
            "Jammu and Kashmir",
            "Jammu",
        ),
        (
            "The Trinidad and Tobago government extended the curfew on Friday.",
            "Trinidad and Tobago",
            "Trinidad",
        ),
    ],
)
def test_a_conjoined_name_after_a_sentence_opening_the_is_one_place(text: str, name: str, part: str) -> None:
    found = written_places(text)
    assert name in found and part not in found


def test_guard_a_country_glued_to_an_outlets_name_stays_inside_it() -> None:
    # "Interfax-Ukraine" names an outlet; the country there is no place of the article
    found = written_places("Sources: Interfax-Ukraine, Reuters.")
    assert "Interfax-Ukraine" not in found
