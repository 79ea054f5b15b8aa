"""Figures' categories, thirty-first round: deaths that are no one's violence.

"15 drug overdoses a month" counts deaths by overdose, and "seven patients did not make it" says
they died as "died" would; neither is a killing unless the sentence names violence. Every sentence
here was written for tally; none is copied from a page or a gold set. Each case failed before its
rule unless it says it is a guard.
"""

from __future__ import annotations

import pytest

from tests._figure_roles import figure_categories

pytestmark = pytest.mark.model

#: The publication date every sentence here is read with.
_PUBLISHED = "2023-01-10"


def _pairs(text: str) -> list[tuple[float, str]]:
    return figure_categories(text, _PUBLISHED)


@pytest.mark.parametrize(
    "text",
    [
        "The coroner counted 23 overdoses in the port city last month.",
        "Health workers say the town records about 40 fentanyl overdoses every week.",
    ],
)
def test_overdoses_are_deaths(text: str) -> None:
    """ "23 overdoses": the noun counts deaths by overdose, a death of no violence (``deaths``)."""
    assert [c for _, c in _pairs(text)] == ["deaths"]


@pytest.mark.parametrize(
    ("text", "category"),
    [
        (
            "The nurse said eleven patients did not make it through the night after the cholera outbreak.",
            "deaths",
        ),
        ("Four of the miners did not make it to the clinic, the company said.", "deaths"),
        ("Medics said two of the protesters shot by police did not make it.", "killed"),
    ],
)
def test_did_not_make_it_is_a_death(text: str, category: str) -> None:
    """ "did not make it": the negated idiom of surviving says they died; like "died", the
    sentence decides between a killing and a death of illness or accident."""
    assert [c for _, c in _pairs(text)][:1] == [category]


@pytest.mark.parametrize(
    "text",
    [
        "Nine teams did not make it to the final round of the league.",
        "Twelve students did not make it to the exam because the buses stopped.",
        "Thirty delegates made it to the summit despite the strike.",
    ],
)
def test_make_it_guard(text: str) -> None:
    """Guard: what people or teams failed to reach is no death, nor is "made it" without "not"."""
    assert all(c not in {"deaths", "killed"} for _, c in _pairs(text))
