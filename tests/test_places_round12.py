"""Places, round 12: constructions found on fresh probe articles (Mozambique, Zimbabwe,
Cameroon, Turkey, Russia, India, Tajikistan, Uzbekistan) that earlier rounds did not cover."""

from __future__ import annotations

import pytest

from tests._places import places, written_places

# --- a name before a lower-case word for a natural feature ---------------------------------------


@pytest.mark.parametrize(
    ("text", "feature"),
    [
        (
            "Fishermen said the boats capsized on the Lugenda river, north of Marrupa in Mozambique.",
            "Lugenda river",
        ),
        (
            "Troops sealed off the Lumbo peninsula after the raid, Mozambique's army said.",
            "Lumbo peninsula",
        ),
        (
            "Vietnam and China both claim the Paracel islands, and Manila protested near the reef.",
            "Paracel islands",
        ),
        (
            "Coast guard ships patrolled near Ayungin shoal and the Spratly islands, Manila said.",
            "Ayungin shoal",
        ),
        ("Herders crossed the Syr Darya river into Kazakhstan, officials said.", "Syr Darya river"),
    ],
)
def test_a_name_before_a_lower_case_feature_word_is_one_place(text: str, feature: str) -> None:
    assert feature in written_places(text)


def test_a_town_inside_a_features_name_is_no_place() -> None:
    text = "Villagers fled across the Messalo river, in Mozambique's Cabo Delgado province."
    assert "Messalo river" in written_places(text)
    assert not any(p.name == "Messalo" for p in places(text))


@pytest.mark.parametrize(
    "text",
    [
        "The river burst its banks near Beira, Mozambique's disaster agency said.",
        "Police said the Kurdish mountains were closed to hikers after the attack in Erbil.",
        "Officials in Maputo said the Limpopo river had risen by two metres.",
    ],
)
def test_guard_no_feature_from_a_sentence_opener_a_demonym_or_a_known_place(text: str) -> None:
    written = written_places(text)
    assert not any(w.startswith(("The river", "Kurdish")) for w in written)


# --- a town's name with a lower-case particle ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "town"),
    [
        (
            "Insurgents attacked police posts in Ponte de Lima overnight, Portuguese media said.",
            "Ponte de Lima",
        ),
        (
            "Gangs seized the road to Croix des Bouquets, east of Port-au-Prince, residents said.",
            "Croix des Bouquets",
        ),
        (
            "Troops retook the port of Mocimboa da Praia in August, Mozambique's army said.",
            "Mocimboa da Praia",
        ),
    ],
)
def test_a_town_named_with_a_lower_case_particle_is_one_place(text: str, town: str) -> None:
    assert town in written_places(text)


def test_guard_a_person_named_with_a_particle_is_no_town() -> None:
    text = "Brazil's president, Luiz Inacio Lula da Silva, flew to Brasilia on Monday."
    assert not any("Silva" in w for w in written_places(text))


# --- a capital the parser leaves untagged --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "capital"),
    [
        ("Talks between Warsaw and Kyiv on grain exports stalled, Poland's farm minister said.", "Kyiv"),
        ("Grain talks between Bucharest and Kyiv resumed after the border blockade, Romania said.", "Kyiv"),
    ],
)
def test_an_untagged_capital_joined_to_a_place_is_a_place(text: str, capital: str) -> None:
    assert capital in written_places(text)


def test_guard_a_capital_before_a_capitalised_word_is_part_of_a_name() -> None:
    text = "The editor of the Kyiv Independent said the paper would keep publishing."
    assert "Kyiv" not in written_places(text)


# --- a river or a strait after "across the", "along the" that the parser calls a person ---------


@pytest.mark.parametrize(
    ("text", "water"),
    [
        ("Ferries stopped running across the Bosphorus on Sunday.", "Bosphorus"),
        ("Barges were stuck on a sandbank along the Danube near Vidin.", "Danube"),
        ("Police chased the protesters over the Drina into Bosnia.", "Drina"),
    ],
)
def test_a_name_after_across_the_or_along_the_is_a_place(text: str, water: str) -> None:
    assert water in written_places(text)


def test_guard_a_person_after_a_preposition_without_the_is_no_place() -> None:
    text = "The petition was handed over to Kamau at the station, police said."
    assert "Kamau" not in written_places(text)


def test_guard_the_coast_of_a_sea_is_the_sea() -> None:
    text = "Fishermen in Tartus, on the Mediterranean coast, said the navy had fired on them."
    assert "Mediterranean coast" not in written_places(text)
