"""PLOVER typing and modes that should hold on unseen text (issue 14.1, fifth round).

Each rule here names a class from the PLOVER codebook (its mode tables and type
definitions) or a construction of English, not a word of one dev sentence.
Every sentence is our own; none comes from a gold set or the CAMEO manual.
"""

from __future__ import annotations

import pytest

import tally


def _first(text: str):
    events = sorted(tally.analyze(text).events, key=lambda e: e.trigger[0])
    return events[0] if events else None


#: THREATEN's mode names the act threatened (codebook table: restrict = boycotts,
#: strikes, blockades, curfews; relations = suspending relations or talks; violence),
#: read off what the threatened act acts on even when its verb is no event.
THREAT_MODES = [
    ("The rebels threatened to resume terrorist activities in the capital.", "violence"),
    ("The minister threatened a military strike against the camps.", "violence"),
    ("The navy said it would tighten the naval blockade of the island.", "restrict"),
    ("The exiles threatened to launch a guerrilla war against the junta.", "violence"),
    ("The rebels threatened to walk away from the negotiations.", "relations"),
    ("Truckers threatened a nationwide strike over fuel prices.", "restrict"),
]


@pytest.mark.parametrize(("text", "mode"), THREAT_MODES)
def test_threat_mode_from_the_threatened_act(text: str, mode: str) -> None:
    event = _first(text)
    assert event is not None and (event.type, event.mode) == ("THREATEN", mode)


def test_a_threatened_strike_is_no_strike_that_happened() -> None:
    events = tally.analyze("Truckers threatened a nationwide strike over fuel prices.").events
    assert [e.type for e in events] == ["THREATEN"]
