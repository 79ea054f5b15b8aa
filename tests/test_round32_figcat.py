"""Figures' categories, thirty-second round: harm whose cause is no one's violence.

A sentence that names no cause ("Three more passengers died over the following weeks, and the
number of dead reached 15") goes on with the harm its paragraph's sentence before told ("The
footbridge's fall killed 12 commuters"): the deaths are that accident's (``deaths``), not
killings, even in an article about the marches it set off. People hospitalized after drinking contaminated water or eating
tainted food are ill, not hurt (``other``), as those hospitalized with a disease are. Every
sentence here was written for tally; none is copied from a page or a gold set. Each case failed
before its rule unless it says it is a guard.
"""

from __future__ import annotations

import pytest

import tally
from tests._figure_roles import figure_categories

pytestmark = pytest.mark.model

#: The publication date every sentence here is read with.
_PUBLISHED = "2024-03-20"


def _pairs(text: str) -> list[tuple[float, str]]:
    return figure_categories(text, _PUBLISHED)


@pytest.mark.parametrize(
    "text",
    [
        "Nurses rallied in front of the labour ministry again on Saturday.\n\n"
        "The footbridge's collapse in October killed 12 commuters. Three more passengers died over "
        "the following weeks, and the death toll reached 15, prosecutors said.",
        "Riot officers beat striking miners at the company gates on Friday.\n\n"
        "The landslide that buried the mining camp in May killed 12 workers. Three more miners died "
        "over the following weeks, and the death toll reached 15.",
    ],
)
def test_deaths_after_an_accident_told_before(text: str) -> None:
    """ "(The fall killed 12.) Three more died, and the death toll reached 15": the
    sentence names no cause, the one before names an accident, so its deaths are ``deaths``."""
    pairs = _pairs(text)
    assert (3, "deaths") in pairs
    assert (15, "deaths") in pairs


@pytest.mark.parametrize(
    "text",
    [
        "Nurses rallied in front of the labour ministry again on Saturday.\n\n"
        "Officers shot rubber bullets into the rally near the footbridge. Three more nurses died over "
        "the following weeks, and the death toll reached 15.",
        "The footbridge collapsed in October.\n\n"
        "Nurses rallied in front of the labour ministry again on Saturday. Three more passengers died "
        "over the following weeks, and the death toll reached 15.",
        "Riot officers shot rubber bullets at striking nurses, and soldiers beat the marchers.\n\n"
        "The landslide at the mine in May killed 12 workers.\n\n"
        "Three more nurses died over the following weeks, and the death toll reached 15.",
        "A landslide buried the mining camp in May. Soldiers shot three more miners at the gate, "
        "and the death toll reached 15.",
    ],
)
def test_violence_or_a_paragraph_break_guard(text: str) -> None:
    """Guard: a sentence before that names violence or protest, a paragraph break between the
    accident and the count, or a count whose own sentence names violence keeps the killings."""
    pairs = _pairs(text)
    assert (15, "killed") in pairs


@pytest.mark.parametrize(
    "text",
    [
        "Nine villagers are dead and another 60 are hospitalized after drinking contaminated "
        "well water, district health officials said.",
        "About 45 guests were hospitalized after eating tainted seafood at the wedding.",
    ],
)
def test_hospitalized_after_tainted_food_or_water(text: str) -> None:
    """ "hospitalized after drinking contaminated water": an illness, not a wound (``other``)."""
    pairs = _pairs(text)
    assert [c for v, c in pairs if v in {60, 45}] == ["other"]


def test_hospitalized_guard() -> None:
    """Guard: people hospitalized after tear gas or beatings stay ``injured``."""
    assert _pairs(
        "Riot officers lobbed gas canisters into the crowd, and 60 students were hospitalized."
    ) == [(60, "injured")]


def test_offsets_of_the_new_readings() -> None:
    """Each record's offsets give the words it claims: ``text[start:end]`` is the count."""
    text = (
        "Nurses rallied in front of the labour ministry again on Saturday.\n\n"
        "The footbridge's collapse in October killed 12 commuters. Three more passengers died over "
        "the following weeks, and the death toll reached 15, prosecutors said."
    )
    article = tally.analyze(text, published=_PUBLISHED, only=["figures"])
    found = [(text[f.start : f.end], f.text, f.category) for f in article.figures]
    assert ("Three more", "Three more", "deaths") in found
    assert ("15", "15", "deaths") in found
