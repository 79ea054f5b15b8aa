"""Places, round 48: a street written in a street address after a house number or "the N
block of" is a place, with its street word whole or abbreviated ("at 310 Birch St.", "at 47
N. Cedar Ave.", "in the 900 block of West 21st Terrace", "of 8 Lark Close").
Sentences written for these tests."""

from __future__ import annotations

from tests._places import assert_offsets_hold as _offsets_hold
from tests._places import written_places

# -- streets of an address ---------------------------------------------------------------------


def test_abbreviated_street_after_a_house_number_is_a_place() -> None:
    text = "Firefighters were sent to a garage fire at 310 Birch St., next to the old mill, on Tuesday."
    assert "Birch St." in written_places(text)
    _offsets_hold(text)


def test_street_with_a_compass_abbreviation_is_written_whole() -> None:
    text = "Deputies found the car parked at 47 N. Cedar Ave. after a neighbour called them."
    assert "N. Cedar Ave." in written_places(text)
    _offsets_hold(text)


def test_street_with_an_ordinal_after_a_block_is_a_place() -> None:
    text = "Two men were wounded in the 900 block of West 21st Terrace late on Friday, police said."
    assert "West 21st Terrace" in written_places(text)


def test_close_of_an_address_is_a_place() -> None:
    text = "A woman, 31, of 8 Lark Close, Bradford, was charged with theft from an elderly neighbour."
    assert "Lark Close" in written_places(text)


def test_a_number_before_a_name_without_a_street_word_is_no_address() -> None:
    # guard: "12 Bridge Partners" names a firm, "about 300 Ohio Democrats" a group of people
    text = "Some 300 Ohio Democrats met at the offices of 12 Oak Partners on Monday in Columbus."
    places = written_places(text)
    assert "Oak Partners" not in places
    assert "Columbus" in places


def test_a_count_of_streets_is_no_address() -> None:
    # guard: a count before a lower-case street word names no street
    text = "Crews cleared 14 Streets and 3 Main Roads Department sites in Chicago after the storm."
    assert not any("Street" in p or "Road" in p for p in written_places(text))
