"""Places, round 62: a quarter named after a date in Spanish or Portuguese ("[day] de [Month]");
an unknown one-word name after "at". Sentences written for these tests; no gold text."""

from __future__ import annotations

import pytest

from tests._places import written_places

# -- a quarter named after a date: "[day] de [Month]" ------------------------------------------


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Police raided homes in the barrios of La Vega and 9 de Julio before dawn.", "9 de Julio"),
        ("Shots were heard overnight in 2 de Mayo, residents said.", "2 de Mayo"),
        ("Marchers gathered in Recife, Olinda and 7 de Setembro on Sunday.", "7 de Setembro"),
    ],
)
def test_a_quarter_named_after_a_date_is_a_place(text: str, place: str) -> None:
    assert place in written_places(text)


@pytest.mark.parametrize(
    "text",
    [
        # a date of a Spanish quotation: the month in lower case
        ('The placard read "Hasta el 9 de julio" and was taken down by police in Lima.'),
        # a movement's name: the date inside a longer capitalised name
        ("Veterans of the Movimiento 26 de Julio met in Havana on Monday."),
    ],
)
def test_guard_a_date_or_a_bodys_name_is_no_place(text: str) -> None:
    found = written_places(text)
    assert not any(" de " in place for place in found), found


# -- an unknown one-word name after "at" ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Hundreds were detained at Wolenso. They were released later.", "Wolenso"),
        ("The families said police had beaten them at Bolemsa.", "Bolemsa"),
        ("Guards moved the prisoners to a barracks at Dedasso, far from the capital.", "Dedasso"),
    ],
)
def test_an_unknown_name_after_at_is_a_place(text: str, place: str) -> None:
    assert place in written_places(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # who works "at" a name works for a body
        (
            "The strike began in Shenzhen, where a worker at Zentronix said wages had not been paid.",
            "Zentronix",
        ),
        # the short form of a longer name the article gives
        (
            "Students at Karvandi University of Technology marched on Monday. A student at Karvandi said "
            "that agents had photographed them.",
            "Karvandi",
        ),
    ],
)
def test_guard_an_employer_or_a_short_form_after_at_is_no_place(text: str, name: str) -> None:
    assert name not in written_places(text)
