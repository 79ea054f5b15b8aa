"""Places, round 10: constructions found on fresh probe articles (Sudan, Myanmar, Iran 2022,
Iraq, Belarus, Kazakhstan, Sri Lanka, Togo) that earlier rounds did not cover."""

from __future__ import annotations

import pytest

from tests._places import place_of, places, scored_places, written_places

# --- regions of continents ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "region"),
    [
        ("Labour migrants from South Asia were detained in the raids, the group said.", "South Asia"),
        ("Garment exports from Southeast Asia fell for a third month, traders said.", "Southeast Asia"),
    ],
)
def test_a_compass_word_before_a_continent_is_one_region(text: str, region: str) -> None:
    assert region in written_places(text)
    assert not any(p.kind == "city" and p.name == "Asia" for p in places(text))


# --- quarters of a town after "the neighbourhoods of" --------------------------------------------


@pytest.mark.parametrize(
    ("text", "quarters"),
    [
        (
            "Marchers gathered in the neighbourhoods of Kalakla, Al-Sahafa and Jabra before noon.",
            {"Kalakla", "Al-Sahafa", "Jabra"},
        ),
        (
            "Soldiers searched homes in the districts of Mayo, Haj Yousif and Soba overnight.",
            {"Mayo", "Haj Yousif", "Soba"},
        ),
        ("Crowds formed in the suburbs of Amarat and Arkaweet on Thursday.", {"Arkaweet"}),
        ("Troops fired on crowds in the neighbourhood of Al-Sahafa on Friday.", {"Al-Sahafa"}),
    ],
)
def test_the_names_after_a_word_for_quarters_and_of(text: str, quarters: set[str]) -> None:
    assert quarters <= written_places(text)


# --- readings ---------------------------------------------------------------------------------


def test_a_village_abroad_is_no_reading_of_a_town_the_gazetteer_lacks() -> None:
    text = (
        "Iranian drones struck Kurdish opposition camps near Erbil and Koya in northern Iraq, officials said."
    )
    assert "Koya" in written_places(text)
    assert place_of(text, "Koya").country in (None, "IQ")


# --- no places ----------------------------------------------------------------------------------


def test_guard_a_countrys_adjective_stays_out_of_the_places() -> None:
    text = "Kazakh police detained 40 people in Almaty on Friday. The Kazakh central bank shut."
    assert "Kazakh" not in written_places(text)
    assert "Almaty" in written_places(text)


# --- kind words and spellings -------------------------------------------------------------------


def test_an_unknown_hamlet_before_a_lower_case_village_is_named_without_it() -> None:
    text = "An air strike on Pazigyi village in Kanbalu Township killed dozens, the NUG said."
    assert "Pazigyi" in written_places(text)
    assert "Pazigyi village" not in written_places(text)


def test_a_province_of_two_lands_joined_by_a_hyphen_is_read() -> None:
    text = "Security forces killed 12 people in Sistan-Baluchestan province on Friday, rights groups said."
    place = place_of(text, "Sistan-Baluchestan")
    assert (place.country, place.kind) == ("IR", "admin1")


# --- French street words that open a name -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "site"),
    [
        ("Police blocked Avenue Habib Bourguiba with armoured vans on Friday.", "Avenue Habib Bourguiba"),
        ("Youths burned tyres on the Boulevard du 13 Janvier in Lomé overnight.", "Boulevard du 13 Janvier"),
        ("Two men were shot on Route Le Prince near the Bambeto roundabout.", "Route Le Prince"),
    ],
)
def test_a_french_word_for_a_street_opens_a_site(text: str, site: str) -> None:
    assert site in written_places(text)


def test_guard_an_english_street_word_after_a_name_opens_no_site() -> None:
    text = "Guests left the Sunset Boulevard Hotel as marchers passed on Moi Avenue and Tom Mboya Street."
    assert "Boulevard Hotel" not in written_places(text)
    assert {"Moi Avenue", "Tom Mboya Street"} <= written_places(text)


# --- roundabouts and junctions ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "site"),
    [
        ("Youths regrouped at the Adewui roundabout after the march was dispersed.", "Adewui"),
        ("Crowds returned to the Pearl Roundabout after dark, witnesses said.", "Pearl Roundabout"),
        ("Plainclothes police waited at the Myaynigone junction for the marchers.", "Myaynigone"),
    ],
)
def test_a_name_before_roundabout_or_junction_is_a_site(text: str, site: str) -> None:
    assert site in scored_places(text)


def test_guard_the_letter_of_a_t_junction_is_no_site() -> None:
    assert "T" not in written_places("Troops set up a checkpoint at a T-junction outside the town.")


# --- Arabic towns written without their article -------------------------------------------------


def test_a_listed_town_written_without_its_arabic_article() -> None:
    text = "Government offices were closed in Kut, Hilla and Diwaniyah after protesters announced a strike in Iraq."
    assert "Diwaniyah" in written_places(text)
    assert place_of(text, "Diwaniyah").country == "IQ"


def test_a_tagged_town_written_without_its_arabic_article_is_read() -> None:
    text = "Protesters burned tyres in Qurna, north of Basra, Iraqi police said."
    assert place_of(text, "Qurna").country == "IQ"


def test_guard_a_reading_without_the_article_needs_the_articles_country() -> None:
    text = "Thousands joined the Hirak marches in Algiers on Friday, Algerian media said."
    assert all(p.country != "SY" for p in places(text))
    assert "Hirak" not in written_places(text)
