"""Events, round 49: an act only feared, or feared to come back, is no act that happened.

"Officials are afraid of *protests*", "the regime is wary of a *resurgence* of protests", "the
government fears a new *wave* of strikes": the protest is what someone fears, a possibility, so it
has the ``hypothetical`` modality and no ACLED type (ACLED codes events that happened). Two
constructions:

- adjectives of fear with their object ("afraid of", "scared of", "wary of", "fearful of",
  "frightened of", "terrified of"), as the verb and noun "fear" already were;
- a noun of onset or return between the act and what governs it ("a resurgence of", "a return
  of", "a new wave of", "an outbreak of", "a repeat of", "a renewal of", "an escalation of"): the
  act takes the modality its onset has ("fear a return of the riots").

Every sentence below was written for this round (no gold set, no CAMEO example).
"""

from __future__ import annotations

import pytest

import tally


def _protest(text: str):  # type: ignore[no-untyped-def]
    """The first PROTEST event of *text* (the act feared or reported), or None."""
    events = sorted(
        (e for e in tally.analyze(text).events if e.type == "PROTEST"), key=lambda e: e.trigger[0]
    )
    return events[0] if events else None


FEARED = [
    "The governor is afraid of protests in the capital before the vote.",
    "Party leaders are wary of strikes at the ports this winter.",
    "The cabinet is scared of a resurgence of protests over fuel prices.",
    "Officials fear a return of rioting in the northern towns.",
    "Police chiefs warned of the risk of a new wave of demonstrations after the verdict.",
]


@pytest.mark.parametrize("text", FEARED)
def test_round49_a_feared_act_is_hypothetical(text: str) -> None:
    event = _protest(text)
    assert event is not None, text
    assert event.modality == "hypothetical", (text, event.type, event.modality)
    assert event.acled is None, (text, event.acled)


HAPPENED = [
    "A resurgence of protests swept the capital on Friday.",
    "A new wave of strikes hit the ports on Monday.",
    "The riots in the northern towns left four people dead.",
    "Residents were afraid after hundreds of students marched through the town.",
]


@pytest.mark.parametrize("text", HAPPENED)
def test_round49_guard_an_onset_that_happened_stays_asserted(text: str) -> None:
    event = _protest(text)
    assert event is not None, text
    assert event.modality in {"asserted", "reported"}, (text, event.type, event.modality)
