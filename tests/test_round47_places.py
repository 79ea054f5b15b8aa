"""Places, round 47: the entries of a count list keyed by place, as daily bulletins write them
("Deaths by province:" then "- Fars: 12" on each line, or "Arrests by region: Kyiv 40;
Odesa 12; Lviv oblast 9."), are places, each written as the entry writes it (with its
division word: "- Lviv region: 9"); a site named with a lower-case street, highway, station,
clinic, pagoda or zoo ("shot on Golshahr street", "at Tai Wo Hau station") is named with its
word; a building named with a capitalised "House", "Buildings" or "City Hall" after a cue of
place ("stormed the Assembly Buildings", "reporters at Harambee House") is a site. Sentences
written for these tests."""

from __future__ import annotations

from tests._places import assert_offsets_hold as _offsets_hold
from tests._places import written_places

# -- entries of a count list keyed by place ---------------------------------------------------


def test_bulleted_entries_by_province_are_places() -> None:
    text = (
        "The monitoring group counted 312 arrests in the week to Friday.\n\n"
        "Arrests by province:\n- Fars: 88\n- Mazandaran: 61\n- Gilan: 40\n- Alborz: 22\n"
        "- Other provinces: 101\n\nThe group said the figures were incomplete."
    )
    assert {"Fars", "Mazandaran", "Gilan", "Alborz"} <= written_places(text)
    _offsets_hold(text)


def test_bulleted_entries_with_their_division_word_are_written_whole() -> None:
    text = (
        "Detentions recorded by the rights centre on Sunday, by region:\n"
        "- Vitebsk region: 31\n- Gomel region: 27\n- Mogilev region: 12\n\n"
        "Most were released within a day, the centre said."
    )
    assert {"Vitebsk region", "Gomel region", "Mogilev region"} <= written_places(text)
    _offsets_hold(text)


def test_capitalised_division_words_of_entries_are_written_whole() -> None:
    text = (
        "Killed since the coup, by region or state:\n- Sagaing Region: 40\n- Magway Region: 18\n"
        "- Kachin State: 9\n- Other: 5\n\nThe figures could not be verified."
    )
    assert {"Sagaing Region", "Magway Region", "Kachin State"} <= written_places(text)


def test_entries_of_an_inline_list_are_places() -> None:
    text = (
        "Deaths by province since the vote: Niassa 12; Cabo Delgado province 9; Sofala 4; "
        "other provinces 3. The platform said the toll was rising."
    )
    assert {"Niassa", "Cabo Delgado province", "Sofala"} <= written_places(text)


def test_a_list_of_counts_by_kind_names_no_place() -> None:
    # guard: a bulletin's list of counts by kind ("Date" is also a Japanese town) is no list
    # of places
    text = (
        "The group published its figures for the day on Monday.\n- Date: 14\n- Deaths: 2\n- Injuries: 11\n- Arrested: 40\n\n"
        "Protesters marched in Lusaka on Monday."
    )
    assert written_places(text) == {"Lusaka"}


def test_one_entry_alone_is_no_list() -> None:
    # guard: a single "Name: count" line is a heading or a score, not a bulletin's list
    text = "Final score\nChelsea: 2\n\nThe match was played in London on Sunday."
    assert "Chelsea" not in written_places(text)


# -- a site named with a lower-case site word: streets, stations, clinics, pagodas -------------


def test_a_station_named_with_its_lower_case_word_is_a_site() -> None:
    text = "Riot police charged into the carriages at Tai Wo Hau station on Saturday night, witnesses said."
    assert "Tai Wo Hau station" in written_places(text)
    _offsets_hold(text)


def test_a_street_named_with_its_lower_case_word_is_a_site() -> None:
    text = 'Her brother was shot on Golshahr street late on Sunday, a relative said. "He was unarmed."'
    assert "Golshahr street" in written_places(text)


def test_a_clinic_and_a_pagoda_named_with_their_words_are_sites() -> None:
    text = (
        "Speaking from a bed at the Kartveli clinic, the student said she was beaten. Bodies were "
        "left inside the Shwe Taung pagoda compound overnight, residents said."
    )
    found = written_places(text)
    assert {"Kartveli clinic", "Shwe Taung pagoda"} <= found


def test_a_highway_named_with_its_lower_case_word_is_a_site() -> None:
    text = "Young men ran toward Karzakan highway as police fired birdshot, an activist said."
    assert "Karzakan highway" in written_places(text)


def test_a_street_word_before_a_noun_of_people_names_no_site() -> None:
    # guard: "street" as a modifier of the noun after it, after a demonym
    text = "Members of the Venezuelan street gang were flown to El Salvador on Sunday."
    assert written_places(text) == {"El Salvador"}


# -- a building named with a capitalised "House", "Buildings" or "City Hall" -------------------


def test_a_house_entered_or_stormed_is_a_site() -> None:
    text = (
        "Protesters broke into the Governor's House in Kandy on Saturday. Police chief Otieno spoke "
        "to reporters at Harambee House on Monday."
    )
    found = written_places(text)
    assert {"Governor's House", "Harambee House"} <= found
    _offsets_hold(text)


def test_buildings_and_a_city_hall_stormed_are_sites() -> None:
    text = "Crowds stormed the Assembly Buildings and set fire to City Hall, the interior ministry said."
    assert {"Assembly Buildings", "City Hall"} <= written_places(text)


def test_a_storeyed_house_toppled_is_a_site() -> None:
    text = "The blast toppled the nine-story Imani House and shattered windows across the street."
    assert "Imani House" in written_places(text)


def test_a_house_that_speaks_or_modifies_a_noun_names_no_site() -> None:
    # guards: a think tank that speaks, and a hall before the noun it modifies
    text = (
        "Freedom House said the vote was flawed. The family were renters, according to Lismore "
        "Town Hall records."
    )
    found = written_places(text)
    assert "Freedom House" not in found and "Lismore Town Hall" not in found


def test_a_site_word_of_a_kind_of_site_names_no_site() -> None:
    # guards: an indefinite article, a word for a service, a noun after the site word
    text = (
        "Mercury was spilled along an Andean highway in 2000. Two detainees died at the 3rd Police "
        "Station in Beira. It was the biggest Bersih street protest in years."
    )
    found = written_places(text)
    assert not {"Andean highway", "Police Station", "Bersih street"} & found
    assert "Beira" in found


def test_a_capitalised_street_keeps_its_name() -> None:
    # guard: the capitalised "Street" names a street whatever follows it
    text = "Flames gutted the top floor of a Glenmore Street family home on Tuesday, the fire chief said."
    assert "Glenmore Street" in written_places(text)
