"""Places, round 20: constructions of crackdown reporting from Myanmar, Nigeria, Colombia and
Belarus (found by running tally on public reporting, none of it copied). Sentences written for
these tests."""

from __future__ import annotations

import pytest

from tests._places import place_of, places, written_places

# -- an armed group named after its township is a body, no place ---------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Members of the Yinmabin Township People's Defence Force clashed with troops near the village.",
        "Members of the Yinmabin Township People's Defence Force clashed with troops in Sagaing.",
    ],
)
def test_a_force_named_after_a_township_is_no_place(text: str) -> None:
    assert not {w for w in written_places(text) if w.endswith("Force")}


def test_a_township_named_alone_stays_a_place() -> None:
    # guard: the township itself, without the force's name, is a place
    text = "Soldiers burned two villages in Mindat Township on Tuesday, residents said."
    assert "Mindat Township" in written_places(text) or "Mindat" in written_places(text)


# -- "X Township, Y Region": the division after the comma is a place ----------------------


@pytest.mark.parametrize(
    ("text", "division"),
    [
        ("Soldiers shot five farmers in Kyunhla Township, Sagaing Region, on Monday.", "Sagaing Region"),
        ("Troops raided a clinic in Natogyi Township, Mandalay Region, last week.", "Mandalay Region"),
    ],
)
def test_a_division_qualifying_a_township_is_a_place(text: str, division: str) -> None:
    assert division in written_places(text)
    assert place_of(text, division).country == "MM"


def test_a_body_after_a_comma_stays_no_division() -> None:
    # guard: a capitalised "State" after a comma that names no division is no place
    text = "Police in Kyunhla Township, Islamic State fighters and others were blamed."
    assert "Islamic State" not in written_places(text)


# -- "X's Y district": the town owning a quarter is a place, and the quarter lies in it -------


@pytest.mark.parametrize(
    ("text", "town", "country"),
    [
        ("Police detained forty people in Abuja's Wuse district on Friday.", "Abuja", "NG"),
        ("Two students were shot in Kampala's Kawempe district overnight.", "Kampala", "UG"),
    ],
)
def test_the_town_owning_a_quarter_is_a_place(text: str, town: str, country: str) -> None:
    assert town in written_places(text)
    assert place_of(text, town).country == country


def test_a_quarter_of_a_town_keeps_to_its_country() -> None:
    text = "Riot police fired tear gas in Bogota's Suba neighbourhood on Friday night."
    assert place_of(text, "Suba").country in (None, "CO")


def test_a_quarter_of_a_town_spelt_otherwise_lies_in_it() -> None:
    text = "Police beat two students in Chittagong's Muradpur area on Friday, witnesses said."
    assert place_of(text, "Muradpur").country == "BD"


def test_a_persons_possessive_before_a_district_makes_no_town() -> None:
    # guard: a person's possessive before a district is no town
    text = "Officers searched Jackson's Wuse district flat on Friday, police in Abuja said."
    assert "Jackson" not in written_places(text)


# -- a division named by its chief town ("the Hrodna and Brest regions") -------------------


@pytest.mark.parametrize(
    "text",
    [
        "Viasna counted arrests in the Hrodna and Brest regions on Sunday.",
        "Riot police detained students in the Gomel region, rights groups said.",
    ],
)
def test_a_division_named_by_its_chief_town_is_that_division(text: str) -> None:
    name = "Hrodna" if "Hrodna" in text else "Gomel"
    place = place_of(text, name)
    assert (place.country, place.kind) == ("BY", "admin1")


def test_a_region_word_after_an_unknown_name_makes_no_town() -> None:
    # guard: a region no town names stays unresolved, not a town's division
    text = "Herders fled the Ogaden region after the raids, aid workers said."
    assert all(p.kind != "city" for p in places(text) if p.name.startswith("Ogaden"))


def test_an_unknown_township_lies_in_the_division_that_qualifies_it() -> None:
    text = "Soldiers shot five farmers in Kyunhla Township, Sagaing Region, on Monday."
    place = place_of(text, "Kyunhla Township")
    assert (place.country, place.lat) == ("MM", None)


# -- "Kaduna and Katsina states": the division, not its namesake town ---------------------


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Curfews were declared in Kaduna and Katsina states after the looting.", "Katsina", "NG"),
        ("Police fired tear gas in Mombasa, Kilifi and Kwale counties on Tuesday.", "Kilifi", "KE"),
        ("In Kaduna and Katsina states, curfews were declared after the looting.", "Katsina", "NG"),
    ],
)
def test_names_before_a_plural_division_word_are_divisions(text: str, name: str, country: str) -> None:
    place = place_of(text, name)
    assert (place.country, place.kind) == (country, "admin1")


def test_a_town_before_a_quarter_word_stays_a_town() -> None:
    # guard: "district" is a quarter's word, not a division's: the town keeps its reading
    text = "Police fired tear gas in the Kaduna district of Tudun Wada on Tuesday, residents said."
    assert all(p.kind != "admin1" for p in places(text) if p.name == "Tudun Wada")
