"""Figures and their categories, round 27: constructions of English seen in more than one tune split.

Every sentence here was written for tally while reading the errors of the
round-27 tune splits (TR-News, Wikinews, GeoWebNews, VOA and our own work
splits); none is copied from an article or a gold set.
"""

from __future__ import annotations

import pytest

from tests._figure_roles import figure_category

pytestmark = pytest.mark.model

#: The publication date every sentence here is read with.
_PUBLISHED = "2024-08-10"


def _category(text: str, value: float) -> str:
    return figure_category(text, value, _PUBLISHED)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("A gas explosion at a bakery left one person dead and 30 injured on Tuesday.", 1),
        ("At least four people died on Monday when a gas cylinder exploded in a crowded market.", 4),
        ("A boiler blast at the textile factory killed six workers, officials said.", 6),
    ],
)
def test_blast_of_gas_or_a_boiler_is_an_accident(text: str, value: float) -> None:
    """ "a gas explosion", "a gas cylinder exploded", "a boiler blast": an explosion of what a
    kitchen, a plant or a pipe holds is an accident, so those it kills are ``deaths`` (ANNOTATION:
    deaths not by violence, disease or accident); "explosion" alone stays a word of violence."""
    assert _category(text, value) == "deaths"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("A bomb explosion at a bus stop left five people dead, police said.", 5),
        ("Police fired tear gas and a canister exploded among the crowd, killing two protesters.", 2),
        ("Militants detonated a gas cylinder bomb outside the station, killing eight people.", 8),
    ],
)
def test_blast_of_a_weapon_stays_violence(text: str, value: float) -> None:
    """Guard: a bomb, a tear-gas canister, a cylinder bomb are weapons: their dead are ``killed``."""
    assert _category(text, value) == "killed"


def test_fatalities_read_like_deaths() -> None:
    """ "confirmed 9 fatalities": "fatalities", like "deaths", says nothing of violence; in a story of
    food poisoning the dead are ``deaths`` (it used to be ``killed`` whatever the story)."""
    text = (
        "Dozens of pupils fell ill after eating spoiled fish at a school canteen, and food poisoning "
        "was blamed. The district hospital confirmed 9 fatalities on Wednesday."
    )
    assert _category(text, 9) == "deaths"


def test_fatalities_of_a_crackdown_stay_killed() -> None:
    """Guard: in a story of a crackdown on protesters, "fatalities" are ``killed``."""
    text = (
        "Security forces opened fire on protesters in the capital, and the crackdown continued overnight. "
        "The rights group confirmed 9 fatalities on Wednesday."
    )
    assert _category(text, 9) == "killed"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Poachers killed 30 elephants in the park last year, rangers said.", 30),
        ("Residents found six dead birds in their gardens after the spill.", 6),
        ("Officials are puzzled by the sudden death of an estimated 3,000 fish in the lake.", 3000),
    ],
)
def test_dead_animals_are_no_toll(text: str, value: float) -> None:
    """ "killed 30 elephants", "six dead birds", "the death of 3,000 fish": ``killed`` and ``deaths``
    count people (ANNOTATION); animals killed or found dead are counted things, ``other``."""
    assert _category(text, value) == "other"


def test_people_and_animals_in_one_sentence() -> None:
    """Guard: the people of a sentence that also counts animals stay ``killed``."""
    text = "Soldiers shot dead four protesters and two dogs near the square."
    assert _category(text, 4) == "killed"
