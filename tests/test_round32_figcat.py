"""Figures' categories, thirty-second round: harm whose cause is no one's violence.

A sentence that names no cause ("Three more passengers died over the following weeks, and the
number of dead reached 15") goes on with the harm its paragraph's sentence before told ("The
footbridge's fall killed 12 commuters"): the deaths are that accident's (``deaths``), not
killings, even in an article about the marches it set off, when that sentence tells harm to
people ("talks collapsed" tells none). People taken to hospital once their milk or rice was
spoilt are ill, not hurt (``other``), as those hospitalized with a disease are; "tainted" or
"contaminated" on anything but a food or a drink, or beside tear gas, tells no illness. Every
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
    ("text", "value"),
    [
        ("At least 52 factory workers were hospitalized after the canteen's milk was contaminated, "
         "the clinic said.", 52),
        ("Thirty-eight schoolchildren were hospitalized on Tuesday after they ate tainted rice at a "
         "boarding school.", 38),
        ("Health officials said 26 people were hospitalized with stomach pains after water "
         "contamination at a dairy farm.", 26),
    ],
)  # fmt: skip
def test_hospitalized_after_spoilt_food_or_water(text: str, value: int) -> None:
    """ "after the canteen's milk was contaminated", "ate tainted rice", "water contamination": a
    word of spoiling on a food or a drink tells an illness, not a wound (``other``)."""
    pairs = _pairs(text)
    assert [c for v, c in pairs if v == value] == ["other"]


def test_hospitalized_guard() -> None:
    """Guard: people hospitalized after tear gas or beatings stay ``injured``."""
    assert _pairs(
        "Riot officers lobbed gas canisters into the crowd, and 60 students were hospitalized."
    ) == [(60, "injured")]


def test_spoilt_water_with_tear_gas_guard() -> None:
    """Guard: spoilt water in a sentence that names tear gas is an attack's harm: ``injured``."""
    assert _pairs(
        "Witnesses said pepper spray and tear gas had contaminated the reservoir, and 33 villagers "
        "were hospitalized."
    ) == [(33, "injured")]


def test_tainted_in_another_sense_guard() -> None:
    """Guard: "a tainted vote" spoils no food; in the sentence before a count it tells no illness,
    and the killings of an article on soldiers shooting at a funeral stay ``killed``."""
    assert _pairs(
        "Soldiers shot at a funeral procession outside the cathedral.\n\n"
        "Opposition leaders call the vote a tainted one. Fourteen people died on Thursday."
    ) == [(14, "killed")]


@pytest.mark.parametrize(
    "text",
    [
        "Mounted police charged marchers in front of the senate.\n\n"
        "Negotiations over a unity cabinet collapsed on Wednesday. Seven people died across the city overnight.",
        "Mounted police charged marchers in front of the senate.\n\n"
        "The governing coalition collapsed after the budget vote. Seven people died on Friday.",
        "Mounted police charged marchers in front of the senate.\n\n"
        "The collapse of the truce came on Sunday. Seven people died on Monday.",
        "Police shot into the sit-in crowd and set a tent alight.\n\n"
        "A blaze swept through the camp. Seven demonstrators later died of their wounds.",
    ],
)
def test_collapse_that_harms_no_one_guard(text: str) -> None:
    """Guard: a sentence before that harms no one ("talks collapsed", "the coalition collapsed",
    "the collapse of the truce") tells no cause of the deaths, and "died of their wounds" names its own
    violence: the deaths of an article on a crackdown stay ``killed``."""
    assert _pairs(text) == [(7, "killed")]


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
