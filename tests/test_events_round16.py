"""PLOVER constructions of the sixteenth round (issue 14 §1), each on sentences of our own.

Rules come from the tune half of ``eval/plover_own/wire16.jsonl`` (and the older sets' tune
halves); every sentence here is new (none from a gold set or the CAMEO manual).
"""

from __future__ import annotations

import pytest

from tests._events import first_event, typed_event

# -- destruction by rioters is a riot, whatever they burn, and "set fire to" too ----------------


@pytest.mark.parametrize(
    "text",
    [
        "Rioters set fire to a courthouse in the provincial capital.",
        "Rioters torched two banks and a tax office.",
        # guard: protesters' destruction was a riot before this round (verb and object kinds)
        "Protesters set fire to the ruling party's headquarters.",
    ],
)
def test_rioters_destruction_is_riot(text: str) -> None:
    typed_event(text, "PROTEST", "riot", text.split()[0], None)


def test_soldiers_burning_stays_coercion() -> None:
    # guard: the state's forces burning a village coerce, they do not riot
    typed_event("Soldiers set fire to the village after the raid.", "COERCE", "destroy", "Soldiers", None)


# -- troops sent stay troops ---------------------------------------------------------------------


def test_troops_sent_stay_troops() -> None:
    # guard: soldiers sent are troops
    typed_event(
        "The defence ministry sent 500 soldiers to the border.", "MOBILIZE", "troops", "ministry", None
    )


# -- taking up positions is a deployment ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "mode", "actor"),
    [
        ("Riot police took up positions outside the electoral commission.", "police", "Riot police"),
        ("Hundreds of soldiers took up positions around the state broadcaster.", "troops", "soldiers"),
    ],
)
def test_taking_up_positions_is_mobilize(text: str, mode: str, actor: str) -> None:
    typed_event(text, "MOBILIZE", mode, actor, None)


def test_taking_a_town_stays_fight() -> None:
    # guard: a town taken is fought for
    event = first_event("Rebels took the town of Kalemba after a day of fighting.")
    assert event is not None and event.type == "FIGHT", event


# -- arming a force is military aid -------------------------------------------------------------


def test_arming_a_militia_is_aid() -> None:
    typed_event("Russia has armed the separatist militias.", "AID", None, "Russia", "militias")


def test_armed_men_stay_attackers() -> None:
    # guard: "armed" as a modifier is no aid
    event = first_event("Armed men attacked a bus near the border.")
    assert event is not None and event.type == "ASSAULT", event


# -- documenting acts is investigating them --------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "UN investigators documented dozens of killings in the eastern province.",
        "A rights group documented 120 arrests of journalists last year.",
    ],
)
def test_documenting_is_investigate(text: str) -> None:
    event = first_event(text)
    assert event is not None and event.type == "INVESTIGATE", event


# -- suspending or disbanding one's own forces or restrictions is a concession ---------------------


@pytest.mark.parametrize(
    "text",
    [
        "The interior minister disbanded the riot police unit after the killings.",
        "The government suspended the curfew in the capital.",
        "The president suspended the morality police.",
    ],
)
def test_suspending_own_coercion_concedes(text: str) -> None:
    event = first_event(text)
    assert event is not None and event.type == "CONCEDE", event


@pytest.mark.parametrize(
    "text",
    [
        "The European Union suspended aid to the junta.",
        "Washington suspended military aid to the government.",
    ],
)
def test_suspending_aid_stays_sanction(text: str) -> None:
    # guard: aid suspended, military or not, is a sanction (the second failed before the force check)
    event = first_event(text)
    assert event is not None and event.type == "SANCTION", event


def test_rebels_disbanding_stays_retreat() -> None:
    # guard: an armed group disbanding its units demobilises
    event = first_event("The rebels disbanded their militias under the peace deal.")
    assert event is not None and event.type == "RETREAT", event


# -- a mediator of talks between two parties is CONSULT `third-party` ----------------------------


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Kenya facilitated talks between the two rival factions.", "Kenya"),
        ("Switzerland brokered negotiations between the government and the rebels.", "Switzerland"),
    ],
)
def test_mediated_talks_are_third_party(text: str, actor: str) -> None:
    typed_event(text, "CONSULT", "third-party", actor, None)


# -- "any attempt to X will be …": the act is the threat's condition --------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Any attempt to occupy the square will be dealt with severely, the police chief warned.",
        "Any attempt to block the highway will be crushed, the governor said.",
    ],
)
def test_any_attempt_is_condition(text: str) -> None:
    event = first_event(text)
    assert event is not None and event.type == "THREATEN", event


# -- an act named in what is demanded is the demand's content -------------------------------------


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("A halt to the shelling was demanded by the bishops.", "bishops"),
        ("An end to the detentions was demanded by the lawyers' association.", "lawyers"),
    ],
)
def test_passive_demanded_act_is_demand(text: str, actor: str) -> None:
    typed_event(text, "DEMAND", None, actor, None)


# -- prices, fares and tariffs cut or lowered are a concession -------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The government cut bus fares after a week of protests.",
        "The president lowered fuel prices by ten percent.",
    ],
)
def test_prices_cut_concede(text: str) -> None:
    event = first_event(text)
    assert event is not None and event.type == "CONCEDE", event


def test_aid_cut_stays_sanction() -> None:
    # guard: aid cut is a sanction
    event = first_event("The donors cut aid to the health ministry.")
    assert event is not None and event.type == "SANCTION", event
