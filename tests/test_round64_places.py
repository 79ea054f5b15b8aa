"""Places, round 64: a works named by its capitalised word; a country's name alone on a line (a
heading the tagger reads as an organisation); a party's name before "v." in a case's name.
Sentences written for these tests; no gold text."""

from __future__ import annotations

import pytest

from tests._places import written_places

# -- a factory by its capitalised "Works" -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "site"),
    [
        (
            "At dawn the men of the Kirov Tractor Works, the city's biggest plant, downed tools.",
            "Kirov Tractor Works",
        ),
        ("Strikers marched from the Lenin Steel Works to the town hall on Monday.", "Lenin Steel Works"),
        ("Soldiers fired on workers outside the Orlov Works in the morning.", "Orlov Works"),
    ],
)
def test_a_works_is_a_site(text: str, site: str) -> None:
    assert site in written_places(text)


@pytest.mark.parametrize(
    "text",
    [
        # a ministry or a department of public works: a body, no site
        "The Department of Public Works said the road would reopen in Lagos.",
        "Officials of the Public Works ministry met in Accra on Friday.",
        "The Ministry of Works in Nairobi issued a statement.",
        # a longer name goes on after the word
        "The Kirov Works Committee called a strike in Leningrad.",
        # no name before it
        "Works began on the bridge in Kampala last year.",
    ],
)
def test_guard_a_body_of_works_is_no_site(text: str) -> None:
    found = written_places(text)
    assert not any(place.endswith("Works") for place in found), found


# -- a country's name alone on a line ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("MALAWI\n\nGovernment. President: the head of state. Capital: Lilongwe.\n", "MALAWI"),
        (
            "Eritrea\nYouth Day\nArrests\n\nBy a staff writer\n\nSoldiers detained students in Asmara.",
            "Eritrea",
        ),
    ],
)
def test_a_countrys_name_alone_on_its_line_is_a_place(text: str, country: str) -> None:
    assert country in written_places(text)


@pytest.mark.parametrize(
    "text",
    [
        # a body's name on its line: no place of its own
        "UGANDA LAW SOCIETY\n\nThe society said lawyers would strike in Kampala.",
        # a word of greeting on its line, which GeoNames also knows as a hamlet
        "09:30 EAT\nWelcome\nGood morning and welcome to our coverage of the protests in Nairobi.",
    ],
)
def test_guard_a_line_alone_names_no_country(text: str) -> None:
    found = written_places(text)
    assert "UGANDA" not in found and "Welcome" not in found, found


# -- a party's name before "v." in a case's name -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "party"),
    [
        ("In Baltresca v. Portugal, the court found that the beatings were torture.", "Baltresca"),
        ("As the court held in Quimbo v. Serrano, no officer may hide behind the state.", "Quimbo"),
        ("The judges cited in Ferrante vs. Italy a rule of evidence.", "Ferrante"),
    ],
)
def test_a_case_party_is_no_place(text: str, party: str) -> None:
    assert party not in written_places(text)


def test_guard_a_country_in_a_case_name_stays_a_place() -> None:
    found = written_places("In Baltresca v. Portugal, the court in Strasbourg ruled against Lisbon.")
    assert "Portugal" in found and "Strasbourg" in found, found


# -- a town after a body's "in", its qualifier after a comma -------------------------------------


def test_a_town_after_a_bodys_in_and_before_its_qualifier_is_a_place() -> None:
    text = "Shots were fired into the campus of Tarumanagara University in Kedoya, West Jakarta, at dusk."
    assert "Kedoya" in written_places(text)


def test_guard_a_place_before_a_bodys_initials_after_a_comma_ends_its_name() -> None:
    text = "Troops of the African Union Stabilization Mission in Somalia, AUSOM, left Baidoa on Monday."
    assert "Somalia" not in written_places(text)
