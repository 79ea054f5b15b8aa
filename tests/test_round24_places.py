"""Places, round 24: constructions of wire copy and broadcasters' reporting on whole articles.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests._places import scored_places, written_places

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


# -- a region named by two capitalised names joined by a hyphen, before "region" --------------


@pytest.mark.parametrize(
    ("text", "written"),
    [
        (
            "The alliance aims to counter Beijing's growing influence in the Indo-Pacific region.",
            "Indo-Pacific",
        ),
        (
            "Navies will patrol the Euro-Atlantic region together, the ministers said in Brussels.",
            "Euro-Atlantic",
        ),
    ],
)
def test_a_hyphened_pair_of_names_before_region_is_a_place(text: str, written: str) -> None:
    # since round 45 written with its word ("the Indo-Pacific region") and named alone
    assert written in scored_places(text)


@pytest.mark.parametrize(
    "text",
    [
        # guard: a pair of peoples' adjectives is no region's name
        "Delegates from the Afro-Asian region met in Bandung on Monday.",
        "Rebels hold much of the Franco-Spanish region, officials in Madrid said.",
    ],
)
def test_a_hyphened_pair_of_adjectives_before_region_is_no_place(text: str) -> None:
    assert not {"Afro-Asian", "Franco-Spanish"} & written_places(text)


# -- an ocean named by a people's adjective ----------------------------------------------------


def test_an_ocean_named_by_a_peoples_adjective_is_one_place() -> None:
    text = "The islands lie in the middle of the Indian Ocean, far from any coast."
    assert "Indian Ocean" in written_places(text)


def test_a_peoples_adjective_alone_stays_no_place() -> None:
    # guard: "Indian troops" names no place
    assert written_places("Indian troops crossed the border, officials in Delhi said.") == {"Delhi"}


# -- a news outlet's name that only hamlets bear -----------------------------------------------


def test_an_outlet_named_like_a_hamlet_is_no_place() -> None:
    text = "The revised law says ships must obey Beijing, Xinhua added on Monday."
    assert written_places(text) == {"Beijing"}


def test_a_province_named_like_an_outlet_stays_a_place() -> None:
    # guard: a province keeps its reading although an agency bears its name
    # written with its word since round 45 ("Fars province"), named alone
    assert "Fars" in scored_places("Protests spread across Fars province and Tehran on Friday.")
