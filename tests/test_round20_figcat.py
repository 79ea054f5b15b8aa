"""Figures and their categories, twentieth round: constructions of crackdown reporting, each in a sentence of our own.

Every sentence here was written for tally after reading real crackdown reporting; none is
copied from a page or a gold set.
"""

from __future__ import annotations

import pytest

from tests._figure_roles import figure_category, figure_readings

pytestmark = pytest.mark.model

#: The publication date every sentence here is read with.
_PUBLISHED = "2024-08-10"

#: A sentence that makes the text one about protests, read before each case.
_PROTESTS = (
    "Protests against the new tax law entered their second week, and police fired tear gas in the capital."
)


def _category(text: str, value: float) -> str:
    return figure_category(text, value, _PUBLISHED)


def _in_a_protest_story(text: str, value: float) -> str:
    return _category(f"{_PROTESTS}\n\n{text}", value)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Tens of thousands of people came out onto the streets of the port city.", 10000),
        ("About 6,000 people came out on Saturday to demand new elections.", 6000),
        ("Thousands of people poured into the main square after Friday prayers.", 1000),
        ("Thousands flooded into the capital on Sunday.", 1000),
        ("Some 4,000 people descended on the parliament building.", 4000),
        ("Several hundred people crowded into the square outside the town hall.", 100),
        ("About 700 people showed up at the courthouse on Monday.", 700),
        ("About 900 people turned up outside the prison gates.", 900),
        ("Nearly 2,000 people massed outside the governor's office.", 2000),
        ("Thousands of students streamed toward the presidential palace.", 1000),
        ("About 12,000 people filled the central square on Friday night.", 12000),
    ],
)
def test_crowd_coming_out_to_a_place(text: str, value: float) -> None:
    """ "Thousands of people poured into the main square", "came out onto the streets", "showed up
    at the courthouse", "filled the central square": plain people who come out to, pour into or
    fill a public place, in a story of protests, are the size of the crowd (protesters); only
    staying at a place ("remained on the avenue") was read so, and the count fell to "other" (or,
    with no counted noun, "Thousands flooded into the capital", was dropped)."""
    assert _in_a_protest_story(text, value) == "protesters"


@pytest.mark.parametrize(
    ("text", "value", "category"),
    [
        # a place that holds or treats people is no street
        ("Hundreds of people came to the hospital to donate blood.", 100, "other"),
        # people on the move from a war are no crowd
        ("About 3,000 people poured into the border town, fleeing the fighting.", 3000, "other"),
    ],
)
def test_crowd_coming_out_guard(text: str, value: float, category: str) -> None:
    """Guards: a hospital is no street, and people fleeing are no crowd."""
    assert _in_a_protest_story(text, value) == category


def test_crowd_coming_out_needs_a_protest_story() -> None:
    """Guard: outside a story of protests, people who fill a square are a crowd of any kind."""
    found = [
        c for v, _, c in figure_readings("About 12,000 people filled the square for the concert.", _PUBLISHED)
    ]
    assert "protesters" not in found


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("More than two dozen police officers with shields marched past the crowd.", 24),
        ("Hundreds of riot police gathered outside the parliament.", 100),
        ("About 300 soldiers marched into the city on Sunday.", 300),
        ("Some 2,000 troops converged on the square before dawn.", 2000),
    ],
)
def test_forces_moving_are_no_crowd(text: str, value: float) -> None:
    """ "Hundreds of riot police gathered outside the parliament", "300 soldiers marched into the
    city": forces of the state who march or gather are deployed, not protesting; the crowd verb
    made them protesters."""
    assert _in_a_protest_story(text, value) != "protesters"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Some 200 police officers rallied outside the ministry to demand higher pay.", 200),
        ("Thousands of people marched through the capital.", 1000),
    ],
)
def test_forces_moving_guard(text: str, value: float) -> None:
    """Guards: officers who rally for their pay protest; plain people who march are a crowd."""
    assert _in_a_protest_story(text, value) == "protesters"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("More than 2,400 people have been hospitalized with COVID-19 since March.", 2400),
        ("About 150 people were admitted to hospital with cholera last week.", 150),
        ("Clinics treated 85 children for malaria in the district.", 85),
        ("Some 40 patients remain in intensive care with the virus.", 40),
    ],
)
def test_sick_in_hospital_are_not_injured(text: str, value: float) -> None:
    """ "hospitalized with COVID-19", "treated 85 children for malaria": people in a hospital's
    care for a disease were not hurt by anyone; the care verb made them "injured". A disease the
    sentence names (and no violence) makes them "other", as it makes deaths "deaths"."""
    assert _category(text, value) == "other"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("At least 60 people were hospitalized after police fired tear gas.", 60),
        ("Doctors treated 45 protesters for gunshot wounds.", 45),
        ("Twelve hunger strikers were hospitalized on Monday.", 12),
    ],
)
def test_sick_in_hospital_guard(text: str, value: float) -> None:
    """Guards: care after violence, for wounds, or of protesters on hunger strike stays "injured"."""
    assert _category(text, value) == "injured"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Sixty prisoners escaped during the night.", 60),
        ("More than 300 inmates broke out of the central jail.", 300),
        ("Guards were searching for 14 detainees who escaped on Friday.", 14),
        ("The 200 escaped prisoners are still being hunted.", 200),
    ],
)
def test_escaped_are_no_longer_held(text: str, value: float) -> None:
    """ "Sixty prisoners escaped", "300 inmates broke out of the jail", "14 detainees who escaped":
    those held who got away are no longer held; the noun for those held ("prisoners", "inmates")
    made them "detained"."""
    assert _category(text, value) == "other"


def test_escaped_guard() -> None:
    """Guard: prisoners who stay where they are held stay "detained"."""
    assert _category("Sixty prisoners remained in their cells during the riot.", 60) == "detained"


@pytest.mark.parametrize(
    ("text", "value", "category"),
    [
        ("Eleven activists were placed under house arrest.", 11, "detained"),
        ("Five men were placed under arrest after the march.", 5, "arrested"),
    ],
)
def test_placed_under_arrest(text: str, value: float, category: str) -> None:
    """ "were placed under house arrest" is held at home (detained), "placed under arrest" is
    arrested; "place" with "under … arrest" gave no category and the count fell to "other"."""
    assert _category(text, value) == category


def test_walked_off_the_job() -> None:
    """ "About 2,000 nurses walked off the job": a strike, its strikers a crowd (protesters)."""
    assert _category("About 2,000 nurses walked off the job on Monday.", 2000) == "protesters"


def test_died_under_house_arrest_guard() -> None:
    """Guard: those who died under house arrest are counted by their death, not their arrest."""
    assert _category("Two opposition leaders died under house arrest last year.", 2) in {"killed", "deaths"}


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The fate of at least 25 protesters detained in the raid remains unknown.", 25),
        ("The fate of 40 students taken by soldiers is unknown.", 40),
    ],
)
def test_fate_unknown_is_a_disappearance(text: str, value: float) -> None:
    """ "the fate of at least 25 protesters … remains unknown": as with "whereabouts", people whose
    fate is hidden, in a text about violence or protest, are disappeared."""
    assert _in_a_protest_story(text, value) == "disappeared"


def test_fate_unknown_guard() -> None:
    """Guard: outside a text of violence or protest, an unknown fate is no disappearance."""
    text = "The factory is closing, and the fate of its 300 workers is unknown."
    assert _category(text, 300) != "disappeared"
