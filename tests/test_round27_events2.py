"""Events, round 27 (issue 14 §1): a threat whose threatened act is a noun.

A penalty faced in the present tense and announced ("anyone who … faces arrest, the governor warned")
threatens as "will face" does; the penalty faced names the THREATEN mode ("prosecution" is arrest,
never the default restrict); a party warned *of* something ("warned the villagers of reprisals") is
threatened with it, and a response made harsh ("a harsh response") is one by force. Every sentence
here was written for this test, not taken from any gold set.
"""

from __future__ import annotations

import pytest

import tally
from tests._events import first_event, typed_event

#: A penalty noun faced now, under a warning: (sentence, mode).
FACED_NOW = [
    ("Anyone who blocks the highway faces arrest, the governor warned.", "arrest"),
    ("Anyone who spreads the rumour faces prosecution, the interior ministry warned.", "arrest"),
]


@pytest.mark.parametrize(("text", "mode"), FACED_NOW)
def test_penalty_faced_under_a_warning_is_a_threat(text: str, mode: str) -> None:
    events = tally.analyze(text).events
    assert [e.type for e in events] == ["THREATEN"], text  # no arrest that happened, no road blocked
    assert events[0].mode == mode


def test_faced_prosecution_names_arrest_not_restrict() -> None:
    typed_event(
        "Protesters will face prosecution, the minister said.", "THREATEN", "arrest", "minister", None
    )


#: A party warned of a noun act: (sentence, actor).
WARNED_OF = [
    ("The militia warned the villagers of reprisals if they helped the army.", "militia"),
    ("The junta warned the protesters of a severe response if they returned to the square.", "junta"),
    ("The army warned of a harsh response to any attack on its bases.", "army"),
]


@pytest.mark.parametrize(("text", "actor"), WARNED_OF)
def test_warned_of_a_forceful_noun_is_violence(text: str, actor: str) -> None:
    typed_event(text, "THREATEN", "violence", actor, None)


def test_guard_severe_sanctions_stay_restrict() -> None:
    """Guard: harshness is read on a response noun only; severe sanctions restrict."""
    typed_event(
        "Washington threatened severe sanctions against the regime on Monday.",
        "THREATEN",
        "restrict",
        "Washington",
        None,
    )


def test_guard_threat_of_a_verb_keeps_working() -> None:
    typed_event(
        "The police chief threatened to arrest anyone who joined the march.",
        "THREATEN",
        "arrest",
        "police chief",
        None,
    )


def test_guard_charges_faced_without_a_warning_are_no_threat() -> None:
    """Guard: "face arrest" reported by a lawyer, no warning and no "anyone": not read as a threat."""
    event = first_event("Five activists face arrest after the rally, their lawyer said.")
    assert event is None or event.type != "THREATEN"


def test_guard_arrest_by_police_stays_coerce() -> None:
    typed_event(
        "Police arrested four students outside the campus on Friday.",
        "COERCE",
        "arrest",
        "Police",
        "students",
    )
