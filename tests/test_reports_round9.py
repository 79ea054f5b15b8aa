"""Figure sources on real reports, ninth round: each test is a construction of its own, in sentences of our own."""

from __future__ import annotations

import pytest

from tests._figure_roles import figure_roles, roles_of

pytestmark = pytest.mark.model


# --- "by" a document names a count's source only as its owner's count ---------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The marches, which drew a few hundred people in three towns, were set off by videos posted by "
        "Karim Haddad, a builder living abroad, who accused the governor of theft.",
        "The strike, which kept 400 workers at home, was prompted by a report written by the economist "
        "Lina Obi on unpaid wages.",
    ],
)
def test_a_cause_named_by_a_passive_agent_is_no_source(text):
    asserted, confirmed, disputed = roles_of(text, 100 if "hundred" in text else 400)
    assert not asserted + confirmed + disputed


def test_a_count_by_the_records_of_a_body_is_that_bodys():
    # guard: passes before the rule above; a document with its owner still names the source
    text = "At least 52 people were detained over the weekend, by the records of Human Rights Watch."
    asserted, _, _ = roles_of(text, 52)
    assert asserted == ["Human Rights Watch"]


# --- a collective noun for people is no single person ---------------------------------------------


@pytest.mark.parametrize("noun", ["opposition", "party", "family"])
def test_a_collective_noun_is_not_the_person_named_before(noun):
    text = (
        f"Transport Minister Rafael Ortega said 760 police officers had been hurt since March. "
        f"That figure was disputed by the {noun}, which said it counted officers with bruises."
    )
    asserted, _, disputed = roles_of(text, 760)
    assert asserted == ["Rafael Ortega"]
    assert disputed and disputed != ["Rafael Ortega"]


# --- a description in the headline, the name after a dateline ------------------------------------


def test_a_headline_description_is_the_body_named_after_the_dateline():
    text = (
        "Peru unrest: rights institute reports 1,450 injured as marches go on\n\n"
        "LIMA — Peru's Andean Institute for Civil Rights said on Monday that 1,450 people had been "
        "injured since the marches began."
    )
    asserted, _, _ = roles_of(text, 1450)
    assert len(asserted) == 1 and "Andean Institute" in asserted[0]


# --- a later verdict on the document that carried the count --------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "who"),
    [
        (
            "The UN rights office said in a report on Friday that it had documented 58 deaths at the "
            "hands of the police. The interior ministry rejected the report as biased.",
            58,
            "ministry",
        ),
        (
            "In a study released on Monday, the Lawyers Guild said 310 people had been held without "
            "charge. Officials dismissed the study, saying most had been charged.",
            310,
            "Officials",
        ),
    ],
)
def test_rejecting_the_report_that_gave_a_count_disputes_it(text, value, who):
    _, _, disputed = roles_of(text, value)
    assert any(who in name for name in disputed)


def test_another_report_rejected_later_is_no_verdict_on_the_count():
    # guard: the rejected report is not the one that gave the count
    text = (
        "Doctors at the city hospital said 27 people had been treated for gunshot wounds. The army "
        "rejected a report that its soldiers had fired first."
    )
    _, _, disputed = roles_of(text, 27)
    assert not disputed


# --- a count that says something of its own is not restated by who reads it -----------------------


def test_who_says_what_a_figure_suggests_does_not_give_it():
    text = (
        "The chief justice announced on Monday that 9,000 detainees had been released on bail. Lawyers "
        "said the figure suggested that far more people had been held than the police admitted."
    )
    asserted, _, _ = roles_of(text, 9000)
    assert asserted == ["chief justice"] or (len(asserted) == 1 and "justice" in asserted[0])


# --- a headline whose source closes it after a colon ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "who"),
    [
        (
            "Rioters set fire to 40 banks in three days: police\n\nTEHRAN — Unrest went on in several cities.",
            40,
            "police",
        ),
        (
            "Over 300 detained after weekend riots: prosecutor\n\nLAGOS — The city was calm on Monday.",
            300,
            "prosecutor",
        ),
    ],
)
def test_a_source_after_the_headlines_colon_gives_its_count(text, value, who):
    asserted, _, _ = roles_of(text, value)
    assert asserted and who in asserted[0].lower()


def test_a_genre_word_after_the_headlines_colon_gives_nothing():
    # guard: "live updates" names the page, not a source
    text = "Thirty detained as clashes spread: live updates\n\nLAGOS — The city was calm on Monday."
    asserted, _, _ = roles_of(text, 30)
    assert not asserted


# --- "disputes that figure" read by the parser as a clause ----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "A commission of inquiry estimated that as many as 3,000 villagers were killed in the "
        "offensive. The government disputes that figure and says civilian deaths were far fewer.",
        "An inquiry panel said in 2015 that up to 3,000 villagers may have been killed in the "
        "offensive. The government disputes that figure and says civilian deaths were far fewer.",
    ],
)
def test_disputing_that_figure_disputes_the_count_whatever_the_parse(text):
    _, _, disputed = roles_of(text, 3000)
    assert disputed == ["government"]


# --- title-case headlines ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "Kenya Protests: Death Toll Rises to 23\n\nNAIROBI — Clashes went on in the capital on Tuesday.",
            23,
        ),
        (
            "Names of 120 Victims Published, Families Demand Answers\n\nThe list was posted online on "
            "Sunday by relatives of the dead.",
            120,
        ),
    ],
)
def test_words_of_a_title_case_headline_are_no_source(text, value):
    asserted, confirmed, _ = roles_of(text, value)
    assert not asserted + confirmed


# --- reports from a place ------------------------------------------------------------------------------


def test_reports_from_a_town_are_nobodys():
    text = (
        "Protests spread across Iran's Khuzestan province on Sunday. Reports from Mahshahr indicate "
        "that soldiers shot more than 100 protesters in the marshes around the city."
    )
    asserted, _, _ = roles_of(text, 100)
    assert "Mahshahr" not in asserted


# --- a figure called a fraction of the truth ------------------------------------------------------


def test_a_figure_called_a_fraction_of_the_real_toll_is_disputed():
    text = (
        "The interior minister said on Monday that 52 people had died in the unrest. Doctors told "
        "the BBC that this figure was a fraction of the real toll."
    )
    asserted, _, disputed = roles_of(text, 52)
    assert asserted == ["interior minister"] or "minister" in asserted[0]
    assert disputed == ["Doctors"]


def test_saying_the_real_toll_is_higher_still_disputes():
    # guard: passes before; the real toll as the subject of a comparison disputes the count
    text = "Police said 12 people died in the clashes. Activists said the real toll was much higher."
    _, _, disputed = roles_of(text, 12)
    assert disputed == ["Activists"]


# --- names the tagger split, and "every one of them" ----------------------------------------------


def test_a_capitalised_name_opened_by_a_common_noun_is_one_source():
    text = (
        "The Mechanism for the Release of Student Detainees, a network of parents, counts 64 students "
        "still held without trial."
    )
    asserted, _, _ = roles_of(text, 64)
    assert asserted == ["Mechanism for the Release of Student Detainees"]


def test_every_one_of_them_is_no_count():
    text = "Lawyers said 40 people were still held. Every one of them was arrested at the march, they said."
    assert [v for v, *_ in figure_roles(text)] == [40]


# --- a document another outlet saw --------------------------------------------------------------


def test_a_document_seen_by_an_outlet_is_its_writers():
    text = (
        "The prison service, in a document seen by the Guardian, counted 312 inmates held over the "
        "protests. Of those, 40 were women, per the document."
    )
    for value in (312, 40):
        asserted, _, _ = roles_of(text, value)
        assert asserted == ["prison service"], value


def test_a_government_that_recognises_a_toll_confirms_it():
    text = "The commission says 310 people died in the repression. The government recognises 175 deaths."
    asserted, confirmed, _ = roles_of(text, 175)
    assert "government" in asserted + confirmed


def test_a_toll_put_at_a_value_through_it_is_a_count_of_its_own():
    text = "The army says 61 people were killed. Exiled opposition groups have put it at more than 300."
    found = [(v, a) for v, a, _, _ in figure_roles(text)]
    assert (300, ["Exiled opposition groups"]) in found or (300, ["opposition groups"]) in found


# --- an office with its holder's name after it -----------------------------------------------------


def test_the_holder_named_after_an_office_speaks_even_when_tagged_an_organisation():
    text = (
        "DAKAR, June 3 (APS) – The Minister of the Interior, Antoine Félix Abdoulaye Diome, announced on "
        "Saturday that eight people had died in two days of violence. The minister said 1,500 people had "
        "been arrested."
    )
    for value in (8, 1500):
        asserted, _, _ = roles_of(text, value)
        assert asserted == ["Antoine Félix Abdoulaye Diome"], value


# --- an age after "a child of" ------------------------------------------------------------------------


def test_the_age_of_a_child_of_fourteen_is_no_count():
    text = "At least 16 people were killed, including a child of 14, the rights group said."
    assert [v for v, *_ in figure_roles(text)] == [16]


# --- a gerund after "after" speaks with its sentence's subject ----------------------------------------


def test_who_raised_a_toll_after_putting_it_lower_gave_both():
    text = (
        "The national police on Sunday raised the number of people detained to 940, after earlier "
        "putting it at 610."
    )
    for value in (940, 610):
        asserted, _, _ = roles_of(text, value)
        assert asserted == ["national police"] or asserted == ["police"], value


# --- "two rights groups said", named in the next sentence; "their monitors" ------------------------


def test_counted_groups_are_the_ones_the_next_sentence_names():
    text = (
        "Police killed at least 14 marchers in the capital, two rights groups said on Friday.\n\n"
        "Amnesty International Zambia and the Law Association of Zambia, in a joint statement, said "
        "their monitors had also documented 210 arrests since May 2."
    )
    for value in (14, 210):
        asserted, _, _ = roles_of(text, value)
        # both groups of the joint subject since the tenth round ("X and Y said" gives both)
        assert sorted(asserted) == ["Amnesty International Zambia", "Law Association of Zambia"], value


# --- a check under way, and a count confirmed by its number alone -------------------------------------


def test_a_check_still_under_way_confirms_nothing():
    text = (
        "A police commander said more than 1,200 people had been arrested. The national rights "
        "commission said it was still verifying the figures."
    )
    asserted, confirmed, _ = roles_of(text, 1200)
    assert not confirmed
    assert not any("commission" in name for name in asserted)


def test_a_number_confirmed_alone_counts_what_the_count_before_counted():
    text = (
        "The opposition said the number of people detained since the protests began had passed 400. "
        "The ministry has confirmed 293."
    )
    article = [(v, c) for v, _, c, _ in figure_roles(text)]
    assert (293, ["ministry"]) in article


def test_a_toll_said_not_to_be_credible_is_disputed():
    text = (
        "A police spokesman said 21 people were killed in the clash. The exile group's spokesman said "
        "the official toll is not credible."
    )
    asserted, _, disputed = roles_of(text, 21)
    assert asserted == ["police spokesman"] and disputed


def test_a_headline_count_placed_loosely_is_the_ledes():
    text = (
        "Police say 21 killed in clash near Kashgar\n\n"
        "URUMQI, April 24 (Xinhua) -- Twenty-one people were killed in a clash in Bachu county of "
        "Kashgar prefecture on Tuesday, the regional information office said."
    )
    assert [v for v, *_ in figure_roles(text)] == [21]


def test_a_body_called_the_authority_is_not_the_last_speaker():
    text = (
        '"The real number is far higher," said lawmaker Ana Lee.\n\n'
        "The Hospital Authority said in a statement that 1,400 people had been treated at public "
        "hospitals since June."
    )
    asserted, _, _ = roles_of(text, 1400)
    assert asserted == ["Hospital Authority"]
