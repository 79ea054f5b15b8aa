"""Places, round 17: country points on GeoNames' convention, and place words that open an
untagged company's or institution's name. Sentences written for these tests."""

from __future__ import annotations

import math

import pytest

from tests._places import place_of, written_places


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    h = (
        math.sin((p2 - p1) / 2) ** 2
        + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    )
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


# --- a country's point is GeoNames' own, not a rounded box centre ----------------------------


@pytest.mark.parametrize(
    ("text", "written", "point"),
    [
        # GeoNames' points: the contiguous United States' centre in Kansas, Canada's in
        # Alberta's north, India's (22, 79); countryinfo's lie 235, 1,030 and 300 km off
        ("Rallies were held across the United States on Saturday.", "United States", (39.76, -98.5)),
        ("Truckers blocked border crossings in Canada for a third week.", "Canada", (60.11, -113.64)),
        ("Farmers marched on the capital as strikes spread across India.", "India", (22.0, 79.0)),
    ],
)
def test_a_country_takes_geonames_own_point(text: str, written: str, point: tuple[float, float]) -> None:
    place = place_of(text, written)
    assert place.kind == "country"
    assert place.lat is not None and place.lon is not None
    assert _km(place.lat, place.lon, *point) < 20


def test_a_country_without_a_correction_keeps_its_centre() -> None:
    # guard: France's centre already agrees with GeoNames
    place = place_of("Unions called a general strike in France on Thursday.", "France")
    assert place.lat is not None and place.lon is not None
    assert _km(place.lat, place.lon, 46.0, 2.0) < 20


# --- a place word that opens an untagged body's name is no place -----------------------------


@pytest.mark.parametrize(
    ("text", "inside"),
    [
        ("He teaches at Columbia University and was detained in Louisiana.", "Columbia"),
    ],
)
def test_a_place_opening_a_body_name_is_no_place(text: str, inside: str) -> None:
    found = written_places(text)
    assert inside not in found
    assert "Louisiana" in found  # the free-standing place is still found


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # guards: a place's own kind word and a site after it are no body's words
        ("Flights resumed at Baghdad International Airport after the attack.", "Baghdad"),
        ("Thousands marched in Mexico City on Sunday.", "Mexico City"),
        ("Clashes broke out in Hall County Road near the river.", "Hall County"),
    ],
)
def test_a_place_before_its_kind_word_or_a_site_stays_a_place(text: str, place: str) -> None:
    found = written_places(text)
    assert any(place in written for written in found)


# --- a province settled along one edge takes GeoNames' point, not its towns' box middle -------


def test_a_province_settled_along_its_southern_edge_takes_geonames_point() -> None:
    text = "Teachers walked out across Ontario on Monday, the union said."
    place = place_of(text, "Ontario")
    assert place.kind == "admin1"
    assert place.lat is not None and place.lon is not None
    assert _km(place.lat, place.lon, 49.25, -84.5) < 20


def test_a_province_without_a_correction_keeps_its_derived_point() -> None:
    # guard: Texas's towns cover the state, and its point stays their box middle
    place = place_of("Farmers blocked highways across Texas on Monday.", "Texas")
    assert place.lat is not None and place.lon is not None
    assert _km(place.lat, place.lon, 31.0, -100.0) < 161


# --- "America" alone is the United States, the continents' names are longer ------------------


def test_america_alone_is_the_united_states() -> None:
    text = "Protests spread across Latin America while America watched."
    place = place_of(text, "America")
    assert place.kind == "country" and place.country == "US"


def test_a_continent_named_with_america_stays_the_continent() -> None:
    # guard: "Latin America" is looked up whole, never as the United States
    text = "Protests spread across Latin America while America watched."
    assert place_of(text, "Latin America").country != "US"
