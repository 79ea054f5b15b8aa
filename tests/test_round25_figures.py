"""Figures and their categories, round 25: constructions seen in two tune splits by different hands.

Every sentence here was written for tally while reading the errors of the
round-25 tune splits (``eval/reports/tune.jsonl``, ``eval/reports_wikinews``
``tune`` and ``eval/reports_own`` ``work25``/``work24``/``work``); none is
copied from a gold set.
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
        ("The regional prosecutor has opened 37 criminal cases against the strike organisers.", 37),
        ("Courts heard at least 1,200 administrative cases after the rally, the lawyers' group said.", 1200),
        ("A total of 19 cases have been registered against party workers, police said.", 19),
        ("The former governor faces six charges of bribery, prosecutors said.", 6),
        ("He pleaded guilty to three counts of assault on Monday.", 3),
        ("The grand jury returned 48 felony counts against the two men.", 48),
    ],
)
def test_legal_cases_charges_and_counts_are_figures(text: str, value: float) -> None:
    """ "opened 37 criminal cases against …", "faces six charges of bribery", "three counts of
    assault", "48 felony counts": cases, charges and counts brought in a court or by the police are
    counted things of the event (ANNOTATION: ``other``); they used to be dropped as non-count nouns."""
    assert figure_category(text, value, _PUBLISHED) == "other"


@pytest.mark.parametrize(
    "text",
    [
        "In two cases, the families were never told where the men were held.",
        "The judge said the case had been adjourned for the third time in 14 months.",
        "By one count, the march was the largest since 2019.",
        "Police fired tear gas 12 times and filed a report.",  # rounds fired count since round 63
    ],
)
def test_cases_without_a_legal_action_guard(text: str) -> None:
    """Guard: "in two cases" (instances) and counts with no case brought, filed or charged stay no figure."""
    assert figure_values(text, _PUBLISHED) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Hundreds of residents flocked to the beach after a rumour that the sea had turned sweet.", 100),
        ("About 300 people had gathered by the river in the evening to watch the fireworks.", 300),
        (
            "The fever has spread through the district. About 200 villagers gathered outside the health "
            "centre on Monday to wait for vaccines.",
            200,
        ),
        (
            "The outbreak spread to the capital last week. Forty students came to the school gates "
            "on Thursday to collect test kits.",
            40,
        ),
    ],
)
def test_people_gathering_in_a_text_without_protest(text: str, value: float) -> None:
    """ "Hundreds of residents flocked to the beach", "About 300 people had gathered by the river":
    people who gather, flock or come somewhere are a crowd of protesters only in a text about
    protests; a disease or a fire that "spread" makes no text about protests (it used to, and
    turned the people of an outbreak report into protesters)."""
    assert figure_category(text, value, _PUBLISHED) == "other"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Thousands of people gathered outside parliament on Monday to protest the new law.", 1000),
        ("The unrest spread to the south. About 2,000 people gathered in the main square on Sunday.", 2000),
        (
            "The protests spread to the north. Some 5,000 people poured into the streets of the port city.",
            5000,
        ),
    ],
)
def test_people_gathering_in_a_text_about_protest_guard(text: str, value: float) -> None:
    """Guard: in a text about protests (or unrest) people who gather or pour into the streets stay its crowd."""
    assert figure_category(text, value, _PUBLISHED) == "protesters"


def test_people_gathering_where_police_act_guard() -> None:
    """Guard: a sentence that sets the gathered people against the police keeps them a crowd of
    protesters even in a text with no other word of protest."""
    text = "About 1,500 people gathered outside the town hall, where police detained nine."
    assert figure_category(text, 1500, _PUBLISHED) == "protesters"
