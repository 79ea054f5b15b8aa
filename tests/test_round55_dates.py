"""Dates, fifty-fifth round: a house or block number is no year.

US local news writes where a crime or a fire happened as a street address: a house
number before a street ("at 1846 Harbor Road") or the block of a street ("the 1900
block of Pine Avenue"). A four-digit house or block number is no year. Every sentence
is written for these tests.
"""

from __future__ import annotations

import pytest

from tests.test_dates_places_round5 import _dates

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text",
    [
        "Deputies were sent to the 1900 block of Pine Avenue shortly after midnight.",
        "A neighbour saw smoke near the 1400 block of West Ninth Street and called 911.",
        "The fire started in a garage at 1846 Harbor Road, the chief said.",
        "She told officers she had walked home from a party at 1722 North Cedar Lane.",
    ],
)
def test_a_house_or_block_number_is_no_year(nlp, text: str) -> None:
    assert _dates(nlp, text, "2009-04-02") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # guards: a year before a street's name that is no address stays a year
        ("The 2008 Wall Street crash ruined the family.", [("2008", "2008")]),
        ("In 1998 Mill Road was paved for the first time.", [("1998", "1998")]),
    ],
)
def test_a_year_before_a_street_that_is_no_address_stays(nlp, text: str, expected: list) -> None:
    assert _dates(nlp, text, "2009-04-02") == expected
