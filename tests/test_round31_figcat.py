"""Figures' categories, thirty-first round: deaths that are no one's violence.

"23 overdoses in March" counts deaths by overdose, and "eleven patients did not make it" says
they died as "died" would; neither is a killing unless the sentence names violence. Every sentence
here was written for tally; none is copied from a page or a gold set. Each case failed before its
rule unless it says it is a guard.
"""

from __future__ import annotations

import pytest

import tally
from tests._figure_roles import figure_categories

pytestmark = pytest.mark.model

#: The publication date every sentence here is read with.
_PUBLISHED = "2023-01-10"


def _pairs(text: str) -> list[tuple[float, str]]:
    return figure_categories(text, _PUBLISHED)


@pytest.mark.parametrize(
    "text",
    [
        "The coroner logged 23 overdoses across the river district in March.",
        "Emergency crews logged 37 opioid overdoses in the county during the heatwave.",
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
        ("Of the crash victims, three did not make it to the clinic, the airline said.", "deaths"),
        ("Doctors said nine of the flood victims did not make it through surgery.", "deaths"),
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
        "Nine clubs did not make it to the league playoffs this season.",
        "Twelve students did not make it to the exam because the buses stopped.",
        "Thirty delegates made it to the summit despite the strike.",
        "Sixty hikers did not make it across the river before dark.",
        "Forty-five pilgrims did not make it into the old town before the gates closed.",
        "The union said about 300 supporters did not make it past the army roadblock.",
        "Nineteen fishermen did not make it ashore until Tuesday.",
    ],
)
def test_make_it_guard(text: str) -> None:
    """Guard: what people or teams failed to reach is no death, nor is "made it" without "not";
    any goal or way ("into the old town", "past the roadblock", "across the river") or adverb of
    place ("ashore") other than a place of care."""
    assert all(c not in {"deaths", "killed"} for _, c in _pairs(text))


@pytest.mark.parametrize(
    "text",
    [
        "Roughly 7,500 nurses heeded their union's call to march to the ministry.",
        "Some 4,000 dockers answered the federation's appeal for an indefinite general strike.",
        "After the growers announced a sit-in, about 2,600 farmers responded to the call to protest.",
    ],
)
def test_heeding_a_call_to_protest_is_a_crowd(text: str) -> None:
    """ "answered the call to march", "heeded the appeal for a general strike": people who heed a
    call to protest are its crowd (``protesters``), as those who join or attend a rally are."""
    assert [c for _, c in _pairs(text)][-1:] == ["protesters"]


@pytest.mark.parametrize(
    "text",
    [
        "Eighty volunteers answered the call for blood donors after the fire.",
        "About 300 readers answered the call to donate books to the library.",
        "Around 2,000 shop owners heeded the governor's call to shun the demonstration.",
        "Nearly 1,200 miners answered the management's appeal to abandon the strike.",
        "Some 350 students heeded the dean's call to skip the rally.",
    ],
)
def test_call_guard(text: str) -> None:
    """Guard: a call to do anything but protest gathers no crowd, even when what it is done to is
    a protest ("the call to skip the rally")."""
    assert all(c != "protesters" for _, c in _pairs(text))


def test_people_here_at_a_protest_are_its_crowd() -> None:
    """ "Student leaders believe 9,000 people are there now": in a text about a protest, people who
    "are here" or "there" — the scene the reporter writes from — are the crowd."""
    text = (
        "The student protest on the campus lawn is in its second day. Student leaders believe 9,000 people "
        "are there now; the university gives no count."
    )
    assert (9000, "protesters") in _pairs(text)


def test_here_guard_no_protest() -> None:
    """Guard: with no protest in the text, people "here" are no crowd, nor is "there are"."""
    assert (9000, "protesters") not in _pairs(
        "The food fair opened on Saturday. Stallholders believe 9,000 people are there now."
    )
    pairs = _pairs("The drivers' union threatened a walkout. There are 2,400 drivers at the depot.")
    assert (2400, "protesters") not in pairs


@pytest.mark.parametrize(
    ("text", "span", "category"),
    [
        ("The coroner logged 23 overdoses across the river district in March.", "23", "deaths"),
        (
            "Roughly 7,500 nurses heeded their union's call to march to the ministry.",
            "Roughly 7,500",
            "protesters",
        ),
        (
            "The student protest is in its second day. Student leaders believe 9,000 people are there now.",
            "9,000",
            "protesters",
        ),
    ],
)
def test_offsets_of_the_new_readings(text: str, span: str, category: str) -> None:
    """Each record's offsets give the words it claims: ``text[start:end]`` is the count."""
    article = tally.analyze(text, published=_PUBLISHED, only=["figures"])
    found = [(text[f.start : f.end], f.text, f.category) for f in article.figures]
    assert (span, span, category) in found
