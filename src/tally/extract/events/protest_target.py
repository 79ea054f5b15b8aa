"""Whom a protest is against, read from its purpose or its ground (round 60).

PLOVER codes a PROTEST's target as the party the protest is against, which the protest word's own
phrases seldom name ("marched through the capital on Friday"); the purpose clause or the "in protest
of" phrase does ("… to demand the governor's resignation"). Kept apart from :mod:`arguments`, which
reads the parties of every event type from the trigger's own phrases.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tally.extract.events import lexicon as event_lexicon
from tally.extract.events import syntax as event_syntax
from tally.extract.events.lemmas import verb_lemma

if TYPE_CHECKING:
    from spacy.tokens import Token

    from tally.extract.events.candidate import _Cand


#: Types of an act that names what a protest is against: "marched *to demand* the minister's
#: resignation", "blocked the road *to protest against* the council's levy", "rallied *calling for*
#: an apology from the ministry", "walked out *to voice their outrage at* the board's decision".
_GRIEVANCE_TYPES = frozenset({"DEMAND", "DISAPPROVE", "PROTEST", "REJECT"})
#: Nouns of the ground a protest is held on: "in protest of/against …", "in defiance of …",
#: "in opposition to …".
_GROUND_NOUNS = frozenset({"protest", "defiance", "opposition"})
#: The phrases of a grievance that name the thing or party it is against.
_GRIEVANCE_PREPS = frozenset({"against", "of", "from", "for", "at", "to", "over", "on"})


def _holder(thing: Token) -> Token | None:
    """The party that did or holds a thing: its possessor ("*the council's* levy"), its "by" or
    "from" phrase ("reforms *by the government*", "an apology *from the ministry*") or a name
    before it ("a *U.S.* plan"). Never its "of" phrase: "the release *of the detainees*" names
    whom the act is for, not whom the protest is against."""
    for c in thing.children:
        if c.dep_ == "poss" and c.lower_ not in event_lexicon.PRONOUNS and not event_syntax.is_time(c):
            return c
    found = event_syntax.prep_object(thing, frozenset({"by", "from"}))
    if found is not None and event_syntax.is_party(found):
        return found
    for c in thing.children:
        if c.dep_ in {"compound", "amod", "nmod"} and c.i < thing.i and c.ent_type_ in {"GPE", "NORP", "ORG"}:
            return c
    return None


def _grieved_party(tok: Token | None) -> Token | None:
    """The party a grievance's object names: itself ("in defiance of *the junta*"), the party that
    did or holds it ("*the council's* levy"), or, one phrase down, the party that did or holds the
    thing it is about ("their outrage at *the board's* decision")."""
    if tok is None or event_syntax.is_time(tok) or tok.lower_ in event_lexicon.PRONOUNS:
        return None
    if event_syntax.is_party(tok):
        return tok
    found = _holder(tok)
    if found is not None:
        return found
    inner = event_syntax.prep_object(tok, _GRIEVANCE_PREPS)
    return _holder(inner) if inner is not None and not event_syntax.is_party(inner) else None


def _is_grievance(verb: Token) -> bool:
    """Whether a verb is an act of demanding, denouncing, protesting or rejecting: by its own
    type, by its particle's ("call *for*"), or by its object's ("voice *their outrage*")."""
    lemma = verb_lemma(verb)
    sense = event_lexicon.VERBS.get(lemma)
    if sense is not None and sense.type in _GRIEVANCE_TYPES:
        return True
    for part in verb.children:
        if part.dep_ in {"prep", "prt"}:
            sense = event_lexicon.PHRASAL.get((lemma, part.lower_))
            if sense is not None and sense.type in _GRIEVANCE_TYPES:
                return True
    obj = event_syntax.child(verb, "dobj")
    sense = event_lexicon.NOUNS.get(obj.lemma_.lower()) if obj is not None else None
    return sense is not None and sense.type in _GRIEVANCE_TYPES


def protested_party(c: _Cand) -> Token | None:
    """Whom a protest is against, told by its purpose or its ground rather than its own phrases
    (PLOVER's PROTEST target): an infinitive of purpose or a participle of a grievance on the
    protest ("staged a sit-in *to demand the resignation of the minister*", "rallied *calling for
    an apology from the ministry*") or "in protest of / in defiance of" a party's act ("went on
    hunger strike *in protest of the government's* land seizures"). A purpose that is no grievance
    ("rallied to celebrate his victory") names no target."""
    # a light verb's clause is the protest's ("began a hunger strike to demand …"); a bare event
    # noun's governing verb may be another act ("police broke up a rally in defiance of …")
    heads = [c.head] if c.kind == "noun" or c.verb.i == c.head.i else [c.head, c.verb]
    for head in heads:
        for comp in head.children:
            if comp.dep_ in {"advcl", "xcomp", "acl"} and (
                comp.tag_ == "VBG" or any(a.dep_ == "aux" and a.lower_ == "to" for a in comp.children)
            ):
                if not _is_grievance(comp):
                    continue
                for tok in (
                    event_syntax.prep_object(comp, _GRIEVANCE_PREPS),
                    event_syntax.child(comp, "dobj"),
                ):
                    found = _grieved_party(tok)
                    if found is not None:
                        return found
            elif comp.dep_ == "prep" and comp.lower_ == "in":
                ground = event_syntax.child(comp, "pobj")
                if ground is not None and ground.lemma_.lower() in _GROUND_NOUNS:
                    found = _grieved_party(event_syntax.prep_object(ground, _GRIEVANCE_PREPS))
                    if found is not None:
                        return found
    return None
