"""Figure sources on real reports, thirteenth round: each test is a construction of its own, in sentences of our own."""

from __future__ import annotations

import pytest

import tally
from tests._figure_roles import figure_roles, roles_of

pytestmark = pytest.mark.model


# --- "she said" never points back to a town the tagger took for a person ------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The board's head, Mariama Sesay, said inspectors had visited clinics in Bo, Kenema and Kabala. "
        '"We found 17 people with gunshot wounds," she told reporters.',
        # a guard (passes before the rule): no place name stands between
        "Commissioner Alhaji Turay said his staff had travelled to Port Loko and Lunsar. He said 17 people "
        "had been treated for gunshot wounds.",
    ],
)
def test_a_person_pronoun_skips_names_used_as_locations(text):
    asserted, _, _ = roles_of(text, 17)
    assert asserted and all(a in {"Mariama Sesay", "Alhaji Turay"} for a in asserted)


# --- "its observers had counted": the organisation counts through its observers ----------------------


@pytest.mark.parametrize(
    "text",
    [
        "The Civic Watch Centre said its observers had counted about 3,000 people at the rally.",
        "The Tamale Rights Forum said its volunteers had confirmed 3,000 arrests across the region.",
    ],
)
def test_an_organisations_observers_count_for_it(text):
    asserted, confirmed, _ = roles_of(text, 3000)
    assert any(("Centre" in a or "Forum" in a) for a in asserted + confirmed)
    assert not any(a.lower().startswith(("its ", "observers", "volunteers")) for a in asserted + confirmed)


# --- "The head of the provincial judiciary said": an office given with its body introduces a holder ----


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Lawmaker Reza Karimi said that 230 people had been killed nationwide. The head of the provincial "
            "judiciary said in January that 90 of those arrested had been charged.",
            "head of the provincial judiciary",
        ),
        (
            "Dariush Farahani said that 230 people had been killed nationwide. The spokesman for the "
            "army said that 90 soldiers had been charged.",
            "spokesman for the army",
        ),
        # a guard: the holder given that office before is still the one meant
        (
            "Ali Rezaei, the spokesman of the judiciary, said that 230 people had been killed nationwide. "
            "The spokesman of the judiciary said that 90 people had been charged.",
            "Ali Rezaei",
        ),
    ],
)
def test_an_office_of_a_body_refers_back_only_to_its_holder(text, expected):
    asserted, _, _ = roles_of(text, 90)
    assert asserted == [expected]


# --- "X, who was among the eight killed, shows …": a count describing the subject is no claim of it -----


@pytest.mark.parametrize(
    "text",
    [
        "A column says the death of a lawmaker, John Banda, who was among the eight killed, shows the "
        "collapse of the rule of law.",
        "Musa Phiri, whose brother was one of the eight killed in the capital, told reporters he wanted justice.",
    ],
)
def test_a_count_describing_the_speaker_is_not_the_speakers(text):
    asserted, _, _ = roles_of(text, 8)
    assert not any(a in {"John Banda", "Musa Phiri"} for a in asserted)


# --- "…, its chairman says": an office holder the article does not name speaks for the body ------------


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "The National Human Rights Commission has received 40 complaints of assault since Monday, its "
            "chairman says.",
            "National Human Rights Commission",
        ),
        (
            "The Malawi Law Society condemned the arrests. Its president said 40 lawyers had been detained.",
            "Malawi Law Society",
        ),
    ],
)
def test_an_unnamed_office_holder_speaks_for_the_body(text, body):
    asserted, _, _ = roles_of(text, 40)
    assert body in asserted


# --- "…, a toll far higher than the single death X acknowledged": X speaks of the other count -----------


def test_a_verdict_after_than_is_on_the_compared_count():
    text = (
        "The union said on Sunday that nine workers had died in the protests, a toll far higher than the "
        "single death the police have acknowledged."
    )
    _, confirmed, _ = roles_of(text, 9)
    assert confirmed == []


# --- "X said the figure was correct / consistent with its records": X confirms ------------------------


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("The federation said nine miners had died. The ombudsman said the figure was correct.", "confirmed"),
        (
            "The federation said nine miners had died. The ombudsman said the toll was consistent with "
            "its own records.",
            "confirmed",
        ),
        # a guard (passes before the rule): trust denied disputes
        (
            "The federation said nine miners had died. The ombudsman said the toll was not accurate.",
            "disputed",
        ),
    ],
)
def test_a_count_called_right_is_confirmed(text, role):
    _, confirmed, disputed = roles_of(text, 9)
    assert (confirmed if role == "confirmed" else disputed) == ["ombudsman"]


# --- "The government's figure is not the real one," X said: X disputes the government's count ----------


@pytest.mark.parametrize(
    "text",
    [
        "Government spokesman Ali Musa said 43 people had died. \"The government's figure is not the real "
        'one," the opposition leader, Peter Ndoli, said.',
        "Government spokesman Ali Musa told state radio that 43 people had died in the clashes. "
        '"The government\'s figure is a lie," the opposition leader, Peter Ndoli, said.',
    ],
)
def test_the_real_one_denied_disputes_the_offices_count(text):
    _, _, disputed = roles_of(text, 43)
    assert disputed == ["Peter Ndoli"]


def test_not_the_actual_number_disputes_and_gives_no_count():
    text = "Minister Ali Musa said 43 people had died. The opposition said the official figure was not the actual number of victims."
    asserted, _, disputed = roles_of(text, 43)
    assert asserted == ["Ali Musa"] and disputed == ["opposition"]


# --- "X said the figure of six dead given by Y was consistent with its records": Y's, X vouches --------


@pytest.mark.parametrize(
    "text",
    [
        "The ombudsman's office said the figure of six dead given by the teachers' union was consistent "
        "with its own records.",
        "The ombudsman said that the count of six deaths given by the teachers' union was correct.",
    ],
)
def test_a_count_given_by_one_and_called_right_by_another(text):
    asserted, confirmed, _ = roles_of(text, 6)
    assert any("union" in a for a in asserted)
    assert any("ombudsman" in c for c in confirmed)


# --- "…, as reported by the state broadcaster" / "…, as the ministry reported": the source of the clause --


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("At least 45 people were killed in the clashes, as reported by the state broadcaster ZNBC.", "ZNBC"),
        ("As reported by the Lusaka Times, 45 people were killed in the clashes.", "Lusaka Times"),
        ("At least 45 people were killed on Friday, as the health ministry reported.", "health ministry"),
    ],
)
def test_as_reported_by_names_the_source(text, source):
    asserted, _, _ = roles_of(text, 45)
    assert asserted == [source]


def test_as_with_a_clause_of_its_own_names_no_source():
    # a guard (passes before the rule): something else happened then
    asserted, _, _ = roles_of("At least 45 people were killed as the government announced a curfew.", 45)
    assert asserted == []


# --- "The figure of 89 dead was given by the coroner's office": who handed the count over ---------------


@pytest.mark.parametrize(
    "text",
    [
        "The figure of 89 dead was given by the coroner's office.",
        "A toll of 89 was provided by the coroner's office on Monday.",
    ],
)
def test_a_count_given_by_someone_in_a_passive_is_theirs(text):
    asserted, _, _ = roles_of(text, 89)
    assert asserted and "coroner's office" in asserted[0]


def test_figures_released_on_a_day_showed_names_no_day():
    text = "More than 500 people have been arrested, figures released by the prosecutor's office on Monday showed."
    asserted, _, _ = roles_of(text, 500)
    assert asserted == ["prosecutor's office"]


# --- verbs of saying beside "say": "insists", "maintains", "argues"; "concedes" confirms ----------------


@pytest.mark.parametrize(
    "text",
    [
        "Rights groups say the real toll is closer to 60; the government insists only 16 died.",
        # a guard (passes before the rule: the parse gives the subject anyway)
        "The army maintains that 16 soldiers were killed in the ambush.",
    ],
)
def test_insisting_and_maintaining_assert(text):
    asserted, _, _ = roles_of(text, 16)
    assert asserted in (["government"], ["army"])


def test_conceding_a_count_confirms_it():
    text = (
        "Rights groups said 40 protesters had been shot dead. The interior minister later conceded 40 deaths."
    )
    _, confirmed, _ = roles_of(text, 40)
    assert confirmed == ["interior minister"]


# --- "The toll was later raised to 16 by the ministry": the agent revises its count ---------------------


def test_a_total_raised_by_an_agent_is_the_agents():
    asserted, _, _ = roles_of("The toll was later raised to 16 by the ministry.", 16)
    assert asserted == ["ministry"]


def test_a_tally_kept_by_a_group_lists_its_count():
    text = "A tally kept by the Press Freedom Centre lists 16 journalists in prison."
    asserted, _, _ = roles_of(text, 16)
    assert asserted == ["Press Freedom Centre"]


# --- "16 killed as police fire on marchers – medics": a headline's label after a dash ------------------


def test_a_headline_label_after_a_dash_speaks():
    text = (
        "16 killed as police open fire on marchers – medics\n\nBAMAKO — Police fired on marchers on Tuesday."
    )
    asserted, _, _ = roles_of(text, 16)
    assert asserted == ["medics"]


# --- "16 dead, 40 injured (Health Ministry)": a bracket names the source of every count of its list -----


def test_a_bracket_after_a_list_of_counts_sources_each():
    text = "Clashes: 16 dead, 40 injured (Health Ministry)\n\nBAMAKO — Police fired on marchers on Tuesday."
    assert roles_of(text, 16)[0] == ["Health Ministry"]
    assert roles_of(text, 40)[0] == ["Health Ministry"]


# --- "…; officials later confirmed the toll" / "The authorities denied any deaths" -----------------------


def test_a_toll_confirmed_across_a_semicolon():
    _, confirmed, _ = roles_of("Activists said 12 people had died; officials later confirmed the toll.", 12)
    assert confirmed == ["officials"]


@pytest.mark.parametrize(
    ("text", "disputed"),
    [
        ("Activists said 12 people had died. The authorities denied any deaths.", ["authorities"]),
        # a guard (passes before the rule): denying something else says nothing of the count
        ("Activists said 12 people had died. The army denied any involvement.", []),
    ],
)
def test_denying_any_deaths_disputes_the_count(text, disputed):
    assert roles_of(text, 12)[2] == disputed


# --- "Death toll reaches 77" then "At least 77 people have been killed": one count ---------------------


def test_a_headline_toll_restated_as_killed_is_one_figure():
    text = (
        "Death toll in capital reaches 77 as truce collapses\n\n"
        "At least 77 people have been killed in two days of clashes, the health ministry said on Thursday."
    )
    article = tally.analyze(text, published="2024-02-20")
    seventy_seven = [f for f in article.figures if f.value == 77]
    assert len(seventy_seven) == 1
    figure = seventy_seven[0]
    assert (figure.category, figure.qualifier) == ("killed", "at_least")
    assert [e.name for e in article.entities if e.id in figure.asserted_by] == ["health ministry"]


# --- "reports we have received from local monitors": who the reports came from -----------------------


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "According to reports we have received from local monitors, 30 people are still missing.",
            "local monitors",
        ),
        (
            "According to documents that Reuters obtained from the prosecutor's office, 30 people are still missing.",
            "prosecutor's office",
        ),
    ],
)
def test_reports_received_from_a_source_are_its(text, source):
    asserted, _, _ = roles_of(text, 30)
    assert asserted == [source]


# --- "Amnesty Kenya": a national section of Amnesty is an organisation ---------------------------------


def test_a_national_section_of_amnesty_speaks_as_an_organisation():
    text = (
        "Amnesty Kenya's executive director, Irungu Houghton, said the organisation had confirmed 24 deaths "
        "caused by police gunfire."
    )
    article = tally.analyze(text, published="2024-07-01")
    assert any(e.name == "Amnesty Kenya" and e.type == "ORG" for e in article.entities)


# --- "Tweet from X:" above a post on a live page: the author's words ------------------------------------


@pytest.mark.parametrize(
    ("text", "author"),
    [
        (
            "LIVE: Lusaka protests\n\n14:02\nTweet from the Zambia Law Association:\n"
            '"We have received reports of at least 5 people shot dead near parliament." — @ZLA\n',
            "Zambia Law Association",
        ),
        (
            "LIVE: Lusaka protests\n\n14:02\nStatement from the Lusaka Bar Council:\n"
            "At least 5 people were shot dead near parliament this morning. We demand an inquiry.\n",
            "Lusaka Bar Council",
        ),
    ],
)
def test_a_post_under_a_label_is_its_authors(text, author):
    asserted, _, _ = roles_of(text, 5)
    assert asserted == [author]


def test_a_label_without_a_post_noun_names_nobody():
    # a guard (passes before the rule): a list's lead-in is no author
    text = "Protest updates\n\nThe demands were these:\nAt least 5 people were shot dead near parliament.\n"
    asserted, _, _ = roles_of(text, 5)
    assert asserted == []


# --- "Deaths: 40–70[1][2]" in an infobox: the body's sentences with the same marks name the sources -----


def test_an_infobox_count_takes_the_sources_of_its_reference_marks():
    text = (
        "2021 Kassala protests\n\nDate: 3–6 June 2021\nDeaths: 40–70[1][2]\nArrests: 500+\n\n"
        "Casualties\n\nThe Sudan Doctors Committee counted at least 40 dead in the city.[1] The Beja "
        "Congress, an opposition party, put the toll at 70.[2] Police said 500 people had been arrested."
    )
    asserted, _, _ = roles_of(text, 40)
    assert sorted(asserted) == ["Beja Congress", "Sudan Doctors Committee"]


# --- "The toll, which the group compiled from hospital records, stood at 78": who made the total -------


@pytest.mark.parametrize(
    "text",
    [
        "The Kassala Rights Group has monitored the protests since June. The toll, which the group compiled "
        "from hospital records and witness accounts, stood at 78.",
        "The Kassala Rights Group monitors the protests. The toll that it keeps stood at 78 on Monday.",
    ],
)
def test_a_total_made_by_someone_named_in_its_clause(text):
    asserted, _, _ = roles_of(text, 78)
    assert asserted == ["Kassala Rights Group"]


def test_an_agency_credited_after_a_dateline_is_no_other_name_of_the_town():
    text = (
        "ADDIS ABABA (Reuters) - At least 12 people were killed in clashes, a toll compiled by Reuters from "
        "records at six hospitals shows."
    )
    article = tally.analyze(text, published="2024-07-01")
    reuters = [e for e in article.entities if "Reuters" in [text[s:t] for s, t in e.mentions]]
    assert len(reuters) == 1 and reuters[0].name == "Reuters"


# --- "21:10 — Georgia's health ministry: 14 people taken to hospital": a live entry's label -------------


@pytest.mark.parametrize(
    ("text", "value", "source"),
    [
        (
            "LIVE: Chisinau protests\n\n21:10 — The city's ambulance service: 14 people taken to hospital, "
            "including three police officers.\n",
            14,
            "city's ambulance service",
        ),
        (
            "LIVE: Chisinau protests\n\n22:40 — The Moldovan Lawyers' Union gives its own count: 20 people "
            "detained, four of them hospitalised.\n",
            20,
            "Moldovan Lawyers' Union",
        ),
    ],
)
def test_a_live_entrys_label_names_the_source(text, value, source):
    asserted, _, _ = roles_of(text, value)
    assert asserted == [source]


@pytest.mark.parametrize(
    "text",
    [
        # guards (pass before the rule): a place or a list's lead-in before a colon speaks for nobody
        "LIVE: Chisinau protests\n\n21:10 — Moldova: 14 people taken to hospital after the clashes.\n",
        "LIVE: Chisinau protests\n\n21:10 — The protesters' demands were these: 14 ministers must resign.\n",
    ],
)
def test_a_place_or_lead_in_before_a_colon_names_nobody(text):
    found = [a for v, a, _, _ in figure_roles(text) if v == 14]
    assert all(a == [] for a in found)


@pytest.mark.parametrize(
    "text",
    [
        # guards: a headline's place label and an infobox row's label are no live entry's source
        "Moldova: Police detain 200 at Chisinau protest\n\nCHISINAU — Police detained 200 people on Monday.",
        "2023 Chisinau protests\n\nDate(s): 1–9 May 2023\nDeath(s): 200+\n\nThe protests began in May.",
    ],
)
def test_headline_and_row_labels_are_no_entry_labels(text):
    found = [a for v, a, _, _ in figure_roles(text) if v == 200]
    assert found and all(a in ([], ["Police"]) for a in found)
