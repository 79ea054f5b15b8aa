"""Events and ACLED sub-event types, issue 14 (project round 22): constructions of the round's genres
(state media on rioters, UN and rights groups' reports, Wikipedia summaries, wire copy) read off the
work half of ``eval/plover_own/wire21.jsonl`` and off ``eval/acled/dev17.jsonl``.

Every sentence below was written for this round: none comes from a gold set, the CAMEO manual,
``eval/plover_own``, ``eval/acled`` or any file the learned fallback is trained on.

- **A crowd's blade on one person** ("rioters stabbed a policeman to death", "stabbed a member of
  the militia") is an assault (ASSAULT), not a riot: a crowd's stones or sticks against the police as a body
  or their building stay PROTEST ``riot`` (guard).
- **A mine that is a place** ("near the gold mines of …", "the jade mines") is no landmine: the
  fighting beside it is not an explosives attack (ACLED "Armed clash"); mines laid or hit stay
  explosives (guard).
- **A crowd that disperses of itself** ("the marchers dispersed without incident") is no coercion:
  "disperse" with no object and a crowd for subject is the crowd leaving (ACLED "Peaceful protest");
  police dispersing a crowd still coerce (guard).
- **People held by the state in a place of detention** ("Police held children in adult detention
  facilities", "The authorities kept activists in solitary confinement"): the active of "were held in
  …" is COERCE ``detain`` with the state for actor and the people for target; a meeting or a town held
  is none (guard).
- **A protest named in an apposition that dates the sentence** ("On 27 March, *the deadliest day of
  the protests*, security forces killed …") is the setting, as "During the protests, …" is: the killing
  is the first event.
- **An attributive participle of arrest** ("in solidarity with *detained* protesters", "the families of
  *jailed* activists") says who the people are; it is no arrest of its own, so the gathering stays a
  peaceful protest; a verb of arrest still is one (guard).
"""

from __future__ import annotations

import pytest

import tally
from tests._events import first_event, first_sub_event, typed_event


@pytest.mark.parametrize(
    "text,target",
    [
        ("Rioters stabbed a policeman to death in the city centre, state television said.", "policeman"),
        ("Rioters stabbed a member of the volunteer militia near the bazaar.", "member"),
    ],
)
def test_crowd_blade_on_one_person_is_assault(text: str, target: str) -> None:
    event = first_event(text)
    assert event is not None and event.type == "ASSAULT", (text, event and event.type)
    assert event.target_text is not None and target in event.target_text


@pytest.mark.parametrize(
    "text",
    [
        "Protesters pelted the police with stones outside the governor's office.",
        "Youths pelted a police post with stones in the town.",
    ],
)
def test_crowd_missiles_on_police_stay_riot(text: str) -> None:
    """Guard: passes before and after."""
    event = first_event(text)
    assert event is not None and (event.type, event.mode) == ("PROTEST", "riot"), (text, event and event.type)


@pytest.mark.parametrize(
    "text",
    [
        "Troops clashed with rebels near the gold mines of Kamituga on Sunday.",
        "Government soldiers fought militia fighters around the coal mines in the north.",
    ],
)
def test_mine_as_place_is_no_landmine(text: str) -> None:
    event = first_event(text)
    assert event is not None and event.type == "FIGHT", (text, event and event.type)
    assert event.mode != "explosives", (text, event.mode)
    assert first_sub_event(text) == "Armed clash"


def test_landmine_stays_explosive() -> None:
    """Guard: passes before and after."""
    assert first_sub_event("A landmine killed three soldiers on a road near the border.") == (
        "Remote explosive/landmine/IED"
    )


@pytest.mark.parametrize(
    "text",
    [
        "Thousands of people marched through the capital on Sunday and dispersed without incident.",
        "About 500 teachers rallied outside the ministry and then dispersed peacefully.",
    ],
)
def test_crowd_dispersing_itself_is_no_coercion(text: str) -> None:
    events = tally.analyze(text).events
    assert all(e.type != "COERCE" for e in events), [(e.type, e.mode) for e in events]
    assert first_sub_event(text) == "Peaceful protest"


def test_police_dispersing_still_coerce() -> None:
    """Guard: passes before and after."""
    typed_event(
        "Riot police dispersed the marchers with tear gas in the capital.", "COERCE", None, "police", None
    )


@pytest.mark.parametrize(
    "text,actor,target",
    [
        ("Police held children as young as 12 in adult detention facilities.", "Police", "children"),
        (
            "The authorities held three journalists in a military prison for a month.",
            "authorities",
            "journalists",
        ),
    ],
)
def test_state_holding_people_in_detention(text: str, actor: str, target: str) -> None:
    typed_event(text, "COERCE", "detain", actor, target)


@pytest.mark.parametrize(
    "text",
    [
        "The opposition held a rally in the capital on Saturday.",
        "The president held talks with the prime minister in the palace.",
    ],
)
def test_held_meeting_is_no_detention(text: str) -> None:
    """Guard: passes before and after."""
    event = first_event(text)
    assert event is None or event.type != "COERCE", (text, event.type)


@pytest.mark.parametrize(
    "text",
    [
        "On 27 March, the deadliest day of the protests, security forces killed more than 100 people.",
        "On Friday, the third day of the unrest, police shot dead four men in the capital.",
    ],
)
def test_apposition_dating_the_sentence_is_its_setting(text: str) -> None:
    event = first_event(text)
    assert event is not None and event.type == "ASSAULT", (text, event and event.type)
    # the phrase of time, parsed as a second subject, is not who killed
    assert event.actor_text is not None and "day" not in event.actor_text, event.actor_text


@pytest.mark.parametrize(
    "text",
    [
        "On 14 August, women formed a human chain along the avenue in Minsk in solidarity with detained protesters.",
        "Hundreds of people marched to the court in support of the families of jailed activists.",
    ],
)
def test_attributive_arrest_participle_is_no_arrest(text: str) -> None:
    events = tally.analyze(text).events
    assert all(e.type != "COERCE" for e in events), [(e.type, e.mode) for e in events]
    assert first_sub_event(text) == "Peaceful protest"


def test_arrest_verb_still_arrests() -> None:
    """Guard: passes before and after."""
    typed_event(
        "Police detained protesters outside the court in Minsk.", "COERCE", None, "Police", "protesters"
    )
