"""Places, round 11: constructions found on fresh probe articles (Chile, Colombia, Hong Kong,
West Papua, Thailand, Eswatini, Bolivia, Nigeria) that earlier rounds did not cover."""

from __future__ import annotations

import pytest

from tests._places import place_of, places, scored_places, written_places

# --- Spanish words for a palace, a church, a hill, a stadium opening a site's name -------------


@pytest.mark.parametrize(
    ("text", "site"),
    [
        ("Soldiers ringed the Palacio de Carondelet in Quito as the march arrived.", "Palacio de Carondelet"),
        ("Mourners filled the Iglesia San Roque after the funeral, witnesses said.", "Iglesia San Roque"),
        (
            "Police fired tear gas on the Loma de los Mártires, in the south of the city.",
            "Loma de los Mártires",
        ),
        ("Thousands gathered at the Estadio Monumental to hear the strike leaders.", "Estadio Monumental"),
        ("Riot police cleared the Portal Norte station, which protesters had renamed.", "Portal Norte"),
    ],
)
def test_a_spanish_word_for_a_landmark_opens_a_site(text: str, site: str) -> None:
    # the scored names: since round 47 "the Portal Norte station" is written with its word
    assert site in scored_places(text)


def test_the_word_for_a_palace_is_no_spanish_town() -> None:
    text = "Troops guarded the Palacio Quemado in La Paz after the resignation."
    assert not any(p.name == "Palacio" for p in places(text))
    assert "Palacio Quemado" in written_places(text)


def test_a_spanish_university_is_no_town() -> None:
    text = "Students at the Universidad Mayor de San Andres marched to the square in La Paz."
    assert not any(p.name == "Universidad" for p in places(text))


def test_a_renamed_port_name_is_a_site_but_a_port_town_stays_a_town() -> None:
    text = "Protesters held the Puerto Madero roadblock, and dockers in Puerto Cortes struck."
    assert "Puerto Madero" in written_places(text)
    assert any(p.country == "HN" for p in places(text))


def test_guard_a_city_named_ciudad_keeps_its_reading() -> None:
    text = "Factories in Ciudad Juarez closed as the strike spread, Mexican officials said."
    assert any(p.country == "MX" and p.kind == "city" for p in places(text))


# --- lists of towns the tagger took for people ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "towns"),
    [
        (
            "Fighting also hit Sham Shui Po, Tai Po and Tuen Mun, police said. Hong Kong remained tense.",
            {"Sham Shui Po", "Tai Po", "Tuen Mun"},
        ),
        (
            "The curfew now covers Nakhon Sawan, Udon Thani and Surat Thani, the army said."
            " Thailand's police chief denied it.",
            {"Udon Thani", "Surat Thani"},
        ),
        ("Clashes also hit Mong Kok, Causeway Bay and Wan Chai, police said.", {"Causeway Bay", "Wan Chai"}),
    ],
)
def test_names_of_several_words_in_a_list_of_towns_are_towns(text: str, towns: set[str]) -> None:
    assert towns <= written_places(text)


def test_an_untagged_town_in_a_list_after_in_is_a_town() -> None:
    text = (
        "Thailand's police chief spoke. Rallies were also held in Chiang Mai, Khon Kaen, Phitsanulok and"
        " Hat Yai, local media said."
    )
    assert {"Khon Kaen", "Phitsanulok", "Hat Yai"} <= written_places(text)


def test_guard_people_listed_after_in_are_no_towns() -> None:
    text = "The court in Bangkok heard Arnon Nampa, Panusaya Sithijirawattanakul and Parit Chiwarak."
    assert written_places(text) == {"Bangkok"}


# --- landmarks by their capitalised kind word ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "site"),
    [
        ("Marchers set off from the Victory Monument at dawn, police said.", "Victory Monument"),
        ("Crowds packed Statue Square and the Edinburgh Garden on Sunday.", "Edinburgh Garden"),
    ],
)
def test_a_name_before_monument_or_garden_is_a_site(text: str, site: str) -> None:
    assert site in written_places(text)


# --- a name before a lower-case word for a border post, a palace, a shopping district ---------


@pytest.mark.parametrize(
    ("text", "site"),
    [
        ("Trucks were burned on the road to the Lavumisa border post with South Africa.", "Lavumisa"),
        ("Marchers reached the Casa Rosada presidential palace by noon.", "Casa Rosada"),
        (
            "Protesters gathered near the Silom shopping district after a state of emergency was declared.",
            "Silom",
        ),
        ("Police fired on youths outside the Agodi secretariat, witnesses said.", "Agodi"),
        (
            "The two lawmakers are held at Matsapha Correctional Centre, their lawyer said.",
            "Matsapha Correctional Centre",
        ),
    ],
)
def test_a_name_before_a_word_for_a_border_post_palace_or_district_is_a_site(text: str, site: str) -> None:
    assert site in scored_places(text)


# --- a name that an apposition calls a site ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "site"),
    [
        ("Ramaphosa sent two envoys to Enhlanhleni, the royal residence, on Friday.", "Enhlanhleni"),
        ("Troops massed at Bokolo, a military base near the border.", "Bokolo"),
        (
            "Students camped near Khlong Toei and Sanam Chai, the old parade ground in front of the palace.",
            "Sanam Chai",
        ),
    ],
)
def test_a_name_that_an_apposition_calls_a_site_is_a_site(text: str, site: str) -> None:
    assert site in written_places(text)


def test_guard_a_person_that_an_apposition_gives_a_role_is_no_site() -> None:
    text = "Officers detained Musa Kamara, the camp commander, and Alhaji Sesay, the market chairman."
    assert written_places(text) == set()


# --- a job title's remit of two regions sharing a compass word -----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Tigere Chagutah, the group's Regional Director for East and Southern Africa, said so in a statement.",
        "Fatou Camara, Amnesty's Regional Director for West and Central Africa, condemned the arrests.",
    ],
)
def test_a_remit_of_two_regions_sharing_a_compass_word_is_no_place(text: str) -> None:
    assert written_places(text) == set()


# --- adjectives of a region the gazetteer knows no demonym for -----------------------------------


@pytest.mark.parametrize(
    ("text", "adjective"),
    [
        ("Police broke up Papuan rallies in Jayapura.", "Papuan"),
        ("Indonesia: UN experts alarmed by crackdown on Papuan protests", "Papuan"),
    ],
)
def test_the_adjective_of_a_region_is_no_place(text: str, adjective: str) -> None:
    assert adjective not in written_places(text)


def test_guard_a_country_ending_like_an_adjective_stays_a_place() -> None:
    text = "Talks between Sudan and Oman opened in Muscat on Monday."
    assert {"Sudan", "Oman", "Muscat"} <= written_places(text)


# --- readings: small namesakes abroad backed by a country's name alone ---------------------------


def test_a_hamlet_abroad_under_another_spelling_needs_more_than_its_countrys_name() -> None:
    text = (
        "Soldiers cleared the fuel plant blockade in El Alto while Morales flew to Mexico."
        " La Paz, Sucre and Cochabamba were calm, officials in Bolivia said."
    )
    assert "El Alto" in written_places(text)
    assert place_of(text, "El Alto").country in (None, "BO")


def test_two_small_namesakes_abroad_do_not_back_each_other() -> None:
    text = "In Cali, police entered Siloe and Suba before dawn. Protests also hit Bogota and Medellin."
    assert place_of(text, "Siloe").country in (None, "CO")
    assert place_of(text, "Suba").country in (None, "CO")


def test_guard_a_sizeable_town_of_a_named_neighbour_keeps_its_reading() -> None:
    text = "Protesters in La Paz blocked roads, and others crossed into Peru near Desaguadero and Puno."
    assert place_of(text, "Puno").country == "PE"


# --- the country after a title-case dateline's town ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "land"),
    [
        ("Gyumri, Armenia (Reuters) - Police detained dozens of marchers on Tuesday.", "Armenia"),
        ("Valparaiso, Chile (AFP) — Police detained dozens of students on Tuesday.", "Chile"),
        ("Thies, Senegal – Police detained dozens of youths on Friday.", "Senegal"),
    ],
)
def test_the_country_after_a_datelines_town_is_a_place(text: str, land: str) -> None:
    assert land in written_places(text)


# --- sites whose name holds a word after the lower-case Arabic article ---------------------------


@pytest.mark.parametrize(
    ("text", "site"),
    [
        (
            "Security forces fired on the sit-in at Mustafa al-Nahhas Square before dawn.",
            "Mustafa al-Nahhas Square",
        ),
        ("Gunmen attacked protesters camped near the al-Ahrar bridge, medics said.", "al-Ahrar"),
        ("Shops were looted along al-Mutanabbi Street on Friday.", "al-Mutanabbi Street"),
    ],
)
def test_a_site_named_with_a_lower_case_arabic_article_is_a_site(text: str, site: str) -> None:
    assert site in scored_places(text)
