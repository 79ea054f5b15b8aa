"""Figures' categories, thirty-first round: deaths that are no one's violence.

"15 drug overdoses a month" counts deaths by overdose, and "seven patients did not make it" says
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


@pytest.mark.parametrize(
    "text",
    [
        "Tens of thousands heeded the opposition's call to march on the palace.",
        "Thousands answered the union's appeal for a nationwide general strike.",
        "When the students called a rally, some 8,000 people responded to the call to protest.",
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
    ],
)
def test_call_guard(text: str) -> None:
    """Guard: a call to do anything but protest gathers no crowd."""
    assert all(c != "protesters" for _, c in _pairs(text))


def test_people_here_at_a_protest_are_its_crowd() -> None:
    """ "Organisers say 40,000 people are here": in a text about a protest, people who "are here"
    or "there" — the scene the reporter writes from — are the crowd."""
    text = (
        "The rally outside parliament entered its third hour. Organisers say 40,000 people are here; "
        "the police give no figure."
    )
    assert (40000, "protesters") in _pairs(text)


def test_here_guard_no_protest() -> None:
    """Guard: with no protest in the text, people "here" are no crowd, nor is "there are"."""
    assert (40000, "protesters") not in _pairs(
        "The festival opened on Friday. Organisers say 40,000 people are here."
    )
    pairs = _pairs("The union called a strike. There are 3,000 workers at the plant.")
    assert (3000, "protesters") not in pairs


@pytest.mark.parametrize(
    ("text", "span", "category"),
    [
        ("The coroner counted 23 overdoses in the port city last month.", "23", "deaths"),
        (
            "Tens of thousands heeded the opposition's call to march on the palace.",
            "Tens of thousands",
            "protesters",
        ),
        ("The rally entered its third hour. Organisers say 40,000 people are here.", "40,000", "protesters"),
    ],
)
def test_offsets_of_the_new_readings(text: str, span: str, category: str) -> None:
    """Each record's offsets give the words it claims: ``text[start:end]`` is the count."""
    article = tally.analyze(text, published=_PUBLISHED, only=["figures"])
    found = [(text[f.start : f.end], f.text, f.category) for f in article.figures]
    assert (span, span, category) in found
