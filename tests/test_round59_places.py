"""Places, round 59: names before a lower-case division or quarter word that the division check
turned down for a word of theirs (a name opening with "New" or "Old", a name the tagger calls an
adjective and a name at once); a site's other name given with ", known as", and the building it
names when its capitalised head says it is one. Sentences written for these tests; no gold text."""

from __future__ import annotations

import pytest

from tests._places import scored_places, written_places

# -- names before a lower-case division or quarter word ------------------------------------------


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Soldiers searched homes in the New Didia and Kalamu districts overnight.", {"New Didia", "Kalamu"}),
        (
            "Barricades went up in the Old Ndirande and Chilomoni districts of the city.",
            {"Old Ndirande", "Chilomoni"},
        ),
    ],
)
def test_a_name_opening_with_new_or_old_before_a_division_word_is_a_place(text: str, names: set[str]) -> None:
    assert names <= written_places(text)


def test_names_the_tagger_calls_adjectives_and_names_before_a_plural_division_word() -> None:
    # the small model gives both names a name's label and an adjective's part of speech
    text = "Police fired tear gas in the Mulete and Sarete districts on Friday."
    assert {"Mulete", "Sarete"} <= written_places(text)


def test_a_name_the_tagger_calls_an_adjective_before_a_division_word_is_a_place() -> None:
    assert "Mulete" in scored_places("Police fired tear gas in the Mulete district on Friday.")


@pytest.mark.parametrize(
    "text",
    [
        "Troops were sent to the Anglophone regions on Monday.",
        "Fighting spread across the Kurdish region on Monday.",
    ],
)
def test_guard_a_people_or_a_plain_word_before_a_division_word_is_no_place(text: str) -> None:
    assert written_places(text) == set()


# -- a site's other name after ", known as" -----------------------------------------------------


def test_a_sites_other_name_after_known_as_is_a_place() -> None:
    text = (
        "Riots broke out in Mopti. On Saturday the organisers were moved to Mopti central prison, "
        'known as "Black Rock", and charged with rebellion.'
    )
    found = written_places(text)
    assert {"Mopti", "Mopti central prison", "Black Rock"} <= found


@pytest.mark.parametrize(
    ("text", "building", "other"),
    [
        (
            "Former inmates of the Northern Kordofan Central Penitentiary, known as Um Dabakir, "
            "say they were beaten.",
            "Northern Kordofan Central Penitentiary",
            "Um Dabakir",
        ),
        (
            "The court jailed 12 men for the attack on the Kassala Governor's House, also known as "
            "Nile House, in March.",
            "Kassala Governor's House",
            "Nile House",
        ),
    ],
)
def test_a_building_by_its_capitalised_head_and_its_other_name_are_places(
    text: str, building: str, other: str
) -> None:
    found = written_places(text)
    assert building in found
    assert other in found


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("Police arrested Abu Omar, also known as Abu Hafs, in Kandahar.", {"Kandahar"}),
        ("Singer Kwame Boateng, known as Black Lion, was detained in Accra.", {"Accra"}),
        ("A rapper from Kumasi, known as Big Fish, was arrested on Monday.", {"Kumasi"}),
        ("He joined a militia known as Black Mamba before the war.", set()),
    ],
)
def test_guard_a_persons_or_a_groups_other_name_is_no_place(text: str, places: set[str]) -> None:
    assert written_places(text) == places
