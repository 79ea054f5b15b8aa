"""Events, round 58 (issue 14 §1, over-generation on fresh text), with sentences of our own:

- More adverbs of habit: "the ministry consistently refuses to publish the figures", "the minister
  always rejects such requests".
- An act kept from happening ("barred them from holding rallies") and an unreal consequence ("if
  …, he would resign", "would have released") are hypothetical; an infinitive on a noun of plan,
  proposal or directive ("a plan to attack the port") is planned.
- Guards kept from the round's habit rule, which was taken out at the merge (the public RAMS set,
  which marks events of any realis, lost two triggers to it and fell below its gate floor): a
  statement in the present, a present with a time of its own, a headline or title line, a
  first-person present, a clause on a named party and a report's present of one occasion stay
  events.

Every sentence is written for these tests.
"""

from __future__ import annotations

import pytest

from tests._event_triggers import events_of, events_with_trigger

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The ministry consistently refuses to publish the casualty figures.", "refuses"),
        ("The minister always rejects such requests from the press.", "rejects"),
        ("The council constantly demands more money from the capital.", "demands"),
    ],
)
def test_more_adverbs_of_habit(text: str, word: str) -> None:
    assert events_with_trigger(text, word) == [], events_of(text)


@pytest.mark.parametrize(
    ("text", "word", "kind"),
    [
        ("Beijing denies the allegations.", "denies", "REJECT"),
        ("The opposition group opposes the new dam on the river.", "opposes", "REJECT"),
        ("China calls on both sides to return to talks.", "calls on", "DEMAND"),
        (
            "The Palestinians reject the proposed changes to the deal, their negotiator said.",
            "reject",
            "REJECT",
        ),
        ("The foreign minister accuses the rebels of killing civilians.", "accuses", "DISAPPROVE"),
        ("Japan offers five million dollars in aid to the flood victims.", "offers", "AGREE"),
        ("The government apologises to the families of the victims.", "apologises", "CONCEDE"),
    ],
)
def test_present_statements_stay(text: str, word: str, kind: str) -> None:
    found = events_with_trigger(text, word)
    assert found and found[0][1] == kind, events_of(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Negotiators from both countries meet in Geneva this week to discuss the border.", "meet"),
        ("The army took the town on Monday and rebels attacked a convoy on Tuesday.", "attacked"),
        ("Police arrested twelve protesters outside the parliament.", "arrested"),
        ("Soldiers who fired on the crowd were arrested.", "arrested"),
        ("The rebels who attacked the convoy on Sunday fled into the hills.", "attacked"),
    ],
)
def test_acts_with_a_time_stay(text: str, word: str) -> None:
    assert events_with_trigger(text, word), events_of(text)


def test_condition_keeps_its_modality() -> None:
    text = "The governor said the army will respond if the rebels attack the town."
    found = events_with_trigger(text, "attack")
    assert found and found[0][2] == "hypothetical", events_of(text)


def test_headline_in_the_present_stays() -> None:
    text = "Police Arrest Dozens of Protesters in Capital\n\nPolice arrested 40 protesters on Friday."
    assert events_with_trigger(text, "arrested"), events_of(text)


def test_title_line_in_the_present_stays() -> None:
    text = "Mayor resigns from town council. The mayor of the town stepped down on Monday after six years."
    assert events_with_trigger(text, "resigns"), events_of(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("I resign from this council with regret, the councillor wrote in a letter.", "resign"),
        ("We reject the offer and we withdraw from the talks, the rebel spokesman said.", "withdraw"),
    ],
)
def test_first_person_present_does_the_act(text: str, word: str) -> None:
    assert events_with_trigger(text, word), events_of(text)


# --- an act kept from happening, an unreal consequence, an aim of a noun, a kind that suffers ------


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The court barred the opposition from holding rallies in the capital.", "holding"),
        ("The ruling bans the army from deploying troops in the cities.", "deploying"),
        ("The law prohibits foreigners from funding political parties.", "funding"),
        ("The army kept the journalists from visiting the camp.", "visiting"),
    ],
)
def test_act_kept_from_happening_is_not_done(text: str, word: str) -> None:
    found = events_with_trigger(text, word)
    assert all(e[2] not in {"asserted", "reported"} for e in found), events_of(text)


def test_act_stopped_while_happening_stays() -> None:
    text = "Police stopped the march and arrested six students."
    assert [e for e in events_with_trigger(text, "march") if e[2] == "asserted"], events_of(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("If the minister had any decency, he would resign.", "resign"),
        ("If the rebels had wanted peace, they would have released the hostages.", "released"),
        ("The rebels would have attacked the town if the army had not arrived.", "attacked"),
    ],
)
def test_unreal_consequence_is_hypothetical(text: str, word: str) -> None:
    found = events_with_trigger(text, word)
    assert found and all(e[2] == "hypothetical" for e in found), events_of(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Rebels made an attempt to seize the airport on Sunday.", "seize"),
        ("The gunman used a knife to stab the guard.", "stab"),
    ],
)
def test_act_attempted_or_done_with_a_thing_stays(text: str, word: str) -> None:
    found = events_with_trigger(text, word)
    assert found and found[0][2] == "asserted", events_of(text)


def test_would_without_condition_stays_a_plan() -> None:
    text = "The minister said he would resign next month."
    found = events_with_trigger(text, "resign")
    assert found and found[0][2] == "planned", events_of(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The committee approved a motion to ban protests near the courthouse.", "ban"),
        ("The army drew up a plan to attack the port.", "attack"),
        ("The council rejected a proposal to close the border.", "close"),
        ("Lawmakers debated a resolution to impose sanctions on the regime.", "impose"),
        ("The president signed a decree to release political prisoners.", "release"),
    ],
)
def test_infinitive_on_a_noun_is_aimed_at(text: str, word: str) -> None:
    found = events_with_trigger(text, word)
    assert found and all(e[2] == "planned" for e in found), events_of(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The town that came under attack on Monday was evacuated.", "attack"),
        ("Villagers who fled the attack returned home.", "attack"),
    ],
)
def test_event_noun_in_a_clause_on_a_party_stays(text: str, word: str) -> None:
    assert events_with_trigger(text, word), events_of(text)


def test_reported_conditional_promise_is_no_counterfactual() -> None:
    text = "The rebel leaders said they would meet the envoy if he gave them guarantees."
    found = events_with_trigger(text, "meet")
    assert found and found[0][2] != "hypothetical", events_of(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Armed herders set fire to farms and houses in the district.", "set"),
        ("Police beat protesters outside the governor's office.", "beat"),
        ("Gunmen shut the only road to the town.", "shut"),
        ("Government forces regain control of Kafr Nabl after heavy clashes with the rebels.", "regain"),
        ("Government troops retake the town of Wau from the rebels.", "retake"),
    ],
)
def test_past_or_reported_present_of_one_occasion_stays(text: str, word: str) -> None:
    assert events_with_trigger(text, word), events_of(text)
