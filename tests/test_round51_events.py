"""Events, round 51: events that are not there, read from the labelled VOA train events and the
ACLED export of the mixed tune articles.

- Declining to comment is a source's silence, no REJECT: "declined to comment", "declined
  comment", "ignored requests for comment", "declined to answer questions", "declining to be
  named". Refusing a demand, an offer or talks stays a REJECT.
- An act awaited or slated is one still to come: "awaiting deportation", "slated for removal",
  "while they awaited deportation" are ``planned``, not done.
- An act named as the aim of a warrant or of a reward for information is not done: "a warrant
  for his arrest", "a reward for a tip that leads to an arrest" are ``hypothetical``.
- "Demonstrate" with an object or a that-clause means "show": "to demonstrate its naval
  strength", "demonstrates a disregard for …" is no PROTEST; "demonstrated in the square" and
  "demonstrated against the law" stay.

- A gerund or a second conjunct under a word of fear, risk or prospect is as unrealised as a noun
  there: "the risk of being executed", "fear of being arrested or beaten", "little prospect of
  reaching a deal", "the threat of arrest and deportation" are ``hypothetical``.
- What a speaker says someone "must understand", "should consider" or "must realize", and what
  "must be seen" in a light, is advice or an opinion, no DEMAND; "must release the prisoners"
  stays one.

Every sentence is written for these tests.
"""

from __future__ import annotations

import pytest

import tally

pytestmark = pytest.mark.model


def _events(text: str) -> list[tuple[str, str, str]]:
    return [(text[e.trigger[0] : e.trigger[1]], e.type, e.modality) for e in tally.analyze(text).events]


def _of_type(text: str, kind: str) -> list[tuple[str, str, str]]:
    return [e for e in _events(text) if e[1] == kind]


# --- declining to comment -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "A spokeswoman for the ministry declined to comment on the report.",
        "The port authority declined comment, citing the inquiry.",
        "Both companies have ignored repeated requests for comment.",
        "The governor's office declined to answer questions about the contract.",
        "An official, declining to be named, said the talks had stalled.",
        "The embassy refused to comment when reached by telephone.",
    ],
)
def test_declining_to_comment_is_no_rejection(text: str) -> None:
    assert _of_type(text, "REJECT") == []


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The union declined the company's offer on Tuesday.", "declined"),
        ("The rebels refused to attend the ceasefire talks held in the capital.", "refused"),
        ("The council ignored the strikers' demands for a week.", "ignored"),
    ],
)
def test_refusing_a_demand_or_talks_stays_a_rejection(text: str, trigger: str) -> None:
    assert [e[0] for e in _of_type(text, "REJECT")] == [trigger]


# --- an act awaited or slated ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Forty asylum seekers held at the camp are awaiting deportation.", "deportation"),
        ("The prison holds several men slated for deportation next month.", "deportation"),
        ("The two suspects were kept in the city jail while they awaited deportation.", "deportation"),
        ("Dozens of inmates on the ward are awaiting execution.", "execution"),
    ],
)
def test_an_act_awaited_is_planned(text: str, trigger: str) -> None:
    found = [e for e in _events(text) if e[0] == trigger]
    assert found and all(e[2] == "planned" for e in found)


def test_a_deportation_carried_out_stays_asserted() -> None:
    found = [
        e for e in _events("The deportation of the nine men took place on Sunday.") if e[0] == "deportation"
    ]
    assert found and found[0][2] == "asserted"


# --- an act as the aim of a warrant or a reward ---------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "A magistrate issued a warrant for his arrest on Thursday.",
        "The province offered a reward for any information leading to the arrest of two gunmen.",
        "Police offer a reward for a tip that leads to the arrest of both escaped convicts.",
    ],
)
def test_the_aim_of_a_warrant_or_reward_is_not_done(text: str) -> None:
    found = [e for e in _events(text) if e[1] == "COERCE"]
    assert found and all(e[2] == "hypothetical" for e in found)


def test_an_arrest_that_followed_a_tip_stays() -> None:
    found = _of_type("A tip from a neighbour led to the arrest of the two men on Monday.", "COERCE")
    assert found and found[0][2] == "asserted"


# --- "demonstrate" meaning "show" -----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The navies held joint drills to demonstrate their combined strength.",
        "Such a pact would demonstrate resolve to any rival.",
        "The secret transfers demonstrate a complete disregard for the rule of law, the group said.",
        "The tests demonstrated that the missile could reach the coast.",
    ],
)
def test_demonstrating_a_quality_is_no_protest(text: str) -> None:
    assert _of_type(text, "PROTEST") == []


@pytest.mark.parametrize(
    "text",
    [
        "Thousands demonstrated in the main square on Saturday.",
        "Students demonstrated against the new tuition law outside parliament.",
    ],
)
def test_a_street_demonstration_stays(text: str) -> None:
    assert [e[0] for e in _of_type(text, "PROTEST")] == ["demonstrated"]


# --- a gerund or a conjunct under a word of fear, risk or prospect --------------------------------


@pytest.mark.parametrize(
    ("text", "triggers"),
    [
        ("Rights groups say the three men face a serious risk of being executed.", ["executed"]),
        ("The reporters live with the constant fear of being arrested or beaten.", ["arrested", "beaten"]),
        ("Officials said there was little prospect of reaching a deal this year.", ["reaching a deal"]),
        ("The families live under the threat of arrest and deportation.", ["arrest", "deportation"]),
        ("Exiled journalists fear arrest and torture if they go home.", ["arrest", "torture"]),
    ],
)
def test_a_gerund_or_conjunct_feared_is_hypothetical(text: str, triggers: list[str]) -> None:
    found = {e[0]: e[2] for e in _events(text)}
    assert all(found.get(t) == "hypothetical" for t in triggers), found


def test_an_act_done_despite_a_risk_stays() -> None:
    found = {e[0]: e[2] for e in _events("The men were deported despite the risk of torture.")}
    assert found.get("deported") == "asserted"


def test_an_arrest_by_which_police_countered_stays() -> None:
    found = {e[0]: e[2] for e in _events("Police countered the march by arresting its leaders.")}
    assert found.get("arresting") == "asserted"


# --- an obligation to understand, consider or see is advice, no demand -----------------------------


@pytest.mark.parametrize(
    "text",
    [
        '"Lawmakers must understand that threats will get them nowhere," the envoy said.',
        '"The board should consider changing its name," a spokesman said.',
        '"These figures must be seen against a decade of growth," the auditors wrote.',
        '"Voters must realize that the stakes are high," she said.',
    ],
)
def test_an_obligation_to_understand_is_no_demand(text: str) -> None:
    assert _of_type(text, "DEMAND") == []


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ('"The government must release the prisoners at once," the group said.', "must release"),
        ('"The army should pull its troops back from the border," the minister said.', "should pull"),
    ],
)
def test_an_obligation_to_act_stays_a_demand(text: str, trigger: str) -> None:
    assert [e[0] for e in _of_type(text, "DEMAND")] == [trigger]


# --- "threaten" a quality is a danger, no threat made ---------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Critics say the new dam could threaten the stability of the whole region.",
        "Engineers said the leaking pipeline threatens the health of thousands of fishermen.",
        "Such moves threaten the territorial integrity of our nation, the minister said.",
    ],
)
def test_threatening_a_quality_is_no_threat(text: str) -> None:
    assert _of_type(text, "THREATEN") == []


@pytest.mark.parametrize(
    "text",
    [
        "The gunmen threatened the town's mayor with death.",
        "The militia threatened to attack the base if the talks failed.",
        "The ministry threatened sanctions against the two firms.",
    ],
)
def test_threatening_a_party_stays_a_threat(text: str) -> None:
    assert _of_type(text, "THREATEN") != []
