"""Figures and their categories, ninth round: constructions of crackdown reporting, each in a sentence of our own.

Every sentence here was written for tally from probe articles in the genres of
the held-out set (wire copy from Algeria, Iraqi Kurdistan and Indonesia, NGO
releases on Uganda and Cuba, Tunisian state media, a Senegal live blog, a
Lebanon explainer, encyclopaedia pages with infoboxes); none is copied from a
gold set.
"""

from __future__ import annotations

import pytest

from tests._figure_roles import figure_readings

pytestmark = pytest.mark.model


def _figures(text: str) -> list[tuple[float, str, str]]:
    return figure_readings(text, "2023-06-10")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # medics, volunteers and hospitals that treat people, or give them first aid: the injured
        ("Paramedics treated 64 people at the scene.", (64, "exact", "injured")),
        ("The Red Crescent said it had treated 300 people in the city alone.", (300, "exact", "injured")),
        ("Volunteers gave first aid to 212 people outside the stadium.", (212, "exact", "injured")),
        ("Volunteers provided first aid to 90 protesters.", (90, "exact", "injured")),
        # … and a part of those treated is treated too
        (
            "Medics gave first aid to 357 people across the country, 114 of them in the capital.",
            (114, "exact", "injured"),
        ),
    ],
)
def test_people_treated(text: str, expected: tuple[float, str, str]) -> None:
    """People given medical care are counted as injured."""
    assert expected in _figures(text), _figures(text)


def test_people_treated_as_something() -> None:
    """Guard (passes before the change): "treated 12 defendants as adults" is no medical care."""
    found = _figures("The court treated 12 defendants as adults.")
    assert not any(c == "injured" for _, _, c in found), found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a part of the wounded, the held or the arrested who died: killed, not the group's category
        ("Two of the injured died on the way to hospital.", (2, "exact", "killed")),
        ("Nine of the wounded later succumbed to their injuries.", (9, "exact", "killed")),
        ("Three of the detained later died in hospital.", (3, "exact", "killed")),
    ],
)
def test_part_of_a_group_that_died(text: str, expected: tuple[float, str, str]) -> None:
    """The part's own verb of dying outranks the group it is taken from."""
    assert expected in _figures(text), _figures(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a disease that is the subject of "killed" (or the antecedent of "which killed") takes no
        # one's life by violence, whatever else the sentence says of prisons and spreading
        (
            "Covid-19, which has killed more than 6,000 people in the country, is spreading again.",
            (6000, "over", "deaths"),
        ),
        ("Tuberculosis has killed 90 inmates at the prison since March.", (90, "exact", "deaths")),
        ("Measles, which has killed 400 children in the camps, is spreading.", (400, "exact", "deaths")),
    ],
)
def test_killed_by_a_disease(text: str, expected: tuple[float, str, str]) -> None:
    """Deaths from disease are ``deaths``, not ``killed``."""
    assert expected in _figures(text), _figures(text)


@pytest.mark.parametrize(
    "text",
    [
        # a rule's threshold of people counts no one who was there
        "Police broke up the rallies, saying they breached a limit of 200 people.",
        "The emergency rules limit gatherings to 200 people per event.",
        "Authorities banned gatherings of more than 200 people.",
    ],
)
def test_thresholds_are_no_figures(text: str) -> None:
    """A limit, a cap or a rate of people is no figure."""
    found = _figures(text)
    assert not any(v == 200 for v, _, _ in found), found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "N of them said they had been held": what the people counted said of themselves
        ("Eighteen of them said they had been held incommunicado.", (18, "exact", "detained")),
        ("Of those interviewed, 25 said they had been beaten in custody.", (25, "exact", "injured")),
        (
            "Twelve of the men told reporters they had been beaten by guards.",
            (12, "exact", "injured"),
        ),
    ],
)
def test_what_the_counted_said_of_themselves(text: str, expected: tuple[float, str, str]) -> None:
    """A count of people who said something happened to them is a count of those it happened to."""
    assert expected in _figures(text), _figures(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a toll raised or lowered: the new value keeps the toll's category
        (
            "Activists first said 40 people had been killed, but later raised their estimate to 62.",
            (62, "exact", "killed"),
        ),
        ("Rights groups put the death toll at 80, then lowered it to 73.", (73, "exact", "killed")),
    ],
)
def test_toll_revised(text: str, expected: tuple[float, str, str]) -> None:
    """A revised estimate is a figure of the toll's category."""
    assert expected in _figures(text), _figures(text)


def test_whereabouts_of_the_other_ones() -> None:
    """ "the whereabouts of the other 14": the rest of a count, a new figure (not people named before)."""
    found = _figures(
        "Relatives of 17 activists have not seen them since their arrest. Three were later found in "
        "military detention; the whereabouts of the other 14 remain unknown."
    )
    assert (14, "exact", "disappeared") in found, found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the clause hung on what a disease did: "the spread of Covid-19, which has killed …"
        (
            "Schools closed to curb the spread of Covid-19, which has killed more than 6,000 people in the country.",
            (6000, "over", "deaths"),
        ),
        # guard: an outbreak of violence is no disease
        ("It was an outbreak of violence, which killed 30 people in the capital.", (30, "exact", "killed")),
    ],
)
def test_killed_by_what_a_disease_did(text: str, expected: tuple[float, str, str]) -> None:
    """What the relative clause's "which" stands for is read through its "of"."""
    assert expected in _figures(text), _figures(text)


def test_part_of_a_toll_given_by_one_source() -> None:
    """ "according to a doctor, who said 57 were injured, including 11 police": the parser hangs the
    part on the one source, who has no parts; the part is of the toll."""
    found = _figures(
        "Six protesters were killed in the town, according to a health official in Bukavu, "
        "who said 57 people had been injured, including 11 members of the security forces."
    )
    assert (11, "exact", "injured") in found, found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # admitted to hospital "with injuries"
        ("At least 80 people were admitted with injuries, hospital staff said.", (80, "at_least", "injured")),
        # a part set after the object of a hospital's verb, with the wounds hung on the verb
        (
            "Surgeons at the district hospital received 210 patients that night, 58 of them with gunshot wounds.",
            (58, "exact", "injured"),
        ),
    ],
)
def test_hospital_wounds(text: str, expected: tuple[float, str, str]) -> None:
    """Injuries named with a hospital's verb, or after a part of its count, mark the injured."""
    assert expected in _figures(text), _figures(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Most were freed by nightfall, but 27 were kept in custody for two days.",
            (27, "exact", "detained"),
        ),
        ("Officers said 35 people had been taken in for questioning.", (35, "exact", "detained")),
    ],
)
def test_custody_phrases(text: str, expected: tuple[float, str, str]) -> None:
    """People kept in custody or taken in for questioning are held."""
    assert expected in _figures(text), _figures(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the state people were left in, which the parser hangs away from "left"
        (
            "It was the worst in a string of clashes that have left dozens of people hurt.",
            (12, "vague", "injured"),
        ),
        ("The raids left 14 villagers wounded.", (14, "exact", "injured")),
    ],
)
def test_left_in_a_state(text: str, expected: tuple[float, str, str]) -> None:
    """ "left N people hurt": the state after the object of "leave" is the category."""
    assert expected in _figures(text), _figures(text)


def test_survivors_of_rape_treated() -> None:
    """Guard: women treated after rape are no count of the injured (ANNOTATION gives them ``other``)."""
    found = _figures("A doctor in the city said her clinic had treated nine women who had been raped.")
    assert not any(c == "injured" for _, _, c in found), found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a relative subject stands for the noun its clause hangs on
        ("The dead, who included 17 teenagers, were buried at night.", (17, "exact", "killed")),
        ("The marchers, who numbered about 3,000, dispersed at dusk.", (3000, "about", "protesters")),
        ("The rally, which was attended by 5,000 people, ended at dusk.", (5000, "exact", "protesters")),
        (
            "The march, which organisers said drew 200,000 people, ended peacefully.",
            (200000, "exact", "protesters"),
        ),
        # "The figure includes …", "They included …": parts of the count of the sentence before
        (
            "Reuters reported that about 1,500 people died in the crackdown. The figure includes 17 teenagers and 400 women.",
            (400, "exact", "killed"),
        ),
        (
            "Police said 900 people had been detained. They included 40 journalists.",
            (40, "exact", "detained"),
        ),
    ],
)
def test_parts_and_sizes_named_by_reference(text: str, expected: tuple[float, str, str]) -> None:
    """A part or a size whose group is named by a relative pronoun, a pronoun or a bare total."""
    assert expected in _figures(text), _figures(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Half a dozen journalists were detained at the border.", (6, "exact", "detained")),
        ("At least half a dozen people were killed.", (6, "at_least", "killed")),
    ],
)
def test_half_a_dozen(text: str, expected: tuple[float, str, str]) -> None:
    """ "half a dozen" is six, as "half a million" is 500,000."""
    assert expected in _figures(text), _figures(text)


def test_per_a_source_is_no_rate() -> None:
    """Guard (passes before the change): "(per the ministry)" names a source, no rate."""
    found = _figures("Killed: 64 people (per the ministry)\n\nThe unrest began in May.")
    assert (64, "exact", "killed") in found, found
