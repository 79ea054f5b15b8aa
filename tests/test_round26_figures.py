"""Figures and their categories, round 26: constructions seen in the new TR-News tune split and an older one.

Every sentence here was written for tally while reading the errors of the
round-26 tune splits (``eval/reports_trnews`` ``tune``, ``eval/reports/tune.jsonl``,
``eval/reports_wikinews`` ``tune`` and ``eval/reports_own`` ``work25``/``work24``/
``work``); none is copied from a gold set.
"""

from __future__ import annotations

import pytest

from tests._figure_roles import figure_category, figure_values

pytestmark = pytest.mark.model

#: The publication date every sentence here is read with.
_PUBLISHED = "2024-08-10"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The coast guard said more than 40 fishing boats were seen near the reef on Tuesday.", 40),
        ("The ministry sent two mobile clinics to the valley on Friday.", 2),
        ("The charity handed out 3,000 blankets at the camp last week.", 3000),
        ("In the northern county, 23 dams spilled over after a week of rain.", 23),
        ("The agency has ordered 5 million vaccine doses for the winter.", 5000000),
        ("About 60 schools closed their doors on Monday, the union said.", 60),
        ("The museum bought 40 paintings last year.", 40),
    ],
)
def test_counted_things_outside_a_sentence_of_violence(text: str, value: float) -> None:
    """ "more than 40 fishing boats were seen", "sent two mobile clinics", "23 dams spilled over": a
    plural thing counted by a number is a counted thing of the event (ANNOTATION: ``other``) in any
    sentence; it used to count only in a sentence that spoke of protest, violence, disease or disaster,
    and real reports by four hands (wire, Wikinews, TR-News, our own) give such counts in plain words."""
    assert figure_category(text, value, _PUBLISHED) == "other"


@pytest.mark.parametrize(
    "text",
    [
        "The council weighed three options for the new bridge.",
        "The clinic received 12 visits from inspectors.",
        "The mayor set out four priorities for the coming year.",
        "She gave two reasons for leaving the party.",
        "The plan has five stages, the minister said.",
        "The student copied 40 sentences from the textbook.",
    ],
)
def test_abstract_nouns_are_no_counted_things(text: str) -> None:
    """Guard: acts, ideas, parts and kinds ("three options", "12 visits", "four priorities",
    "two reasons", "five stages") are no things of the event, outside a sentence of violence as
    before."""
    assert figure_values(text, _PUBLISHED) == []


@pytest.mark.parametrize(
    "text",
    [
        "The nurses drained 12 litres of water from the cellar.",
        "Two milligrams of the powder can kill an adult.",
        "The tanker carried 40,000 barrels of crude oil.",
        "The snow was 30 inches deep in the hills.",
    ],
)
def test_units_of_measure_are_no_counts(text: str) -> None:
    """Guard: units of measure ("12 litres", "two milligrams", "40,000 barrels", "30 inches") measure,
    they count no things of the event (ANNOTATION: not figures, like money and durations)."""
    assert figure_values(text, _PUBLISHED) == []


@pytest.mark.parametrize(
    "text",
    [
        "The numbers were given to the agency by doctors at six hospitals, who were not authorised to speak.",
        "Nurses at three clinics said the wards were full.",
    ],
)
def test_where_the_sources_work_is_no_count(text: str) -> None:
    """Guard: "doctors at six hospitals" who gave or said the numbers are sources, and the places they
    work at count sources too (ANNOTATION: counts of sources are no figures)."""
    assert figure_values(text, _PUBLISHED) == []


def test_places_of_people_who_act_still_count() -> None:
    """Guard: "Doctors at four hospitals treated 90 people": the doctors do not speak, the hospitals count."""
    assert 4 in figure_values("Doctors at four hospitals treated 90 people with gunshot wounds.", _PUBLISHED)


@pytest.mark.parametrize(
    "text",
    [
        "The survey found that two-thirds had lost their homes in the flood.",
        "Officials said three-quarters were women.",
        "Two thirds of the budget goes to the army.",
        "Nearly three fifths of the voters stayed home.",
    ],
)
def test_fractions_are_shares_not_counts(text: str) -> None:
    """ "two-thirds of the villages", "three-quarters were women", "two thirds of the budget": a
    fraction is a share, as a percentage is (ANNOTATION: percentages are no figures); its numerator
    used to be read as a count of two or three."""
    assert figure_values(text, _PUBLISHED) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Police arrested two-thirds of the 300 marchers, 200 people in all.", 300),
        ("Two men were beaten in the old quarter on Sunday, residents said.", 2),
    ],
)
def test_fractions_guard(text: str, value: float) -> None:
    """Guard: the count a fraction is of still counts ("two-thirds of the 300 marchers"), and so does a
    count that no fraction word follows ("Two men were beaten in the old quarter")."""
    assert value in figure_values(text, _PUBLISHED)
