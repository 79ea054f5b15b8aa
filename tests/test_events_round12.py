"""PLOVER typing, twelfth round (issue 14.1): constructions found on sentences of our own.

214 wire-news sentences were written for this round from the PLOVER codebook's type and mode
definitions and labelled before tally ran (``eval/plover_own/wire12.jsonl``; the rules were
written from its ``tune`` half only), plus about 130 CAMEO-style probe sentences (never
committed). Every sentence below was written for the tests and is in no gold set. Each case
names the construction it stands for; each failed on main unless it is listed as a guard.
"""

from __future__ import annotations

import pytest

import tally
from tests._events import first_event, typed_event

#: (sentence, PLOVER type, mode (None: not checked), actor, target (None: not checked)).
CASES = [
    # wanting another party to act asks it of that party (DEMAND on it)
    (
        "Opposition lawmakers want the interior minister to resign over the shootings.",
        "DEMAND",
        None,
        "lawmakers",
        "interior minister",
    ),
    (
        "The European Union wants Belgrade to recognise the election results.",
        "DEMAND",
        None,
        "Union",
        "Belgrade",
    ),
    # giving way to pressure or to protests is a concession
    ("The cabinet caved in to weeks of strikes by dock workers.", "CONCEDE", None, "cabinet", None),
    # admitting or acknowledging blame concedes; a negated admission refuses
    ("The army admitted responsibility for the deaths of four miners.", "CONCEDE", None, "army", None),
    (
        "The ministry has never acknowledged its involvement in the disappearances.",
        "REJECT",
        None,
        "ministry",
        None,
    ),
    # the members of a named body meeting: a multilateral meeting
    (
        "Foreign ministers of the Arab League met in Cairo to discuss the crisis.",
        "CONSULT",
        "multilateral",
        "Foreign ministers",
        None,
    ),
    # two sides meeting at a third place, told on the meeting noun the verb takes
    (
        "Ethiopian and Eritrean envoys resumed talks in Nairobi on Monday.",
        "CONSULT",
        "third-party",
        "envoys",
        None,
    ),
    (
        "Colombian and Venezuelan delegations met for talks in Havana.",
        "CONSULT",
        "third-party",
        "delegations",
        None,
    ),
    # talks whose sides a "between" phrase names are an act of those sides
    ("Talks between Khartoum and Juba resumed in Addis Ababa.", "CONSULT", None, "Khartoum", None),
    # one's own envoy recalled: the state he is posted to is the target
    ("Algeria recalled its ambassador to Madrid over the Sahara row.", "SANCTION", None, "Algeria", "Madrid"),
    # a claim's clause names the one investigated or blamed
    (
        "The ombudsman is examining allegations that prison guards beat inmates.",
        "INVESTIGATE",
        None,
        "ombudsman",
        "prison guards",
    ),
    (
        "The government charged that foreign agents had organised the riots.",
        "DISAPPROVE",
        None,
        "government",
        "foreign agents",
    ),
    # force kept open: "has not ruled out" military action is a threat
    (
        "Kigali has not ruled out military action against the rebels.",
        "THREATEN",
        "violence",
        "Kigali",
        "rebels",
    ),
    # a foreseen act ("is expected to meet") is no promise, and the passive's subject acts
    (
        "The Angolan president is expected to meet his Zambian counterpart on Friday.",
        "CONSULT",
        None,
        "Angolan president",
        "Zambian counterpart",
    ),
    # a nominalised verb no noun list knows, typed by its "of" object
    (
        "The junta ordered the closure of two private radio stations.",
        "COERCE",
        "censor",
        "junta",
        None,
    ),
    # breaking up a rally is force on the protesters its "by" phrase names
    ("Police dispersed a protest by nurses outside the ministry.", "COERCE", None, "Police", "nurses"),
    ("Riot police broke up the march with batons.", "COERCE", None, "Riot police", None),
    # a weapon named before the noun of firing decides the mode
    (
        "Armenian and Azerbaijani troops exchanged mortar fire along the border.",
        "FIGHT",
        "heavy-weapons",
        "troops",
        None,
    ),
    # the head of the forces moved decides their kind ("National Guard troops" are troops)
    ("The governor mobilized 2,000 National Guard soldiers.", "MOBILIZE", "troops", "governor", None),
    # "coordinated" patrols or operations of two sides are cooperation
    (
        "Kenyan and Somali forces carried out coordinated patrols along the border.",
        "COOPERATE",
        None,
        "forces",
        None,
    ),
    # CAMEO verb classes: protecting or hosting people in need is aid; faulting is disapproval
    ("Peacekeepers protected displaced families at the camp.", "AID", None, "Peacekeepers", "families"),
    ("Tanzania is hosting 200,000 refugees from Burundi.", "AID", None, "Tanzania", "refugees"),
    (
        "Health workers vaccinated thousands of children in the camps.",
        "AID",
        None,
        "Health workers",
        "children",
    ),
    ("The auditors faulted the ministry for the missing funds.", "DISAPPROVE", None, "auditors", "ministry"),
    # blocking a measure rejects it; revoking a pact cuts relations
    ("Poland blocked the bloc's migration package.", "REJECT", None, "Poland", None),
    ("Mali revoked its defence agreement with France.", "SANCTION", None, "Mali", "France"),
    # granting recognition: "grant" as a light verb, its "to" party the target
    (
        "Kosovo's neighbour granted diplomatic recognition to the new government.",
        "SUPPORT",
        None,
        "neighbour",
        "new government",
    ),
    # combat readiness is a mobilisation; a readiness signalled to talk is an offer
    ("Armenia put its army on combat readiness.", "MOBILIZE", "troops", "Armenia", None),
    ("The rebels signalled their willingness to negotiate.", "AGREE", None, "rebels", None),
    # holding someone responsible blames them
    ("Uganda held the rebels responsible for the massacre.", "DISAPPROVE", "accuse", "Uganda", "rebels"),
    # leaving a pact reduces relations (SANCTION), unlike forces leaving a town (RETREAT)
    ("Russia pulled out of the grain agreement in July.", "SANCTION", None, "Russia", None),
    ("The junta withdrew from the defence treaty.", "SANCTION", None, "junta", None),
    # an examination opened is an inquiry
    (
        "The prosecutor opened a preliminary examination into the killings.",
        "INVESTIGATE",
        None,
        "prosecutor",
        None,
    ),
    # forces sent to a country or region the small model tags as a person or an organisation
    (
        "Burundi sent 1,000 soldiers to Cabo Delgado last year.",
        "MOBILIZE",
        "troops",
        "Burundi",
        "Cabo Delgado",
    ),
    # a noun that is an event only under a light verb ("a ban") is one with its agent named
    ("The junta's ban on opposition parties was extended.", "COERCE", None, "junta", "parties"),
    # acid thrown at a person is an assault (a crowd's stones at police stay a riot)
    ("Two men threw acid at a women's rights campaigner in Lahore.", "ASSAULT", None, "men", "campaigner"),
]


@pytest.mark.parametrize(("text", "ptype", "mode", "actor", "target"), CASES)
def test_construction_typed(text: str, ptype: str, mode: str | None, actor: str, target: str | None) -> None:
    typed_event(text, ptype, mode, actor, target)


def test_meeting_body_acting_is_no_meeting() -> None:
    """ "the bishops' conference defended …": the conference acts as a body; no CONSULT."""
    events = tally.analyze("The Catholic bishops' conference defended the students' right to march.").events
    assert all(e.type != "CONSULT" for e in events)
    assert any(e.type == "SUPPORT" for e in events)


#: Guards (pass before and after): what the new rules must leave alone.
GUARDS = [
    # wanting to act oneself is an intent, no demand
    ("The minister wants to run for president next year.", "DEMAND"),
    # a ruled-out meeting is refused, a meeting not ruled out is no threat
    ("The government did not rule out talks with the rebels.", "THREATEN"),
    # a coalition that "broke up" used no force
    ("The ruling coalition broke up after the vote.", "COERCE"),
    # bowing to pressure *and* acting: the act is the event
    ("The regulator bowed to pressure and reinstated the sacked editors.", "AID"),
    # a promised meeting by the two sides themselves stays an agreement to meet
    ("The two presidents will meet in Abuja next week.", "THREATEN"),
]


@pytest.mark.parametrize(("text", "never"), GUARDS)
def test_guard(text: str, never: str) -> None:
    assert all(e.type != never for e in tally.analyze(text).events), text


def test_ceasefire_agreement_violated_stays_a_violation() -> None:
    """An object's class is the first its verb has a sense with: "violated the ceasefire
    agreement" is read through "ceasefire", not as a pact revoked (guard)."""
    event = first_event("Rebels violated the ceasefire agreement by shelling the town.")
    assert event is not None and event.type != "SANCTION"


def test_passive_claim_names_no_doer() -> None:
    """ "complaints that detainees were beaten": the passive's subject is the victim (guard)."""
    event = first_event("The commission is examining complaints that detainees were beaten.")
    assert event is not None and event.type == "INVESTIGATE"
    assert event.target_text is None or "detainees" not in event.target_text


def test_pressure_given_way_to_is_no_target() -> None:
    """ "bowed to international pressure": a thing pressed is no PLOVER target (its party is)."""
    event = first_event("The junta finally bowed to international pressure.")
    assert event is not None and event.type == "CONCEDE"
    assert event.target_text is None or "pressure" not in event.target_text
