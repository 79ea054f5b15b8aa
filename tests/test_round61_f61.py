"""Round 61 (f61): who gives a figure, constructions read from the source errors of the readable
splits (own ``work60`` first, then the mixed tune splits and the other readable splits). Sentences
are our own.

- A part that opens the next sentence ("Of those treated, 48 were taken to hospital", "Of the
  civilians injured, 31 had gunshot wounds") takes up the count of the sentence before: with no
  source of its own it has that count's sources, however that count got them ("The figure, given
  by the service, is up from 250"), and before a later sentence about other figures is read as
  naming it again.
- A count of a person's kin or animals that the person "has" ("X said the Lewises had two adult
  sons", "He said he had two other dogs") is a detail the writer tells, as "her five nephews" is,
  whoever is quoted saying it.
"""

from __future__ import annotations

import pytest

from tests._figure_roles import figure_roles

pytestmark = pytest.mark.model


def _asserted(text: str, value: float) -> list[str]:
    found = [asserted for v, asserted, _, _ in figure_roles(text) if v == value]
    assert found, figure_roles(text)
    return found[0]


_GIVEN_BY = (
    "Ambulance crews treated 310 people, the health service said on Sunday. The figure, given by the "
    "service in the evening, is up from 250 in the morning. Of those treated, 48 were taken to hospital, "
    "including three children."
)


@pytest.mark.parametrize("value", [48, 3])
def test_a_part_opening_the_next_sentence_has_the_wholes_source(value: float) -> None:
    names = _asserted(_GIVEN_BY, value)
    assert any("service" in n for n in names), names


def test_a_part_opening_the_next_sentence_before_other_figures() -> None:
    names = _asserted(
        "The senate commission counted 87 people injured during the three days of unrest, including 12 "
        "minors. Of the civilians injured, 31 had gunshot wounds.\n\n"
        "The figures compiled by the Lawyers Collective, which sent its own report to the senators, are "
        "higher: it documented six deaths.",
        31,
    )
    assert any("commission" in n for n in names), names


def test_a_part_opening_the_next_sentence_after_a_whole_with_no_source() -> None:
    # guard: the whole is the writer's, so is its part
    names = _asserted(
        "Police arrested 52 people after the march on Sunday. Of those arrested, 14 were later charged.", 14
    )
    assert names == [], names


def test_a_part_naming_its_own_whole_is_not_the_sentence_befores() -> None:
    # guard: "Of the 25 men tried" names its whole in its own sentence
    names = _asserted(
        "The figure, given by the ministry on Monday, is up from 300. Of the 25 men tried, 11 were present "
        "in court.",
        11,
    )
    assert not any("ministry" in n for n in names), names


def test_a_part_with_its_own_source_keeps_it() -> None:
    # guard: the part's own speaker
    names = _asserted(
        "The figure, given by the ministry on Monday, is up from 300. Of those injured, 40 were police "
        "officers, the police union said.",
        40,
    )
    assert any("police union" in n for n in names), names


# --- "X said he had two other dogs": a count of what a person has, told by whoever speaks ---------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "Police were questioning neighbours on Sunday. John Kamau, who lives next door, said the "
            "Otienos had three grown daughters and a son living abroad.",
            3,
        ),
        ("Mr Barasa said a few years ago he had four other cats, which were poisoned.", 4),
    ],
)
def test_a_persons_kin_or_pets_had_is_the_writers(text: str, value: float) -> None:
    assert _asserted(text, value) == []


@pytest.mark.parametrize(
    ("text", "value", "source"),
    [
        # guards: a count of things a person has that are no kin or pets, and of what a place has
        ("According to the police report, Smith had two suspensions on his licence.", 2, "report"),
        ("The ministry said the camp had 3,000 residents.", 3000, "ministry"),
        ("The wildlife service said Kenya had 30,000 elephants in 2020.", 30000, "wildlife service"),
    ],
)
def test_other_counts_had_keep_their_speaker(text: str, value: float, source: str) -> None:
    names = _asserted(text, value)
    assert any(source in n for n in names), names


# --- "The organisers, the Federación Nacional Campesina, said": the body's name the tagger missed --


@pytest.mark.parametrize(
    ("text", "value", "word"),
    [
        (
            "The interior ministry estimated the crowd at about 8,000 people. The organisers, the "
            "Federación Nacional Campesina, said more than 30,000 people took part.",
            30000,
            "Campesina",
        ),
        (
            'Organisers of the "Souq al-Jumaa Youth" movement put the crowd on the first Friday at more '
            "than 20,000.",
            20000,
            "Jumaa",
        ),
    ],
)
def test_the_organisers_body_named_but_not_tagged(text: str, value: float, word: str) -> None:
    names = _asserted(text, value)
    assert any(word in n for n in names), names


@pytest.mark.parametrize(
    ("text", "value", "source"),
    [
        # guards: a body the tagger found, and people of a town, which speaks for no one
        (
            "The organisers, the National Farmers Federation, said more than 30,000 people took part.",
            30000,
            "National Farmers Federation",
        ),
        ("Organisers of the march in Kisumu said 5,000 people took part.", 5000, "Organisers"),
    ],
)
def test_organisers_otherwise_as_before(text: str, value: float, source: str) -> None:
    names = _asserted(text, value)
    assert any(source in n for n in names), names
