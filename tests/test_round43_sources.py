"""Who gave each figure: constructions read from the errors of the round's fresh tune articles (round 43).

Each sentence is our own. The constructions:

- a name set off with "the party of …" (or another body noun with its "of" phrase) is that body,
  whatever the tagger guessed, so "The party said …" later is the name;
- people from a named body ("Organisers from the X Union put the number at …", "Reporters from the
  Daily Y counted …") give that body's count;
- a count marked as an earlier one ("raising an earlier toll of 11") is not the count a following
  "the revised figure, given to AFP by …" speaks of;
- numbers that count the sources themselves, in a list after "according to" or set beside the
  sources ("the three officials, two at the ministry and one in the army"), are no figures;
- "a father of three" counts children, not people of the event;
- "paragraph 5" in a wire service's note on what it added is a list number.
"""

from __future__ import annotations

import pytest

from tests._figure_roles import categories_by_text, sources_by_text


def test_a_name_set_off_as_the_party_of_someone_is_the_party() -> None:
    text = (
        "Nouveau Départ, the party of the jailed former mayor, answered late on Tuesday. "
        "The party said at least 11 people had been killed."
    )
    assert sources_by_text(text)["at least 11"] == ["Nouveau Départ"]


def test_the_party_of_someone_keeps_its_name_after_a_person_is_named_in_it() -> None:
    text = (
        "Les Progressistes, the party of former president Alain Dossou, answered late on Tuesday with a "
        "statement of its own. The party said at least 11 people had been killed and that more than 400 "
        "of its members had been detained."
    )
    found = sources_by_text(text)
    assert found["at least 11"] == ["Les Progressistes"]
    assert found["more than 400"] == ["Les Progressistes"]


@pytest.mark.parametrize(
    ("text", "count", "body"),
    [
        (
            "Organisers from the Free Farmers Union put the number of marchers at more than 4,000 on Sunday.",
            "more than 4,000",
            "Free Farmers Union",
        ),
        (
            "Reporters from the Daily Monitor who were at the scene counted several hundred protesters.",
            "several hundred",
            "Daily Monitor",
        ),
    ],
)
def test_people_from_a_named_body_give_its_count(text: str, count: str, body: str) -> None:
    assert sources_by_text(text)[count] == [body]


def test_residents_of_a_town_stay_residents() -> None:
    text = "Residents of Kasese said at least 14 people were shot dead by soldiers."
    assert [name.split()[0] for name in sources_by_text(text)["at least 14"]] == ["Residents"]


def test_the_revised_figure_is_not_the_earlier_toll() -> None:
    text = (
        "KADUNA, March 3 (AFP) - At least 31 people were killed when police opened fire on a crowd on "
        "Monday, raising an earlier toll of 12.\n\n"
        "The revised figure was given to AFP on Tuesday by two officials at the governor's office who "
        "asked not to be named."
    )
    found = sources_by_text(text)
    assert found["At least 31"] == ["officials at the governor's office"] or found["At least 31"] == [
        "officials"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "At least 20 people were killed in the town, according to relatives, two lawyers and a medical source.",
        "The toll, provided by the three officials, two at the interior ministry and one in the army, "
        "includes 11 people shot dead in the capital.",
    ],
)
def test_counts_of_the_sources_are_no_figures(text: str) -> None:
    found = categories_by_text(text)
    assert not any(key in found for key in ("two", "one"))


def test_a_father_of_three_is_no_count() -> None:
    text = (
        "Ali Keita, a 38-year-old father of three serving a life sentence in the central prison, died on "
        "Wednesday night, his family said. Police arrested 12 people."
    )
    found = categories_by_text(text)
    assert "three" not in found
    assert found["12"] == "arrested"


def test_a_wire_note_on_paragraphs_is_no_count() -> None:
    text = (
        "(Adds rights group toll in paragraph 5, minister's comments in paragraphs 6-7)\n\n"
        "LAGOS, May 2 (Reuters) - At least 9 people were killed in clashes on Monday, police said."
    )
    found = categories_by_text(text)
    assert set(found) == {"At least 9"}


def test_people_from_a_body_named_with_its_kind_give_its_count() -> None:
    text = (
        "Organisers from the Citizens for Renewal (CFR) movement said well over 6,000 people had marched "
        "on Wednesday."
    )
    assert sources_by_text(text)["well over 6,000"] == ["Citizens for Renewal"]


def test_the_statement_is_the_communique_named_before() -> None:
    text = (
        "In a communiqué read on national television, the Cabinet said four people had died.\n\n"
        '"We deplore these losses," the communiqué said. "We will not allow a handful of agitators to hold '
        'the country hostage."\n\n'
        "According to the statement, 85 people were arrested for looting."
    )
    assert sources_by_text(text)["85"] == ["Cabinet"]


def test_a_document_that_suggests_a_count_gives_it() -> None:
    text = (
        "Thousands marched on Friday, according to organisers, although video shared by activists suggests "
        "the crowd was closer to 2,000."
    )
    found = sources_by_text(text)
    assert found["Thousands"] == ["organisers"]
    assert found["closer to 2,000"] == ["activists"]


def test_a_person_who_suggests_proposes_nothing_counted() -> None:
    text = "The mayor suggested that 50 detainees be released before the talks."
    assert sources_by_text(text).get("50") in (None, [])


def test_people_who_follow_a_procession_are_a_crowd() -> None:
    assert categories_by_text(
        "Thousands of people followed the funeral procession in the town on Friday."
    ) == {"Thousands": "protesters"}


def test_a_count_after_according_to_with_its_own_verb_stays() -> None:
    text = (
        "According to security sources, 104 passengers, including 58 men, 31 women and 15 children, had "
        "been rescued."
    )
    assert "104" in sources_by_text(text)


def test_one_of_them_is_one_of_the_sources_named_before() -> None:
    text = (
        "The revised figure was given to AFP on Tuesday by two officials at the governor's office who asked "
        "not to be named. Another 43 people were being treated for gunshot wounds at the regional hospital, "
        "one of them added."
    )
    found = sources_by_text(text)
    assert "one" not in found
    assert found["43"] == ["officials"]


def test_a_second_official_is_one_of_the_officials_counted_before() -> None:
    text = (
        "Three security officials told Reuters that 21 people had been killed. A second official said "
        "gendarmes had used live ammunition after crowds of several hundred people marched on the prefecture."
    )
    assert sources_by_text(text)["several hundred"] == ["Three security officials"]


def test_another_witness_is_no_official() -> None:
    text = "Three security officials told Reuters that 21 people had been killed. Another witness said 40 people had been arrested."
    assert sources_by_text(text)["40"] == ["witness"]


def test_a_regional_office_is_a_new_person() -> None:
    text = (
        "A nurse at the CNHU-HKM teaching hospital in Cotonou, who spoke on condition of anonymity, said the "
        'hospital had received seven bodies. "I have never seen so many young people brought in at once," '
        "she said.\n\n"
        "In Parakou, in the north, the regional prefect said on state radio that calm had returned and that "
        "14 people arrested there had been released on Wednesday morning."
    )
    assert sources_by_text(text)["14"] == ["regional prefect"]


def test_a_regional_office_given_before_is_its_holder() -> None:
    text = (
        "Governor Ali Musa visited the town on Monday. The regional governor said 12 people had been killed."
    )
    assert sources_by_text(text)["12"] == ["Ali Musa"]


def test_a_part_of_the_deaths_a_body_counted_is_its_count() -> None:
    text = (
        "Police said none of the dead had been killed by officers.\n\n"
        "Three of the deaths counted by CONADEH occurred in San Pedro Sula, where several thousand opposition "
        "supporters marched on Monday."
    )
    assert sources_by_text(text)["Three"] == ["CONADEH"]


def test_the_report_is_the_one_report_named_before_however_far() -> None:
    text = (
        "A commission of the Senate concluded that police used firearms against demonstrators in March, "
        "according to its final report, presented on Monday.\n\n"
        "The 214-page document contradicts the version given at the time by the Interior Ministry.\n\n"
        "The commission reviewed 41 hours of video footage. Its findings were approved by most members.\n\n"
        "Three dead, not one\n\n"
        "According to the report, two men were shot dead in the capital on the night of 23 March."
    )
    assert sources_by_text(text)["two"] == ["Senate"]


def test_a_verb_of_estimating_joined_after_a_comma_is_the_reporters() -> None:
    text = (
        "In March, the ministry said the demonstrators had burned two buses and looted 14 shops, and "
        "estimated the crowd in the capital at about 8,000 people."
    )
    assert sources_by_text(text)["about 8,000"] == ["ministry"]
