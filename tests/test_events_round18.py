"""Events, eighteenth round (issue 14 §1): threat modes named by the act threatened, breaching a
truce, buildings burned by rioters, the reflexive that is no target, people sent home, officials'
arrivals, playing host and staying away.

Every sentence below was written for this round: none comes from a gold set, the CAMEO manual,
``eval/plover_own`` or any file the learned fallback is trained on.

- **Threatened violent repression** ("vowed to *crush* the unrest", "will *quell* any uprising") is
  THREATEN ``violence``, the codebook's "threaten with violent repression"; it was ``restrict`` (the
  mode of every COERCE act threatened). A threatened arrest or expulsion keeps its own mode (guards).
- **Threatened martial law** ("threatened to impose *martial* law") is THREATEN ``martial-law``, as a
  threatened curfew is ``curfew``; it was ``restrict``.
- **Breaching a truce** is a violation of it (FIGHT), as violating or breaking one already was; it
  was read as the truce itself (RETREAT).
- **What rioters burn is a thing whatever its owner's word**: "torched *police* stations", "set fire
  to *army* trucks" are a riot, as "torched banks" was; the owner's word ("police") had made the
  building a person, so the burning stayed COERCE ``destroy``. A person burned stays no riot (guard).
- **A reflexive object is no target**: "blew *himself* up" acts on no other party.
- **A riot's thing is no target**: PLOVER's target is an actor, so a building or car rioters burn
  gives the target to its owner when one is named ("the ruling party's headquarters"), else none.
- **People sent home or back are deported** (the codebook's "expel or deport individuals"); forces
  sent home are not (guard).
- **An official who arrives in a country or city visits it** (CONSULT ``visit``); a ship or its
  passengers arriving do not (guard).
- **"Played host to"** hosts (CONSULT ``host``); **"stayed away from"** the polls boycotts them.
- **An armed side that threatens to march or advance on a place** threatens force (``violence``);
  civilians threatening a march keep ``restrict`` (guard).
"""

from __future__ import annotations

import pytest

from tests._events import first_event, typed_event

REPRESSION_THREATS = [
    ("The defence minister vowed to crush the unrest in the northern provinces.", "defence minister"),
    ('"We will quell any uprising within hours," the governor of Darfur said.', "governor"),
    ("The junta threatened to suppress the dock strike if workers stayed home.", "junta"),
]


@pytest.mark.parametrize(("text", "actor"), REPRESSION_THREATS)
def test_threatened_repression_is_a_threat_of_violence(text: str, actor: str) -> None:
    typed_event(text, "THREATEN", "violence", actor, None)


@pytest.mark.parametrize(
    ("text", "mode"),
    [
        ("The interior minister threatened to arrest the organisers of the sit-in.", "arrest"),
        ("The government threatened to expel the Swedish ambassador.", "expel"),
    ],
)
def test_threatened_arrest_and_expulsion_keep_their_modes(text: str, mode: str) -> None:
    """Guard: passes before and after."""
    event = first_event(text)
    assert event is not None and (event.type, event.mode) == ("THREATEN", mode)


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("The army chief threatened to impose martial law in the capital if the riots spread.", "army chief"),
        ("Fiji's prime minister warned he would declare martial law across the islands.", "prime minister"),
    ],
)
def test_threatened_martial_law_names_its_mode(text: str, actor: str) -> None:
    typed_event(text, "THREATEN", "martial-law", actor, None)


def test_threatened_curfew_keeps_its_mode() -> None:
    """Guard: passes before and after."""
    event = first_event("The mayor threatened to impose a curfew on the old town if the looting went on.")
    assert event is not None and (event.type, event.mode) == ("THREATEN", "curfew")


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Rebel units breached the ceasefire near the airport on Sunday.", "Rebel units"),
        ("Government forces breached the truce twice in the first week, monitors said.", "Government forces"),
    ],
)
def test_breaching_a_truce_is_fighting(text: str, actor: str) -> None:
    typed_event(text, "FIGHT", None, actor, None)


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Rioters torched two police stations in the port city overnight.", "Rioters"),
        ("Rioters set fire to army trucks parked outside the barracks.", "Rioters"),
    ],
)
def test_rioters_burning_a_state_building_riot(text: str, actor: str) -> None:
    typed_event(text, "PROTEST", "riot", actor, None)


def test_rioters_burning_a_police_officer_is_no_riot() -> None:
    """Guard: passes before and after."""
    event = first_event("Rioters set fire to a police officer trapped in his car.")
    assert event is not None and event.type != "PROTEST"


@pytest.mark.parametrize(
    "text",
    [
        "A suicide bomber blew himself up outside a police academy in Quetta.",
        "A teenage attacker blew herself up at a checkpoint near Maiduguri.",
    ],
)
def test_a_reflexive_object_is_no_target(text: str) -> None:
    event = first_event(text)
    assert event is not None and event.type == "ASSAULT"
    assert event.target_text is None, event.target_text


@pytest.mark.parametrize(
    ("text", "actor", "target"),
    [
        ("Thailand sent home 800 Cambodian labourers after the border dispute.", "Thailand", "labourers"),
        ("Greece sent back dozens of migrants to Turkey on Thursday.", "Greece", "migrants"),
    ],
)
def test_people_sent_home_are_deported(text: str, actor: str, target: str) -> None:
    typed_event(text, "COERCE", "deport", actor, target)


def test_forces_sent_home_are_no_deportation() -> None:
    """Guard: passes before and after."""
    event = first_event("Chad sent its soldiers home from the Mali mission.")
    assert event is None or event.mode != "deport"


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Abiy Ahmed arrived in Asmara on Sunday, his first trip abroad this year.", "Abiy Ahmed"),
        ("Emmanuel Macron arrived in Kinshasa on Thursday, the last stop of his tour.", "Macron"),
    ],
)
def test_an_official_arriving_in_a_country_visits(text: str, actor: str) -> None:
    typed_event(text, "CONSULT", "visit", actor, None)


def test_people_arriving_are_no_visit() -> None:
    """Guard: passes before and after."""
    event = first_event("A ferry carrying 400 passengers arrived in Mombasa on Monday.")
    assert event is None or event.type != "CONSULT"


def test_playing_host_hosts() -> None:
    typed_event(
        "Ghana played host to Liberian faction leaders at talks in Accra.",
        "CONSULT",
        "host",
        "Ghana",
        "leaders",
    )


def test_staying_away_from_a_vote_boycotts_it() -> None:
    typed_event(
        "Opposition supporters stayed away from the municipal polls.",
        "PROTEST",
        "boycott",
        "supporters",
        None,
    )


def test_a_building_rioters_burn_is_no_target() -> None:
    event = typed_event(
        "Rioters torched two police stations in the port city overnight.", "PROTEST", "riot", "Rioters", None
    )
    assert event.target_text is None, event.target_text


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("The militia threatened to advance on the port city.", "militia"),
        ("Rebels threatened to march on the capital unless the president resigned.", "Rebels"),
    ],
)
def test_an_armed_side_threatening_to_march_on_a_city_threatens_force(text: str, actor: str) -> None:
    typed_event(text, "THREATEN", "violence", actor, None)


def test_civilians_threatening_to_march_keep_a_protest_threat() -> None:
    """Guard: passes before and after."""
    event = first_event("Teachers threatened to march on parliament.")
    assert event is not None and (event.type, event.mode) == ("THREATEN", "restrict")
