"""Places, round 19: Arabic place names whose article ("al-", "ez-", "el-") is written
lower-case and hyphenated inside the name, which the parser cuts at the article (leaving
"Deir", no place). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests._places import place_of, written_places


@pytest.mark.parametrize(
    ("text", "written", "country"),
    [
        ("Protesters in Hama and Deir ez-Zor were shot at on Friday.", "Deir ez-Zor", "SY"),
        (
            "The army besieged Rastan, and crowds in Abu Kamal and Deir ez-Zor marched anyway.",
            "Deir ez-Zor",
            "SY",
        ),
        (
            "Police closed the roads into Sharm el-Sheikh and Dahab before the summit.",
            "Sharm el-Sheikh",
            "EG",
        ),
    ],
)
def test_a_town_with_a_hyphenated_arabic_article_is_one_place(text: str, written: str, country: str) -> None:
    assert written in written_places(text)
    assert place_of(text, written).country == country
    assert not {w for w in written_places(text) if written.startswith(w + " ")}


def test_a_person_with_an_arabic_article_stays_no_place() -> None:
    # guard: a person's name with "al-" is no town
    text = "Spokesman Omar al-Bashir told reporters in Khartoum that the curfew would stay."
    assert not {w for w in written_places(text) if "Bashir" in w}
    assert "Khartoum" in written_places(text)


def test_a_town_named_whole_by_the_parser_is_unchanged() -> None:
    # guard: the whole name the parser already tags keeps one mention
    text = "Troops shelled neighbourhoods of Deir ez-Zor overnight, residents said."
    assert written_places(text) == {"Deir ez-Zor"}
