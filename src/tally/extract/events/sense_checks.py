"""Checks that :func:`~tally.extract.events.senses._verb_sense` asks of a verb's clause: a
directive or an ultimatum, an offer performed, a withdrawal from talks or a pact, an admitted
act, people gone missing, a gathering held in protest.
"""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING

from tally.extract.context import (
    subtree_text,
    token_children,
    token_deps,
    token_lowers,
)
from tally.extract.events import lexicon as event_lexicon
from tally.extract.events import syntax as event_syntax
from tally.extract.events.acled import actor_kind
from tally.extract.events.candidate import _Cand
from tally.extract.events.clauses import (
    _CAPTIVE_NOUNS,
    _CAPTIVE_VERBS,
    _DIRECTIVE_VERBS,
    _captive_words,
    _is_person,
)
from tally.extract.events.lemmas import _REFLEXIVES, verb_lemma
from tally.extract.events.modal_triggers import _FACING_VERBS
from tally.extract.events.nouns import _noun_key, _object_class, _stated_demand
from tally.extract.events.threats import _object_threat_mode

if TYPE_CHECKING:
    from collections.abc import Iterator

    from spacy.tokens import Token


def _directive(tok: Token, lemma: str) -> _Cand | None:
    """Idioms of demand, release, surrender and captivity whose verb alone is no event.

    A directive verb with an object and an infinitive ("told the junta to restore
    civilian rule") is a DEMAND on its object (PLOVER: "all demands and orders");
    "set free" is a release (RETREAT); "held three engineers hostage", "holding
    civilians as human shields" is a detention (COERCE). Written as code because
    each needs the verb *and* a second word in a given role.
    """
    doc = tok.doc
    obj = event_syntax.child(tok, "dobj")
    if lemma in _DIRECTIVE_VERBS and obj is not None:
        comp = next((c for c in tok.children if c.dep_ in {"xcomp", "ccomp"} and c.pos_ == "VERB"), None)
        if comp is not None and any(a.lower_ == "to" for a in comp.children if a.dep_ == "aux"):
            return _Cand("verb", tok, tok, [tok], "DEMAND", None, lemma, target=obj)
    wanted = _wanted_of(tok, lemma, obj)
    if wanted is not None:
        return wanted
    offered = _performed_offer(tok, lemma, obj)
    if offered is not None:
        return offered
    if lemma in _PREVENT_VERBS and _prevented_act(tok) is not None:
        # "police prevented the supporters from marching": coercion; the march did not happen.
        # Keeping people from acting or moving is the codebook's COERCE ``restrict`` mode
        return _Cand("verb", tok, tok, [tok], "COERCE", "restrict", lemma, target=obj)
    if obj is not None and lemma in {"hand", "turn", "give"} and obj.lower_ in _REFLEXIVES:
        parts = [
            c
            for c in tok.children
            if c.dep_ in {"prt", "advmod", "prep"} and c.lower_ in {"over", "in", "up"}
        ]
        if parts:
            # "handed himself over to the authorities", "turned themselves in": a surrender
            return _Cand("phrasal", tok, tok, [tok, *parts], "RETREAT", None, lemma)
    if lemma == "set" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "free":
        return _Cand("phrasal", tok, tok, [tok, doc[tok.i + 1]], "RETREAT", None, lemma)
    clause = event_syntax.small_clause(tok) if lemma == "set" else None
    if clause is not None and clause[1].lower_ == "free":
        # "set the prisoners free": the object hung on "free" as its subject (round 46)
        return _Cand("phrasal", tok, tok, [tok, clause[1]], "RETREAT", None, lemma)
    if lemma in _CAPTIVE_VERBS:
        # "held them hostage": for "hold" and "take" the captive noun may be in the object, or the
        # passive subject ("two nuns were taken hostage"); "used", "kept" make a captive only
        # through "as" ("used civilians as human shields")
        words: list[Token | None] = []
        if lemma in {"hold", "take"}:
            obj = obj or event_syntax.child(tok, "nsubjpass")
            words = [
                obj,
                *(_captive_words(obj) if obj is not None else []),
                *(c for c in tok.children if c.dep_ == "dobj"),
            ]
        as_obj = event_syntax.prep_object(tok, frozenset({"as"}))
        words += [as_obj] if as_obj is not None else []
        # the parser may hang the captive noun as a clause ("took a council official *captive*")
        words += [
            c
            for c in tok.children
            if c.dep_ in {"oprd", "xcomp", "ccomp", "advmod", "npadvmod", "attr", "advcl", "acomp"}
        ]
        if any(w is not None and w.lemma_.lower() in _CAPTIVE_NOUNS for w in words):
            return _Cand("verb", tok, tok, [tok], "COERCE", "detain", lemma)
    ultimatum = _ultimatum(tok, lemma)
    if ultimatum is not None:
        return ultimatum
    if (
        lemma in _SENDING_ORDERS
        and obj is not None
        and _object_class(obj) == "forces"
        and _sent_somewhere(tok)
    ):
        # "ordered troops onto the streets": forces sent to a place are mobilised; with an
        # infinitive ("ordered troops to open fire") it stays an order
        return _Cand("verb", tok, tok, [tok], "MOBILIZE", "troops", lemma)
    if lemma in _STRIP_VERBS and obj is not None:
        of = event_syntax.prep_object(tok, frozenset({"of"})) or event_syntax.prep_object(
            obj, frozenset({"of"})
        )
        if of is not None:
            # "stripped the opposition leader of her citizenship": taking a right away is coercion
            return _Cand("verb", tok, tok, [tok], "COERCE", None, lemma)
    if lemma in _INCURSION_VERBS and _invading(tok):
        # "Ethiopian troops crossed into Somalia": an army entering another's land invades it
        return _Cand("verb", tok, tok, [tok], "FIGHT", "heavy-weapons", lemma)
    if lemma in {"take", "place", "remand"}:
        into = event_syntax.prep_object(tok, frozenset({"into", "in"}))
        if into is not None and into.lemma_.lower() == "custody":
            # "was taken into custody", "remanded in custody": an arrest
            return _Cand("verb", tok, tok, [tok, into.head, into], "COERCE", "arrest", lemma)
    return None


#: Verbs of wanting that, with another party doing the wanted act, ask it of that party.
_WANTING_VERBS = frozenset({"want", "wish"})


def _wanted_of(tok: Token, lemma: str, obj: Token | None) -> _Cand | None:
    """ "The opposition *wants the government to scrap* the law": wanting another party to act
    is a demand on it (PLOVER's DEMAND, CAMEO's "demand" and "appeal"); wanting to act oneself
    ("wants to run") is an intent, no event. The parser makes the party the object or the
    infinitive's subject."""
    if lemma not in _WANTING_VERBS:
        return None
    for comp in tok.children:
        if comp.dep_ not in {"xcomp", "ccomp"} or comp.pos_ != "VERB":
            continue
        if not any(a.lower_ == "to" and a.dep_ == "aux" for a in comp.children):
            continue
        party = obj or event_syntax.child(comp, "nsubj")
        if party is not None and party.pos_ in {"NOUN", "PROPN", "PRON"}:
            return _Cand("verb", tok, tok, [tok], "DEMAND", None, lemma, target=party)
    return None


#: Nouns of a span of time given as a deadline: "gave the government 48 *hours* to …".
_DEADLINE_NOUNS = frozenset({"hour", "day", "week", "month", "deadline"})


def _deadline_act(verb: Token) -> Token | None:
    """The act a deadline is given for: "gave them 48 hours *to release* …", "until Friday to leave"."""
    timed = any(
        (c.dep_ in {"npadvmod", "dobj"} and c.lemma_.lower() in _DEADLINE_NOUNS)
        or (c.dep_ == "prep" and c.lower_ in {"until", "till"})
        for c in verb.children
    )
    if not timed:
        return None
    for c in verb.children:
        if c.dep_ in {"advcl", "xcomp"} and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
            return c
    return None


def _ultimatum(tok: Token, lemma: str) -> _Cand | None:
    """ "The rebels gave the government 48 hours to release their comrades or face attacks": a
    deadline given to a party is an ultimatum (PLOVER THREATEN; CAMEO "give ultimatum"),
    its mode named by what is to be faced otherwise ("attacks": violence)."""
    if lemma != "give":
        return None
    party = event_syntax.child(tok, "dative", "dobj")
    act = _deadline_act(tok)
    if party is None or act is None or party.lemma_.lower() in _DEADLINE_NOUNS:
        return None
    mode = None
    for conj in act.conjuncts:
        if conj.lemma_.lower() in _FACING_VERBS:
            faced = event_syntax.child(conj, "dobj")
            mode = _object_threat_mode(faced) if faced is not None else None
    return _Cand("verb", tok, tok, [tok], "THREATEN", mode, "ultimatum", target=party)


#: Verbs of ordering forces somewhere: "ordered troops onto the streets".
_SENDING_ORDERS = frozenset({"order", "call"})
#: Prepositions of a destination: "onto the streets", "into the city", "to the border".
_GOAL_PREPS = frozenset({"onto", "into", "to", "toward", "towards"})


def _sent_somewhere(verb: Token) -> bool:
    """A destination and no infinitive: "ordered troops *into the city*", not "… to fire"."""
    if any(c.dep_ in {"xcomp", "ccomp"} for c in verb.children):
        return False
    goal = event_syntax.prep_object(verb, _GOAL_PREPS)
    return goal is not None and not event_syntax.is_time(goal)


#: Verbs of taking a right or title away from someone: "stripped him of his citizenship".
_STRIP_VERBS = frozenset({"strip", "deprive"})
#: Verbs of an army moving over a border: "crossed into Somalia", "pushed into the enclave".
_INCURSION_VERBS = frozenset({"cross", "push", "advance", "move", "roll", "sweep"})


def _invading(verb: Token) -> bool:
    """Troops (not people) moving *into* a country or a territory: an incursion."""
    into = event_syntax.prep_object(verb, frozenset({"into"}))
    subj = event_syntax.child(verb, "nsubj")
    if into is None or subj is None or _object_class(subj) != "forces":
        return False
    return into.ent_type_ == "GPE" or _object_class(into) == "territory"


#: Verbs of offering that perform what they offer when it is a gesture: "offered an apology".
_OFFER_VERBS = frozenset({"offer", "extend", "convey", "tender"})
#: Gestures an offer performs (an apology concedes, condolences or thanks support); offered
#: concessions or aid are still only promised (AGREE).
_GESTURE_NOUNS = frozenset(
    {"apology", "regret", "condolence", "thanks", "gratitude", "tribute", "congratulation"}
)


def _performed_offer(tok: Token, lemma: str, obj: Token | None) -> _Cand | None:
    """ "offered an apology to the families", "extended condolences": offering a gesture is
    making it (CONCEDE, SUPPORT), not a promise of cooperation (AGREE) as "offered aid" is."""
    if lemma not in _OFFER_VERBS or obj is None:
        return None
    sense = event_lexicon.NOUNS.get(_noun_key(obj))
    if sense is None or _noun_key(obj) not in _GESTURE_NOUNS:
        return None
    return _Cand("light", obj, tok, [tok, obj], sense.type, sense.mode, _noun_key(obj))


#: Verbs that keep someone from acting: "prevented / stopped / barred them from marching"
#: (the march stays an event: marchers stopped on their way are a protest met with force, as
#: ACLED codes it).
_PREVENT_VERBS = frozenset({"prevent", "stop", "bar", "block", "keep"})


def _prevented_act(verb: Token) -> Token | None:
    """The act kept from happening: the gerund of the verb's "from" phrase."""
    frm = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "from"), None)
    if frm is None:
        return None
    return next((c for c in frm.children if c.dep_ in {"pcomp", "pobj"} and c.pos_ == "VERB"), None)


#: Verbs of giving way (not of agreeing): what they give way to may be pressure or protest.
_GIVE_WAY_VERBS = frozenset({"bow", "yield", "submit", "give", "cave", "succumb"})
#: Nouns of pressure put on a party: "bowed to *pressure*".
_PRESSURE_NOUNS = frozenset({"pressure", "pressures"})


def _pressing(noun: Token) -> bool:
    """Pressure or a protest ("pressure", "the strikers", "weeks of street protests")."""
    if is_time_span(noun):
        noun = event_syntax.prep_object(noun, frozenset({"of"})) or noun
    if noun.lemma_.lower() in _PRESSURE_NOUNS:
        return True
    sense = event_lexicon.NOUNS.get(noun.lemma_.lower())
    return sense is not None and sense.type in {"PROTEST", "DEMAND"}


def is_time_span(noun: Token) -> bool:
    """A span of time heading a phrase: "*weeks* of protests", "*months* of pressure"."""
    return noun.lemma_.lower() in _DEADLINE_NOUNS | {"year"}


def _left_objects(tok: Token) -> Iterator[Token]:
    """What *tok* walks "out of" or "away from": the object of "of"/"from" on the verb or its particle.

    Nothing without "out" or "away": "came from the talks" leaves nothing.
    """
    parts = [
        tok,
        *(c for c in tok.children if c.dep_ in {"prt", "advmod", "prep"} and c.lower_ in {"out", "away"}),
    ]
    if len(parts) < 2:
        return
    for part in parts:
        left = event_syntax.prep_object(part, frozenset({"of", "from"}))
        if left is not None:
            yield left


def _left_talks(tok: Token) -> bool:
    """ "walked out of / away from the talks": what is left is a meeting or relations."""
    return any(_object_class(left) in {"meeting", "relations"} for left in _left_objects(tok))


#: Houses that sit and vote: walking out of one boycotts its sitting.
_HOUSE_NOUNS = frozenset({"parliament", "assembly", "chamber", "senate", "congress", "legislature"})


def _left_house(tok: Token) -> bool:
    """ "walked out of parliament / the chamber": what is left is a house that sits."""
    return any(event_syntax.core_noun(left).lemma_.lower() in _HOUSE_NOUNS for left in _left_objects(tok))


def _left_pact(tok: Token, lemma: str) -> bool:
    """ "withdrew from the treaty", "pulled out of the nuclear agreement": what a side leaves
    is a pact (``pacts`` object class), on the verb or its particle; or talks, a dialogue or a
    mediation (``relations``): "pulled out of the peace talks" halts them (CAMEO 164, 165)."""
    doc = tok.doc
    deps, lowers = token_deps(doc), token_lowers(doc)  # a Token only for a particle "out" or "away"
    parts = [
        tok,
        *(
            doc[c]
            for c in token_children(doc)[tok.i]
            if deps[c] in {"prt", "advmod", "prep"} and lowers[c] in {"out", "away"}
        ),
    ]
    if lemma not in event_lexicon.WITHDRAW_WORDS and len(parts) < 2:
        return False
    pacts = frozenset(event_lexicon.OBJECT_CLASSES["pacts"]) | frozenset(
        event_lexicon.OBJECT_CLASSES["relations"]
    )
    for part in parts:
        left = event_syntax.prep_object(part, frozenset({"of", "from"}))
        if left is not None and event_syntax.core_noun(left).lemma_.lower() in pacts:
            return True
    return False


#: Adjectives of blame a holding verb gives its object: "held Somalia *responsible* for …".
_BLAME_ADJECTIVES = frozenset({"responsible", "accountable", "liable", "culpable"})


def _held_responsible(tok: Token, lemma: str) -> _Cand | None:
    """ "Kenya held Somalia responsible for the attack": holding someone responsible blames
    them (CAMEO's and PLOVER's accusation, DISAPPROVE ``accuse``), the object its target."""
    if lemma != "hold":
        return None
    obj = event_syntax.child(tok, "dobj")
    # the adjective on the verb, or read as the object's modifier after it ("Somalia responsible")
    said = [*tok.children, *(c for c in obj.children if c.i > obj.i)] if obj is not None else []
    blame = next((c for c in said if c.lower_ in _BLAME_ADJECTIVES), None)
    if obj is None or blame is None:
        return None
    return _Cand("verb", tok, tok, [tok, blame], "DISAPPROVE", "accuse", lemma, target=obj)


#: Verbs of admitting: with a clause that reports a harmful act, the admission is the event.
_ADMIT_VERBS = frozenset({"admit", "acknowledge", "confess"})
_ADMIT_WINDOW = 40


def _admitted_act(tok: Token, lemma: str) -> _Cand | None:
    """ "The army admitted that its soldiers had killed 12 civilians": admitting a harmful act is
    PLOVER's CONCEDE (the codebook's admission of wrongdoing), the mirror of a denial (REJECT);
    the admitted act stays an event of its own. A clause that reports no conflictive act
    ("admitted that the economy was weak") is no concession (round 24)."""
    if lemma not in _ADMIT_VERBS:
        return None
    clause = event_syntax.child(tok, "ccomp")
    if clause is None:
        return None
    # a bounded look (_ADMIT_WINDOW words of the clause): nested admissions stay linear
    for word in itertools.islice(clause.subtree, _ADMIT_WINDOW):
        if word.pos_ != "VERB":
            continue
        sense = event_lexicon.VERBS.get(verb_lemma(word))
        if sense is not None and sense.type in event_lexicon.CONFLICTIVE:
            return _Cand("verb", tok, tok, [tok], "CONCEDE", None, lemma)
    return None


#: What a body throws out as a refusal: a request (the ``demands`` class), a case, or a claim.
_THROW_OUT_CLASSES = frozenset({"demands", "cases"})
_CLAIM_NOUNS_OUT = frozenset(
    {"appeal", "petition", "challenge", "lawsuit", "suit", "complaint", "plea", "objection", "bid"}
)


def _thrown_out(tok: Token, lemma: str, obj: Token | None) -> _Cand | None:
    """ "The court threw out the opposition's appeal": throwing out a request or a claim rejects
    it (PLOVER REJECT, as "dismissed" and "turned down"), whatever the appeal's own event; people
    thrown out of a place are not refused (round 24)."""
    if lemma != "throw" or obj is None:
        return None
    noun = event_syntax.core_noun(obj)
    if noun.lemma_.lower() not in _CLAIM_NOUNS_OUT and _object_class(obj) not in _THROW_OUT_CLASSES:
        return None
    out = [c for c in tok.children if c.dep_ in {"prt", "advmod"} and c.lower_ == "out"]
    if not out:
        return None
    return _Cand("phrasal", tok, tok, [tok, *out], "REJECT", None, lemma)


#: Prepositions of aim: "fired on/at/into the crowd".
_AIMED = frozenset({"on", "at", "upon", "into"})


def _is_place(tok: Token) -> bool:
    """A town, a village, a military position: what territory is taken or handed over as."""
    noun = event_syntax.core_noun(tok)
    return noun.ent_type_ in {"GPE", "LOC", "FAC"} or noun.lemma_.lower() in event_lexicon.TERRITORY_NOUNS


def _taken_place(verb: Token, obj: Token) -> bool:
    """What a side took is a place, when the recogniser knows none there: a name followed by its
    administrative area in parentheses (ACLED's "Palma (Cabo Delgado)"), or a name taken "from" an
    armed side ("took back Palma from the insurgents"): a name the model guessed a person's."""
    if _is_place(obj):
        return True
    if obj.pos_ != "PROPN":
        return False
    after = obj.doc[obj.i + 1 : obj.i + 3]
    if len(after) == 2 and after[0].text == "(" and after[1].text[:1].isupper():
        return True
    source = event_syntax.prep_object(verb, frozenset({"from"}))
    return source is not None and actor_kind(subtree_text(source)) in {"state", "armed"}


#: Words after "take" that make another verb of it ("take over", "take to court", "take into custody").
_TAKE_PARTICLES = frozenset({"over", "back", "to", "into", "off", "up", "out", "in", "on", "away", "down"})


def _is_town(tok: Token | None) -> bool:
    """A place named by a territory noun ("the strategic town of Rubaya"): "took the town" is
    territory taken, where "took Somalia to court" is not."""
    return tok is not None and event_syntax.core_noun(tok).lemma_.lower() in event_lexicon.TERRITORY_NOUNS


def _went_missing(tok: Token, lemma: str) -> _Cand | None:
    """ "A journalist went missing after being taken by men in plain clothes": a person's
    disappearance told with what came before it, like "disappeared" (a plane missing, or fishermen
    missing at sea with nothing before it, are none)."""
    if lemma != "go":
        return None
    missing = next(
        (c for c in tok.children if c.dep_ in {"acomp", "oprd", "advcl", "xcomp"} and c.lower_ == "missing"),
        None,
    )
    subject = event_syntax.clause_subject(tok) if missing is not None else None
    if (
        missing is None
        or subject is None
        or actor_kind(subtree_text(subject)) != "civilians"
        or not any(c.lower_ == "after" or event_syntax.child(c, "mark") is not None for c in tok.children)
    ):
        return None
    return _Cand("verb", tok, tok, [tok, missing], "COERCE", "detain", lemma)


#: Heads of a gathering's subject that make it a demonstration ("protesters gathered outside …").
_DEMONSTRATOR_NOUNS = frozenset({"protester", "demonstrator", "marcher", "picketer", "striker"})


def _gathered_in_protest(verb: Token) -> bool:
    """Whether people who "gathered" or "assembled" demonstrated, told by the clause itself.

    A gathering is no demonstration by itself ("a crowd gathered at the scene"), but ACLED's notes
    tell a demonstration with the verb when its subject is demonstrators ("protesters gathered in
    front of parliament"), when it has what it is against ("residents gathered in Tunis *against*
    the death of a young man", "*over* unpaid salaries") or when a participle says what they
    demanded or condemned ("gathered outside the court, *demanding* the release of …").
    """
    subject = event_syntax.clause_subject(verb)
    if subject is not None and subject.lemma_.lower() in _DEMONSTRATOR_NOUNS:
        return True
    for ch in verb.children:
        if ch.dep_ == "prep" and ch.lower_ in {"against", "over"}:
            about = event_syntax.child(ch, "pobj")
            if about is not None and not event_syntax.is_time(about):
                return True  # "over the weekend" is a date, not a grievance
        if _stated_demand(ch):
            return True
    return False


#: Prepositions of standing before a building: "stood *outside* the prison", "sat *in front of* it".
_BEFORE_PREPS = frozenset({"outside", "before", "at", "opposite"})


def _stood_in_protest(verb: Token) -> bool:
    """People who stood, sat or waited before a place with a participle of what they demand ("stood
    outside the UN office demanding their release"): a demonstration, as a gathering with a stated
    demand is (:func:`_gathered_in_protest`). Staying somewhere with no demand is none."""
    return _placed_before(verb) and any(_stated_demand(ch) for ch in verb.children)


def _placed_before(verb: Token) -> bool:
    """Whether *verb* has a place before a building ("stood *outside* the court", "sat *in front of* it")."""
    return any(
        ch.dep_ == "prep"
        and (
            ch.lower_ in _BEFORE_PREPS
            or (ch.lower_ == "in" and any(g.lower_ == "front" for g in ch.children))
        )
        for ch in verb.children
    )


#: Verbs of declining whose REJECT may be a source's silence (round 51).
_DECLINING_VERBS = frozenset({"decline", "refuse", "ignore"})
#: Nouns of asking a source, whose "for" noun says what was asked: "requests *for comment*".
_ASKING_NOUNS = frozenset({"request", "call", "query", "inquiry"})


#: The verb "recognise" in both spellings.
_RECOGNISING_VERBS = frozenset({"recognize", "recognise"})


def _recognised_a_fact(tok: Token, lemma: str, obj: Token | None) -> bool:
    """ "Officials recognize *the danger* posed by the river", "we recognise *a difficult situation*",
    "recognized *that mistakes had been made*": "recognise" of a state of affairs
    (``recognised_facts.txt``) or of a that-clause with no object knows it (round 56); it grants no
    state, government or result its standing (PLOVER SUPPORT). "Recognized Palestine as a state",
    "recognised the new government" stay."""
    if lemma not in _RECOGNISING_VERBS:
        return False
    if obj is None:
        return any(c.dep_ == "ccomp" for c in tok.children)
    return event_syntax.core_noun(obj).lemma_.lower() in event_lexicon.RECOGNISED_FACTS


def _with_a_party(verb: Token) -> bool:
    """Whether a verb of speaking has a "with" phrase ("discuss a ceasefire *with the envoy*"): talks
    with a party, whose refusal rejects them (round 56), not a source's silence."""
    heads = [verb, *(c for c in verb.children if c.dep_ == "dobj")]  # the parser may hang it on the object
    return any(c.dep_ == "prep" and c.lower_ == "with" for h in heads for c in h.children)


def _as_opposed_to(tok: Token, lemma: str) -> bool:
    """ "Lower taxes *as opposed to* new services", "roads, *as opposed to* schools": a preposition of
    contrast made of a participle (round 56); no one opposes anything. The participle stands between
    "as" and "to" and has no subject of its own ("as they opposed to …" is not English; "as he
    opposed the plan" has a subject and an object and stays)."""
    if lemma != "oppose" or tok.i == 0 or tok.i + 1 >= len(tok.doc):
        return False
    if tok.doc[tok.i - 1].lower_ != "as" or tok.doc[tok.i + 1].lower_ != "to":
        return False
    return not any(c.dep_ in {"nsubj", "nsubjpass"} for c in tok.children)


def _declined_comment(tok: Token, lemma: str, obj: Token | None) -> bool:
    """ "A spokesman *declined to comment*", "*declined comment*", "*ignored requests for comment*",
    "*refused to answer* questions", "an official, *declining to be named*": a source that gives a
    reporter no answer rejects no party's demand (PLOVER's REJECT). The infinitive's verb or the
    object noun is one of ``comment_words.txt``; declining an offer, talks or demands stays."""
    if lemma not in _DECLINING_VERBS:
        return False
    words = event_lexicon.COMMENT_WORDS
    if any(c.dep_ == "xcomp" and c.lemma_.lower() in words and not _with_a_party(c) for c in tok.children):
        return True
    if obj is None:
        return False
    noun = event_syntax.core_noun(obj)
    if noun.lemma_.lower() in words:
        return True
    return noun.lemma_.lower() in _ASKING_NOUNS and any(
        c.dep_ == "prep" and c.lower_ == "for" and any(g.lemma_.lower() in words for g in c.children)
        for c in noun.children
    )


#: Verbs of removing a person from a post: "fired its director", "was sacked as coach".
_DISMISSING_VERBS = frozenset({"fire", "sack", "dismiss", "axe"})
#: Prepositions of aiming a shot: "fired *on* the crowd", "were fired *at*" (no dismissal).
_SHOT_AT = frozenset({"on", "upon", "at", "into", "toward", "towards"})
#: Prepositions of the post someone loses: "fired *as* head coach", "dismissed *from* the board".
_POST_PREPS = frozenset({"as", "from"})


def _holds_a_post(noun: Token) -> bool:
    """A person who can hold a post: a name, a personal pronoun, a noun of people or of a post
    (``post_holders.txt``)."""
    core = event_syntax.core_noun(noun)
    return _is_person(core) or core.lemma_.lower() in event_lexicon.POST_HOLDERS


def _removed_from_post(tok: Token, lemma: str, obj: Token | None) -> bool:
    """ "The council *fired* its finance director", "she *was fired as* head coach", "*sacked* two
    hundred workers", "*was dismissed from* the board": "fire", "sack" or "dismiss" with a person as
    its patient (the object, or the subject of a passive) removes someone from a post (round 56), no
    shot fired (FIGHT), no town plundered (COERCE), no claim rejected (REJECT). One fires *on* or
    *at* people and fires munitions ("fired tear gas", "shots were fired"); one dismisses claims;
    those stay."""
    if lemma not in _DISMISSING_VERBS or obj is None:
        return False
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ in _SHOT_AT:
            aimed_at = event_syntax.child(prep, "pobj")
            if aimed_at is None or not event_syntax.is_time(aimed_at):
                return False  # "fired on the crowd"; "sacked on Monday" is a date
    if any(c.dep_ == "prt" for c in tok.children):
        return False  # "fired off a letter", "fire up the crowd"
    if _holds_a_post(obj):
        return True
    return event_syntax.is_passive(tok) and any(
        c.dep_ == "prep" and c.lower_ in _POST_PREPS and event_syntax.child(c, "pobj") is not None
        for c in tok.children
    )


#: Verbs of carrying out whose object may be a person (a killing) or a thing (a plan carried out).
_CARRY_OUT_VERBS = frozenset({"execute"})


def _thing_carried_out(tok: Token, lemma: str, obj: Token | None) -> bool:
    """ "The broker *executed* the trades", "agents *executed* a search warrant", "*executed* the
    budget plan": "execute" with an object that is no person, no group and no pronoun of persons
    means "carry out" (round 56); executing prisoners, him, six men stays a killing. With no object,
    or a passive whose subject is unclear, the verb is left as it was."""
    if lemma not in _CARRY_OUT_VERBS or obj is None:
        return False
    core = event_syntax.core_noun(obj)
    if core.pos_ != "NOUN" or core.ent_type_:
        return False
    lemma_of = core.lemma_.lower()
    return not (
        _is_person(core)
        or event_syntax.is_party(core)
        or lemma_of in event_lexicon.POST_HOLDERS
        or lemma_of in _CAPTIVE_NOUNS
    )


def _shows_a_quality(tok: Token, lemma: str, obj: Token | None) -> bool:
    """ "Drills to *demonstrate* their naval strength", "the transfers *demonstrate* a disregard for
    the law", "tests *demonstrated* that …": "demonstrate" with an object or a clause of what is
    shown means "show", no one protests (round 51; the ACLED mapping read the same sense off the
    text since round 28, the event stayed a PROTEST). Demonstrators as its subject ("protesters
    demonstrated their anger") and a demonstration with no object keep it."""
    if lemma != "demonstrate":
        return False
    shown = obj is not None or any(c.dep_ == "ccomp" for c in tok.children)
    if not shown:
        return False
    subj = event_syntax.clause_subject(tok)
    return subj is None or actor_kind(subj.text) != "protesters"


def _endangers_a_quality(lemma: str, obj: Token | None) -> bool:
    """ "Decisions that *threaten the country's stability*", "the deal could *threaten the security*
    of the base", "*threatening the territorial integrity* of the state": "threaten" whose object is
    a quality or a good put at risk (``endangered_qualities.txt``) says a danger, no threat a party
    makes to someone (round 51, from the labelled VOA train events: three stories, each labelled no
    act). A person, a party, a penalty or an act threatened ("threatened the mayor", "threatened
    sanctions", "threatened to attack") stays a threat."""
    if lemma != "threaten" or obj is None:
        return False
    return event_syntax.core_noun(obj).lemma_.lower() in event_lexicon.ENDANGERED_QUALITIES


def _blaze_fought(verb: Token, obj: Token | None) -> bool:
    """Whether *verb* fights a fire that burns: a verb of ``extinguishing_verbs.txt`` whose object is
    a noun of ``blaze_nouns.txt`` ("dousing a fire", "battled blazes", "fought the fire", "put out the
    fire"; "put" only with "out"). Firefighting is no battle and no act of force (round 55)."""
    if obj is None or event_syntax.core_noun(obj).lemma_.lower() not in event_lexicon.BLAZE_NOUNS:
        return False
    lemma = verb_lemma(verb)
    if lemma == "put":
        return any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children)
    return lemma in event_lexicon.EXTINGUISHING_VERBS


def _fire_burning(verb: Token) -> bool:
    """Whether *verb* is a fire or the land burning on its own: an intransitive "burn" whose subject
    is a blaze (``blaze_nouns.txt``) or land and vegetation (``burning_land.txt``): "forty bushfires
    continue to burn", "the tundra has been burning". No one destroys anything (round 55); "houses
    burned during the riots" stays."""
    if verb_lemma(verb) != "burn" or event_syntax.child(verb, "dobj") is not None:
        return False
    subj = event_syntax.child(verb, "nsubj")
    if subj is None and verb.dep_ == "xcomp":
        subj = event_syntax.child(verb.head, "nsubj")  # "bushfires continue *to burn*"
    elif subj is None and verb.dep_ == "acl":
        subj = verb.head  # "reports of the tundra *burning*": the participle's noun burns
    if subj is None:
        return False
    lemma = event_syntax.core_noun(subj).lemma_.lower()
    return lemma in event_lexicon.BLAZE_NOUNS or lemma in event_lexicon.BURNING_LAND
