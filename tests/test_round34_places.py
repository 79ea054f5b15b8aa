"""Places, round 34: Canadian and Australian first-level divisions. A province's or state's
abbreviation that is no word stands alone ("the B.C. government", "across regional NSW") and
names the region; and the Australian states settled along their coasts take GeoNames' own
point, as the Canadian provinces settled along their southern edge already did, since their
towns' box leans to the coast (New South Wales 339 km off, Queensland 175 km). Sentences
written for these tests."""

from __future__ import annotations

from tests._places import assert_offsets_hold as _offsets_hold
from tests._places import km as _km
from tests._places import place_of, places, written_places


def _near(text: str, written: str, lat: float, lon: float) -> None:
    """The place written *written* lies within 161 km of (*lat*, *lon*)."""
    place = place_of(text, written)
    assert place.lat is not None and place.lon is not None, place
    assert _km(place.lat, place.lon, lat, lon) <= 161.0, place


# -- a lone abbreviation of a province or a state --


def test_a_dotted_province_abbreviation_alone_is_the_province() -> None:
    text = "Tenants in Kamloops welcomed the rent cap that the B.C. government brought in on Monday."
    assert place_of(text, "B.C.").name == "British Columbia"
    _near(text, "B.C.", 54.0, -125.0)
    _offsets_hold(text)


def test_an_undotted_state_abbreviation_alone_is_the_state() -> None:
    text = "Graziers across regional NSW are trucking water to their sheep as the dry spell drags on."
    assert "NSW" in written_places(text)
    assert place_of(text, "NSW").name == "New South Wales"
    _offsets_hold(text)


# -- GeoNames' point of a coastal Australian state --


def test_new_south_wales_takes_geonames_point() -> None:
    text = "Bushfire crews from New South Wales flew north on Tuesday morning to relieve tired colleagues."
    _near(text, "New South Wales", -33.0, 146.0)


def test_queensland_takes_geonames_point() -> None:
    text = "The cane harvest in Queensland started late after weeks of rain, growers said."
    _near(text, "Queensland", -20.0, 145.0)


# -- guards --


def test_a_year_before_christ_is_no_province() -> None:
    text = "Farmers in Ohio built the earthwork around 300 B.C., the museum's guide told visitors."
    assert all(place.name != "British Columbia" for place in places(text))


def test_a_province_after_its_town_is_the_province_once() -> None:
    text = "The ferry from Nanaimo, B.C., was cancelled because of high winds on Sunday."
    named = [place for place in places(text) if place.name == "British Columbia"]
    assert len(named) == 1 and len(named[0].mentions) == 1
    _offsets_hold(text)


def test_victoria_keeps_its_own_point() -> None:
    text = "Dairy farmers in Victoria asked the state for help after the floods, a spokesman said."
    _near(text, "Victoria", -37.0, 145.0)


# -- a town named like a first-level division of its own country --


def test_a_state_name_is_the_state_not_a_town_of_another_state() -> None:
    text = "Regulators in Ohio fined the Delaware firm after complaints from Ohio customers."
    _near(text, "Delaware", 39.0, -75.5)


def test_a_state_name_among_states_is_the_state() -> None:
    text = "Doctors logged fresh infections in Ohio, Michigan and Oregon before late May."
    _near(text, "Oregon", 44.0, -120.5)


def test_a_town_qualified_by_its_state_keeps_the_town() -> None:
    text = "The fire spread from Delaware, Ohio, to barns north of that county seat on Sunday night."
    _near(text, "Delaware", 40.3, -83.07)


def test_the_capital_keeps_the_name_of_its_state_namesake() -> None:
    text = "Officials in Washington said the suspect had fled across the border into Virginia."
    _near(text, "Washington", 38.9, -77.04)


# -- divisions whose towns' box lies far from GeoNames' point --


def test_alberta_takes_geonames_point() -> None:
    text = "Ranchers in Alberta sold fewer calves this autumn, the provincial agency reported."
    _near(text, "Alberta", 52.28, -117.47)


def test_alaska_takes_geonames_point() -> None:
    text = "Salmon runs in Alaska were the weakest in a decade, state biologists said."
    _near(text, "Alaska", 64.0, -150.0)
