"""Round 36 (issue 14 §1): events read on fresh real news text (docs/history/events.md, "thirty-sixth round — events").

An event noun in a purpose phrase ("for talks", "on a visit", "to talks") is the event only when
the verb governing the phrase brings someone to it: a verb of motion, of gathering or of sending
and inviting (``lang/en/events/travel_verbs.txt``). "dug deeper for more talk", "saved for a
visit", "on loan from Leeds" name what someone wants or is, not an event. Every sentence here is
new (none from a gold set, RAMS, the news halves or the CAMEO manual).
"""

from __future__ import annotations

import pytest

import tally
from tally.evaluate.events import first_event


def _first(text: str):
    return first_event(list(tally.analyze(text).events))


def test_purpose_phrase_of_a_verb_that_moves_no_one_is_no_event() -> None:
    assert _first("The couple saved for years for a visit to Rome.") is None


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("The tabloids dug deeper for more talk of a rift between the ministers.", "talk"),
        ("The crowd cheered for a visit from the queen.", "visit"),
    ],
)
def test_purpose_noun_of_a_verb_that_moves_no_one_is_no_trigger(text: str, noun: str) -> None:
    # the noun no longer makes an event; the learned fallback may still read the sentence's verb
    at = text.index(noun)
    for event in tally.analyze(text).events:
        assert not event.trigger[0] <= at < event.trigger[1]


@pytest.mark.parametrize(
    ("text", "trigger_start", "type_"),
    [
        ("The foreign minister flew to Nairobi on Monday for talks with the president.", "flew", "CONSULT"),
        (
            "Delegates from both parties assembled in Addis Ababa for a summit on the crisis.",
            "assembled",
            "CONSULT",
        ),
        ("The president invited opposition leaders to talks on the constitution.", "invited", "CONSULT"),
        ("Rebel envoys returned to Nairobi on Friday for a new round of talks.", "returned", "CONSULT"),
    ],
)
def test_guard_travel_to_an_event_stays_the_event(text: str, trigger_start: str, type_: str) -> None:
    event = _first(text)
    assert event is not None
    assert event.type == type_
    start, end = event.trigger
    assert text[start:end].startswith(trigger_start)
    assert text.index(trigger_start) == start


@pytest.mark.parametrize(
    "text",
    [
        "I am talking about the rising cost of bread in the capital.",
        "Speaking about border security, the governor said nothing new.",
        "The senator talked about her childhood on a farm.",
    ],
)
def test_talking_about_a_topic_with_no_one_is_no_meeting(text: str) -> None:
    event = _first(text)
    assert event is None or event.type != "CONSULT"


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("The two presidents talked about trade and border security on Monday.", "talked"),
        ("The envoy talked with rebel commanders about a ceasefire.", "talked"),
        ("Ministers from Ghana and Togo spoke about the border dispute in Lome.", "spoke"),
    ],
)
def test_guard_talks_between_parties_stay_consult(text: str, verb: str) -> None:
    event = _first(text)
    assert event is not None and event.type == "CONSULT"
    assert text[event.trigger[0] : event.trigger[1]].startswith(verb)


@pytest.mark.parametrize(
    "text",
    [
        "The mayor's chauffeur was killed in the collision, local media said.",
        "Eleven hikers were injured in an avalanche near the pass on Sunday.",
        "Two farmers were killed during the storm, officials said.",
    ],
)
def test_people_harmed_in_an_accident_is_no_event(text: str) -> None:
    assert _first(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "Two farmers were killed in an attack on their village, officials said.",
        "Eleven protesters were injured by police in the capital on Sunday.",
        "Three soldiers were killed in a blast near the base.",
    ],
)
def test_guard_people_harmed_in_an_attack_stay_an_event(text: str) -> None:
    event = _first(text)
    assert event is not None and event.type in {"ASSAULT", "FIGHT"}


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        (
            "Asked by reporters whether the army would withdraw, the minister said no decision had been made.",
            "Asked",
        ),
        ("The judge asked the witness if she had seen the gunmen.", "asked"),
        ('"Who gave the order?" the senator asked.', "asked"),
        ("When asked by a voter how he would deal with rising rents, the mayor repeated his claim.", "asked"),
    ],
)
def test_asking_a_question_is_no_demand(text: str, verb: str) -> None:
    at = text.index(verb)
    for event in tally.analyze(text).events:
        assert not (event.trigger[0] == at and event.type == "DEMAND")


@pytest.mark.parametrize(
    "text",
    [
        "The governor asked residents to stay indoors.",
        "The opposition asked for an independent inquiry into the shootings.",
        "The mayor asked residents, who live near the river, to leave their homes.",
    ],
)
def test_guard_asking_for_an_act_stays_a_demand(text: str) -> None:
    event = _first(text)
    assert event is not None and event.type == "DEMAND"
    assert text[event.trigger[0] : event.trigger[1]].startswith("asked")


def test_guard_asking_if_they_can_help_stays_a_request() -> None:
    text = "The refugees asked neighbouring governments if they could take them in."
    event = _first(text)
    assert event is not None and event.type == "DEMAND"
