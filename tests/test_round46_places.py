"""Places, round 46: towns of a list that the tagger glued into one name with the list's next
comma ("Laikipia, Kisumu," before ", Mombasa") are the list's towns; a hospital named with a
lower-case "hospital" after "at" ("at Kasra hospital"), after a town's possessive, after
"including", or listed right after another hospital is a site; a street named with "Drive"
is one; a region in a job title read past a capitalised rank word ("Regional Director"), a
field of work ("campaigns director") or a body's division ("Europe and Central Asia Division")
is no place; the town a person described by a noun for people is "from" ("a 29-year-old
engineer from Tajoura") is a place; an unknown name after a sentence's "In" or tagged as a
product after "near" is a place. Sentences written for these tests."""

from __future__ import annotations

from tests._places import assert_offsets_hold as _offsets_hold
from tests._places import scored_places, written_places

# -- towns glued with the list's comma ------------------------------------------------------


def test_towns_glued_with_the_lists_comma_are_each_a_place() -> None:
    text = (
        "Deaths were recorded in Nairobi, Kiambu, Laikipia, Kisumu, Mombasa, Narok and Kericho "
        "among other counties, the rights group said."
    )
    assert {"Laikipia", "Kisumu", "Mombasa", "Nairobi"} <= written_places(text)
    _offsets_hold(text)


def test_a_glued_pair_of_towns_after_including_is_two_places() -> None:
    text = (
        "Strikes were held in several cities, including Oran, Constantine, Bejaia and Batna, the union said."
    )
    assert {"Oran", "Constantine", "Bejaia"} <= written_places(text)


def test_a_firm_with_a_comma_in_its_name_stays_no_list() -> None:
    # guard: a body's name with a comma is no list of towns
    text = "The lawyers of Skadden, Arps, Slate filed the motion in Boston on Monday."
    assert written_places(text) == {"Boston"}


# -- hospitals -------------------------------------------------------------------------------


def test_a_hospital_with_a_lower_case_word_after_at_is_a_site() -> None:
    text = "The student died two days later at Farhadi hospital, where he had been taken unconscious."
    assert "Farhadi hospital" in written_places(text)
    assert "Farhadi" not in written_places(text)


def test_a_towns_possessive_stays_out_of_the_hospitals_name() -> None:
    text = "Three nurses at Goma's Mwami Kabare hospital said they had treated 40 wounded people."
    found = written_places(text)
    assert "Mwami Kabare hospital" in found
    assert not any(name.startswith("Goma's") for name in found)


def test_hospitals_after_including_and_listed_after_a_hospital_are_sites() -> None:
    text = (
        "More than 200 were still being treated at hospitals including Tamale Teaching Hospital "
        "and the Regional Burns Centre."
    )
    assert {"Tamale Teaching Hospital", "Regional Burns Centre"} <= written_places(text)


def test_a_second_hospital_after_at_and_and_is_a_site() -> None:
    text = "The wounded were taken at first to Sardjito Hospital and Bethesda Hospital in Yogyakarta."
    assert {"Sardjito Hospital", "Bethesda Hospital", "Yogyakarta"} <= written_places(text)


def test_a_towns_hospital_with_a_lower_case_word_keeps_the_town() -> None:
    # guard: a town before a lower-case "hospital" is the town, as the older golds list it
    text = "Four of the injured were flown to Nakuru hospital on Sunday, the Red Cross said."
    assert "Nakuru hospital" not in written_places(text)


def test_a_clinic_after_at_alone_is_no_site() -> None:
    # guard: a centre after "at" with no hospital before it is as often a body's office
    text = "Researchers at the Nkomo Policy Centre said the figures were too low."
    assert "Nkomo Policy Centre" not in written_places(text)


# -- streets ---------------------------------------------------------------------------------


def test_a_street_named_with_drive_is_a_place() -> None:
    text = "Officers were called to a house on Pinecrest Drive, near Maple Road, late on Sunday."
    assert {"Pinecrest Drive", "Maple Road"} <= written_places(text)


def test_a_drive_whose_name_goes_on_is_no_street() -> None:
    # guard: "Drive" inside a longer name ("the Ocean Drive Motel") names the motel
    text = "Guests at the Ocean Drive Motel in Miami were evacuated."
    assert "Ocean Drive" not in written_places(text)


# -- job titles ------------------------------------------------------------------------------


def test_a_remit_before_a_capitalised_rank_word_is_no_place() -> None:
    text = "The shootings were unlawful, said Amnesty International's Middle East and North Africa Regional Director."
    assert not {"Middle East", "North Africa"} & written_places(text)


def test_a_remit_whose_first_region_is_no_place_found_is_read_whole() -> None:
    text = "“They fired at unarmed crowds,” said Lina Haddad, Amnesty International’s Middle East and North Africa Regional Director."
    assert not {"Middle East", "North Africa"} & written_places(text)


def test_a_remit_before_a_field_of_work_is_no_place() -> None:
    text = "The arrests must stop, said the group's West Africa campaigns director, Awa Diallo."
    assert "West Africa" not in written_places(text)


def test_a_bodys_division_named_by_its_remit_is_no_place() -> None:
    text = "Marta Kowalska, Researcher, Europe and Central Asia Division, said the trial in Minsk was unfair."
    assert "Europe" not in written_places(text)
    assert "Minsk" in written_places(text)


def test_a_bodys_division_needs_no_owner() -> None:
    text = (
        "Anna Berg is a researcher in the Europe and Central Asia Division at the group's office in Vilnius."
    )
    assert "Europe" not in written_places(text)


def test_regions_joined_with_no_role_after_them_stay_places() -> None:
    # guard: "Europe and Central Asia" followed by no role word is where something happened
    text = "The protests spread across Europe and Central Asia in the spring, the group's director said."
    assert {"Europe", "Central Asia"} <= written_places(text)


def test_a_capitalised_field_word_names_a_body() -> None:
    # guard: "Asia Research Institute" is a body's name, not a remit before a role
    text = "Scholars at the Asia Research Institute in Singapore said the figures were low."
    assert "Singapore" in written_places(text)


# -- where a person is from ------------------------------------------------------------------


def test_an_unknown_town_a_person_of_some_age_is_from_is_a_place() -> None:
    text = "A 34-year-old welder from Ghadamsa, who asked not to be named, said he was beaten."
    assert "Ghadamsa" in written_places(text)


def test_a_town_under_another_spelling_a_person_is_from_is_a_place() -> None:
    text = "Dolkar, 41, a primary school teacher from Chamdo, was detained on 3 June."
    assert "Chamdo" in scored_places(text)


def test_an_employer_after_from_is_no_place() -> None:
    # guard: with no age, an unknown name after "from" may be who a person works for
    text = "Sara Lind, a lawyer from Kovacs, said the trial was unfair."
    assert "Kovacs" not in written_places(text)


def test_a_news_outlet_after_from_is_no_place() -> None:
    text = "Ian Holt, a 45-year-old reporter from Reuters, was detained in Minsk."
    assert "Reuters" not in written_places(text)


# -- an unknown name after "in" or "near" ------------------------------------------------------


def test_an_unknown_name_after_a_sentences_in_is_a_place() -> None:
    text = "In Githurai, traders said the police had fired at them."
    assert "Githurai" in written_places(text)


def test_an_unknown_name_tagged_as_a_product_after_near_is_a_place() -> None:
    text = "Karaj: Reza Amini, 27, a student shot near Gohardasht on November 16; Ali Karimi, 30."
    assert "Gohardasht" in written_places(text)


def test_a_body_after_a_sentences_in_is_no_place() -> None:
    # guard: "In Parliament" names a body, "In Trump's view" a person's view
    assert written_places("In Parliament, the bill passed on Tuesday.") == set()
    assert written_places("In Trump's view the talks had failed.") == set()


def test_a_countrys_lower_case_division_stays_a_place() -> None:
    # guard: "division" is a body's unit only capitalised; Cameroon's divisions are places
    text = "Troops burned two villages in the Bakassi division on Sunday, activists said."
    assert "Bakassi" in {name.split(" ")[0] for name in written_places(text)}
