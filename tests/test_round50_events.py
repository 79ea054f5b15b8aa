"""Events, fiftieth round: harm a person does to themselves is no act on another.

"A retired firefighter shot himself outside the courthouse" named an ASSAULT (an
ACLED "Attack" row with the man as attacker): a harm verb whose object is the
subject's own reflexive pronoun is self-harm, which neither PLOVER nor ACLED
codes. A bomber who "blew himself up" still carries out an attack, and the
gunman's shooting before he "killed himself" is still one. Every sentence is
written for these tests.
"""

from __future__ import annotations

import pytest

import tally

pytestmark = pytest.mark.model


def _assaults(text: str) -> list[str]:
    return [text[e.trigger[0] : e.trigger[1]] for e in tally.analyze(text).events if e.type == "ASSAULT"]


@pytest.mark.parametrize(
    "text",
    [
        "A retired firefighter shot himself outside the county courthouse on Friday.",
        "The detainee hanged himself in his cell, the prison service said.",
        "Two of the hostages' guards later killed themselves.",
    ],
)
def test_harm_to_oneself_is_no_assault(text: str) -> None:
    assert _assaults(text) == []


def test_the_attack_before_a_gunman_killed_himself_stays() -> None:
    assert _assaults("The gunman shot two guards at the gate before he killed himself.") == ["shot"]


def test_a_bomber_who_blew_himself_up_still_attacks() -> None:
    events = tally.analyze("A man blew himself up at the checkpoint, killing four soldiers.").events
    assert events and any(e.acled and e.acled.event_type == "Explosions/Remote violence" for e in events)


def test_harm_to_oneself_and_others_stays() -> None:
    events = tally.analyze("The attacker drove into the queue, killing himself and six pilgrims.").events
    assert any(e.type == "ASSAULT" for e in events)


# --- a fight against a crime or an ill is a policy, not an armed fight -------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The two ministers pledged to step up their battle against corruption in the ports.",
        "The cabinet vowed to fight terrorism and extremism wherever they appear.",
        "The new governor promised a tougher war on smuggling along the coast.",
    ],
)
def test_a_fight_against_an_ill_is_no_fight_nor_threat(text: str) -> None:
    types = {e.type for e in tally.analyze(text).events}
    assert not types & {"FIGHT", "THREATEN"}, types


def test_a_battle_against_an_armed_side_stays_a_fight() -> None:
    # a guard: rebels are a party, not an ill
    text = "The army stepped up its battle against the rebels in the hills."
    assert any(e.type == "FIGHT" for e in tally.analyze(text).events)
