"""Places, round 29: constructions seen on the errors of two or more tune splits written by
different hands (VOA, TR-News, Wikinews). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests._places import written_places

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
