"""PLOVER typing from the trigger's syntax (issue 14 part 1, round 24).

Every sentence was written for this round (none from a gold set, the CAMEO manual or
``eval/plover_own``). ``CASES`` failed before the round; ``GUARDS`` pin what the two
constructions must not take in.

- An admission whose clause reports a harmful act ("admitted that its soldiers had killed …")
  is CONCEDE, the mirror of a denial (REJECT); the admitted act stays an event.
- Throwing out a request, a case or a legal claim ("threw out the union's appeal") is REJECT.
- An act or event noun deep inside a threat's generic condition ("anyone caught with a knife *at
  the march* would be detained") is part of the condition, not an event before the threat.
"""

from __future__ import annotations

import pytest

import tally
from tests._events import first_event, typed_event

#: (sentence, PLOVER type, actor) of the first event.
CASES = [
    ("The ministry admitted that its officers had beaten the detained students.", "CONCEDE", "ministry"),
    (
        "Kenya's police chief acknowledged that officers had shot two protesters in Kisumu.",
        "CONCEDE",
        "police chief",
    ),
    ("The junta confessed that troops had burned the village.", "CONCEDE", "junta"),
    ("The high court threw out the union's challenge to the new labour law.", "REJECT", "high court"),
    ("A tribunal in Lagos threw out the activists' petition against the ban.", "REJECT", "tribunal"),
    ("The electoral commission threw out the candidate's request for a recount.", "REJECT", "commission"),
    ("Police said anyone caught with a knife at the march would be detained.", "THREATEN", "Police"),
    (
        "The minister said that anyone found carrying banners at the demonstration would be prosecuted.",
        "THREATEN",
        "minister",
    ),
]


@pytest.mark.parametrize(("text", "ptype", "actor"), CASES)
def test_case(text: str, ptype: str, actor: str) -> None:
    typed_event(text, ptype, None, actor, None)


def test_admitted_act_stays_an_event() -> None:
    """The admission does not swallow the act admitted: the beating is still reported."""
    events = tally.analyze("The ministry admitted that its officers had beaten the detained students.").events
    assert {"CONCEDE", "ASSAULT"} <= {e.type for e in events}


def test_admitting_a_fact_is_no_concession() -> None:
    """A clause with no conflictive act ("the economy was in trouble") makes no CONCEDE."""
    event = first_event("The minister admitted that the economy was in trouble.")
    assert event is None or event.type != "CONCEDE"


def test_denial_stays_a_rejection() -> None:
    """The mirror construction is untouched: a denial is REJECT, its act negated."""
    events = sorted(
        tally.analyze("The army denied that its soldiers had shot the farmers.").events,
        key=lambda e: e.trigger[0],
    )
    assert events[0].type == "REJECT"
    assert any(e.type == "ASSAULT" and e.modality == "negated" for e in events)


def test_admission_refused_is_a_rejection() -> None:
    """A negated admission is no concession."""
    event = first_event("The agency did not admit that its agents had tortured the prisoners.")
    assert event is not None and event.type != "CONCEDE"


def test_people_thrown_out_are_not_refused() -> None:
    """Only a request or a claim is rejected by throwing it out; students thrown out are not."""
    event = first_event("Riot police threw out the students from the occupied faculty.")
    assert event is None or event.type != "REJECT"


def test_condition_of_a_past_act_stays_an_event() -> None:
    """Guard: people arrested for what they did ("arrested anyone found carrying banners") is no
    threat; the arrest is the first event."""
    event = first_event("Police arrested anyone found carrying banners at the demonstration.")
    assert event is not None and event.type == "COERCE"


def test_rally_attended_by_everyone_questioned_stays() -> None:
    """Guard: a generic subject of a past act ("everyone who attended the rally was questioned")
    is no threat's condition: the rally stays an event."""
    events = tally.analyze("Everyone who attended the rally on Sunday was later questioned by police.").events
    assert any(e.type == "PROTEST" for e in events)
