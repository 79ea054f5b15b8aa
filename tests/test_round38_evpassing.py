"""Round 38 (issue 14 §1): an event named only as a reference point, read on fresh text (docs/history/events.md,
"thirty-eighth round — events").

An event noun that only recalls a past event or dates the sentence by one is no event of the
sentence: one in the "of"-phrase of a noun of the time around an event
(``lang/en/events/reference_point_nouns.txt``: "in the wake of the massacre", "the anniversary of
the march"), one dated by a year ("the 1994 genocide", "the September 11, 2001 attacks", "the
purges of 1937"). Guards: events told of their own, a day's date ("Tuesday's attack"), an event
noun after "after/since/following" (not a rule this round).

Every sentence here is new (none from a gold set, RAMS, the news halves or the CAMEO manual).
"""

from __future__ import annotations

import pytest

import tally


def _events(text: str):
    return sorted(tally.analyze(text).events, key=lambda e: e.trigger[0])


def _trigger_at(text: str, word: str):
    at = text.index(word)
    return [e for e in _events(text) if e.trigger[0] <= at < e.trigger[1]]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Security at the stadium has been tight since the 2019 bombing.", "bombing"),
        ("The ministry still cites the 2008 invasion in its reports.", "invasion"),
        ("Grain exports never recovered from the blockade of 1973.", "blockade"),
        ("In the wake of the massacre, the council closed the market.", "massacre"),
        ("Families gathered on the anniversary of the bombing to read the names.", "bombing"),
        ("The museum tells the story of the 1994 genocide in twelve rooms.", "genocide"),
        ("The law was passed in the wake of the September 11, 2001 attacks.", "attacks"),
        ("The purges of 1937 are still taught in schools.", "purges"),
    ],
)
def test_an_event_named_as_a_reference_point_is_none(text: str, word: str) -> None:
    assert text[text.index(word) : text.index(word) + len(word)] == word
    assert _trigger_at(text, word) == []


@pytest.mark.parametrize(
    ("text", "word", "type_"),
    [
        ("Police arrested a teenager after a shooting near the bus station.", "shooting", "ASSAULT"),
        ("Rescuers searched the ruins following an air strike on the market.", "air strike", "FIGHT"),
        ("Gunmen attacked the convoy before dawn, killing four guards.", "attacked", "ASSAULT"),
        ("Soldiers killed five villagers after the elders refused to leave.", "killed", "ASSAULT"),
        ("Rebels launched an attack on the garrison on Monday.", "attack", "FIGHT"),
        ("Police said Tuesday's bombing killed nine people.", "bombing", "ASSAULT"),
        ("The mayor resigned two weeks after his arrest.", "arrest", "COERCE"),
    ],
)
def test_guard_events_told_of_their_own_stay(text: str, word: str, type_: str) -> None:
    found = _trigger_at(text, word)
    assert found, _events(text)
    assert found[0].type == type_
    start, end = found[0].trigger
    assert word.split()[-1] in text[start:end]


def test_last_years_event_is_what_a_retrospective_reports() -> None:
    """Merge of round 38: with the year of writing known, only a year at least two before it makes
    an event noun history. A monitor's anniversary piece reports on last year's crackdown."""
    text = "Rights groups say 212 people were killed during the March 2023 protests in the capital."
    at = text.index("protests")
    kept = [
        e for e in tally.analyze(text, published="2024-03-02").events if e.trigger[0] <= at < e.trigger[1]
    ]
    assert [e.type for e in kept] == ["PROTEST"]
    assert text[kept[0].trigger[0] : kept[0].trigger[1]] == "protests"
    gone = [
        e for e in tally.analyze(text, published="2031-03-02").events if e.trigger[0] <= at < e.trigger[1]
    ]
    assert gone == []
