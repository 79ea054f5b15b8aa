"""Threats: the mode of a THREATEN event (a threat of force, of closure, of sanctions) read from
what is threatened, and commissive verbs that make a threat rather than an act.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tally import lexicons
from tally.extract.events import lexicon as event_lexicon
from tally.extract.events import syntax as event_syntax
from tally.extract.events.acled import actor_kind
from tally.extract.events.candidate import _Cand
from tally.extract.events.clauses import (
    _PARTICLES,
    _PERSONAL_PRONOUNS,
    _dative_party,
    _gazetteer_name,
    _kind_of,
)
from tally.extract.events.lemmas import _fought_ill
from tally.extract.events.nouns import _object_class

if TYPE_CHECKING:
    from spacy.tokens import Token


def _refused_recipient(act: _Cand) -> Token | None:
    """Whom a refused hand-over was asked for: "refused to hand over the rebel leader *to the
    International Criminal Court*", "the bodies … *to their families*". PLOVER's REJECT target is
    the party whose request is turned down, never the person or thing that is kept."""
    verb = act.head if act.kind != "noun" else act.verb
    to = _dative_party(verb) or event_syntax.prep_object(verb, frozenset({"to"}))
    if to is None or not event_syntax.is_party(to):
        return None
    return to


#: Verbs of committing oneself to a future act: the act promised decides the event.
_COMMISSIVES = frozenset({"vow", "pledge", "promise", "swear"})


def _commissive_sense(gov: _Cand, act: _Cand) -> None:
    """A vow is typed by the act vowed and by its polarity: vowing to attack THREATENs,
    vowing *never* to negotiate (a cooperative act refused for good) is a REJECT, and vowing
    not to attack promises restraint (stays AGREE), as CAMEO codes "vowed never to" a refusal."""
    negated = act.verb.pos_ in {"VERB", "AUX"} and event_syntax.is_negated(act.verb)
    if (negated and act.type in event_lexicon.COOPERATIVE) or (not negated and act.type == "REJECT"):
        # "vowed to *defy* the ban", "pledged to resist": a refusal vowed is a refusal
        gov.type, gov.mode = "REJECT", None
    elif not negated and act.type in event_lexicon.CONFLICTIVE:
        gov.type, gov.mode = "THREATEN", event_lexicon.THREAT_MODES.get(act.type)


#: Verbs of denial: a REJECT of their own that leaves the denied act as a negated event.
_DENIAL_VERBS = frozenset({"deny"})


#: The order in which a threatened act's words are read for the THREATEN mode: force first
#: ("military strike" is violence, a "general strike" restricts), then a curfew (the codebook's
#: own mode), other restrictions, then relations.
_THREAT_MODE_ORDER = ("violence", "curfew", "martial-law", "arrest", "expel", "restrict", "relations")


#: Words that make a response or a measure one of force: "a *harsh* response", "*crushing* action"
#: (read only on a response noun: "severe sanctions" stay what sanctions are).
_HARSH = frozenset({"harsh", "crushing", "forceful", "severe", "decisive", "devastating", "ruthless"})


def _object_threat_mode(obj: Token) -> str | None:
    """The THREATEN mode a threatened act's object names (PLOVER codebook's THREATEN table).

    Its modifiers are read before its head: "terrorist activities" and "a military
    strike" threaten violence, "a naval blockade" and "a general strike" restrict
    movement of people or goods, "talks" and "ties" are relations.
    """
    noun = event_syntax.core_noun(obj)
    if _fought_ill(noun):
        return None  # "promised a war on smuggling": a policy, no force threatened (round 50)
    mods = [m for m in noun.children if m.dep_ in {"amod", "compound", "nmod"}]
    if noun.lemma_.lower() in event_lexicon.RESPONSE_NOUNS and any(m.lemma_.lower() in _HARSH for m in mods):
        return "violence"  # "a harsh / crushing response": an answer by force
    classes = event_lexicon.THREAT_OBJECTS
    for tok in [*mods, noun]:
        lemma, lower = tok.lemma_.lower(), tok.lower_
        for mode in _THREAT_MODE_ORDER:
            if lemma in classes[mode] or lower in classes[mode]:
                return mode
    return None


def _threatened_objects(act: Token) -> list[Token]:
    """What a threatened act acts on: an event noun itself, else the verb's object."""
    if act.pos_ in {"NOUN", "PROPN"}:
        return [act]
    # the means first: "the blockades would be cleared *by force*" threatens force, whatever
    # is cleared; "dealt with *with force*"
    objs = [
        c
        for prep in act.children
        if prep.dep_ in {"prep", "agent"} and prep.lower_ in {"by", "with"}
        for c in prep.children
        if c.dep_ == "pobj"
    ]
    objs += [c for c in act.children if c.dep_ in {"dobj", "attr"}]
    if event_syntax.is_passive(act):
        objs += [c for c in act.children if c.dep_ == "nsubjpass"]
    # "walk away from the negotiations": what is left is what the threat is about
    particles = (
        c
        for c in act.children
        if c.dep_ in {"advmod", "prt"} or (c.dep_ == "prep" and c.lower_ in _PARTICLES)
    )
    for part in [act, *particles]:  # "away from", "out of" (the parser may read "out" as a preposition)
        away = event_syntax.prep_object(part, frozenset({"from", "of"}))  # "pull out of the talks"
        if away is not None:
            objs.append(away)
    return objs


def _act_threat_mode(act: Token) -> str | None:
    """The THREATEN mode a threatened act's own verb names, whatever it acts on.

    The codebook's THREATEN modes are kinds of act: "vowed to *crush* the protests" threatens
    violent repression (violence), "would *detain* anyone who …" threatens arrest, "to *expel* two diplomats" or "*deport* the reporters" expulsion, "to *dissolve*
    the union" or "*shut down* two newspapers" a ban; their object ("diplomats", "anyone")
    says nothing of it. A ban on goods or trade stays what its object says (restrict).
    """
    if act.pos_ not in {"VERB", "AUX"}:
        return None
    lemma = act.lemma_.lower()
    acts = event_lexicon.THREAT_ACTS
    for mode in ("violence", "arrest", "expel"):  # "will crush anyone who …": violent repression
        if lemma in acts[mode]:
            return mode
    objs = [c for c in act.children if c.dep_ == "dobj"]
    if event_syntax.is_passive(act):
        objs += [c for c in act.children if c.dep_ == "nsubjpass"]
    if lemma in acts["ban"]:
        goods = any(_object_threat_mode(o) in {"restrict", "relations"} for o in objs)
        return None if goods else "ban"
    if lemma in acts["close"] and any(_closed_body(o) for o in objs):
        return "ban"
    if _closing_act(act, lemma) and objs and not _forceful_means(act):
        return "restrict"  # "to close the corridor to all traffic", "to block social media"
    return None


#: Verbs of closing or blocking a way or a service: done to a road, a border, a corridor or
#: the internet they restrict movement or access (PLOVER THREATEN ``restrict``).
_CLOSING_VERBS = frozenset({"close", "shut", "block", "seal", "blockade", "cordon"})


def _closing_act(act: Token, lemma: str) -> bool:
    """Whether *act* closes or blocks what it acts on ("close", "block", "seal off", "cut off")."""
    if lemma in _CLOSING_VERBS:
        return True
    return lemma == "cut" and any(c.dep_ == "prt" and c.lower_ == "off" for c in act.children)


def _forceful_means(act: Token) -> bool:
    """Whether the act is to be done "by force" or "with force": then its means names the mode."""
    return any(
        _object_threat_mode(o) == "violence"
        for prep in act.children
        if prep.dep_ in {"prep", "agent"} and prep.lower_ in {"by", "with"}
        for o in prep.children
        if o.dep_ == "pobj"
    )


def _closed_body(obj: Token) -> bool:
    """Whether a thing shut or closed is a body or an outlet (a ban), not a road or a border."""
    noun = event_syntax.core_noun(obj)
    lemma = noun.lemma_.lower()
    return lemma in event_lexicon.THREAT_ACTS["outlets"] or _object_class(noun) == "organisations"


def _threatened_mode(act: Token, act_type: str | None) -> str | None:
    """The THREATEN mode of a threatened act: its own verb's kind, else what it acts on, else
    its PLOVER type."""
    own_mode = _act_threat_mode(act)
    if own_mode is not None:
        return own_mode
    # "would boycott all contact": a boycott or blockade restricts whatever it is of
    own = [act] if act.pos_ in {"NOUN", "PROPN"} or act_type in {"PROTEST", "SANCTION"} else []
    for obj in [*own, *_threatened_objects(act)]:
        mode = _object_threat_mode(obj)
        if mode is not None:
            return mode
    return event_lexicon.THREAT_MODES.get(act_type) if act_type else None


#: Verbs of moving on a place: done by an armed side they are an advance by force, not a march
#: of protest (the codebook's "threaten with military force").
_ADVANCE_VERBS = frozenset({"march", "advance", "push"})


def _threat_mode(c: _Cand) -> None:
    """A threat's mode names the act threatened, read off its complement's object.

    "threatened to resume terrorist activities" threatens violence, "threatened to
    hold a general strike" restricts, "threatened to suspend talks" is relations:
    the codebook's THREATEN modes are classes of the threatened act, which the
    complement's object shows even when its verb ("resume", "hold") is no event.
    """
    if c.type != "THREATEN" or c.kind == "modal":
        return
    # a verb's complement only: "issued an ultimatum to Ecuador to halt attacks" demands the halt
    comps = [ch for ch in c.verb.children if ch.dep_ in {"xcomp", "ccomp"} and ch.pos_ in {"VERB", "AUX"}]
    comps += [conj for comp in comps for conj in comp.conjuncts]  # "leave … or be removed by force"
    acts = [c.head] if c.kind == "verb" else []  # "threatened a military strike": the object is the act
    armed = c.actor is not None and _kind_of(c.actor) in {"armed", "state"}
    if armed and any(comp.lemma_.lower() in _ADVANCE_VERBS for comp in comps):
        c.mode = "violence"  # "rebels threatened to march on the capital": an armed advance
        return
    for comp in [*acts, *comps]:
        own_mode = _act_threat_mode(comp)
        if own_mode is not None:
            c.mode = own_mode
            if own_mode == "ban" and c.target is None:
                # "threatened to shut down two newspapers": the body to be closed is threatened
                c.target = next((o for o in comp.children if o.dep_ == "dobj" and _closed_body(o)), None)
            return
        for obj in _threatened_objects(comp):
            mode = _object_threat_mode(obj)
            if mode is not None:
                c.mode = mode
                return
    warned = _warned_of(c.verb) if c.kind == "verb" else None
    if warned is not None:
        c.mode = _object_threat_mode(warned)  # "warned Israel of a harsh response"


#: Verbs of warning someone *of* what awaits them.
_WARN_OF_VERBS = frozenset({"warn", "caution"})


def _warned_of(verb: Token) -> Token | None:
    """What a party is warned of: "warned *the protesters* of reprisals" (the parser hangs the "of"
    on the party warned, where "warned of reprisals" hangs it on the verb, read as the act's
    object). The thing threatened, never a party: "warned the head of the army" names none."""
    if verb.lemma_.lower() not in _WARN_OF_VERBS:
        return None
    for obj in verb.children:
        if obj.dep_ != "dobj":
            continue
        thing = event_syntax.prep_object(obj, frozenset({"of"}))
        if thing is not None and not event_syntax.is_party(thing) and actor_kind(thing.lower_) is None:
            return thing
    return None


def _threatened_thing(c: _Cand) -> None:
    """A thing a threat is about is no PLOVER target (the threatened party is): "warned that
    *any incursion* would be met with force", "vowed to attack *any school* that reopened",
    "warned that *unauthorised gatherings* would be banned" name none; a party in the thing
    ("*Kenya's* exports") or a place threatened ("a curfew in *Algiers*") stays."""
    target = c.target
    if c.type != "THREATEN" or target is None or target.lower_ in _PERSONAL_PRONOUNS:
        return
    if event_syntax.is_party(target) or target.ent_type_ in {"GPE", "LOC", "FAC"} or _gazetteer_name(target):
        return
    if c.mode == "ban" and _closed_body(target):
        return  # "threatened to shut down two newspapers": the body banned is the party threatened
    if (
        lexicons.is_person_noun(event_syntax.core_noun(target).lemma_)
        or actor_kind(target.lower_) is not None
    ):
        return  # "organisers", "anyone who …", "protesters": people threatened
    c.target = event_syntax.party_in(target)
