"""Places, round 42: a former state's name ("the Soviet Union", "Czechoslovakia", "East
Germany") is a place, the country that holds its land today giving it a point, as GeoNames'
alternate names already make "Burma" Myanmar and "Rhodesia" Zimbabwe. Before, the name found
no entry and the town inside it stood for it ("Union" of New Jersey inside "Soviet Union").
Sentences written for these tests."""

from __future__ import annotations

from tests._places import assert_offsets_hold as _offsets_hold
from tests._places import place_of, places, written_places


def test_the_soviet_union_is_a_place_with_a_point() -> None:
    text = "Her grandfather fled the Soviet Union in 1979 and settled in Haifa."
    place = place_of(text, "Soviet Union")
    assert place.kind == "country" and place.country == "RU"
    assert place.lat is not None and place.lon is not None
    assert text[25:37] == "Soviet Union"
    assert (25, 37) in place.mentions
    _offsets_hold(text)


def test_no_town_inside_the_former_state_stands_for_it() -> None:
    text = "Her grandfather fled the Soviet Union in 1979 and settled in Haifa."
    assert not any(p.name == "Union" for p in places(text))


def test_the_soviet_union_by_its_initials() -> None:
    text = "Grain exports to the USSR doubled that winter, the ministry said."
    place = place_of(text, "USSR")
    assert place.kind == "country" and place.country == "RU"
    assert text[21:25] == "USSR"


def test_a_split_state_is_a_place() -> None:
    text = "He was born in Czechoslovakia and moved to Vienna as a child."
    place = place_of(text, "Czechoslovakia")
    assert place.kind == "country" and place.country == "CZ"
    assert text[15:29] == "Czechoslovakia"


def test_a_divided_country_half_is_a_place() -> None:
    text = "Swimmers from East Germany won most of the medals in the pool."
    place = place_of(text, "East Germany")
    assert place.country == "DE"
    assert "East Germany" in written_places(text)


def test_other_unions_stay_as_they_were() -> None:
    # guard: "the African Union" is a body; "Union, New Jersey" the town
    text = "Police in Union, New Jersey, arrested two men, the African Union said nothing."
    assert place_of(text, "Union").country == "US"
    assert not any(p.country == "RU" for p in places(text))


def test_the_era_adjective_is_no_place() -> None:
    # guard: "Soviet-era" is an adjective of time, no place of the list
    text = "The Soviet-era tower block in Minsk was torn down on Monday."
    assert "Soviet" not in written_places(text)
