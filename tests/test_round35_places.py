"""Places, round 35. A site, a building or a body named after its town lies in it ("St. Cloud
Hospital", "the DeKalb County Jail"): such a name has no gazetteer entry and kept no point; it
now takes its town's, when the town is a reading of another name of the article or a town of
10,000 or more under its own name in a first-level division the article's places lie in. A
country or division the parser split at its hyphen ("Guinea-Bissau") is one name. Counties of a
state the article names outright win once the votes of two states reach the cap. Sentences
written for these tests."""

from __future__ import annotations

from tests._places import assert_offsets_hold as _offsets_hold
from tests._places import km as _km
from tests._places import place_of, places, written_places


def test_a_hospital_named_after_its_town_takes_the_towns_point() -> None:
    text = "A Sauk Rapids man was taken to St. Cloud Hospital in Minnesota after the crash on Friday."
    place = place_of(text, "St. Cloud Hospital")
    assert place.lat is not None and place.lon is not None
    assert _km(place.lat, place.lon, 45.56, -94.16) <= 20.0
    assert place.country == "US" and place.admin1 == "Minnesota"
    assert text[31:49] == "St. Cloud Hospital"
    _offsets_hold(text)


def test_a_jail_named_after_its_county_takes_the_countys_point() -> None:
    text = (
        "The inmate was moved from the DeKalb County Jail to a state prison in Joliet, Illinois, on Monday."
    )
    place = place_of(text, "DeKalb County Jail")
    assert place.lat is not None and place.lon is not None
    assert _km(place.lat, place.lon, 41.89, -88.77) <= 50.0
    _offsets_hold(text)


def test_a_site_named_after_an_unknown_word_keeps_no_point() -> None:
    text = "Rangers closed Coffman Trail Park near Dayton, Ohio, after the storm."
    place = place_of(text, "Coffman Trail Park")
    assert place.lat is None and place.lon is None
    _offsets_hold(text)


def test_a_namesake_town_outside_the_articles_divisions_lends_no_point() -> None:
    # Springfield of Illinois is no evidence for a library in Oregon
    text = "Readers in Eugene, Oregon, packed the Springfield Memorial Library on Saturday."
    for place in places(text):
        if place.name == "Springfield Memorial Library":
            assert place.lat is None or _km(place.lat, place.lon, 44.05, -123.0) <= 50.0


def test_the_written_places_do_not_change() -> None:
    # guard: the rule gives points only; what is listed as written stays as it was
    text = "A Sauk Rapids man was taken to St. Cloud Hospital in Minnesota after the crash on Friday."
    assert written_places(text) == {"Sauk Rapids", "St. Cloud Hospital", "Minnesota"}


# -- a name the parser split at its hyphen --


def test_a_country_split_at_its_hyphen_is_one_country() -> None:
    text = "Cholera has killed dozens in Guinea-Bissau and Senegal since June, health officials said."
    place = place_of(text, "Guinea-Bissau")
    assert place.country == "GW" and place.kind == "country"
    assert text[29:42] == "Guinea-Bissau"
    assert "Guinea" not in written_places(text) and "Bissau" not in written_places(text)
    _offsets_hold(text)


def test_two_countries_joined_by_a_hyphen_stay_two() -> None:
    # guard: "the Russia-Ukraine border" names two countries, no country of that name
    text = "Talks on the Russia-Ukraine border dispute resumed in Geneva on Thursday."
    assert {"Russia", "Ukraine", "Geneva"} <= written_places(text)
    _offsets_hold(text)


# -- a division the article names outright, once the votes of two divisions reach the cap --


def test_counties_listed_with_their_named_state_lie_in_it() -> None:
    text = (
        "Jobless rates fell in Henry County last month. Among the other Tennessee counties, Benton"
        " County rose, Carroll County held and Perry County, Stewart County and Williamson County"
        " fell, the Tennessee labor office said."
    )
    for written in ("Henry County", "Benton County", "Perry County"):
        place = place_of(text, written)
        assert place.admin1 == "Tennessee", place
    _offsets_hold(text)


def test_a_county_of_a_named_state_with_few_votes_keeps_its_reading() -> None:
    # guard: two counties and Illinois named: no cap reached, the votes decide as before
    text = "Fair-goers crowded Henry County and Perry County in Illinois on Sunday."
    assert place_of(text, "Henry County").admin1 == "Illinois"
    assert place_of(text, "Perry County").admin1 == "Illinois"


def test_a_seat_of_government_takes_no_small_towns_point() -> None:
    # guard: "White" is some hamlet's other name in the state the article names
    text = "A Nashville lawmaker, asked at the White House about Tennessee farms, said nothing on Friday."
    for place in places(text):
        if place.name == "White House":
            assert place.lat is None or _km(place.lat, place.lon, 38.9, -77.04) <= 50.0


def test_a_street_named_after_a_town_takes_no_point() -> None:
    # guard: streets are named after towns far away as often as after their own
    text = "Firefighters from Baton Rouge, Louisiana, were called to a house on Dallas Street late Sunday."
    for place in places(text):
        if place.name == "Dallas Street":
            assert place.lat is None
    _offsets_hold(text)
