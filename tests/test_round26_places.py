"""Places, round 26: constructions seen on the errors of the new TR-News tune split together with an
older tune split (VOA, Wikinews, the invented work splits). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests._places import place_of, scored_places, written_places

# -- a capitalised compass word before a country or a division: one region, named as written ---


@pytest.mark.parametrize(
    ("text", "written", "inner"),
    [
        ("Eastern Norway had heavy snow in March, officials in Oslo said.", "Eastern Norway", "Norway"),
        (
            "Cattle thefts have risen in Far North Queensland, police in Brisbane said.",
            "Far North Queensland",
            "Queensland",
        ),
        (
            "Nurses were sent to the province of West Kasai, officials in Kinshasa said.",
            "West Kasai",
            "Kasai",
        ),
    ],
)
def test_a_capitalised_compass_word_stays_in_the_regions_name(text: str, written: str, inner: str) -> None:
    found = written_places(text)
    assert written in found
    assert inner not in found  # the region as written, not the country or province inside it
    assert place_of(text, written).country is not None  # read as the place inside it


@pytest.mark.parametrize(
    ("text", "written"),
    [
        # lower case: an adjective that places something within the country, no part of the name
        ("Floods hit eastern Norway in March, officials in Oslo said.", "Norway"),
        # a known name whole stays the known place
        ("Police in Western Australia closed the road to Perth.", "Western Australia"),
        # a town after a compass word stays the town
        ("Shootings were reported in South Philadelphia overnight.", "Philadelphia"),
    ],
)
def test_guard_a_lower_case_compass_word_a_known_name_or_a_town(text: str, written: str) -> None:
    # round 55: a town after a capitalised compass word is written with it, still read as the town
    assert written in scored_places(text)


# -- a name the article calls an outlet is the outlet wherever it speaks ------------------------


@pytest.mark.parametrize(
    ("text", "outlet", "place"),
    [
        # the outlet named once by its lower-case words, then alone as the source of a report
        (
            "Mudslides buried 30 houses in Yunnan province, the Xinhua news agency reported. The road"
            " to Kunming was cut, according to Xinhua. Two more villages were evacuated, Xinhua said.",
            "Xinhua",
            "Kunming",
        ),
        # a noun for an outlet right before the name
        (
            "Police in Havana, Cuba, detained 12 people. The state newspaper Granma said the"
            " officers had been attacked.",
            "Granma",
            "Havana",
        ),
    ],
)
def test_a_name_the_article_calls_an_outlet_is_no_place(text: str, outlet: str, place: str) -> None:
    found = written_places(text)
    assert outlet not in found
    assert place in found


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # the outlet's town named as the place something happened in keeps its place
        # a town opening a longer outlet's name: "Tehran" alone speaks for the government
        (
            "The Tehran Times printed the decree. Tehran said on Monday the talks had failed.",
            "Tehran",
        ),
        # a province that shares its name with an outlet, named where something happened
        (
            "Protesters gathered in Fars, the Fars news agency reported. Shops in Shiraz closed.",
            "Fars",
        ),
    ],
)
def test_guard_the_outlets_namesake_where_something_happened_stays_a_place(text: str, place: str) -> None:
    assert place in written_places(text)


def test_guard_a_compass_word_and_country_before_a_feature_word_is_no_region() -> None:
    text = "Patrol boats sailed through the South and East China seas in May, officials in Tokyo said."
    assert "East China" not in written_places(text)


# -- a road named by its number -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("Troopers stopped the van on Interstate 81 near Roanoke, police said.", "Interstate 81"),
        ("Protesters blocked National Highway #2 outside Jacmel on Tuesday.", "National Highway #2"),
        ("The crash closed Highway 17 north of Kingston for six hours.", "Highway 17"),
        ("Farmers parked tractors across Route 9 in Tucumán province.", "Route 9"),
    ],
)
def test_a_road_named_by_its_number_is_a_site(text: str, written: str) -> None:
    assert written in written_places(text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # a number after a road that has a name is a count, no part of its name
        (
            "Police said 40 people were on Tolvanen Highway 2 hours before the blast in Oulu.",
            "Tolvanen Highway 2",
        ),
        # a lower-case road word and a number: no name
        ("The protest moved down highway 9 towards Quito.", "highway 9"),
    ],
)
def test_guard_no_number_read_into_a_named_road_or_a_lower_case_one(text: str, absent: str) -> None:
    assert absent not in written_places(text)


# -- a disease named after a place the gazetteer does not know is no place ----------------------


@pytest.mark.parametrize(
    ("text", "disease", "place"),
    [
        (
            "A vaccine against Ebola will reach Kinshasa on Friday; the Ebola virus killed 30 people there last year.",
            "Ebola",
            "Kinshasa",
        ),
        (
            "Clinics on Mayotte ran out of beds as Chikungunya, a mosquito-borne disease, spread to the south.",
            "Chikungunya",
            "Mayotte",
        ),
    ],
)
def test_a_disease_is_no_place(text: str, disease: str, place: str) -> None:
    found = written_places(text)
    assert disease not in found
    assert place in found


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # an unknown village where cases were seen stays a place
        ("Since arriving in Kampungu in May, nurses have seen 25 suspected cases of the fever.", "Kampungu"),
        # a country that reports cases of a disease stays a place
        ("Rwanda reported two cases of the virus on Monday, officials in Kigali said.", "Rwanda"),
    ],
)
def test_guard_a_place_where_a_disease_is_found_stays_a_place(text: str, place: str) -> None:
    assert place in written_places(text)


def test_guard_a_compass_word_before_a_name_of_two_countries_leaves_the_name_to_its_context() -> None:
    # "Georgia" is a country and a US state: the region would carry the bigger reading into the
    # article's other mentions, so the name inside it is read as before, by its context
    # (round 55: the mention is written "North Georgia", the reading still the context's)
    text = "Water levels fell across Georgia this summer. Lakes in North Georgia are at record lows."
    found = written_places(text)
    assert "Georgia" in found
    assert place_of(text, "North Georgia").name == place_of(text, "Georgia").name
