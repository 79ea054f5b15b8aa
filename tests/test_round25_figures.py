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
        "Police fired 12 rounds of tear gas and filed a report.",
    ],
)
def test_cases_without_a_legal_action_guard(text: str) -> None:
    """Guard: "in two cases" (instances) and counts with no case brought, filed or charged stay no figure."""
    assert figure_values(text, _PUBLISHED) == []
