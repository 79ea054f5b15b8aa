"""Places, round 24: constructions of wire copy and broadcasters' reporting on whole articles.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests._places import written_places

# -- a surname the article writes after a given name, tagged alone as a place -------------------


@pytest.mark.parametrize(
    "text",
    [
        '"This is false," Anatoly Markelia told reporters, and Markelia rejected the claims.',
        # a closing bracket of an editor's insertion between the given name and the surname
        '"Ankara will not yield," said [his predecessor Kenji] Markelia, who backs a tougher line.'
        " Markelia rejected the claims.",
        # lower-case particles between them
        "The message came from the Commission chief Ingrid von der Markelia at the parliament."
        " Markelia rejected the claims of the panel.",
    ],
)
def test_a_surname_after_a_given_name_is_no_place(text: str) -> None:
    assert "Markelia" not in written_places(text)


@pytest.mark.parametrize(
    ("text", "written"),
    [
        # guard: a word that opens a place's name is no given name
        (
            "Militias attacked the village of Mareika in Darfur. Mareika had 400 families before the raid.",
            "Mareika",
        ),
        ("The army retook Lake Tanzara. Tanzara was quiet, officials in Kampala said.", "Lake Tanzara"),
        (
            "Soldiers burned homes in North Kadugora. Police said Kadugora was calm by Friday, officials in"
            " Juba said.",
            "North Kadugora",
        ),
    ],
)
def test_a_place_after_a_word_of_its_name_stays_a_place(text: str, written: str) -> None:
    assert written in written_places(text)
