"""Figures and their categories, twenty-first round (second pass): constructions of crackdown reporting.

Every sentence here was written for tally after reading real crackdown reporting; none is
copied from a page or a gold set.
"""

from __future__ import annotations

import pytest

from tests._figure_roles import figure_readings

pytestmark = pytest.mark.model

#: The publication date every sentence here is read with.
_PUBLISHED = "2024-08-10"

#: A sentence that makes the text one about protests, read before each case.
_PROTESTS = (
    "Demonstrations over the disputed vote spread across the country, and riot police charged the crowds."
)


def _categories(text: str) -> dict[float, str]:
    """The category of each figure's value in *text*, read after a sentence about protests."""
    return {v: c for v, _, c in figure_readings(f"{_PROTESTS}\n\n{text}", _PUBLISHED)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The 250 arrested comprise 190 students and 60 workers.",
            {250: "arrested", 190: "arrested", 60: "arrested"},
        ),
        (
            "The 420 people detained comprise 300 students, 80 workers and 40 teachers.",
            {420: "detained", 300: "detained", 80: "detained", 40: "detained"},
        ),
        (
            "The 75 dead comprised 61 civilians and 14 police officers.",
            {75: "killed", 61: "killed", 14: "killed"},
        ),
    ],
)
def test_parts_after_comprise_take_the_wholes_category(text: str, expected: dict[float, str]) -> None:
    assert _categories(text) == expected


def test_parts_after_include_stay_guard() -> None:
    found = _categories("The 800 arrested include 650 men and 150 women.")
    assert found == {800: "arrested", 650: "arrested", 150: "arrested"}


@pytest.mark.parametrize(
    "text",
    [
        "Rebels freed hundreds of inmates from the jail.",
        "The court freed dozens of detainees on Monday.",
        "Guards released scores of prisoners after the amnesty.",
    ],
)
def test_people_let_out_counted_by_a_vague_amount_are_no_longer_held(text: str) -> None:
    assert set(_categories(text).values()) == {"other"}


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("The authorities released 120 detainees on Friday.", "other"),
        ("Police detained hundreds of students at the campus.", "detained"),
        ("Officers held dozens of inmates in a gym.", "detained"),
    ],
)
def test_release_guards(text: str, category: str) -> None:
    assert set(_categories(text).values()) == {category}


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Police rearrested 17 activists on Tuesday.", "arrested"),
        ("Nine students were rearrested on Friday.", "arrested"),
        ("Officers redetained 23 students after their release.", "detained"),
        ("The authorities reimprisoned 5 journalists.", "detained"),
    ],
)
def test_a_verb_of_arrest_done_again_counts_like_the_verb(text: str, category: str) -> None:
    assert set(_categories(text).values()) == {category}


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Police re-arrested 17 activists on Tuesday.", "arrested"),
        ("The ministry reported 40 injuries among officers.", "injured"),
    ],
)
def test_re_verb_guards(text: str, category: str) -> None:
    assert set(_categories(text).values()) == {category}


def test_a_part_of_the_held_let_go_stays_guard() -> None:
    found = _categories("Police detained 90 protesters. Six of the detainees were released on Sunday.")
    assert found[90] == "detained"
    assert found[6] == "detained"


@pytest.mark.parametrize(
    ("text", "value", "category"),
    [
        # the parser makes some counts the participle's own number ("topping 700" as a nummod)
        ("Arrests topping 700 have been documented.", 700, "arrested"),
        ("Detentions topping 700 have been documented.", 700, "detained"),
        ("Arrests topping 1,300 have been documented since June.", 1300, "arrested"),
    ],
)
def test_an_event_noun_topping_a_count(text: str, value: float, category: str) -> None:
    readings = figure_readings(f"{_PROTESTS}\n\n{text}", _PUBLISHED)
    assert (value, "over", category) in readings


def test_an_event_noun_exceeding_a_count_stays_guard() -> None:
    readings = figure_readings(f"{_PROTESTS}\n\nArrests exceeding 1,300 were reported.", _PUBLISHED)
    assert readings == [(1300, "over", "arrested")]
