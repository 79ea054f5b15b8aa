"""Events, nineteenth round of issue 14 §1 (project round 20): leaving talks, cutting links, hearings
into an act, blocking a motion, international teams let in, disqualifying, walking out of a house,
an accomplice handed over.

Every sentence below was written for this round: none comes from a gold set, the CAMEO manual,
``eval/plover_own`` or any file the learned fallback is trained on.

- **Leaving talks** ("pulled out of the peace talks", "withdrew from the negotiations") halts them:
  PLOVER's SANCTION (CAMEO 164, "halt negotiations"), as leaving a pact already was; it was a
  retreat of forces. Forces pulling out of a town still retreat (guard).
- **Links cut** are ties cut ("cut all links with", "broke off links with"): SANCTION, as cut
  relations and ties are.
- **Hearings into an act** examine it (INVESTIGATE, as an inquiry into it does); a hearing with no
  "into" (a court's) is none (guard).
- **A motion blocked** is a proposal rejected (REJECT), as a bill or resolution blocked is.
- **An international team let in** ("allowed a UN fact-finding team to enter") is international
  involvement allowed (RETREAT, CAMEO 086), as monitors let in are; journalists let in stay
  CONCEDE (guard).
- **Disqualifying** a party or candidate bans them (COERCE ``ban``), and threatening to is THREATEN
  ``ban``.
- **Walking out of a sitting house** (parliament, the chamber) boycotts it (PROTEST ``boycott``), it
  is no strike; workers walking out still strike (guard).
- **An accomplice handed over** to a court is judicial cooperation (COOPERATE), as a suspect is.
"""

from __future__ import annotations

import pytest

from tests._events import first_event, typed_event


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("The main opposition party pulled out of the peace talks on Thursday.", "opposition party"),
        ("The rebels withdrew from the negotiations in Nairobi after the air strike.", "rebels"),
        ("The Catholic bishops pulled out of the mediation between the junta and the unions.", "bishops"),
    ],
)
def test_leaving_talks_halts_them(text: str, actor: str) -> None:
    typed_event(text, "SANCTION", None, actor, None)


def test_forces_leaving_a_town_still_retreat() -> None:
    """Guard: passes before and after."""
    typed_event("The army pulled out of the border town after the accord.", "RETREAT", None, "army", None)


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Belgrade cut all links with the breakaway region.", "Belgrade"),
        ("Quito broke off links with the rebel movement after the kidnapping.", "Quito"),
    ],
)
def test_links_cut_are_ties_cut(text: str, actor: str) -> None:
    typed_event(text, "SANCTION", None, actor, None)


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("A Senate panel opened hearings into the shooting of the two students.", "Senate panel"),
        ("The commission held public hearings into the massacre at the market.", "commission"),
    ],
)
def test_hearings_into_an_act_investigate_it(text: str, actor: str) -> None:
    typed_event(text, "INVESTIGATE", None, actor, None)


def test_a_court_hearing_is_no_investigation() -> None:
    """Guard: passes before and after."""
    event = first_event("The judge adjourned the hearing until Monday.")
    assert event is None or event.type != "INVESTIGATE"


def test_a_motion_blocked_is_rejected() -> None:
    typed_event("The senate blocked a motion to impeach the governor.", "REJECT", None, "senate", None)


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("The junta allowed a UN fact-finding team to enter the camps.", "junta"),
        ("The government allowed an International Red Cross team to visit the prison.", "government"),
    ],
)
def test_an_international_team_let_in_is_a_retreat(text: str, actor: str) -> None:
    typed_event(text, "RETREAT", None, actor, None)


def test_journalists_let_in_stay_a_concession() -> None:
    """Guard: passes before and after."""
    typed_event("The army allowed journalists to visit the front line.", "CONCEDE", None, "army", None)


def test_disqualifying_bans() -> None:
    typed_event(
        "The court disqualified the opposition candidate from the presidential race.",
        "COERCE",
        "ban",
        "court",
        "opposition candidate",
    )


def test_threatening_to_disqualify_threatens_a_ban() -> None:
    typed_event(
        "The electoral commission threatened to disqualify candidates who missed the deadline.",
        "THREATEN",
        "ban",
        "electoral commission",
        None,
    )


def test_an_accomplice_handed_over_is_judicial_cooperation() -> None:
    typed_event(
        "Liberia handed over the warlord's accomplice to the special court in Freetown.",
        "COOPERATE",
        None,
        "Liberia",
        None,
    )


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "Opposition deputies walked out of parliament during the president's speech.",
            "Opposition deputies",
        ),
        ("Ruling party senators walked out of the chamber before the vote.", "senators"),
    ],
)
def test_walking_out_of_a_house_boycotts_it(text: str, actor: str) -> None:
    typed_event(text, "PROTEST", "boycott", actor, None)


def test_workers_walking_out_still_strike() -> None:
    """Guard: passes before and after."""
    event = first_event("Nurses at the state hospital walked out over unpaid wages.")
    assert event is not None and event.type == "PROTEST" and event.mode != "boycott"
