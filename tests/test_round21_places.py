"""Places, round 21: constructions of crackdown reporting from Serbia, Bangladesh, Georgia and
Togo (found by running tally on public reporting, none of it copied). Sentences written for
these tests."""

from __future__ import annotations

import pytest

from tally.resources.gazetteer import load_gazetteer
from tests._places import place_of, written_places

# -- a town written as GeoNames writes its own name, with letters ASCII lacks ----------------


@pytest.mark.parametrize("name", ["Aranđelovac", "Arandelovac"])
def test_a_towns_own_name_with_its_letters_folded_is_found(name: str) -> None:
    towns = [e for e in load_gazetteer().lookup(name) if e.kind == "city"]
    assert any(e.country == "RS" for e in towns)


def test_a_town_listed_with_its_own_spelling_is_a_place() -> None:
    text = "Protests were held in Belgrade, Novi Sad, Valjevo, Aranđelovac and Kragujevac on Sunday."
    assert place_of(text, "Aranđelovac").country == "RS"


def test_a_town_under_an_alternate_name_is_still_found() -> None:
    # guard: a town found by its ASCII alternate name keeps its reading
    text = "Protests were held in Belgrade, Novi Sad, Čačak and Kragujevac on Sunday."
    assert place_of(text, "Čačak").country == "RS"


# -- "the X area of Y": a quarter lies in the town that owns it -----------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Police shot two students in the Mirpur area of Dhaka on Friday.",
        "Police shot two students in the Mirpur neighbourhood of Dhaka on Friday.",
    ],
)
def test_a_tagged_quarter_of_a_town_lies_in_its_country(text: str) -> None:
    assert place_of(text, "Mirpur").country in (None, "BD")
    assert place_of(text, "Dhaka").country == "BD"


def test_the_town_owning_an_unknown_quarter_keeps_its_reading() -> None:
    text = "Police shot two students in the Banani neighbourhood of Dhaka on Friday."
    assert place_of(text, "Dhaka").country == "BD"
    assert place_of(text, "Banani").country in (None, "BD")


def test_a_quarter_known_in_the_towns_country_keeps_its_reading() -> None:
    # guard: a quarter the gazetteer knows in the town's country keeps it
    text = "Police fired tear gas in the Sabon Gari area of Kano on Friday."
    assert place_of(text, "Sabon Gari").country == "NG"


# -- "X, Y": a name qualified by a town lies in the town's division -----------------------


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("A trader was shot dead in Mirpur, Dhaka, on Friday.", "Mirpur", "BD"),
        ("A shop owner was beaten in New Market, Dhaka, last week.", "New Market", "BD"),
    ],
)
def test_a_name_qualified_by_a_town_takes_its_country(text: str, name: str, country: str) -> None:
    assert place_of(text, name).country == country


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        # guard: a list of towns of several countries is no qualification
        ("Protests spread to Karachi, Dhaka, Delhi and Kathmandu.", "Karachi", "PK"),
        # guard: a town with a reading in the qualifier's division keeps it
        ("Police fired tear gas in Paris, Texas, on Friday.", "Paris", "US"),
    ],
)
def test_a_list_or_a_qualified_town_keeps_its_reading(text: str, name: str, country: str) -> None:
    assert place_of(text, name).country == country
    assert name in written_places(text)


# -- "the A (7), B (5) and C (2) regions": counts in brackets between a list's names ---------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Monitors counted deaths in the Cusco (3), Arequipa (5) and Junín (2) regions.", "Arequipa"),
        ("Shootings were reported in the Sofala (6), Manica (1) and Tete (4) provinces.", "Tete"),
    ],
)
def test_names_with_counts_before_a_plural_division_word_are_divisions(text: str, name: str) -> None:
    assert place_of(text, name).kind == "admin1"


def test_a_count_in_brackets_after_one_town_makes_no_list() -> None:
    # guard: a singular kind word after a count reads one name only
    text = "Police said Cusco (3) district officials had fled."
    assert "Police" not in written_places(text)


# -- "Maputo's mayor said": a capital opening a sentence with its possessive and its office --


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Maputo's mayor said the streets were calm on Friday.", "Maputo", "MZ"),
        ("Maputo’s police said nine people were held overnight.", "Maputo", "MZ"),
    ],
)
def test_a_capitals_possessive_before_its_office_is_a_place(text: str, name: str, country: str) -> None:
    assert place_of(text, name).country == country


def test_a_capitals_possessive_before_another_noun_stays_untagged_as_before() -> None:
    # guard: the cue is the office, not any possessive
    text = "Maputo's music scene drew thousands of fans on Friday."
    assert "Maputo" not in written_places(text)
