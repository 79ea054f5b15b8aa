"""PLOVER typing and modes that should hold on unseen text (issue 14.1, sixth round).

Each rule names a construction of English or a class from the PLOVER codebook's
type and mode definitions, found on probe sentences of our own written per
CAMEO/PLOVER category (never committed), not on dev errors. Every sentence
here is our own; none comes from a gold set or from the CAMEO manual.
"""

from __future__ import annotations

import pytest

import tally
from tests._events import first_event

_first = first_event


def _typed(text: str) -> tuple[str | None, str | None]:
    event = _first(text)
    return (event.type, event.mode) if event is not None else (None, None)


#: Each (sentence, PLOVER type, mode or None when any mode will do).
CASES = [
    # "call for X to V": the parser reads "for" as the mark of the infinitive clause
    ("Bishops in Zambia called for the government to hold a referendum on the constitution.", "DEMAND", None),
    # seeking something of another party is asking for it (PLOVER DEMAND)
    ("Norway sought guarantees from Laos that the refugees would be protected.", "DEMAND", None),
    # a denial is a rejection, not the denied act
    ("The ministry denied reports that soldiers had looted the market.", "REJECT", None),
    # a conversation held by telephone is a consultation, mode phone
    ("The Kenyan president spoke by telephone with the Tanzanian leader on Friday.", "CONSULT", "phone"),
    # two sides meeting in a third country; one side meeting another is a visit
    ("Armenian and Azerbaijani envoys met in Vienna to discuss the enclave.", "CONSULT", "third-party"),
    ("The Chadian minister held talks with Sudanese officials on Monday.", "CONSULT", "visit"),
    # the codebook's THREATEN curfew mode and a threat to leave talks ("pull out of")
    ("The governor warned he would impose a curfew if the looting went on.", "THREATEN", "curfew"),
    ("The rebels threatened to pull out of the peace conference.", "THREATEN", "relations"),
    # a participle describing the subject is who it is, not the event reported
    ("The protesting farmers demanded higher prices for grain.", "DEMAND", None),
    # civilians fighting the police riot; FIGHT is between armed sides
    ("Youths clashed with riot police in the suburbs on Saturday.", "PROTEST", "riot"),
    # taking a place is capturing it when an armed side takes it; leaving it, retreating
    ("Rebel fighters took the town of Kamina on Sunday.", "FIGHT", None),
    ("The last foreign troops left Somalia on Tuesday.", "RETREAT", None),
    # a captive used as a shield is detained
    ("The militia used villagers as human shields against air strikes.", "COERCE", "detain"),
    # withdrawing one's staff or aid agencies reduces relations (SANCTION); admitting them retreats
    ("The charity withdrew its staff from the province after the kidnappings.", "SANCTION", None),
    ("The junta allowed aid agencies into the flooded delta.", "RETREAT", None),
    # an object's compound says what it is: "television station", "relief convoys"
    ("The authorities closed a private television station in the capital.", "COERCE", "censor"),
    ("Pilots dropped relief supplies to villagers cut off by the floods.", "AID", None),
    ("Nigeria gave Liberia two million dollars for the elections.", "AID", None),
    ("Thousands of extra policemen were drafted into the port city.", "MOBILIZE", None),
    # one trade's strike: the codebook's "limited strike" (PLOVER 0.5 PROTEST modes; round 14)
    ("Dockers walked off the job over unpaid wages.", "PROTEST", "strike-lim"),
    ("Crowds poured into the streets of the capital to demand new elections.", "PROTEST", None),
    ("The rebel commander handed himself over to United Nations peacekeepers.", "RETREAT", None),
    # a future or refused cooperative act: taking part in talks refused is a REJECT
    ("Uganda said it would not take part in the summit.", "REJECT", None),
    # joint operations are COOPERATE (codebook), attacks on military targets FIGHT
    ("Kenyan and Ugandan police launched a joint investigation into the killings.", "COOPERATE", None),
    ("Insurgents attacked an army outpost near the border overnight.", "FIGHT", None),
    # a setting fronted before the subject names what is known or feared; the clause reports
    ("Despite the renewed clashes, Chad urged both militias to return to talks.", "DEMAND", None),
    ("Fearing an attack, the president deployed troops around the palace.", "MOBILIZE", None),
    ("Meeting in Arusha on Monday, East African leaders urged the junta to hold elections.", "DEMAND", None),
    # commitment is AGREE (codebook: "willingness or commitment")
    ("The rebels said they remained committed to the ceasefire.", "AGREE", None),
    # a nominalised verb is typed by its "of" object as the verb is by its object
    ("The expulsion of four Danish diplomats was announced on Friday.", "SANCTION", None),
    # keeping someone from acting is coercion; the act kept from happening is no event
    ("Soldiers stopped the students from marching to the palace.", "COERCE", None),
    # offering a gesture is making it
    ("The minister offered an apology to the families of the miners.", "CONCEDE", None),
    # an event noun the subject of a verb of beginning; an event noun after "to" an unknown verb
    ("Talks between the two governments began in Oslo on Monday.", "CONSULT", None),
    ("The president invited opposition leaders to talks at his residence.", "CONSULT", None),
    # demonstrators who burn things riot (PLOVER PROTEST riot)
    ("Students burned tyres outside the university on Tuesday.", "PROTEST", "riot"),
    # an aside on the subject (a relative clause set off by commas) says who it is
    ("The junta, which seized power in a coup last year, urged donors to resume aid.", "DEMAND", None),
    # a promise of force is a threat
    ("The guerrillas vowed revenge for the death of their leader.", "THREATEN", "violence"),
    # idioms of arrest and captivity
    ("The mayor was taken into custody on Monday.", "COERCE", "arrest"),
    ("Pirates took the crew of the tanker hostage.", "COERCE", "detain"),
    # inspectors visiting a place inspect it
    ("UN inspectors visited the enrichment plant on Tuesday.", "INVESTIGATE", None),
    ("The Iraqi president held a telephone conversation with the Saudi king.", "CONSULT", "phone"),
    # annexing territory is taking it (CAMEO's occupation of territory); a siege lifted retreats
    ("The neighbouring state annexed the disputed peninsula.", "FIGHT", None),
    ("Government forces lifted the siege of the rebel town.", "RETREAT", None),
    # an act done "in protest" is the protest; stopping trade or work is a strike
    ("Bus drivers parked their buses in protest against the new fares.", "PROTEST", None),
    ("Shopkeepers closed their stores in protest at the curfew.", "PROTEST", "strike-gen"),
    ("The army put its units on a war footing.", "MOBILIZE", "troops"),
]


@pytest.mark.parametrize(("text", "ptype", "mode"), CASES)
def test_type_and_mode(text: str, ptype: str, mode: str | None) -> None:
    got_type, got_mode = _typed(text)
    assert got_type == ptype, (text, got_type, got_mode)
    if mode is not None:
        assert got_mode == mode, (text, got_type, got_mode)


def test_demand_target_is_who_is_asked() -> None:
    event = _first("Bishops in Zambia called for the government to hold a referendum.")
    assert event is not None and event.target_text == "the government"


def test_participle_alone_is_kept() -> None:
    # with no other event on its noun's verb, the participle may be the act's only trace
    events = tally.analyze("Medics treated wounded civilians at the clinic.").events
    assert any(e.type == "ASSAULT" for e in events)


def test_a_mob_burning_a_person_is_no_riot() -> None:
    # a person burned is an assault on them, not destruction of things in a riot
    event = _first("A mob burned a suspected thief in the market.")
    assert event is None or event.type != "PROTEST"


def test_an_earlier_event_in_a_sequence_setting_is_kept() -> None:
    # "following the arrest …" is an event of its own that happened before
    events = tally.analyze(
        "Following the arrest of a reporter, dozens of journalists marched in Bamako."
    ).events
    assert {e.type for e in events} >= {"COERCE", "PROTEST"}


def test_a_strike_staged_in_protest_keeps_its_mode() -> None:
    event = _first("The detainees staged a hunger strike on Monday in protest against their treatment.")
    assert event is not None and (event.type, event.mode) == ("PROTEST", "strike-hun")
