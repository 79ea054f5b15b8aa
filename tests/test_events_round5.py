"""PLOVER typing and modes that should hold on unseen text (issue 14.1, fifth round).

Each rule here names a class from the PLOVER codebook (its mode tables and type
definitions) or a construction of English, not a word of one dev sentence.
Every sentence is our own; none comes from a gold set or the CAMEO manual.
"""

from __future__ import annotations

import pytest

import tally
from tests._events import first_event

_first = first_event


#: THREATEN's mode names the act threatened (codebook table: restrict = boycotts,
#: strikes, blockades, curfews; relations = suspending relations or talks; violence),
#: read off what the threatened act acts on even when its verb is no event.
THREAT_MODES = [
    ("The rebels threatened to resume terrorist activities in the capital.", "violence"),
    ("The minister threatened a military strike against the camps.", "violence"),
    ("The navy said it would tighten the naval blockade of the island.", "restrict"),
    ("The exiles threatened to launch a guerrilla war against the junta.", "violence"),
    ("The rebels threatened to walk away from the negotiations.", "relations"),
    ("Truckers threatened a nationwide strike over fuel prices.", "restrict"),
]


@pytest.mark.parametrize(("text", "mode"), THREAT_MODES)
def test_threat_mode_from_the_threatened_act(text: str, mode: str) -> None:
    event = _first(text)
    assert event is not None and (event.type, event.mode) == ("THREATEN", mode)


def test_a_threatened_strike_is_no_strike_that_happened() -> None:
    events = tally.analyze("Truckers threatened a nationwide strike over fuel prices.").events
    assert [e.type for e in events] == ["THREATEN"]


#: A verb typed by its object's class takes the object's own mode (codebook COERCE modes).
OBJECT_MODES = [
    ("The military imposed a dusk-to-dawn curfew on the port city.", ("COERCE", "curfew")),
    ("The president imposed a state of emergency in the northern provinces.", ("COERCE", "martial-law")),
    # the codebook's more specific mode: a suicide attack, not just explosives
    (
        "A suicide bomber blew himself up at a checkpoint, killing four policemen.",
        ("ASSAULT", "suicide-attack"),
    ),
    ("Troops bulldozed dozens of homes in the refugee camp.", ("COERCE", "destroy")),
]


@pytest.mark.parametrize(("text", "sense"), OBJECT_MODES)
def test_mode_from_the_object_or_the_instrument(text: str, sense: tuple[str, str]) -> None:
    event = _first(text)
    assert event is not None and (event.type, event.mode) == sense


#: Types from the codebook's definitions: suspending one's own protest is CONCEDE, a
#: walk-out from talks SANCTION, voting a proposal down REJECT.
CODEBOOK_TYPES = [
    ("The union called off its planned strike after the government offer.", "CONCEDE"),
    ("The teachers' union suspended its strike after the pay offer.", "CONCEDE"),
    ("Jailed activists ended their hunger strike on Friday.", "CONCEDE"),
    ("The delegation walked out of the talks in Geneva on Tuesday.", "SANCTION"),
    ("Parliament voted down the budget proposed by the cabinet.", "REJECT"),
]


@pytest.mark.parametrize(("text", "ptype"), CODEBOOK_TYPES)
def test_type_from_the_codebook_definitions(text: str, ptype: str) -> None:
    event = _first(text)
    assert event is not None and event.type == ptype


@pytest.mark.parametrize(
    ("text", "sense"),
    [
        # the same constructions that stay what they were
        ("Dock workers walked out over unpaid wages.", ("PROTEST", "asserted")),
        ("Police ended the protest with tear gas.", ("PROTEST", "asserted")),
    ],
)
def test_a_walkout_and_a_dispersal_stay_protests(text: str, sense: tuple[str, str]) -> None:
    event = _first(text)
    assert event is not None and (event.type, event.modality) == sense


#: One side's military exercise is MOBILIZE, a joint one COOPERATE (codebook's MOBILIZE note);
#: an event noun measured out ("ten days of war games") is still the light verb's event.
EXERCISES = [
    ("Chinese warships held live-fire drills near the strait.", "MOBILIZE"),
    ("Iran conducted large-scale naval exercises in the Gulf on Monday.", "MOBILIZE"),
    ("Greek and Turkish frigates launched ten days of war games in the Aegean.", "COOPERATE"),
    ("Russia staged military exercises with Belarus near the border.", "COOPERATE"),
]


@pytest.mark.parametrize(("text", "ptype"), EXERCISES)
def test_exercises_alone_mobilise_and_joint_ones_cooperate(text: str, ptype: str) -> None:
    event = _first(text)
    assert event is not None and event.type == ptype


#: More codebook classes: giving way to demands and expressing regret concede, an inquiry
#: set up is an investigation, people expelled are deported.
MORE_TYPES = [
    ("The government agreed to the students' demands for lower fees.", ("CONCEDE", None)),
    ("The regime finally bowed to the strikers' demands.", ("CONCEDE", None)),
    ("The foreign minister expressed deep regret for the shooting of the fishermen.", ("CONCEDE", None)),
    ("The parliament set up an inquiry into the arms deal.", ("INVESTIGATE", None)),
    ("Hundreds of illegal immigrants were expelled from the country last week.", ("COERCE", "deport")),
    ("The rival factions reached an understanding to share power.", ("AGREE", None)),
]


@pytest.mark.parametrize(("text", "sense"), MORE_TYPES)
def test_more_codebook_classes(text: str, sense: tuple[str, str | None]) -> None:
    event = _first(text)
    assert event is not None and (event.type, event.mode) == sense


#: Idioms whose verb alone is no event, and phrasal verbs whose particle the parser reads
#: as an adverb; each from a codebook definition (orders, releases, captivity, rejection,
#: ending mediation, moving forces, voicing disapproval).
IDIOMS = [
    ("The regional bloc told the junta to restore civilian rule within six months.", ("DEMAND", None)),
    ("The government set free 50 political detainees on the eve of the talks.", ("RETREAT", None)),
    ("Rebels have been holding three foreign engineers hostage since March.", ("COERCE", "detain")),
    ("The militia held the villagers as human shields during the assault.", ("COERCE", "detain")),
    ("Both armies pulled back from the front line on Saturday.", ("RETREAT", None)),
    ("The president brushed aside Western calls for a ceasefire.", ("REJECT", None)),
    ("Norway ended its mediation between the government and the rebels.", ("SANCTION", None)),
    ("The army moved troops and armour to the northern frontier.", ("MOBILIZE", "troops")),
    ("The UN rights chief voiced alarm at the rising number of executions.", ("DISAPPROVE", None)),
]


@pytest.mark.parametrize(("text", "sense"), IDIOMS)
def test_idioms_and_particles(text: str, sense: tuple[str, str | None]) -> None:
    event = _first(text)
    assert event is not None and (event.type, event.mode) == sense


#: A phrasal verb's object still decides its event: handing suspects over is judicial
#: cooperation (COOPERATE), pulling peacekeepers out ends a presence (SANCTION), while
#: pulling troops out stays a retreat and handing over medicine stays aid.
PHRASAL_BY_OBJECT = [
    ("Spain handed over three suspects to the French police.", "COOPERATE"),
    ("The UN pulled its peacekeepers out of the region after the attack.", "SANCTION"),
    ("The army pulled its troops out of the town on Sunday.", "RETREAT"),
    ("Swiss doctors handed over 700 kg of medicine to the local hospital.", "AID"),
]


@pytest.mark.parametrize(("text", "ptype"), PHRASAL_BY_OBJECT)
def test_a_phrasal_verbs_object_decides(text: str, ptype: str) -> None:
    event = _first(text)
    assert event is not None and event.type == ptype
