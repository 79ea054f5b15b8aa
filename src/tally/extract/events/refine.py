"""PLOVER's coding rules read from the actor and the target: a legal charge, a barrier, rioting,
a civilian struck, a military target, soldiers killed, a joint exercise change the type or mode
the trigger gave; :func:`_absorb` lets a THREATEN, AGREE, DEMAND or REJECT verb absorb the event
in its complement.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tally.extract.context import subtree_text
from tally.extract.events import lexicon as event_lexicon
from tally.extract.events import syntax as event_syntax
from tally.extract.events.acled import actor_kind
from tally.extract.events.candidate import _ABSORBING, _Cand
from tally.extract.events.clauses import (
    _is_person,
    _kind_of,
    _matrix_subject,
    _owner_of,
    _passive_agent,
    _people,
    _state_party,
)
from tally.extract.events.idiom_checks import _INTENTION_NOUNS
from tally.extract.events.modal_triggers import _FACING_VERBS, _ORDERING_BODIES
from tally.extract.events.nouns import _object_class
from tally.extract.events.refine_context import _attempt_threatened, _demanded_in
from tally.extract.events.threats import (
    _COMMISSIVES,
    _DENIAL_VERBS,
    _commissive_sense,
    _object_threat_mode,
    _refused_recipient,
    _threatened_mode,
)

if TYPE_CHECKING:
    from spacy.tokens import Token


def _refine_by_actor(c: _Cand) -> None:
    """Who acts decides between senses PLOVER tells apart by actor.

    A government that "protests" states its disapproval (PLOVER's PROTEST is
    civilian demonstration; an official protest is DISAPPROVE), and people who
    "occupy" a building or square are protesting, while troops occupying a town
    are fighting.
    """
    if c.actor is None or c.kind not in {"verb", "object", "phrasal"}:
        return
    actor = c.actor
    official = actor.ent_type_ == "GPE" or actor.lemma_.lower() in event_lexicon.OFFICIAL_NOUNS
    if c.type == "PROTEST" and c.lemma == "protest" and official:
        c.type, c.mode = "DISAPPROVE", None
    elif c.type == "COERCE" and c.mode == "destroy" and _rioting(actor, c.target):
        # "students burned tyres", "protesters torched cars": destruction by a crowd is a riot
        c.type, c.mode = "PROTEST", "riot"
        if c.target is not None and not (event_syntax.is_party(c.target) or _people(c.target)):
            # PLOVER's target is an actor: a thing burned is none, its owner is ("torched the
            # offices *of the ruling party*")
            c.target = _owner_of(c.target, c.head)
    elif c.type == "FIGHT" and c.lemma in _BRAWL_VERBS and _civilian(actor) and _state_party(c.target):
        # "students clashed with police": PLOVER's FIGHT is between organised armed sides;
        # civilians fighting the police are rioting (PROTEST/riot)
        c.type, c.mode = "PROTEST", "riot"
    elif c.type == "PROTEST" and c.mode == "obstruct" and _state_party(actor):
        # "officers in riot gear blocked the main roads": the state closing a road coerces
        # (PLOVER's PROTEST is civilians' dissent), as a ban on movement does
        c.type, c.mode = "COERCE", None
    elif c.type == "ASSAULT" and _thrown_missiles(c) and _civilian(actor) and _state_target(c.target):
        # "police were pelted with stones by youths": a crowd's stones thrown at the police are
        # a riot (PLOVER's violent protest), not one-sided violence against civilians
        c.type, c.mode = "PROTEST", "riot"
    elif c.type == "CONSULT" and c.mode == "visit" and _object_class(actor) == "inspectors":
        # "UN experts visited the region": inspectors' visits inspect (PLOVER INVESTIGATE)
        c.type, c.mode = "INVESTIGATE", None
    elif c.type == "AGREE" and c.lemma in _VOW_VERBS and _vowed_violence(c.head):
        # "vowed revenge", "swore retaliation": a promise of force is a threat
        c.type, c.mode = "THREATEN", "violence"
    elif c.type == "MOBILIZE" and _barrier_object(c.head) and _civilian(actor):
        # "residents set up roadblocks", "villagers erected barricades": civilians blocking a
        # way obstruct (PLOVER's PROTEST ``obstruct``); troops setting them up mobilise
        c.type, c.mode = "PROTEST", "obstruct"
    elif c.type == "DISAPPROVE" and c.lemma in _LEGAL_CHARGE_VERBS and _legal_charge(c, actor):
        # "police charged 15 protest leaders with sedition": a charge laid by the police, a
        # prosecutor or a court is legal action (PLOVER COERCE ``arrest``: "arrest, detain or
        # charge with legal action"), where "the minister charged that …" only accuses
        c.type, c.mode = "COERCE", "arrest"
    elif c.lemma == "occupy" and c.type == "FIGHT":
        kind = actor_kind(subtree_text(event_syntax.core_noun(actor)))
        if kind in {"protesters", "civilians"}:
            c.type, c.mode = "PROTEST", "obstruct"


#: Verbs of laying a criminal charge on someone.
_LEGAL_CHARGE_VERBS = frozenset({"charge", "indict"})

#: Heads of the actors who lay criminal charges: the police, prosecutors and courts.
_JUDICIAL_HEADS = frozenset(
    {"police", "prosecutor", "prosecution", "court", "judge", "magistrate", "tribunal", "investigator"}
    | {"prosecutors", "attorney", "procurator", "judiciary", "policeman", "officer"}
)


def _legal_charge(c: _Cand, actor: Token) -> bool:
    """Whether the police, a prosecutor or a court charged a person "with" an offence."""
    head = event_syntax.core_noun(actor)
    if head.lemma_.lower() not in _JUDICIAL_HEADS and head.lower_ not in _JUDICIAL_HEADS:
        return False
    if event_syntax.child(c.head, "dobj") is None:
        return False
    if c.lemma == "indict":
        return True  # an indictment is a court's act whatever follows
    # "with sedition", "with spreading false news" (the parser makes a gerund a pcomp)
    return any(ch.dep_ == "prep" and ch.lower_ == "with" and list(ch.children) for ch in c.head.children)


def _charged_by_law(c: _Cand) -> None:
    """A person "was charged" or "indicted" with no one named as accuser is charged by the law
    (round 38): PLOVER's COERCE ``arrest`` ("arrest, detain or charge with legal action"), as
    "police charged the two men" is (:func:`_legal_charge`). The passive names no accuser because
    the accuser is the state ("McDonald and Barry were charged with burglary", "he has not been
    charged", "would not be charged for having classified information"); one who accuses in words
    charges *that* something happened, actively, and stays DISAPPROVE. Only a person is charged
    so: "the commission was charged with overseeing the vote" is a body given a duty."""
    v = c.head
    if c.type != "DISAPPROVE" or c.kind != "verb" or c.lemma not in _LEGAL_CHARGE_VERBS:
        return
    if not event_syntax.is_passive(v) or _passive_agent(v) is not None:
        return
    if any(ch.dep_ == "ccomp" for ch in v.children):
        return
    subject = event_syntax.child(v, "nsubjpass")
    if subject is None:
        return
    # "McDonald and Barry were charged": one person among the coordinated subjects is enough
    charged = [subject, *(t for t in subject.children if t.dep_ == "conj")]
    if any(_is_person(t) or _people(t) for t in charged):
        c.type, c.mode = "COERCE", "arrest"


#: What blocks a way: "set up *roadblocks*", "erected *barricades*".
_BARRIERS = frozenset({"roadblock", "barricade", "checkpoint", "blockade"})


def _barrier_object(verb: Token) -> bool:
    """Whether the verb's object is a barrier on a road (a roadblock, a barricade)."""
    obj = event_syntax.child(verb, "dobj")
    return obj is not None and obj.lemma_.lower() in _BARRIERS


#: Verbs of ordering someone to act: from an authority, an order to stop or leave is coercion.
_ORDER_VERBS = frozenset({"order", "command", "direct", "instruct", "tell", "force", "compel"})
#: Acts an authority orders to stop an activity ("ordered the daily to *suspend* publication").
_CEASE_VERBS = frozenset({"suspend", "stop", "halt", "cease", "close", "shut", "end", "disband", "dissolve"})
#: Acts an authority orders to leave ("ordered the reporters to *leave* the province").
_LEAVE_VERBS = frozenset({"leave", "quit", "exit", "depart"})
#: Activities of the press: an order to stop one is censorship.
_PRESS_WORDS = frozenset({"publication", "publishing", "broadcast", "broadcasting", "printing", "reporting"})


def _refine_order(c: _Cand) -> None:
    """ "A court ordered the daily to suspend publication", "the ministry ordered foreign reporters
    to leave": an authority's order to stop an activity or to leave is PLOVER's COERCE (censor,
    deport), not a demand the other side may refuse."""
    if c.type != "DEMAND" or c.lemma not in _ORDER_VERBS or c.actor is None:
        return
    core = event_syntax.core_noun(c.actor)
    if not (
        _kind_of(c.actor) == "state" or core.lemma_.lower() in _ORDERING_BODIES | event_lexicon.OFFICIAL_NOUNS
    ):
        return
    comp = next((ch for ch in c.head.children if ch.dep_ in {"xcomp", "ccomp"} and ch.pos_ == "VERB"), None)
    ordered = event_syntax.child(c.head, "dobj")
    outlet = ordered if ordered is not None and _is_outlet(ordered) else None
    if outlet is not None:
        # "the opposition newspaper La Prensa": the outlet's name says which one
        outlet = event_syntax.child(outlet, "appos") or outlet
    if comp is None:
        if outlet is not None and event_syntax.prep_object(c.head, frozenset({"off"})) is not None:
            c.type, c.mode, c.target = (
                "COERCE",
                "censor",
                outlet,
            )  # "ordered three radio stations off the air"
        return
    act = comp.lemma_.lower()
    if act in _LEAVE_VERBS:
        c.type, c.mode = "COERCE", "deport"
    elif act in _CEASE_VERBS:
        obj = event_syntax.child(comp, "dobj")
        press = obj is not None and (
            obj.lemma_.lower() in _PRESS_WORDS or _object_class(obj) == "communication"
        )
        press = press or (c.target is not None and _object_class(c.target) == "communication")
        # "ordered television stations to stop broadcasting": an outlet stopped from its work
        press = press or outlet is not None
        c.type, c.mode = "COERCE", "censor" if press else None
        if outlet is not None and c.target is None:
            c.target = outlet


def _is_outlet(tok: Token) -> bool:
    """Whether *tok* names a newspaper, a station or another news outlet ("three radio stations")."""
    return event_syntax.core_noun(tok).lemma_.lower() in event_lexicon.THREAT_ACTS["outlets"]


#: Verbs of promising: a promise of force is a threat.
_VOW_VERBS = frozenset({"vow", "pledge", "promise", "swear"})


def _vowed_violence(verb: Token) -> bool:
    """The verb's object is an act of force: "vowed revenge", "pledged retaliation"."""
    obj = event_syntax.child(verb, "dobj")
    return obj is not None and _object_threat_mode(obj) == "violence"


#: Verbs of a fight that civilians may wage with the police as well as armies with each other.
_BRAWL_VERBS = frozenset({"clash", "fight", "battle", "scuffle", "skirmish"})


def _civilian(tok: Token) -> bool:
    """Protesters, rioters or civilians: "students", "youths", "demonstrators"."""
    return _kind_of(tok) in {"protesters", "rioters", "civilians"}


#: What a rioting crowd burns in the street: tyres, barricades, cars.
_STREET_FUEL = frozenset({"tyre", "tire", "barricade", "car", "vehicle", "bin"})


#: Buildings and vehicles a crowd burns, whoever owns them ("police stations", "army trucks"):
#: things, never people, though their owner's word ("police") names an actor kind.
_BURNABLE_PLACES = _STREET_FUEL | frozenset(
    {"station", "post", "barracks", "headquarters", "office", "building", "checkpoint"}
    | {"van", "truck", "lorry", "bus", "jeep", "shop", "bank", "house", "home", "school"}
    | {"hall", "courthouse", "market"}
)


#: Object classes of people: someone burned is assaulted, not a thing destroyed in a riot.
_PERSON_CLASSES = frozenset({"people", "suspects", "patients", "captives"})


def _burned_person(target: Token) -> bool:
    """Whether what was burned is a person or a party of people ("a suspected thief", "a police
    officer"), not a building or a bank."""
    noun = event_syntax.core_noun(target)
    if noun.lemma_.lower() in _BURNABLE_PLACES and noun.ent_type_ != "PERSON":
        return False  # "torched police stations": the head is a building, its owner only a modifier
    if noun.ent_type_ == "PERSON" or _kind_of(target) is not None:
        return True
    return _object_class(target) in _PERSON_CLASSES


def _rioting(actor: Token, target: Token | None) -> bool:
    """Destruction of things by demonstrators, or street fires lit by a civilian crowd.

    A person burned ("a mob burned alive a suspected thief") is an assault, not a riot.
    """
    kind = _kind_of(actor)
    if kind == "rioters" and target is not None and not _burned_person(target):
        return True  # "rioters set fire to a courthouse, torched banks": what they burn is the riot
    if target is not None and event_syntax.is_party(target):
        return False
    if kind == "protesters":
        return True
    burned = target is not None and event_syntax.core_noun(target).lemma_.lower() in _STREET_FUEL
    if kind in {"civilians", "rioters"} and burned:
        return True
    # a civilian crowd (a plural: "angry youths", "villagers") burning a building or a vehicle
    # riots as protesters burning it do; one man setting fire to a bus is no crowd (round 21)
    crowd = kind == "civilians" and event_syntax.core_noun(actor).tag_ in {"NNS", "NNPS"}
    return crowd and target is not None and event_syntax.core_noun(target).lemma_.lower() in _BURNABLE_PLACES


#: Buildings of the state a crowd attacks: "a *police station*", "the *army post*".
_STATE_BUILDINGS = frozenset(
    {"station", "post", "barracks", "headquarters", "office", "building", "checkpoint"}
)


def _state_target(tok: Token | None) -> bool:
    """State forces or one of their buildings ("threw petrol bombs at *a police station*")."""
    if tok is None:
        return False
    if _state_party(tok):
        return True
    noun = event_syntax.core_noun(tok)
    owners = {m.lemma_.lower() for m in noun.children if m.dep_ in {"compound", "amod", "poss"}}
    state = (
        frozenset(event_lexicon.OBJECT_CLASSES["security"]) | event_lexicon.OFFICIAL_NOUNS | _ORDERING_BODIES
    )
    return noun.lemma_.lower() in _STATE_BUILDINGS and bool(owners & (state | {"army", "military"}))


def _thrown_missiles(c: _Cand) -> bool:
    """A crowd's weapons: primitive ones, or stones and petrol bombs thrown ("threw *petrol
    bombs*", PLOVER's riot, not an explosives attack)."""
    if c.mode == "primitive":
        # a blade in one person ("rioters *stabbed* a policeman to death") is an assault on
        # that person, not a crowd's missiles at the police (round 22)
        return not _one_person_struck(c)
    obj = event_syntax.child(c.head, "dobj")
    if obj is None:
        return False
    words = {obj.lemma_.lower(), *(m.lemma_.lower() for m in obj.children if m.dep_ in {"compound", "amod"})}
    return bool(words & frozenset(event_lexicon.OBJECT_CLASSES["projectiles"]))


#: Verbs of a blade driven into someone: one person stabbed is assaulted, whoever stabs.
_BLADE_VERBS = frozenset({"stab", "knife"})


def _one_person_struck(c: _Cand) -> bool:
    """A single person (a singular noun of a person, "a member of …") stabbed, or anyone stabbed
    or beaten "to death": the crowd's act is an assault on that person (round 22)."""
    if c.target is None:
        return False
    to_death = any(
        ch.dep_ == "prep" and ch.lower_ == "to" and any(g.lemma_.lower() == "death" for g in ch.children)
        for ch in c.head.children
    )
    if to_death:
        return True
    if c.lemma not in _BLADE_VERBS:
        return False
    noun = event_syntax.core_noun(c.target)
    if noun.lemma_.lower() in _BURNABLE_PLACES or noun.tag_ not in {"NN", "NNP"}:
        return False  # "stabbed police officers": a body of police; "a police station": a place
    return noun.lemma_.lower() != "police" and (_is_person(c.target) or _kind_of(c.target) is not None)


#: Nouns of military exercises: joint ones are COOPERATE, one side's own MOBILIZE.
_EXERCISE_NOUNS = frozenset({"exercise", "game", "maneuver", "manoeuvre", "drill"})
#: Modifiers that make an exercise joint: "joint drills", "combined manoeuvres".
_JOINT_MODIFIERS = frozenset(
    {"joint", "combined", "bilateral", "trilateral", "multinational", "allied"} | {"coordinated"}
)


#: Types a "joint" operation of two sides turns into cooperation: "a joint investigation",
#: "joint patrols" (PLOVER codebook: joint operations are COOPERATE).
_JOINT_TO_COOPERATE = frozenset({"INVESTIGATE", "MOBILIZE"})


def _refine_joint(c: _Cand) -> None:
    """ "launched a joint investigation into the smuggling ring" is COOPERATE, not INVESTIGATE."""
    if c.type not in _JOINT_TO_COOPERATE or c.kind not in {"light", "noun"}:
        return
    if any(m.dep_ == "amod" and m.lower_ in _JOINT_MODIFIERS for m in c.head.children):
        c.type, c.mode = "COOPERATE", None


#: Verbs of attack that are a battle when what is attacked is a military target.
_ATTACK_VERBS = frozenset({"attack", "assault", "storm", "raid", "strike", "hit"})


def _refine_military_target(c: _Cand) -> None:
    """ "Rebels attacked an army base": an attack on troops or a military position is
    fighting between armed sides (FIGHT), not violence against civilians (ASSAULT)."""
    if c.type != "ASSAULT" or c.mode is not None or c.lemma not in _ATTACK_VERBS or c.target is None:
        return
    core = event_syntax.core_noun(c.target)
    words = {
        core.lemma_.lower(),
        *(m.lemma_.lower() for m in core.children if m.dep_ in {"compound", "amod"}),
    }
    military = set(event_lexicon.OBJECT_CLASSES["base"]) | (
        set(event_lexicon.OBJECT_CLASSES["forces"]) - {"police", "policeman", "guard"}
    )
    if core.lemma_.lower() in military or (words & {"army", "military"}):
        c.type = "FIGHT"


#: Verbs of killing a person.
_KILLING_VERBS = frozenset({"kill", "murder", "shoot", "gun", "slay", "stab", "assassinate"})


def _refine_soldiers_killed(c: _Cand) -> None:
    """ "Insurgents killed two soldiers": armed men killing troops is fighting between armed
    sides (FIGHT), as attacking an army post is; police and guards are not armies here."""
    if c.type != "ASSAULT" or c.lemma not in _KILLING_VERBS or c.target is None or c.actor is None:
        return
    troops = set(event_lexicon.OBJECT_CLASSES["forces"]) - {"police", "policeman", "guard", "officer"}
    actor = c.actor
    if actor.lower_ in event_lexicon.PRONOUNS:
        actor = _matrix_subject(actor) or actor  # "the army said *it* had killed …"
    if _kind_of(actor) not in {"armed", "state"}:
        return
    if event_syntax.core_noun(c.target).lemma_.lower() in troops or _kind_of(c.target) == "armed":
        # and the reverse: "troops killed twelve insurgents", "the army said it had killed 30
        # militants" (the codebook's FIGHT is force between armed sides, whoever wins)
        c.type = "FIGHT"


def _refine_killing_of_leader(c: _Cand) -> None:
    """ "Gunmen killed the opposition lawmaker": one prominent person killed is an assassination
    (PLOVER's ASSAULT mode), whatever the weapon; "killed ten officials" is a massacre."""
    if c.type != "ASSAULT" or c.lemma not in _KILLING_VERBS or c.target is None:
        return
    core = event_syntax.core_noun(c.target)
    if core.tag_ in {"NN", "NNP"} and core.lemma_.lower() in event_lexicon.PROMINENT_PERSONS:
        c.mode = "assassinate"
    elif (
        c.mode in {None, "firearms"}
        and core.tag_ == "NN"
        and any(m.dep_ == "amod" and m.lower_ in _PROMINENCE_WORDS for m in core.children)
    ):
        # "shot dead *a prominent* journalist", "killed *a leading* human rights lawyer": one
        # person singled out for who they are and killed by hand or gun is assassinated; a
        # bomb's victim keeps the bomb's mode (the dev coders' car bomb that killed "a
        # prominent anti-Syria journalist" is ``explosives``)
        c.mode = "assassinate"


#: Adjectives that single a person out for who they are.
_PROMINENCE_WORDS = frozenset({"prominent", "leading", "well-known", "renowned", "outspoken", "senior"})


def _refine_exercise(c: _Cand) -> None:
    """One side's military exercise is MOBILIZE, a joint one COOPERATE (PLOVER codebook:
    "Joint military operations are coded as COOPERATE but single-country exercises should
    be coded as MOBILIZE"). Joint: a "joint"/"combined" modifier, a "with" party, or an actor
    of two sides ("France and Egypt", "the two navies", "both armies").
    """
    if c.type != "COOPERATE" or c.head.lemma_.lower() not in _EXERCISE_NOUNS:
        return
    if any(m.lower_ in _JOINT_MODIFIERS for m in c.head.children):
        return
    if any(
        event_syntax.prep_object(t, frozenset({"with"})) is not None
        for t in (c.head, c.verb)
        if t is not None
    ):
        return
    actor = c.actor
    if actor is not None:
        parts = list(actor.subtree)
        if any(t.dep_ == "conj" for t in parts) or any(
            t.lower_ in {"both", "two", "three", "allies", "allied"} for t in parts
        ):
            return
    c.type, c.mode = "MOBILIZE", "troops"


#: Verbs of an order whose complement is only what is ordered ("forced to flee" reports the flight).
_ORDERING_VERBS = _ORDER_VERBS - {"force", "compel"}


def _ordered_act(gov: _Cand, verb: Token) -> bool:
    """Whether *verb* is the act an order commands (its infinitive complement) when the order
    itself was read as coercion (:func:`_refine_order`): "ordered the party *to disband*" is one
    order to stop, not a disbanding too (round 55); a DEMAND order absorbs it already."""
    infinitive = verb.dep_ == "xcomp" or (
        # the parser hangs "ordered the party *to temporarily disband*" as a clause with its subject
        verb.dep_ == "ccomp" and any(ch.dep_ == "aux" and ch.tag_ == "TO" for ch in verb.children)
    )
    return infinitive and gov.kind == "verb" and gov.lemma in _ORDERING_VERBS


#: Governors whose joined infinitives are all what is committed to: a threat, a promise.
_COMMITTING_TYPES = frozenset({"THREATEN", "AGREE"})
#: Verbs whose bare infinitive is part of the act they name: "help *curb* migration".
_HELPING_VERBS = frozenset({"help"})


def _first_conjunct(verb: Token, by_head: dict[int, _Cand]) -> Token:
    """The complement a bare verb joined to it stands for (round 57): "threatened to attack the town
    and *kill* the hostages", "agreed to withdraw and *release* the hostages", "agreed to fight the
    networks and help *curb* migration" share the first infinitive's governor, so what is
    threatened or agreed is both. A conjunct with a subject, an auxiliary or a tense of its own
    ("… and has since released them") is an act of its own."""
    v = verb
    for _ in range(6):
        if v.dep_ == "conj" and v.head.i != v.i and v.tag_ == "VB" and _bare(v) and not _penalty(v):
            v = v.head
        elif v.dep_ == "xcomp" and v.head.i not in by_head and v.head.lemma_.lower() in _HELPING_VERBS:
            if v.head.dep_ != "conj" or not _bare(v.head):
                break
            v = (
                v.head.head
            )  # "… and help curb migration": through "help" (the parser may tag it a noun) to its conjunct
        else:
            break
    return v if v.dep_ in {"xcomp", "ccomp"} else verb


def _penalty(verb: Token) -> bool:
    """ "… to accept the ceasefire *or face* more sanctions": the penalty a demand holds out is
    one of its own (the round-51 reading of "or face"), not part of what is demanded."""
    return verb.lemma_.lower() in _FACING_VERBS


def _bare(verb: Token) -> bool:
    """A verb with no subject, auxiliary or marker of its own."""
    return not any(c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass", "mark"} for c in verb.children)


def _threatened_with(noun: Token, by_head: dict[int, _Cand]) -> _Cand | None:
    """The threat a noun is the "with" phrase of: "threatened the town *with an assault*", "were
    threatened *with eviction*" (round 57): the act one is threatened with is what is threatened,
    as the object of "threatened a strike" is; "attacked the town with mortars" keeps its means."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ != "with" or prep.head.i == prep.i:
        return None
    threat = by_head.get(prep.head.i)
    if threat is None or threat.kind != "verb" or threat.type != "THREATEN" or threat.lemma != "threaten":
        return None
    return threat


def _absorb(cands: list[_Cand]) -> None:
    """An event in the complement of threaten/agree/demand/refuse is what is threatened/agreed/…"""
    by_head = {c.head.i: c for c in cands if c.kind != "noun"}
    for c in cands:
        verb = c.verb
        if event_syntax.is_generic_condition(verb):
            # "anyone who blocks roads will be punished": the blocking is the threat's condition
            gov = by_head.get(event_syntax.condition_governor(verb).i)
            if gov is not None and gov is not c and gov.type in _ABSORBING:
                c.absorbed = True
                gov.inner.append(c)
                continue
        governor = event_syntax.generic_condition_governor(c.head)
        gov = by_head.get(governor.i) if governor is not None else None
        if gov is not None and gov is not c and gov.type in _ABSORBING:
            # "anyone caught with a knife *at the march* would be detained": deeper in the condition
            c.absorbed = True
            gov.inner.append(c)
            continue
        threat = by_head.get(c.head.head.i) if c.kind == "noun" and c.head.dep_ == "dobj" else None
        if threat is None and c.kind == "noun":
            threat = _threatened_with(c.head, by_head)
        penalty = threat is not None and threat.kind == "modal" and threat.lemma in _FACING_VERBS
        if threat is not None and threat.type == "THREATEN" and (threat.kind == "verb" or penalty):
            # "threatened a general strike": the strike is what is threatened, not one that happened
            # (so the arrest "anyone who … faces")
            c.absorbed = True
            threat.inner.append(c)
            continue
        demand = _demanded_in(c, by_head)
        if demand is not None:
            # "an end to the fighting was demanded by the bishops": the act named in what is
            # demanded is the demand's content, not an event the sentence reports
            c.absorbed = True
            demand.inner.append(c)
            continue
        tried = _attempt_threatened(c, by_head)
        if tried is not None:
            # "we will not tolerate attempts to seize government buildings": what a threat warns
            # against is an act that may come, not one the sentence reports
            c.absorbed = True
            tried.inner.append(c)
            continue
        deadline = by_head.get(verb.head.i) if verb.dep_ in {"advcl", "xcomp", "conj"} else None
        if deadline is None and verb.dep_ == "conj" and verb.head.dep_ in {"advcl", "xcomp"}:
            deadline = by_head.get(verb.head.head.i)  # "… or face renewed attacks"
        if c.kind == "noun" and c.head.dep_ == "dobj" and c.head.head.lemma_.lower() in _FACING_VERBS:
            face = c.head.head
            up = face.head.head if face.dep_ == "conj" else face.head
            deadline = by_head.get(up.i)
        if deadline is not None and deadline.lemma == "ultimatum" and deadline is not c:
            c.absorbed = True  # the act demanded by the deadline, or the penalty it threatens
            deadline.inner.append(c)
            continue
        owner = verb.head.head if verb.dep_ == "pcomp" else verb.head
        disowner = by_head.get(owner.i) if verb.dep_ in {"pcomp", "acl"} else None
        if disowner is not None and disowner.lemma in _INTENTION_NOUNS and disowner is not c:
            c.absorbed = True  # "no intention of resigning": the resignation is what is refused
            disowner.inner.append(c)
            continue
        joined = verb
        verb = _first_conjunct(verb, by_head)
        if verb.dep_ not in {"xcomp", "ccomp"} or verb.head.i == verb.i:
            continue
        up = verb.head.head if verb.head.pos_ == "ADJ" else verb.head  # "must be ready to mediate"
        gov = by_head.get(verb.head.i) or by_head.get(up.i)
        if gov is None or gov is c or not (gov.type in _ABSORBING or _ordered_act(gov, verb)):
            continue
        if verb.i != joined.i and gov.type not in _COMMITTING_TYPES:
            continue  # a joined act is read as the governor's only for a threat or a promise
        if gov.lemma in _DENIAL_VERBS:
            continue  # "denied that it had shelled …": the denial, and the act it denies (negated)
        c.absorbed = True
        gov.inner.append(c)
        if gov.type == "REJECT":
            gov.target = _refused_recipient(c) or gov.target
        if gov.target is None:
            gov.target = c.target
        if gov.type == "THREATEN" and gov.mode is None:
            # "warned that anyone who blocks the road will be arrested": the complement is a
            # threat of its own (a modal clause), whose mode names the act threatened
            own = c.mode if c.type == "THREATEN" else None
            gov.mode = own or _threatened_mode(c.head, c.type)
        if gov.type == "AGREE" and gov.lemma in _COMMISSIVES:
            _commissive_sense(gov, c)
