"""Round 37 (issue 14 §1): events that should not exist, read on fresh text (docs/history/events.md, "thirty-seventh
round — events").

Two constructions where a verb of the lists names no act of a party:

- a text made public: "release" whose patient (object, passive subject, the noun a participle or a
  relative clause describes) is a document, a record or a piece of media
  (``lang/en/events/publication_nouns.txt``) releases no one (PLOVER's RETREAT frees people);
- harm done by no party: a verb of harm whose subject is an accident, a natural disaster or a disease
  (``accident_nouns.txt``, ``disease_nouns.txt``), or a participle clause ("…, killing 14") hanging on
  an accident verb or on such a subject, is what befell people, not an attack.

Every sentence here is new (none from a gold set, RAMS, the news halves or the CAMEO manual).
"""

from __future__ import annotations

import pytest

import tally
from tally.evaluate.events import first_event


def _events(text: str):
    return sorted(tally.analyze(text).events, key=lambda e: e.trigger[0])


def _no_trigger_at(text: str, word: str) -> None:
    at = text.index(word)
    for event in _events(text):
        assert not event.trigger[0] <= at < event.trigger[1], (
            text[event.trigger[0] : event.trigger[1]],
            event.type,
        )


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The ministry released its annual budget figures on Tuesday.", "released"),
        ("The agency released a video of the flooded streets.", "released"),
        ("The report, released by the commission on Monday, lists forty names.", "released"),
        ("Documents that were released by the court show the payments.", "released"),
        ("The senator has not released her tax returns.", "released"),
    ],
)
def test_a_text_released_is_no_retreat(text: str, word: str) -> None:
    _no_trigger_at(text, word)


@pytest.mark.parametrize(
    ("text", "word", "type_"),
    [
        ("Authorities released the detained journalists on Friday.", "released", "RETREAT"),
        ("The rebels released twelve hostages after talks.", "released", "RETREAT"),
        ("Three prisoners were released by the junta on Monday.", "released", "RETREAT"),
    ],
)
def test_guard_people_released_stay_retreat(text: str, word: str, type_: str) -> None:
    event = first_event(_events(text))
    assert event is not None
    assert event.type == type_
    start, end = event.trigger
    assert (start, text[start:end]) == (text.index(word), word)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Cholera has killed more than 300 people in the province this year.", "killed"),
        ("The outbreak killed nine children in the district.", "killed"),
        ("A bus crashed on the mountain road, killing 14 passengers.", "killing"),
        ("The earthquake destroyed hundreds of homes.", "destroyed"),
        ("The storm hit the coast on Sunday, killing three fishermen.", "killing"),
    ],
)
def test_harm_done_by_no_party_is_no_event(text: str, word: str) -> None:
    _no_trigger_at(text, word)


@pytest.mark.parametrize(
    ("text", "word", "type_"),
    [
        ("A car bomb killed nine people in the market.", "killed", "ASSAULT"),
        ("Gunmen killed nine villagers in the district.", "killed", "ASSAULT"),
        ("The militants rammed a truck into the gate, killing four guards.", "rammed", "ASSAULT"),
        ("Soldiers fired into the crowd, killing two students.", "fired", None),
    ],
)
def test_guard_harm_done_by_a_party_stays(text: str, word: str, type_: str | None) -> None:
    event = first_event(_events(text))
    assert event is not None
    if type_ is not None:
        assert event.type == type_
    start, end = event.trigger
    assert (start, text[start:end]) == (text.index(word), word)
    assert any(text[e.trigger[0] : e.trigger[1]] == "killing" for e in _events(text)) or "killing" not in text


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The firm provides cleaning services in the capital.", "provides"),
        ("The documentary provided a glimpse into life on the island.", "provided"),
        ("Live music was provided throughout the evening.", "provided"),
        ("The navy began delivering airstrikes against the rebel positions.", "delivering"),
    ],
)
def test_giving_with_no_recipient_and_no_aid_is_no_aid(text: str, word: str) -> None:
    _no_trigger_at(text, word)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The Red Cross provided food to displaced families.", "provided"),
        ("Japan delivered medical supplies to hospitals in the north.", "delivered"),
        ("The agency provided the villagers with blankets.", "provided"),
        ("The government provided emergency aid on Monday.", "provided"),
        ("The charity supplied tents for the flood victims.", "supplied"),
    ],
)
def test_guard_giving_aid_or_to_a_recipient_stays_aid(text: str, word: str) -> None:
    event = first_event(_events(text))
    assert event is not None
    assert event.type == "AID"
    start, end = event.trigger
    assert (start, text[start:end]) == (text.index(word), word)


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen stormed a farming village on Tuesday, killing six herders.",
        "Armed men stormed the hotel, shooting guests at the bar.",
    ],
)
def test_guard_a_participle_after_storming_stays_an_attack(text: str) -> None:
    # "storm" is an accident noun and an event verb: storming a place, killing people, is an attack
    word = "killing" if "killing" in text else "shooting"
    found = [e for e in _events(text) if text[e.trigger[0] : e.trigger[1]] == word]
    assert found and found[0].type == "ASSAULT"
    assert found[0].trigger[0] == text.index(word)
