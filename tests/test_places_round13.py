"""Places, round 13: constructions found on fresh probe articles (Kyrgyzstan, Lebanon,
Azerbaijan, Sri Lanka, Sierra Leone, France) that earlier rounds did not cover."""

from __future__ import annotations

import pytest

from tests._places import place_of, scored_places, written_places

# --- a town of the story's country after "at" ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "town"),
    [
        (
            "Sri Lanka's navy flew the minister to its naval base at Trincomalee.[4] Crowds stayed in Colombo.",
            "Trincomalee",
        ),
        ("Kyrgyzstan's government said Russian jets landed at Kant, 20 kilometres east of Bishkek.", "Kant"),
        (
            "The students were held in Colombo and later at Tangalle.[9] Sri Lanka's bar association protested.",
            "Tangalle",
        ),
        ("Mongolia's miners rallied at Erdenet and at Darkhan, north of Ulaanbaatar.", "Erdenet"),
        (
            "Togo's opposition said soldiers fired on a march at Sokode, 340 kilometres north of Lome.",
            "Sokode",
        ),
    ],
)
def test_a_town_of_the_storys_country_after_at_is_a_place(text: str, town: str) -> None:
    assert town in written_places(text)


def test_guard_a_name_after_at_outside_the_storys_country_stays_out() -> None:
    # "at Kant" in a story that names no country of a town Kant: no support, no place
    text = "Students protested at Kant and at Hegel, two lecture halls of the philosophy faculty."
    assert "Kant" not in written_places(text)


def test_guard_a_word_of_a_bodys_name_after_at_is_no_town() -> None:
    text = "A professor at the University of Sarajevo told VOA that the United States should act."
    assert "University" not in written_places(text)


# --- an apposition that calls a name an official residence or a seat -------------------------


@pytest.mark.parametrize(
    ("text", "site"),
    [
        (
            "Crowds gathered outside Lozana House, the president's official residence, in Maseru, Lesotho.",
            "Lozana House",
        ),
        (
            "Police fired tear gas near Qasr Kubra, the seat of the government, in Tunis on Friday.",
            "Qasr Kubra",
        ),
        (
            "Protesters climbed the fence of Rosehill Lodge, the governor's summer residence, near Nairobi.",
            "Rosehill Lodge",
        ),
    ],
)
def test_an_apposition_with_a_possessive_or_a_seat_makes_the_name_a_site(text: str, site: str) -> None:
    assert site in written_places(text)


def test_guard_a_person_given_a_role_with_a_possessive_is_no_site() -> None:
    text = "Amina Diallo, the president's chief of staff, said in Dakar that talks would go on."
    assert "Amina Diallo" not in written_places(text)


# --- a name before a lower-case facility word, with modifiers between -------------------------


@pytest.mark.parametrize(
    ("text", "site"),
    [
        (
            "He is held at the Tokoin pretrial detention facility outside Lome, Togo, his lawyer said.",
            "Tokoin",
        ),
        ("Six inmates died in a fire at Kondengui central prison in Yaounde, Cameroon.", "Kondengui"),
        ("Strikers blocked the road to the Marikana mine in South Africa's North West province.", "Marikana"),
        ("Workers at the Tasiast gold mine in Mauritania walked out on Monday.", "Tasiast"),
        ("The Grasberg copper mine in Papua was shut after the shooting.", "Grasberg"),
    ],
)
def test_a_name_before_a_lower_case_facility_word_is_a_site(text: str, site: str) -> None:
    assert site in scored_places(text)


def test_guard_a_common_word_before_mine_is_no_site() -> None:
    text = "Mine workers marched in Rustenburg. Their mine was closed. Mine owners stayed away."
    assert written_places(text) == {"Rustenburg"}


# --- a French site name with an elided article -----------------------------------------------


@pytest.mark.parametrize(
    ("text", "site"),
    [
        (
            "Riot police cleared the Place de l'Indépendance in Dakar, Senegal, on Friday.",
            "Place de l'Indépendance",
        ),
        ("Marchers gathered on Avenue de l'Europe in Libreville, Gabon.", "Avenue de l'Europe"),
        ("Protesters set up tents on Place Kléber in Strasbourg, France.", "Place Kléber"),
    ],
)
def test_a_french_site_with_an_elided_article_or_place_is_whole(text: str, site: str) -> None:
    assert site in written_places(text)


def test_guard_a_site_named_after_a_continent_adds_no_continent() -> None:
    text = "Marchers gathered on Avenue de l'Europe in Libreville, Gabon."
    assert "Europe" not in written_places(text)


def test_guard_place_as_an_english_word_opens_no_site() -> None:
    text = "Place Your Bets, a Kenyan band, played in Nairobi. Delegates met at the Lancaster Place Hotel."
    assert "Place Your Bets" not in written_places(text)
    assert "Place Hotel" not in written_places(text)


# --- a town of the story's country listed with its capital -------------------------------------


def test_a_town_listed_with_its_own_countrys_capital_keeps_its_country() -> None:
    text = (
        "Lebanon's protests spread on Monday. Banks shut in Beirut, Sidon and Tyre, and "
        "crowds filled the streets of Lebanon's north. 'We are one people in Beirut, Tripoli "
        "and the south,' a Lebanese student said."
    )
    assert place_of(text, "Tripoli").country == "LB"


def test_guard_a_capital_listed_with_foreign_capitals_stays_a_capital() -> None:
    text = "Iran accused Washington, London and Tel Aviv of stirring the unrest in Tehran."
    assert place_of(text, "Washington").country == "US"


def test_guard_a_person_heading_a_site_is_no_site() -> None:
    text = "Omar Bashir, the head of the camp, said in Khartoum that no one was held."
    assert "Omar Bashir" not in written_places(text)


# --- a country's own name under a people's or a person's label ---------------------------------


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Flights to Tajikistan and Uzbekistan were cancelled, the airline said.", "Uzbekistan"),
        ("Sri Lanka's central bank ran out of dollars in May.", "Sri Lanka"),
        ("Togo's president said the march was banned.", "Togo"),
    ],
)
def test_a_countrys_own_name_is_the_country_whatever_its_label(text: str, country: str) -> None:
    assert country in written_places(text)


def test_guard_a_person_bearing_a_countrys_name_is_no_country() -> None:
    text = "Chad Mwangi, a lawyer, spoke in Nairobi. Mwangi's client, Chad said, was beaten."
    assert "Chad" not in written_places(text)


# --- a remit after a word of rank ----------------------------------------------------------------


@pytest.mark.parametrize(
    "title",
    ["associate Europe and Central Asia director", "senior Africa researcher", "acting Middle East director"],
)
def test_a_remit_after_a_word_of_rank_is_no_place(title: str) -> None:
    text = f'"They were beaten," said Jane Okello, {title} at a rights group, in Kampala.'
    assert written_places(text) == {"Kampala"}


# --- a name after a preposition of place that a bearing from another place locates -------------


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Youths burned tyres in Hay el-Sellom and Bourj Hammoud, east of the capital, on Sunday.",
            "Bourj Hammoud",
        ),
        ("The convoy was stopped at Bar Elias, about 15 kilometres south of Zahle, Lebanon.", "Bar Elias"),
        ("Soldiers opened fire near Kabala Town, 120 km (75 miles) north-east of Makeni.", "Kabala Town"),
    ],
)
def test_a_name_a_bearing_locates_after_a_preposition_is_a_place(text: str, place: str) -> None:
    assert place in written_places(text)


def test_guard_a_person_before_a_bearing_without_a_preposition_is_no_place() -> None:
    text = "Police arrested Omar Haddad, north of Tripoli, Lebanon, on Monday, said Karim Nassar."
    assert "Omar Haddad" not in written_places(text)


# --- "state" before what it owns names no state ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("Kazakhstan's Kazinform state news agency said 164 people died in Almaty.", "Kazinform"),
        (
            "Workers occupied the Kyrgyzaltyn state gold company's offices in Bishkek, Kyrgyzstan.",
            "Kyrgyzaltyn",
        ),
        ("Protests spread to Homs, the Sana state news agency said, adding that police were hurt.", "Sana"),
    ],
)
def test_a_name_before_state_and_what_it_owns_is_no_state(text: str, outlet: str) -> None:
    assert outlet not in written_places(text)


def test_guard_a_state_before_its_capital_stays_a_state() -> None:
    text = "Fighting spread in the Rakhine state capital Sittwe, in Myanmar."
    assert "Rakhine" in written_places(text)


# --- a place inside an organisation's name ------------------------------------------------------


def test_a_continent_ending_a_hyphenated_bodys_name_is_no_place() -> None:
    text = "Observers from the Organization for Security and Co-operation in Europe criticised the vote in Bishkek."
    assert "Europe" not in written_places(text)


def test_a_named_place_repeated_inside_a_bodys_name_is_no_mention_of_it() -> None:
    text = "Gas flows to Europe from Baku. Radio Free Europe said the Council of Europe protested."
    place = place_of(text, "Europe")
    assert [text[s:e] for s, e in place.mentions] == ["Europe"]
    assert len(place.in_names) == 2


# --- datelines with accented capitals; a street named after a date --------------------------------


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("BOGOTÁ, Colombia (AP) — Police fired tear gas at marchers on Wednesday.", "BOGOTÁ"),
        ("YAOUNDÉ (Reuters) - Cameroon's police arrested 50 opposition supporters.", "YAOUNDÉ"),
        ("Lomé (AFP) – Togo's security forces broke up a march on Saturday.", "Lomé"),
    ],
)
def test_a_dateline_with_accented_capitals_is_a_place(text: str, town: str) -> None:
    assert town in written_places(text)


def test_a_street_named_after_a_date_with_the_day_first_is_whole() -> None:
    text = "Crowds filled Avenida 9 de Julio in Buenos Aires, Argentina, on Thursday."
    assert "Avenida 9 de Julio" in written_places(text)
