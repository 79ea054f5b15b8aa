"""Who acts on whom: an event's actor and target read from the trigger's arguments (subject,
passive agent, object, "against"/"on" phrases, complements), with the parties an act names as
recipient, owner or counterpart.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tally import lexicons
from tally.extract.context import subtree_text
from tally.extract.events import lexicon as event_lexicon
from tally.extract.events import syntax as event_syntax
from tally.extract.events.acled import names_weapons
from tally.extract.events.candidate import _Cand
from tally.extract.events.clauses import (
    _PERSONAL_PRONOUNS,
    _PLACING_VERBS,
    _SUBJECT_DEPS,
    _counterpart,
    _dative_party,
    _doer_of,
    _gazetteer_name,
    _issuer,
    _owner_of,
    _people,
)
from tally.extract.events.idiom_checks import _THROUGH_VERBS
from tally.extract.events.lemmas import child_is_to, verb_lemma
from tally.extract.events.nouns import _crowd_control, _is_event_noun, _is_weapon, _noun_key, _object_class
from tally.extract.events.protest_target import protested_party
from tally.extract.events.senses import _marked_clause
from tally.extract.events.triggers import _TRAVEL_VERBS, _light_lemma

if TYPE_CHECKING:
    from spacy.tokens import Token


# -- arguments, modality and PLOVER's coding rules --------------------------
def _came_under(noun: Token) -> tuple[Token | None, Token | None] | None:
    """Who attacked and who was attacked in "the convoy *came under fire/attack* from/by militants":
    the one who comes under the violence is its target, the "from"/"by" phrase (on the noun or on
    the verb) its actor. None where the noun is not so joined."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "under" or prep.head.lemma_.lower() not in {"come", "be"}:
        return None
    verb = prep.head
    agents = frozenset({"from", "by"})
    actor = event_syntax.prep_object(noun, agents) or event_syntax.prep_object(verb, agents)
    return actor, event_syntax.child(verb, "nsubj", "nsubjpass")


def _arguments(c: _Cand) -> None:
    if c.kind == "verbless":
        return  # read off the word order, not the (wrong) parse: see _verbless_verbs
    if c.kind == "modal":
        # a refusal names its own side ("the junta will not allow …"); a threat or a demand in
        # reported speech is the speaker's
        c.actor = event_syntax.grammatical_subject(c.verb) if c.type == "REJECT" else None
        return
    if c.kind == "noun":
        actor, target = event_syntax.noun_arguments(c.head, c.type)
        actor = actor or _light_subject(c.head) or _between_sides(c.head) or _means_of(c.head)
        c.actor, c.target = actor, _not_trigger(c, target) or _aimed_at(c.head)
        came_under = _came_under(c.head)
        if came_under is not None:
            c.actor, c.target = c.actor or came_under[0], c.target or came_under[1]
        if c.type not in event_lexicon.STANDALONE_TYPES:
            c.target = c.target or _noun_party(c.head, c.type) or _nominal_complement_party(c.head)
            _investigated_act(c)
        if c.type == "PROTEST" and c.target is None:
            c.target = protested_party(c)
        return
    if c.kind == "light":
        own, target = event_syntax.noun_arguments(c.head, c.type)
        c.actor = _issuer(c.verb) or event_syntax.clause_subject(c.verb)
        if c.actor is None and c.head.dep_ == "nsubjpass":
            c.actor = own  # "*the junta's* ban on parties was extended": the noun's own agent
        c.target = (
            _party_or_none(c, _not_trigger(c, target))
            or _aimed_at(c.head)
            or _noun_party(c.head, c.type)
            or _held_under(c)
            or _visited(c)
            or _party_or_none(
                c, _untimed(_not_own(c, event_syntax.prep_object(c.verb, event_lexicon.TARGET_PREPS)))
            )
            or _dative_party(c.verb)
            or _complement_target(c.verb, c.type)
        )
        if c.type == "PROTEST" and c.target is None:
            c.target = protested_party(c)
        _investigated_act(c)
        return
    c.actor = (
        _issuer(c.head)
        or event_syntax.clause_subject(c.head)
        or _agent_of_when(c.head)
        or (_between_sides(c.head) if c.head.dep_ in _SUBJECT_DEPS else None)
    )
    # a release's object is whoever is freed, named or not ("freed 27 schoolchildren")
    things_too = c.type in {"ASSAULT", "FIGHT", "COERCE"} or c.lemma in event_lexicon.RELEASE_WORDS
    # nor is aid's: "helped *the wounded*", "sheltered *the displaced*" (people in need)
    things_too = things_too or (
        c.type == "AID" and _object_class(event_syntax.child(c.head, "dobj")) in {"patients", "people"}
    )
    target = event_syntax.clause_object(c.head, prefer_party=not things_too)
    if target is not None and (
        _crowd_control(target) or _is_weapon(target) or _object_class(target) == "projectiles"
    ):
        # a weapon is never the target: "fired tear gas *at protesters*", "fired live bullets at …"
        target = event_syntax.prep_object(c.head, frozenset({"at", "on", "into", "against", "toward"}))
    if target is not None and any(t.i == target.i for t in c.tokens):
        target = event_syntax.prep_object(c.head, event_lexicon.TARGET_PREPS) or event_syntax.prep_object(
            target, event_lexicon.TARGET_PREPS
        )
    c.target = (
        target
        if target is not None
        else _complement_target(c.head, c.type)
        or _adjunct_patient(c.head)
        or _purpose_patient(c)
        or _gone_through(c)
        or _backed(c)
        or _threatened_party(c)
        or _visited(c)
    )
    if c.type == "SUPPORT" and event_syntax.prep_object(c.head, frozenset({"behind"})) is not None:
        c.target = _backed(c)  # "threw *our* weight behind …": the one backed, never the backer
    # "marched *against the foreign agents law*", "cooperate *on water management*": a thing
    # is no PLOVER target of a statement, a protest or cooperation (its party is)
    if (
        c.kind in {"verb", "phrasal"}
        and c.type in _ABOUT_TYPES
        and c.target is not None
        and c.target.dep_ == "pobj"
    ):
        c.target = _party_or_none(c, c.target)
    _investigated_act(c)
    _taken_from(c)
    if c.type == "PROTEST" and c.target is None:
        c.target = protested_party(c)
    if c.type == "AID" and c.target is not None and _object_class(c.target) == "aid":
        c.target = None  # "medical aid was delivered to the town": the goods are no party
    if c.target is None and c.type in {"AID", "AGREE"}:
        c.target = _aid_recipient(c)


#: Places and institutions that stand for the people aid reaches: "delivered supplies *to
#: hospitals*", "airdropped food *to villages* cut off by floods".
_RECIPIENT_PLACES = frozenset(
    {
        "village",
        "town",
        "hospital",
        "clinic",
        "camp",
        "school",
        "community",
        "settlement",
        "shelter",
        "orphanage",
    }
)
#: Verbs of committing aid whose object holds the recipient: "pledged $20m in grants *for farmers*".
_PLEDGE_VERBS = frozenset({"pledge", "promise", "offer", "approve", "earmark"})


def _aid_recipient(c: _Cand) -> Token | None:
    """Who aid goes to, when the object is the goods: "delivered medical supplies *to hospitals*"
    (PLOVER's AID target is the recipient, a community or institution as much as a people), and
    for aid pledged, the one the sum is "for" ("pledged $20 million in grants *for farmers*")."""
    head = c.head
    if c.type == "AID":
        # "cared *for* the wounded", "looked *after* the displaced": the phrasal verb's own
        # preposition takes the one cared for
        own = (event_syntax.child(t, "pobj") for t in c.tokens if t.dep_ == "prep" and t.head.i == head.i)
        cared = next((o for o in own if o is not None), None)
        if cared is not None:
            return cared
        rec = event_syntax.prep_object(head, frozenset({"to"}))
        if rec is not None and (
            event_syntax.is_party(rec)
            or _people(rec)
            or event_syntax.core_noun(rec).lemma_.lower() in _RECIPIENT_PLACES
        ):
            return rec
        return None
    if head.lemma_.lower() not in _PLEDGE_VERBS:
        return None
    obj = event_syntax.child(head, "dobj")
    if (
        obj is None
        or _object_class(obj) != "aid"
        and not any(t.like_num or t.text in "$€£" for t in obj.subtree)
    ):
        return None
    for tok in obj.subtree:
        if tok.dep_ == "prep" and tok.lower_ in {"for", "to"}:
            rec = event_syntax.child(tok, "pobj")
            if rec is not None and (event_syntax.is_party(rec) or _people(rec)):
                return rec
    return None


#: COERCE modes that act on people: their object is the one coerced, named as a party or not.
_PEOPLE_COERCE_MODES = frozenset({"arrest", "detain", "deport"})


def _seized_thing(c: _Cand) -> bool:
    """Whether a coercive act was done to a thing, not to a party: "seized *the print run*",
    "banned *all demonstrations*", "confiscated *copies of the book*" (PLOVER's target is an
    actor, so the thing is none; people arrested or deported are, named or not)."""
    target = c.target
    if c.type != "COERCE" or c.mode in _PEOPLE_COERCE_MODES or target is None:
        return False
    if target.dep_ != "dobj" or target.lower_ in _PERSONAL_PRONOUNS or event_syntax.is_party(target):
        return False
    if _people(target):
        return False  # "seized three NGO staff": people taken, a party
    if c.mode in {"ban", "censor"} or _object_class(target) == "organisations":
        # "dissolved the main opposition movement", "shut down the newspaper": a body outlawed
        # or an outlet silenced is a party (the dev coders' "La Prensa")
        return False
    if names_weapons(subtree_text(target)) and _owner_of(target, c.head) is None:
        # "destroyed an IED factory": weapons taken out of use, owned by no one named, stay
        # (ACLED reads them); "seized weapons *from the armed groups*" targets the groups
        return False
    # the head noun itself, not its compound: "the *family* homes" are homes
    return not lexicons.is_person_noun(event_syntax.core_noun(target).lemma_)


def _nominal_complement_party(noun: Token) -> Token | None:
    """The party of the act a speech-act noun's infinitive names: "Baghdad's refusal *to pay
    Kurdish civil servants*", as "refused to pay *them*" is directed at them."""
    for comp in noun.children:
        if comp.dep_ in {"acl", "xcomp"} and comp.pos_ == "VERB" and child_is_to(comp):
            obj = event_syntax.child(comp, "dobj") or event_syntax.child(comp, "dative")
            if obj is not None and event_syntax.is_party(obj):
                return obj
    return None


#: Types whose target PLOVER codes as a party only: a thing they are about is no target.
_PARTY_TARGET_TYPES = frozenset(
    {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "DEMAND", "DISAPPROVE", "REJECT", "PROTEST"}
    | {"INVESTIGATE"}
)


#: Types whose verbs take what they are about in a preposition ("marched *against the law*",
#: "cooperate *on water management*", "agreed *on a ceasefire*", "talks *on trade*").
_ABOUT_TYPES = frozenset(
    {"PROTEST", "COOPERATE", "AGREE", "CONSULT", "DEMAND", "REJECT", "DISAPPROVE", "SUPPORT"}
    | {"CONCEDE"}  # "bowed to *pressure* from the unions", "backed down on *the changes*"
)


def _party_or_none(c: _Cand, tok: Token | None) -> Token | None:
    """An event noun's directed phrase names its target only when a party is in it: "an
    agreement *on their maritime border*", "a rally *against the new law*" have none, "a rally
    against *the government's* plan" targets the government."""
    if tok is None or c.type not in _PARTY_TARGET_TYPES or event_syntax.is_party(tok):
        return tok
    if tok.lower_ in _PERSONAL_PRONOUNS:
        return tok  # "agreed with *him*", "an investigation into *her*"
    if _counterpart(tok):
        return tok
    return event_syntax.party_in(tok)


def _not_trigger(c: _Cand, tok: Token | None) -> Token | None:
    """A word of the trigger is never its target: "a state *of emergency*" is one event noun."""
    return None if tok is not None and any(t.i == tok.i for t in c.tokens) else tok


#: Participles that aim an act at someone: "raids *targeting* activists", "a crackdown
#: *aimed at* journalists", "attacks *directed against* civilians".
_AIMING_VERBS = frozenset({"target", "aim", "direct"})


def _aimed_at(noun: Token) -> Token | None:
    """Whom an event noun's participle aims it at: "a wave of arrests *targeting Islamist
    students*", "a crackdown *aimed at* the press" (PLOVER's target of the act)."""
    for ch in noun.children:
        if ch.dep_ != "acl" or ch.lemma_.lower() not in _AIMING_VERBS:
            continue
        aimed = event_syntax.child(ch, "dobj") or event_syntax.prep_object(
            ch, frozenset({"at", "against", "toward", "towards"})
        )
        if aimed is not None:
            return aimed
    return None


def _threatened_party(c: _Cand) -> Token | None:
    """The party a threatened measure is aimed at: "warned of reprisals *against any group*",
    "threatened retaliation *against Seoul*", "vowed revenge *on the army*"."""
    if c.type != "THREATEN":
        return None
    for noun in (event_syntax.child(c.head, "dobj"), event_syntax.prep_object(c.head, frozenset({"of"}))):
        if noun is None:
            continue
        aimed = event_syntax.prep_object(noun, frozenset({"against", "on", "upon", "toward", "towards"}))
        if aimed is not None and event_syntax.is_party(aimed):
            return aimed
    return None


#: Conjunctions of a condition a threat is made on: "… *unless* Israel rescinds the annexation",
#: "… *if* the United States goes ahead with the deployment".
_CONDITION_MARKS = frozenset({"unless", "if"})


def _conditioning_party(c: _Cand) -> None:
    """Whom a conditional threat is made to (round 62): the party whose act is its condition
    ("threatened to hold a general strike *unless Israel* rescinded the annexation", "threatened
    to stop the negotiations *if the United States* goes ahead with the deployment"). The
    "unless"/"if" clause may hang on the threat verb or on the act threatened; its subject counts
    only when it names a party or people ("if talks fail", "if war starts" name none). Only where
    every other reading left the target empty ("break relations *with Russia* unless the Kremlin
    …" keeps Russia). A conditional offer is left alone (our wire labels code "vowed to withdraw
    the bill if unions ended their strike" with no target). Bounded: the verb, its complements
    and their conjuncts, each one level of children."""
    if c.type != "THREATEN" or c.target is not None or c.kind == "verbless":
        return
    verbs = [c.head, *(ch for ch in c.head.children if ch.dep_ in {"xcomp", "ccomp"})]
    verbs += [conj for v in verbs[1:] for conj in v.conjuncts]
    for verb in verbs:
        for clause in verb.children:
            if clause.dep_ != "advcl" or not any(
                m.dep_ == "mark" and m.lower_ in _CONDITION_MARKS for m in clause.children
            ):
                continue
            subj = event_syntax.child(clause, "nsubj")
            if subj is None or subj.lower_ in _PERSONAL_PRONOUNS or subj.lower_ in event_lexicon.PRONOUNS:
                continue
            if event_syntax.is_party(subj) or _people(subj):
                c.target = subj
                return


def _backed(c: _Cand) -> Token | None:
    """The party one stands behind is the one supported: "rallied *behind the president*"."""
    if c.type != "SUPPORT":
        return None
    behind = event_syntax.prep_object(c.head, frozenset({"behind"}))
    return behind if behind is not None and event_syntax.is_party(behind) else None


def _gone_through(c: _Cand) -> Token | None:
    """What a weapon tore through is what it hit: "a bomb tore *through a police convoy*"."""
    if c.type not in {"ASSAULT", "FIGHT"} or c.lemma not in _THROUGH_VERBS:
        return None
    return event_syntax.prep_object(c.head, frozenset({"through"}))


def _munition_not_actor(c: _Cand) -> None:
    """A munition that does the verb's act is the means, not the party (once it has given the
    attack its mode): the party is whoever used it ("a bomb planted *by militants* exploded"),
    none where the sentence names no one ("a roadside bomb tore through a convoy")."""
    actor = c.actor
    if actor is None or c.kind not in {"verb", "phrasal", "object"}:
        return
    if not _is_weapon(actor) or actor.lemma_.lower() in _PLATFORMS or event_syntax.is_party(actor):
        return
    c.actor = _doer_of(actor)


def _happening_not_actor(c: _Cand) -> None:
    """A happening that did the verb's act is no party (round 39): "a blaze *injured* three workers",
    "the explosion killed four", "heavy shelling destroyed the school" name what did it, an event
    noun, an accident or a harm (``harm_nouns.txt``); the party is its doer where the phrase names
    one ("*Russian* shelling", "an attack *by gunmen*"), else none (a weapon: _munition_not_actor)."""
    actor = c.actor
    if actor is None or c.kind not in {"verb", "phrasal", "object", "light"}:
        return
    core = event_syntax.core_noun(actor)
    lemma = core.lemma_.lower()
    if core.pos_ != "NOUN" or event_syntax.is_party(core) or lemma in event_lexicon.UNIT_EVENT_NOUNS:
        return
    sense = event_lexicon.NOUNS.get(_noun_key(core))
    if sense is not None and sense.type == "CONSULT":
        return  # "the Arab *summit* urged …": a meeting that acts names a body (_acting_body)
    if lemma in event_lexicon.HARM_NOUNS or lemma in event_lexicon.ACCIDENT_NOUNS or _is_event_noun(core):
        doer = _doer_of(core)
        if (
            doer is not None
            and doer.dep_ == "poss"
            and sense is not None
            and sense.type in {"COERCE", "ASSAULT"}
        ):
            doer = None  # "*Zamora's* detention", "*their* abduction": the one it was done to
        c.actor = doer


#: Weapons crewed by a side, which PLOVER's coders name as the actor ("Israeli warplanes
#: struck …", "fighter jets bombed …"), unlike munitions ("a roadside bomb tore through …").
_PLATFORMS = frozenset(
    {"aircraft", "helicopter", "gunship", "jet", "warplane", "drone", "predator", "tank", "artillery"}
)


def _taken_from(c: _Cand) -> None:
    """Territory taken *from* a party is taken from that party: "retook the town *from the
    militants*" (PLOVER's target is the side fought, not the place)."""
    if c.type != "FIGHT" or c.target is None or _object_class(c.target) != "territory":
        return
    side = event_syntax.prep_object(c.head, frozenset({"from"}))
    if side is not None and event_syntax.is_party(side):
        c.target = side


def _investigated_act(c: _Cand) -> None:
    """An investigation or condemnation of an act ("inquiry into *the deaths* of …",
    "investigating *the killing* of a lawyer", "condemned *the execution* of two activists")
    is directed at whoever did it, not at the act or its victim: PLOVER's coders name the doer
    ("denounced Serbia's suppression of …", "an investigation into crimes committed by Croat
    forces"), and none where the sentence names no doer."""
    if c.type == "SUPPORT":
        _praised_act(c)
        return
    if c.type not in {"INVESTIGATE", "DISAPPROVE"}:
        return
    if c.kind in {"light", "noun"}:
        noun = event_syntax.prep_object(c.head, frozenset({"into", "of"})) or event_syntax.prep_object(
            c.verb,
            frozenset({"into"}),  # "opened an inquiry *into* the deaths" hung on the verb
        )
    else:
        noun = event_syntax.clause_object(c.head, prefer_party=False)
    if noun is not None and noun.lemma_.lower() in _CLAIM_NOUNS:
        # "investigating *reports that soldiers beat* residents": the doer is the claim's subject
        claimed = next(
            (ch for ch in noun.children if ch.dep_ in {"acl", "ccomp"} and ch.pos_ == "VERB"), None
        )
        # the doer: an active clause's subject, a passive one's agent ("that detainees were
        # beaten" names the victims, no doer)
        subj = event_syntax.child(claimed, "nsubj") if claimed is not None else None
        if claimed is not None and subj is None:
            subj = event_syntax.prep_object(claimed, frozenset({"by"}))
        if subj is not None and event_syntax.is_party(subj):
            c.target = subj
            return
    if c.target is None or noun is None or not (_is_event_noun(noun) or noun.lemma_.lower() in _ACT_NOUNS):
        return
    c.target = _doer_of(noun)


def _praised_act(c: _Cand) -> None:
    """Praise of an act is praise of whoever did it, not of those it was done to: "welcomed *the
    release of* the political prisoners" names no party praised, "hailed Tuesday's vote *in
    Zambia*" praises Zambia, "lauded the ceasefire *between Thailand and Cambodia*" both sides,
    "welcomed *the EU's* decision" the EU."""
    if c.kind not in {"verb", "phrasal"}:
        return
    noun = event_syntax.child(c.head, "dobj")
    if noun is None or event_syntax.is_party(noun):
        return
    if not (_is_event_noun(noun) or noun.lemma_.lower() in _POLITICAL_ACT_NOUNS):
        return
    patient = event_syntax.prep_object(noun, frozenset({"of"}))
    if c.target is not None and (patient is None or c.target.i != patient.i):
        return  # "ratified the treaty *with Ivory Coast*": the act's own party stays
    where = event_syntax.prep_object(noun, frozenset({"in"}))
    if where is not None and where.ent_type_ != "GPE" and not _gazetteer_name(where):
        where = None  # "in the capital", "in March": no country whose act it was
    c.target = _doer_of(noun) or event_syntax.prep_object(noun, frozenset({"between"})) or where


#: Nouns of a political act a party is praised for, beside the event nouns: "hailed the *vote*".
_POLITICAL_ACT_NOUNS = frozenset({"vote", "election", "referendum", "decision", "ruling", "verdict"})


#: Nouns of a claim whose clause tells what was done: "reports *that soldiers beat* residents".
_CLAIM_NOUNS = frozenset({"report", "allegation", "claim", "accusation", "charge", "complaint", "rumour"})


#: Nouns of something that happened, investigated as an act: "the deaths", "the collapse".
_ACT_NOUNS = frozenset(
    {"death", "killing", "collapse", "shooting", "disappearance", "fire", "crash", "explosion", "incident"}
    | {"murder", "abuse", "violation", "allegation", "leak", "theft", "fraud", "irregularity", "loss"}
    | {"atrocity", "misconduct", "corruption", "wrongdoing", "embezzlement", "massacre"}
)


#: Light verbs that stage an event ("staged / held a sit-in"), unlike "give the protest weight".
_STAGING_VERBS = frozenset({"stage", "hold", "launch", "begin", "start", "organise", "organize", "mount"})


def _light_subject(noun: Token) -> Token | None:
    """The subject of a light verb whose object phrase the event noun sits in, where the parser
    did not make the noun the object itself: "activists staged a *sit-in* outside parliament"
    parsed with "parliament" as the object and "sit-in" inside it."""
    if noun.dep_ not in {"nmod", "compound", "prt"}:
        return None  # the light verb's own object is read as a light event elsewhere
    tok = noun
    for _ in range(3):
        if tok.dep_ == "dobj" and tok.head.pos_ == "VERB":
            verb = tok.head
            if _light_lemma(verb) in _STAGING_VERBS:
                return event_syntax.clause_subject(verb)
            return None
        if tok.head.i == tok.i or tok.dep_ not in {"nmod", "compound", "prt"}:
            return None  # "staged a funeral for victims *of the attack*": a phrase, not the object
        tok = tok.head
    return None


#: Verbs of an event that starts or goes on, whose "between" phrase names the event's sides.
_ONSET_VERBS = frozenset({"break", "erupt", "continue", "rage", "flare", "resume", "intensify", "begin"})


def _between_sides(event: Token) -> Token | None:
    """The sides of an event told with "between": its own phrase ("*fighting* between the army
    and rebels continued", the gerund the parser reads as a verb) or that of the verb it is the
    subject of ("heavy fighting *broke out between* government forces and …")."""
    own = event_syntax.prep_object(event, frozenset({"between"}))
    if own is not None:
        return own
    verb = event.head
    if event.dep_ != "nsubj" or verb_lemma(verb) not in _ONSET_VERBS:
        return None
    return event_syntax.prep_object(verb, frozenset({"between"}))


#: Verbs whose "with" phrase is not what their subject does: "faced with protests", "hit with
#: sanctions", "charged with rioting" (the subject undergoes or is accused of it).
_UNDERGOING_VERBS = frozenset({"face", "confront", "hit", "charge", "slap", "meet", "greet"})


def _means_of(noun: Token) -> Token | None:
    """The subject of an active verb whose "with" phrase the event noun is: "unions paralysed
    Tunisia *with a general strike*", "the army responded *with a crackdown*" (the means the
    subject acts by is its own act)."""
    prep = noun.head
    verb = prep.head
    if noun.dep_ != "pobj" or prep.lower_ != "with" or prep.dep_ != "prep" or verb.pos_ != "VERB":
        return None
    if event_syntax.is_passive(verb) or verb_lemma(verb) in _UNDERGOING_VERBS:
        return None
    subject = event_syntax.child(verb, "nsubj")
    return subject if subject is not None and subject.lower_ not in event_lexicon.PRONOUNS else None


def _agent_of_when(verb: Token) -> Token | None:
    """Who did a passive without agent, told in its "when" clause: "two soldiers were killed
    *when insurgents ambushed* their patrol" (the ambush is how they were killed)."""
    if not event_syntax.is_passive(verb):
        return None
    for clause in verb.children:
        if clause.dep_ == "advcl" and any(m.dep_ == "advmod" and m.lower_ == "when" for m in clause.children):
            subj = event_syntax.child(clause, "nsubj")
            if subj is not None and event_syntax.is_party(subj):
                return subj
    return None


def _adjunct_patient(verb: Token) -> Token | None:
    """The patient of a subjectless passive adjunct is the clause's subject: "*a woman* died
    after being beaten by the police", "*he* was hospitalised, having been shot twice"."""
    if not event_syntax.is_passive(verb) or event_syntax.child(verb, "nsubjpass") is not None:
        return None
    if verb.dep_ == "pcomp" and verb.head.dep_ == "prep":
        gov = verb.head.head
    elif verb.dep_ == "advcl":
        gov = verb.head
    else:
        return None
    subj = event_syntax.child(gov, "nsubj", "nsubjpass")
    person = subj is not None and (subj.pos_ == "PRON" or event_syntax.is_party(subj))
    return subj if person else None  # "the biggest factor … after being jailed" is no patient


#: Types whose means ("fired tear gas") may be told before their patient ("to disperse the crowd").
_FORCE_TYPES = frozenset({"COERCE", "ASSAULT"})


def _purpose_patient(c: _Cand) -> Token | None:
    """An act of force done to act on someone: "fired tear gas *to disperse the marchers*";
    the purpose clause's object is who the force was used on."""
    if c.type not in _FORCE_TYPES:
        return None
    for comp in c.head.children:
        if comp.dep_ in {"advcl", "xcomp"} and any(
            a.dep_ == "aux" and a.lower_ == "to" for a in comp.children
        ):
            obj = event_syntax.child(comp, "dobj")
            if obj is not None and event_syntax.is_party(obj):
                return obj
    return None


def _not_own(c: _Cand, tok: Token | None) -> Token | None:
    """*tok* unless it is the event's own noun: "arrived *on a two-day visit*" visits no visit."""
    return None if tok is None or any(t.i == tok.i for t in c.tokens) else tok


def _visited(c: _Cand) -> Token | None:
    """Where a visitor went, the host of a visit told by a verb of travel: "flew *to Kinshasa*
    for talks", "arrived *in Niamey* on a visit" (PLOVER codes the host as the recipient)."""
    if c.type != "CONSULT" or c.verb.lemma_.lower() not in _TRAVEL_VERBS:
        return None
    place = event_syntax.prep_object(c.verb, frozenset({"to", "in"}))
    return place if place is not None and event_syntax.is_party(place) else None


def _noun_party(noun: Token, event_type: str) -> Token | None:
    """The party a light verb's event noun is directed at: "issued an ultimatum *to Niger*",
    "lodged a protest *with Albania*" (a party, not a thing: "talks with no result"), and
    the one supported: "expressed support *for the council*" (a demand's "for" is what is
    demanded, not who is asked)."""
    preps = {"to", "with", "for"} if event_type == "SUPPORT" else {"to", "with"}
    found = event_syntax.prep_object(noun, frozenset(preps))
    if found is not None and not event_syntax.is_party(found) and event_type == "SUPPORT":
        # support for a party's act supports the party: "support for *the army's* deployment"
        return event_syntax.party_in(found)
    return found if found is not None and (event_syntax.is_party(found) or _counterpart(found)) else None


def _untimed(tok: Token | None) -> Token | None:
    """A party or thing, never a date: "engaged in fighting *on 11 October 2019*"."""
    if tok is None or tok.pos_ == "NUM" or event_syntax.is_time(tok):
        return None  # a bare number is a day ("on 11 October"), never a party
    return tok


def _held_under(c: _Cand) -> Token | None:
    """The one put under an event noun by a passive light verb: "*the leader* was placed under
    house arrest", "*two lawyers* were put under investigation"."""
    placed = c.verb.i != c.head.i and _light_lemma(c.verb) in _PLACING_VERBS
    if not placed or not event_syntax.is_passive(c.verb):
        return None  # "were engaged in ethnic cleansing": the subject acts
    held = event_syntax.child(c.verb, "nsubjpass")
    return held if held is not None and held.i != c.head.i else None  # "talks can not be held"


#: Types whose target is the subject of their "that" clause: the one asked to act ("demanded
#: that *Kenya* release …"), the one blamed ("charged that *the informal leaders* were behind
#: the unrest") and the one investigated ("is looking into whether *police* used force").
_CLAUSE_TARGET_TYPES = frozenset({"DEMAND", "DISAPPROVE", "INVESTIGATE"})


def _complement_target(verb: Token, event_type: str) -> Token | None:
    """The one a demand is made of: the subject of the demanded clause ("demanded that *Kenya*
    release …"; PLOVER's DEMAND target is who is asked to act), never the party of the act
    demanded. (The same reading for the complement of threaten/promise, "threatened to sever
    ties with Uganda", helped one cross-validation fold only and is not kept.)
    """
    marked = _marked_clause(verb)
    for comp in verb.children:
        # "demanded that Kenya release …", "called for the president to step down"
        if (
            comp.dep_ == "ccomp" or (marked is not None and comp.i == marked[0].i)
        ) and event_type in _CLAUSE_TARGET_TYPES:
            subj = event_syntax.child(comp, "nsubj")
            if subj is not None and subj.pos_ in {"NOUN", "PROPN"}:
                return subj
            if event_type == "DEMAND":
                found = _demanded_clause_subject(comp)
                if found is not None:
                    return found
    return None


def _demanded_clause_subject(comp: Token) -> Token | None:
    """The one a demanded clause is about when it has no active subject the parser names (round
    62): a passive's subject ("demanded that *the governor* be dismissed") and a mandative
    subjunctive the tagger read as a noun, whose subject it then reads as a compound ("insisted
    that *President Boluarte* resign": "resign" tagged NN, "Boluarte" its compound). Only a party
    (a name, a group, an office): "demanded that control of the ministry be taken away" names
    none."""
    found = event_syntax.child(comp, "nsubjpass")
    if (
        found is None
        and comp.pos_ == "NOUN"
        and comp.lemma_.lower() in event_lexicon.VERBS
        and any(m.dep_ == "mark" and m.lower_ == "that" for m in comp.children)
    ):
        found = next((ch for ch in reversed(list(comp.lefts)) if ch.dep_ == "compound"), None)
    # a party only: a people noun is too wide here ("charge" is one: "called for the charges
    # against the students to be dropped" names no one asked)
    return found if found is not None and event_syntax.is_party(found) else None
