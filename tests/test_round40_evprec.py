"""Events that name no act, from the labelled VOA train events (round 40, issue 14).

Classes read from ``eval/events_voa/train.jsonl``'s ``sense`` and ``generic`` errors (never the test
split), each recurring in three stories or more: a threat noun that is posed, perceived or mitigated
(a danger, no one threatening); "share" of a story, a video, a border or a view (no cooperation;
sharing intelligence or data still is); "seek to" + verb (an aim, no demand); "have to" of circumstance (no demand on anyone); and a
report, an index or an assessment "released" (made public, no one freed). Sentences are
our own, not from any gold set or from the VOA stories.
"""

from __future__ import annotations

import pytest

import tally


def _events(text: str) -> list[tuple[str, str, str]]:
    return [(text[e.trigger[0] : e.trigger[1]], e.type, e.modality) for e in tally.analyze(text).events]


def _types_with(text: str, word: str) -> list[str]:
    return [t for trig, t, _m in _events(text) if word in trig.split() or trig == word]


DANGERS = [
    ("Flood experts said the rising river poses a grave threat to the farming villages.", "threat"),
    ("Fishermen perceive a growing threat from the new dam upstream.", "threat"),
    ("The ministry said new levees would mitigate the threat to coastal towns.", "threat"),
]


@pytest.mark.parametrize(("text", "word"), DANGERS)
def test_a_danger_posed_or_perceived_is_no_threat(text: str, word: str) -> None:
    assert word in text
    assert not [trig for trig, _t, _m in _events(text) if word in trig]


THREATS = [
    ("The militia issued a threat against the village elders on Monday.", "threat", "THREATEN"),
    ("The junta threatened the strikers with mass arrests.", "threatened", "THREATEN"),
]


@pytest.mark.parametrize(("text", "word", "ptype"), THREATS)
def test_a_threat_made_stays(text: str, word: str, ptype: str) -> None:
    assert ptype in [t for trig, t, _m in _events(text) if word in trig]


SHARED = [
    ("Residents shared videos of the flooded streets on their phones.", "shared"),
    ("The two villages, which share a long river border, held a joint market on Sunday.", "share"),
    ("Both parties have a shared interest in cheaper bread, the mayor said.", "shared"),
    ("The novelist shared her memories of the old harbour with the students.", "shared"),
]


@pytest.mark.parametrize(("text", "word"), SHARED)
def test_sharing_a_story_or_a_border_is_no_cooperation(text: str, word: str) -> None:
    assert word in text
    assert "COOPERATE" not in _types_with(text, word)


def test_sharing_intelligence_stays_cooperation() -> None:
    text = "The two police forces shared intelligence on the smuggling ring last month."
    assert "COOPERATE" in _types_with(text, "shared")


SOUGHT = [
    ("The port authority is seeking to finish the new terminal by spring.", "seeking"),
    ("The cooperative seeks to give growers a fairer price.", "seeks"),
    ("Ministers have sought to reassure anxious investors since the vote.", "sought"),
]


@pytest.mark.parametrize(("text", "word"), SOUGHT)
def test_seeking_to_do_is_no_demand(text: str, word: str) -> None:
    assert word in text
    assert "DEMAND" not in _types_with(text, word)


def test_seeking_a_thing_stays_a_demand() -> None:
    text = "The union is seeking a pay rise of ten percent for nurses."
    assert "DEMAND" in _types_with(text, "seeking")


HAVE_TO = [
    ("Pupils have to walk five kilometres to school, the teacher said.", "walk"),
    ("\u201cThe buses have to wait at the border for hours,\u201d the driver said.", "wait"),
    ("She said farmers had to sell their cattle after the drought.", "sell"),
]


@pytest.mark.parametrize(("text", "word"), HAVE_TO)
def test_have_to_of_circumstance_is_no_demand(text: str, word: str) -> None:
    assert word in text
    assert "DEMAND" not in [t for trig, t, _m in _events(text) if word in trig]


def test_must_of_a_party_stays_a_demand() -> None:
    text = "The government must release the detained students, the rights group said."
    assert "DEMAND" in [t for _trig, t, _m in _events(text)]


PUBLISHED = [
    "According to a new U.N. report to be released next week, the drought has spread.",
    "A preliminary assessment from the health ministry released Monday showed that cases doubled.",
    "The Press Freedom Index 2024, released by the watchdog in May, ranks the country last.",
]


@pytest.mark.parametrize("text", PUBLISHED)
def test_a_text_released_frees_no_one(text: str) -> None:
    assert "RETREAT" not in [t for trig, t, _m in _events(text) if trig == "released"]


FREED = [
    "The hostages, released on Monday by the rebels, were flown to the capital.",
    "Dozens of prisoners from the central jail released on Monday said they had been beaten.",
]


@pytest.mark.parametrize("text", FREED)
def test_people_released_stay_a_release(text: str) -> None:
    assert "RETREAT" in [t for trig, t, _m in _events(text) if trig == "released"]
