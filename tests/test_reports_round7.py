"""Figure sources on real reports, seventh round: each test is a construction of its own, in sentences of our own."""

from __future__ import annotations

import pytest

from tests._figure_roles import figure_roles

pytestmark = pytest.mark.model


def _asserted(text: str, value: float) -> list[list[str]]:
    return [asserted for v, asserted, _, _ in figure_roles(text) if v == value]


# --- a description first, the name after it ------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Police shot dead nine mourners in the eastern city on Friday, a medical group said. The Kassala Doctors "
        "Union, which documents casualties, said most had been shot in the head.",
        "Troops killed nine villagers near the river, a monitoring group said on Sunday.\n\nThe Network "
        "for Rural Rights said the soldiers had arrived at dawn.",
    ],
)
def test_a_description_that_names_its_group_in_the_next_sentences_is_that_group(text):
    asserted = _asserted(text, 9)
    assert asserted and any(
        name in asserted[0] for name in ("Kassala Doctors Union", "Network for Rural Rights")
    )


def test_a_headline_description_is_the_group_the_story_names():
    text = (
        "Crackdown toll passes 200, monitors say\n\n"
        "Security forces have killed 212 people since the vote, the Committee for Detainees said on "
        "Friday."
    )
    by_value = {value: asserted for value, asserted, _, _ in figure_roles(text)}
    assert by_value[212] == ["Committee for Detainees"]
    assert "Committee for Detainees" in by_value[200]


def test_a_description_is_no_body_of_the_state_named_after_it():
    text = (
        "At least 14 students were detained on Monday, a rights group said. The Interior Ministry "
        "said the students had blocked a highway."
    )
    assert _asserted(text, 14) == [["rights group"]]


def test_a_description_with_no_name_after_it_stays_a_description():
    text = "At least 14 students were detained on Monday, a rights group said. Police did not comment."
    assert _asserted(text, 14) == [["rights group"]]


# --- names the tagger reads as words of a clause --------------------------------------------


def test_a_name_written_as_a_clause_speaks():
    text = (
        "The United Nations said thousands had fled. Protect the Vote said on Tuesday that 14 observers had "
        "been arrested."
    )
    assert _asserted(text, 14) == [["Protect the Vote"]]


def test_a_name_joined_by_against_is_one_name():
    text = "Lawyers Against Torture, a network of defence attorneys, said 41 detainees had been beaten."
    assert _asserted(text, 41) == [["Lawyers Against Torture"]]


# --- "it" after an office of an organisation ------------------------------------------------


def test_it_after_an_office_of_an_organisation_is_the_office():
    text = (
        "The UN refugee agency said in a report that the numbers were rising. It said 32 children had "
        "been detained at the border."
    )
    (asserted,) = _asserted(text, 32)
    assert asserted == ["UN refugee agency"]


# --- infobox rows -----------------------------------------------------------------------------


def test_a_source_in_brackets_belongs_to_its_own_infobox_row():
    text = "Casualties\nDeaths: 88 (per the Red Crescent)\nInjuries: 1,200\nArrests: 3,000+"
    by_value = {value: asserted for value, asserted, _, _ in figure_roles(text)}
    assert by_value[88] == ["Red Crescent"]
    assert by_value[1200] == []
    assert by_value[3000] == []


# --- a later mention that speaks of the events, not of their count ---------------------------


def test_a_reference_under_another_noun_does_not_restate_the_count():
    text = (
        "The commission said it had received reports of 57 deaths. Prosecutors have opened an inquiry "
        "into the deaths, the attorney general's office said."
    )
    assert _asserted(text, 57) == [["commission"]]


# --- not figures --------------------------------------------------------------------------------


def test_the_second_day_of_a_pair_of_dates_is_no_count():
    text = "Hospital staff said 61 people were brought in dead on August 4 and 5 alone."
    assert [value for value, *_ in figure_roles(text)] == [61]


# --- a closing attribution at the end of a paragraph ----------------------------------------


def test_a_closing_attribution_before_a_blank_line_is_found():
    from tally.nlp.load import load_model
    from tally.nlp.syntax import closing_verb

    doc = load_model("en_core_web_sm")(
        "Eleven guards were hurt in the blast, the provincial command announced.\n\nIt was calm."
    )
    first = next(iter(doc.sents))
    verb = closing_verb(first, lambda t: t.lemma_ == "announce")
    assert verb is not None and verb.text == "announced"


# --- who speaks: part of a group, a body's owner, an estimate above a value ------------------


def test_one_of_a_group_named_before_is_that_group():
    text = (
        "Four police officers told the agency that 60 protesters had been shot. The governor said 20 had "
        "died. One of the officers said 35 others were still in hospital."
    )
    assert _asserted(text, 35) == [["Four police officers"]]


def test_a_body_of_a_named_organisation_is_the_organisation():
    text = (
        "According to reports gathered by the network of the Free Workers Union inside the country, at "
        "least 90 people were arrested."
    )
    assert _asserted(text, 90) == [["Free Workers Union"]]


def test_an_estimate_put_above_a_value_is_asserted():
    text = "The governor said 300 were detained, while student groups put the number of arrests above 1,200."
    assert _asserted(text, 1200) == [["student groups"]]


# --- the writer of a release, and offices of places ---------------------------------------------


def test_a_release_speaking_of_itself_is_the_writer_not_a_word_of_its_sentence():
    text = "Since March, our Office has verified that at least 310 people have been killed by soldiers."
    assert _asserted(text, 310) == [[]]


def test_first_person_inside_a_quote_is_the_speaker():
    text = '"We have counted 40 bodies since Friday," said Dr. Lina Haddad, a surgeon at the hospital.'
    assert _asserted(text, 40) == [["Lina Haddad"]]


def test_the_governor_of_a_province_is_no_province():
    text = "The governor of Sistan and Baluchestan said 35 people had died in Zahedan."
    (asserted,) = _asserted(text, 35)
    assert asserted and asserted[0].startswith("governor")


@pytest.mark.parametrize(
    ("text", "value", "citer"),
    [
        (
            "At least 38 people were killed in the market town, the Relief Council said on Friday, citing "
            "reports from volunteers it could not reach.",
            38,
            "Relief Council",
        ),
        (
            "The Coast Tribune, the region's oldest paper, reported that at least 120 people had been "
            "injured, citing doctors, relatives and its correspondents.",
            120,
            "Coast Tribune",
        ),
    ],
)
def test_who_cites_asserts_however_citing_is_parsed(text, value, citer):
    (asserted,) = _asserted(text, value)
    assert asserted and asserted[0] == citer


def test_a_total_raised_to_a_value_keeps_its_owner_and_its_parts_too():
    text = (
        "The Andean Rights Commission on Monday raised its count of people killed in two months of unrest "
        "in the highlands to 87, including 9 police officers."
    )
    by_value = {value: asserted for value, asserted, _, _ in figure_roles(text)}
    assert by_value[87] == ["Andean Rights Commission"]
    assert by_value[9] == ["Andean Rights Commission"]


def test_an_acronym_set_off_by_or_is_the_same_organisation():
    text = (
        "The Free Coast Movement, or FCM, claimed the attack on Sunday. The FCM said 30 soldiers had been "
        "killed in the raid."
    )
    assert _asserted(text, 30) == [["Free Coast Movement"]]


def test_the_people_counted_are_never_the_quote_speaker_of_their_count():
    text = (
        "Aid workers say some of the nine Hazaras who remain in custody are at risk. "
        "After months of denying it was planning to return any of the 51 Hazaras it had held since "
        "rescuing them at sea in 2020, Malaysia abruptly handed 42 of them to Myanmar on Friday."
    )
    for value, asserted, _, _ in figure_roles(text):
        assert not any("Hazaras" in name for name in asserted), (value, asserted)


def test_he_after_an_unnamed_speaker_is_that_speaker():
    text = (
        "Police commander Ali Kamau declined to comment on Monday. A nurse at the district hospital, who "
        "asked not to be named, said the wards were full. She said at least 30 people had been admitted "
        "with gunshot wounds."
    )
    assert _asserted(text, 30) == [["nurse"]]


@pytest.mark.parametrize(
    ("text", "value", "source"),
    [
        (
            "At least 75 people have been killed, by the count of the Sahel Medics Network.",
            75,
            "Sahel Medics Network",
        ),
        ("More than 90 people have died, by Reuters' tally.", 90, "Reuters"),
        (
            "A toll compiled by the Coast Herald from hospital sources put the number of dead at 211.",
            211,
            "Coast Herald",
        ),
    ],
)
def test_a_count_by_someone_is_theirs(text, value, source):
    assert _asserted(text, value) == [[source]]


def test_a_later_reference_after_a_semicolon_or_in_a_part_is_another_speakers():
    text = "Police say 12 officers were injured; protesters say 30 of their number were hurt."
    assert _asserted(text, 12) == [["Police"]]


def test_a_date_after_a_lower_case_body_is_no_part_of_its_name():
    text = "Figures released by the health ministry on Monday show 340 people were treated for injuries."
    assert _asserted(text, 340) == [["health ministry"]]


def test_an_official_toll_compared_with_is_the_officials_not_the_comparers():
    text = "Relatives of the dead say 45 people were killed, far more than the official toll of 12."
    by_value = {value: asserted for value, asserted, _, _ in figure_roles(text)}
    assert by_value[45] == ["Relatives"]
    assert by_value[12] and "Relatives" not in by_value[12]


def test_an_unnamed_officer_is_registered_with_the_office_they_hold():
    text = "The head of the provincial judiciary announced on Sunday that 97 rioters had been arrested."
    assert _asserted(text, 97) == [["head of the provincial judiciary"]]


def test_a_name_in_brackets_on_an_infobox_row_is_its_source_even_when_the_tagger_missed_it():
    text = "Casualties\nArrested\t8,600 (KHRW)[5]\n2,100 (Dadban)[6]\nDetained: 1,200 (Myanmar)"
    by_value = {value: asserted for value, asserted, _, _ in figure_roles(text)}
    assert by_value[8600] == ["KHRW"]
    assert by_value[2100] == ["Dadban"]
    assert by_value[1200] == []


def test_a_description_never_refers_back_to_a_name_inside_itself():
    text = (
        "The Kurdish monitor Hengaw released its figures on Monday. The Oslo-based group said in its latest "
        "update that 14 Kurds were among the dead, citing families."
    )
    (asserted,) = _asserted(text, 14)
    assert "Hengaw" in asserted and "Oslo" not in asserted


def test_an_office_owned_by_an_organisation_is_a_body_of_its_own():
    text = "According to the UN's refugee office, at least 220 people have been detained at the border."
    assert _asserted(text, 220) == [["UN's refugee office"]]
