"""Places, round 14: constructions found on fresh probe articles (Peru, Colombia, Ethiopia,
Uganda, Iraq, Egypt, Hong Kong, Tajikistan) that earlier rounds did not cover."""

from __future__ import annotations

import pytest

from tests._places import scored_places, written_places

# --- a road named with a prefixed demonym: "the Pan-American Highway" ------------------------


@pytest.mark.parametrize(
    ("text", "site"),
    [
        ("Truckers blocked the Pan-American Highway near Tumbes for a third day.", "Pan-American Highway"),
        (
            "Farmers set up roadblocks on the Inter-American Highway outside Santa Ana.",
            "Inter-American Highway",
        ),
        ("Convoys stalled on the Trans-African Highway north of Mombasa.", "Trans-African Highway"),
    ],
)
def test_a_road_named_with_a_prefixed_demonym_is_a_site(text: str, site: str) -> None:
    assert site in written_places(text)


def test_guard_a_demonym_before_a_site_word_stays_out() -> None:
    # "an American Highway" has no name: the demonym says whose, as "an Iranian prison" does
    assert not {"American Highway", "American"} & written_places(
        "Engineers said an American Highway Park would open in Nairobi."
    )


# --- a street with a compass word after its street word: "Chatham Road South" ----------------


@pytest.mark.parametrize(
    ("text", "site"),
    [
        (
            "Students climbed down from a footbridge onto Gascoigne Road North late on Sunday.",
            "Gascoigne Road North",
        ),
        (
            "Riot police cleared Waterloo Road South before dawn, witnesses in Kowloon said.",
            "Waterloo Road South",
        ),
        (
            "Marchers turned into Jalan Sudirman and then onto Kingsway Avenue West in the capital.",
            "Kingsway Avenue West",
        ),
    ],
)
def test_a_street_with_a_compass_word_after_its_street_word_is_one_site(text: str, site: str) -> None:
    assert site in written_places(text)


def test_guard_a_compass_word_opening_a_longer_name_is_not_the_streets() -> None:
    # "Prince Road South Africa House": the compass word opens another name, the street ends before
    found = written_places("The protest moved from Prince Road South Africa House to the embassy in London.")
    assert "Prince Road South" not in found


# --- a river tagged as an organisation after "across the" / "along the" -----------------------


@pytest.mark.parametrize(
    ("text", "river"),
    [
        (
            "The bridge leads across the Tigris to the fortified zone where ministries sit in Baghdad.",
            "Tigris",
        ),
        ("Soldiers fired from boats along the Jhelum into the crowd in Srinagar.", "Jhelum"),
        ("Refugees waded across the Ruvuma to reach Mtwara in Tanzania.", "Ruvuma"),
    ],
)
def test_a_one_word_name_after_across_the_or_along_the_is_a_water(text: str, river: str) -> None:
    assert river in written_places(text)


def test_guard_concern_over_an_organisation_stays_no_place() -> None:
    # "over the Fed": a preposition of concern, not of a crossing; only across/along are read
    found = written_places("Ministers voiced concern over the Fed and its rates in Brussels.")
    assert "Fed" not in found


# --- a name before a lower-case "division" (Cameroon's, Bangladesh's, Myanmar's divisions) ---


@pytest.mark.parametrize(
    ("text", "division"),
    [
        ("Separatists attacked a convoy in the Mezam division of the North-West region.", "Mezam"),
        (
            "Troops torched three villages in Menchum division on Sunday, Cameroonian activists said.",
            "Menchum",
        ),
        ("Floods cut roads across the Sylhet and Rangpur divisions, Bangladeshi officials said.", "Rangpur"),
    ],
)
def test_a_name_before_a_lower_case_division_is_a_division(text: str, division: str) -> None:
    assert division in written_places(text)


def test_guard_a_body_division_of_an_organisation_is_no_place() -> None:
    # "the Homicide division of the police": a unit of a body, no territory
    assert "Homicide" not in written_places(
        "He was questioned by the Homicide division of the police in Lagos."
    )


# --- a name before "airport" or "air base": the site, as "Evin prison" is -----------------


@pytest.mark.parametrize(
    ("text", "site"),
    [
        (
            "Protesters tried to storm the Inca Manco Capac airport as police fired tear gas.",
            "Inca Manco Capac",
        ),
        ("Flights were diverted from Zvartnots airport after crowds blocked the road.", "Zvartnots"),
        ("The vast Manas air base outside the capital was closed to U.S. aircraft.", "Manas"),
        ("Troops flew in to the Bagram airbase before dawn, officials said.", "Bagram"),
        ("Sailors at the Souda naval base were confined to barracks.", "Souda"),
    ],
)
def test_a_name_before_an_airport_or_a_base_is_a_site(text: str, site: str) -> None:
    assert site in scored_places(text)


def test_guard_a_partys_base_is_no_site() -> None:
    # "the Republican base": a party's voters; only the compounds of a military base are sites
    found = written_places("The senator courted the Republican base in Ohio before the vote.")
    assert "Republican" not in found


# --- an "Autonomous" division and the initials given after a place in brackets -----------------


@pytest.mark.parametrize(
    "text",
    [
        "Residents of the Gorno-Badakhshan Autonomous Region said the internet had been cut for a week.",
        "Security forces detained dozens in the Gorno-Badakhshan Autonomous Oblast (GBAO) on Monday.",
    ],
)
def test_a_division_named_with_autonomous_and_its_kind_word_is_the_division(text: str) -> None:
    found = written_places(text)
    assert any(name.startswith("Gorno-Badakhshan") for name in found)


@pytest.mark.parametrize(
    ("text", "initials"),
    [
        (
            "Security forces detained dozens in the Gorno-Badakhshan Autonomous Oblast (GBAO) on Monday. "
            "Phone lines to GBAO stayed cut.",
            "GBAO",
        ),
        (
            "Fighting in the Democratic Republic of Congo (DRC) displaced thousands near Goma. "
            "The DRC government denied the toll.",
            "DRC",
        ),
    ],
)
def test_initials_in_brackets_after_a_place_name_the_place(text: str, initials: str) -> None:
    assert initials in written_places(text)


def test_guard_an_outlets_initials_after_a_place_stay_no_place() -> None:
    # "Tbilisi (AFP)": the outlet of a dateline, whose letters spell no place's name
    assert "AFP" not in written_places("Police arrested 40 people in Tbilisi (AFP) on Friday, Georgia said.")


def test_guard_a_partys_initials_after_its_countrys_name_are_no_place() -> None:
    # "Sri Lanka Podujana Peramuna (SLPP)": the words between are a party's name, no kind of place
    text = "Supporters of the ruling Sri Lanka Podujana Peramuna (SLPP) were bussed in. The SLPP denied it."
    assert "SLPP" not in written_places(text)


# --- a name after a preposition and a lower-case compass adjective: "in central Khorog" ------


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Hundreds gathered in central Osh to demand the governor's resignation.", "Osh"),
        ("Soldiers fired on a crowd in a square in central Nukus, some of them bleeding.", "Nukus"),
        ("Police blocked the avenue in central Tunis on Tuesday, chanting crowds said.", "Tunis"),
        ("Shelling hit the towns and villages in eastern Ghouta and killed dozens.", "Ghouta"),
        ("A sit-in on a highway has gone on for weeks in south Delhi, organisers said.", "Delhi"),
    ],
)
def test_a_name_after_a_preposition_and_a_compass_adjective_is_a_place(text: str, town: str) -> None:
    assert town in written_places(text)


def test_guard_a_demonym_after_a_compass_adjective_stays_out() -> None:
    # "in central Asian capitals": the demonym says whose capitals, no place of its own
    found = written_places("Rents rose in central Asian capitals and in southern European ports.")
    assert not {"Asian", "European", "Asian capitals"} & found
