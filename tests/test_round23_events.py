"""Events, issue 14 §1 (project round 23): constructions of the round's outlets and formats
(broadcasters' web stories, national dailies, press freedom and defender groups' releases, UN
special rapporteurs, live blogs) read off the work half of ``eval/plover_own/wire22.jsonl``.

Every sentence below was written for this round: none comes from a gold set, the CAMEO manual,
``eval/plover_own``, ``eval/acled`` or any file the learned fallback is trained on.

- **"Insist" over a statement of fact** ("Soldiers did not fire on the marchers, the commissioner
  *insisted*"; "insisted that the army had not shelled …") reports it, as "said" does: no DEMAND,
  and the act inside (negated here) is the event. "Insisted that the vote *be* rerun", "insisted
  *on* …" and "insisted that … *must* …" still demand (guard).
- **A negative subject** ("*no one* had been detained", "*nobody* was arrested", "*none of* the
  marchers was held") negates the act as "not" does; a counted subject does not (guard).
- **A forecast of a coercive act** ("the government *is expected to* deploy troops", "is *set to*
  impose a curfew") is a plan the reporter foresees (``planned``), not a threat its actor made; a
  threat made stays one (guard).
- **Forces pushing a crowd back or away** ("riot police *pushed* the marchers *back*") coerce it,
  not the DEMAND of "pushed for"; "pushed for early elections" still demands (guard).
- **Whom an act is aimed at, read as a gerund's subject** ("opened fire on *students* marching
  towards the radio station": the parser makes "marching" the preposition's clause and the
  students its subject) is still the act's target; "opened fire on marchers in the square" stays (guard).
- **Describing with a word of blame** ("described the verdict as *politically motivated*", "as
  *fabricated*", "as *arbitrary*") disapproves (DISAPPROVE), as "as illegal" did; a neutral
  description is none (guard).
"""

from __future__ import annotations

import pytest

from tests._events import first_event


@pytest.mark.parametrize(
    "text,ptype",
    [
        ("Soldiers did not fire on the marchers, the district commissioner insisted.", "FIGHT"),
        ("The army had not shelled the village, a military spokesman insisted.", "FIGHT"),
        ("The minister insisted that police had not detained any journalists.", "COERCE"),
    ],
)
def test_insist_over_a_fact_reports_it(text: str, ptype: str) -> None:
    event = first_event(text)
    assert event is not None and event.type == ptype, (text, event and event.type)
    assert event.modality == "negated", (text, event.modality)


@pytest.mark.parametrize(
    "text",
    [
        "The opposition insisted that the election be rerun.",
        "The students insisted on the release of their classmates.",
        "The union insisted that the government must withdraw the decree.",
    ],
)
def test_insist_on_an_act_still_demands(text: str) -> None:
    """Guard: passes before and after."""
    event = first_event(text)
    assert event is not None and event.type == "DEMAND", (text, event and event.type)


@pytest.mark.parametrize(
    "text,ptype",
    [
        ("Officials said nobody had been arrested after the march.", "COERCE"),
        ("No one was detained during the vigil, police said.", "COERCE"),
        ("None of the marchers was detained, the organisers said.", "COERCE"),
    ],
)
def test_negative_subject_negates(text: str, ptype: str) -> None:
    event = first_event(text)
    assert event is not None and event.type == ptype, (text, event and event.type)
    assert event.modality == "negated", (text, event.modality)


def test_counted_subject_is_not_negated() -> None:
    """Guard: passes before and after."""
    event = first_event("Police said one man had been detained after the march.")
    assert event is not None and event.type == "COERCE"
    assert event.modality != "negated"


@pytest.mark.parametrize(
    "text,ptype",
    [
        ("The government is expected to deploy troops in the border towns next week.", "MOBILIZE"),
        ("The cabinet is set to impose a curfew on the northern districts.", "COERCE"),
    ],
)
def test_forecast_coercion_is_planned(text: str, ptype: str) -> None:
    event = first_event(text)
    assert event is not None and event.type == ptype, (text, event and event.type)
    assert event.modality == "planned", (text, event.modality)


def test_threat_made_stays_threat() -> None:
    """Guard: passes before and after."""
    event = first_event("The governor threatened to deploy the army against the strikers.")
    assert event is not None and event.type == "THREATEN"


@pytest.mark.parametrize(
    "text",
    [
        "Riot police pushed the marchers back from the square with shields.",
        "Soldiers pushed the crowd away from the palace gates.",
    ],
)
def test_forces_pushing_a_crowd_back_coerce(text: str) -> None:
    event = first_event(text)
    assert event is not None and event.type == "COERCE", (text, event and event.type)


def test_pushing_for_still_demands() -> None:
    """Guard: passes before and after."""
    event = first_event("The opposition pushed for early elections.")
    assert event is not None and event.type == "DEMAND"


@pytest.mark.parametrize(
    "text",
    [
        "The rights group described the verdict as politically motivated.",
        "Defence lawyers described the charges as fabricated.",
        "The monitoring group described the detentions as arbitrary.",
    ],
)
def test_describing_with_blame_disapproves(text: str) -> None:
    event = first_event(text)
    assert event is not None and event.type == "DISAPPROVE", (text, event and event.type)


def test_neutral_description_is_no_disapproval() -> None:
    """Guard: passes before and after."""
    event = first_event("The spokesman described the situation in the capital as calm.")
    assert event is None or event.type != "DISAPPROVE"


@pytest.mark.parametrize(
    "text,target",
    [
        ("Troops opened fire on students marching towards the radio station.", "students"),
        ("Police opened fire on demonstrators marching towards parliament.", "demonstrators"),
    ],
)
def test_target_read_as_gerund_subject(text: str, target: str) -> None:
    event = first_event(text)
    assert event is not None and event.type == "FIGHT", (text, event and event.type)
    assert event.target_text is not None and target in event.target_text, event.target_text


def test_target_with_place_phrase_stays() -> None:
    """Guard: passes before and after."""
    event = first_event("Soldiers opened fire on marchers in the main square.")
    assert event is not None and event.target_text is not None and "marchers" in event.target_text
