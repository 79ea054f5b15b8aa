"""Places, round 35, second pass. A county the article names is a neighbour of the towns in
and around it: "a Salem woman" beside "the Columbiana County prosecutor" is Salem, Ohio, not
Oregon's capital. Counties' points are the middle of their towns' box and counted for nothing
before. A country's own name is not given up to a namesake town on a county's word alone.
Sentences written for these tests."""

from __future__ import annotations

from tests._places import place_of


def test_a_town_beside_a_county_the_article_names_lies_in_its_state() -> None:
    text = "A Salem woman was charged on Friday, the Columbiana County prosecutor said."
    place = place_of(text, "Salem")
    assert text[2:7] == "Salem"
    assert place.country == "US" and place.admin1 == "Ohio"
    county = place_of(text, "Columbiana County")
    assert text[41:58] == "Columbiana County"
    assert county.admin1 == "Ohio"


def test_a_big_town_with_its_county_keeps_its_reading() -> None:
    # guard: what the towns' own votes already placed stays
    text = "The fire destroyed a barn near Columbia on Tuesday, the Maury County sheriff said."
    place = place_of(text, "Columbia")
    assert text[31:39] == "Columbia"
    assert place.admin1 == "Tennessee"


def test_a_county_far_away_moves_no_town() -> None:
    # guard: Cook County, Illinois, lies near no Portland
    text = "The Cook County board sent a letter to officials in Portland on Monday."
    place = place_of(text, "Portland")
    assert text[52:60] == "Portland"
    assert place.admin1 == "Oregon"


def test_a_country_is_not_given_up_to_a_town_beside_a_county() -> None:
    # guard: a Warren County of Ohio lies next to Lebanon, Ohio, but a country's own name
    # needs towns near the namesake, not a county alone
    text = "Families who fled the war in Syria to Lebanon were welcomed by a church, the Warren County pastor said."
    place = place_of(text, "Lebanon")
    assert text[38:45] == "Lebanon"
    assert place.country == "LB"
