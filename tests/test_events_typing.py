"""Event typing on sentences written for these tests: one or more per PLOVER type, and the
over-generation cases (threats, denied and planned acts, headlines, a protest named again)."""

from __future__ import annotations

import pytest

import tally

pytestmark = pytest.mark.model


def _first(text: str):
    article = tally.analyze(text)
    assert article.events, f"no event in {text!r}"
    event = min(article.events, key=lambda e: e.trigger[0])
    return article, event


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The two parties agreed to form a unity government.", "AGREE"),
        ("The foreign ministers met in Vienna to discuss the border dispute.", "CONSULT"),
        ("The senator praised the court's ruling on the election.", "SUPPORT"),
        ("The two navies shared intelligence on smuggling routes.", "COOPERATE"),
        ("The charity sent food and medicine to the flooded villages.", "AID"),
        ("The opposition demanded the release of all political prisoners.", "DEMAND"),
        ("The ministry accused the embassy of spreading false reports.", "DISAPPROVE"),
        ("The rebels rejected the ceasefire proposal.", "REJECT"),
        ("The army threatened to storm the occupied building.", "THREATEN"),
        ("Thousands of teachers protested outside parliament over unpaid wages.", "PROTEST"),
        ("The government deployed troops to the northern border.", "MOBILIZE"),
        ("The European Union imposed sanctions on the steel exporters.", "SANCTION"),
        ("The government lifted the curfew in the capital.", "CONCEDE"),
        ("The rebels withdrew from the town after the talks.", "RETREAT"),
        ("Police arrested twelve journalists in the capital.", "COERCE"),
        ("Gunmen killed four farmers in the valley.", "ASSAULT"),
        ("Government troops clashed with rebels near the river.", "FIGHT"),
        ("Prosecutors launched an investigation into the killings.", "INVESTIGATE"),
    ],
)
def test_a_sentence_per_plover_type(text, kind):
    _, event = _first(text)
    assert event.type == kind


#: more wordings per type, in the style of wire reports, written from PLOVER's type definitions
#: (official protests are DISAPPROVE, people occupying a building PROTEST, troops FIGHT, …)
MORE = [
    ("The president pledged to hold free elections within a year.", "AGREE"),
    ("Kenya and Uganda signed an accord on water sharing.", "AGREE"),
    ("The rebels accepted the mediator's proposal for a truce.", "AGREE"),
    ("The foreign minister held talks with his Chinese counterpart in Beijing.", "CONSULT"),
    ("The prime minister telephoned the German chancellor on Monday.", "CONSULT"),
    ("The king received the visiting French delegation at the palace.", "CONSULT"),
    ("The minister hailed the new trade pact as a breakthrough.", "SUPPORT"),
    ("Washington voiced support for the transitional council.", "SUPPORT"),
    ("The opposition leader apologised to the families of the victims.", "CONCEDE"),
    ("The two armies conducted joint exercises along the border.", "COOPERATE"),
    ("Japan extended a $50 million loan to Sri Lanka.", "AID"),
    ("The Red Cross delivered medical supplies to the besieged city.", "AID"),
    ("The union called on the government to raise wages.", "DEMAND"),
    ("The ambassador urged both sides to exercise restraint.", "DEMAND"),
    ("The opposition accused the ruling party of rigging the vote.", "DISAPPROVE"),
    ("Beijing summoned the Japanese ambassador to protest the visit.", "DISAPPROVE"),
    ("France protested the arrest of its citizen.", "DISAPPROVE"),
    ("The government turned down the union's demand for a pay rise.", "REJECT"),
    ("The junta ruled out talks with the opposition.", "REJECT"),
    ("The general warned that the army would crush any uprising.", "THREATEN"),
    ("Moscow threatened sanctions against the Baltic states.", "THREATEN"),
    ("Thousands of workers staged a strike at the port.", "PROTEST"),
    ("Students occupied the university administration building.", "PROTEST"),
    ("The army put its troops on high alert along the border.", "MOBILIZE"),
    ("The government called up 20,000 reservists.", "MOBILIZE"),
    ("Ottawa expelled two Russian diplomats.", "SANCTION"),
    ("The US cut diplomatic ties with the regime.", "SANCTION"),
    ("The rebels pulled out of the town.", "RETREAT"),
    ("The government lifted the ban on opposition parties.", "CONCEDE"),
    ("The president pardoned the jailed journalists.", "CONCEDE"),
    ("The authorities banned all public gatherings.", "COERCE"),
    ("Authorities shut down the independent newspaper.", "COERCE"),
    ("Militants beheaded a captured soldier.", "ASSAULT"),
    ("Artillery pounded rebel positions overnight.", "FIGHT"),
    ("Troops occupied the border town.", "FIGHT"),
    ("Rebel fighters ambushed an army convoy.", "FIGHT"),
    ("A UN team is investigating the alleged massacre.", "INVESTIGATE"),
]


@pytest.mark.parametrize(("text", "kind"), MORE)
def test_more_wordings_per_plover_type(text, kind):
    _, event = _first(text)
    assert event.type == kind


def test_a_threat_is_threaten_and_its_condition_no_event_that_happened():
    article, event = _first("Anyone who blocks roads will be punished, the interior minister said.")
    assert event.type == "THREATEN"
    assert event.modality == "threatened"
    assert all(e.type not in {"COERCE", "PROTEST"} for e in article.events)


def test_a_conditional_relative_clause_is_hypothetical():
    article = tally.analyze("The governor warned that protesters who occupy the square would be arrested.")
    assert all(e.modality != "asserted" or e.type == "THREATEN" for e in article.events)


def test_a_denied_act_keeps_its_denial():
    article = tally.analyze("The army denied that it had shelled the village.")
    shelled = [e for e in article.events if article.text[e.trigger[0] : e.trigger[1]] == "shelled"]
    assert shelled and shelled[0].modality == "negated"
    assert shelled[0].acled is None  # ACLED codes what happened


def test_a_planned_act_keeps_its_modality():
    article = tally.analyze("The nurses' union plans to hold a march on Monday.")
    assert article.events
    assert all(e.modality in {"planned", "threatened"} for e in article.events)


def test_a_called_off_rally_is_no_rally_held():
    # Round 31: organisers calling off their rally concede (CONCEDE); no rally is reported as held.
    article, event = _first("Opposition leaders called off a rally set for Saturday.")
    assert event.type == "CONCEDE"
    assert not any(e.type == "PROTEST" and e.modality == "asserted" for e in article.events)


def test_a_headline_is_not_a_new_event():
    text = (
        "Protests in Almaty: police detain dozens\nPolice detained dozens of protesters in Almaty on Sunday."
    )
    article = tally.analyze(text)
    body = text.index("\n")
    assert article.events
    assert all(e.trigger[0] > body for e in article.events)


def test_the_protest_named_again_is_not_a_second_protest():
    text = "Thousands marched through Almaty on Sunday. The protest was the largest in years."
    article = tally.analyze(text)
    assert [e.type for e in article.events].count("PROTEST") == 1
    assert [e.id for e in article.events] == [f"v{n}" for n in range(1, len(article.events) + 1)]


def test_a_thing_is_no_target_of_a_cooperative_act():
    _, event = _first("The two governments shared information on the smuggling networks.")
    assert event.type == "COOPERATE"
    assert event.target_text is None
    _, event = _first("Germany sent food aid to Ukraine.")
    assert event.target_text == "Ukraine"
