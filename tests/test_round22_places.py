"""Places, round 22: constructions of crackdown reporting by genre (state media datelines,
Wikipedia lists of provinces, rights groups' reports), found by running tally on public
reporting, none of it copied. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests._places import place_of, written_places

_TAIL = " Officers took the people they held to a police station, and the square was quiet by night."

# -- a state agency's dateline: "CITY, Month day. /AGENCY/." or a day before the month -------


@pytest.mark.parametrize(
    ("text", "town", "country"),
    [
        ("MINSK, August 10. /TASS/. Police held some 300 marchers in the centre." + _TAIL, "MINSK", "BY"),
        ("NIZHNY NOVGOROD, April 21. /TASS/. Police held 40 marchers." + _TAIL, "NIZHNY NOVGOROD", "RU"),
        ("ST. PETERSBURG, March 6. /TASS/. Police held 40 marchers." + _TAIL, "ST. PETERSBURG", "RU"),
        ("MINSK, 10 August (BelTA) - Police held some 300 marchers." + _TAIL, "MINSK", "BY"),
        ("Bishkek, 6 October 2020 (AKIpress) - Marchers entered the building." + _TAIL, "Bishkek", "KG"),
    ],
)
def test_a_state_agencys_dateline_is_a_place(text: str, town: str, country: str) -> None:
    assert place_of(text, town).country == country


def test_the_agency_of_a_slashed_dateline_is_no_place() -> None:
    text = "MOSCOW, January 5. /TASS/. Police held 12 marchers, a source told TASS." + _TAIL
    assert "TASS" not in written_places(text)
    assert place_of(text, "MOSCOW").country == "RU"


def test_a_sentence_opening_with_capitals_and_a_date_is_no_dateline() -> None:
    # guard: capitals inside a sentence, then a date and a full stop, open no dateline
    text = "Marchers came from Kazan. NATO, March 6. The alliance met on that day." + _TAIL
    assert "NATO" not in written_places(text)


# -- "the provinces of A, B and C": each listed name is a place of that kind ----------------


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Marches spread to the provinces of Isfahan, Fars and Khorasan Razavi on Monday." + _TAIL,
            {"Isfahan", "Fars", "Khorasan Razavi"},
        ),
        (
            "Strikes hit the cities of Shiraz, Tabriz and Rasht on Monday." + _TAIL,
            {"Shiraz", "Tabriz", "Rasht"},
        ),
        (
            "Unrest reached the regions of Mangystau and Aktobe within days." + _TAIL,
            {"Mangystau", "Aktobe"},
        ),
    ],
)
def test_names_listed_after_a_plural_kind_word_and_of_are_places(text: str, names: set[str]) -> None:
    assert names <= written_places(text)


def test_a_province_listed_after_provinces_of_is_the_province() -> None:
    text = "Marches spread to the provinces of Isfahan, Fars and Khorasan Razavi on Monday." + _TAIL
    assert place_of(text, "Isfahan").kind == "admin1"


def test_a_state_of_emergency_opens_no_list() -> None:
    # guard: lower-case "states of" before a word that is no name, and "United States of America"
    text = "The United States of America urged calm as states of emergency were declared." + _TAIL
    assert "America" not in written_places(text) or "United States of America" in written_places(text)


# -- "…, Reuters said": the name after a list's comma that speaks is the sentence's source -----


def test_a_named_source_after_a_list_of_towns_is_no_place() -> None:
    text = "Marches were held in Astana, Shymkent, Taraz and Taldykorgan, Reuters said." + _TAIL
    places = written_places(text)
    assert {"Astana", "Shymkent", "Taraz", "Taldykorgan"} <= places
    assert "Reuters" not in places


def test_a_town_listed_after_a_comma_before_a_verb_stays_a_place() -> None:
    # guard: a town closing a list before a verb that is not one of speech stays a place
    text = "Marches were held in Astana, Shymkent, Taraz and Taldykorgan, Aktau joined later." + _TAIL
    assert "Taldykorgan" in written_places(text)


# -- "A Prison, B Prison and …": a site's name right after a list's comma -------------------


def test_a_site_listed_after_another_sites_name_is_a_place() -> None:
    text = "Marchers were held in Evin Prison, Qezel Hesar Prison and the Kahrizak Detention Centre." + _TAIL
    assert {"Evin Prison", "Qezel Hesar Prison"} <= written_places(text)


def test_a_site_name_that_goes_on_before_stays_whole() -> None:
    # guard: a capitalised word right before the name (no comma) still makes a longer name
    text = "Marchers gathered near the Central Tehran Evin Tower on Friday." + _TAIL
    assert "Evin Tower" not in written_places(text)


# -- "in Tehran,[45] Mashhad,[46] Isfahan[47] and Rasht": footnote marks inside a list ------


def test_a_town_glued_to_a_footnote_mark_in_a_list_is_a_place() -> None:
    text = "On 8 October marches were held in Tehran,[45] Mashhad,[46] Isfahan[47] and Rasht.[48]" + _TAIL
    assert {"Tehran", "Mashhad", "Isfahan", "Rasht"} <= written_places(text)


def test_a_footnote_mark_makes_no_list_of_a_sentence_start() -> None:
    # guard: a mark after a sentence, then a capitalised word opening the next, is no list
    text = "Marches were held in Tehran.[45] Officers said the square was quiet." + _TAIL
    assert "Officers" not in written_places(text)


def test_a_tagged_capital_listed_after_provinces_of_is_its_province() -> None:
    text = "Marches spread to the provinces of Tehran, Isfahan and Kermanshah on Monday." + _TAIL
    tehran = place_of(text, "Tehran")
    assert (tehran.kind, tehran.country) == ("admin1", "IR")


def test_a_tagged_town_listed_after_cities_of_stays_the_town() -> None:
    # guard: after "cities of" the capital stays the capital
    text = "Strikes hit the cities of Tehran, Shiraz and Tabriz on Monday." + _TAIL
    tehran = place_of(text, "Tehran")
    assert (tehran.kind, tehran.country) == ("city", "IR")


# -- "in Tehran, Isfahan and Shiraz": a division after a comma that only a spelling fits ------


def test_a_capital_before_a_division_in_a_list_stays_the_capital() -> None:
    text = "Marches were held in Tehran, Isfahan and Shiraz on Monday." + _TAIL
    tehran = place_of(text, "Tehran")
    assert (tehran.name, tehran.kind, tehran.country) == ("Tehran", "city", "IR")


def test_a_town_qualified_by_its_state_keeps_the_states_reading() -> None:
    # guard: "Paris, Texas" still names the Paris of Texas
    text = "Marchers gathered in Paris, Texas, on Monday." + _TAIL
    assert place_of(text, "Paris").country == "US"


def test_a_country_after_regions_of_stays_the_country() -> None:
    # guard: "the regions of Russia" names the country, not a district called Russia
    text = "Marches spread to the regions of Russia and Belarus within days." + _TAIL
    assert place_of(text, "Russia").kind == "country"
