"""Figures and their categories, fourteenth round: constructions of crackdown reporting, each in a sentence of our own.

Every sentence here was written for tally from probe articles in the genres of
the held-out set (a Reuters wire story from Lima, a Colombian NGO weekly tally,
a Hong Kong live page, an HRW dispatch on Cuba, an AFP story on an Egyptian
inquiry, a UN experts' release on Cameroon, a Venezuelan prosecutor's toll, a
Bahrain live blog, an opinion piece on Oromia); none is copied from a gold set.
"""

from __future__ import annotations

import pytest

from tests._figure_roles import figure_category, figure_readings

pytestmark = pytest.mark.model

#: The publication date every sentence here is read with.
_PUBLISHED = "2023-06-10"


def _figures(text: str) -> list[tuple[float, str, str]]:
    return figure_readings(text, _PUBLISHED)


def _category(text: str, value: float) -> str:
    return figure_category(text, value, _PUBLISHED)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("About 20,000 people were at the rally when soldiers opened fire.", 20000),
        ("Some 3,000 people were at the vigil when the police arrived.", 3000),
        ("Of the roughly 40,000 people estimated to have been at the march, most were students.", 40000),
        ("Police cleared the protest camp at dawn. Some 2,500 people were in the camp at the time.", 2500),
    ],
)
def test_people_present_at_a_gathering(text: str, value: float) -> None:
    """ "20,000 people were at the rally", "40,000 estimated to have been at the march": people
    present at a protest (or at the protest camp the article names) are its crowd."""
    assert _category(text, value) == "protesters"


def test_people_at_a_rally_who_were_hit_stay_hit() -> None:
    """Guard: what was done to people who were at a rally decides over their presence."""
    assert _category("Two people who were at the rally were shot dead by soldiers.", 2) == "killed"


def test_people_in_a_camp_of_refugees_stay() -> None:
    """Guard: with no protest camp in the text, "in the camp" is any camp: no crowd."""
    text = "Aid workers said some 2,500 people were in the camp when the floods came."
    assert _category(text, 2500) != "protesters"


@pytest.mark.parametrize(
    ("text", "value", "category"),
    [
        (
            "The coalition recorded:\n- 2,210 cases of police abuse\n- 917 arbitrary detentions\n- 12 killings",
            917,
            "detained",
        ),
        (
            "Weekly tally:\n- 96 reported killings\n- 1,300 recent arrests\n- 40 injured journalists",
            1300,
            "arrested",
        ),
        (
            "The union recorded:\n- 57 unlawful arrests\n- 9 looted pharmacies\n- 3 reporters beaten",
            9,
            "other",
        ),
    ],
)
def test_list_item_hung_on_the_next_line(text: str, value: float, category: str) -> None:
    """ "- 917 arbitrary detentions": the parser hangs the count on a noun of the next item; the
    noun of its own line is what it counts."""
    assert (value, category) in [(v, c) for v, _, c in _figures(text)]


def test_item_above_keeps_its_own_noun() -> None:
    """ "- 2,210 cases of police abuse" above "- 917 arbitrary detentions": the next item's noun
    does not make the cases detentions."""
    text = "The coalition recorded:\n- 2,210 cases of police abuse\n- 917 arbitrary detentions\n- 12 killings"
    assert _category(text, 2210) != "detained"


@pytest.mark.parametrize(
    ("text", "value", "category"),
    [
        ("The bulletin listed:\n- 917 arbitrary detentions\n- 240 victims of eye injuries", 240, "injured"),
        (
            "Police detained 300 people. The network also counted 75 victims of police violence.",
            75,
            "injured",
        ),
    ],
)
def test_victims_of_a_harm(text: str, value: float, category: str) -> None:
    """ "240 victims of eye injuries": victims whose "of" names the harm are counted by it, not
    by the count before them."""
    assert _category(text, value) == category


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Organisers put Sunday's march at 600,000; police did not give a figure.", 600000),
        ("The students estimated the sit-in at 8,000 at its height.", 8000),
        ("The movement drew crowds that organisers estimated at 70,000 each weekend.", 70000),
    ],
)
def test_size_given_to_a_gathering(text: str, value: float) -> None:
    """ "put Sunday's march at 600,000", "crowds that organisers estimated at 70,000": the size a
    speaker gives a gathering (its object, or the crowd a relative clause's "that" stands for) is
    its crowd."""
    assert _category(text, value) == "protesters"


def test_time_of_a_gathering_is_no_size() -> None:
    """Guard (passes before): "held the rally at 5 pm" gives no size."""
    assert _figures("The union held the rally at 5 pm outside the ministry.") == []


@pytest.mark.parametrize(
    "text",
    [
        "The bloc, which controls 98 of the National Assembly's 150 seats, said it would march on Friday.",
        "The opposition, which holds 61 of Parliament's 120 seats, called a rally for Sunday.",
    ],
)
def test_seats_of_a_chamber_are_no_figures(text: str) -> None:
    """ "98 of the National Assembly's 150 seats": a chamber's seats count no one of the event."""
    assert _figures(text) == []
