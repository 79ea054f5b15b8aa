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


# --- a town named before the body that serves it: "Hrodna police", "Barysau court" -------------


@pytest.mark.parametrize(
    ("text", "town", "country"),
    [
        ("Hrodna police detained three students outside the library on Sunday.", "Hrodna", "BY"),
        ("Kharkiv prosecutors charged two volunteers with hooliganism.", "Kharkiv", "UA"),
        ("A day later Mandalay police raided the monastery and seized phones.", "Mandalay", "MM"),
        ("The Barysau court fined the photographer for an unsanctioned picket.", "Barysau", "BY"),
    ],
)
def test_a_town_before_the_body_that_serves_it_is_a_place(text: str, town: str, country: str) -> None:
    assert town in written_places(text)
    assert place_of(text, town).country == country


@pytest.mark.parametrize(
    "text",
    [
        # guards: a word that is also a small town, and kinds of police, stay no place
        "Federal police detained three students outside the library on Sunday.",
        "Riot police detained three students outside the library on Sunday.",
        "Military police raided the monastery and seized phones.",
    ],
)
def test_a_kind_of_police_is_no_place(text: str) -> None:
    assert written_places(text) == set()
