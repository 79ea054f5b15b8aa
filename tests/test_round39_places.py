"""Places, round 39: which entry a name resolves to. A name listed with first-level divisions
of one country ("Manitoba, Ontario and New Brunswick", "Oregon and Washington") is read as a
division of that country when it can be one: the town or county of the name it was read as
(Ontario, California; New Brunswick, New Jersey) is no item of such a list, and a national
capital ("Washington") only when it lies near none of the listed divisions. Sentences
written for these tests."""

from __future__ import annotations

from tests._places import assert_offsets_hold as _offsets_hold
from tests._places import place_of


def test_provinces_listed_together_are_provinces() -> None:
    text = "Cases were confirmed in Saskatchewan, Manitoba, Ontario and New Brunswick last week."
    for name in ("Ontario", "New Brunswick", "Manitoba", "Saskatchewan"):
        place = place_of(text, name)
        assert place.kind == "admin1" and place.country == "CA", (name, place)
    assert text[48:55] == "Ontario"
    _offsets_hold(text)


def test_a_state_listed_with_a_distant_state_is_the_state_not_the_capital() -> None:
    text = "Lawmakers in Oregon and Washington passed similar measures in the spring."
    place = place_of(text, "Washington")
    assert place.kind == "admin1" and place.admin1 == "Washington"
    assert text[24:34] == "Washington"
    _offsets_hold(text)


def test_a_state_listed_with_states_in_a_long_list() -> None:
    text = "The recall reached stores in Idaho, Montana, Washington and Wyoming on Monday."
    place = place_of(text, "Washington")
    assert place.kind == "admin1" and place.admin1 == "Washington"
    _offsets_hold(text)


def test_the_capital_listed_with_its_neighbouring_states_stays_the_capital() -> None:
    # guard: Maryland and Virginia lie around the capital: the region of Washington, D.C.
    text = "Commuters in Maryland, Virginia and Washington faced delays after the storm."
    place = place_of(text, "Washington")
    assert place.kind == "city" and place.country == "US" and place.admin1 == "District of Columbia"


def test_a_town_listed_with_countries_keeps_its_reading() -> None:
    # guard: countries are no first-level divisions; the list rule leaves these alone
    text = "Delegates flew in from Kenya, Uganda and Nairobi for the talks."
    assert place_of(text, "Nairobi").kind == "city"


def test_a_qualified_town_keeps_its_state() -> None:
    # guard: "Portland, Maine" names the town by its state, no list of states
    text = "Protesters gathered in Portland, Maine and in Boston on Saturday."
    place = place_of(text, "Portland")
    assert place.kind == "city" and place.admin1 == "Maine"


# -- a division and its namesake town inside it: the division's votes back both --


def test_a_province_named_among_its_towns_is_the_province() -> None:
    text = (
        "Drivers in Manitoba may now turn right on red. Cities such as Winnipeg and Brandon "
        "had asked for it, and the rule now holds across Manitoba."
    )
    place = place_of(text, "Manitoba")
    assert place.kind == "admin1" and place.country == "CA"
    _offsets_hold(text)


def test_the_bare_province_among_its_towns_is_the_province_not_its_capital() -> None:
    text = (
        "Right turns on red became legal in Quebec in 2003, but not on the island of Montreal; "
        "mayors of Laval and Longueuil backed the ban."
    )
    place = place_of(text, "Quebec")
    assert place.kind == "admin1" and place.country == "CA"
    assert text[35:41] == "Quebec"
    _offsets_hold(text)


def test_a_town_about_as_big_as_its_province_keeps_the_name() -> None:
    # guard: a bare "Mendoza" beside Argentina's other towns is the town (round 24's rule)
    text = "Clashes broke out in Mendoza and in San Juan after the vote in Argentina."
    place = place_of(text, "Mendoza")
    assert place.kind == "city" and place.country == "AR"


def test_the_city_of_new_york_among_its_boroughs_stays_the_city() -> None:
    # guard: the city is more populous in the prior than the state less its penalty
    text = "Marchers crossed from Brooklyn into Manhattan as New York braced for more protests."
    place = place_of(text, "New York")
    assert place.kind == "city" and place.admin1 == "New York"
