"""Dates, fifty-fifth round: street numbers are no years; a day named by its numerals.

US local news writes where a crime or a fire happened as a street address: a house
number before a street ("at 1846 Harbor Road") or the block of a street ("the 1900
block of Pine Avenue"). A four-digit house or block number is no year. And a day that
names an event by its month and day in numerals ("the 9/11 attacks") is that day of its
year, whatever the publication date. Every sentence is written for these tests.
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
        ("In 1998 the county paved Mill Road for the first time.", [("1998", "1998")]),
    ],
)
def test_a_year_before_a_street_that_is_no_address_stays(nlp, text: str, expected: list) -> None:
    assert _dates(nlp, text, "2009-04-02") == expected


@pytest.mark.parametrize(
    "text",
    [
        "Airport screening changed for good after the 9/11 attacks.",
        "Relatives of 9/11 victims met the senators on the steps of the Capitol.",
        "Nobody in the agency had imagined 9/11 before it happened.",
    ],
)
def test_a_day_named_by_its_numerals_is_that_day(nlp, text: str) -> None:
    assert _dates(nlp, text, "2016-09-20") == [("9/11", "2001-09-11")]


def test_a_numeric_day_with_its_year_is_read_as_written(nlp) -> None:
    # a guard: the full numeric date keeps its own reading, the name takes no part of it
    found = _dates(nlp, "The permit was signed on 9/11/2015 by the mayor.", "2016-09-20")
    assert [text for text, _ in found] == ["9/11/2015"]
    assert found[0][1] != "2001-09-11"


def test_a_named_day_does_not_anchor_the_days_after_it(nlp) -> None:
    # a guard: in an article with no date, the event's day is no anchor for a yearless day after it
    text = "Since 9/11 the port has been guarded. The council met on 3 March 2010. On 5 March it voted."
    assert _dates(nlp, text, None) == [
        ("9/11", "2001-09-11"),
        ("3 March 2010", "2010-03-03"),
        ("5 March", "2010-03-05"),
    ]
