"""Places, round 58: a town's custodial, medical or market site written with its town's name and a modifier
("the Mopti central prison") is a place of its own also where the article writes the town bare
elsewhere; an infobox's "Location:" line lists places; a title-case dateline with a full date
and a spaced hyphen. Sentences written for these tests; no gold text."""

from __future__ import annotations

import pytest

from tests._places import place_of, written_places

# -- a town's site, the town also written bare ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "town", "site"),
    [
        (
            "Police fired tear gas in Tamale on Monday. Two men later died in custody at the "
            "Tamale central police station.",
            "Tamale",
            "Tamale central police station",
        ),
        (
            "Protests spread to Mopti on Thursday. On Friday the organisers were moved to Mopti "
            "central prison, where lawyers could not see them.",
            "Mopti",
            "Mopti central prison",
        ),
        (
            "Traders in Kumasi closed their shops. A nurse at the Kumasi regional hospital said "
            "twelve people were treated.",
            "Kumasi",
            "Kumasi regional hospital",
        ),
        (
            "Soldiers were deployed in Mwanza. Twenty stalls at the Mwanza main market were burned overnight.",
            "Mwanza",
            "Mwanza main market",
        ),
        (
            "Riots broke out in Gulu on Sunday. He spent a week in the Gulu district jail before his trial.",
            "Gulu",
            "Gulu district jail",
        ),
    ],
)
def test_a_towns_site_is_written_beside_the_bare_town(text: str, town: str, site: str) -> None:
    found = written_places(text)
    assert town in found
    assert site in found
    assert place_of(text, site).name == place_of(text, town).name


def test_a_division_word_before_a_site_word_is_the_sites_modifier() -> None:
    text = "He spent two weeks in the Kitgum district jail before his trial."
    found = written_places(text)
    assert "Kitgum district jail" in found
    assert "Kitgum district" not in found


def test_guard_a_site_after_an_indefinite_article_is_any_of_the_towns() -> None:
    # "a Nakuru jail" is one jail or another of the town: the town is the place
    text = "Rallies were held in Nakuru on Monday. One organiser is now in a Nakuru jail awaiting trial."
    assert written_places(text) == {"Nakuru"}


def test_guard_a_neighbourhood_is_the_towns_area_not_a_site() -> None:
    text = "Police raided homes in Mopti. Two men were shot in a Mopti neighbourhood overnight."
    assert written_places(text) == {"Mopti"}


# -- an infobox's "Location:" field -------------------------------------------------------------


def test_every_name_of_an_infobox_location_field_is_a_place() -> None:
    text = (
        "Date: 3 May – 9 June 2021\n"
        "Location: Argentina, mainly Quilmes; also Lanús, Avellaneda and other towns\n"
        "Caused by: A sudden doubling of bus fares across the province\n\n"
        "The protests began after bus fares doubled."
    )
    found = written_places(text)
    assert {"Argentina", "Quilmes", "Lanús", "Avellaneda"} <= found
    assert place_of(text, "Quilmes").country == "AR"


def test_guard_a_location_field_lists_no_unknown_words() -> None:
    text = "Location: Lusaka, mainly the Central Business District\n\nTraders closed their shops on Monday."
    assert written_places(text) <= {"Lusaka", "Central Business District"}


# -- a title-case dateline with a full date and a spaced hyphen ---------------------------------


def test_a_title_case_dateline_with_a_full_date_and_a_spaced_hyphen() -> None:
    text = "Lomé, 4 June 2024 - The Minister of Security said on Monday that six people were held."
    assert "Lomé" in written_places(text)


def test_guard_a_hyphen_after_a_name_and_a_weekday_is_no_dateline() -> None:
    text = "On Monday, Minister - spokesman Kofi Mensah - said six people were held."
    assert "Monday" not in written_places(text)


# -- a hospital named by its town and its level -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "site"),
    [
        (
            "Protests spread in Mzuzu. Gulu Central Hospital confirmed two deaths on Sunday.",
            "Gulu Central Hospital",
        ),
        (
            "The wounded were treated at the Raleigh Memorial Hospital in Manzini and the Lira "
            "Government Hospital.",
            "Lira Government Hospital",
        ),
        (
            "They are still verifying reports from the Al-Amal Teaching Hospital, officials said.",
            "Al-Amal Teaching Hospital",
        ),
    ],
)
def test_a_hospital_named_by_its_town_and_level_is_a_site(text: str, site: str) -> None:
    assert site in written_places(text)


def test_guard_a_hospitals_name_that_goes_on_is_a_bodys() -> None:
    text = "Dr. Lilly, head of the Toronto General Hospital Transplant Clinic, said it was rare."
    assert not any("Hospital" in written for written in written_places(text))


def test_guard_a_towns_site_word_with_no_modifier_stays_the_towns() -> None:
    # the golds drawn from the public toponym sets list "the Hanover police station" as the town
    text = "Police in Arusha held a briefing outside the Arusha police station on Monday."
    assert written_places(text) == {"Arusha"}


def test_guard_a_hospital_in_a_persons_apposition_is_the_employer() -> None:
    text = '"We saw twenty cases," said Dr. Amos Banda, from the Banda Memorial Central Hospital.'
    assert not any("Hospital" in written for written in written_places(text))
