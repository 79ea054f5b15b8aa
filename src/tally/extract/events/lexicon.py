"""The event lexicon: which words, in which syntactic role, trigger which PLOVER event.

Types and modes are those of the PLOVER 0.5 draft, the version PLOVER's gold
sentences are coded with (see ``SPEC.md``). The lists follow the PLOVER
manual's definitions of each type (and the CAMEO verb classes they merge), not
single example sentences; a word whose event depends on what it acts on
("lift a curfew" is a concession, "lift a blockade" a retreat; "send troops"
mobilises, "send aid" aids) is keyed by verb *and* object class.

A trigger is never a keyword alone: :mod:`tally.extract.events.extractor` looks these up
for a verb or noun in the dependency parse and takes the actor and target
from its arguments, so "protest" as a verb with a subject and "protest" as a
noun under "lodge" get different events.
"""

from __future__ import annotations

from typing import NamedTuple


def words(text: str) -> frozenset[str]:
    """A set of words written as one space-separated string, for compact word lists."""
    return frozenset(text.split())


class Sense(NamedTuple):
    """A PLOVER event type and mode (mode None where the manual gives none that fits)."""

    type: str
    mode: str | None = None


# -- verbs ------------------------------------------------------------------
#: Verb lemmas that trigger an event whatever their object.
VERBS: dict[str, Sense] = {
    # PROTEST: collective dissent
    "protest": Sense("PROTEST", "demo-org"),
    "demonstrate": Sense("PROTEST", "demo-org"),
    "rally": Sense("PROTEST", "demo-org"),
    "march": Sense("PROTEST", "demo-org"),
    "picket": Sense("PROTEST", "demo-org"),
    "riot": Sense("PROTEST", "riot-spon"),
    "revolt": Sense("PROTEST", "demo-spon"),
    "rebel": Sense("PROTEST", "demo-spon"),
    "strike": Sense("PROTEST", "strike-gen"),
    "boycott": Sense("PROTEST", "boycott"),
    "blockade": Sense("PROTEST", "obstruct"),
    # ASSAULT: one-sided violence
    "kill": Sense("ASSAULT"),
    "murder": Sense("ASSAULT"),
    "massacre": Sense("ASSAULT"),
    "slaughter": Sense("ASSAULT"),
    "slay": Sense("ASSAULT"),
    "attack": Sense("ASSAULT"),
    "assault": Sense("ASSAULT", "beat"),
    "injure": Sense("ASSAULT"),
    "wound": Sense("ASSAULT"),
    "maim": Sense("ASSAULT"),
    "assassinate": Sense("ASSAULT", "assassinate"),
    "beat": Sense("ASSAULT", "beat"),
    "flog": Sense("ASSAULT", "beat"),
    "whip": Sense("ASSAULT", "beat"),
    "lash": Sense("ASSAULT", "beat"),
    "torture": Sense("ASSAULT", "torture"),
    "shoot": Sense("ASSAULT", "firearms"),
    "gun": Sense("ASSAULT", "firearms"),
    "stab": Sense("ASSAULT", "primitive"),
    "behead": Sense("ASSAULT", "primitive"),
    "lynch": Sense("ASSAULT", "primitive"),
    "stone": Sense("ASSAULT", "primitive"),
    "bomb": Sense("ASSAULT", "explosives"),
    "rape": Sense("ASSAULT", "sexual"),
    "execute": Sense("ASSAULT", "execute"),
    "hang": Sense("ASSAULT", "execute"),
    # COERCE: repression and restriction
    "arrest": Sense("COERCE", "arrest"),
    "apprehend": Sense("COERCE", "arrest"),
    "sentence": Sense("COERCE", "arrest"),
    "detain": Sense("COERCE", "detain"),
    "imprison": Sense("COERCE", "detain"),
    "jail": Sense("COERCE", "detain"),
    "kidnap": Sense("COERCE", "detain"),
    "abduct": Sense("COERCE", "detain"),
    "disappear": Sense("COERCE", "detain"),
    "deport": Sense("COERCE", "deport"),
    "confiscate": Sense("COERCE", "confiscate"),
    "censor": Sense("COERCE", "censor"),
    "raid": Sense("COERCE"),
    "repress": Sense("COERCE"),
    "suppress": Sense("COERCE"),
    "quell": Sense("COERCE"),
    "disperse": Sense("COERCE"),
    "persecute": Sense("COERCE"),
    "intimidate": Sense("COERCE"),
    "harass": Sense("COERCE"),
    "demolish": Sense("COERCE", "destroy"),
    "raze": Sense("COERCE", "destroy"),
    "torch": Sense("COERCE", "destroy"),
    "burn": Sense("COERCE", "destroy"),
    "destroy": Sense("COERCE", "destroy"),
    "hack": Sense("COERCE"),
    # FIGHT: armed conflict
    "fight": Sense("FIGHT"),
    "clash": Sense("FIGHT"),
    "battle": Sense("FIGHT"),
    "shell": Sense("FIGHT", "heavy-weapons"),
    "bombard": Sense("FIGHT", "heavy-weapons"),
    "invade": Sense("FIGHT", "heavy-weapons"),
    "capture": Sense("FIGHT", "heavy-weapons"),
    "retake": Sense("FIGHT", "heavy-weapons"),
    "recapture": Sense("FIGHT", "heavy-weapons"),
    "overrun": Sense("FIGHT", "heavy-weapons"),
    "occupy": Sense("FIGHT", "heavy-weapons"),
    "ambush": Sense("FIGHT", "firearms"),
    "fire": Sense("FIGHT", "firearms"),
    # MOBILIZE: force posture short of force
    "mobilize": Sense("MOBILIZE", "troops"),
    "mobilise": Sense("MOBILIZE", "troops"),
    "deploy": Sense("MOBILIZE", "troops"),
    "reinforce": Sense("MOBILIZE", "troops"),
    "patrol": Sense("MOBILIZE", "police"),
    "garrison": Sense("MOBILIZE", "troops"),
    # THREATEN
    "threaten": Sense("THREATEN"),
    "warn": Sense("THREATEN"),
    # DISAPPROVE (accusations carry mode accuse, as SPEC.md asks)
    "accuse": Sense("DISAPPROVE", "accuse"),
    "allege": Sense("DISAPPROVE", "accuse"),
    "blame": Sense("DISAPPROVE", "accuse"),
    "charge": Sense("DISAPPROVE", "accuse"),
    "indict": Sense("DISAPPROVE", "accuse"),
    "sue": Sense("DISAPPROVE"),
    "condemn": Sense("DISAPPROVE"),
    "denounce": Sense("DISAPPROVE"),
    "criticize": Sense("DISAPPROVE"),
    "criticise": Sense("DISAPPROVE"),
    "decry": Sense("DISAPPROVE"),
    "deplore": Sense("DISAPPROVE"),
    "complain": Sense("DISAPPROVE"),
    "censure": Sense("DISAPPROVE"),
    "rebuke": Sense("DISAPPROVE"),
    "slam": Sense("DISAPPROVE"),
    "lambast": Sense("DISAPPROVE"),
    "lambaste": Sense("DISAPPROVE"),
    # DEMAND
    "demand": Sense("DEMAND"),
    "urge": Sense("DEMAND"),
    "insist": Sense("DEMAND"),
    "press": Sense("DEMAND"),
    "push": Sense("DEMAND"),
    "order": Sense("DEMAND"),
    "command": Sense("DEMAND"),
    # SANCTION
    "sanction": Sense("SANCTION"),
    "embargo": Sense("SANCTION"),
    "expel": Sense("SANCTION"),
    "sever": Sense("SANCTION"),
    "suspend": Sense("SANCTION"),
    "convict": Sense("SANCTION"),
    "freeze": Sense("SANCTION"),
    # INVESTIGATE
    "investigate": Sense("INVESTIGATE"),
    "probe": Sense("INVESTIGATE"),
    "inspect": Sense("INVESTIGATE"),
    "interrogate": Sense("INVESTIGATE"),
    "question": Sense("INVESTIGATE"),
    # AGREE: intent to cooperate
    "agree": Sense("AGREE"),
    "promise": Sense("AGREE"),
    "pledge": Sense("AGREE"),
    "offer": Sense("AGREE"),
    "vow": Sense("AGREE"),
    "accept": Sense("AGREE"),
    # CONSULT
    "meet": Sense("CONSULT"),
    "visit": Sense("CONSULT", "visit"),
    "host": Sense("CONSULT", "host"),
    "negotiate": Sense("CONSULT"),
    "consult": Sense("CONSULT"),
    "discuss": Sense("CONSULT"),
    "mediate": Sense("CONSULT"),
    # SUPPORT: diplomatic, verbal support
    "praise": Sense("SUPPORT"),
    "welcome": Sense("SUPPORT"),
    "support": Sense("SUPPORT"),
    "endorse": Sense("SUPPORT"),
    "back": Sense("SUPPORT"),
    "commend": Sense("SUPPORT"),
    "hail": Sense("SUPPORT"),
    "applaud": Sense("SUPPORT"),
    "defend": Sense("SUPPORT"),
    "recognize": Sense("SUPPORT"),
    "recognise": Sense("SUPPORT"),
    "forgive": Sense("SUPPORT"),
    "congratulate": Sense("SUPPORT"),
    "sign": Sense("SUPPORT"),
    "ratify": Sense("SUPPORT"),
    "upgrade": Sense("SUPPORT"),
    # COOPERATE: mutual material cooperation
    "cooperate": Sense("COOPERATE"),
    "co-operate": Sense("COOPERATE"),
    "collaborate": Sense("COOPERATE"),
    "share": Sense("COOPERATE"),
    "extradite": Sense("COOPERATE"),
    "exchange": Sense("COOPERATE"),
    # AID
    "aid": Sense("AID"),
    "assist": Sense("AID"),
    "provide": Sense("AID"),
    "supply": Sense("AID"),
    "donate": Sense("AID"),
    "deliver": Sense("AID"),
    "fund": Sense("AID"),
    "finance": Sense("AID"),
    "grant": Sense("AID"),
    "shelter": Sense("AID"),
    # CONCEDE: verbal concessions, easing of restrictions
    "concede": Sense("CONCEDE"),
    "allow": Sense("CONCEDE"),
    "permit": Sense("CONCEDE"),
    "ease": Sense("CONCEDE"),
    "relax": Sense("CONCEDE"),
    "pardon": Sense("CONCEDE"),
    "apologize": Sense("CONCEDE"),
    "apologise": Sense("CONCEDE"),
    "shorten": Sense("CONCEDE"),
    # RETREAT: material concessions
    "withdraw": Sense("RETREAT"),
    "return": Sense("RETREAT"),
    "retreat": Sense("RETREAT"),
    "evacuate": Sense("RETREAT"),
    "surrender": Sense("RETREAT"),
    "release": Sense("RETREAT"),
    "free": Sense("RETREAT"),
    "resign": Sense("RETREAT"),
    "disarm": Sense("RETREAT"),
    "demobilize": Sense("RETREAT"),
    "repatriate": Sense("RETREAT"),
    # REJECT
    "reject": Sense("REJECT"),
    "refuse": Sense("REJECT"),
    "decline": Sense("REJECT"),
    "veto": Sense("REJECT"),
    "dismiss": Sense("REJECT"),
    "rebuff": Sense("REJECT"),
    "spurn": Sense("REJECT"),
    "defy": Sense("REJECT"),
    "violate": Sense("REJECT"),
    # CRIME
    "rob": Sense("CRIME"),
    "steal": Sense("CRIME"),
    "loot": Sense("CRIME"),
    "smuggle": Sense("CRIME"),
    "embezzle": Sense("CRIME"),
    "extort": Sense("CRIME"),
}

#: (verb lemma, particle) pairs: the particle makes the event.
PHRASAL: dict[tuple[str, str], Sense] = {
    ("beat", "up"): Sense("ASSAULT", "beat"),
    ("crack", "down"): Sense("COERCE"),
    ("round", "up"): Sense("COERCE", "arrest"),
    ("lock", "up"): Sense("COERCE", "detain"),
    ("shut", "down"): Sense("COERCE", "censor"),
    ("blow", "up"): Sense("ASSAULT", "explosives"),
    ("pull", "out"): Sense("RETREAT"),
    ("step", "down"): Sense("RETREAT"),
    ("back", "down"): Sense("CONCEDE"),
    ("give", "in"): Sense("CONCEDE"),
    ("hand", "over"): Sense("AID"),
    ("call", "for"): Sense("DEMAND"),
    ("push", "for"): Sense("DEMAND"),
    ("press", "for"): Sense("DEMAND"),
    ("rise", "up"): Sense("PROTEST", "demo-spon"),
    ("order", "out"): Sense("COERCE", "deport"),
    ("drive", "out"): Sense("COERCE", "deport"),
    ("walk", "out"): Sense("PROTEST", "strike-gen"),
}

#: Classes of object nouns for verbs whose event depends on their object.
OBJECT_CLASSES: dict[str, frozenset[str]] = {
    "forces": words(
        "force troop soldier army police policeman officer unit reservist battalion brigade division tank warship militia guard commando paratrooper marine personnel"
    ),
    "security": words("police policeman security riot guard gendarme"),
    "inspectors": words("inspector investigator observer monitor expert"),
    "aid": words(
        "aid assistance food medicine supply arm weapon fund money loan grant credit relief ammunition equipment vaccine tent water fuel"
    ),
    "restriction": words("curfew ban restriction emergency measure siege law limit control"),
    "blockade": words("blockade closure cordon"),
    "sanctions": words("sanction embargo boycott"),
    "demands": words("demand call request condition ultimatum"),
    "refuge": words("refuge asylum shelter protection"),
    "communication": words(
        "internet access network communication phone telephone website site newspaper paper publication broadcast satellite channel service"
    ),
    "road": words("road roadway street highway bridge traffic transport route railway border crossing"),
    "diplomats": words("diplomat ambassador envoy embassy mission consul"),
    "people": words(
        "people person refugee migrant journalist activist worker national citizen family resident dissident student reporter"
    ),
    "relations": words("relation tie talk negotiation contact"),
    "meeting": words("visit meeting summit trip talk tour"),
    "ceasefire": words("ceasefire cease-fire truce armistice"),
    "information": words("information intelligence evidence data expertise"),
    "fire": words("fire"),
}

#: (verb lemma, object class) → event: the verb's meaning is set by its object.
VERB_OBJECT: dict[tuple[str, str], Sense] = {
    ("send", "forces"): Sense("MOBILIZE", "troops"),
    ("dispatch", "forces"): Sense("MOBILIZE", "troops"),
    ("mass", "forces"): Sense("MOBILIZE", "troops"),
    ("station", "forces"): Sense("MOBILIZE", "troops"),
    ("strengthen", "forces"): Sense("MOBILIZE", "troops"),
    ("increase", "forces"): Sense("MOBILIZE", "troops"),
    ("train", "forces"): Sense("MOBILIZE", "troops"),
    ("send", "inspectors"): Sense("INVESTIGATE"),
    ("dispatch", "inspectors"): Sense("INVESTIGATE"),
    ("send", "aid"): Sense("AID"),
    ("give", "aid"): Sense("AID"),
    ("ship", "aid"): Sense("AID"),
    ("lift", "restriction"): Sense("CONCEDE"),
    ("remove", "restriction"): Sense("CONCEDE"),
    ("cancel", "restriction"): Sense("CONCEDE"),
    ("end", "restriction"): Sense("CONCEDE"),
    ("lift", "blockade"): Sense("RETREAT"),
    ("end", "blockade"): Sense("RETREAT"),
    ("impose", "restriction"): Sense("COERCE"),
    ("impose", "blockade"): Sense("SANCTION"),
    ("impose", "sanctions"): Sense("SANCTION"),
    ("tighten", "sanctions"): Sense("SANCTION"),
    ("lift", "sanctions"): Sense("CONCEDE"),
    ("ease", "sanctions"): Sense("CONCEDE"),
    ("accept", "demands"): Sense("CONCEDE"),
    ("meet", "demands"): Sense("CONCEDE"),
    ("seek", "refuge"): Sense("DEMAND"),
    ("suspend", "communication"): Sense("COERCE", "censor"),
    ("tighten", "restriction"): Sense("COERCE"),
    ("tighten", "blockade"): Sense("SANCTION"),
    ("cut", "communication"): Sense("COERCE", "censor"),
    ("block", "communication"): Sense("COERCE", "censor"),
    ("shut", "communication"): Sense("COERCE", "censor"),
    ("close", "communication"): Sense("COERCE", "censor"),
    ("ban", "communication"): Sense("COERCE", "censor"),
    ("restrict", "communication"): Sense("COERCE", "censor"),
    ("disrupt", "communication"): Sense("COERCE", "censor"),
    ("block", "road"): Sense("PROTEST", "obstruct"),
    ("barricade", "road"): Sense("PROTEST", "obstruct"),
    ("occupy", "road"): Sense("PROTEST", "obstruct"),
    ("close", "road"): Sense("SANCTION"),
    ("expel", "people"): Sense("COERCE", "deport"),
    ("expel", "diplomats"): Sense("SANCTION"),
    ("recall", "diplomats"): Sense("SANCTION"),
    ("withdraw", "diplomats"): Sense("SANCTION"),
    ("withdraw", "inspectors"): Sense("SANCTION"),
    ("cut", "relations"): Sense("SANCTION"),
    ("break", "relations"): Sense("SANCTION"),
    ("suspend", "relations"): Sense("SANCTION"),
    ("stop", "relations"): Sense("SANCTION"),
    ("restore", "relations"): Sense("SUPPORT"),
    ("establish", "relations"): Sense("SUPPORT"),
    ("resume", "relations"): Sense("CONSULT"),
    ("renew", "relations"): Sense("CONSULT"),
    ("cancel", "meeting"): Sense("SANCTION"),
    ("call", "meeting"): Sense("SANCTION"),
    ("declare", "ceasefire"): Sense("RETREAT"),
    ("observe", "ceasefire"): Sense("RETREAT"),
    ("violate", "ceasefire"): Sense("FIGHT", "other"),
    ("break", "ceasefire"): Sense("FIGHT", "other"),
    ("open", "fire"): Sense("FIGHT", "firearms"),
    ("set", "fire"): Sense("COERCE", "destroy"),
    ("share", "information"): Sense("COOPERATE"),
    ("seize", "aid"): Sense("COERCE", "confiscate"),
}

#: Verbs that are events only with an object of a class (else nothing): "seize power" is not.
OBJECT_ONLY = frozenset(v for v, _ in VERB_OBJECT if v not in VERBS)

#: Verbs whose direct object is itself the event: "staged a protest", "ordered a crackdown".
LIGHT_VERBS = words(
    "stage hold launch begin start continue mount carry conduct organize organise undertake make issue lodge file give open lead call go join resume intensify step escalate wage unleash order announce declare impose commit perpetrate enter stand stir spark trigger intensify conclude complete initiate institute register engage take reach pay put place"
)

#: Verbs whose complement carries the event ("tried to assassinate", "continued to shell").
PASS_THROUGH = words(
    "try attempt continue begin start resume keep manage go proceed help decide move seek dare hasten rush choose tend use"
)

#: Verbs and adjectives of intention: the complement is a future act of the subject.
INTENT = words(
    "plan intend prepare aim want hope expect plot scheme mean ready willing prepared set determined eager poised"
)

#: Verbs that report speech or knowledge: events in their complement are ``reported``.
REPORTING = words(
    "say tell announce report state claim add confirm note insist reiterate stress write quote explain argue believe think assert affirm testify disclose reveal acknowledge admit allege deny tweet post declare indicate suggest estimate learn hear know show"
)

#: Adjectives and nouns that make an event a possibility rather than a fact.
HYPOTHETICAL_MODIFIERS = words("possible potential likely probable future further feared")
HYPOTHETICAL_GOVERNORS = words(
    "fear risk prevent counter avoid forestall deter threat danger prospect possibility chance preempt pre-empt anticipate averting avert"
)

# -- nouns -------------------------------------------------------------------
#: Event nouns, by lemma (hyphenated compounds joined: "build-up", "sit-in").
NOUNS: dict[str, Sense] = {
    "protest": Sense("PROTEST", "demo-org"),
    "demonstration": Sense("PROTEST", "demo-org"),
    "rally": Sense("PROTEST", "demo-org"),
    "march": Sense("PROTEST", "demo-org"),
    "sit-in": Sense("PROTEST", "demo-org"),
    "vigil": Sense("PROTEST", "demo-org"),
    "petition": Sense("PROTEST", "demo-org"),
    "uprising": Sense("PROTEST", "demo-spon"),
    "unrest": Sense("PROTEST", "demo-spon"),
    "revolt": Sense("PROTEST", "demo-spon"),
    "rebellion": Sense("PROTEST", "demo-spon"),
    "intifada": Sense("PROTEST", "demo-spon"),
    "riot": Sense("PROTEST", "riot-spon"),
    "rioting": Sense("PROTEST", "riot-spon"),
    "strike": Sense("PROTEST", "strike-gen"),
    "walkout": Sense("PROTEST", "strike-gen"),
    "boycott": Sense("PROTEST", "boycott"),
    "blockade": Sense("PROTEST", "obstruct"),
    "killing": Sense("ASSAULT"),
    "murder": Sense("ASSAULT"),
    "massacre": Sense("ASSAULT"),
    "slaughter": Sense("ASSAULT"),
    "bloodshed": Sense("ASSAULT"),
    "attack": Sense("ASSAULT"),
    "assault": Sense("ASSAULT"),
    "assassination": Sense("ASSAULT", "assassinate"),
    "beating": Sense("ASSAULT", "beat"),
    "torture": Sense("ASSAULT", "torture"),
    "shooting": Sense("ASSAULT", "firearms"),
    "stabbing": Sense("ASSAULT", "primitive"),
    "bombing": Sense("ASSAULT", "explosives"),
    "explosion": Sense("ASSAULT", "explosives"),
    "blast": Sense("ASSAULT", "explosives"),
    "rape": Sense("ASSAULT", "sexual"),
    "execution": Sense("ASSAULT", "execute"),
    "arrest": Sense("COERCE", "arrest"),
    "detention": Sense("COERCE", "detain"),
    "imprisonment": Sense("COERCE", "detain"),
    "abduction": Sense("COERCE", "detain"),
    "kidnapping": Sense("COERCE", "detain"),
    "disappearance": Sense("COERCE", "detain"),
    "deportation": Sense("COERCE", "deport"),
    "expulsion": Sense("COERCE", "deport"),
    "confiscation": Sense("COERCE", "confiscate"),
    "censorship": Sense("COERCE", "censor"),
    "blackout": Sense("COERCE", "censor"),
    "shutdown": Sense("COERCE", "censor"),
    "curfew": Sense("COERCE", "curfew"),
    "crackdown": Sense("COERCE"),
    "repression": Sense("COERCE"),
    "suppression": Sense("COERCE"),
    "raid": Sense("COERCE"),
    "demolition": Sense("COERCE", "destroy"),
    "fighting": Sense("FIGHT"),
    "clash": Sense("FIGHT"),
    "battle": Sense("FIGHT"),
    "gunbattle": Sense("FIGHT", "firearms"),
    "firefight": Sense("FIGHT", "firearms"),
    "gunfight": Sense("FIGHT", "firearms"),
    "offensive": Sense("FIGHT", "heavy-weapons"),
    "invasion": Sense("FIGHT", "heavy-weapons"),
    "shelling": Sense("FIGHT", "heavy-weapons"),
    "bombardment": Sense("FIGHT", "heavy-weapons"),
    "airstrike": Sense("FIGHT", "heavy-weapons"),
    "air-strike": Sense("FIGHT", "heavy-weapons"),
    "cleansing": Sense("FIGHT", "other"),
    "fire": Sense("FIGHT", "firearms"),
    "build-up": Sense("MOBILIZE", "troops"),
    "buildup": Sense("MOBILIZE", "troops"),
    "deployment": Sense("MOBILIZE", "troops"),
    "mobilization": Sense("MOBILIZE", "troops"),
    "mobilisation": Sense("MOBILIZE", "troops"),
    "garrison": Sense("MOBILIZE", "troops"),
    "patrol": Sense("MOBILIZE", "police"),
    "alert": Sense("MOBILIZE", "troops"),
    "reinforcement": Sense("MOBILIZE", "troops"),
    "threat": Sense("THREATEN"),
    "ultimatum": Sense("THREATEN"),
    "warning": Sense("THREATEN"),
    "accusation": Sense("DISAPPROVE", "accuse"),
    "allegation": Sense("DISAPPROVE", "accuse"),
    "charge": Sense("DISAPPROVE", "accuse"),
    "complaint": Sense("DISAPPROVE"),
    "condemnation": Sense("DISAPPROVE"),
    "criticism": Sense("DISAPPROVE"),
    "lawsuit": Sense("DISAPPROVE"),
    "demand": Sense("DEMAND"),
    "sanction": Sense("SANCTION"),
    "embargo": Sense("SANCTION"),
    "investigation": Sense("INVESTIGATE"),
    "inquiry": Sense("INVESTIGATE"),
    "enquiry": Sense("INVESTIGATE"),
    "probe": Sense("INVESTIGATE"),
    "inspection": Sense("INVESTIGATE"),
    "agreement": Sense("AGREE"),
    "deal": Sense("AGREE"),
    "promise": Sense("AGREE"),
    "pledge": Sense("AGREE"),
    "offer": Sense("AGREE"),
    "talk": Sense("CONSULT"),
    "meeting": Sense("CONSULT", "visit"),
    "negotiation": Sense("CONSULT"),
    "summit": Sense("CONSULT", "multilateral"),
    "visit": Sense("CONSULT", "visit"),
    "mediation": Sense("CONSULT"),
    "welcome": Sense("CONSULT", "host"),
    "praise": Sense("SUPPORT"),
    "endorsement": Sense("SUPPORT"),
    "exercise": Sense("COOPERATE"),
    "game": Sense("COOPERATE"),
    "maneuver": Sense("COOPERATE"),
    "manoeuvre": Sense("COOPERATE"),
    "extradition": Sense("COOPERATE"),
    "aid": Sense("AID"),
    "assistance": Sense("AID"),
    "asylum": Sense("AID"),
    "concession": Sense("CONCEDE"),
    "amnesty": Sense("CONCEDE"),
    "pardon": Sense("CONCEDE"),
    "apology": Sense("CONCEDE"),
    "withdrawal": Sense("RETREAT"),
    "retreat": Sense("RETREAT"),
    "ceasefire": Sense("RETREAT"),
    "cease-fire": Sense("RETREAT"),
    "truce": Sense("RETREAT"),
    "release": Sense("RETREAT"),
    "resignation": Sense("RETREAT"),
    "surrender": Sense("RETREAT"),
    "evacuation": Sense("RETREAT"),
    "compensation": Sense("RETREAT"),
    "rejection": Sense("REJECT"),
    "refusal": Sense("REJECT"),
    "veto": Sense("REJECT"),
    "robbery": Sense("CRIME"),
    "theft": Sense("CRIME"),
    "looting": Sense("CRIME"),
    "smuggling": Sense("CRIME"),
    "corruption": Sense("CRIME"),
}

#: Event nouns that stand as events on their own (subject, object of a preposition):
#: the material-conflict ones a monitor counts. Cooperative nouns ("talks", "aid")
#: are events only under a light verb ("held talks"), or they would fire on every
#: mention of a topic.
STANDALONE_TYPES = frozenset({"PROTEST", "ASSAULT", "COERCE", "FIGHT", "MOBILIZE", "SANCTION"})
#: Event nouns that are events only under a light verb ("opened fire"), never alone ("a fire broke out").
LIGHT_ONLY_NOUNS = frozenset({"fire"})
#: Verbs that are events only with a direct object ("returned the weapons", not "returned home").
TRANSITIVE_ONLY = frozenset({"return", "fire", "free"})
#: Nouns that frame an event named by their modifier: "a mediation effort", "a crackdown campaign".
FRAME_NOUNS = words("effort mission campaign operation drive initiative bid process")
#: Nouns that report speech like a reporting verb: "a reminder that Iraq must cooperate".
REPORTING_NOUNS = words(
    "statement reminder warning announcement claim call insistence assertion message declaration"
)

#: (modifier lemma, noun lemma) pairs that change a noun's event: "hunger strike".
NOUN_COMPOUNDS: dict[tuple[str, str], Sense] = {
    ("hunger", "strike"): Sense("PROTEST", "strike-hun"),
    ("general", "strike"): Sense("PROTEST", "strike-gen"),
    ("suicide", "attack"): Sense("ASSAULT", "suicide-attack"),
    ("suicide", "bombing"): Sense("ASSAULT", "suicide-attack"),
    ("car", "bombing"): Sense("ASSAULT", "explosives"),
    ("bomb", "attack"): Sense("ASSAULT", "explosives"),
    ("war", "game"): Sense("COOPERATE"),
    ("military", "exercise"): Sense("COOPERATE"),
    ("internet", "shutdown"): Sense("COERCE", "censor"),
    ("internet", "blackout"): Sense("COERCE", "censor"),
    ("ethnic", "cleansing"): Sense("FIGHT", "other"),
    ("martial", "law"): Sense("COERCE", "martial-law"),
    ("naval", "blockade"): Sense("SANCTION"),
    ("economic", "blockade"): Sense("SANCTION"),
    ("security", "build-up"): Sense("MOBILIZE", "police"),
    ("police", "patrol"): Sense("MOBILIZE", "police"),
    ("air", "strike"): Sense("FIGHT", "heavy-weapons"),
    ("mass", "arrest"): Sense("COERCE", "arrest"),
}

#: Multi-word nouns headed by a word that is no event alone: "state of emergency".
HEAD_OF: dict[tuple[str, str], Sense] = {
    ("state", "emergency"): Sense("COERCE", "martial-law"),
    ("state", "siege"): Sense("COERCE", "martial-law"),
    ("law", "martial"): Sense("COERCE", "martial-law"),
}

#: Instruments and settings that fix the mode of violence, and make it FIGHT when
#: the weapon is a military one (PLOVER codes aircraft and artillery as FIGHT).
INSTRUMENTS: dict[str, Sense] = {
    "gun": Sense("ASSAULT", "firearms"),
    "gunfire": Sense("ASSAULT", "firearms"),
    "bullet": Sense("ASSAULT", "firearms"),
    "rifle": Sense("ASSAULT", "firearms"),
    "pistol": Sense("ASSAULT", "firearms"),
    "gunman": Sense("ASSAULT", "firearms"),
    "sniper": Sense("ASSAULT", "firearms"),
    "gunbattle": Sense("FIGHT", "firearms"),
    "firefight": Sense("FIGHT", "firearms"),
    "machete": Sense("ASSAULT", "primitive"),
    "knife": Sense("ASSAULT", "primitive"),
    "axe": Sense("ASSAULT", "primitive"),
    "stone": Sense("ASSAULT", "primitive"),
    "rock": Sense("ASSAULT", "primitive"),
    "club": Sense("ASSAULT", "beat"),
    "baton": Sense("ASSAULT", "beat"),
    "bomb": Sense("ASSAULT", "explosives"),
    "explosive": Sense("ASSAULT", "explosives"),
    "grenade": Sense("ASSAULT", "explosives"),
    "mine": Sense("ASSAULT", "explosives"),
    "ied": Sense("ASSAULT", "explosives"),
    "bomber": Sense("ASSAULT", "suicide-attack"),
    "suicide": Sense("ASSAULT", "suicide-attack"),
    "aircraft": Sense("FIGHT", "heavy-weapons"),
    "airstrike": Sense("FIGHT", "heavy-weapons"),
    "helicopter": Sense("FIGHT", "heavy-weapons"),
    "gunship": Sense("FIGHT", "heavy-weapons"),
    "jet": Sense("FIGHT", "heavy-weapons"),
    "warplane": Sense("FIGHT", "heavy-weapons"),
    "drone": Sense("FIGHT", "heavy-weapons"),
    "predator": Sense("FIGHT", "heavy-weapons"),
    "missile": Sense("FIGHT", "heavy-weapons"),
    "rocket": Sense("FIGHT", "heavy-weapons"),
    "artillery": Sense("FIGHT", "heavy-weapons"),
    "mortar": Sense("FIGHT", "heavy-weapons"),
    "tank": Sense("FIGHT", "heavy-weapons"),
    "shell": Sense("FIGHT", "heavy-weapons"),
    "shelling": Sense("FIGHT", "heavy-weapons"),
}

#: Verbs that in a threat or a vow name coercion without being events elsewhere:
#: "lawbreakers must be handled with power", "we will crush them".
THREAT_PREDICATES = words(
    "handle deal confront punish crush smash stop eliminate eradicate respond tolerate allow permit prosecute hunt"
)
#: Of those, the ones that threaten only when negated ("we will not tolerate").
PERMISSIVE = words("tolerate allow permit")
#: Nouns of a forceful answer: "show a firmer response".
RESPONSE_NOUNS = words("response reaction answer action measure punishment")

#: Modal auxiliaries of obligation (a demand on the subject) and of future/intent.
OBLIGATION_MODALS = words("must should shall ought")
FUTURE_MODALS = words("will would 'll ’ll wo shall")
POSSIBILITY_MODALS = words("may might could can ca")

#: Types that are cooperation: a future one is an AGREE (PLOVER: "all cooperative
#: actions reported in future tense are also taken to imply intentions"), a
#: refused one a REJECT.
COOPERATIVE = frozenset({"AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT"})
#: Types that are material conflict: a future one is a THREATEN.
CONFLICTIVE = frozenset({"PROTEST", "MOBILIZE", "SANCTION", "COERCE", "ASSAULT", "FIGHT", "CRIME"})

#: The THREATEN mode for the kind of act threatened.
THREAT_MODES: dict[str, str] = {
    "ASSAULT": "violence",
    "FIGHT": "violence",
    "MOBILIZE": "violence",
    "SANCTION": "relations",
    "COERCE": "restrict",
    "PROTEST": "restrict",
    "CRIME": "violence",
}

#: Nouns for collectives and people that become GROUP entities when they act or
#: are acted upon without a name ("security forces", "protesters", "children").
GROUP_NOUNS = words(
    "people person protester demonstrator rioter student worker child youth teenager minor woman man citizen civilian resident villager refugee migrant activist dissident opponent prisoner detainee inmate journalist reporter blogger lawyer teacher farmer labourer laborer force police policeman officer soldier troop army guard militia militiaman paramilitary agent official authority regime government administration ministry judiciary court prosecutor judge leader minister mullah cleric rebel insurgent militant guerrilla fighter gunman settler supporter member thug opposition party union group faction crowd mob family relative victim community tribe minority majority national worker employee diplomat inspector observer peacekeeper hacker bomber attacker assailant"
)
