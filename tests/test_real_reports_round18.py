"""Constructions of real crackdown reporting, eighteenth round (the merging session's own).

Each case is a construction read on real reporting, in sentences written for these tests:
- a document "reads": "“…,” the centre's statement reads" quotes the document's author;
- "as young as nine" gives an age, not a count;
- a headline's "Dozens of detainees, one reported dead" counts detainees: the death belongs to
  the other half of the headline;
- the named owner before an estimate ("the Amnesty International estimate of 120 dead", "Human
  Rights Watch figures of 60 deaths") gives the count, not whoever judges the estimate.
"""

from __future__ import annotations

import pytest

import tally
from tests._figure_roles import figure_category, figure_roles, figure_values

pytestmark = pytest.mark.model


def _speakers(text: str) -> dict[str, str | None]:
    article = tally.analyze(text, published="2023-04-11")
    names = {e.id: e.name for e in article.entities}
    return {q.text: names.get(q.speaker) if q.speaker else None for q in article.quotes if q.kind == "direct"}


def _asserted(text: str, value: float) -> list[str]:
    found = [asserted for v, asserted, _, _ in figure_roles(text) if v == value]
    assert found, f"no figure {value}"
    return found[0]


# --- a document that reads --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "start", "speaker"),
    [
        (
            "Night of arrests in Osh\n\n"
            "“Four students were taken from the dormitory. Their parents have not been told where "
            "they are,” the Kyrgyz Legal Clinic’s statement reads.",
            "Four students",
            "Kyrgyz Legal Clinic",
        ),
        (
            "A vigil was broken up in Tbilisi on Sunday.\n\n"
            "“We were dragged to the vans. Nobody told us why,” read a letter from the Georgian "
            "Teachers Union.",
            "We were dragged",
            "Georgian Teachers Union",
        ),
    ],
)
def test_words_a_document_reads_are_its_authors(text, start, speaker):
    speakers = _speakers(text)
    assert [s for q, s in speakers.items() if q.startswith(start)] == [speaker]


def test_a_banner_that_reads_names_nobody():
    # guard: a banner is no document anybody issued: its words have no author to name
    text = "Students marched in Osh on Friday.\n\n“Free them all,” read one banner held by the students."
    assert _speakers(text).get("Free them all,") in {None, "students"}


# --- an age said "as young as" ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("Police held 30 people in Osh on Friday. Children as young as nine were among them.", 9),
        ("Troops detained 45 villagers, some as young as 13, after the raid.", 13),
        ("Among the 70 prisoners released were men as old as 82.", 82),
    ],
)
def test_an_age_said_as_young_as_is_no_count(text, age):
    values = figure_values(text, "2023-04-11")
    assert age not in values
    assert len(values) == 1


def test_as_many_as_is_still_a_count():
    # guard: "as many as" bounds a count
    assert figure_values("As many as 40 people were detained in Osh.", "2023-04-11") == [40]


# --- a headline of two halves ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "category"),
    [
        (
            "Dozens of detainees, one reported dead after march in Osh\n\nPolice broke up a march.",
            12,
            "detained",
        ),
        ("Hundreds of arrests, two killed as Dhaka clashes spread\n\nThe clashes went on.", 100, "arrested"),
    ],
)
def test_each_half_of_a_headline_keeps_its_own_category(text, value, category):
    assert figure_category(text, value, "2023-04-11") == category


# --- the owner named before an estimate ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "source"),
    [
        (
            "Government officials said the Amnesty International estimate of at least 120 dead was "
            "exaggerated.",
            120,
            "Amnesty International",
        ),
        (
            "State television said Human Rights Watch figures of 60 deaths in Osh were false.",
            60,
            "Human Rights Watch",
        ),
        (
            "The minister told parliament that the UN's estimate of 85 killed was too high.",
            85,
            "UN",
        ),
    ],
)
def test_who_owns_an_estimate_gives_its_count(text, value, source):
    assert source in _asserted(text, value)


def test_an_estimate_with_no_owner_is_the_speakers():
    # guard: "an estimate of 300" owned by nobody is what the speaker says
    text = "The interior ministry said an estimate of 300 arrests was accurate."
    assert _asserted(text, 300) == ["interior ministry"]


# --- a dateline closed by a colon ------------------------------------------------------------------------


def _quotes(text: str) -> list[tuple[str, str]]:
    article = tally.analyze(text, published="2023-04-11")
    return [(q.kind, q.text) for q in article.quotes]


def test_a_dateline_closed_by_a_colon_is_no_speaker():
    text = (
        "Raids across three provinces\n\n"
        "KABUL: Afghan officials say more than 40 people have been arrested in three provinces "
        "after the clashes.\n\nThe raids went on into the night."
    )
    assert not any(kind == "direct" for kind, _ in _quotes(text))


def test_a_speaker_in_capitals_before_a_colon_still_speaks():
    # guard: a transcript's "GUTERRES:" is a person, not a place
    text = (
        "Press encounter at the Security Council\n\n"
        "GUTERRES: We are deeply worried about the arrests of journalists in the capital and ask for "
        "their release."
    )
    # round 47: a turn in no quote marks is its speaker's reported words (kind indirect), still read
    assert any(kind == "indirect" for kind, _ in _quotes(text))


# --- harm said with a noun of its own --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "category"),
    [
        ("The raids led to the deaths of two gunmen and injuries to 17 others in Kunduz.", 17, "injured"),
        ("The blast caused the death of one guard and injuries to 12 passers-by.", 12, "injured"),
    ],
)
def test_injuries_to_people_count_the_injured(text, value, category):
    assert figure_category(text, value, "2023-04-11") == category


# --- nouns of a title in capitals ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "category"),
    [
        ("340 Martyrs of the Uprising Now Named\n\nThe list grew this week.", 340, "killed"),
        ("Another 75 Detainees Identified by Lawyers\n\nThe list grew this week.", 75, "detained"),
    ],
)
def test_a_noun_for_people_in_a_capitalised_title_keeps_its_category(text, value, category):
    assert figure_category(text, value, "2023-04-11") == category


# --- a count made public by someone ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "source"),
    [
        (
            "Amnesty International said at least 90 people had died, far more than the figure of 31 "
            "released by the health ministry.",
            31,
            "health ministry",
        ),
        (
            "Lawyers counted 75 arrests, well above the figure of 40 published by the interior ministry.",
            40,
            "interior ministry",
        ),
    ],
)
def test_who_made_a_count_public_gives_it(text, value, source):
    assert source in _asserted(text, value)


def test_a_toll_announced_by_someone_is_still_theirs():
    # guard: "announced by" on a toll already named its giver
    text = "The opposition says 400 were detained, double the toll of 200 announced by the governor."
    assert "governor" in _asserted(text, 200)


def test_people_released_by_someone_are_not_their_count():
    # guard: "40 detainees released by the court" are freed people; the court gives no count
    text = "Lawyers said 40 detainees released by the court on Monday had been beaten."
    assert "court" not in _asserted(text, 40)


# --- a list of places with a count after each --------------------------------------------------------------


def _place_names(text: str) -> set[str]:
    article = tally.analyze(text, published="2023-04-11", only=["places"])
    return {article.text[s:e] for p in article.places for s, e in p.mentions}


@pytest.mark.parametrize(
    ("text", "towns"),
    [
        (
            "The ombudsman said on Sunday that the dead were from Juliaca (18), Ayacucho (10), "
            "Andahuaylas (6), Chincheros (2), Cusco (2), Arequipa (1) and Puno (4).",
            {"Ayacucho", "Andahuaylas", "Cusco"},
        ),
        (
            "Lawyers said detainees were held in Kitwe (40), Ndola (25), Kabwe (12), Chipata (9), "
            "Kasama (7) and Mongu (3).",
            {"Chipata", "Kasama"},
        ),
    ],
)
def test_towns_listed_with_a_count_in_brackets_are_places(text, towns):
    assert towns <= _place_names(text)


def test_people_listed_with_ages_are_no_places():
    # guard: names with an age in brackets are people, however the list is joined
    text = "Those detained include Grace Mwila (24), Peter Banda (31) and Ruth Phiri (19), lawyers said."
    assert not ({"Grace Mwila", "Peter Banda", "Ruth Phiri"} & _place_names(text))


def test_instances_of_an_event_count_the_event():
    text = "The commission said it had recorded 32 cases of abductions and 627 instances of arrests of protesters."
    assert figure_category(text, 627, "2023-04-11") == "arrested"


@pytest.mark.parametrize(
    ("text", "start", "speaker"),
    [
        (
            "The Zambia Human Rights Commission spoke on Monday. Its chairperson, Mwila Banda, met "
            "reporters.\n\n“Post mortems for most of the victims are yet to be conducted. We condole "
            "with the families,” part of the statement by the commission reads.",
            "Post mortems",
            "Zambia Human Rights Commission",
        ),
        (
            "The Ministry of Home Affairs of Malawi met the envoys on Friday.\n\n“Order has been "
            "restored in all districts,” a statement by the ministry said.",
            "Order has been",
            "Ministry of Home Affairs of Malawi",
        ),
    ],
)
def test_a_piece_of_a_document_by_a_body_named_before_is_the_bodys(text, start, speaker):
    speakers = _speakers(text)
    assert [s for q, s in speakers.items() if q.startswith(start)] == [speaker]


# --- "the NGO" ---------------------------------------------------------------------------------------------


def test_the_ngo_is_the_organisation_named_before():
    text = (
        "The Zambia Prisoners Support Network reported on Monday that 213 people were detained.\n\n"
        "“At least 30 people have been beaten in custody,” said the NGO in a statement."
    )
    speakers = _speakers(text)
    assert [s for q, s in speakers.items() if q.startswith("At least 30")] == [
        "Zambia Prisoners Support Network"
    ]


def test_an_ngo_named_after_the_word_is_itself():
    # guard: "the NGO Legal Aid Centre" names the body
    text = "Amnesty International said 40 people were held.\n\n“Many were beaten,” said the NGO Legal Aid Centre."
    speakers = _speakers(text)
    assert [s for q, s in speakers.items() if q.startswith("Many were")] == ["NGO Legal Aid Centre"]
