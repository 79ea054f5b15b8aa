"""ACLED sub-event types, issue 14 parts 2 and 3 (project round 23): classes of error read off
``eval/acled/dev18.jsonl`` only (``check18`` is scored, never read).

Every sentence below was written for this round: none comes from a gold set, the ACLED codebook,
``eval/acled``, ``eval/plover_own`` or any file the learned fallback is trained on.

- **An act a sentence says did not happen** ("the vigil ended *without arrests*", "were released
  *without charge*"): a noun of an event that is the object of "without" is negated, so a march
  that ended without arrests stays a **Peaceful protest**; an arrest told by its verb still
  intervenes (guard).
- **A protest's organiser, leader or spokesperson arrested**: a protest noun in the "of" phrase of
  a role noun ("the organiser *of the march*", "the leader *of a strike*") names who the person is,
  not a demonstration happening, so the arrest is **Arrests**; police detaining marchers at their
  march stays a **Protest with intervention** (guard).
- **Force on demonstrators that put them in hospital** ("beat the marchers so badly that ten were
  *admitted to hospital*", "*hospitalised*") is serious injury, the codebook's **Excessive force
  against protesters**; injuries with no word of their gravity stay an intervention (guard).
- **People carried off from their home (flat) or into a vehicle** when the object is a role noun
  of a person ("took a *critic* of the governor from his home", "bundled three *MPs* into a van",
  "a newspaper *editor*"): a detention, then an **Abduction/forced
  disappearance** when done by men not named as state forces, **Arrests** by the police; goods
  loaded into a truck stay no event (guard).
- **Taken "to an unknown / undisclosed destination"** is a forced disappearance whoever took the
  person (the codebook counts extrajudicial detention by state forces as one), as "to an unknown
  location" already was.
- **Tear gas on an armed side's lines** ("dropped munitions containing tear gas on Ukrainian
  positions", "into the trenches") is a **Chemical weapon** (the codebook's reading of riot-control
  agents in combat), and "munitions" dropped are munitions; tear gas fired at a crowd stays crowd
  control (guard).
"""

from __future__ import annotations

import pytest

from tests._events import first_event, first_sub_event


@pytest.mark.parametrize(
    "text",
    [
        "About two hundred pensioners marched to the town hall in Kutaisi on Friday, and the march ended "
        "without arrests.",
        "Teachers held a rally outside the education ministry on Monday; it passed without arrests or "
        "injuries.",
    ],
)
def test_arrests_denied_by_without_keep_a_peaceful_protest(text: str) -> None:
    assert first_sub_event(text) == "Peaceful protest", text


def test_arrest_verb_after_a_march_still_intervenes() -> None:
    """Guard: passes before and after."""
    text = (
        "About two hundred pensioners marched to the town hall in Kutaisi, and police arrested six of them."
    )
    assert first_sub_event(text) == "Protest with intervention"


def test_release_without_charge_is_no_accusation() -> None:
    text = "The two reporters were released without charge on Sunday."
    events = [e for e in __import__("tally").analyze(text).events if e.type == "ACCUSE"]
    assert all(e.modality == "negated" for e in events), [(e.type, e.modality) for e in events]


@pytest.mark.parametrize(
    "text",
    [
        "Police arrested the organiser of the fishermen's march at his house in Mombasa on Thursday.",
        "Security agents detained the leader of a bus drivers' strike in Lusaka late on Monday.",
        "Gendarmes arrested the spokesperson of the farmers' protest movement in Niamey.",
    ],
)
def test_organiser_of_a_protest_arrested_is_arrests(text: str) -> None:
    assert first_sub_event(text) == "Arrests", text


@pytest.mark.parametrize(
    "text",
    [
        "Police arrested twenty people taking part in the fishermen's march in Mombasa on Thursday.",
        "Fishermen marched through Mombasa on Thursday and police arrested their leader.",
    ],
)
def test_arrests_at_a_march_stay_an_intervention(text: str) -> None:
    """Guard: passes before and after."""
    assert first_sub_event(text) == "Protest with intervention", text


@pytest.mark.parametrize(
    "text",
    [
        "Riot police beat the marching nurses so badly in Accra that ten were admitted to hospital.",
        "Soldiers clubbed peaceful demonstrators in Goma on Friday, and four were hospitalised.",
    ],
)
def test_force_that_puts_demonstrators_in_hospital_is_excessive(text: str) -> None:
    assert first_sub_event(text) == "Excessive force against protesters", text


def test_injuries_without_their_gravity_stay_an_intervention() -> None:
    """Guard: passes before and after."""
    text = "Police dispersed the marching nurses in Accra with batons, injuring several."
    assert first_sub_event(text) == "Protest with intervention"


@pytest.mark.parametrize(
    "text,sub",
    [
        (
            "Masked men took a critic of the governor from his home in Sokoto to an unknown place.",
            "Abduction/forced disappearance",
        ),
        ("Police bundled three opposition MPs into a van outside the parliament in Kampala.", "Arrests"),
        (
            "Soldiers took a newspaper editor from his flat in Bamako to an undisclosed destination.",
            "Abduction/forced disappearance",
        ),
    ],
)
def test_person_carried_from_home_or_into_a_vehicle(text: str, sub: str) -> None:
    event = first_event(text)
    assert event is not None and (event.type, event.mode) == ("COERCE", "detain"), (
        text,
        event and event.type,
    )
    assert first_sub_event(text) == sub, text


@pytest.mark.parametrize(
    "text",
    [
        "Workers loaded the sacks of maize into a truck at the depot in Kano.",
        "Soldiers took the family's savings from his home in Kano.",
    ],
)
def test_goods_carried_are_no_detention(text: str) -> None:
    """Guard: passes before and after."""
    event = first_event(text)
    assert event is None or (event.type, event.mode) != ("COERCE", "detain"), (text, event and event.type)


@pytest.mark.parametrize(
    "text",
    [
        "Russian troops dropped munitions containing tear gas on Ukrainian positions near Vuhledar.",
        "Drones dropped tear gas grenades into the trenches of the defenders near Kupiansk.",
    ],
)
def test_tear_gas_on_an_armed_sides_lines_is_a_chemical_weapon(text: str) -> None:
    assert first_sub_event(text) == "Chemical weapon", text


def test_tear_gas_on_a_crowd_stays_crowd_control() -> None:
    """Guard: passes before and after."""
    text = "Riot police took up positions on the square and fired tear gas at the marching students."
    assert first_sub_event(text) == "Protest with intervention"
