"""A part of a year is an interval of months (round 42, issue 13).

UN and NGO reporting counts by quarter and half year: "in the first quarter of 2025", "the last
quarter of last year", "the second half of the year". Read from the errors of the round's fresh tune
articles; the sentences are our own.
"""

from __future__ import annotations

import pytest

from tests._date_records import dates_by_text


def _dates(text: str, published: str | None = "2025-04-10") -> list[tuple[str, str | None]]:
    return dates_by_text(text, published)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The report covers the first quarter of 2025, when killings rose.",
            ("first quarter of 2025", "2025-01/2025-03"),
        ),
        ("Arrests fell in the third quarter of 2023.", ("third quarter of 2023", "2023-07/2023-09")),
        ("Killings rose sharply in the last quarter of 2024.", ("last quarter of 2024", "2024-10/2024-12")),
        ("In the second half of 2023, arrests doubled.", ("second half of 2023", "2023-07/2023-12")),
        (
            "In the first quarter of the year, 300 people were kidnapped.",
            ("first quarter of the year", "2025-01/2025-03"),
        ),
        (
            "Protests grew in the final quarter of last year.",
            ("final quarter of last year", "2024-10/2024-12"),
        ),
    ],
)
def test_a_part_of_a_year_is_an_interval(text: str, expected: tuple[str, str]) -> None:
    assert expected in _dates(text)


@pytest.mark.parametrize(
    "text",
    [
        "The home side scored twice in the second half of the match.",
        "Shops in the old quarter of the city stayed shut.",
        "He finished first, a quarter of an hour ahead.",
    ],
)
def test_no_year_no_part_of_a_year(text: str) -> None:
    assert all("/" not in (value or "") for _, value in _dates(text))
