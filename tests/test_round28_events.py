"""Events, round 28 (issue 14 §1): a crowd that is only present is no protest.

Round 27's retrained fallback (the mean of five averaged perceptrons) read a crowd waiting outside a
hospital as a peaceful protest. The class: people who gather, wait, queue, stand by, mourn or look on
and do nothing more make no demonstration (ACLED's peaceful protest is people gathered in public to
make a demand; PLOVER's PROTEST is a demonstration, a strike, a boycott, an obstruction), whatever the
learned fallback reads into a crowd. A clause with an act of protest keeps it: demonstrators, what they
are against, a stated demand or purpose, placards or banners carried, "in protest / in solidarity".

Every sentence is our own, written for this test from the codebooks' definitions.
"""

from __future__ import annotations

import pytest

import tally
from tests._events import first_event, first_sub_event

#: A crowd present and doing nothing more: no protest, whether a word list or the fallback proposes it.
PRESENT_ONLY = [
    "Hundreds of families waited outside the clinic in Bunia for word of the wounded.",
    "Crowds waited outside the stadium in Lagos for the gates to open.",
    "Thousands of mourners gathered at the cemetery in Kisangani for the burial of the slain journalist.",
    "Crowds lined the streets of the capital to watch the funeral procession pass.",
    "Hundreds of villagers crowded around the water tanker after it reached the camp.",
    "Thousands mourned the victims of the ferry disaster in the port city on Sunday.",
    "Thousands attended the funeral of the former president in the capital.",
    "Supporters of the opposition leader gathered outside his home on Sunday.",
]

#: Crowds with an act of protest in their clause: these stay protests.
PROTESTS = [
    # rules: a gathering with a stated demand, a vigil held to protest, a march with slogans
    "Hundreds gathered outside parliament demanding his release.",
    "Students held a candlelight vigil outside the embassy to protest the killing of a classmate.",
    "Relatives held a vigil outside the police station calling for justice for the slain teenager.",
    "Mourners marched from the cemetery to the governor's office chanting slogans against the police.",
    # the fallback, kept by the act of protest in the clause
    "Hundreds of nurses thronged the square in protest at the new rota.",
    "Thousands of farmers converged on the capital with banners.",
    "Hundreds of workers waited outside the ministry to demand their unpaid wages.",
]


def _protests(text: str) -> list[str]:
    return [text[e.trigger[0] : e.trigger[1]] for e in tally.analyze(text).events if e.type == "PROTEST"]


@pytest.mark.parametrize("text", PRESENT_ONLY)
def test_present_crowd_is_no_protest(text: str) -> None:
    assert _protests(text) == [], text
    assert first_sub_event(text) != "Peaceful protest", text


@pytest.mark.parametrize("text", PROTESTS)
def test_crowd_with_an_act_of_protest_stays(text: str) -> None:
    event = first_event(text)
    assert event is not None and event.type == "PROTEST", (text, event)
    assert first_sub_event(text) == "Peaceful protest", text


def test_present_crowd_keeps_its_other_events() -> None:
    # the gate drops only the fallback's PROTEST: an attack in the same report is still read
    text = "Hundreds of people waited outside the hospital after gunmen shot dead three traders."
    assert _protests(text) == []
    assert any(e.type == "ASSAULT" for e in tally.analyze(text).events)
