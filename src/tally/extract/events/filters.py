"""Candidates that are no event: a verb that describes rather than acts, a crowd only present, a
charge or punishment named as an offence, grievances, the learned fallback's last reading of an
unknown verb, and a report's headline repeating its first sentence.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from tally.extract.context import (
    title_end,
    token_lowers,
)
from tally.extract.events import learned
from tally.extract.events import lexicon as event_lexicon
from tally.extract.events import syntax as event_syntax
from tally.extract.events.candidate import _Cand, _subtree_chars
from tally.extract.events.clauses import _charging_verb
from tally.extract.events.idiom_checks import _patient, _ruling_returned
from tally.extract.events.lemmas import verb_lemma
from tally.extract.events.nouns import _object_class, _said_sense, _stated_demand, _talk_of_one
from tally.extract.events.sense_checks import (
    _blaze_fought,
    _declined_comment,
    _endangers_a_quality,
    _fire_burning,
    _gathered_in_protest,
    _recognised_a_fact,
    _removed_from_post,
    _shows_a_quality,
    _thing_carried_out,
)
from tally.extract.events.senses import _befell_or_made_public, _harm_to_oneself
from tally.extract.events.triggers import _misparsed_main_verb, _notice_issued

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


def _met_a_thing(verb: Token) -> bool:
    """Whether a verb the lists know only by its object met a thing, not a party.

    PLOVER's CONSULT is a meeting of actors: "received *a delegation*" hosts one, "received *a
    letter*" meets no one. The lists read such a verb by its object and found no event in a thing
    of no class; the model, which knows no object classes, is not let call it a meeting (it named
    "received a letter from the envoy" a hosted visit).
    """
    lemma = verb_lemma(verb)
    if lemma not in _object_only_verbs():
        return False
    obj = event_syntax.child(verb, "dobj")
    return obj is not None and not obj.ent_type_ and _object_class(obj, lemma) is None


def _describes(verb: Token) -> bool:
    """Whether a verb says what its object is: a bare predicate on the object or an "as" phrase with an
    adjective ("described the situation *as calm*", "called the march *a provocation*").

    Such a sentence tells how the subject sees something, not an act done to it: the word lists read
    blame in the predicate ("described the verdict as politically motivated" disapproves); where they
    find none, the model is not asked (it named "described the situation as calm" a disapproval). An
    "as" noun ("sent engineers *as reinforcements*", "*as part of* the mission") is left to the model.
    """
    children = list(verb.children)
    if any(c.dep_ == "oprd" for c in children):
        return True
    if not any(c.dep_ == "dobj" for c in children):
        return False
    for prep in children:
        if prep.dep_ != "prep" or prep.lower_ != "as":
            continue
        for pred in prep.children:
            if pred.dep_ in {"amod", "acomp"} or (pred.pos_ == "ADJ" and pred.dep_ == "pobj"):
                return True
    return False


@cache
def _object_only_verbs() -> frozenset[str]:
    """Verbs the word lists know only with an object of some class (no plain or phrasal sense)."""
    by_object = {v for v, _ in event_lexicon.VERB_OBJECT}
    phrasal = {v for v, _ in event_lexicon.PHRASAL}
    return frozenset(by_object - set(event_lexicon.VERBS) - phrasal)


def _learned_fallback(sents: dict[int, Span], cands: list[_Cand]) -> list[_Cand]:
    """An event from the learned model for each sentence in which no word list fired.

    The word lists cannot know every verb of unseen text; where a sentence has
    no candidate at all and its main predicate is a verb that acts on or by
    someone, the model trained on our own sentences (:mod:`.learned`) may
    name its type when it beats NONE by a margin. It is read as a verb
    trigger, so its arguments, modality and ACLED type follow the usual rules.
    """
    covered = {sents[c.head.i].start for c in cands if c.head.i in sents}
    out: list[_Cand] = []
    seen: set[int] = set()
    for sent in sents.values():
        if sent.start in covered or sent.start in seen:
            continue
        seen.add(sent.start)
        verb = learned.main_predicate(sent)
        if not learned.can_act(verb) or _describes(verb):
            continue
        patient = _patient(verb)
        if _befell_or_made_public(verb, patient):
            continue  # "was killed in the crash", "flu kills", "released its budget figures" (rounds 36-37)
        found = learned.guess(sent)
        if found is None:
            continue
        if found.type == "CONSULT" and _met_a_thing(verb):
            continue
        if found.type == "PROTEST" and _crowd_only_present(verb):
            continue
        lemma = verb.lemma_.lower()
        if found.type == "ASSAULT" and patient is not None and _harm_to_oneself(lemma, patient):
            continue  # "two guards later killed themselves": self-harm, no act on another (round 50)
        if found.type == "REJECT" and _declined_comment(verb, lemma, patient):
            continue  # "the embassy refused to comment": a source's silence, asked as of a listed verb (round 51)
        if _endangers_a_quality(lemma, patient):
            continue  # "could threaten the stability of the region": a danger (round 51)
        if _blaze_fought(verb, patient) or _fire_burning(verb):
            continue  # "crews fought the fire", "the peat is burning": a fire (round 55)
        if found.type == "PROTEST" and _shows_a_quality(verb, lemma, patient):
            continue  # "demonstrated that the plan works": "show" (round 51)
        if _recognised_a_fact(verb, lemma, patient):
            continue  # "we recognize a difficult situation": cognition (round 56)
        if _removed_from_post(verb, lemma, patient) or _thing_carried_out(verb, lemma, patient):
            continue  # "sacked two hundred workers", "executed the trades": another sense (round 56)
        if patient is not None and (_notice_issued(patient) or _talk_of_one(patient)):
            continue  # "issued an alert", "gave a talk on world affairs": a notice, a speech (round 57)
        if _ruling_returned(lemma, patient):
            continue  # "the jury returned a guilty verdict": a court's finding (round 57)
        out.append(_Cand("verb", verb, verb, [verb], found.type, found.mode, lemma))
    return out


#: Nouns of an "in"-phrase that makes a gathering a demonstration ("gathered *in protest*", "*in solidarity*
#: with the strikers", "*in support* of the jailed editor"); "in memory of" is a commemoration, not a demand.
_PROTEST_CAUSE_NOUNS = frozenset({"protest", "solidarity", "support", "defiance"})


def _crowd_only_present(verb: Token) -> bool:
    """People who gather, wait, queue, stand by, mourn or look on and do nothing more ("hundreds
    *waited* outside the hospital for news of the injured", "mourners *gathered* at the cemetery for
    the funeral", "crowds *lined* the streets to watch the procession"): no demonstration, whatever
    the learned fallback reads into the crowd. The clause makes it one only with an act of protest
    the word lists do not already read as an event: demonstrators as the subject, what they are
    against ("over unpaid wages"), a stated demand or purpose ("demanding …", "to demand …"), signs
    carried ("with placards"), or an "in protest / in solidarity" phrase."""
    if verb_lemma(verb, event_lexicon.CROWD_PRESENCE_VERBS) not in event_lexicon.CROWD_PRESENCE_VERBS:
        return False
    if _gathered_in_protest(verb):
        return False
    if any(ch.dep_ in {"xcomp", "advcl"} and _said_sense(ch) for ch in verb.children):
        return False  # "gathered to demand the release of …"
    signs = frozenset(event_lexicon.OBJECT_CLASSES["placards"])
    for t in verb.subtree:
        lemma = t.lemma_.lower()
        if lemma in signs:
            return False  # "converged on the capital with banners"
        if lemma in _PROTEST_CAUSE_NOUNS and t.dep_ == "pobj" and t.head.lower_ == "in":
            return False  # "thronged the square in protest at …", wherever the parse hangs the phrase
    return True


def _sources(c: _Cand) -> list[tuple[int, int]]:
    """Character spans of who reports an event: the subject of the reporting verb the event's
    clause hangs under ("*Colombian police* said that dissidents murdered …", "…, *the army* said")
    and an "according to" phrase. A source tells the event, it takes no part in it: "police" in
    "gunmen killed 11 villagers, police said" is no second armed side of an ACLED clash."""
    out: list[tuple[int, int]] = []
    sent = c.head.sent
    rep = event_syntax.reporting_ancestor(c.verb) or event_syntax.reporting_child(sent.root)
    if rep is not None and rep.i != c.verb.i:
        subj = event_syntax.child(rep, "nsubj")
        if subj is not None and subj.lower_ not in event_lexicon.PRONOUNS:
            out.append(_subtree_chars(subj))
    lowers = token_lowers(sent.doc)  # the words, not a Token per word of the sentence
    for i in range(sent.start, sent.end):
        if lowers[i] == "according" and i + 1 < sent.end and lowers[i + 1] == "to":
            obj = event_syntax.child(sent.doc[i + 1], "pobj")
            if obj is not None:
                out.append(_subtree_chars(obj))
    return out


def _attributive(c: _Cand) -> bool:
    """A participle that describes a noun ("*Detained* journalists were freed", "parents of
    *kidnapped* pupils marched"): what happened to the people before the sentence's event."""
    # "a missile *fired by the Houthis* was intercepted": a participle phrase describing the
    # subject of the sentence's verb tells the subject's past, like a participle before a noun;
    # so does a relative clause in the past perfect ("retook the town, which rebels *had seized*")
    return (
        c.kind == "verb"
        and c.head.tag_ == "VBN"
        and (
            (c.head.dep_ == "amod" and not _misparsed_main_verb(c.head))
            or (c.head.dep_ == "acl" and c.head.head.dep_ in {"nsubj", "nsubjpass"})
            or (
                c.head.dep_ == "relcl" and any(a.dep_ == "aux" and a.lower_ == "had" for a in c.head.children)
            )
        )
    )


def _participle_object(c: _Cand, heads: set[int] | None = None) -> bool:
    """An event named as the object of a participle describing someone: "women *fleeing the
    fighting* were raped", "villagers *displaced by the clashes* were attacked". It says where the
    people came from, not the event the sentence reports (ACLED codes the rape, the attack).

    :param heads: token indices of the sentence's event triggers. A protest in the phrase of a
        participle that is itself an event ("304 people *killed* by security forces *during the
        protests*") is that event's setting, the demonstration reported, not a description.
    """
    if c.kind != "noun":
        return False
    tok = c.head
    if tok.dep_ == "pobj" and tok.head.dep_ in {"prep", "agent"}:
        tok = tok.head
    elif tok.dep_ != "dobj":
        return False
    verb = tok.head
    if c.type == "PROTEST" and heads is not None and verb.i in heads:
        return False
    return verb.tag_ in {"VBG", "VBN"} and verb.dep_ == "acl" and verb.head.pos_ in {"NOUN", "PROPN", "PRON"}


def _charge(c: _Cand) -> bool:
    """An act named as what someone is accused or suspected of: "beat two men *suspected of
    stealing* a goat", "arrested five members, accusing them of *plotting unrest*". It is the
    charge against the people of the sentence's event, not an event the sentence reports."""
    return _charging_verb(c.head) is not None


def _punished_act(c: _Cand) -> bool:
    """An act named as the offence of an arrest or a sentence: "96 suspects were arrested *for
    looting and arson*", "jailed over *the killing* of a guard". It says why people were held (the
    arrest is the event the sentence reports), not a second event of looting or killing."""
    return c.type != "PROTEST" and _offence_of_punishment(c.head)


#: Prepositions that name what a demonstration is about ("protested *over* the killing").
_GRIEVANCE_PREPS = frozenset({"over", "against", "about", "at", "for"})


def _grievances(c: _Cand) -> list[tuple[int, int]]:
    """Character spans of what a protest is about: its "over/against …" phrase, its purpose
    clause, and the modifiers of its protesters ("families of soldiers killed in an ambush")."""
    if c.type != "PROTEST":
        return []
    out: list[tuple[int, int]] = []
    for ch in c.verb.children if c.kind != "noun" else c.head.children:
        about = (ch.dep_ == "prep" and ch.lower_ in _GRIEVANCE_PREPS) or (
            ch.dep_ == "dobj"
            and c.kind != "noun"  # "protested the killing", "gathered to denounce the arrest"
            and c.mode != "obstruct"  # "blocked the road with burning tyres": what they did
        )
        purpose = ch.dep_ in {"advcl", "xcomp"} and event_syntax.is_purpose(ch) or ch.dep_ == "xcomp"
        cause = (
            # "in memory of those killed", "in solidarity with the detained": whom they march for
            ch.dep_ == "prep"
            and ch.lower_ == "in"
            and any(o.lemma_.lower() in _CAUSE_NOUNS for o in ch.children if o.dep_ == "pobj")
        ) or (
            # "protested after a boy was killed by police": what came before the march, its occasion
            ch.dep_ == "advcl"
            and any(m.dep_ == "mark" and m.lower_ in _TIME_SHIFT_PREPS for m in ch.children)
        )
        if about or purpose or cause or _stated_demand(ch):
            out.append(_subtree_chars(ch))
    holder = _protest_noun_holder(c)
    if holder is not None:
        # "joined students in a march *to demand accountability for the killing of …*": the purpose
        # clause hangs on the verb that holds the protest noun, and still says what the march is for
        for ch in holder.children:
            if (ch.dep_ in {"advcl", "xcomp"} and event_syntax.is_purpose(ch)) or _stated_demand(ch):
                out.append(_subtree_chars(ch))
    if c.actor is not None:
        for ch in c.actor.children:
            if ch.dep_ in {"prep", "acl", "relcl"} and not _they_did(ch):
                out.append(_subtree_chars(ch))
    return out


def _protest_noun_holder(c: _Cand) -> Token | None:
    """The verb a protest noun is the object of, directly or through a preposition ("staged *a
    march*", "joined students *in a march*"), whose purpose clause is the march's; None for a verb
    trigger (its own clauses are read already) or a noun held otherwise."""
    if c.kind != "noun":
        return None
    tok = c.head
    if tok.dep_ == "pobj" and tok.head.dep_ == "prep":
        tok = tok.head
    elif tok.dep_ != "dobj":
        return None
    return tok.head if tok.head.pos_ == "VERB" else None


def _they_did(clause: Token) -> bool:
    """A relative clause of what the demonstrators themselves did ("demonstrators *who threw stones
    and burned tyres*"): their own acts, not what the march is about ("families of soldiers *who
    were killed*", "relatives of those *whom police detained*")."""
    subject = event_syntax.child(clause, "nsubj")
    return clause.dep_ == "relcl" and subject is not None and subject.lower_ in {"who", "that"}


#: Prepositions that put a protest named as a noun before or after the sentence's event.
_TIME_SHIFT_PREPS = frozenset({"after", "before", "following", "since"})

#: Nouns of an "in"-phrase that says whom or what a demonstration is for ("in memory of …").
_CAUSE_NOUNS = frozenset(
    {"memory", "honour", "honor", "solidarity", "support", "protest", "mourning", "remembrance", "tribute"}
)


#: Verbs of punishment whose "for"-phrase names the offence ("jailed for rioting").
_PUNISH_VERBS = frozenset(
    {"sentence", "condemn", "convict", "jail", "imprison", "arrest", "detain", "charge", "try", "prosecute"}
)


def _time_context(noun: Token) -> bool:
    """Whether a protest noun is in an "after / ahead of / following …" phrase, or is the offence
    in the "for"-phrase of a punishment.

    "The government deployed soldiers ahead of the protests", "imposed a curfew after days of
    unrest": the protest is what the sentence's event follows or precedes, not a demonstration
    the sentence reports (one "during" or "at" the protest is its setting and stays one).
    """
    tok = noun
    for _ in range(3):  # "after days of unrest": up through "of"-phrases
        prep = tok.head
        if tok.dep_ != "pobj" or prep.dep_ != "prep":
            return _offence_of_punishment(tok)
        if prep.lower_ in _TIME_SHIFT_PREPS or (prep.lower_ == "of" and prep.head.lower_ == "ahead"):
            return True
        if prep.lower_ in {"for", "over"} and prep.head.lemma_.lower() in _PUNISH_VERBS:
            return True  # "sentenced 30 soldiers to death for mutiny": the charge, not a demonstration
        if prep.lower_ == "with" and prep.head.lemma_.lower() == "connection":
            # "arrested in connection with the riots": up to the verb of "in connection"
            holder = prep.head.head
            return holder.dep_ == "prep" and holder.head.lemma_.lower() in _PUNISH_VERBS
        if prep.lower_ != "of" or prep.head.pos_ not in {"NOUN", "NUM"}:
            return _offence_of_punishment(tok)
        tok = prep.head
    return False


def _offence_of_punishment(noun: Token) -> bool:
    """Whether a protest noun is inside the "for"-phrase of a punishment, through a gerund:
    "arrested for reporting on the protests", "jailed for taking part in the riots"."""
    tok = noun
    for _ in range(6):
        head = tok.head
        # "over comments *made at a rally*": a participle describing the offence goes on up
        if head.i == tok.i or tok.dep_ not in {"pobj", "pcomp", "prep", "dobj", "acl", "conj"}:
            return False  # "arrested for looting *and arson*": each offence of a list
        if tok.dep_ in {"pobj", "pcomp"} and head.lower_ in {"for", "over"}:
            return _punishes(head.head)
        tok = head
    return False


def _punishes(verb: Token) -> bool:
    """A verb of punishment, or of taking someone "into custody" (a phrase, not a verb of its own)."""
    if verb.lemma_.lower() in _PUNISH_VERBS:
        return True
    held = event_syntax.prep_object(verb, frozenset({"into", "in"}))
    return verb.lemma_.lower() in {"take", "hold"} and held is not None and held.lower_ == "custody"


def _drop_headline(cands: list[_Cand]) -> list[_Cand]:
    """A headline line ("Protests in Almaty: police detain dozens") restates the body's events.

    The first line of a text with more text after it, without a sentence's final
    punctuation and at most 20 words, is a title: its events are not new ones.
    """
    if not cands:
        return cands
    end = title_end(cands[0].head.doc)
    if end is None:
        return cands
    return [c for c in cands if min(t.idx for t in c.tokens) >= end]
