"""Places of real crackdown reports, eighth round.

Written from probe articles of our own in genres and countries the earlier rounds did
not cover (Amnesty and HRW releases on Iran's Kurdish cities and on Ethiopia, Reuters
on Pakistan, AP on Bolivia, AFP on Hong Kong, a Sri Lanka live blog, Wikipedia on
Iraq's Tishreen protests, Serbian and Iranian state media, an OHCHR release on
Nicaragua). Every sentence here is written for these tests; each one failed before its
rule unless it says it is a guard.
"""

from __future__ import annotations

import pytest

from tests._places import place_of, written_places

pytestmark = pytest.mark.model


# --- sites: bridges, highways, tunnels, lanes -----------------------------------------------


@pytest.mark.parametrize(
    ("text", "site"),
    [
        ("Security forces fired on marchers crossing the Sinbad Bridge in Basra on Sunday.", "Sinbad Bridge"),
        ("Farmers parked their tractors on the Žeželj Bridge overnight, witnesses said.", "Žeželj Bridge"),
        ("Students blocked the Tuen Mun Highway before dawn, Hong Kong police said.", "Tuen Mun Highway"),
        ("Protesters set fire to a house on Fourth Lane in Colombo, his office said.", "Fourth Lane"),
    ],
)
def test_a_bridge_highway_tunnel_or_lane_with_its_name_is_a_site(text: str, site: str) -> None:
    assert site in written_places(text)


def test_two_names_share_a_plural_site_word() -> None:
    text = "Iraqi protesters pitched tents on the Rasheed and Shuhada bridges in Baghdad on Friday."
    assert {"Rasheed", "Shuhada"} <= written_places(text)


def test_the_zone_of_a_capital_is_no_town_called_green() -> None:
    text = "Iraqi protesters tried to storm the Green Zone in Baghdad on Tuesday, police said."
    assert "Green Zone" in written_places(text)
    assert "Green" not in written_places(text)


# --- names that are no places ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Two members of the IRGC and three Basij men were wounded, the agency said.", "IRGC"),
        (
            "Rioters set fire to a mosque and copies of the Holy Quran, the governor's office said.",
            "Holy Quran",
        ),
        ("Detainees said they were made to swear on the Quran before their release in Sanandaj.", "Quran"),
    ],
)
def test_an_acronym_or_a_holy_book_tagged_as_a_place_is_none(text: str, name: str) -> None:
    assert name not in written_places(text)


def test_a_remit_after_a_lower_case_role_word_is_no_place() -> None:
    text = "“The killings must stop,” said Ann Smith, deputy Horn of Africa director at the group."
    assert not any("Horn" in w or "Africa" in w for w in written_places(text))


# --- resolution: countries under their own names ---------------------------------------------


def test_a_country_listed_before_another_is_not_inside_it() -> None:
    text = "Thousands of Nicaraguans have fled to Honduras, Mexico and Spain since April, the UN said."
    assert place_of(text, "Honduras").country == "HN"


def test_a_countrys_own_name_is_not_a_namesake_town_of_another_country_the_article_names() -> None:
    text = (
        "Exiled Nicaraguan activists met in Costa Rica on Monday, while others crossed into Mexico "
        "through Tapachula and Ciudad Hidalgo, Mexican officials said."
    )
    assert place_of(text, "Costa Rica").country == "CR"


def test_a_district_named_like_a_country_among_its_neighbours_keeps_to_its_town() -> None:
    """Guard (passed before): "Jordan" among Kowloon's districts is the district."""
    text = (
        "Hong Kong police fired tear gas in Mong Kok, Yau Ma Tei and Jordan on Sunday night, "
        "and protesters blocked Nathan Road in Tsim Sha Tsui."
    )
    assert place_of(text, "Jordan").country == "HK"


def test_a_dateline_is_read_in_the_storys_country_or_as_the_hub_it_names() -> None:
    text = (
        "GENEVA (Reuters) - The UN human rights office said on Tuesday that Nicaraguan police had "
        "killed protesters in Managua, Masaya and León, and that the government had blamed groups "
        "financed from the United States."
    )
    assert place_of(text, "GENEVA").country == "CH"


# --- names the tagger cuts or misreads -------------------------------------------------------


def test_a_division_keeps_its_capitalised_kind_word() -> None:
    text = "By Sunday more than 100 people had been killed, most of them in Baghdad and Dhi Qar Governorate."
    assert "Dhi Qar Governorate" in written_places(text)
    assert place_of(text, "Dhi Qar Governorate").country == "IQ"


def test_a_name_before_where_is_a_place() -> None:
    text = "Tigray, where a two-year war ended in 2022, remains cut off, Ethiopian officials said."
    assert "Tigray" in written_places(text)


def test_a_town_of_two_words_whose_second_the_tagger_calls_a_person() -> None:
    text = (
        "Drone strikes killed civilians in Finote Selam, Debre Birhan and Bure last week, "
        "Ethiopia's rights commission said."
    )
    assert "Debre Birhan" in written_places(text)


def test_a_list_of_names_of_several_words_tagged_as_anything() -> None:
    text = "Morales supporters have blocked roads into La Paz, Cochabamba and Oruro for a week."
    assert "Cochabamba" in written_places(text)


def test_a_town_after_toward() -> None:
    text = "Bolivian police fired on coca growers marching toward Cochabamba on Friday, officials said."
    assert "Cochabamba" in written_places(text)


def test_the_towns_of_a_plural_settlement_word() -> None:
    text = "Serbian students were greeted with bread and flowers in the towns of Ruma and Inđija."
    assert {"Ruma", "Inđija"} <= written_places(text)


def test_the_names_after_a_plural_word_for_places_and_such_as() -> None:
    text = "Riot police raided neighbourhoods such as Kanikan and Shalman in Sanandaj, residents said."
    assert {"Kanikan", "Shalman"} <= written_places(text)


def test_a_letter_without_a_decomposition_keeps_its_name_whole() -> None:
    text = "Polish police detained 14 people after clashes in Łódź on Saturday, officials said."
    assert place_of(text, "Łódź").name == "Lodz"
