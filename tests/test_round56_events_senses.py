"""Events, round 56: words of another sense and acts only planned, read from the fresh sample's
both halves (``eval/events_fresh55/``) and the labelled VOA ``tune`` events, with sentences of our
own for each construction:

- A person removed from a post (fire, sack, dismiss a person; a person "was fired as coach",
  "dismissed from the board") is a dismissal, no armed attack, no rejection, no repression.
  Firing on, at or into people, firing munitions, dismissing claims, sacking a town stay.
- "Execute" with an object that is no person ("executed the trades", "executed a search warrant")
  means "carry out": no killing. Executing prisoners stays.
- "Strike" an agreement ("struck an agreement", "struck a pact") agrees, as "struck a deal" did.
- Declining "to say" or "to discuss" a matter is a source's silence, as "declined to comment" is;
  refusing to discuss something *with* a party still rejects talks.
- "As opposed to" is a preposition of contrast: no one opposes anything.
- "Planning on" an act, like "planning to", plans it.
- Words of general verb classes the lists lacked: "lobby" a body for something (DEMAND, the class
  of "petition"), "overrule" a request or decision (REJECT, the class of "veto"), "back off"
  (CONCEDE, as "back down"); "pleaded no contest" is a plea, as "pleaded guilty" is.

Every sentence is written for these tests.
"""

from __future__ import annotations

import pytest

from tests._event_triggers import events_with_trigger

pytestmark = pytest.mark.model


# --- removal from a post ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The city council fired its finance director after the audit.", "fired"),
        ("She was fired as head coach after a losing season.", "fired"),
        ("The mayor was dismissed from the board last spring.", "dismissed"),
        ("The company sacked two hundred workers on Monday.", "sacked"),
        ("The newspaper fired him last week.", "fired"),
        ("The ministry dismissed three senior officials over the scandal.", "dismissed"),
    ],
)
def test_removal_from_a_post_is_no_act_of_force(text: str, word: str) -> None:
    assert events_with_trigger(text, word) == []


@pytest.mark.parametrize(
    ("text", "word", "kind"),
    [
        ("Soldiers fired on the crowd near the palace.", "fired", "FIGHT"),
        ("Police fired tear gas at the marchers.", "fired", "COERCE"),
        ("Several shots were fired at the convoy overnight.", "fired", "FIGHT"),
        ("The government dismissed the allegations as baseless.", "dismissed", "REJECT"),
        ("Troops fired at the fleeing gunmen.", "fired", "FIGHT"),
    ],
)
def test_fire_and_dismiss_of_their_event_sense_stay(text: str, word: str, kind: str) -> None:
    found = events_with_trigger(text, word)
    assert found and found[0][1] == kind


# --- execute of a thing -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The broker executed the trades within seconds.",
        "Agents executed a search warrant at the house on Friday.",
        "The ministry executed the new budget plan without delay.",
    ],
)
def test_a_thing_executed_is_carried_out(text: str) -> None:
    assert events_with_trigger(text, "executed") == []


@pytest.mark.parametrize(
    "text",
    ["The militia executed six prisoners at dawn.", "Rebels executed him in the village square."],
)
def test_people_executed_are_killed(text: str) -> None:
    found = events_with_trigger(text, "executed")
    assert found and found[0][1] == "ASSAULT"


# --- strike an agreement ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Negotiators struck an agreement late on Friday to end the dispute.",
        "The two governments struck a pact on water sharing.",
    ],
)
def test_an_agreement_struck_is_agreed(text: str) -> None:
    found = events_with_trigger(text, "struck")
    assert found and found[0][1] == "AGREE"


# --- declining to say or discuss ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The minister declined to say how many troops had been sent.", "declined"),
        ("The general refused to discuss the casualty figures.", "refused"),
        ("A company spokeswoman declined to discuss the matter further.", "declined"),
    ],
)
def test_declining_to_say_is_silence(text: str, word: str) -> None:
    assert events_with_trigger(text, word) == []


def test_refusing_to_discuss_with_a_party_rejects_talks() -> None:
    found = events_with_trigger(
        "The rebels refused to discuss a ceasefire with the government envoy.", "refused"
    )
    assert found and found[0][1] == "REJECT"


# --- as opposed to --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Most voters want lower taxes as opposed to new services.",
        "The money went to roads, as opposed to schools.",
    ],
)
def test_as_opposed_to_opposes_nothing(text: str) -> None:
    assert events_with_trigger(text, "opposed") == []


def test_opposing_a_plan_stays() -> None:
    found = events_with_trigger("The opposition opposed the plan to raise fuel prices.", "opposed")
    assert found and found[0][1] == "REJECT"


# --- planning on ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The governor is planning on visiting the flooded towns next week.", "visiting"),
        ("The union plans on holding a march in the capital on Saturday.", "march"),
    ],
)
def test_planning_on_an_act_plans_it(text: str, word: str) -> None:
    found = events_with_trigger(text, word)
    assert found and all(e[2] == "planned" for e in found)


# --- words of general verb classes --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "word", "kind"),
    [
        ("The farmers lobbied parliament for subsidies.", "lobbied", "DEMAND"),
        ("Exporters are lobbying the ministry for lower tariffs.", "lobbying", "DEMAND"),
        ("The court overruled the government's request for a delay.", "overruled", "REJECT"),
        ("The president overruled his defence minister on the troop withdrawal.", "overruled", "REJECT"),
        ("The army backed off after the talks began.", "backed", "CONCEDE"),
        ("The defendant pleaded no contest to the charges.", "pleaded", "CONCEDE"),
    ],
)
def test_verb_class_words(text: str, word: str, kind: str) -> None:
    found = events_with_trigger(text, word)
    assert found and found[0][1] == kind


def test_a_discussion_declined_is_no_meeting() -> None:
    text = "The senator refuses to discuss possible candidates for the seat."
    assert events_with_trigger(text, "refuses") == []
    assert events_with_trigger(text, "discuss") == []


# --- recognise a fact ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Local officials recognize the danger posed by the rising river.",
        "We continue to recognise a difficult situation along the border, the envoy said.",
        "The minister recognized that mistakes had been made in the tender.",
        "Both parties recognize the need for more teachers in rural schools.",
    ],
)
def test_a_fact_recognised_is_no_recognition(text: str) -> None:
    assert [e for e in events_with_trigger(text, "recogni") if e[1] == "SUPPORT"] == []


@pytest.mark.parametrize(
    "text",
    [
        "Sweden recognized Palestine as a state in 2014.",
        "Several neighbours quickly recognised the new government in the capital.",
    ],
)
def test_a_state_or_government_recognised_stays(text: str) -> None:
    found = events_with_trigger(text, "recogni")
    assert found and found[0][1] == "SUPPORT"


# --- the object of a relative clause ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Investigators want to examine a deal that the two brothers struck with the governor in 2019.",
        "The pact which the rival clans struck last spring has held.",
    ],
)
def test_an_agreement_struck_in_a_relative_clause(text: str) -> None:
    found = events_with_trigger(text, "struck")
    assert found and found[0][1] == "AGREE"
