"""Round 31 (issue 14 §1): a protest its organisers call off is their concession, with or without
"its"/"their" before the protest noun. Sentences written for this test, not from any gold set."""

from __future__ import annotations

import pytest

import tally
from tests._events import typed_event


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "The dockworkers' union called off a planned walkout after the port authority raised wages.",
            "union",
        ),
        (
            "Student leaders called off a march set for Thursday after the rector agreed to meet them.",
            "Student leaders",
        ),
        ("The farmers cancelled the tractor rally after talks with the agriculture minister.", "farmers"),
    ],
)
def test_organisers_calling_off_a_protest_concede(text: str, actor: str) -> None:
    """A planned protest called off by those who planned it: the event that happened is their
    concession (PLOVER CONCEDE), and no protest is reported as held."""
    event = typed_event(text, "CONCEDE", None, actor, None)
    assert text[event.trigger[0] : event.trigger[1]].split()[0] in {"called", "cancelled"}
    assert not any(e.type == "PROTEST" and e.modality == "asserted" for e in tally.analyze(text).events)


def test_own_protest_called_off_still_concedes() -> None:
    """Guard: the possessive form conceded before this round and still does."""
    typed_event(
        "The nurses called off their strike after the hospital board met their demands.",
        "CONCEDE",
        None,
        "nurses",
        None,
    )


def test_state_calling_off_a_protest_is_no_concession() -> None:
    """Guard: the authorities calling off a protest do not concede anything (state actors stay out)."""
    text = "The army called off the opposition rally in the capital."
    assert all(e.type != "CONCEDE" for e in tally.analyze(text).events)


@pytest.mark.parametrize(
    "text",
    [
        # a venue, a ruling body, the weather: no one who could have organised the protest
        "The seaside hotel cancelled the harbour rally after a booking dispute.",
        "Heavy snow called off the march through the old quarter.",
        # the protest noun names the party whose protest it was: a possessive, a group compound, "by"
        "A magistrate called off the bakers' strike on Wednesday.",
        "The polytechnic cancelled a planned student sit-in near the library.",
        "The tribunal called off a walkout planned by the ferry crews.",
    ],
)
def test_protest_called_off_by_someone_else_is_no_concession(text: str) -> None:
    """Review fix: only its organisers concede by calling a protest off; a venue, a court or rain
    that "cancelled" it, or anyone cancelling a protest the sentence gives to another party
    ("the bakers' strike", "a student sit-in", "planned by the ferry crews"), concedes nothing."""
    assert all(e.type != "CONCEDE" for e in tally.analyze(text).events)


def test_named_person_calling_off_a_hunger_strike_concedes() -> None:
    """Guard: a named person is someone who could have organised it; "hunger" names no party."""
    typed_event(
        "Lucia Marquez called off the hunger strike on its ninth day.", "CONCEDE", None, "Lucia Marquez", None
    )
