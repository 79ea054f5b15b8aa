"""Places, round 18: towns tagged as a people or a language inside a list of places, another
spelling of a place the article names, and nouns for bodies that a gazetteer town shares.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests._places import place_of, places, scored_places, written_places

# --- a town the parser calls a people or a language, inside a list of places -----------------


@pytest.mark.parametrize(
    ("text", "town"),
    [
        # the small model tags "Tunis" NORP or LANGUAGE in every list it stands in
        ("Thousands marched in Algiers, Oran, Tunis and Casablanca on Sunday.", "Tunis"),
        ("Rallies took place in Cairo, Tunis, Tripoli and Khartoum after the verdict.", "Tunis"),
        ("Clashes erupted in Tunis, Sfax, Sousse and Gafsa overnight.", "Tunis"),
    ],
)
def test_a_town_tagged_as_a_people_in_a_list_of_places_is_a_place(text: str, town: str) -> None:
    assert town in written_places(text)
    assert place_of(text, town).country == "TN"


def test_a_demonym_in_a_list_of_places_stays_no_place() -> None:
    # guard: "Kurdish" between places is a people's word, no town
    text = "Strikes closed shops in Tehran, Kurdish towns and Tabriz on Monday."
    assert "Kurdish" not in written_places(text)


# --- another spelling of a place the article names is that place ------------------------------


@pytest.mark.parametrize(
    ("text", "named", "spelling"),
    [
        (
            "Drones struck a base near Erbil on Monday. Irbil's governor called it an attack on Iraq.",
            "Erbil",
            "Irbil",
        ),
        ("Clashes broke out in Kyiv on Friday. Kiev's mayor urged residents to stay home.", "Kyiv", "Kiev"),
    ],
)
def test_another_spelling_of_a_named_place_is_the_same_place(text: str, named: str, spelling: str) -> None:
    assert spelling in written_places(text)
    assert place_of(text, spelling).geonameid == place_of(text, named).geonameid


def test_a_persons_name_is_no_spelling_of_a_named_place() -> None:
    # guard: "Peter" is one of Saint Petersburg's nicknames, and a man's name here
    text = "Police detained 50 people in St Petersburg on Sunday. Peter, a student, was among them."
    assert "Peter" not in written_places(text)


# --- a noun for a body is no town, whatever the gazetteer says --------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Police arrested 40 students at the University of South Florida in Tampa, Florida, on Monday,"
        " and 12 more in Orlando, Florida.",
        "Demonstrators gathered outside the University of Arizona in Tucson, Arizona, and in Phoenix, Arizona.",
    ],
)
def test_university_of_a_state_is_no_town_university(text: str) -> None:
    assert "University" not in written_places(text)
    assert not any(p.name == "University" for p in places(text))


def test_a_town_of_a_named_division_is_still_found_by_the_scan() -> None:
    # guard: the scan of a named division's towns still finds an untagged town
    text = (
        "Deputies in Gainesville and Dahlonega, Georgia, said a Cumming man was held in Hall County, Georgia."
    )
    assert "Cumming" in written_places(text)


# --- a place that opens a sports club's name is no place of the article -----------------------


@pytest.mark.parametrize(
    ("text", "inside"),
    [
        ("A former Dallas Cowboys linebacker joined the march through Austin, Texas, on Sunday.", "Dallas"),
        (
            "Supporters of Kano Pillars chanted against the governor as police fired tear gas in Abuja.",
            "Kano",
        ),
        ("A forward for the Portland Trail Blazers posted photos of the rally in Seattle.", "Portland"),
    ],
)
def test_a_place_opening_a_clubs_plural_name_is_no_place(text: str, inside: str) -> None:
    assert inside not in written_places(text)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # guards: a plural feature word or a gazetteer name goes on the place's own name
        ("Israeli troops shelled positions on the Golan Heights on Monday.", "Golan Heights"),
        ("Hundreds rallied in Colorado Springs on Saturday against the new law.", "Colorado Springs"),
    ],
)
def test_a_place_with_a_plural_word_of_its_own_name_stays_a_place(text: str, place: str) -> None:
    assert place in written_places(text)


def test_a_place_in_a_title_case_headline_stays_a_place() -> None:
    text = "Kenya Protests Turn Deadly as Police Open Fire\n\nPolice in Nairobi fired on crowds on Tuesday."
    assert "Kenya" in written_places(text)


# --- a penal colony is a site named after its town ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "site"),
    [
        ("The activist was moved from the Pokrov colony to a prison in Vladimir, Russia.", "Pokrov"),
        ("He was transferred last winter to the Melekhovo colony, his lawyers in Russia said.", "Melekhovo"),
    ],
)
def test_a_name_before_colony_is_a_site(text: str, site: str) -> None:
    # since round 45 written with its word ("the Pokrov colony") and named alone
    assert site in scored_places(text)


def test_a_demonym_before_colony_is_no_site() -> None:
    # guard: "a British colony" names who ruled it
    assert written_places("Hong Kong was a British colony until 1997.") == {"Hong Kong"}


# --- a capitalised "Tower" after a name is a site ---------------------------------------------


def test_a_named_tower_is_a_site() -> None:
    text = "Thousands walked past the Azadi Tower in Tehran on Saturday night."
    assert "Azadi Tower" in written_places(text)


def test_a_company_opening_with_tower_is_no_site() -> None:
    # guard: "Tower" opening a company's name is no site word after a name
    assert written_places("He works for Tower Semiconductor in Haifa.") == {"Haifa"}
