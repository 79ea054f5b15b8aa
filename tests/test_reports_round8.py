"""Figure sources on real reports, eighth round: each test is a construction of its own, in sentences of our own."""

from __future__ import annotations

import pytest

from tests._figure_roles import roles_of

pytestmark = pytest.mark.model


# --- who speaks when an adverbial stands between the subject and its verb ---------------------


@pytest.mark.parametrize(
    "text",
    [
        "The spokesman of the prosecutor's office has for the first time confirmed that 310 people were "
        "detained in the port city.",
        "The health ministry has since the weekend reported that 44 people were killed in the capital.",
    ],
)
def test_a_subject_hung_on_the_auxiliary_still_speaks(text):
    asserted, confirmed, _ = roles_of(text, 310 if "310" in text else 44)
    names = asserted + confirmed
    assert names and not any(name in {"first time", "weekend", "time"} for name in names)
    assert any("spokesman" in name or "prosecutor" in name or "ministry" in name for name in names)


# --- the counted people are never their own source --------------------------------------------


def test_people_counted_who_speak_in_a_relative_clause_are_not_the_source():
    text = (
        "The Kivu Legal Aid Centre said it had taken statements from 85 detainees who said they were "
        "beaten in custody."
    )
    asserted, _, _ = roles_of(text, 85)
    assert len(asserted) == 1 and "Centre" in asserted[0]


def test_a_count_that_shows_something_is_not_its_own_source():
    text = (
        "Officials said 230 people were treated in hospitals on Saturday. Opposition deputies said "
        "the numbers showed the police had lost control."
    )
    asserted, confirmed, disputed = roles_of(text, 230)
    assert not any("number" in name for name in asserted + confirmed + disputed)


# --- data held by one body, obtained by another -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "owner"),
    [
        (
            "Prison service records obtained by the weekly Kantor show that 73 inmates died in custody "
            "last year.",
            73,
            "Prison service",
        ),
        (
            "Army figures seen by the Daily Monitor put the number of soldiers killed at 19.",
            19,
            "Army",
        ),
    ],
)
def test_a_bodys_data_obtained_by_a_paper_is_the_bodys(text, value, owner):
    asserted, _, _ = roles_of(text, value)
    assert asserted and owner.lower() in asserted[0].lower()
    assert not any(name in {"Kantor", "Daily Monitor", "weekly", "paper"} for name in asserted)


# --- bodies named by a common noun ------------------------------------------------------------


def test_the_presidency_speaks_for_its_count():
    text = "The presidency said 27 civilians and four soldiers had been killed in the riots."
    asserted, _, _ = roles_of(text, 27)
    assert asserted == ["presidency"]


def test_a_definite_coalition_of_organisations_is_the_one_named_before():
    text = (
        "The Lake Chad Rights Platform said at least 15 fishermen had been shot. The alliance of 14 "
        "associations said it had recorded 62 cases of beatings by soldiers."
    )
    asserted, _, _ = roles_of(text, 62)
    assert asserted == ["Lake Chad Rights Platform"]


# --- later references that do not restate the count -------------------------------------------


def test_who_disputes_a_figure_and_judges_part_of_it_only_disputes():
    text = (
        "Army radio said 140 militants had been killed in the offensive. That figure is contested by "
        "local monitors, who say many of the dead were farmers."
    )
    asserted, _, disputed = roles_of(text, 140)
    assert asserted == ["Army radio"]
    assert not any("monitors" in name for name in asserted)
    assert any("monitors" in name for name in disputed)


def test_who_says_the_deaths_cannot_be_verified_does_not_assert_them():
    text = "Police said 35 people had died in the stampede. Activists said the deaths could not be verified."
    asserted, confirmed, _ = roles_of(text, 35)
    assert asserted == ["Police"] and not confirmed


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("State radio said 140 militants had been killed in the offensive.", "State radio"),
        ("The opposition website said 12 students were detained at the gates.", "opposition website"),
    ],
)
def test_a_broadcaster_or_site_named_by_its_kind_speaks(text, source):
    value = 140 if "140" in text else 12
    asserted, _, _ = roles_of(text, value)
    assert asserted == [source]


# --- who gives a count: the reviser, the counter, the unnamed speaker ---------------------------


def test_who_raises_a_toll_gives_it():
    text = "The regional prosecutor's office on Monday raised the death toll from the riots to 57."
    asserted, _, _ = roles_of(text, 57)
    assert len(asserted) == 1 and "prosecutor" in asserted[0]


def test_events_that_raise_a_toll_are_no_source():
    text = "New clashes on Sunday raised the death toll to 31, hospital staff said."
    asserted, _, _ = roles_of(text, 31)
    assert asserted == ["hospital staff"]


def test_the_count_compared_with_is_its_counters_not_the_comparing_speakers():
    text = (
        "The interior ministry said on Monday that 80 people had died, far fewer than the 190 recorded by "
        "an independent monitoring group."
    )
    asserted, _, _ = roles_of(text, 190)
    assert asserted and not any("ministry" in name for name in asserted)


def test_a_count_in_an_unnamed_speakers_quote_is_theirs():
    text = "Officials gave no figures.\n\n“We buried 23 people on Friday,” a nurse at a district hospital told AFP."
    asserted, _, _ = roles_of(text, 23)
    assert asserted == ["nurse"]


def test_a_plural_description_in_the_body_is_not_the_group_named_next():
    text = (
        "Police have detained more than 3,000 people, according to local rights groups. The Coastal "
        "Justice Network said 14 of them were children."
    )
    asserted, _, _ = roles_of(text, 3000)
    assert asserted == ["local rights groups"]


# --- headlines, live blogs and verdicts set after a count ---------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Exiled activists say 70 people were killed in the crackdown, a figure the army has since disputed.",
        "Opposition channels have claimed that 70 people were killed in the city, a claim the army has "
        "rejected as propaganda.",
    ],
)
def test_a_verdict_with_an_auxiliary_after_the_count_disputes_it(text):
    _, _, disputed = roles_of(text, 70)
    assert disputed == ["army"]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Prosecutor: 95 protesters charged over riots\n\nThe charges were filed on Monday.", "Prosecutor"),
        ("Red Cross: 60 bodies recovered from the river\n\nThe search continued on Tuesday.", "Red Cross"),
    ],
)
def test_a_headline_label_that_can_speak_is_the_source(text, source):
    value = 95 if "95" in text else 60
    asserted, _, _ = roles_of(text, value)
    assert asserted == [source]


def test_a_headline_label_naming_a_topic_is_no_source():
    text = "Chile Unrest: 26 Dead, Over 2,000 Injured, Says Ombudsman\n\nThe figures were released on Sunday."
    asserted, _, _ = roles_of(text, 26)
    assert asserted and not any("Unrest" in name for name in asserted)


def test_a_live_blog_time_stamp_is_no_part_of_the_speaker():
    text = (
        "Live: strikes spread\n\n09:10 GMT\nMiners say 40 colleagues detained\n\n"
        "A union leader said 40 miners had been detained overnight."
    )
    asserted, _, _ = roles_of(text, 40)
    assert asserted and not any("GMT" in name for name in asserted)


def test_a_place_label_is_no_source_even_when_named_again():
    text = (
        "Chad: Police detain 31 after march in N'Djamena\n\n"
        "N'DJAMENA — Police in Chad detained 31 marchers on Saturday, Security Minister Idriss Dokony "
        "told reporters."
    )
    asserted, _, _ = roles_of(text, 31)
    assert "Chad" not in asserted


def test_it_inside_the_sentence_of_an_outlet_is_the_outlet():
    text = (
        "Police dispersed the crowd, witnesses said.\n\n"
        "The Mekong Voice website, which covers Baluch affairs, posted pictures of what it said were 16 "
        "detained monks."
    )
    asserted, _, _ = roles_of(text, 16)
    assert len(asserted) == 1 and "Mekong Voice" in asserted[0]


def test_a_claim_rejected_by_a_bare_plural_is_disputed_by_them():
    text = (
        "Exile channels have claimed that 70 people were killed in the city, a claim officials have "
        "rejected as propaganda."
    )
    _, _, disputed = roles_of(text, 70)
    assert disputed == ["officials"]


def test_a_verdict_that_is_negated_gives_no_role():
    text = "Exiles say more than 900 people have been detained, a figure the authorities have not confirmed."
    asserted, confirmed, _ = roles_of(text, 900)
    assert asserted == ["Exiles"] and confirmed == []


def test_a_description_with_an_owner_between_the_and_its_noun_refers_back():
    text = (
        "The Union of Kenyan Nurses said 12 medics had been beaten at checkpoints.\n\n"
        "Police denied the claim.\n\n"
        "On Friday alone, four nurses were detained, the nurses' union said."
    )
    asserted, _, _ = roles_of(text, 4)
    assert asserted == ["Union of Kenyan Nurses"]


# --- documents, offices and comparisons ---------------------------------------------------------


def test_a_closing_document_that_names_its_issuer_is_the_source():
    text = "Army raids killed at least 18 villagers, hospital records showed.\n\nThe army did not comment."
    asserted, _, _ = roles_of(text, 18)
    assert asserted == ["hospital records"]


def test_the_count_a_figure_is_compared_with_gives_it_no_role():
    text = (
        "At least 41 people died in the floods-related riots, morgue staff said, nearly three times the "
        "number acknowledged by the provincial government."
    )
    asserted, confirmed, _ = roles_of(text, 41)
    assert asserted == ["morgue staff"] and confirmed == []


def test_a_persons_office_is_the_person_named():
    text = (
        "The national ombudsman, Teresa Villca, told reporters her office had recorded 26 deaths since the "
        "vote."
    )
    asserted, _, _ = roles_of(text, 26)
    assert asserted == ["Teresa Villca"]


def test_a_ministers_ministry_is_the_ministry_named_before():
    text = (
        "The Interior Ministry said on Monday that protests had spread. Interior Minister Omar Haidari "
        "defended the police. His ministry said 3,100 people had been detained."
    )
    asserted, _, _ = roles_of(text, 3100)
    assert asserted == ["Interior Ministry"]


def test_a_dateline_is_no_organisation_a_description_refers_back_to():
    text = (
        "BAMAKO (Reuters) - Soldiers shot dead four traders at a market in the capital Bamako on Monday, "
        "the main traders' association said."
    )
    asserted, _, _ = roles_of(text, 4)
    assert asserted and "Bamako" not in asserted


def test_an_acronym_spelling_an_organisation_named_in_the_article_is_that_organisation():
    text = (
        "ICRC: 85 detainees freed in prisoner exchange\n\n"
        "The International Committee of the Red Cross said 85 detainees had been freed on Sunday."
    )
    asserted, _, _ = roles_of(text, 85)
    assert asserted == ["International Committee of the Red Cross"]
