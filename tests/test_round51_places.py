"""Places, round 51: US numbered roads.

- **A US numbered road** ("on U.S. 221", "off CR 212", "onto FM 1960", "on S.C. 9") is one
  place, listed whole: its "U.S." or state abbreviation is part of the road's name, no mention of
  the country or the state. The country or state is kept in the place's ``in_names`` (the public
  toponym sets count the "U.S." of such a road as the country, as they count "Kenya" in "Kenya
  Airways").

Every sentence below was written for this round (no gold set).
"""

from __future__ import annotations

import pytest

from tests._places import places, written_places

# --- a US numbered road --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "roads"),
    [
        ("The pickup was pulled over on S.C. 9 near U.S. 221, troopers said.", {"S.C. 9", "U.S. 221"}),
        ("A warehouse is planned near the quarry off U.S. 93, just south of the dry lake.", {"U.S. 93"}),
        ("A trailer burned at 4410 U.S. 50, Lot 7, early Sunday, the fire chief said.", {"U.S. 50"}),
        ("Deputies stopped the van on CR 212 off of U.S. 64 east of town.", {"CR 212", "U.S. 64"}),
        (
            "The driver took the U.S. 287 exit and then turned onto FM 1960 before he fled.",
            {"U.S. 287", "FM 1960"},
        ),
    ],
)
def test_round51_a_us_numbered_road_is_one_place(text: str, roads: set[str]) -> None:
    found = written_places(text)
    assert roads <= found
    assert "U.S." not in found and "S.C." not in found


def test_round51_the_country_inside_a_road_stays_in_names() -> None:
    text = "The pickup was pulled over on U.S. 221 in the morning, troopers said."
    country = [p for p in places(text) if p.kind == "country"]
    assert country and country[0].name == "United States"
    assert [text[s:e] for s, e in country[0].in_names] == ["U.S."]
    assert not country[0].mentions


@pytest.mark.parametrize(
    "text",
    [
        "Exports to the U.S. 20 years ago were far smaller than they are now.",
        "Mexico beat the U.S. 2-1 in the final on Sunday night.",
        "Officials in the U.S. said 30 people had been detained.",
        "The fund pledged to the U.S. 50 million doses over the winter.",
        "Unemployment fell from 9 per cent in Canada to 4 per cent, compared to the U.S. 6 per cent.",
    ],
)
def test_round51_guard_the_country_before_a_number_stays_the_country(text: str) -> None:
    assert "U.S." in written_places(text)


# --- a site named after its county ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "site"),
    [
        ("He was taken to the Greene County Jail, where he was held on a $5,000 bond.", "Greene County Jail"),
        ("Deputies booked the woman into the Warren County Jail late on Friday.", "Warren County Jail"),
    ],
)
def test_round51_a_jail_named_after_its_county_is_written_whole(text: str, site: str) -> None:
    assert site in written_places(text)


def test_round51_the_county_written_alone_stays_a_place() -> None:
    text = "Warren County deputies said the suspect was held in the Warren County Jail overnight."
    assert {"Warren County", "Warren County Jail"} <= written_places(text)


def test_round51_guard_a_county_before_a_lower_case_word_stays_the_county() -> None:
    text = "The Warren County jail was full, so the suspect was held in a cell at the courthouse."
    assert "Warren County" in written_places(text) or "Warren County jail" in written_places(text)
