"""Events, round 55: acts named only as what is ordered, proposed or aimed at are not done; strikes,
visits and fires of another sense.

Read from the round's fresh sample of news sentences (``eval/events_fresh55/``, its ``tune`` half):

- An act an authority orders, commands, directs, instructs or tells a party to do is the order's
  content, not an act done: "ordered the party to disband" is one order (COERCE, as an order to
  stop is), not a disbanding too.
- An act in the that-clause of a proposal, in the subjunctive ("suggested that the islands *be
  ceded*", "proposed that the army *withdraw*") is one proposed, ``hypothetical``; a that-clause
  of fact under the same verb ("suggested that troops *had withdrawn*") stays reported.
- A verb joined to an infinitive of purpose with no subject or auxiliary of its own shares its
  aim: "went to Gaza to deliver aid and *meet* residents" plans the meeting as it plans the
  delivery. "… and *met* residents" (a tense of its own) stays an act done.
- "Strike" of another sense is no walkout: a happening as subject ("before the recession struck"),
  "struck on the idea", a passive ("was struck by Cyclone Idai"); a strike named by arms
  ("counterterrorism strike", "retaliatory strikes") is FIGHT. Workers who strike still strike.
- A visit to a place of errand, care, trade, leisure or mourning ("visited a walk-in clinic", "visit
  our website") meets no party: no CONSULT. A visit to a capital or a camp stays.
- A fire fought or burning is no act of force: "dousing a fire", "battled blazes", "put out the
  fire", "bushfires continue to burn", "the tundra burning". Gunfire and burned houses stay.

Every sentence is written for these tests.
"""

from __future__ import annotations

import pytest

from tests._event_triggers import events_of, events_with_trigger

pytestmark = pytest.mark.model


# --- acts ordered -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Election authorities ordered the opposition party to disband on Thursday.", "disband"),
        ("The military council ordered the militia to dissolve within a week.", "dissolve"),
        ("The governor directed the rebels to withdraw from the airport.", "withdraw"),
        ("Police ordered the former mayor's movement to temporarily disband on Monday.", "disband"),
    ],
)
def test_an_act_ordered_is_not_done(text: str, word: str) -> None:
    assert events_with_trigger(text, word) == []
    assert any(e[0].startswith(("ordered", "directed")) for e in events_of(text))


# --- acts proposed ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("He suggested that the disputed islands be ceded to their neighbour.", "ceded"),
        ("The envoy proposed that both armies withdraw from the valley.", "withdraw"),
        ("The senator recommended that the ambassador be expelled.", "expelled"),
    ],
)
def test_an_act_proposed_is_hypothetical(text: str, word: str) -> None:
    found = events_with_trigger(text, word)
    assert found and all(e[2] == "hypothetical" for e in found)


def test_a_fact_suggested_stays_reported() -> None:
    found = events_with_trigger(
        "Satellite images suggested that the troops had withdrawn from the valley.", "withdrawn"
    )
    assert found and found[0][2] != "hypothetical"


# --- a second verb of a purpose ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("About sixty women are travelling to Gaza to deliver aid and meet with residents.", "meet"),
        ("The envoy flew to Cairo to mediate between the factions and meet the president.", "meet"),
        ("Police raided the compound to seize the weapons and arrest the leaders.", "arrest"),
    ],
)
def test_a_verb_joined_to_a_purpose_is_planned(text: str, word: str) -> None:
    found = events_with_trigger(text, word)
    assert found and found[0][2] == "planned"


def test_force_used_to_act_and_a_second_act_are_done() -> None:
    found = events_with_trigger(
        "Police fired tear gas to disperse the crowd and detain its leaders.", "detain"
    )
    assert found and found[0][2] != "planned"


def test_a_verb_with_its_own_tense_stays_done() -> None:
    found = events_with_trigger(
        "The women travelled to Gaza to deliver aid and met with residents there.", "met"
    )
    assert found and found[0][2] in {"asserted", "reported"}


# --- "strike" of another sense, and strikes by arms --------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The mill closed a month before the recession struck.",
        "Tragedy struck the village when the dam gave way.",
        "Disaster struck on the second day of the voyage.",
        "After hours of talks we struck on the idea of a shared office.",
        "The coastal district was struck by Cyclone Idai in March.",
    ],
)
def test_strike_of_another_sense_is_no_walkout(text: str) -> None:
    assert [e for e in events_of(text) if e[1] == "PROTEST"] == []


@pytest.mark.parametrize(
    "text",
    [
        "Nurses struck for two days over unpaid wages.",
        "Thousands of dockworkers struck on Monday.",
        "The miners' union struck again in March.",
        "They struck for a week until the owners gave in.",
    ],
)
def test_workers_who_strike_still_strike(text: str) -> None:
    assert [e for e in events_of(text) if e[1] == "PROTEST"]


@pytest.mark.parametrize(
    "text",
    [
        "The army carried out a counterterrorism strike on the hideout.",
        "Officials fear retaliatory strikes on the capital.",
        "The navy launched a pre-emptive strike against the radar sites.",
    ],
)
def test_a_strike_by_arms_is_no_walkout(text: str) -> None:
    found = events_with_trigger(text, "strike")
    assert found and all(e[1] == "FIGHT" for e in found)


def test_a_general_strike_stays_a_walkout() -> None:
    found = events_with_trigger("Unions staged a general strike across the country.", "strike")
    assert found and found[0][1] == "PROTEST"


# --- a visit to a place of errand or leisure ---------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "She visited a walk-in clinic on Tuesday before going home.",
        "The patient visited an out of hours dental clinic on Friday.",
        "Relatives visited the cemetery on Sunday to lay flowers.",
        "Readers can visit our website for the full schedule.",
        "The tourists visited the museum and a craft shop.",
    ],
)
def test_a_visit_to_a_place_of_errand_is_no_meeting(text: str) -> None:
    assert [e for e in events_of(text) if e[1] == "CONSULT"] == []


@pytest.mark.parametrize(
    "text",
    [
        "The French president visited Kinshasa on Tuesday.",
        "The envoy visited the refugee camp and met its leaders.",
    ],
)
def test_a_visit_to_a_country_or_a_camp_stays(text: str) -> None:
    assert [e for e in events_of(text) if e[1] == "CONSULT"]


# --- fires that burn and fires fought ----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Crews spent the night dousing a fire in the basement of a townhouse.",
        "Volunteers battled blazes in the hills above the town for three days.",
        "Firefighters put out the fire within an hour.",
        "Crews fought the fire for six hours before it was contained.",
        "More than forty bushfires continue to burn across the state.",
        "The peat has been burning for weeks near the lake.",
        "Pilots sent back reports of the tundra burning along the coast.",
    ],
)
def test_a_fire_burning_or_fought_is_no_act_of_force(text: str) -> None:
    assert [e for e in events_of(text) if e[1] in {"FIGHT", "COERCE", "ASSAULT"}] == []


@pytest.mark.parametrize(
    "text",
    [
        "Troops opened fire on the crowd outside the ministry.",
        "Rebels fought government troops for six hours near the airport.",
        "Dozens of houses burned after rioters set them alight.",
    ],
)
def test_fire_of_arms_and_burned_houses_stay(text: str) -> None:
    assert [e for e in events_of(text) if e[1] in {"FIGHT", "COERCE", "ASSAULT", "PROTEST"}]
