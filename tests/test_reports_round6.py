"""Figure sources on real reports, sixth round: each test is a construction of its own, in sentences of our own."""

from __future__ import annotations

import pytest

import tally
from tests._figure_roles import figure_roles

pytestmark = pytest.mark.model


_roles = figure_roles


def _asserted(text: str, value: float) -> list[list[str]]:
    return [asserted for v, asserted, _, _ in _roles(text) if v == value]


def test_a_semicolon_ends_the_clause_a_later_reference_belongs_to():
    found = _roles(
        "The deputy governor admitted that 14 people had died in the clashes. Church groups and the "
        "Lowveld Citizens Forum put the toll far higher; the forum said on Monday that at least 60 "
        "people had been killed by soldiers."
    )
    by_value = {value: (asserted, disputed) for value, asserted, _, disputed in found}
    assert "Lowveld Citizens Forum" not in by_value[14][0]
    assert "Church groups" in by_value[14][1]
    assert by_value[60][0] == ["Lowveld Citizens Forum"]


@pytest.mark.parametrize("noun", ["forum", "league", "syndicate"])
def test_more_nouns_for_an_organisation_refer_back(noun):
    text = f"The Coastal Teachers {noun.title()} met on Friday. The {noun} said that 23 teachers had been detained."
    assert _asserted(text, 23) == [[f"Coastal Teachers {noun.title()}"]]


def test_a_closing_speaker_after_a_place_is_not_lost_to_a_misparse():
    text = "Tanzanian police detained at least 57 people in Arusha, the Legal and Human Rights Centre said today."
    assert _asserted(text, 57) == [["Legal and Human Rights Centre"]]


@pytest.mark.parametrize(
    "text",
    [
        "The governor dismissed claims by the Delta Lawyers Network that 61 students had been arrested.",
        "The Delta Lawyers Network published its findings. The governor rejected the network's "
        "allegation that 61 students had been arrested.",
    ],
)
def test_a_claim_issuer_asserts_what_the_claim_says(text):
    ((value, asserted, _, disputed),) = _roles(text)
    assert asserted == ["Delta Lawyers Network"]
    assert disputed == ["governor"]


def test_a_participle_on_a_statement_with_that_is_what_the_statement_says():
    text = "The army said in a statement that 17 soldiers had been wounded by rebels."
    assert _asserted(text, 17) == [["army"]]


def test_a_report_still_to_come_asserts_nothing():
    text = (
        "The prosecutor denied reports by opposition websites that dozens of people had been killed, adding "
        "that the final number would be published by the health ministry."
    )
    found = _roles(text)
    assert found[0][1] == ["opposition websites"]
    assert "health ministry" not in found[0][1]


def test_a_narrative_would_later_still_reports():
    assert _asserted("The ministry would later admit that 52 people were killed.", 52) == [["ministry"]]


def test_figures_given_out_by_another_source_are_not_this_count():
    text = (
        "The governor said that 33 people had been detained in the port. The police chief described the "
        "figures spread by exile television channels as baseless."
    )
    ((value, asserted, _, disputed),) = _roles(text)
    assert asserted == ["governor"]
    assert disputed == []


def test_a_headline_count_and_its_lede_count_of_people_are_one():
    text = (
        "Police detain 64 students in Arusha\n\n"
        "ARUSHA - Police have detained 64 people after a march on the university, the regional commander "
        "said on Monday."
    )
    found = _roles(text)
    assert [value for value, *_ in found] == [64]
    assert found[0][1] == ["regional commander"]


def test_a_based_place_says_who_counts_not_where():
    article = tally.analyze(
        "Group says 315 killed in Iran protests\n\n"
        "Iran Rights Watch, an Oslo-based group, said in a report on Tuesday that security forces have "
        "killed at least 315 people in the nationwide protests.",
        published="2024-05-02",
    )
    assert [f.value for f in article.figures] == [315]
    places = {p.id: p.name for p in article.places}
    assert places.get(article.figures[0].place) != "Oslo"


def test_the_noun_set_beside_a_name_refers_back_to_that_name():
    text = (
        "Kurdnet, the monitoring network of the Kurdish Lawyers Union, published its weekly list. "
        "The network said that 29 protesters had been detained in Sanandaj."
    )
    assert _asserted(text, 29) == [["Kurdnet"]]


def test_a_scene_set_after_the_speaker_is_the_writers_narration():
    text = (
        "Police arrested more than 300 people on Saturday, the ministry said, as tens of thousands "
        "marched through the capital."
    )
    by_value = {value: asserted for value, asserted, _, _ in _roles(text)}
    assert by_value[300] == ["ministry"]
    assert by_value[10000] == []


def test_too_low_disputes_and_a_judgement_is_no_restatement():
    text = (
        "The interior ministry said 90 people had died. Rights lawyers said the official numbers could "
        "be too low."
    )
    ((value, asserted, _, disputed),) = _roles(text)
    assert asserted == ["interior ministry"]
    assert disputed == ["Rights lawyers"]


def test_a_tally_goes_on_in_the_voice_of_its_according_to():
    text = (
        "Since January, 212 people have been killed, according to figures gathered by the Sahel Casualty "
        "Monitor. More than 900 have been wounded."
    )
    by_value = {value: asserted for value, asserted, _, _ in _roles(text)}
    assert by_value[900] == by_value[212] != []


def test_per_opening_a_sentence_cites_its_noun_however_parsed():
    text = (
        "Per figures compiled by the Lakeside Observatory, at least 230 people have been killed since March."
    )
    assert _asserted(text, 230) == [["Lakeside Observatory"]]


def test_their_own_figures_are_other_counts():
    text = (
        "The Lakeside Observatory says 44 people were wounded in the port today.\n\n"
        "Police give their own figures: officers say 19 of their men were hurt."
    )
    assert _asserted(text, 44) == [["Lakeside Observatory"]]


def test_a_later_toll_given_its_own_number_is_another_count():
    text = (
        "About 900 people were killed, two officials told the agency. A report by the Delta Monitors "
        "said the death toll was at least 310."
    )
    assert _asserted(text, 900) == [["two officials"]]


def test_a_word_on_the_complement_disputes_the_count():
    text = "Police said 45 protesters were detained. Student unions said the figures were fake news."
    ((value, asserted, _, disputed),) = _roles(text)
    assert disputed == ["Student unions"]


def test_the_report_refers_back_to_a_named_document_cited_before():
    text = (
        "According to the Sahel Security Barometer 2024 released on Monday, violence rose sharply. "
        "According to the report, armed groups carried out 312 attacks last year."
    )
    assert _asserted(text, 312) == [["Sahel Security Barometer 2024"]]


def test_counted_events_go_on_in_the_voice_of_the_sentence_before():
    text = (
        "According to the Lakeside Observatory, militias launched 120 raids in 2023. Deaths in the raids "
        "rose from 35 in 2022 to 140 in 2023."
    )
    by_value = {value: asserted for value, asserted, _, _ in _roles(text)}
    assert by_value[140] == ["Lakeside Observatory"]


def test_a_noun_naming_a_kind_of_issuer_makes_a_report_a_source():
    text = "Intelligence estimates put the number of armed men in the hills at about 2,000, officials said."
    assert _asserted(text, 2000) == [["Intelligence estimates"]]


def test_a_reference_mark_taken_for_a_subject_gives_way_to_the_name_joined_to_it():
    text = (
        "The provincial government acknowledged 52 deaths in the first week,[8] and the Ministry of "
        "Health later reported that 75 people had died in the capital alone.[9]"
    )
    assert _asserted(text, 75) == [["Ministry of Health"]]


@pytest.mark.parametrize(
    ("text", "value", "who"),
    [
        ("The Lakeside Observatory later raised its toll to 233.", 233, "Lakeside Observatory"),
        ("The Lakeside Observatory's tally stood at 4,100 arrests on Friday.", 4100, "Lakeside Observatory"),
    ],
)
def test_a_total_given_a_new_value_is_its_keepers(text, value, who):
    assert _asserted(text, value) == [[who]]


def test_a_name_tagged_from_its_last_word_runs_back_over_its_link():
    text = "At least 26 people, including 4 nurses, were wounded, Doctors Without Borders said, citing its staff."
    assert _asserted(text, 26) == [["Doctors Without Borders"]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Troops shot dead 14 villagers on Monday, according to footage verified by the Lakeside Observatory.",
            [["Lakeside Observatory"]],
        ),
        ("Troops shot dead 14 villagers on Monday, according to videos posted online.", [[]]),
    ],
)
def test_footage_and_videos_are_documents_whoever_verified_them(text, expected):
    assert _asserted(text, 14) == expected


def test_a_count_handed_over_by_someone_inside_a_noun_phrase_is_theirs():
    text = "Reporters could not verify the figure of 73 deaths provided by the Lakeside Observatory."
    assert _asserted(text, 73) == [["Lakeside Observatory"]]


def test_an_infobox_row_goes_on_over_lines_that_start_with_a_count():
    text = (
        "2031 Sardan protests\n\n"
        "Deaths: 212 (per Sardan Rights Watch)[2]\n"
        "87 (per the Sardan government)[3]\n"
        "Arrests: 4,100+\n\n"
        "The protests began in March."
    )
    article = tally.analyze(text, published="2031-06-01")
    assert [(f.value, f.category) for f in article.figures] == [
        (212, "killed"),
        (87, "killed"),
        (4100, "arrested"),
    ]


def test_the_organisation_is_no_body_of_the_state():
    text = (
        "Sardan Rights Watch, a Geneva-based group, published the names of 61 detainees on Monday. "
        "The Interior Ministry did not respond to questions.\n\n"
        "The organisation said at least 17 of them had been beaten in custody."
    )
    assert _asserted(text, 17) == [["Sardan Rights Watch"]]


def test_findings_are_a_document_of_whoever_made_them():
    text = (
        "The findings of a regional inquiry commission, released on Friday, show that 188 miners were killed."
    )
    assert _asserted(text, 188) == [["regional inquiry commission"]]


def test_able_to_confirm_confirms_through_the_subject_of_be():
    ((value, asserted, confirmed, _),) = _roles(
        "The Lakeside Observatory was able to verify 45 deaths in the district."
    )
    assert confirmed == ["Lakeside Observatory"]


def test_an_unlabelled_name_runs_over_its_hyphen():
    text = (
        "Church groups and the Lowveld Multi-Party Forum put the toll far higher; the forum said on "
        "Monday that at least 60 people had been killed by soldiers."
    )
    assert _asserted(text, 60) == [["Lowveld Multi-Party Forum"]]
