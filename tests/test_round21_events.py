"""Events, twentieth round of issue 14 §1 (project round 21): penalties "of the law", free
relatives as a threat's condition, crowds burning buildings, forces carried to a place, "in
charge of", mediating.

Every sentence below was written for this round: none comes from a gold set, the CAMEO manual,
``eval/plover_own`` or any file the learned fallback is trained on.

- **A penalty "of the law"** ("will face the full weight of the law", "the rigour of the law")
  announced for someone is a threat, as "the full force of the law" already was; the act in the
  condition ("anyone who takes to the streets") is no event of its own.
- **A free relative as subject** ("Whoever blocks the roads will be arrested") is the threat's
  condition, as "anyone who blocks the roads" is: no PROTEST happened.
- **A civilian crowd burning buildings or vehicles** ("angry youths torched buses", "young men set
  fire to the town hall") riots (PROTEST ``riot``), as protesters and rioters burning them did;
  soldiers burning homes still destroy (COERCE ``destroy``, guard), and one man is no crowd.
- **Forces carried to a place** ("airlifted 300 soldiers to", "ferried marines to") are deployed
  (MOBILIZE ``troops``), as forces sent or moved are; food airlifted stays AID (guard).
- **"In charge of"** names a duty, never an accusation: "put the army in charge of security"
  deploys it (MOBILIZE ``troops``); "charged that …" still accuses (guard).
- **Mediating** talks is third-party consultation (CONSULT ``third-party``), as brokering them is.
"""

from __future__ import annotations

import pytest

from tests._events import first_event, typed_event


@pytest.mark.parametrize(
    "text",
    [
        "Anyone who takes to the streets will face the full weight of the law, the minister warned.",
        "Those who join the boycott will feel the full rigour of the law, the governor said.",
        "Anyone who occupies a school will face the wrath of the law, the police said.",
    ],
)
def test_penalty_of_the_law_is_a_threat(text: str) -> None:
    event = first_event(text)
    assert event is not None and event.type == "THREATEN", (text, event and event.type)
    assert all(e.type != "PROTEST" for e in __import__("tally").analyze(text).events), text


def test_force_of_the_law_still_threatens() -> None:
    """Guard: passes before and after."""
    event = first_event("Anyone who blocks roads will face the full force of the law, the police chief said.")
    assert event is not None and event.type == "THREATEN"


@pytest.mark.parametrize(
    "text",
    [
        "Whoever blocks the roads will be arrested, the minister warned.",
        "Whoever joins the strike will face the consequences, the governor said.",
    ],
)
def test_free_relative_is_the_threats_condition(text: str) -> None:
    import tally

    events = tally.analyze(text).events
    assert [e.type for e in events] == ["THREATEN"], (text, [(e.type, e.mode) for e in events])


def test_people_taking_to_the_streets_still_protest() -> None:
    """Guard: passes before and after."""
    typed_event(
        "Thousands of people took to the streets of the capital on Friday.", "PROTEST", None, "people", None
    )


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Angry youths torched buses on the main road out of the city.", "youths"),
        ("Jobless young men set fire to the town hall after the vote.", "young men"),
        ("Villagers burned down the police post after the shooting.", "Villagers"),
    ],
)
def test_civilian_crowd_burning_buildings_riots(text: str, actor: str) -> None:
    typed_event(text, "PROTEST", "riot", actor, None)


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Soldiers torched homes in the village.", "Soldiers"),
        ("A man set fire to a bus in the city centre.", "man"),
    ],
)
def test_forces_or_one_man_burning_do_not_riot(text: str, actor: str) -> None:
    """Guard: soldiers destroy (passes before and after); one man is no crowd."""
    event = first_event(text)
    assert event is not None and event.mode != "riot", (text, event.type, event.mode)


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("The government airlifted 300 soldiers to the restive north.", "government"),
        ("The navy ferried 200 marines to the disputed island.", "navy"),
        ("The army trucked hundreds of troops into the border town.", "army"),
        ("The Peruvian military flew 800 soldiers into the southern region.", "military"),
    ],
)
def test_forces_carried_to_a_place_are_deployed(text: str, actor: str) -> None:
    typed_event(text, "MOBILIZE", "troops", actor, None)


def test_food_airlifted_is_still_aid() -> None:
    """Guard: passes before and after."""
    typed_event("The government airlifted food to the flooded north.", "AID", None, "government", None)


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("The president put the army in charge of security in the capital.", "president"),
        ("The governor placed soldiers in charge of the checkpoints.", "governor"),
    ],
)
def test_forces_put_in_charge_are_deployed(text: str, actor: str) -> None:
    typed_event(text, "MOBILIZE", "troops", actor, None)


def test_in_charge_is_no_accusation() -> None:
    import tally

    events = tally.analyze("The minister put his deputy in charge of the inquiry.").events
    assert all(e.type != "DISAPPROVE" for e in events), [(e.type, e.mode) for e in events]


def test_charged_that_still_accuses() -> None:
    """Guard: passes before and after."""
    typed_event(
        "The minister charged that the opposition was behind the riots.", "DISAPPROVE", None, "minister", None
    )


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Oman mediated talks between the rebels and the government.", "Oman"),
        ("The Vatican mediated between the junta and the striking miners.", "Vatican"),
    ],
)
def test_mediating_is_third_party_consultation(text: str, actor: str) -> None:
    typed_event(text, "CONSULT", "third-party", actor, None)


def test_hosting_talks_is_still_hosting() -> None:
    """Guard: passes before and after."""
    typed_event("Oman hosted talks between the rebels and the government.", "CONSULT", "host", "Oman", None)


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Ghana and Togo settled their border dispute at talks in Accra.", "Ghana"),
        ("The miners' union resolved its pay dispute with the state mining company.", "union"),
        ("Uganda patched up its differences with Rwanda.", "Uganda"),
    ],
)
def test_settling_a_dispute_is_agreement(text: str, actor: str) -> None:
    typed_event(text, "AGREE", None, actor, None)


def test_a_dispute_alone_is_no_agreement() -> None:
    """Guard: passes before and after."""
    import tally

    events = tally.analyze("The dispute between the two unions worsened in March.").events
    assert all(e.type != "AGREE" for e in events)


@pytest.mark.parametrize(
    "text",
    [
        "Bolivia and Peru will set up a joint commission to fight smuggling on the lake.",
        "The two navies combated piracy in the Gulf of Guinea.",
        "The new minister vowed to tackle corruption in the police.",
    ],
)
def test_fighting_a_crime_is_no_armed_fight(text: str) -> None:
    import tally

    events = tally.analyze(text).events
    assert all(e.type != "FIGHT" for e in events), (text, [(e.type, e.mode) for e in events])


def test_fighting_troops_is_still_a_fight() -> None:
    """Guard: passes before and after."""
    typed_event("Rebels fought government troops near the border on Sunday.", "FIGHT", None, "Rebels", None)


@pytest.mark.parametrize(
    "text",
    [
        "Teachers' unions in Malawi have called a strike for next Wednesday.",
        "The opposition called a rally in the capital for Saturday.",
    ],
)
def test_protest_called_for_a_day_is_planned(text: str) -> None:
    event = first_event(text)
    assert event is not None and event.type == "PROTEST" and event.modality == "planned", (
        text,
        event and (event.type, event.modality),
    )


def test_protest_called_without_a_day_keeps_its_modality() -> None:
    """Guard: passes before and after."""
    event = first_event("The opposition called a rally on Saturday in the capital.")
    assert event is not None and event.type == "PROTEST" and event.modality == "asserted"


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("A mob armed with sticks attacked a reporter in the market.", "mob"),
        ("Men armed with spears attacked herders near the river.", "Men"),
    ],
)
def test_primitive_weapons_set_the_mode(text: str, actor: str) -> None:
    typed_event(text, "ASSAULT", "primitive", actor, None)


def test_machetes_still_primitive() -> None:
    """Guard: passes before and after."""
    typed_event(
        "A gang armed with machetes attacked villagers near the border.", "ASSAULT", "primitive", "gang", None
    )
