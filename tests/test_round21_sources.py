"""Who gives each figure, twenty-first round: constructions of crackdown reporting, each in a sentence of our own.

Every sentence here was written for tally while reading real crackdown reporting
(Bangladesh, Sudan, Togo, Colombia, Venezuela, Peru); none is copied from an
article or a gold set.
"""

from __future__ import annotations

import pytest

from tests._figure_roles import figure_roles, roles_of

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "value", "giver"),
    [
        ("Two students were killed in the capital, confirmed police inspector Omar Sidi.", 2, "Omar Sidi"),
        ("Four marchers died of their wounds on Sunday, confirmed the police.", 4, "police"),
        ("Eleven people were arrested outside the court, confirmed the interior ministry.", 11, "ministry"),
    ],
)
def test_an_inverted_closing_confirmation_gives_the_count(text: str, value: float, giver: str) -> None:
    """ "…, confirmed police inspector X": a verb of confirming set after the count with its speaker
    behind it, as "…, said police inspector X" is; with no one else giving the count, who confirms
    it is who gives it (as "…, police confirmed." already was)."""
    asserted, confirmed, _ = roles_of(text, value)
    assert any(giver in name for name in asserted + confirmed), (asserted, confirmed)


def test_closing_confirmation_keeps_the_earlier_giver() -> None:
    """Guard: a count already given by a speaker of its own keeps that speaker first."""
    asserted, _, _ = roles_of("The Lawyers' Council said 45 people were killed on Friday.", 45)
    assert asserted == ["Lawyers' Council"], asserted


@pytest.mark.parametrize(
    ("text", "values", "giver"),
    [
        (
            "The toll rose to at least 39, with 30 reporters and 104 officers injured, as reported by the Red Cross.",
            (39, 30, 104),
            "Red Cross",
        ),
        (
            "Nine people were killed in Kassala, and 70 others were wounded, as the health ministry reported.",
            (9, 70),
            "health ministry",
        ),
    ],
)
def test_a_closing_as_reported_by_speaks_for_every_clause(
    text: str, values: tuple[int, ...], giver: str
) -> None:
    """ "…, as reported by X." ending the sentence speaks for all its clauses, as a closing "…, X
    said." does, also for the clause the parser did not hang it on."""
    for value in values:
        asserted, _, _ = roles_of(text, value)
        assert any(giver in name for name in asserted), (value, asserted)


def test_as_reported_with_its_own_object_is_no_source() -> None:
    """Guard: "as the government announced a curfew" is something else happening, not a source."""
    asserted, _, _ = roles_of(
        "Twelve protesters were detained on Monday, as the government announced a curfew.", 12
    )
    assert not any("government" in name for name in asserted), asserted


@pytest.mark.parametrize(
    "second",
    [
        "A further 49 people were injured.",
        "Another 49 people were injured.",
        "A further 49 were injured in the capital.",
    ],
)
def test_a_further_count_goes_on_in_the_cited_source(second: str) -> None:
    """ "According to X, four were killed. A further 49 were injured.": "a further" and "another"
    add to the tally just given, so the source cited for it gives them too."""
    text = "According to the Lawyers' Council, four people were killed on Friday. " + second
    asserted, _, _ = roles_of(text, 49)
    assert any("Lawyers" in name for name in asserted), asserted


def test_a_count_after_a_cited_sentence_without_a_further_stays_the_outlets() -> None:
    """Guard: a new count with nothing that adds it to the cited tally is the reporter's."""
    text = (
        "According to the Lawyers' Council, four people were killed on Friday. "
        "The city has about 300 schools."
    )
    for value, asserted, _, _ in figure_roles(text):
        if value == 300:
            assert not asserted, asserted


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The hospital said 30 bodies had been brought in since Friday.", 30),
        ("Twelve deaths were reported by hospitals in the capital.", 12),
        ("Eight more deaths were reported on Thursday by other hospitals.", 8),
    ],
)
def test_a_hospital_reports_its_count(text: str, value: float) -> None:
    """ "The hospital said …", "… were reported by hospitals": a hospital or morgue counts the dead
    and wounded it receives and reports them, as "Hospitals reported 30 deaths" already did."""
    asserted, _, _ = roles_of(text, value)
    assert any("hospital" in name.lower() for name in asserted), asserted


def test_people_taken_to_hospital_are_not_its_count() -> None:
    """Guard: a hospital where people were taken gives nothing; who said so does."""
    asserted, _, _ = roles_of("Police said 30 people were taken to hospitals in the capital.", 30)
    assert asserted == ["Police"], asserted


@pytest.mark.parametrize(
    ("text", "value", "giver"),
    [
        (
            "According to the commission, Nairobi recorded the most deaths, with 14 reported killed.",
            14,
            "commission",
        ),
        (
            "The commission said 40 people had been killed across Kenya. Nairobi registered 9 deaths.",
            9,
            "commission",
        ),
    ],
)
def test_a_place_that_records_deaths_is_where_they_happened(text: str, value: float, giver: str) -> None:
    """ "Kisumu registered 9 deaths", "Mombasa recorded the most deaths": a place as the subject of
    a verb of recording is where the count happened, not who gives it; the source cited around it
    does."""
    asserted, _, _ = roles_of(text, value)
    assert not any(place in name for name in asserted for place in ("Nairobi", "Kenya")), asserted
    assert any(giver in name for name in asserted), asserted


def test_a_body_that_records_deaths_still_gives_them() -> None:
    """Guard: a body recording a count gives it."""
    asserted, _, _ = roles_of("The Lawyers' Council recorded 45 deaths in the city.", 45)
    assert any("Lawyers" in name for name in asserted), asserted


@pytest.mark.parametrize(
    "second",
    [
        "That is according to the Lawyers' Council, which monitors abuses.",
        "This is according to the Lawyers' Council.",
        "That is according to figures from the Lawyers' Council.",
    ],
)
def test_that_is_according_to_gives_the_count_before(second: str) -> None:
    """ "At least 45 people were killed. That is according to X.": the demonstrative points back at
    the sentence before; X gives its count."""
    asserted, _, _ = roles_of("At least 45 people were killed in the crackdown. " + second, 45)
    assert any("Lawyers" in name for name in asserted), asserted


def test_that_is_according_to_keeps_its_paragraph() -> None:
    """Guard: past a paragraph break, or with a source of its own, the count keeps what it had."""
    text = "At least 45 people were killed in the crackdown.\n\nThat is according to the Lawyers' Council."
    asserted, _, _ = roles_of(text, 45)
    assert not asserted, asserted
    text = "Police said 45 people were killed. That is according to the Lawyers' Council."
    asserted, _, _ = roles_of(text, 45)
    assert asserted[0] == "Police", asserted
