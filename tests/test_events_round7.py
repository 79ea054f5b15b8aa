"""PLOVER typing, mode, actor and target on sentences of our own (issue 14.1, seventh round).

Every sentence here was written for this round in wire-news style from the PLOVER codebook's
type and mode definitions and labelled before tally was run on it; none comes from a gold set
or from the CAMEO manual. ``CASES`` failed on main before this round (each names the
construction of the language its fix reads); ``GUARDS`` passed before and must keep passing:
negation, refusal and denial, threats against acts, passives with and without agents.
"""

from __future__ import annotations

import pytest

import tally
from tests._events import first_event

_first = first_event


def _overlaps(found: str | None, expected: str | None) -> bool:
    """An expected actor/target is found when one text contains the other (None: not checked)."""
    if expected is None:
        return True
    if not found:
        return False
    return expected.lower() in found.lower() or found.lower() in expected.lower()


#: (sentence, PLOVER type, mode or None when not checked, actor, target (None: not checked)).
CASES = [
    # a complement's pronoun subject stands for the subject of the verb it completes
    (
        "Belarusian authorities have signalled they are ready to release some political prisoners, diplomats said.",
        "AGREE",
        None,
        "Belarusian authorities",
        None,
    ),
    # the one supported: a SUPPORT noun's 'for' party
    (
        "Several Gulf states expressed support for the transitional government in Khartoum.",
        "SUPPORT",
        None,
        "Gulf states",
        "transitional government",
    ),
    # light verb + 'joint' operation: COOPERATE
    (
        "Interpol and Kenyan police carried out a joint operation against the trafficking ring.",
        "COOPERATE",
        None,
        "Interpol",
        None,
    ),
    # treating the hurt is AID (the participle after it is kept as its own event)
    (
        "Doctors at a field clinic treated dozens of injured protesters overnight.",
        "AID",
        None,
        "Doctors",
        "protesters",
    ),
    # a participle inside an argument's 'of' phrase describes, it is not the event
    (
        "The families of the detained students appealed to the courts to order their release.",
        "DEMAND",
        None,
        "families",
        "courts",
    ),
    # naming someone with a word of blame: DISAPPROVE
    (
        "State television described the protesters as rioters and foreign agents.",
        "DISAPPROVE",
        None,
        "State television",
        "protesters",
    ),
    # a threat's modal complement gives its mode (an arrest: the codebook's THREATEN "arrest"
    # mode, "arrest, detain, imprison"; round 14)
    (
        "The police chief warned that anyone who blocks the highway will be arrested.",
        "THREATEN",
        "arrest",
        "police chief",
        None,
    ),
    # a light verb the lemmatiser misreads ('staged' -> 'stag'); a sit-in is a demonstration
    # (round 32: ``demo-org``, as our wire sets label it, not ``obstruct``)
    (
        "Students staged a sit-in at the university to protest the arrest of their classmates.",
        "PROTEST",
        "demo-org",
        "Students",
        None,
    ),
    # an event joined through a preposition: 'shut their stores in a general strike'
    (
        "Shopkeepers in the bazaar shut their stores in a general strike.",
        "PROTEST",
        "strike-gen",
        "Shopkeepers",
        None,
    ),
    # undoing a measure concedes (verb class x object class)
    (
        "The government reversed the fuel price increase after three days of unrest.",
        "CONCEDE",
        None,
        "government",
        None,
    ),
    # restoring a service ends censorship: CONCEDE
    (
        "Authorities restored internet access in the capital on Wednesday after a five-day shutdown.",
        "CONCEDE",
        None,
        "Authorities",
        None,
    ),
    # means first, patient in the purpose clause
    (
        "Police fired tear gas to disperse hundreds of demonstrators in Nairobi's business district.",
        "COERCE",
        None,
        "Police",
        "demonstrators",
    ),
    # the patient of a subjectless passive adjunct is the clause subject
    (
        "A 22-year-old woman died in custody after being beaten by morality police.",
        "ASSAULT",
        "beat",
        "morality police",
        "woman",
    ),
    # one prominent person killed: mode assassinate
    (
        "Gunmen on motorbikes killed the opposition lawmaker outside his home.",
        "ASSAULT",
        "assassinate",
        "Gunmen",
        "lawmaker",
    ),
    # a hyphenated modifier the parser splits ('fact-finding mission')
    (
        "The U.N. Human Rights Council voted to set up a fact-finding mission into the crackdown.",
        "INVESTIGATE",
        None,
        "U.N. Human Rights Council",
        None,
    ),
    # the agent of a nominal hung on its 'of' noun
    (
        "The arrest of the opposition leader by military intelligence sparked fresh protests.",
        "COERCE",
        "arrest",
        "military intelligence",
        "opposition leader",
    ),
    # passive placing verb: the one placed under the event is its target
    (
        "The opposition leader was placed under house arrest on Monday.",
        "COERCE",
        "detain",
        None,
        "opposition leader",
    ),
    # 'extend' takes its event as object like a light verb
    (
        "Myanmar's junta has extended martial law to eleven more townships.",
        "COERCE",
        "martial-law",
        "junta",
        None,
    ),
    # 'went on strike': the verb joined through 'on' gives the actor (one trade's strike is the
    # codebook's limited strike, strike-lim; round 14)
    (
        "Nurses in public hospitals went on strike over unpaid salaries.",
        "PROTEST",
        "strike-lim",
        "Nurses",
        None,
    ),
    # facing a penalty announced is a threat; the act in the condition is not an event
    (
        "Protesters who take to the streets again will face the full force of the law, the prosecutor general said.",
        "THREATEN",
        "restrict",
        "prosecutor general",
        None,
    ),
    # vowing to crush (a verb of repression): THREATEN
    (
        "The army chief vowed to crush what he called terrorist riots in the oil region.",
        "THREATEN",
        None,
        "army chief",
        None,
    ),
    # force weighed aloud ('considering sanctions'): THREATEN
    (
        "Washington said it was considering new sanctions against Minsk.",
        "THREATEN",
        "relations",
        "Washington",
        None,
    ),
    # the refused act's object (miners: a party) is the refusal's target
    ("The governor refused to meet the striking miners.", "REJECT", None, "governor", "miners"),
    # 'between' sides act
    (
        "Clashes between rival militias killed at least 12 people in Tripoli overnight.",
        "FIGHT",
        None,
        "militias",
        None,
    ),
    # a participle's own party compared by token index: the resolution's adopter acts
    (
        "The European Parliament adopted a resolution condemning the executions.",
        "DISAPPROVE",
        None,
        "European Parliament",
        None,
    ),
    # a manhunt is COERCE
    ("The police launched a manhunt for the organisers of the rally.", "COERCE", None, "police", None),
    # 'took part in a march': joined through 'in'
    (
        "Hundreds of lawyers took part in a march to the Supreme Court.",
        "PROTEST",
        "demo-org",
        "lawyers",
        None,
    ),
    # stones thrown at police by civilians: a riot
    ("Police were pelted with stones by youths in the Mathare slum.", "PROTEST", None, "youths", "Police"),
    # armed men killing troops FIGHT; the agent told in the 'when' clause
    ("Two soldiers were killed when insurgents ambushed their patrol.", "FIGHT", None, "insurgents", None),
    # evacuating the wounded is AID
    (
        "The Red Crescent evacuated wounded demonstrators from the square.",
        "AID",
        None,
        "Red Crescent",
        "demonstrators",
    ),
    # a delegation is a party
    (
        "The Sudanese leader received a delegation of Arab League envoys in Khartoum on Monday.",
        "CONSULT",
        "host",
        "Sudanese leader",
        "delegation",
    ),
    # 'went on a hunger strike'
    (
        "Hundreds of prisoners at the jail went on a hunger strike to demand better conditions.",
        "PROTEST",
        "strike-hun",
        "prisoners",
        None,
    ),
    # hostages are a party
    ("The rebels released 20 hostages as a goodwill gesture.", "RETREAT", None, "rebels", "hostages"),
    # an authority's order to stop publishing: COERCE censor
    (
        "A court ordered the opposition daily to suspend publication for three months.",
        "COERCE",
        "censor",
        "court",
        "daily",
    ),
    # an authority's order to leave: COERCE deport
    (
        "The interior ministry ordered all foreign reporters to leave the province within 24 hours.",
        "COERCE",
        "deport",
        "interior ministry",
        "reporters",
    ),
    # travel 'for a round of talks': CONSULT
    (
        "Israeli and Syrian negotiators return to Washington next week for a new round of talks.",
        "CONSULT",
        None,
        "negotiators",
        None,
    ),
    # 'no intention of' an act: REJECT, the act absorbed
    ("The president said he had no intention of resigning.", "REJECT", None, "president", None),
    # troops crossing into a country: FIGHT
    ("Ethiopian troops crossed into Somalia on Sunday.", "FIGHT", None, "Ethiopian troops", "Somalia"),
    # seizing a town: FIGHT
    ("Rebels seized the provincial capital after heavy fighting.", "FIGHT", None, "Rebels", None),
    # naming with a word of blame ('an act of war'): DISAPPROVE
    ("Moscow called the sanctions an act of economic war.", "DISAPPROVE", None, "Moscow", None),
    # stripping of a right: COERCE
    (
        "Belarus stripped the exiled opposition leader of her citizenship.",
        "COERCE",
        None,
        "Belarus",
        "opposition leader",
    ),
]

#: Threats, strikes called and forces ordered out (a fifth batch of our own sentences).
THREAT_CASES = [
    # a deadline given to a party is an ultimatum; what is to be faced otherwise names the mode
    (
        "The rebels gave the government 48 hours to release their jailed comrades or face renewed attacks.",
        "THREATEN",
        "violence",
        "rebels",
        "government",
    ),
    ("The army gave protesters until Friday to leave the square.", "THREATEN", None, "army", "protesters"),
    # the means of a threatened act: "or be removed by force"
    (
        "The army warned protesters to leave the square by nightfall or be removed by force.",
        "THREATEN",
        "violence",
        "army",
        "protesters",
    ),
    # a date after "for" is not what is called for: the strike called is the event
    ("The opposition called a general strike for Thursday.", "PROTEST", "strike-gen", "opposition", None),
    # forces ordered to a place are mobilised
    (
        "The government ordered troops onto the streets of the capital after the riots.",
        "MOBILIZE",
        "troops",
        "government",
        None,
    ),
]

#: Consultation and aid modes (a sixth batch of our own sentences).
MODE_CASES = [
    # a meeting for a summit is multilateral
    ("Leaders of the G20 met in New Delhi for a two-day summit.", "CONSULT", "multilateral", "Leaders", None),
    # a place after "give … shelter in" is no "give in" (a concession)
    ("Thousands of refugees were given shelter in schools and churches.", "AID", None, None, "refugees"),
]

#: Constructions found on probe articles of our own in wire style (datelines, caveats, idioms).
WIRE_CASES = [
    # a wire dateline is parsed as a second subject before the real one
    (
        "LAGOS, May 3 (Reuters) - Nigerian soldiers arrested 14 members of a separatist group.",
        "COERCE",
        "arrest",
        "soldiers",
        "members",
    ),
    ("TUNIS (AFP) - Tunisia on Friday expelled a Libyan diplomat.", "SANCTION", None, "Tunisia", "diplomat"),
    # the state closing roads coerces; PLOVER's PROTEST is civilians' dissent
    ("Soldiers blocked the roads leading to the presidential palace.", "COERCE", None, "Soldiers", None),
    # a statement that expresses something: who issued it acts
    ("The G7 issued a statement expressing concern over the arrests.", "DISAPPROVE", None, "G7", None),
    # fires started are arson, not gunfire
    (
        "Several fires were started by rioters in the old town overnight.",
        "COERCE",
        "destroy",
        "rioters",
        None,
    ),
]

GUARDS = [
    (
        "The junta promised to hand power to a civilian government within 18 months.",
        "AGREE",
        None,
        "junta",
        None,
    ),
    (
        "Washington welcomed the release of the detained activists and urged Minsk to free the rest.",
        "SUPPORT",
        None,
        "Washington",
        None,
    ),
    (
        "Amnesty International called on the Iranian authorities to immediately release all those detained for peaceful protest.",
        "DEMAND",
        None,
        "Amnesty International",
        "Iranian authorities",
    ),
    (
        "Protest leaders refused to call off the sit-in despite the government's offer.",
        "REJECT",
        None,
        "Protest leaders",
        None,
    ),
    (
        "The interior ministry denied that security forces had used live ammunition.",
        "REJECT",
        None,
        "interior ministry",
        None,
    ),
    (
        "The Revolutionary Guards threatened to crush the protests if they did not end by Friday.",
        "THREATEN",
        # round 18: crushing is violent repression, the codebook's THREATEN violence (was restrict)
        "violence",
        "Revolutionary Guards",
        None,
    ),
    (
        "The governor threatened to impose a curfew on the city if the unrest continued.",
        "THREATEN",
        "curfew",
        "governor",
        None,
    ),
    (
        "Moscow warned it would sever diplomatic ties with Chisinau over the expulsions.",
        "THREATEN",
        "relations",
        "Moscow",
        None,
    ),
    (
        "Bowing to protesters' demands, the president sacked the police chief.",
        "CONCEDE",
        None,
        "president",
        "protesters",
    ),
    (
        "The prominent rapper was detained by plainclothes agents at his home in Isfahan.",
        "COERCE",
        "detain",
        "plainclothes agents",
        "rapper",
    ),
    (
        "A revolutionary court sentenced three protesters to death on charges of waging war against God.",
        "COERCE",
        None,
        "revolutionary court",
        "protesters",
    ),
    (
        "Detainees said they were tortured by guards at the prison.",
        "ASSAULT",
        "torture",
        "guards",
        "Detainees",
    ),
    (
        "Two protesters were hanged on Monday after what rights groups called sham trials.",
        "ASSAULT",
        "execute",
        None,
        "protesters",
    ),
    (
        "Tear gas was fired at protesters by riot police outside parliament.",
        "COERCE",
        None,
        "riot police",
        "protesters",
    ),
    (
        "Dozens of protesters were arrested in Tehran on Saturday, the judiciary's news agency reported.",
        "COERCE",
        "arrest",
        None,
        "protesters",
    ),
    (
        "Soldiers opened fire on the crowd, killing at least six people.",
        "FIGHT",
        "firearms",
        "Soldiers",
        "crowd",
    ),
    (
        "Police said they would not tolerate any further gatherings in the city centre.",
        "THREATEN",
        "restrict",
        "Police",
        None,
    ),
    (
        "The opposition boycotted the parliamentary vote, calling it a sham.",
        "PROTEST",
        "boycott",
        "opposition",
        None,
    ),
    ("The regime has refused to allow U.N. investigators into the country.", "REJECT", None, "regime", None),
    (
        "The interior minister said police would shoot anyone attacking government buildings.",
        "THREATEN",
        "violence",
        "interior minister",
        None,
    ),
    (
        "Teachers' unions threatened an indefinite strike if salaries are not paid by the end of the month.",
        "THREATEN",
        None,
        "unions",
        None,
    ),
    (
        "Police declined to release the bodies of the dead protesters to their families.",
        "REJECT",
        None,
        "Police",
        None,
    ),
    ("The junta has ignored repeated calls to free the detained leader.", "REJECT", None, "junta", None),
    (
        "Kenya's police chief denied that officers had fired live rounds at the marchers.",
        "REJECT",
        None,
        "police chief",
        None,
    ),
    ("A wave of arrests followed the demonstrations in Almaty.", "COERCE", "arrest", None, None),
    (
        "The killing of the student by a police officer triggered the unrest.",
        "ASSAULT",
        None,
        "police officer",
        "student",
    ),
    (
        "Rights groups have lodged a complaint with the U.N. over the killings.",
        "DISAPPROVE",
        None,
        "Rights groups",
        "U.N.",
    ),
    (
        "Several journalists were beaten by plainclothes officers outside the court.",
        "ASSAULT",
        "beat",
        "plainclothes officers",
        "journalists",
    ),
    (
        "The activist was sentenced by a revolutionary court to six years in prison.",
        "COERCE",
        None,
        "revolutionary court",
        "activist",
    ),
    (
        "Hundreds of protesters were rounded up and taken to a stadium.",
        "COERCE",
        "arrest",
        None,
        "protesters",
    ),
]


def _check(text: str, etype: str, mode: str | None, actor: str | None, target: str | None) -> None:
    event = _first(text)
    assert event is not None, text
    assert event.type == etype, (event.type, event.mode, text)
    if mode is not None:
        assert event.mode == mode, (event.type, event.mode, text)
    assert _overlaps(event.actor_text, actor), (event.actor_text, text)
    assert _overlaps(event.target_text, target), (event.target_text, text)


@pytest.mark.parametrize(("text", "etype", "mode", "actor", "target"), CASES)
def test_construction(text: str, etype: str, mode: str | None, actor: str | None, target: str | None) -> None:
    _check(text, etype, mode, actor, target)


@pytest.mark.parametrize(("text", "etype", "mode", "actor", "target"), THREAT_CASES)
def test_threat_construction(
    text: str, etype: str, mode: str | None, actor: str | None, target: str | None
) -> None:
    _check(text, etype, mode, actor, target)


def test_ultimatum_absorbs_the_demanded_act() -> None:
    """The release demanded and the attacks threatened did not happen."""
    text = "The rebels gave the government 48 hours to release their jailed comrades or face renewed attacks."
    assert [e.type for e in tally.analyze(text).events if e.type in {"RETREAT", "ASSAULT"}] == []


@pytest.mark.parametrize(("text", "etype", "mode", "actor", "target"), MODE_CASES)
def test_mode_construction(
    text: str, etype: str, mode: str | None, actor: str | None, target: str | None
) -> None:
    _check(text, etype, mode, actor, target)


@pytest.mark.parametrize(("text", "etype", "mode", "actor", "target"), WIRE_CASES)
def test_wire_construction(
    text: str, etype: str, mode: str | None, actor: str | None, target: str | None
) -> None:
    _check(text, etype, mode, actor, target)


@pytest.mark.parametrize(
    "text",
    [
        # the reporter's caveat is no investigation
        "The army said it killed 40 rebels, a figure that could not be independently verified.",
        # a coup's idiom confiscates nothing
        "The generals seized power in a bloodless coup in 2021.",
        # sheltering (taking shelter) is no aid given
        "Thousands of villagers sheltered in a school during the storm.",
    ],
)
def test_no_event_of_the_idiom(text: str) -> None:
    types = [(e.type, text[e.trigger[0] : e.trigger[1]]) for e in tally.analyze(text).events]
    assert all(t not in {"INVESTIGATE", "AID"} for t, _ in types), types
    assert ("COERCE", "seized") not in types, types


@pytest.mark.parametrize(("text", "etype", "mode", "actor", "target"), GUARDS)
def test_guard(text: str, etype: str, mode: str | None, actor: str | None, target: str | None) -> None:
    _check(text, etype, mode, actor, target)


def test_disowned_act_is_no_event() -> None:
    """ "had no intention of resigning": the resignation did not happen."""
    events = tally.analyze("The president said he had no intention of resigning.").events
    assert [e.type for e in events] == ["REJECT"]


def test_praise_and_neutral_naming() -> None:
    """A word of praise supports; a neutral description is no event."""
    assert _first("The minister called the accord a breakthrough for the region.").type == "SUPPORT"
    assert _first("The report described the town as quiet.") is None


def test_contemplated_measure_is_no_sanction() -> None:
    """ "considering new sanctions": no SANCTION event was taken."""
    events = tally.analyze("Washington said it was considering new sanctions against Minsk.").events
    assert [e.type for e in events] == ["THREATEN"]


def test_a_date_is_no_target_of_a_joined_event() -> None:
    """ "engaged in heavy fighting" joined through "in": the day after "on" is no party."""
    text = "On 3 May 2021 rebels and government troops engaged in heavy fighting near the town."
    event = _first(text)
    assert event is not None and event.type == "FIGHT"
    assert event.target_text is None or not any(ch.isdigit() for ch in event.target_text)
