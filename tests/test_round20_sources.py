"""Who gives each figure, twentieth round: constructions of crackdown reporting, each in a sentence of our own.

Every sentence here was written for tally while reading real crackdown reporting;
none is copied from an article or a gold set.
"""

from __future__ import annotations

import pytest

from tests._figure_roles import roles_of

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "value", "accuser"),
    [
        ("Two rights organisations have accused the police of killing at least 30 protesters.", 30, "rights"),
        (
            "The opposition accuses security forces of detaining more than 500 of its supporters.",
            500,
            "opposition",
        ),
        (
            "The Kurdish monitor Hengaw accused the guards of shooting 14 villagers near the border.",
            14,
            "Hengaw",
        ),
    ],
)
def test_an_accusation_gives_the_count(text: str, value: float, accuser: str) -> None:
    """ "X accused the police of killing 30 protesters": the count sits in what the accused are
    charged with, and who accuses them gives it, as "blamed the army for the deaths of 14" did."""
    asserted, _, _ = roles_of(text, value)
    assert any(accuser in name for name in asserted), asserted


def test_accused_people_counted_by_the_accuser() -> None:
    """ "Police accused 30 protesters of attacking officers": the people accused are counted by who
    accuses them (as "the group interviewed 40 witnesses" is the group's count)."""
    asserted, _, _ = roles_of("Police accused 30 protesters of attacking officers on Sunday.", 30)
    assert any("Police" in name for name in asserted), asserted


@pytest.mark.parametrize(
    ("text", "value", "giver", "judge"),
    [
        (
            "Amnesty International said soldiers killed 75 civilians in the town, a claim the government denies.",
            75,
            "Amnesty",
            "government",
        ),
        (
            "Rights groups said 61 people were killed in the protests, a figure the army rejects.",
            61,
            "Rights groups",
            "army",
        ),
        (
            "Activists say 120 people were detained overnight, an allegation rejected by the police.",
            120,
            "Activists",
            "police",
        ),
        (
            "The opposition said 40 supporters had disappeared, an accusation the interior ministry rejects.",
            40,
            "opposition",
            "ministry",
        ),
    ],
)
def test_appended_claim_denied_now_or_by_an_agent(text: str, value: float, giver: str, judge: str) -> None:
    """ "…, a claim the government denies", "…, an allegation rejected by the police": a claim noun
    after a comma takes up the count, and a verb of denial on it disputes the count, in the
    present tense too and after "an"."""
    asserted, _, disputed = roles_of(text, value)
    assert any(giver in name for name in asserted), asserted
    assert any(judge in name for name in disputed), disputed


def test_appended_claim_in_the_present_that_repeats_guard() -> None:
    """Guard: "…, a figure the group says is rising" — a present verb that does not deny leaves the
    count with its giver and nobody disputes it."""
    asserted, _, disputed = roles_of(
        "Medics said 52 people were wounded on Friday, a figure the group says is still rising.", 52
    )
    assert any("Medics" in name for name in asserted), asserted
    assert disputed == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "According to the Human Rights Activists News Agency (HRANA), at least 400 people have been "
            "killed.\n\nThe organization said it is also looking into 120 more possible deaths.\n\n"
            "Separately, the monitor NetBlocks said internet traffic had fallen sharply.",
            120,
        ),
        (
            "The Oslo-based Human Rights Activists News Agency said 300 people had been killed. "
            "The group said 40 of them were children.",
            40,
        ),
    ],
)
def test_the_group_after_a_rights_body_named_as_a_news_agency(text: str, value: float) -> None:
    """ "the Human Rights Activists News Agency … The organisation said": a body whose name ends in
    "News Agency" but says it defends rights is what "the group" or "the organisation" refers back
    to (not a town, a monitor named later, or the nouns "NGOs")."""
    asserted, confirmed, _ = roles_of(text, value)
    assert any("Human Rights Activists" in name for name in asserted + confirmed), asserted


def test_the_group_is_no_plain_news_agency_guard() -> None:
    """Guard: "Reuters could not verify the figure given by the group" — a plain outlet is still never
    "the group": the group is the rights body named before it."""
    asserted, _, _ = roles_of(
        "The Hengaw rights group said 18 protesters were shot dead in Javanrud, the Tasnim news agency "
        "reported. The group said 6 of them were teenagers.",
        6,
    )
    assert not any("Tasnim" in name for name in asserted), asserted


def test_an_accusation_does_not_carry_into_the_next_sentence_guard() -> None:
    """Guard: "Exiled activists have accused the agency of spreading propaganda. In July, the agency
    flew 30 bloggers …" — the sentence after an accusation is told by the reporter, not the accusers
    (the previous sentence's speaker carries over only for reported speech)."""
    asserted, _, _ = roles_of(
        "Exiled activists have accused the agency of spreading propaganda. In July, the agency flew "
        "30 bloggers from 25 countries to the region.",
        30,
    )
    assert asserted == []


@pytest.mark.parametrize(
    ("text", "value", "giver"),
    [
        (
            "At least 48 people were killed in the west and 39 in the south. The figures came from the Red Cross.",
            39,
            "Red Cross",
        ),
        (
            "Some 210 protesters were detained over the weekend. The numbers are from the interior ministry.",
            210,
            "interior ministry",
        ),
        (
            "Eleven people were wounded in the clashes. The figure came from doctors at the main hospital.",
            11,
            "doctors",
        ),
    ],
)
def test_a_restated_count_comes_from_a_body(text: str, value: float, giver: str) -> None:
    """ "… 39 in the south. The figures came from the Red Cross", "The numbers are from the interior
    ministry": a later reference to the count whose verb is "come from" or "be from" a body or
    people names who gave it, as "The figures were released by X" did."""
    asserted, _, _ = roles_of(text, value)
    assert any(giver in name for name in asserted), asserted


def test_a_restated_count_from_a_time_or_place_guard() -> None:
    """Guard: "The figures are from last week", "The figures come from hospitals in the region" — a
    time, a place or a thing is no source."""
    asserted, _, _ = roles_of(
        "At least 48 people were killed in the west. The figures are from last week.", 48
    )
    assert asserted == []
    asserted, _, _ = roles_of(
        "At least 48 people were killed in the west. The figures come from hospitals in the region.", 48
    )
    assert asserted == []


def test_a_citation_stays_out_of_a_contrasted_clause() -> None:
    """ "Citing police records, the junta said only 258 …, while the AAPP has confirmed a total of
    726 deaths": the clause set against the first by "while" has its own giver; the records the
    junta cites give the junta's count only."""
    asserted, confirmed, _ = roles_of(
        "Citing police records, the junta said only 258 people were killed, while the AAPP has "
        "confirmed a total of 726 deaths in the same period.",
        726,
    )
    assert not any("police records" in name for name in asserted + confirmed), asserted
    assert any("AAPP" in name for name in asserted + confirmed), confirmed


def test_a_citation_goes_on_into_a_clause_of_no_giver_guard() -> None:
    """Guard: "Citing hospital sources, the group said 40 were killed, while 12 others were wounded":
    a "while" clause with no giver of its own is still the citing speaker's."""
    asserted, _, _ = roles_of(
        "Citing hospital sources, the group said 40 people were killed, while 12 others were wounded.", 12
    )
    assert any("group" in name for name in asserted), asserted
