"""Places, round 29: constructions seen on the errors of two or more tune splits written by
different hands (VOA, TR-News, Wikinews). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests._places import scored_places, written_places

# -- a bare surname repeated after the person's full name: the person, not a town so named ------


@pytest.mark.parametrize(
    ("text", "surname"),
    [
        (
            "Storms hit Texas again. Fire Chief Dan Marlin said crews were stretched. "
            '"We need boats," said Marlin.',
            "Marlin",
        ),
        (
            "The suspects were caught in West Virginia on Friday. Fire Chief Dan Logan said the "
            'blaze in Oxford was set on purpose. "They were kind people," said Logan.',
            "Logan",
        ),
        (
            "Fishing is banned in Botswana. Thabo Nawa of a river charity wants the ban kept. "
            '"The fish must recover," said Nawa.',
            "Nawa",
        ),
    ],
)
def test_a_repeated_surname_is_no_town(text: str, surname: str) -> None:
    assert surname not in written_places(text)


def test_a_town_named_like_nobody_stays_a_town() -> None:
    text = (
        "The suspects were caught in West Virginia on Friday. The blaze in Oxford was set on "
        'purpose, officials said. "They were kind people," said a neighbour who lives near Logan.'
    )
    assert "Logan" in written_places(text)


def test_a_surname_after_a_preposition_of_place_is_the_town() -> None:
    text = (
        "Fishing is banned in Botswana. Thabo Nawa of a river charity wants the ban kept. "
        "Later the inspectors drove to Nawa."
    )
    assert "Nawa" in written_places(text)


def test_the_state_keeps_its_name_beside_a_person() -> None:
    text = 'Storms hit Texas again. Fire Chief Dan Marlin said crews were stretched. "We need boats," said Marlin.'
    assert "Texas" in written_places(text)


# -- a one-word name the gazetteer does not know, never placed by the text: no place -----------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Farmers in Peru are locked in a legal battle with Newmont over the spill.", "Newmont"),
        ("Bakers in Italy worked through a strict lockdown over Easter, officials in Rome said.", "Easter"),
    ],
)
def test_an_unknown_name_the_text_never_places_is_no_place(text: str, name: str) -> None:
    found = written_places(text)
    assert name not in found
    assert found  # the known places of the sentence stay


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a preposition of place before it, a compass word, "the village of"
        ("Shelling hit villages in eastern Ghouta and Douma, officials in Syria said.", "Ghouta"),
        ("Aid reached the village of Kampungu in Congo.", "Kampungu"),
        # a word for a place's kind after it
        ("The vast Incirlik air base is close to Syria.", "Incirlik"),
        # "over the" a river
        ("Soldiers closed the bridges over the Nile and fired on the crowd in Sudan.", "Nile"),
        # a list that joins it to a place the text places
        ("The blame fell on the leaders of Puntland and Jubaland. Somalia rejected it.", "Jubaland"),
        # the possession of a place
        ("Leaders of Somalia's Puntland rejected the vote.", "Puntland"),
        # a seat of government
        ("The Kremlin said the talks in Turkey would go on.", "Kremlin"),
    ],
)
def test_an_unknown_name_the_text_places_stays(text: str, name: str) -> None:
    assert name in scored_places(text)
