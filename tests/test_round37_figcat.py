"""Figures' categories, thirty-seventh round: constructions read on text tally was never tuned on.

People cared for in hospital in a report on an epidemic are ill, not injured, also when their own
sentence names no disease ("Nine people have been hospitalized." after a paragraph on an outbreak of
food poisoning), and when the disease "spread" (a word unrest shares with an epidemic). Cases of a disease counted in a report on an epidemic are infections, not deaths,
also when a death toll comes before them ("There have been 2,300 suspected cases."). Every sentence
here was written for tally; none is copied from a page or a gold set. Each case failed before its
rule unless it says it is a guard.
"""

from __future__ import annotations

import pytest

from tests._figure_roles import figure_categories, figure_span

pytestmark = pytest.mark.model

#: The publication date every sentence here is read with.
_PUBLISHED = "2024-06-12"


def _pairs(text: str) -> list[tuple[float, str]]:
    return figure_categories(text, _PUBLISHED)


def _span_of(text: str, value: float) -> str:
    """The text of the figure of *value*, cut by its offsets."""
    return figure_span(text, value, _PUBLISHED)


_OUTBREAK = (
    "An outbreak of listeria linked to packaged salads has spread to four provinces, health officials said. "
    "The illness was traced to a plant near the coast. "
)


@pytest.mark.parametrize(
    ("text", "value", "span"),
    [
        (_OUTBREAK + "By Friday 23 people had been hospitalized.", 23, "23"),
        (_OUTBREAK + "Doctors at the regional clinic have treated 140 patients since Sunday.", 140, "140"),
        ("Ninety people were taken to hospital after the infection spread to their village.", 90, "Ninety"),
        (
            "Dengue cases have doubled this month in the river towns. "
            "The health ministry asked donors for money to treat 6,000 people.",
            6000,
            "6,000",
        ),
    ],
)
def test_care_in_a_report_on_an_epidemic_is_no_injury(text: str, value: float, span: str) -> None:
    """Care with no cause in its own sentence, in an article that speaks of a disease more than of
    violence, is care of the ill: ``other`` (before, ``injured``)."""
    assert (value, "other") in _pairs(text)
    assert (value, "injured") not in _pairs(text)
    assert _span_of(text, value) == span


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # guards: the hurt, and care in a report on violence, stay injured
        (_OUTBREAK + "A fire at the plant injured 12 workers.", [(12, "injured")]),
        (
            _OUTBREAK + "Riot police beat 30 people outside the plant; 14 were hospitalized.",
            [(14, "injured")],
        ),
        (
            "Police fired tear gas at the march on Monday. By evening 40 people had been hospitalized.",
            [(40, "injured")],
        ),
        (_OUTBREAK + "Two workers suffered burns and were taken to hospital.", [(2, "injured")]),
        ("As the protests spread to the south, 25 people were taken to hospital.", [(25, "injured")]),
    ],
)
def test_care_guards(text: str, expected: list[tuple[float, str]]) -> None:
    pairs = _pairs(text)
    for item in expected:
        assert item in pairs


@pytest.mark.parametrize(
    ("text", "value", "span"),
    [
        (
            "Cholera has killed 412 people in the province since March. "
            "There have been 9,870 suspected cases, the ministry said.",
            9870,
            "9,870",
        ),
        (
            "The measles epidemic has killed 38 children in the north. "
            "The agency also says there have been a total of 1,260 reported cases in the region.",
            1260,
            "1,260",
        ),
        (
            "An outbreak of typhoid has swept the camps. In the largest, 61 people died out of 2,940 suspected cases.",
            2940,
            "2,940",
        ),
    ],
)
def test_cases_of_an_epidemic_are_no_deaths(text: str, value: float, span: str) -> None:
    """Cases counted in a report on an epidemic, after a death toll, are infections: ``other``
    (before, the toll's ``deaths``)."""
    assert (value, "other") in _pairs(text)
    assert (value, "deaths") not in _pairs(text)
    assert _span_of(text, value) == span


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # guards: the toll itself stays deaths; a bare total after a toll still takes its category
        (
            "Cholera has killed 412 people in the province since March. There have been 9,870 suspected cases.",
            [(412, "deaths")],
        ),
        (
            "An outbreak of typhoid has swept the camps. In the largest, 61 people died out of 2,940 suspected cases.",
            [(61, "deaths")],
        ),
        ("The typhoid outbreak has spread. Clinics logged 75 cases of death in the camps.", [(75, "deaths")]),
        (
            "Security forces killed 31 protesters on Friday. In all there have been 212 since January.",
            [(212, "killed")],
        ),
    ],
)
def test_cases_guards(text: str, expected: list[tuple[float, str]]) -> None:
    pairs = _pairs(text)
    for item in expected:
        assert item in pairs
