"""Events: who did what to whom, where and when, typed with PLOVER and mapped to ACLED.

A trigger is a verb or an event noun found in the dependency parse whose lemma
(and, for some verbs, whose object) the lexicon in :mod:`._event_lexicon`
knows: "146 people were arrested by security forces" is COERCE/arrest with
actor "security forces" (the passive's agent) and target "146 people". Event
nouns ("crackdown", "build-up", "protests") are events with their modifiers
("build-up *of security forces*", "arrests *of children*"), and an event noun
under a light verb ("staged a hunger strike", "ordered a crackdown") takes the
verb's subject as its actor.

How sure the text is comes from the parse too (:mod:`._event_syntax`): ``neg``
children make ``negated``; a conditional, "could", "possible unrest" make
``hypothetical``; a purpose infinitive ("to counter unrest") or "will" make
``planned``; a reporting verb above the clause, "according to", or a quote
around it make ``reported``. PLOVER's coding rules turn some of these into
other types: a cooperative act promised for the future is an AGREE, a coercive
one announced by its actor a THREATEN, a refused one a REJECT, and "X said Y
must …" a DEMAND by X on Y. A quote in which an official promises force
("we will not tolerate …", "lawbreakers must be handled with power") is a
THREATEN event by the quote's speaker.

Place, date and figures come from the other extractors' records in the same
clause or sentence; when they are absent the event keeps ``None``/``[]``.
"""

from __future__ import annotations

import itertools
import logging
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from tally import lexicons
from tally.extract.context import (
    doc_text,
    title_end,
    token_children,
    token_deps,
    token_ent_types,
    token_heads,
    token_lemmas,
    token_lowers,
    token_pos,
    token_texts,
)
from tally.extract.entities import words as entity_words
from tally.extract.events import learned
from tally.extract.events import lexicon as event_lexicon
from tally.extract.events import syntax as event_syntax
from tally.extract.events.acled import actor_kind, names_weapons, situate, to_acled
from tally.extract.events.linking import link_date, link_figures, link_place
from tally.extract.spans import SpanSet
from tally.lang import active
from tally.records import Event

if TYPE_CHECKING:
    from collections.abc import Iterator

    from spacy.tokens import Doc, Span, Token

    from tally.extract.context import ExtractContext
    from tally.records import Quote

LOGGER = logging.getLogger(__name__)

VERSION = "tally.events.v1"

#: Generators in priority order: when two claim the same trigger word, the first wins.
_PRIORITY = {"modal": 0, "object": 1, "phrasal": 2, "verb": 3, "light": 4, "noun": 5, "verbless": 6}
#: Types whose verb absorbs an event in its complement ("threatened to cut off electricity").
_ABSORBING = frozenset({"THREATEN", "AGREE", "DEMAND", "REJECT"})


@dataclass
class _Cand:
    """An event being read off the parse."""

    kind: str
    head: Token  # the verb or noun whose dependents are the arguments
    verb: Token  # the clause verb that carries tense, modals and negation
    tokens: list[Token]
    type: str
    mode: str | None
    lemma: str
    actor: Token | None = None
    target: Token | None = None
    speaker: tuple[str | None, str | None] | None = None  # (entity id, name) acting for "we"
    modality: str = "asserted"
    absorbed: bool = False
    inner: list[_Cand] = field(default_factory=list)


# -- triggers ----------------------------------------------------------------
def _object_class(tok: Token | None, verb: str | None = None) -> str | None:
    """The class of an object noun: its own, its "of" noun's, else its compound modifier's.

    "food parcels", "relief convoys", "television station": when the head noun is
    in no class, the noun compounded with it says what the thing is. A noun may be in
    several classes ("arms" are aid sent and weapons found): given the *verb*, the first
    class the verb has a sense with wins ("recovered arms", "sent arms").
    """
    if tok is None:
        return None
    noun = event_syntax.core_noun(tok)
    if any(m.dep_ == "amod" and m.lower_ in _SUSPECT_MODIFIERS for m in noun.children):
        return "suspects"  # "handed over two suspected pirates"
    if any(m.dep_ == "amod" and m.lower_ in _HURT_MODIFIERS for m in noun.children):
        return "patients"  # "evacuated four wounded soldiers": the hurt are cared for, not withdrawn
    compounds = [c for c in noun.children if c.dep_ == "compound" and c.i < noun.i]
    held = event_syntax.prep_object(noun, frozenset({"of"})) if noun.lemma_.lower() == "control" else None
    if held is not None and _object_class(held) in {"territory", "base"}:
        return _object_class(held)  # "handed control of the base to the army": the base handed over
    first: str | None = None
    for probe in (noun, event_syntax.prep_object(noun, frozenset({"of"})), *reversed(compounds)):
        if probe is None:
            continue
        lemma = probe.lemma_.lower()
        names = event_lexicon.CLASSES_OF_OBJECT.get(lemma, ())
        known = next((n for n in names if (verb, n) in event_lexicon.VERB_OBJECT), None)
        if known is not None:
            return known
        if names and "pacts" not in names:
            return names[0]  # the first word with a class decides ("the border *town*")
        # a pact is named by what it settles: "violated the *ceasefire* agreement" is read
        # through the truce when the verb has no sense with a pact
        first = first or (names[0] if names else None)
    if first is not None:
        return first
    if any(m.dep_ == "amod" and m.lemma_.lower() in _EXPLOSIVE_MODIFIERS for m in noun.children):
        return "munitions"  # "found an explosive belt", "an explosive-laden car": a munition
    if any(m.dep_ in {"amod", "compound"} and m.lower_ in _TOXIC_MODIFIERS for m in noun.children):
        return "munitions"  # "dropped a chemical agent on the camp", "fired shells of poison gas"
    held = event_syntax.prep_object(noun, frozenset({"of"}))
    if held is not None and (
        held.lower_ in _CHEMICAL_AGENTS
        or any(m.dep_ in {"amod", "compound"} and m.lower_ in _TOXIC_MODIFIERS for m in held.children)
    ):
        return "munitions"  # "dropped a cylinder of chlorine gas", "canisters of a toxic agent"
    if noun.lemma_.lower() in _FACILITY_NOUNS and any(
        m.dep_ in {"amod", "compound"} and m.lower_ in _MILITARY_MODIFIERS for m in noun.children
    ):
        return "base"  # "seized the military complex", "an army compound": a base, not property
    if any(m.dep_ in {"amod", "compound"} and m.lower_ in _ARMOURED_MODIFIERS for m in noun.children):
        return "heavy_weapons"  # "moved armoured vehicles into the city": military hardware
    return None


#: Adjectives that make a thing a munition, whatever its noun: "an *explosive* belt / vest".
_EXPLOSIVE_MODIFIERS = frozenset({"explosive", "incendiary"})
#: Modifiers that make a substance a weapon (the codebook's chemical and biological weapons):
#: "a *chemical* agent", "*toxic* gas", "*nerve* agent", "*poison* gas" (never "tear gas", whose
#: modifier is none of these, and which stays crowd control).
_TOXIC_MODIFIERS = frozenset(
    {"chemical", "toxic", "nerve", "poison", "poisonous", "biological", "chlorine", "sarin", "mustard"}
)
#: Chemical agents named by their own noun, which make what holds them a munition ("a cylinder
#: *of chlorine*", "containers of sarin").
_CHEMICAL_AGENTS = frozenset({"chlorine", "sarin", "chloropicrin", "phosgene", "vx", "tabun", "napalm"})
#: Nouns of a site that a military modifier makes a base: "the *military complex*", "an *army compound*".
_FACILITY_NOUNS = frozenset({"complex", "compound", "facility", "installation", "academy", "site"})
#: Modifiers that make a site a military one.
_MILITARY_MODIFIERS = frozenset({"military", "army", "naval", "navy"})
#: Adjectives that make a vehicle military hardware: "*armoured* vehicles", "armored personnel carriers".
_ARMOURED_MODIFIERS = frozenset({"armoured", "armored"})


#: Modifiers that make a person a suspect: "suspected pirates", "alleged smugglers", "wanted men".
_SUSPECT_MODIFIERS = frozenset({"suspected", "alleged", "wanted", "accused"})
#: Modifiers that make people patients: "the wounded soldiers were evacuated", "injured villagers".
_HURT_MODIFIERS = frozenset({"wounded", "injured", "hurt", "sick", "burned", "burnt"})


#: Words that make a "round" a munition: "live rounds", "rounds of ammunition".
_ROUND_MODIFIERS = frozenset({"live", "rubber", "plastic", "blank", "ammunition", "mortar", "artillery"})


def _crowd_control(tok: Token) -> bool:
    """Tear gas, water cannon, rubber bullets: crowd-control means, never a target."""
    lemma = tok.lemma_.lower()
    if lemma in event_lexicon.CROWD_CONTROL:
        return True
    if any(_crowd_control_compound(c) for c in tok.children):
        return True  # "tear gas canisters": the container of a crowd-control means
    return lemma in {"bullet", "round", "grenade", "shell"} and any(
        c.lower_ in event_lexicon.LESS_LETHAL_MODIFIERS for c in tok.children
    )


def _crowd_control_compound(tok: Token) -> bool:
    """A compound naming a crowd-control means before its container: "*tear gas* canisters", "*pepper
    spray* cans". Bare "gas" is not one there ("gas cylinders" fired as makeshift mortars are bombs)."""
    if tok.dep_ != "compound" or tok.lemma_.lower() not in event_lexicon.CROWD_CONTROL:
        return False
    return tok.lemma_.lower() != "gas" or any(c.lower_ in {"tear", "pepper", "cs"} for c in tok.children)


def _is_weapon(tok: Token) -> bool:
    """A weapon or munition ("bullets", "rockets", "a grenade", "live rounds"), not a gunman or a place."""
    if tok.lemma_.lower() == "round" and any(c.lower_ in _ROUND_MODIFIERS for c in tok.children):
        return True  # "fired live rounds at …", "rounds of ammunition" (never "a round of talks")
    sense = event_lexicon.INSTRUMENTS.get(tok.lemma_.lower())
    return (
        sense is not None
        and not _place_mine(tok)
        and tok.lemma_.lower() not in event_lexicon.GROUP_NOUNS
        and tok.lemma_.lower()
        not in {
            "gunman",
            "bomber",
            "sniper",
            "suicide",
            "firefight",
            "gunbattle",
            "shelling",
            "airstrike",
        }
    )


def _noun_key(tok: Token) -> str:
    """The noun's lemma, joined with a hyphenated first part: "build" "-" "up" → "build-up"."""
    return _noun_key_at(tok.doc, tok.i)


def _noun_key_at(doc: Doc, i: int) -> str:
    """:func:`_noun_key` of token *i*, read from the Doc's columns (no Token made); either part
    may head the other: "sit-in" comes out as "in" hung on "sit" as its particle."""
    if i >= 2 and token_texts(doc)[i - 1] == "-":
        heads = token_heads(doc)
        if heads[i - 2] == i or heads[i] == i - 2:
            lowers = token_lowers(doc)
            return f"{lowers[i - 2]}-{lowers[i]}"
    return token_lemmas(doc)[i]


def _is_event_noun(tok: Token) -> bool:
    return tok.pos_ in {"NOUN", "PROPN"} and (
        _noun_key(tok) in event_lexicon.NOUNS
        or (tok.lemma_.lower() == "state" and _head_of_sense(tok) is not None)
        or _procession_in_protest(tok)
        or _nominal_of_object(tok) is not None
        or _hearing_into(tok)
    )


#: Nouns of examining that are an inquiry only with what they go "into": "hearings *into* the
#: shooting", "a review *into* the deaths"; a court's hearing or a policy review is none.
_EXAMINING_NOUNS = frozenset({"hearing", "review"})


def _hearing_into(tok: Token) -> bool:
    """ "opened hearings into the killings": a hearing into an act investigates it (INVESTIGATE,
    as an inquiry into it does)."""
    if tok.lemma_.lower() not in _EXAMINING_NOUNS:
        return False
    into = frozenset({"into"})
    if event_syntax.prep_object(tok, into) is not None:
        return True
    # the parser hangs the "into" phrase on the verb the hearings are the object of ("opened
    # hearings into the shooting"): read there, after the noun
    verb = tok.head
    return (
        tok.dep_ == "dobj"
        and any(c.dep_ == "prep" and c.lower_ == "into" and c.i > tok.i for c in verb.children)
        and event_syntax.prep_object(verb, into) is not None
    )


def _nominal_of_object(noun: Token) -> event_lexicon.Sense | None:
    """A nominalised verb no noun list knows, typed by its "of" object as its verb is by its
    object: "ordered *the closure of three newspapers*" (COERCE censor, as "closed three
    newspapers"), "the closure of the border" (SANCTION)."""
    verb = event_lexicon.NOMINALISATIONS.get(noun.lemma_.lower())
    of = event_syntax.prep_object(noun, frozenset({"of"})) if verb is not None else None
    if of is None:
        return None
    klass = _object_class(of, verb)
    return event_lexicon.VERB_OBJECT.get((verb, klass)) if klass is not None else None


#: Nouns of a march that is a demonstration only when the clause says so (a funeral or a
#: religious procession is none): "took out a procession against the price rise".
_PROCESSION_NOUNS = frozenset({"procession", "processions"})


def _procession_in_protest(tok: Token) -> bool:
    """Whether a procession is a demonstration: it, or the verb it is the object of ("held a
    procession", "took out a procession"), has what it is against ("*against* the visit", "*over*
    the killing"), a participle of what was demanded ("*demanding* the release of …"), or the note
    carries ACLED's crowd-size tag (written for demonstrations only)."""
    if tok.lower_ not in _PROCESSION_NOUNS:
        return False
    if _CROWD_SIZE_TAG in doc_text(tok.doc):
        return True
    holders = [tok, tok.head] if tok.dep_ in {"dobj", "nsubjpass"} else [tok]
    for holder in holders:
        for ch in holder.children:
            if ch.dep_ == "prep" and ch.lower_ in {"against", "over"}:
                about = event_syntax.child(ch, "pobj")
                if about is not None and not event_syntax.is_time(about):
                    return True
            if _stated_demand(ch):
                return True
    return False


def _head_of_sense(tok: Token) -> event_lexicon.Sense | None:
    lemma = tok.lemma_.lower()
    if lemma not in event_lexicon.HEAD_OF_NOUNS:
        return None  # no table entry for this noun: its "of" phrase is not looked for
    of = event_syntax.prep_object(tok, frozenset({"of"}))
    if of is None:
        return None
    return event_lexicon.HEAD_OF.get((lemma, of.lemma_.lower()))


#: Entity types whose words name a time, never an act: "On 16 March 2021" is no march.
_TIME_ENTITIES = frozenset({"DATE", "TIME"})

#: Inflectional endings of English verb forms and what they replace: (ending, replacement).
_VERB_ENDINGS = (
    ("ied", "y"),
    ("ies", "y"),
    ("ing", "e"),
    ("ing", ""),
    ("ed", "e"),
    ("ed", ""),
    ("es", ""),
    ("s", ""),
)


def _lexicon_verbs() -> frozenset[str]:
    """Every verb lemma some verb table knows (plain, phrasal, by object class)."""
    known: frozenset[str] | None = globals().get("_KNOWN_VERBS")
    if known is None:
        known = (
            frozenset(event_lexicon.VERBS)
            | {v for v, _ in event_lexicon.PHRASAL}
            | {v for v, _ in event_lexicon.VERB_OBJECT}
        )
        globals()["_KNOWN_VERBS"] = known
    return known


#: Irregular past forms and their lemma, for verbs the lemmatiser leaves as written when a prefix
#: hides them ("retook", "overran"): the prefix is kept, the base form restored.
_IRREGULAR_PAST = {
    "took": "take",
    "taken": "take",
    "ran": "run",
    "won": "win",
    "threw": "throw",
    "thrown": "throw",
    "fought": "fight",
    "struck": "strike",
    "stole": "steal",
    "stolen": "steal",
    "shot": "shoot",
}


def _prefixed_irregular(form: str, known: frozenset[str]) -> str | None:
    """The lemma of a prefixed irregular past form the lexicon knows ("retook" → "retake")."""
    for past, base in _IRREGULAR_PAST.items():
        if form.endswith(past) and len(form) > len(past):
            guess = form[: -len(past)] + base
            if guess in known:
                return guess
    return None


def verb_lemma(tok: Token, known: frozenset[str] | None = None) -> str:
    """The verb's lemma as the lexicon knows it: spaCy's, or one read off the inflected form.

    The small model's lemmatiser guesses some rare forms wrong ("raped" → "rap",
    "torched" → "torch" is right but "razed" → "raz", "staged" → "stag"); when its
    lemma is in no verb table (or not in *known*, a word list of its own), the
    form with an inflectional ending undone ("raped" → "rape") is tried, a
    general repair rather than a per-word entry.
    """
    lemma = tok.lemma_.lower()
    if known is None:
        known = _lexicon_verbs()
    if lemma in known:
        return lemma
    joined = _hyphen_compound(tok, lemma, known)
    if joined is not None:
        return joined
    if isinstance(known, frozenset):
        return _repaired_lemma(tok.lower_, tok.tag_, lemma, known)
    return _repaired_lemma.__wrapped__(tok.lower_, tok.tag_, lemma, known)


@lru_cache(maxsize=8192)
def _repaired_lemma(form: str, tag: str, lemma: str, known: frozenset[str]) -> str:
    """:func:`verb_lemma` of a form whose spaCy lemma *known* lacks: a prefixed irregular past,
    or the form with an inflectional ending undone, else *lemma*.

    Cached: asked for every verb of every article (most of them "say", "tell", "be", which no
    verb table holds), it tried every irregular past and every ending each time; it reads
    nothing but its arguments (a frozen word list hashes once)."""
    irregular = _prefixed_irregular(form, known)
    if irregular is not None:
        return irregular
    if tag not in {"VBD", "VBN", "VBG", "VBZ"}:
        return lemma
    for ending, repl in _VERB_ENDINGS:
        if form.endswith(ending) and len(form) - len(ending) >= 2:
            guess = form[: -len(ending)] + repl
            if guess in known:
                return guess
            doubled = ending == "ed" and repl == "" and len(guess) > 2 and guess[-1] == guess[-2]
            if doubled and guess[:-1] in known:  # "stabbed" → "stab"
                return guess[:-1]
    return lemma


def _hyphen_compound(tok: Token, lemma: str, known: frozenset[str]) -> str | None:
    """The verb a hyphenated form splits into ("tear-gassed": "tear" "-" "gassed"): the tokeniser
    parts them, and the lexicon knows the whole ("tear-gas", "teargas"), not "gas"."""
    if tok.i < 2 or tok.nbor(-1).text != "-" or tok.nbor(-1).whitespace_:
        return None
    first = tok.nbor(-2)
    if first.whitespace_ or not first.is_alpha:
        return None
    for whole in (f"{first.lower_}-{lemma}", f"{first.lower_}{lemma}"):
        if whole in known:
            return whole
    return None


#: Adjectives of commitment: "remained committed to the accord", "is dedicated to the ceasefire".
_COMMITTED = frozenset({"committed", "dedicated", "pledged"})


def _commitment(tok: Token) -> _Cand | None:
    """ "The rebels remain committed to the ceasefire", "committed themselves to the talks":
    PLOVER's AGREE is any indication of "willingness or commitment" to cooperate."""
    if tok.pos_ not in {"VERB", "AUX"}:
        return None
    doc = tok.doc
    deps, lowers = token_deps(doc), token_lowers(doc)  # a Token only for a child "committed"
    for i in token_children(doc)[tok.i]:
        if deps[i] == "acomp" and lowers[i] in _COMMITTED:
            c = doc[i]
            if event_syntax.prep_object(c, frozenset({"to"})):
                return _Cand("verb", tok, tok, [c], "AGREE", None, c.lower_)
    # the verb's own words are tested before its children are read: asked of every verb, and
    # all but a few are neither "committed" nor "commit" nor "undertake"
    lower, lemma = tok.lower_, tok.lemma_.lower()
    if lower not in _COMMITTED and lemma != "commit" and lemma not in _PROMISE_COMPLEMENT:
        return None
    to = event_syntax.prep_object(tok, frozenset({"to"}))
    if lower in _COMMITTED and tok.tag_ == "VBN" and to is not None and event_syntax.is_passive(tok):
        return _Cand("verb", tok, tok, [tok], "AGREE", None, lower)  # "are committed to the truce"
    obj = event_syntax.child(tok, "dobj")
    if lemma == "commit" and obj is not None and obj.lower_ in _REFLEXIVES and to is not None:
        return _Cand("verb", tok, tok, [tok], "AGREE", None, "commit")  # "committed themselves to"
    act = event_syntax.child(tok, "xcomp")
    if lemma in _PROMISE_COMPLEMENT and act is not None and child_is_to(act):
        # "undertook to restore civilian rule": a promise (with a noun object, "undertook a
        # review", the verb only performs and names no event)
        return _Cand("verb", tok, tok, [tok], "AGREE", None, tok.lemma_.lower())
    return None


#: Verbs of letting someone in or through (CAMEO's "allow international involvement"): who is let
#: decides the event, as the object of "allowed inspectors into the town" does.
_LETTING_VERBS = frozenset({"allow", "permit", "let"})


def _let_in_party(tok: Token) -> Token | None:
    """Who a letting verb lets act when the parser made them its complement's subject.

    "permitted aid convoys to enter the city", "allowed OSCE monitors to observe the vote": the
    parse hangs the convoys and monitors under "enter"/"observe", not under the letting verb, so
    the verb's object class (aid agencies, monitors: a RETREAT, CAMEO 086) was never read.
    """
    for comp in tok.children:
        if comp.dep_ in {"ccomp", "xcomp"} and comp.i > tok.i:
            return event_syntax.child(comp, "nsubj")
    return None


#: Nouns of a body of people sent in by an organisation: a team, a mission, a delegation.
_TEAM_NOUNS = frozenset({"team", "mission", "delegation", "panel"})


def _international_team(obj: Token | None) -> bool:
    """ "a UN fact-finding team", "an International Red Cross team": a team an organisation (a name
    in its own phrase) sends, let in as monitors are (CAMEO 086, allow international involvement);
    journalists or a delegation of no named body are not."""
    if obj is None:
        return False
    noun = event_syntax.core_noun(obj)
    if noun.lemma_.lower() not in _TEAM_NOUNS:
        return False
    return any(t.ent_type_ == "ORG" for t in noun.subtree if t.i != noun.i)


#: Verbs of fighting that also take a crime or an ill as their object ("fight corruption").
_COMBAT_VERBS = frozenset({"fight", "combat", "battle", "tackle"})

#: Crimes and ills a government "fights" as a policy: no armed side (round 21).
_SOCIAL_ILLS = frozenset(
    {"corruption", "graft", "smuggling", "trafficking", "crime", "poverty", "inflation", "fraud"}
    | {"disease", "epidemic", "malaria", "hunger", "unemployment", "piracy", "poaching", "laundering"}
)


def _social_ill(obj: Token) -> bool:
    """ "fight *drug trafficking*", "combat *corruption*": the object's head is a crime or an ill."""
    return event_syntax.core_noun(obj).lemma_.lower() in _SOCIAL_ILLS


#: Verbs that promise only with a "to" complement: "undertook *to withdraw*".
_PROMISE_COMPLEMENT = frozenset({"undertake"})


def _verb_object_class(lemma: str, obj: Token | None) -> str | None:
    """The class of a verb's object, read only for a verb ``VERB_OBJECT`` keys with a class.

    :func:`_verb_trigger` uses the class only where (verb, class) is in that table: for any
    other verb (most of them) no class can decide anything, and reading it walked the object's
    children and its "of" noun for every verb of the article.
    """
    if lemma not in event_lexicon.OBJECT_VERBS:
        return None
    klass = _object_class(obj, lemma)
    if klass is None and lemma in _LETTING_VERBS and _international_team(obj):
        klass = "inspectors"  # "allowed a UN fact-finding team to enter": as monitors let in
    return klass


def _verb_trigger(tok: Token) -> _Cand | None:
    committed = _commitment(tok)
    if committed is not None:
        return committed
    if tok.pos_ != "VERB" or tok.ent_type_ in _TIME_ENTITIES:
        return None
    lemma = verb_lemma(tok)
    obj = _patient(tok)
    if obj is None and tok.dep_ == "amod" and tok.tag_ == "VBD":
        # "the two navies shared intelligence …" parsed as if "shared intelligence" were a noun
        # phrase: a finite past verb is no adjective, the noun it "modifies" is its object (round 40)
        obj = tok.head
    found = _verb_sense(tok, lemma, obj)
    # the tests of no act read the parse around the verb: only a verb with a sense pays for them
    # (most verbs have none; as the tests are pure, the result is that of testing them first)
    if found is None or _no_act_of_a_party(tok, lemma, obj):
        return None
    return found


def _no_act_of_a_party(tok: Token, lemma: str, obj: Token | None) -> bool:
    """Whether the verb *tok*, whatever sense :func:`_verb_sense` gives it, tells of no act."""
    return (
        # "to fight smuggling", "combat corruption": a policy aim, no armed fight (round 21)
        (lemma in _COMBAT_VERBS and obj is not None and _social_ill(obj))
        # "I am talking about the recent events": what is said, no meeting (round 36)
        or (lemma in event_lexicon.DISCOURSE_VERBS and _topic_only(tok, obj))
        or _befell_or_made_public(tok, obj)
        # "asked the witness if she had seen them": a question, no demand (round 36)
        or (lemma in event_lexicon.QUESTION_VERBS and _asks_a_question(tok))
    )


def _befell_or_made_public(tok: Token, obj: Token | None) -> bool:
    """Whether the verb *tok* (patient *obj*) tells what befell people or what was made public, no
    act of a party, whatever sense the word lists or the learned fallback read into it."""
    return (
        # "the driver was killed in the crash": no party acted (round 36)
        _befell_in_accident(tok)
        # "cholera has killed 300 people", "a bus crashed, killing 14": no party acted (round 37)
        or _harm_by_no_party(tok)
        # "released its budget figures": a text made public frees no one (round 37)
        or _text_released(tok, obj)
    )


def _verb_sense(tok: Token, lemma: str, obj: Token | None) -> _Cand | None:
    """:func:`_verb_trigger`'s sense of the verb *tok* (*lemma*, patient *obj*): phrase, object, idiom."""
    if lemma == "walk" and _left_talks(tok):
        # "walked out of the talks": PLOVER's SANCTION ("walk-outs" ending negotiations), not a strike
        prt = [c for c in tok.children if c.dep_ in {"prt", "advmod", "prep"} and c.lower_ in {"out", "away"}]
        return _Cand("phrasal", tok, tok, [tok, *prt], "SANCTION", None, lemma)
    if lemma == "walk" and _left_house(tok):
        # "opposition MPs walked out of parliament": leaving a sitting house in protest boycotts
        # it (PLOVER's PROTEST boycott), it is no strike of work
        prt = [c for c in tok.children if c.dep_ in {"prt", "advmod", "prep"} and c.lower_ in {"out", "away"}]
        return _Cand("phrasal", tok, tok, [tok, *prt], "PROTEST", "boycott", lemma)
    if _left_pact(tok, lemma):
        # "pulled out of the nuclear agreement", "withdrew from the treaty": PLOVER's SANCTION
        # (reducing relations), not a retreat of forces
        prt = [c for c in tok.children if c.dep_ in {"prt", "advmod", "prep"} and c.lower_ in {"out", "away"}]
        return _Cand("phrasal" if prt else "verb", tok, tok, [tok, *prt], "SANCTION", None, lemma)
    if obj is None and lemma in _LETTING_VERBS:
        obj = _let_in_party(tok)
    directive = (
        _directive(tok, lemma)
        or _by_phone(tok, lemma)
        or _sent_home(tok, lemma, obj)
        or _characterisation(tok, lemma)
        or _held_responsible(tok, lemma)
        or _admitted_act(tok, lemma)
        or _thrown_out(tok, lemma, obj)
    )
    if directive is not None:
        return directive
    klass = _verb_object_class(lemma, obj)
    if klass is not None and obj is not None and (lemma, klass) in event_lexicon.VERB_OBJECT:
        prt = [c for c in tok.children if c.dep_ in {"prt", "prep", "advmod"} and c.lower_ in _PARTICLES]
        if prt:
            # the object decides a phrasal verb too: "handed over the suspects" is judicial
            # cooperation, "pulled its peacekeepers out" ends a presence (SANCTION)
            sense = _with_object_mode(event_lexicon.VERB_OBJECT[(lemma, klass)], obj)
            own = [obj] if klass in _OBJECT_IN_TRIGGER else []  # "cut off the internet"
            return _Cand("object", tok, tok, [tok, *prt, *own], sense.type, sense.mode, lemma)
    for c in tok.children:
        # a particle the parser reads as an adverb is still one: "pulled back from the front"
        if c.dep_ in {"prt", "prep"} or (c.dep_ == "advmod" and c.lower_ in _PARTICLES):
            sense = event_lexicon.PHRASAL.get((lemma, c.lower_))
            when = event_syntax.child(c, "pobj") if c.dep_ == "prep" else None
            if when is not None and event_syntax.is_time(when):
                continue  # "called a general strike *for Thursday*": a date, not what is called for
            if when is not None and event_syntax.child(tok, "dobj") is not None:
                continue  # "were given shelter *in schools*": a phrase of place, not "give in"
            if (lemma, c.lower_) in _OBJECT_PHRASALS and obj is None:
                continue  # "the coalition broke up": only "broke up *a rally*" is a dispersal
            if sense is not None:
                return _Cand("phrasal", tok, tok, [tok, c], sense.type, sense.mode, lemma)
    marked = _marked_phrasal(tok, lemma)
    if marked is not None:
        return marked
    if lemma in {"fire", "use", "shoot", "spray", "lob"} and obj is not None and _crowd_control(obj):
        # "fired rubber bullets at marchers": repression, not a battle, whatever the munition
        return _Cand("verb", tok, tok, [tok], "COERCE", None, lemma)
    if lemma == "fire" and obj is None and any(c.dep_ == "prep" and c.lower_ in _AIMED for c in tok.children):
        # "fired on the marchers": with nothing fired named, what is fired is a gun, as in "opened fire on"
        return _Cand("verb", tok, tok, [tok], "FIGHT", "firearms", lemma)
    idiom = (
        _idiom(tok, lemma, obj)
        or _held_captive(tok, lemma)
        or _held_in_detention(tok, lemma, obj)
        or _official_arrival(tok, lemma)
        or _forces_arrival(tok, lemma)
        or _grave_found(tok, lemma)
        or _made_into_base(tok, lemma)
        or _received_official(tok, lemma)
        or _met_with_force(tok, lemma)
    )
    if idiom is not None:
        return idiom
    if lemma in _PUSH_VERBS and obj is not None and _pushed_away(tok):
        # "riot police pushed the marchers back": a crowd moved by force, not "pushed for" (round 23)
        return _Cand("verb", tok, tok, [tok], "COERCE", None, lemma)
    # the object's class was read above (same object, same verb): not read again
    if klass is not None and (lemma, klass) in event_lexicon.VERB_OBJECT and obj is not None:
        sense = _with_object_mode(event_lexicon.VERB_OBJECT[(lemma, klass)], obj)
        tokens = [tok, obj] if klass in _OBJECT_IN_TRIGGER else [tok]
        tokens += [c for c in tok.children if c.dep_ == "prt"]
        return _Cand("object", tok, tok, tokens, sense.type, sense.mode, lemma)
    if lemma in _STREET_VERBS and _into_streets(tok) and (lemma == "take" or not _armed_side(tok)):
        # "took to the streets", "poured into the streets": idioms for protesting (troops
        # pouring into the streets are not), written out as they have no object class
        return _Cand("phrasal", tok, tok, [tok], "PROTEST", "demo-spon", lemma)
    if _group_reorganised(tok, lemma, obj):
        # "the two factions announced their merger", "120 fighters defected": the group changed
        return _Cand("verb", tok, tok, [tok], "MOBILIZE", None, lemma)
    if _armed_parade(tok, lemma, obj):
        # "Al Shabaab militants paraded through the village", "ISWAP fighters held a parade": a show
        # of force by an armed side (ACLED's change to group/activity), not a demonstration
        return _Cand(
            "verb", tok, tok, [tok, *([obj] if obj is not None else [])], "MOBILIZE", "troops", lemma
        )
    if _engaged_armed_side(tok, lemma, obj):
        # "Israeli forces engaged Hamas militants", "the army engaged ADF fighters near Beni": one
        # armed side that engages another fights it (PLOVER's FIGHT, ACLED's armed clash)
        return _Cand("verb", tok, tok, [tok], "FIGHT", None, lemma)
    if lemma in event_lexicon.LIGHT_VERBS and obj is not None and _is_event_noun(obj):
        return None  # the noun is the event: "staged a protest"
    if lemma in _YIELD_VERBS and _yields_to_demands(tok):
        # "agreed to / bowed to the students' demands": PLOVER's CONCEDE, not a promise
        return _Cand("verb", tok, tok, [tok], "CONCEDE", None, lemma)
    sense = event_lexicon.VERBS.get(lemma)
    if sense is None and lemma in event_lexicon.GATHER_VERBS and _CROWD_SIZE_TAG in doc_text(tok.doc):
        # an ACLED note's crowd-size tag ("[size=around 50]") is written only for demonstrations:
        # there, people who "gathered" in front of a residence were demonstrating
        return _Cand("verb", tok, tok, [tok], "PROTEST", "demo-spon", lemma)
    if sense is None and lemma in event_lexicon.GATHER_VERBS and _gathered_in_protest(tok):
        return _Cand("verb", tok, tok, [tok], "PROTEST", "demo-spon", lemma)
    if sense is None and lemma in event_lexicon.PRESENCE_VERBS and _stood_in_protest(tok):
        return _Cand("verb", tok, tok, [tok], "PROTEST", "demo-spon", lemma)
    if sense is None:
        return None
    if sense.type == "AID" and _nothing_given(tok, lemma, obj):
        return None  # "provides cleaning services in the capital", "delivering airstrikes" (round 37)
    if lemma in event_lexicon.CONTRIBUTING_VERBS and _wrote_for_a_text(tok, obj):
        return None  # "Ann Lee contributed to this report": a writer credited, no aid (round 39)
    if lemma == "insist" and _insists_on_fact(tok):
        return None  # "…did not fire on the crowd, the governor insisted": a report (round 23)
    if lemma in event_lexicon.TRANSITIVE_ONLY and obj is None:
        return None
    if lemma in event_lexicon.STRIVING_VERBS and obj is None and _strives_to(tok):
        return None  # "the port authority is seeking to finish the terminal": an aim, no demand (round 40)
    if lemma in _SELF_DISPERSE_VERBS and obj is None and _crowd_left(tok):
        return None  # "marched through the capital and dispersed without incident" (round 22)
    if lemma in event_lexicon.PERMISSIVE and _permits_force(tok):
        return None  # "the decree allows police to detain suspects": the detention is the event
    if sense.type == "CONCEDE" and lemma in event_lexicon.PERMISSIVE and _made_possible_by_a_thing(tok):
        return None  # "a new bridge allows farmers to reach the market": "makes possible" (round 39)
    if lemma in event_lexicon.RUIN_VERBS and obj is not None and _one_person(obj):
        return None  # "bent on destroying himself", "vowed to destroy the senator": ruin (round 39)
    if lemma in event_lexicon.OFFERING_VERBS and obj is not None and _said_or_known(obj):
        return None  # "offered no evidence", "offered brief remarks": nothing promised (round 39)
    if lemma in event_lexicon.DOUBTING_VERBS and obj is not None and _doubted_thing(obj):
        # "analysts questioned the wisdom of the sanctions": doubt voiced, no one interrogated (round 39)
        return _Cand("verb", tok, tok, [tok], "DISAPPROVE", None, lemma)
    if lemma in _CHECKING_VERBS and event_syntax.is_passive(tok) and _passive_agent(tok) is None:
        return None  # "the claim could not be independently verified": the reporter's check
    if lemma == "seize" and obj is not None and obj.lemma_.lower() in _RULE_NOUNS:
        return None  # "the military seized power": a coup told in an idiom, no goods confiscated
    if lemma in {"fire", "use", "shoot", "spray", "lob"} and obj is not None and _crowd_control(obj):
        sense = event_lexicon.Sense("COERCE")  # "fired tear gas at marchers": repression, not a battle
    elif lemma == "strike" and (obj is not None or _weapon_subject(tok)):
        # "jets struck the village", "a chemical attack struck Khan Shaykhun (Idlib)": an attack,
        # not a walkout, even where the parser loses the place it struck
        sense = event_lexicon.Sense("ASSAULT")
    return _Cand("verb", tok, tok, [tok], sense.type, sense.mode, lemma)


#: Verbs of moving people by force, with "back" or "away": "pushed the marchers back".
_PUSH_VERBS = frozenset({"push", "shove", "drive"})
#: Particles of moving someone off: "pushed the crowd *back* / *away*".
_AWAY_PARTICLES = frozenset({"back", "away"})


def _pushed_away(tok: Token) -> bool:
    """Forces pushing people back or away ("riot police pushed the marchers back from the
    square"): a push verb with "back" or "away" whose subject is a state force coerces its
    object (PLOVER COERCE), where "pushed for" demands."""
    if not any(c.dep_ in {"prt", "advmod"} and c.lower_ in _AWAY_PARTICLES for c in tok.children):
        return False
    return _state_party(event_syntax.clause_subject(tok))


#: Finite verb tags: a clause with one states a fact ("had not fired"); a bare verb ("that the
#: vote *be* rerun") is the subjunctive of what is asked for.
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


def _insists_on_fact(tok: Token) -> bool:
    """Whether "insist" reports a statement of fact: its clause ("insisted that police had not
    detained anyone", or the clause before it: "Soldiers did not fire, the commissioner
    insisted") is finite and carries no obligation. "Insisted that the vote be rerun",
    "insisted that the government must withdraw …" and "insisted on …" still demand."""
    clause = event_syntax.child(tok, "ccomp")
    if clause is None and tok.dep_ in {"ccomp", "parataxis"} and tok.head.i < tok.i:
        clause = tok.head  # the parser may hang the trailing "…, X insisted" on the clause
    if clause is None or clause.pos_ not in {"VERB", "AUX"} or event_syntax.has_obligation(clause):
        return False
    finite = [clause, *(c for c in clause.children if c.dep_ in {"aux", "auxpass"})]
    return any(t.tag_ in _FINITE_TAGS for t in finite)


#: Phrasal verbs that are an event only with an object: "police *broke up* a rally".
_OBJECT_PHRASALS = frozenset({("break", "up")})


#: Verbs that say what someone or something is: "called the vote a farce", "described them as rioters".
_NAMING_VERBS = frozenset(
    {"call", "describe", "brand", "label", "term", "dub", "portray", "characterise", "characterize"}
)
#: Naming verbs that disparage whatever the name ("branded them traitors").
_SMEAR_VERBS = frozenset({"brand", "label"})


def _predicate_words(verb: Token) -> list[Token]:
    """What a naming verb calls its object: "an act *of war*", "as *rioters* and foreign *agents*",
    "*illegal*": the predicate noun or adjective, its "of" noun, conjuncts and modifiers."""
    heads = [c for c in verb.children if c.dep_ in {"oprd", "npadvmod", "xcomp", "ccomp", "acomp"}]
    # "as politically motivated": the parser may hang the predicate on the verb as a clause, "as"
    # its adverb (round 23)
    heads += [
        c
        for c in verb.children
        if c.dep_ == "advcl" and any(m.lower_ == "as" and m.i < c.i for m in c.children)
    ]
    # "as rioters" (pobj), "as illegal" (the parser hangs the adjective on "as" as amod), on the
    # verb or on its object ("described the raid *as a massacre*")
    obj = event_syntax.child(verb, "dobj")
    holders = [verb, *([obj] if obj is not None else [])]
    heads += [
        w
        for holder in holders
        for prep in holder.children
        if prep.dep_ == "prep" and prep.lower_ == "as"
        for w in prep.children
    ]
    words: list[Token] = []
    for head in heads:
        for word in (head, *head.conjuncts):
            words.append(word)
            words += [m for m in word.children if m.dep_ in {"amod", "compound"}]
            of = event_syntax.prep_object(word, frozenset({"of"}))
            words += [of] if of is not None else []
    return words


def _characterisation(tok: Token, lemma: str) -> _Cand | None:
    """ "Moscow called the sanctions an act of economic war", "state TV described the protesters
    as rioters": naming something with a word of blame disapproves of it (DISAPPROVE), with
    a word of praise supports it (SUPPORT); "branded", "labelled" always blame."""
    if lemma not in _NAMING_VERBS or event_syntax.child(tok, "dobj") is None:
        return None
    predicates = _predicate_words(tok)
    words = {w.lemma_.lower() for w in predicates} | {w.lower_ for w in predicates}
    # "as *politically motivated*": an adverb and its word read together (round 23)
    words |= {f"{m.lower_} {w.lower_}" for w in predicates for m in w.children if m.dep_ == "advmod"}
    if not words:
        return None
    if lemma in _SMEAR_VERBS or words & event_lexicon.PEJORATIVE_WORDS or _violent_name(words):
        return _Cand("verb", tok, tok, [tok], "DISAPPROVE", None, lemma)
    if words & event_lexicon.PRAISE_WORDS:
        return _Cand("verb", tok, tok, [tok], "SUPPORT", None, lemma)
    return None


def _made_possible_by_a_thing(verb: Token) -> bool:
    """ "The new bridge allows farmers to reach the market", "a system which would allow residents to
    combine recyclables", "the surrender …, allowing Assad control of the cities": a verb of permission
    (``permissive.txt``) whose subject is a thing, neither a party, a person nor a rule, a text or a
    pact a party makes (``permitting_texts.txt``: "the law allows", "the deal permits"), says what the
    thing makes possible, in the sense "enable"; no party eases anything (PLOVER's CONCEDE; round 39).
    A pronoun, a name or a clause as subject keeps the event."""
    subj = event_syntax.clause_subject(verb)
    if subj is None:
        return False
    core = event_syntax.core_noun(subj)
    if core.pos_ != "NOUN" or core.ent_type_ or event_syntax.is_party(core) or _is_person(core):
        return False
    lemma = core.lemma_.lower()
    return lemma not in event_lexicon.PERMITTING_TEXTS and lemma not in event_lexicon.PUBLICATION_NOUNS


def _wrote_for_a_text(verb: Token, obj: Token | None) -> bool:
    """ "Ann Lee contributed to this report", "VOA's Urdu Service contributed to this report from
    Quetta", "contributed reporting from the camp", "contributed stories to the anthology": a verb of
    contributing (``contributing_verbs.txt``) whose object, or whose "to" object, is a text or a piece
    of writing (``publication_nouns.txt``, ``writing_nouns.txt``) credits a writer; nothing is given to
    a party (PLOVER's AID; round 39). "China contributed 7% of the aid", "contributed troops to the
    mission" keep the event."""
    to = event_syntax.prep_object(verb, frozenset({"to"}))
    for noun in (obj, to):
        if noun is None:
            continue
        lemma = event_syntax.core_noun(noun).lemma_.lower()
        if lemma in event_lexicon.PUBLICATION_NOUNS or lemma in event_lexicon.WRITING_NOUNS:
            return True
    return False


#: Pronouns of a person or of the speakers, with the reflexives: "destroying *himself*".
_ONE_PERSON_PRONOUNS = frozenset(
    {"him", "her", "me", "us", "you", "himself", "herself", "myself", "yourself", "ourselves", "themselves"}
)


def _one_person(obj: Token) -> bool:
    """An object that is one named person or a personal pronoun ("destroy *Senator Ruiz*", "destroying
    *himself*"): a verb of ruin (``ruin_verbs.txt``) with such an object ruins a career or a life, it
    destroys no property (PLOVER's COERCE destroy; round 39). A group, a force, a country or a thing
    ("destroy the militia", "destroyed their homes") and "them" (people or things) keep the event."""
    core = event_syntax.core_noun(obj)
    return core.ent_type_ == "PERSON" or core.lower_ in _ONE_PERSON_PRONOUNS


def _said_or_known(obj: Token) -> bool:
    """ "offered no evidence for his claims", "offered brief remarks at the ceremony", "offered an
    assessment of the facts": what is offered is something said or known (``said_or_known_nouns.txt``),
    put forward, not a promise, a deal or goods (PLOVER's AGREE offers to do something; round 39)."""
    return event_syntax.core_noun(obj).lemma_.lower() in event_lexicon.SAID_OR_KNOWN_NOUNS


def _doubted_thing(obj: Token) -> bool:
    """ "questioned the wisdom of the sanctions", "questioning the minister's appointment", "question
    the findings": a verb of questioning (``doubting_verbs.txt``) whose patient is something said,
    decided or agreed, or a quality of it (``utterance_nouns.txt``, ``doubted_things.txt``, the object
    classes of policies, pacts and information) voices doubt (PLOVER DISAPPROVE), it interrogates no one
    (INVESTIGATE: "police questioned the suspects"; round 39)."""
    lemma = event_syntax.core_noun(obj).lemma_.lower()
    if lemma in event_lexicon.UTTERANCE_NOUNS or lemma in event_lexicon.DOUBTED_THINGS:
        return True
    return any(k in _DOUBTED_CLASSES for k in event_lexicon.CLASSES_OF_OBJECT.get(lemma, ()))


#: Object classes of what is said, decided or agreed, which one may question ("questioned the deal").
_DOUBTED_CLASSES = frozenset({"policy", "pacts", "deal", "information"})


def _permits_force(verb: Token) -> bool:
    """Whether an allowing verb's complement is an act of force: "the law *allows* police to
    detain suspects" permits coercion, which is no concession (CONCEDE is easing it)."""
    for c in verb.children:
        if c.dep_ in {"xcomp", "ccomp"} and c.pos_ == "VERB":
            sense = event_lexicon.VERBS.get(verb_lemma(c))
            if sense is not None and sense.type in {"COERCE", "ASSAULT", "FIGHT"}:
                return True
    return False


#: Event types whose noun, given as a name, blames: "called the arrest *an abduction*".
_BLAMING_TYPES = frozenset({"ASSAULT", "COERCE", "FIGHT", "CRIME"})


def _violent_name(words: set[str]) -> bool:
    """Whether a naming verb's predicate is a noun of violence or coercion ("called the arrest
    an *abduction*", "described the raid as a *massacre*"): naming an act so accuses its doer."""
    return any(
        (sense := event_lexicon.NOUNS.get(w)) is not None and sense.type in _BLAMING_TYPES for w in words
    )


def _named_as(noun: Token) -> bool:
    """A noun that is what a naming verb calls its object ("called the arrest *an abduction*",
    "described the shooting *as murder*"): a name given, not an event of its own."""
    head = noun.head
    if noun.dep_ == "oprd":
        return verb_lemma(head) in _NAMING_VERBS and not _misread_object(noun, head)
    if noun.dep_ != "pobj" or head.lower_ != "as":
        return False
    holder = head.head.head if head.head.dep_ == "dobj" else head.head  # "described the raid as …"
    return verb_lemma(holder) in _NAMING_VERBS


#: Verbs of checking a claim: passive and without agent they are the reporter's own caveat.
_CHECKING_VERBS = frozenset({"verify", "confirm"})
#: What is seized in a coup: "seized power", "seized control" (of no place).
_RULE_NOUNS = frozenset({"power"})


def _marked_clause(verb: Token) -> tuple[Token, Token] | None:
    """A clause the verb governs through "for": ("called *for* the president to resign") → (clause, "for").

    The parser reads the preposition of a phrasal verb as the mark of an infinitive
    clause when the one asked has a clause of their own ("for X to …").
    """
    doc = verb.doc
    deps, pos, lowers, children = token_deps(doc), token_pos(doc), token_lowers(doc), token_children(doc)
    for comp in children[verb.i]:  # a Token only for the clause and its "for"
        if deps[comp] in {"advcl", "ccomp", "xcomp"} and pos[comp] in {"VERB", "AUX"}:
            mark = next((m for m in children[comp] if deps[m] == "mark" and lowers[m] == "for"), None)
            if mark is not None:
                return doc[comp], doc[mark]
    return None


def _marked_phrasal(tok: Token, lemma: str) -> _Cand | None:
    """ "called for the president to step down", "pressed for the junta to free …": a phrasal
    verb whose particle the parser took for the mark of the clause it introduces."""
    found = _marked_clause(tok)
    if found is None:
        return None
    comp, mark = found
    sense = event_lexicon.PHRASAL.get((lemma, mark.lower_))
    if sense is None:
        return None
    return _Cand("phrasal", tok, tok, [tok, mark], sense.type, sense.mode, lemma)


#: Verbs of a crowd's movement that, "to/into the streets", make a demonstration.
_STREET_VERBS = frozenset({"take", "pour", "flood", "spill", "throng", "surge", "stream", "flock"})


def _into_streets(tok: Token) -> bool:
    """The verb goes "to", "into" or "onto" the streets."""
    return any(
        c.dep_ == "prep"
        and c.lower_ in {"to", "into", "onto", "on"}
        and any(o.lemma_.lower() == "street" for o in c.children)
        for c in tok.children
    )


def _passive_agent(tok: Token) -> Token | None:
    """The noun of a passive verb's "by"-phrase ("hit *by a tear gas canister*")."""
    agent = event_syntax.child(tok, "agent")
    return event_syntax.child(agent, "pobj") if agent is not None else None


def _weapon_subject(tok: Token) -> bool:
    """Whether the verb's subject is an attack or a weapon ("an air raid struck", "a missile struck"):
    what strikes then is violence, never strikers."""
    subj = event_syntax.child(tok, "nsubj") or _passive_agent(tok)
    if subj is None:
        return False
    sense = event_lexicon.NOUNS.get(_noun_key(subj))
    weapons = [subj, *(c for c in subj.children if c.dep_ in {"compound", "amod"})]  # "artillery fire"
    return (
        any(c.lemma_.lower() in event_lexicon.INSTRUMENTS for c in weapons)
        or subj.lemma_.lower() == "attacker"
        or any(_crowd_control(c) for c in weapons)  # "hit by a tear gas canister"
        or (sense is not None and sense.type in {"ASSAULT", "FIGHT"})
    )


def _with_object_mode(sense: event_lexicon.Sense, obj: Token) -> event_lexicon.Sense:
    """A verb typed by its object's class takes the object's own mode where the verb has none.

    "imposed a curfew" is COERCE because of what is imposed, and the curfew is
    also what PLOVER's mode names (``curfew``); "declared a state of emergency"
    is ``martial-law``: the event noun's mode, when its type is the verb's.
    """
    if sense.mode is not None:
        return sense
    noun = event_syntax.core_noun(obj)
    own = event_lexicon.NOUNS.get(_noun_key(noun)) or _head_of_sense(noun)
    if own is not None and own.type == sense.type and own.mode is not None:
        return event_lexicon.Sense(sense.type, own.mode)
    return sense


#: Object classes whose noun is part of the trigger: "opened fire", "cut off the internet".
_OBJECT_IN_TRIGGER = frozenset({"fire", "communication", "ceasefire", "restriction"})
#: Adverbial particles of phrasal verbs ("pull back", "brush aside") the parser may tag advmod.
_PARTICLES = frozenset({"back", "out", "off", "down", "away", "aside", "up", "over"})
#: Verbs that direct someone to act: "told / instructed the junta to restore civilian rule".
_DIRECTIVE_VERBS = frozenset({"tell", "instruct", "direct", "command"})
#: Verbs that keep a captive: "held them hostage", "used civilians as human shields".
_CAPTIVE_VERBS = frozenset({"hold", "use", "keep", "take"})
#: What a captive is held as: "holding three engineers hostage", "held them as human shields".
_CAPTIVE_NOUNS = frozenset({"hostage", "captive", "prisoner", "shield"})


#: What is hung on an object without naming it: clauses about it ("held *a meeting to call for the
#: release of prisoners*": the prisoners are what the meeting asks about, not what was held). Its
#: phrases stay: the parser may hang the captive noun in one ("took the crew *of the tanker hostage*").
_ABOUT_DEPS = frozenset({"acl", "relcl", "advcl"})


def _captive_words(obj: Token) -> list[Token]:
    """The object's own words, where a captive noun says the object is held as one ("held three
    engineers hostage", "holding a pilot prisoner"): the object's subtree without the clauses that
    tell something about it."""
    words: list[Token] = []
    stack = [obj]
    while stack:
        tok = stack.pop()
        words.append(tok)
        stack.extend(c for c in tok.children if c.dep_ not in _ABOUT_DEPS)
    return words


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


#: Verbs of giving way: "agreed to", "bowed to", "acceded to", "gave in to" the demands.
_YIELD_VERBS = frozenset({"agree", "accede", "bow", "yield", "submit", "consent", "give", "cave", "succumb"})


def _yields_to_demands(tok: Token) -> bool:
    """The verb's "to" object (on it or its particle, "gave in to") is a demand, or, for a verb
    of giving way, the pressure or protest that pressed it ("bowed to *weeks of street
    protests*", "caved in to international pressure"): CAMEO's and PLOVER's yielding."""
    for part in [tok, *(c for c in tok.children if c.dep_ in {"prt", "advmod"})]:
        to = event_syntax.prep_object(part, frozenset({"to"}))
        if to is not None and _object_class(to) == "demands":
            return True
        # "to weeks of protests" is tagged a date, which prep_object skips: read the pobj itself
        prep = next((c for c in part.children if c.dep_ == "prep" and c.lower_ == "to"), None)
        pressed = event_syntax.child(prep, "pobj") if prep is not None else None
        if pressed is not None and verb_lemma(tok) in _GIVE_WAY_VERBS and _pressing(pressed):
            # "bowed to pressure *and reinstated the journalists*": the act done is the concession
            return not any(c.dep_ == "conj" and _verb_trigger(c) is not None for c in tok.children)
    return False


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


#: ACLED's crowd-size tag, which its notes carry only for demonstrations (ACLED Codebook 2023).
_CROWD_SIZE_TAG = "[size="

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
    return source is not None and actor_kind(" ".join(t.text for t in source.subtree)) in {"state", "armed"}


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
        or actor_kind(" ".join(t.text for t in subject.subtree)) != "civilians"
        or not any(c.lower_ == "after" or event_syntax.child(c, "mark") is not None for c in tok.children)
    ):
        return None
    return _Cand("verb", tok, tok, [tok, missing], "COERCE", "detain", lemma)


def _idiom(tok: Token, lemma: str, obj: Token | None) -> _Cand | None:
    """Events whose verb is too general to list alone: territory taken, property set on fire.

    "took control of the town", "retook the village", "took back Dioura" are a
    fight for territory (ACLED's territory sub-events read the side that takes it);
    "set the house on fire", "set tyres ablaze" destroy property. Written as code
    because the verb (take, set) is an event only with this object *and* particle.
    """
    doc = tok.doc
    deps, lowers, children = token_deps(doc), token_lowers(doc), token_children(doc)  # no Token per child
    parts = {lowers[c] for c in children[tok.i] if deps[c] in {"prt", "prep", "advmod", "acomp", "oprd"}}
    if obj is not None and lemma in event_lexicon.CONTROL_VERBS and obj.lemma_.lower() == "control":
        return _Cand("object", tok, tok, [tok, obj], "FIGHT", None, lemma)
    # the verb and its object are tested before the "behind" phrase is looked for (most verbs stop there)
    behind = event_syntax.prep_object(tok, frozenset({"behind"})) if _backing(lemma, obj) else None
    if behind is not None and (event_syntax.is_party(behind) or _is_event_noun(behind)):
        # "threw its weight behind the strike", "rallied behind the president", "stood behind
        # the army": standing behind a party or its act is support (PLOVER SUPPORT), not a rally
        return _Cand("phrasal", tok, tok, [tok, *([obj] if obj is not None else [])], "SUPPORT", None, lemma)
    gone = _went_missing(tok, lemma)
    if gone is not None:
        return gone
    lemmas = token_lemmas(doc)
    to_death = lemma not in event_lexicon.DEATH_SENTENCE_VERBS and any(
        deps[c] == "prep" and lowers[c] == "to" and any(lemmas[o] == "death" for o in children[c])
        for c in children[tok.i]
    )
    if to_death:
        # "hacked / beaten / burned to death": a killing whatever the verb ("sentenced to death" is not)
        own = event_lexicon.VERBS.get(lemma)
        mode = own.mode if own is not None and own.type == "ASSAULT" else None  # "beaten to death": beat
        return _Cand("object", tok, tok, [tok], "ASSAULT", mode, lemma)
    taken = lemma in {"seize", "grab", "reclaim"} or (
        lemma == "take" and not parts & _TAKE_PARTICLES and _is_town(obj)
    )
    if obj is not None and taken and _taken_place(tok, obj):
        return _Cand("object", tok, tok, [tok], "FIGHT", None, lemma)  # "seized the town": not a confiscation
    if obj is not None and lemma == "take" and obj.lemma_.lower() == "part":
        joined = event_syntax.prep_object(tok, frozenset({"in"})) or event_syntax.prep_object(
            obj, frozenset({"in"})
        )
        if joined is not None and _object_class(joined) in {"meeting", "relations"}:
            # "took part in the talks / the conference": taking part in a meeting is consulting
            return _Cand("phrasal", tok, tok, [tok, obj], "CONSULT", None, lemma)
    if obj is not None and lemma in {"leave", "quit", "exit"} and _is_place(obj) and _armed_side(tok):
        return _Cand("object", tok, tok, [tok], "RETREAT", None, lemma)  # "the last troops left Kabul"
    if (
        obj is not None
        and lemma == "take"
        and not parts & {"over", "back"}
        and _is_place(obj)
        and _armed_side(tok)
    ):
        # "troops took the town": taking a place is capturing it when an armed side takes it
        sense = event_lexicon.VERBS.get("capture") or event_lexicon.Sense("FIGHT")
        return _Cand("object", tok, tok, [tok], sense.type, sense.mode, lemma)
    if lemma == "charge" and any(c.dep_ == "prep" and c.lower_ in {"at", "into"} for c in tok.children):
        # "riot police charged at the demonstrators": force used on them, not an accusation
        return _Cand("verb", tok, tok, [tok], "COERCE", None, lemma)
    # the subject is read only by the two tests of munitions landing and a town falling below
    subj = event_syntax.child(tok, "nsubj") if lemma in _LAND_VERBS or lemma == "fall" else None
    if (
        lemma in _LAND_VERBS
        and obj is None
        and _weapon_subject(tok)
        and not (subj is not None and _is_place(subj))
    ):
        # "mortar rounds fired by Al Shabaab landed near the palace": munitions that land hit
        return _Cand("verb", tok, tok, [tok], "ASSAULT", None, lemma)
    if lemma == "go" and obj is None and "off" in parts and _weapon_subject(tok):
        # "an improvised explosive device went off in a market": a weapon that goes off explodes
        return _Cand("phrasal", tok, tok, [tok], "ASSAULT", "explosives", lemma)
    if lemma in _FORCIBLE_VERBS and any(c.dep_ == "advmod" and c.lower_ == "forcibly" for c in tok.children):
        # "security forces forcibly removed them": force used on people (PLOVER COERCE)
        return _Cand("verb", tok, tok, [tok], "COERCE", None, lemma)
    if (
        lemma in _HIT_VERBS
        and (obj is not None or event_syntax.is_passive(tok))
        and (_weapon_subject(tok) or _with_weapon(tok))
    ) or (_went_through(tok, lemma) and _weapon_subject(tok)):
        # "artillery fire hit the town", "a suicide attacker hit a police academy", "a truck bomb
        # targeted a base", "rebels targeted the barracks with mortars": an attack
        return _Cand("verb", tok, tok, [tok], "ASSAULT", None, lemma)
    if lemma == "fall" and subj is not None and _is_place(subj) and "to" in parts:
        # "the town fell to Al-Shabaab militants": a place taken by the side it fell to
        return _Cand("phrasal", tok, tok, [tok], "FIGHT", None, lemma)
    if lemma in _SEXUAL_VERBS and any(c.dep_ == "advmod" and c.lower_ == "sexually" for c in tok.children):
        # "sexually abused / exploited women": sexual violence, whatever the general verb
        return _Cand("verb", tok, tok, [tok], "ASSAULT", "sexual", lemma)
    if obj is not None and lemma == "take" and parts & {"over", "back"} and _taken_place(tok, obj):
        prt = [c for c in tok.children if c.lower_ in {"over", "back"}]
        return _Cand("phrasal", tok, tok, [tok, *prt], "FIGHT", None, lemma)
    carried = _carried_off(tok, lemma, obj, parts)
    if carried is not None:
        return carried
    if obj is not None and lemma == "clear" and _is_place(obj) and _cleared_of_fighters(tok, obj):
        # "troops cleared the hills around Tanda of insurgents": a place taken back from an armed group
        return _Cand("object", tok, tok, [tok], "FIGHT", None, lemma)
    if (
        obj is not None
        and lemma in _USE_VERBS
        and _used_weapon(obj)
        and not event_syntax.is_passive(tok)
        # "aircraft using guided missiles killed four": the means of another act; but "accused the army
        # *of using* chemical weapons" names the act itself (the gerund of an "of" phrase)
        and (tok.tag_ != "VBG" or (tok.dep_ == "pcomp" and tok.head.lower_ == "of"))
    ):
        # "used chemical weapons on the town", "used drones against hideouts": the weapon's attack
        return _Cand("object", tok, tok, [tok], "ASSAULT", None, lemma)
    if lemma == "set" and obj is not None:
        # "set ablaze farms": the parser may hang "ablaze" on the object it comes before
        ablaze = {c.lower_ for c in obj.children if c.dep_ == "amod"} & {"ablaze", "alight"}
        fire = (
            parts & {"ablaze", "alight"}
            or ablaze
            or any(  # "set the school on fire": the parser may hang "on fire" on the object too,
                # or on a noun it read as the object's modifier ("set a police *precinct* on fire")
                c.dep_ == "prep" and c.lower_ == "on" and any(o.lemma_.lower() == "fire" for o in c.children)
                for c in [*tok.children, *obj.children, *(g for m in obj.children for g in m.children)]
            )
        )
        if fire:
            return _Cand("object", tok, tok, [tok], "COERCE", "destroy", lemma)
    return None


#: Verbs that carry people off with a particle ("taken away", "whisked off", "picked up"), and those
#: that do it alone when their object is a person ("snatched a pastor", "grabbed two girls").
_CARRY_VERBS = frozenset({"take", "whisk", "carry", "drag", "lead", "spirit", "pick", "bundle"})
_CARRY_PARTICLES = frozenset({"away", "off"})
_SNATCH_VERBS = frozenset({"snatch", "grab"})


#: Verbs that back what stands "behind" them: "rallied / stood / lined up behind the leader".
_BACKING_VERBS = frozenset({"rally", "stand", "line", "unite", "close", "get", "fall"})
#: Objects that are one's weight put behind a party: "threw its weight behind", "put its clout".
_BACKING_OBJECTS = frozenset({"weight", "clout", "support", "backing", "muscle"})


#: What people are held *without*, *in* or *at* when they are held captive: "held without charge",
#: "held in a secret prison", "held at a military base", "held incommunicado".
_CAPTIVE_PREPS = frozenset({"without", "in", "at", "for"})
#: Complements of a passive "held" that judge, not detain: "held responsible", "held accountable".
_HELD_JUDGED = frozenset({"responsible", "accountable", "liable", "hostage", "captive"})


def _held_captive(tok: Token, lemma: str) -> _Cand | None:
    """People "held" in the passive by someone or somewhere: "three activists are being held
    without charge by military intelligence", "a scholar has been held incommunicado by the
    authorities". PLOVER's COERCE/detain; a meeting or an election "held" is none (the subject
    is no person), nor "held responsible" (a judgement; "held hostage" has its own rule)."""
    if lemma != "hold" or not event_syntax.is_passive(tok):
        return None
    subject = event_syntax.child(tok, "nsubjpass")
    if subject is None:
        return None
    agent = _passive_agent(tok)
    held_by_state = agent is not None and _state_party(agent) and not _is_event_noun(subject)
    if not (_is_person(subject) or _party_not_place(subject) or held_by_state):
        return None
    deps = {c.dep_: c for c in tok.children}
    if any(c.lower_ in _HELD_JUDGED for c in tok.children) or "prt" in deps:
        return None  # "held responsible", "were held up at a checkpoint"
    where = any(c.dep_ == "prep" and c.lower_ in _CAPTIVE_PREPS for c in tok.children)
    incommunicado = any(c.lower_ == "incommunicado" for c in tok.children)
    if agent is None and not (where or incommunicado):
        return None
    return _Cand("verb", tok, tok, [tok], "COERCE", "detain", lemma)


#: Places of detention people are held or kept in: "in adult *detention* facilities", "in a
#: military *prison*", "in solitary *confinement*".
_DETENTION_PLACES = frozenset(
    {"detention", "custody", "prison", "jail", "gaol", "cell", "confinement", "dungeon", "camp"}
)


def _held_in_detention(tok: Token, lemma: str, obj: Token | None) -> _Cand | None:
    """The active of "were held in …": the state holding or keeping people in a place of detention
    ("Police held children as young as 12 in adult detention facilities", "the authorities kept
    activists in solitary confinement") detains them (PLOVER COERCE ``detain``); a rally or talks
    held, or a town held, is none (no person held, no place of detention; round 22)."""
    if lemma not in {"hold", "keep"} or obj is None or event_syntax.is_passive(tok):
        return None
    if not _is_person(obj):
        return None
    subject = event_syntax.clause_subject(tok)
    if subject is None or not _state_party(subject):
        return None
    # the place may hang on the object's own words ("children as young as 12 *in* …")
    for prep in [*tok.children, *obj.subtree]:
        if prep.dep_ != "prep" or prep.lower_ not in {"in", "at", "inside"}:
            continue
        place = event_syntax.child(prep, "pobj")
        if place is None:
            continue
        words = {
            place.lemma_.lower(),
            *(m.lemma_.lower() for m in place.children if m.dep_ in {"compound", "amod"}),
        }
        if words & _DETENTION_PLACES:
            return _Cand("verb", tok, tok, [tok], "COERCE", "detain", lemma)
    return None


def _party_not_place(tok: Token) -> bool:
    """A party that is no place: "*the editor* was held", not "*Mosul* was held by the group"."""
    return event_syntax.is_party(tok) and event_syntax.core_noun(tok).ent_type_ not in {"GPE", "LOC", "FAC"}


#: Heads of a subject who travels for the state: "the foreign *minister* arrived in Damascus".
_TRAVELLING_OFFICIALS = frozenset(
    {"minister", "president", "premier", "envoy", "delegation", "chancellor", "secretary", "emissary"}
    | {"ambassador", "diplomat", "king", "emir", "prince", "mediator", "secretary-general"}
)


#: What a march may be "met with" that is force used on it: "met with *live fire*", "with *violence*".
_FORCE_NOUNS = frozenset({"force", "violence", "repression", "crackdown", "gunfire", "fire", "baton"})
#: Of those, what is gunfire: a crowd met with it is fired on (PLOVER FIGHT/firearms, as "fired on").
_GUNFIRE_NOUNS = frozenset({"gunfire", "fire", "bullet", "round", "ammunition"})


def _met_with_force(tok: Token, lemma: str) -> _Cand | None:
    """ "The protest was met with tear gas", "marchers were met with live fire": force used on
    the subject (by forces the sentence need not name), never a meeting (CONSULT)."""
    if lemma != "meet":
        return None
    means = event_syntax.prep_object(tok, frozenset({"with"}))
    if means is None:
        return None
    word = means.lemma_.lower()
    if _crowd_control(means):
        return _Cand("verb", tok, tok, [tok], "COERCE", None, lemma)
    if word in _GUNFIRE_NOUNS:
        return _Cand("verb", tok, tok, [tok], "FIGHT", "firearms", lemma)
    if word in _FORCE_NOUNS or _is_weapon(means):
        return _Cand("verb", tok, tok, [tok], "COERCE", None, lemma)
    return None


def _received_official(tok: Token, lemma: str) -> _Cand | None:
    """ "Tunisia's president received the visiting Algerian prime minister": a visitor of
    office received is a visit hosted (PLOVER CONSULT/host), whatever "received" means of a
    thing ("received a letter")."""
    if lemma not in {"receive", "welcome"}:
        return None
    obj = event_syntax.child(tok, "dobj")
    if obj is None:
        return None
    noun = event_syntax.core_noun(obj)
    visitor = noun.lemma_.lower() in _TRAVELLING_OFFICIALS or any(
        m.dep_ == "amod" and m.lower_ == "visiting" for m in noun.children
    )
    # people or a party, not a thing ("a letter", "death threats")
    people = (
        event_syntax.is_party(obj) or actor_kind(noun.lower_) is not None or noun.lemma_.lower() in _KIN_NOUNS
    )
    if not visitor and not (_holds_audience(tok) and people):
        return None
    return _Cand("verb", tok, tok, [tok], "CONSULT", "host", lemma)


#: Kin of the people a story is about, received as a group: "the *mothers* of the jailed students".
_KIN_NOUNS = frozenset(
    {"mother", "father", "parent", "widow", "wife", "husband", "son", "daughter", "sibling"}
)

#: Heads of state or government whose receiving people is an audience granted.
_AUDIENCE_HOLDERS = frozenset({"king", "queen", "president", "pope", "emir", "sultan", "monarch", "premier"})


def _holds_audience(verb: Token) -> bool:
    """Whether the subject receiving people is a head of state or government, by title or name
    ("*Morocco's King Mohammed VI* received the families of detainees", "the president received
    student leaders"): people received by them are hosted, unlike the wounded a hospital receives."""
    subj = event_syntax.child(verb, "nsubj")
    if subj is None:
        return False
    words = {t.lemma_.lower() for t in subj.subtree}
    return bool(words & _AUDIENCE_HOLDERS) or (words >= {"prime", "minister"})


def _official_arrival(tok: Token, lemma: str) -> _Cand | None:
    """An official who "arrived in" a capital or country visits it (PLOVER CONSULT/visit; the
    place is the host): "the UN envoy arrived in Yangon late on Sunday", and so does a person named
    ("Emmanuel Macron arrived in Kinshasa"). Aid convoys, troops or refugees arriving make no visit."""
    if lemma != "arrive":
        return None
    subject = event_syntax.child(tok, "nsubj")
    if subject is None:
        return None
    head = event_syntax.core_noun(subject)
    # a person named ("Emmanuel Macron arrived in Kinshasa") travels as an official does
    if head.lemma_.lower() not in _TRAVELLING_OFFICIALS and head.ent_type_ != "PERSON":
        return None
    place = event_syntax.prep_object(tok, frozenset({"in"}))
    if place is None or place.ent_type_ != "GPE":
        return None
    return _Cand("verb", tok, tok, [tok], "CONSULT", "visit", lemma)


def _forces_arrival(tok: Token, lemma: str) -> _Cand | None:
    """Troops or fighters who "arrived in" a place are deployed there (PLOVER MOBILIZE/troops;
    ACLED's change to group/activity): "CSTO paratroopers arrived in Almaty". Officials arriving
    visit (:func:`_official_arrival`); aid convoys or refugees arriving mobilise nothing."""
    if lemma != "arrive":
        return None
    subject = event_syntax.child(tok, "nsubj")
    if subject is None:
        return None
    noun = event_syntax.core_noun(subject)
    if active().get("events", "actor_kinds").get(noun.lower_) not in {"state", "armed"}:
        return None
    if event_syntax.prep_object(tok, frozenset({"in", "at"})) is None:
        return None
    return _Cand("verb", tok, tok, [tok], "MOBILIZE", "troops", lemma)


#: Verbs of finding what was hidden: "discovered / uncovered / exhumed a mass grave".
_FIND_VERBS = frozenset({"find", "discover", "uncover", "unearth", "exhume", "locate"})


#: Verbs of making one thing into another ("turned the school into a base").
_MAKE_INTO_VERBS = frozenset({"turn", "convert", "transform"})


def _made_into_base(tok: Token, lemma: str) -> _Cand | None:
    """A building turned into a base ("the RSF turned the hospital into a military base", "soldiers
    converted the school into barracks"): a base established (PLOVER MOBILIZE, ACLED's
    "Headquarters or base established"), not the building's change of hands."""
    if lemma not in _MAKE_INTO_VERBS:
        return None
    into = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "into"), None)
    made = event_syntax.child(into, "pobj") if into is not None else None
    if made is None or _object_class(made) != "base":
        return None
    return _Cand("verb", tok, tok, [tok], "MOBILIZE", "troops", lemma)


def _grave_found(tok: Token, lemma: str) -> _Cand | None:
    """A mass grave found ("a mass grave containing 12 bodies was discovered near Beni", "residents
    found a mass grave"): an inquiry's finding (PLOVER INVESTIGATE), which ACLED codes as a strategic
    development ("Other"), never the finders' protest or assault."""
    if lemma not in _FIND_VERBS:
        return None
    found = (
        event_syntax.child(tok, "nsubjpass")
        if event_syntax.is_passive(tok)
        else event_syntax.child(tok, "dobj")
    )
    # the grave found, or the grave the remains were found in or exhumed from ("the remains of 12
    # people were exhumed *from a mass grave*", "bodies were found *in a mass grave*")
    where = [event_syntax.prep_object(tok, frozenset({"from", "in", "inside"}))]
    if not any(_mass_grave(n) for n in [found, *where]):
        return None
    return _Cand("verb", tok, tok, [tok], "INVESTIGATE", None, lemma)


def _mass_grave(tok: Token | None) -> bool:
    """Whether *tok* names a mass grave."""
    if tok is None:
        return False
    noun = event_syntax.core_noun(tok)
    return noun.lemma_.lower() == "grave" and any(c.lower_ == "mass" for c in noun.children)


def _backing(lemma: str, obj: Token | None) -> bool:
    """Whether the verb with a "behind" phrase backs it: no object and a backing verb, or
    one's weight thrown or put behind it."""
    if obj is None:
        return lemma in _BACKING_VERBS
    return lemma in {"throw", "put", "place", "cast"} and obj.lemma_.lower() in _BACKING_OBJECTS


def _is_person(tok: Token) -> bool:
    """A person or people: a name, a pronoun, or a noun of a human actor kind ("a pastor", "two youths")."""
    noun = event_syntax.core_noun(tok)
    if noun.ent_type_ == "PERSON" or noun.lower_ in {"him", "her", "them", "he", "she", "they"}:
        return True
    kinds = active().get("events", "actor_kinds")
    word = noun.lower_
    if noun.lemma_.lower() in event_lexicon.OBJECT_CLASSES["people"]:
        return True
    # a compound of a person noun is one too: "schoolteacher", "businessman"
    return any(
        word.endswith(k) and kind in {"civilians", "protesters"} for k, kind in kinds.items() if len(k) > 2
    )


def _without(noun: Token) -> bool:
    """An event noun that is the object of "without" (round 23): "the march ended *without arrests*",
    "were released *without charge*", "passed without arrests or injuries" tell acts that did not
    happen (a noun joined to the first by "and / or" shares its "without")."""
    tok = noun
    for _ in range(3):  # "without arrests or injuries": at most a short chain of conjuncts
        if tok.dep_ != "conj":
            break
        tok = tok.head
    return tok.dep_ == "pobj" and tok.head.lower_ == "without"


#: Role nouns of people who are carried off (round 23): "bundled three opposition *MPs* into a van",
#: "took a *critic* of the junta from his home", "the union's *leader*".
_CARRIED_ROLES = frozenset(
    {
        "mp",
        "lawmaker",
        "legislator",
        "politician",
        "critic",
        "opponent",
        "blogger",
        "editor",
        "leader",
        "organiser",
        "organizer",
        "lawyer",
        "candidate",
        "spokesperson",
        "spokesman",
        "spokeswoman",
    }
)


def _carried_person(obj: Token) -> bool:
    """Whether the object of a verb of carrying off is a person: a person noun or a role noun ("three
    opposition MPs", "a critic of the junta"; round 23)."""
    core = event_syntax.core_noun(obj)
    return _is_person(obj) or bool({core.lemma_.lower(), core.lower_.removesuffix("s")} & _CARRIED_ROLES)


def _carried_off(tok: Token, lemma: str, obj: Token | None, parts: set[str]) -> _Cand | None:
    """People carried off: "two students were taken away by masked men", "gunmen snatched a pastor",
    "picked up three youths". A detention (PLOVER COERCE); ACLED's sub-event then reads who did it
    (state forces arrest, anyone else abducts)."""
    carried = (
        lemma in _SNATCH_VERBS
        or (
            lemma in _CARRY_VERBS
            and bool(parts & (_CARRY_PARTICLES | ({"up"} if lemma == "pick" else set())))
        )
        or (lemma == "take" and obj is not None and _from_home(tok))
        or (lemma in _INTO_VEHICLE_VERBS and obj is not None and _into_vehicle(tok))
    )
    if not carried:
        return None
    if obj is None and not (event_syntax.is_passive(tok) and lemma not in _SNATCH_VERBS):
        return None  # "went missing after being taken away by men": the passive's subject is the person
    if obj is not None and not _carried_person(obj):
        return None
    prt = [c for c in tok.children if c.lower_ in _CARRY_PARTICLES | {"up"} and c.dep_ in {"prt", "advmod"}]
    return _Cand("phrasal", tok, tok, [tok, *prt], "COERCE", "detain", lemma)


#: Where people are taken from when they are carried off: "took an activist *from his home*".
_HOME_NOUNS = frozenset({"home", "house", "residence", "bed", "dormitory", "hostel", "flat", "apartment"})


#: Verbs of forcing someone into a vehicle: "bundled him into a car", "shoved them into a van".
_INTO_VEHICLE_VERBS = frozenset({"bundle", "force", "shove", "push", "throw", "drag"})
#: Vehicles people are forced into.
_VEHICLE_NOUNS = frozenset({"car", "van", "vehicle", "truck", "jeep", "minibus", "suv", "pickup"})


def _into_vehicle(verb: Token) -> bool:
    """ "plainclothes officers *bundled* him *into a car*": a person forced into a vehicle is carried off."""
    where = event_syntax.prep_object(verb, frozenset({"into"}))
    return where is not None and where.lemma_.lower() in _VEHICLE_NOUNS


def _from_home(verb: Token) -> bool:
    """ "took a student activist *from his home*": a person taken from where they live is carried
    off as surely as one "taken away" (an arrest or an abduction, by who took them)."""
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == "from":
            where = event_syntax.child(prep, "pobj")
            if where is not None and where.lemma_.lower() in _HOME_NOUNS:
                return True
    return False


def _cleared_of_fighters(verb: Token, place: Token) -> bool:
    """ "cleared the area *of militants*": the "of" phrase after the place names an armed group."""
    for head in (verb, place, event_syntax.core_noun(place)):
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                fighters = event_syntax.child(prep, "pobj")
                if fighters is not None and actor_kind(" ".join(t.text for t in fighters.subtree)) == "armed":
                    return True
    return False


#: Verbs of using a weapon: "used chemical weapons", "employed drones".
_USE_VERBS = frozenset({"use", "employ"})
#: Weapons named by a noun no object class holds (drones, warplanes, helicopters, chemicals).
_WEAPON_NOUNS = frozenset(
    {"drone", "uav", "warplane", "jet", "helicopter", "aircraft", "chemical", "chlorine", "sarin", "napalm"}
)
#: Words of crowd-control means in an object ("tear gas and stun grenades", "rubber bullets").
_CROWD_CONTROL_WORDS = frozenset(
    {"tear", "teargas", "stun", "rubber", "plastic", "water", "pepper", "less-lethal"}
)


def _used_weapon(tok: Token) -> bool:
    """A weapon or munition ("chemical weapons", "drones", "live ammunition", "mortars"); tear gas and
    other crowd-control means are read before this (repression, not an attack)."""
    if _crowd_control(tok) or any(t.lower_ in _CROWD_CONTROL_WORDS for t in tok.subtree):
        return False  # "used tear gas and stun grenades": crowd control, read elsewhere
    core = event_syntax.core_noun(tok)
    lemma = core.lemma_.lower()
    classes = event_lexicon.OBJECT_CLASSES
    # "used a *chemical* agent", "used *toxic* gas": a substance made a weapon by its modifier
    toxic = any(m.dep_ in {"amod", "compound"} and m.lower_ in _TOXIC_MODIFIERS for m in core.children)
    return lemma in classes["munitions"] or lemma in classes["arms"] or lemma in _WEAPON_NOUNS or toxic


#: Reflexive pronouns: what one surrenders when one "hands oneself over".
_REFLEXIVES = frozenset({"himself", "herself", "themselves", "itself", "myself", "ourselves", "yourself"})


def _armed_parade(tok: Token, lemma: str, obj: Token | None) -> bool:
    """An armed side that parades ("paraded through the village", "held / staged a parade",
    "parade captured vehicles"); civilians' parades stay whatever else they are."""
    paraded = lemma == "parade" or (
        lemma in event_lexicon.LIGHT_VERBS and obj is not None and obj.lemma_.lower() == "parade"
    )
    return paraded and _armed_side(tok)


def _engaged_armed_side(tok: Token, lemma: str, obj: Token | None) -> bool:
    """A side that engages another, one of them a non-state armed group ("troops engaged Al Shabaab
    fighters", "the militia engaged the army"). "Engaged" anything else ("engaged 300 reservists",
    "engaged the public", "engaged in talks") is not a fight."""
    if lemma != "engage" or obj is None:
        return False
    subj = event_syntax.clause_subject(tok)
    if subj is None:
        return False
    sides = {
        actor_kind(" ".join(t.text for t in event_syntax.core_noun(party).subtree)) for party in (subj, obj)
    }
    return "armed" in sides and sides <= {"state", "armed"}


def _group_reorganised(tok: Token, lemma: str, obj: Token | None) -> bool:
    """An armed side that changes its make-up or command (ACLED's "Change to group/activity"): it
    merges, splits or defects ("two Mai-Mai factions merged", "fighters defected to the army"),
    announces a merger or a split, or appoints a new leader ("ISWAP named a new emir", "announced
    the appointment of a new commander"). Whoever else merges or appoints (banks, parliaments) is
    no event here."""
    noun = obj.lemma_.lower() if obj is not None else ""
    if noun == "appointment" and obj is not None:
        of = event_syntax.prep_object(obj, frozenset({"of"}))
        noun = of.lemma_.lower() if of is not None else ""
        lemma = "appoint"
    reorganised = lemma in event_lexicon.REORGANISE_WORDS or noun in event_lexicon.REORGANISE_WORDS
    commanded = lemma in event_lexicon.APPOINT_VERBS and noun in event_lexicon.COMMAND_NOUNS
    if not (reorganised or commanded):
        return False
    subj = event_syntax.clause_subject(tok)
    if subj is None:
        return False
    core = event_syntax.core_noun(subj)
    kind = actor_kind(core.doc[core.left_edge.i : core.right_edge.i + 1].text)
    # a state's forces change command all the time; a defection or split of its troops is news
    return kind == "armed" or (kind == "state" and reorganised)


def _armed_side(verb: Token) -> bool:
    """The verb's subject is an armed side: troops, police, a named armed group."""
    subj = event_syntax.clause_subject(verb)
    if subj is None:
        return False
    core = event_syntax.core_noun(subj)
    if core.lemma_.lower() in event_lexicon.OBJECT_CLASSES["forces"]:
        return True
    return actor_kind(" ".join(t.text for t in core.subtree)) in {"state", "armed"}


#: Means of a call at a distance: "spoke by telephone", "talked over the phone".
_PHONE_NOUNS = frozenset({"telephone", "phone", "videophone", "video"})
#: Verbs of conversation that are a consultation when held by telephone.
_SPEAK_VERBS = frozenset({"speak", "talk", "confer", "converse", "consult"})


#: Question words that also open relative clauses ("residents *who* live near the river").
_RELATIVE_WORDS = frozenset({"who", "what", "which", "when", "where"})


def _asks_a_question(tok: Token) -> bool:
    """ "asked *whether* the army would withdraw", "asked the witness *if* she had seen …", "when
    asked *how* he would deal with …", "'Who gave the order?' the senator asked": what is asked is
    a question (an indirect question after the verb, or a quoted question just before it), not an
    act demanded. A to-infinitive ("asked residents *to stay*") and "asked for" keep the demand
    (round 36)."""
    if event_syntax.child(tok, "xcomp") is not None:
        return False
    if any(c.dep_ == "prep" and c.lower_ == "for" for c in tok.children):
        return False
    before = tok.doc[max(0, tok.i - 5) : tok.i]  # five tokens: the parser may end the sentence at "?\""
    if any(t.text == "?" for t in before) and event_syntax.child(tok, "dobj") is None:
        return True  # the quoted question precedes: '"… ?" the senator asked'
    for child in tok.children:
        if child.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass", "neg", "punct"} or child.i < tok.i:
            continue
        for t in child.subtree:
            word = t.lower_
            if word not in event_lexicon.QUESTION_WORDS:
                continue
            if word in _RELATIVE_WORDS and t.head.dep_ == "relcl":
                continue  # "asked residents, *who* live near the river, …": a relative clause
            if t.dep_ in {"mark", "advmod", "nsubj", "dobj", "attr", "det"}:
                # "asked European countries *if they can help*": can/could asks for help (a request)
                return not any(a.dep_ == "aux" and a.lower_ in {"can", "could"} for a in t.head.children)
    return False


def _befell_in_accident(tok: Token) -> bool:
    """ "the driver was killed *in the crash*", "were injured *in a landslide*", "evacuated *after the
    floods*": a passive with no agent whose "in/during/after" phrase names an accident or a natural
    disaster (``accident_nouns.txt``) tells what befell people, not an act of a party (round 36)."""
    if not event_syntax.is_passive(tok) or any(c.dep_ == "agent" for c in tok.children):
        return False
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ in {"in", "during", "after"}:
            noun = event_syntax.child(prep, "pobj")
            if noun is not None and noun.lemma_.lower() in event_lexicon.ACCIDENT_NOUNS:
                return True
    return False


def _no_party(noun: Token | None) -> bool:
    """An accident, a natural disaster or a disease (``accident_nouns.txt``, ``disease_nouns.txt``)."""
    if noun is None:
        return False
    lemma = noun.lemma_.lower()
    return lemma in event_lexicon.ACCIDENT_NOUNS or lemma in event_lexicon.DISEASE_NOUNS


def _harm_by_no_party(tok: Token) -> bool:
    """ "cholera has killed 300 people", "the earthquake destroyed hundreds of homes", "killed by the
    virus", "a bus crashed on the road, *killing* 14", "the storm hit the coast, *killing* three": a verb
    whose subject (or passive agent) is an accident, a natural disaster or a disease, or a participle
    clause with no subject of its own hanging on an accident verb (one that is no event verb: not
    "gunmen stormed the village, killing 11") or on a verb with such a subject,
    tells what befell people, not an act of a party (round 37; the active counterpart of
    :func:`_befell_in_accident`). A bomb, a blast or a fire may be an attack: none is on the lists."""
    subj = event_syntax.child(tok, "nsubj")
    if _no_party(subj):
        return True
    agent = event_syntax.child(tok, "agent")
    if agent is not None and _no_party(event_syntax.child(agent, "pobj")):
        return True
    if tok.dep_ != "advcl" or tok.tag_ != "VBG" or subj is not None or tok.head.i == tok.i:
        return False
    head = tok.head
    lemma = verb_lemma(head)
    # "crashed": an accident verb; "stormed the village, killing 11" is an attack (storm is an event verb)
    accident = lemma in event_lexicon.ACCIDENT_NOUNS and lemma not in event_lexicon.VERBS
    return accident or _no_party(event_syntax.child(head, "nsubj"))


def _patient(verb: Token) -> Token | None:
    """The object, or the subject of a passive: what :func:`_verb_trigger` and the learned fallback's
    guards read as the verb's patient. An object the parser made the subject of an adjective
    complement ("freed *the passengers* unharmed", :func:`event_syntax.small_clause`) is the object."""
    found = event_syntax.child(verb, "dobj") or (
        event_syntax.child(verb, "nsubjpass") if event_syntax.is_passive(verb) else None
    )
    if found is None:
        clause = event_syntax.small_clause(verb)
        found = clause[0] if clause is not None else None
    return found


def _text_released(tok: Token, obj: Token | None) -> bool:
    """ "released its annual budget figures", "has not released her tax returns", "the report,
    released by the commission", "documents that were released by the court": "release" whose patient
    is a text, a record or a piece of media (``publication_nouns.txt``) makes it public and frees no one
    (PLOVER's RETREAT releases people; round 37). The patient is the object or passive subject, the
    noun a relative clause on it describes ("that"), or the noun a participle describes."""
    if verb_lemma(tok) not in event_lexicon.RELEASE_WORDS:
        return False
    patient = obj
    if patient is not None and patient.lower_ in {"that", "which"} and tok.dep_ == "relcl":
        patient = tok.head
    if patient is None and tok.dep_ in {"acl", "relcl"} and tok.tag_ == "VBN":
        patient = tok.head  # "the survey, released on Friday", "a report to be released next week"
        if (
            patient.dep_ == "pobj"
            and patient.head.dep_ == "prep"
            and patient.lemma_.lower() not in (event_lexicon.PUBLICATION_NOUNS)
        ):
            # "an assessment from the health ministry released Monday": the participle hangs on the
            # noun of the phrase after the text (round 40)
            patient = patient.head.head
    return patient is not None and patient.lemma_.lower() in event_lexicon.PUBLICATION_NOUNS


#: Object classes that are aid when given with no recipient named: "provided emergency aid".
_AID_CLASSES = frozenset({"aid", "arms", "refuge", "meals", "heavy_weapons", "aircraft", "information"})


def _nothing_given(tok: Token, lemma: str, obj: Token | None) -> bool:
    """ "the firm provides cleaning services in the capital", "provided a glimpse into …", "live music
    was provided", "delivering airstrikes against …": a verb of giving (``giving_verbs.txt``) with no
    one it gives to (no indirect object, no "to"/"for"/"with" phrase) and an object of no aid class is
    no PLOVER AID (round 37); "provided food to displaced families", "provided the villagers with
    blankets", "provided emergency aid" stay."""
    if lemma not in event_lexicon.GIVING_VERBS:
        return False
    if any(c.dep_ == "dative" for c in tok.children):
        return False
    if any(c.dep_ == "prep" and c.lower_ in {"to", "for", "with"} for c in tok.children):
        return False
    if obj is None:
        return event_syntax.is_passive(tok)
    if _is_person(obj):
        return False
    for word in obj.subtree:
        # "provided aid to the victims", "about 70 million dollars of aid for Romania": the phrase
        # of the object names aid or its recipient
        if word.dep_ == "prep" and word.lower_ in {"to", "for", "with"}:
            return False
        if set(event_lexicon.CLASSES_OF_OBJECT.get(word.lemma_.lower(), ())) & _AID_CLASSES:
            return False
    return True


def _topic_only(tok: Token, obj: Token | None) -> bool:
    """ "I am talking about the recent events", "talking about security, …": a verb of conversation
    with a topic ("about", "of") and no one it is held with (no object, no "with"/"to" party) and no
    plural subject (not "the two leaders talked about trade") says what someone said (round 36)."""
    if obj is not None:
        return False
    preps = {c.lower_ for c in tok.children if c.dep_ == "prep"}
    if not preps & {"about", "of"} or preps & {"with", "to"}:
        return False
    subj = event_syntax.child(tok, "nsubj")
    if subj is None:
        return True
    plural = subj.tag_ in {"NNS", "NNPS"} or subj.lower_ in {"we", "they"}
    return not plural and not any(c.dep_ == "conj" for c in subj.children)


def _by_phone(tok: Token, lemma: str) -> _Cand | None:
    """ "The two presidents spoke by telephone": a consultation at a distance (PLOVER's
    CONSULT ``phone`` mode); speaking alone ("spoke to reporters") is no event."""
    if lemma not in _SPEAK_VERBS:
        return None
    means = event_syntax.prep_object(tok, frozenset({"by", "over", "on"}))
    if means is None or means.lemma_.lower() not in _PHONE_NOUNS:
        return None
    return _Cand("phrasal", tok, tok, [tok, means.head, means], "CONSULT", "phone", lemma)


#: Verbs of sending people somewhere (VerbNet's send class): "sent *home*" or "flew *back*" people
#: of another country is expelling them (the codebook's "expel or deport individuals").
_SENDING_VERBS = frozenset({"send", "ship", "fly", "bus", "truck"})
#: Adverbs that send people to where they came from.
_HOMEWARD = frozenset({"home", "back"})


def _sent_home(tok: Token, lemma: str, obj: Token | None) -> _Cand | None:
    """ "Malaysia sent home thousands of migrant workers", "Italy sent back 300 migrants":
    people sent home are deported (COERCE ``deport``); forces sent home or back are withdrawn,
    which the object's own class reads ("sent its troops home")."""
    if lemma not in _SENDING_VERBS or obj is None:
        return None
    homeward = [c for c in tok.children if c.dep_ in {"advmod", "prt"} and c.lower_ in _HOMEWARD]
    if not homeward or _object_class(obj, lemma) == "forces":
        return None
    noun = event_syntax.core_noun(obj)
    held = event_syntax.prep_object(noun, frozenset({"of"}))  # "thousands *of* workers"
    people = _people(obj) or (held is not None and _people(held))
    if not people or _object_class(held or obj) == "forces" or _kind_of(held or obj) == "state":
        return None
    return _Cand("phrasal", tok, tok, [tok, *homeward], "COERCE", "deport", lemma, target=obj)


#: Verbs of munitions coming down ("shells landed near the airport"): an attack when a weapon lands.
_LAND_VERBS = frozenset({"land", "fall", "rain"})
#: Verbs that "forcibly" makes force used on people ("forcibly removed the sit-in").
_FORCIBLE_VERBS = frozenset({"remove", "evict", "expel", "relocate", "drag", "carry"})

#: Verbs of hitting that are an attack when a weapon, an attack or an attacker does it, or when
#: it is done with a weapon ("targeted the barracks with mortars").
_HIT_VERBS = frozenset({"hit", "pound", "target"})

#: Verbs of violent motion that hit what they go through or into: "a bomb *tore through* a
#: convoy", "a rocket *slammed into* a school", "the blast *ripped through* the market".
_THROUGH_VERBS = frozenset({"tear", "rip", "slam", "smash", "plough", "plow", "crash"})


def _went_through(tok: Token, lemma: str) -> bool:
    """Whether the verb is one of violent motion going "through" or "into" something."""
    if lemma not in _THROUGH_VERBS:
        return False
    return any(c.dep_ == "prep" and c.lower_ in {"through", "into"} for c in tok.children)


def _with_weapon(tok: Token) -> bool:
    """Whether the verb's "with"-phrase names a weapon ("targeted the camp *with mortars*")."""
    means = event_syntax.prep_object(tok, frozenset({"with"}))
    if means is None:
        return False
    words = [means, *(c for c in means.children if c.dep_ in {"compound", "amod"})]
    return any(w.lemma_.lower() in event_lexicon.INSTRUMENTS for w in words)


#: General verbs that "sexually" makes sexual violence ("sexually abused", "sexually exploited").
_SEXUAL_VERBS = frozenset({"abuse", "exploit", "harass", "assault", "attack", "molest"})


def _modifier_keys(mod: Token) -> tuple[str, ...]:
    """The keys a noun's modifier is looked up by: its lemma, and its hyphenated whole where
    the parser splits one ("fact-finding": "finding" tagged a verb, lemma "find")."""
    doc = mod.doc
    if mod.i >= 2 and doc[mod.i - 1].text == "-":
        return (f"{doc[mod.i - 2].lower_}-{mod.lower_}", mod.lemma_.lower())
    return (mod.lemma_.lower(),)


#: Nouns of intending an act: "had *no intention* of resigning", "has *no plans* to talks".
_INTENTION_NOUNS = frozenset({"intention", "intent", "plan", "desire", "wish"})


def _intended_act(noun: Token) -> Token | None:
    """The act an intention noun is of: "intention *of resigning*", "plans *to withdraw*"."""
    for ch in noun.children:
        if ch.dep_ == "acl" and ch.pos_ == "VERB":
            return ch
        if ch.dep_ == "prep" and ch.lower_ == "of":
            act = event_syntax.child(ch, "pcomp")
            if act is not None and act.pos_ == "VERB":
                return act
    return None


def _no_intention(tok: Token) -> _Cand | None:
    """ "The president said he had *no intention* of resigning": an act disowned is refused
    (PLOVER REJECT), and the act itself did not happen (it is absorbed as what is refused)."""
    if tok.lemma_.lower() not in _INTENTION_NOUNS or tok.dep_ != "dobj":
        return None
    det = next((ch for ch in tok.children if ch.dep_ == "det" and ch.lower_ == "no"), None)
    if det is None or _intended_act(tok) is None:
        return None
    verb = tok.head
    return _Cand("light", tok, verb, [det, tok], "REJECT", None, tok.lemma_.lower())


#: Nouns of shooting that someone comes under: "came under *fire* / *gunfire*".
_FIRE_NOUNS = frozenset({"fire", "gunfire"})
#: The noun of "an *exchange* of fire" and of "a *call* for / on": named once, for their tests
#: and for :data:`_NOUN_TEST_LEMMAS`, so the skip never drifts from what a test looks for.
_EXCHANGE_NOUN = "exchange"
_CALL_NOUN = "call"


def _under_fire(tok: Token) -> bool:
    """ "A convoy *came under fire* from militants": fire that someone comes under is shooting at
    them (an attack or a fight), where "a fire broke out" is a blaze and no event."""
    if tok.lemma_.lower() not in _FIRE_NOUNS or tok.dep_ != "pobj":
        return False  # every noun is asked: its head's Token is made only for "fire"
    head = tok.head
    return head.lower_ == "under" and head.head.lemma_.lower() in {"come", "be"}


#: What is exchanged in a gunfight: "an exchange of fire / gunfire / shots".
_SHOTS = frozenset({"fire", "gunfire", "shot", "shots"})


_OF = frozenset({"of"})


def _exchange_of_fire(tok: Token) -> bool:
    """ "An exchange of fire between soldiers and militants", as "exchanged fire" is: a gunfight."""
    if tok.lemma_.lower() != _EXCHANGE_NOUN:
        return False
    of = event_syntax.prep_object(tok, frozenset({"of"}))
    return of is not None and of.lemma_.lower() in _SHOTS


#: Nouns of bringing a group into being: "the *formation* of a new battalion".
_FORMING_NOUNS = frozenset({"formation", "creation"})


def _unit_formed(tok: Token) -> bool:
    """A unit of fighters formed ("announced the formation of the People's Defence Force"), as
    "formed a militia" is: forces raised (PLOVER MOBILIZE; ACLED's "Change to group/activity")."""
    if tok.lemma_.lower() not in _FORMING_NOUNS:
        return False
    of = event_syntax.prep_object(tok, frozenset({"of"}))
    return of is not None and _object_class(of) == "forces"


#: The lemmas :func:`_noun_trigger`'s own tests of a noun look for, besides the word lists:
#: "no *intention* of", "a *call* for", "hearings into", "an *exchange* of fire", "the *formation* of",
#: "came under *fire*". A test added there must add its words here (:func:`_no_sense_possible`).
_NOUN_TEST_LEMMAS = (
    _INTENTION_NOUNS | _EXAMINING_NOUNS | _FORMING_NOUNS | _FIRE_NOUNS | {_CALL_NOUN, _EXCHANGE_NOUN}
)


def _no_sense_possible(key: str, lemma: str, lower: str) -> bool:
    """Whether no test of :func:`_noun_trigger` can give a noun a sense, from its key
    (:func:`_noun_key`), lemma (lower case) and lower form: the key is in no noun table, the
    lemma in no table keyed by it nor among :data:`_NOUN_TEST_LEMMAS`, and it is no "procession".

    Asked of every noun of the article (some 180 an article), and all but a few are no event:
    :func:`extract_events` passes those over from the Doc's columns, with no Token made, where each went through nine tests, each reading the noun's lemma again,
    and the "of" phrase :func:`_head_of_sense` looks for.
    """
    return (
        key not in event_lexicon.NOUNS
        and key not in event_lexicon.NOUN_COMPOUND_HEADS
        and lemma not in _NOUN_TEST_LEMMAS
        and lemma not in event_lexicon.NOMINALISATIONS
        and lemma not in event_lexicon.HEAD_OF_NOUNS
        and lower not in _PROCESSION_NOUNS
    )


def _noun_trigger(tok: Token) -> _Cand | None:
    if tok.pos_ not in {"NOUN", "PROPN"} or tok.ent_type_ in _TIME_ENTITIES:
        return None
    key = _noun_key(tok)
    if _no_sense_possible(key, tok.lemma_.lower(), tok.lower_):
        return None
    disowned = _no_intention(tok)
    if disowned is not None:
        return disowned
    sense = event_lexicon.NOUNS.get(key) or _nominal_of_object(tok)
    if sense is None and _procession_in_protest(tok):
        sense = event_lexicon.Sense("PROTEST", "demo-org")  # "took out a procession against …"
    if sense is None and _call_for(tok):
        sense = event_lexicon.Sense("DEMAND")
    if sense is None and _hearing_into(tok):
        sense = event_lexicon.Sense("INVESTIGATE")  # "held hearings into the massacre"
    if sense is None and _exchange_of_fire(tok):
        sense = event_lexicon.Sense("FIGHT", "firearms")  # "heavy exchanges of fire were reported"
    if sense is None and _unit_formed(tok):
        sense = event_lexicon.Sense("MOBILIZE", "troops")  # "announced the formation of a new battalion"
    if sense is None and _under_fire(tok):
        sense = event_lexicon.Sense("FIGHT", "firearms")
    tokens = [tok]
    shots = event_syntax.prep_object(tok, _OF) if _exchange_of_fire(tok) else None
    if shots is not None:
        tokens = [tok, shots.head, shots]  # "exchange of fire": the fire is no party of it
    # a noun no compound sense is keyed by finds none among its modifiers: their words are not read
    for c in tok.children if key in event_lexicon.NOUN_COMPOUND_HEADS else ():
        if c.dep_ in {"compound", "amod", "nmod"}:
            pair = next(
                (
                    event_lexicon.NOUN_COMPOUNDS[(m, key)]
                    for m in _modifier_keys(c)
                    if (m, key) in event_lexicon.NOUN_COMPOUNDS
                ),
                None,
            )
            if pair is not None:
                sense, tokens = pair, [c, tok]
                break
    if sense is None:
        sense = _head_of_sense(tok)
        if sense is None:
            return None
        of = event_syntax.prep_object(tok, frozenset({"of"}))
        tokens = [tok, of] if of is not None else [tok]
    if _named_as(tok):
        # a name given is no event (tested once a sense is found: the tests above only read the
        # noun's words, and most nouns have no sense)
        return None
    sense = _nominal_with_patient(tok, sense)
    if tok.doc[tok.i - 1].text == "-" and tok.i >= 2:
        tokens = [tok.doc[tok.i - 2], *tokens]
    head = tok.head
    anchor = tok
    if tok.dep_ == "compound" and head.lemma_.lower() in event_lexicon.FRAME_NOUNS:
        anchor, head = head, head.head  # "launched a mediation effort"
    elif tok.dep_ == "compound":
        return None  # "invasion forces", "protest leaders": a modifier, not an event
    if anchor.dep_ == "pobj" and head.lower_ == "under" and head.head.lemma_.lower() in {"put", "place"}:
        anchor, head = head, head.head  # "put under investigation"
    elif (
        anchor.dep_ == "pobj"
        and head.lower_ == "of"
        and head.head.lemma_.lower() in _SPAN_NOUNS
        and head.head.dep_ == "dobj"
        and _light_lemma(head.head.head) in event_lexicon.LIGHT_VERBS  # "waged" (lemmatised "wag")
    ):
        anchor = head.head  # "launched ten days of war games", "held a new round of talks"
        head = anchor.head
    # "in protest against …" is a motive, not an event of its own: the act done in protest is
    # the protest ("shut their shops in protest"), unless it is an event already ("resigned in
    # protest": the verb's own trigger claims the verb first)
    if key == "protest" and head.lower_ == "in" and not any(c.dep_ == "det" for c in tok.children):
        return _done_in_protest(tok, head)
    if key == "charge" and head.lower_ == "in" and not any(c.dep_ == "det" for c in tok.children):
        return _put_in_charge(tok, head)  # "in charge of": a duty, never an accusation (round 21)
    joined = anchor.dep_ == "pobj" and _joined_by_prep(head)
    if joined:
        anchor, head = head, head.head  # "went on strike", "joined in the protests"
    if joined or (
        (anchor.dep_ in {"dobj", "attr", "nsubjpass", "prep"} or _misread_object(anchor, head))
        and head.pos_ in {"VERB", "AUX"}
        and _light_lemma(head) in event_lexicon.LIGHT_VERBS
    ):
        if (
            _light_lemma(head) in {"lodge", "file", "register", "voice", "express"}
            and sense.type == "PROTEST"
        ):
            sense = event_lexicon.Sense("DISAPPROVE")  # "lodged an official protest"
        light = [head, *[c for c in head.children if c.dep_ == "prt"]]
        return _Cand("light", tok, head, light + tokens, sense.type, sense.mode, key)
    if anchor.i != tok.i or (
        # "a ban" alone is only talked about; "*the junta's* ban on parties" is the junta's act
        key in event_lexicon.LIGHT_ONLY_NOUNS and not _under_fire(tok) and not _agented_argument(tok)
    ):
        return None
    if sense.type not in event_lexicon.STANDALONE_TYPES and not _agented_argument(tok):
        return None
    return _Cand("noun", tok, _governing_verb(tok), tokens, sense.type, sense.mode, key)


def _misread_object(noun: Token, verb: Token) -> bool:
    """An event noun the parser read as an object predicate ("called *a three-day national
    stay-away*" as if "called him a liar"): with no other object beside it, it is the object."""
    return (
        noun.dep_ == "oprd"
        and any(d.dep_ == "det" and d.lower_ in {"a", "an", "the"} for d in noun.children)
        and event_syntax.child(verb, "dobj") is None
    )


def _call_for(noun: Token) -> bool:
    """ "reiterated its *call for* a ceasefire", "repeated its *call on* Khartoum to …": the
    noun "call" followed by what is called for or who is called on is a demand, as the verb
    "call for / on" is; a phone call or "a call on Tuesday" is none."""
    if noun.lemma_.lower() != _CALL_NOUN or noun.i + 1 >= len(noun.doc):
        return False
    prep = noun.doc[noun.i + 1]
    if prep.lower_ not in {"for", "on"}:
        return False
    obj = event_syntax.child(prep, "pobj")
    return obj is None or not event_syntax.is_time(obj)


def _agented_argument(noun: Token) -> bool:
    """A speech-act or relation noun ("demand", "refusal", "investigation", "visit") is an act
    of its own when the noun phrase names who did it and stands as a clause's subject or
    object: "a demand *by Georgian students* … was ignored", "*Baghdad's* refusal to pay …
    has deepened the crisis", "an investigation *by Kenyan police* … has stalled". Without
    a named agent ("the demand for reforms", "its refusal") it is only talked about."""
    if noun.dep_ not in {"nsubj", "nsubjpass", "dobj"}:
        return False
    sides = event_syntax.prep_object(noun, frozenset({"between"}))
    if sides is not None and event_syntax.is_party(sides):
        return True  # "talks *between Serbia and Kosovo* resumed": the sides are its agents
    agent = event_syntax.prep_object(noun, frozenset({"by"}))
    if agent is None:
        agent = next(
            (
                c
                for c in noun.children
                if c.dep_ == "poss" and c.lower_ not in event_lexicon.PRONOUNS and not event_syntax.is_time(c)
            ),
            None,
        )
    return agent is not None and event_syntax.is_party(agent)


def _light_lemma(verb: Token) -> str:
    """A light verb's lemma, repaired where the lemmatiser misreads it ("staged" → "stag")."""
    return verb_lemma(verb, event_lexicon.LIGHT_VERBS)


#: Verbs one joins an event with through a preposition: "went *on* strike", "joined *in* the
#: protests", "took part *in* the march", "engaged *in* clashes".
#: Work or trade stopped "in a general strike" is the strike itself.
_JOINING_PREPS = {
    "on": frozenset({"go", "put", "place"}),
    "in": frozenset({"join", "participate", "engage", "take", "shut", "close", "stop", "halt"}),
}


def _joined_by_prep(prep: Token) -> bool:
    """Whether an event noun under *prep* is joined by the verb above it ("went on strike").

    The verb's subject is then the noun's actor, as with a light verb's object;
    other prepositions ("arrested *during* the protest") leave the noun's actor open.
    """
    verbs = _JOINING_PREPS.get(prep.lower_)
    verb = prep.head
    if verbs is None or prep.dep_ != "prep" or verb.pos_ not in {"VERB", "AUX"}:
        return False
    lemma = verb_lemma(verb, verbs)
    obj = event_syntax.child(verb, "dobj")
    if lemma in _PLACING_VERBS:
        # "put its forces *on alert*": the forces are only the means (CAMEO's raised alert
        # status), so the subject's act is the event noun's ("put on trial" has none)
        noun = event_syntax.child(prep, "pobj")
        return noun is not None and _is_event_noun(noun)
    if obj is not None and lemma not in _STOPPAGE_VERBS and obj.lemma_.lower() != "part":
        return False  # "engage *us* in talks": the object is drawn in ("took part in" joins)
    return lemma in verbs


#: Verbs that place something on a footing: "put / placed its troops *on alert*".
_PLACING_VERBS = frozenset({"put", "place"})


#: Verbs of stopping work or trade: done "in protest", they are a strike.
_STOPPAGE_VERBS = frozenset({"shut", "close", "stop", "down", "halt", "suspend", "stay"})


#: Verbs that put someone in charge of something: "put the army in charge of security".
_PUT_VERBS = frozenset({"put", "place", "leave"})


def _put_in_charge(noun: Token, prep: Token) -> _Cand | None:
    """ "The president put *the army in charge of* security": forces given a duty are deployed
    (PLOVER MOBILIZE ``troops``); anyone else put in charge is no event, and "in charge" is never
    the accusation "charge" is (round 21)."""
    verb = prep.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _PUT_VERBS:
        return None
    obj = event_syntax.child(verb, "dobj", "nsubjpass")
    if obj is None or _object_class(obj) != "forces":
        return None
    return _Cand("light", noun, verb, [verb, prep, noun], "MOBILIZE", "troops", "charge")


def _done_in_protest(noun: Token, prep: Token) -> _Cand | None:
    """ "Traders shut their shops in protest at the tax": an act done in protest is a protest
    (PLOVER: "demonstrate or rally"; stopping work or trade is a strike)."""
    verb = prep.head
    if verb.pos_ != "VERB" or event_syntax.clause_subject(verb) is None:
        return None
    if verb_lemma(verb) in event_lexicon.LIGHT_VERBS or any(
        c.dep_ == "dobj" and _is_event_noun(c) for c in verb.children
    ):
        return None  # "staged a hunger strike in protest": the strike is the event
    if _punct_between(verb, prep):
        return None  # "passed the law, in protest of which …": not the verb's own manner
    mode = "strike-gen" if verb_lemma(verb) in _STOPPAGE_VERBS else None
    return _Cand("light", noun, verb, [verb, prep, noun], "PROTEST", mode, verb_lemma(verb))


def _punct_between(a: Token, b: Token) -> bool:
    """Whether punctuation parts two tokens of a clause, not counting a parenthesis and what it
    holds: an ACLED note's admin area ("closed their shops in Jaffna (Northern) in protest",
    "(Fizi, Sud-Kivu)") sits inside the clause it names a place of."""
    depth = 0
    for t in a.doc[min(a.i, b.i) + 1 : max(a.i, b.i)]:
        if t.text == "(":
            depth += 1
        elif t.text == ")":
            depth = max(0, depth - 1)
        elif t.is_punct and depth == 0:
            return True
    return False


#: Nouns that measure an event out: "ten days of war games", "a second round of talks".
_SPAN_NOUNS = frozenset(
    {"day", "week", "month", "round", "series", "wave", "spate", "hour"}
    # "waged a *campaign* of arrests", "went on a killing *spree*", "a *string* of raids"
    | {"campaign", "spree", "string", "flurry", "surge", "cycle", "streak"}
)


#: Verbs of an event's phases whose subject is the event: "talks began", "the summit opened".
_ASPECT_VERBS = frozenset({"begin", "start", "open", "resume", "continue", "reopen", "commence"})


def _nominal_with_patient(noun: Token, sense: event_lexicon.Sense) -> event_lexicon.Sense:
    """A nominalised verb is typed by its "of" object as its verb is by its object.

    "the expulsion of the diplomats" is SANCTION as "expelled the diplomats" is
    (while "the expulsion of migrants" stays a deportation), "the withdrawal of
    the inspectors" SANCTION, "the lifting of the curfew" CONCEDE.
    """
    verb = event_lexicon.NOMINALISATIONS.get(noun.lemma_.lower())
    of = event_syntax.prep_object(noun, frozenset({"of"}))
    if verb is None or of is None:
        return sense
    klass = _object_class(of)
    if klass is None:
        return sense
    return event_lexicon.VERB_OBJECT.get((verb, klass), sense)


#: Verbs of going somewhere: "return to Geneva for talks", "headed to Cairo for a visit".
_TRAVEL_VERBS = frozenset({"return", "go", "come", "travel", "fly", "head", "arrive", "leave"})


def _unknown_verb_nouns(doc: Doc, cands: list[_Cand]) -> list[_Cand]:
    """In a sentence where nothing fired, an event noun governed by a verb the lexicon does not know.

    "Jordan and Syria inked a trade pact", "the two leaders wrapped up talks",
    "the premier arrived in Jakarta for a visit":
    the verb is one no list has (inked, wrapped up), but its object names the
    event, as under a light verb. Used only where the sentence has no other
    event, so a known verb always wins; a general fallback for unseen verbs,
    not a list of them.
    """
    busy = {c.head.sent.start for c in cands}
    out: list[_Cand] = []
    tags, ent_types = token_pos(doc), token_ent_types(doc)  # a Token only for a noun
    for sent in doc.sents:
        if sent.start in busy:
            continue
        for i in range(sent.start, sent.end):
            if tags[i] not in {"NOUN", "PROPN"} or ent_types[i] in _TIME_ENTITIES:
                continue
            key = _noun_key_at(doc, i)
            sense = event_lexicon.NOUNS.get(key)
            if sense is None:
                continue  # no event noun: each test below ends in "continue" for it (no Token made)
            tok = doc[i]
            verb = tok.head
            anchor = tok
            span = verb.head if anchor.dep_ == "pobj" and verb.lower_ == "of" else None
            if span is not None and span.lemma_.lower() in _SPAN_NOUNS and span.dep_ == "pobj":
                anchor, verb = span, span.head  # "for a new round of talks"
            travelled = anchor.dep_ == "pobj" and verb.lower_ in {"for", "on", "to"}
            if travelled and verb.head.lemma_.lower() not in event_lexicon.TRAVEL_VERBS:
                # round 36: "dug deeper *for more talk*", "saved *for a visit*": only a verb that
                # brings someone to the event (motion, gathering, sending) makes it the event
                continue
            if travelled:
                # "arrived in Jakarta for talks", "came on a state visit", "invited them to talks"
                verb = verb.head
            elif tok.dep_ == "nsubj" and verb.lemma_.lower() in _ASPECT_VERBS:
                pass  # "talks between the two governments began in Geneva": the event begins
            elif anchor.dep_ not in {"dobj", "nsubjpass"}:
                continue
            if sense is None or verb.pos_ != "VERB":
                continue
            lemma = verb.lemma_.lower()
            if (
                lemma in event_lexicon.REPORTING
                or lemma in event_lexicon.UNPERFORMED_VERBS  # "avoided extradition": no extradition
                # a known verb that did not fire is no event, save one of travel ("return to
                # Geneva for talks": the return is the way to the meeting, not a withdrawal)
                or (verb_lemma(verb) in _lexicon_verbs() and not (travelled and lemma in _TRAVEL_VERBS))
            ):
                continue
            prt = [c for c in verb.children if c.dep_ == "prt"]
            out.append(_Cand("light", tok, verb, [verb, *prt, tok], sense.type, sense.mode, key))
            break
    return out


#: Word classes of a noun phrase read off the word order (a headline's subject or object).
_PHRASE_POS = frozenset({"NOUN", "PROPN", "NUM", "ADJ", "DET"})


def _verbless_verbs(doc: Doc, cands: list[_Cand]) -> list[_Cand]:
    """In a sentence parsed without a verb at its root, a lexicon verb the small model misread.

    "Protesters torch police station in Kisii", "Court sentences activist to 10 years",
    "the Afghan army retook Dawlat Abad district": headlines and rare past forms come out as
    one long noun compound; "Israeli artillery fired shells at the town" as a noun "shells"
    modified by "fired". A word right after a noun whose form is a form of a lexicon verb
    (the form itself, an "-s" present, a prefixed irregular past) is then the verb, its
    subject the words before it and its object the words after it, up to a preposition.
    Used only where the sentence has no event, so a parse with a verb at its root always wins.
    """
    busy = {c.head.sent.start for c in cands}
    known = _lexicon_verbs()
    out: list[_Cand] = []
    for sent in doc.sents:
        if sent.start in busy or sent.root.pos_ in {"VERB", "AUX"}:
            continue
        resultative = _resultative_root(sent.root, known)
        if resultative is not None:
            out.append(resultative)
            continue
        for tok in sent[1:-1]:
            prev, nxt = doc[tok.i - 1], doc[tok.i + 1]
            if prev.pos_ not in {"NOUN", "PROPN"}:
                continue
            if tok.pos_ not in {"NOUN", "PROPN"} and not (tok.pos_ == "VERB" and _misparsed_main_verb(tok)):
                continue
            if nxt.pos_ not in _PHRASE_POS:
                continue
            lemma = verb_lemma(tok) if tok.pos_ == "VERB" else _verb_form_lemma(tok.lower_, known)
            sense = event_lexicon.VERBS.get(lemma) if lemma else None
            if sense is None or lemma is None:
                continue
            out.append(
                _Cand("verbless", tok, tok, [tok], sense.type, sense.mode, lemma, actor=prev, target=nxt)
            )
            break
    return out


#: Result adjectives of "V dead" ("shot dead", "beaten unconscious", "hacked dead").
_RESULT_ADJECTIVES = frozenset({"dead", "unconscious"})


def _resultative_root(root: Token, known: frozenset[str]) -> _Cand | None:
    """ "Gunmen on a motorbike shot dead a journalist": the small model reads "shot" as a noun
    (of "on a motorbike shot") and makes "dead" the root, with the gunmen as its subject and the
    journalist as its object. The verb is the word before the result adjective; its subject and
    object are the adjective's."""
    if root.pos_ != "ADJ" or root.lower_ not in _RESULT_ADJECTIVES or root.i == 0:
        return None
    verb = root.doc[root.i - 1]
    lemma = _verb_form_lemma(verb.lower_, known) or _IRREGULAR_PAST.get(verb.lower_)
    sense = event_lexicon.VERBS.get(lemma) if lemma else None
    subj, obj = event_syntax.child(root, "nsubj"), event_syntax.child(root, "dobj")
    if sense is None or lemma is None or subj is None or obj is None:
        return None
    return _Cand("verbless", verb, verb, [verb], sense.type, sense.mode, lemma, actor=subj, target=obj)


def _verb_form_lemma(form: str, known: frozenset[str]) -> str | None:
    """The lexicon verb a word form is a form of ("torch", "sentences" → "sentence", "retook"), or None."""
    if form in known:
        return form
    irregular = _prefixed_irregular(form, known)
    if irregular is not None:
        return irregular
    for ending in ("es", "s"):
        if form.endswith(ending) and form[: -len(ending)] in known:
            return form[: -len(ending)]
    return None


def _ordered_party(ctx: ExtractContext, tok: Token | None, before: bool) -> tuple[str | None, str | None]:
    """Entity id and text of the noun phrase that ends at *tok* (``before``) or starts at it: the
    words of the phrase classes next to a verb read off the word order (:func:`_verbless_verbs`)."""
    if tok is None:
        return None, None
    sent = tok.sent
    start = end = tok.i
    step = -1 if before else 1
    while sent.start <= start + step < sent.end and before and tok.doc[start + step].pos_ in _PHRASE_POS:
        start += step
    while sent.start <= end + step < sent.end and not before and tok.doc[end + step].pos_ in _PHRASE_POS:
        end += step
    span = tok.doc[start : end + 1]
    entity = ctx.entities.at(span.start_char, span.end_char)
    return (entity.id if entity is not None else None), span.text


def _reported_refusal_to_let(
    tok: Token, lemma: str, subj: Token | None, first: bool, neg: bool, obl: bool
) -> bool:
    """ "The junta will not allow foreign reporters in, a spokesman said": people or a body named
    by a noun or a name (:func:`_refusing_party`) refusing to let someone in or something
    happen refuses (PLOVER REJECT), as "refused to allow" does. The speaker's own "we will not
    allow" and "will not tolerate" (no letting verb) warn of what follows (THREATEN), as do "no
    march would be allowed" (no subject who refuses), a pronoun subject ("it would not allow")
    and a thing that cannot refuse ("heavy rain would not permit the march") (round 32)."""
    return (
        lemma in _LETTING_VERBS
        and neg
        and not first
        and not obl
        and subj is not None
        and subj.dep_ != "nsubjpass"
        and _refusing_party(subj)
    )


def _refusing_party(subj: Token) -> bool:
    """Whether *subj* names people or a body that can refuse: a name the tagger calls a
    person's, a body's, a state's or a people's, or a common noun for people, forces or bodies
    (:func:`_people`, the group and official nouns, the entities' organisation nouns: "the
    junta", "the council"), not rain or a storm."""
    core = event_syntax.core_noun(subj)
    if core.ent_type_ in {"PERSON", "ORG", "GPE", "NORP"}:
        return True
    lemma = core.lemma_.lower()
    return core.pos_ == "NOUN" and (
        _people(core)
        or lemma in event_lexicon.GROUP_NOUNS | event_lexicon.OFFICIAL_NOUNS | _ORDERING_BODIES
        or lemma in entity_words.ORGANISATION_NOUNS
    )


def _governing_verb(tok: Token) -> Token:
    cur = tok
    for _ in range(6):
        if cur.pos_ in {"VERB", "AUX"} or cur.head.i == cur.i:
            return cur
        cur = cur.head
    return cur


# -- modal clauses in quotes and reported speech -----------------------------
def _modal_trigger(tok: Token, quote: Quote | None) -> _Cand | None:
    """A DEMAND or THREATEN read from a modal clause in a quote or under a reporting verb."""
    if tok.pos_ not in {"VERB", "AUX"}:
        return None
    lowers = event_syntax.aux_lowers(tok)  # read once for both tests
    fut, obl = event_syntax.is_future(tok, lowers), event_syntax.has_obligation(tok, lowers)
    order = quote is not None and tok.dep_ == "ROOT" and tok.tag_ == "VB"
    warned = False
    if not (fut or obl or order):
        if not _penalty_warned(tok):
            return None  # neither a modal clause nor an order (the cheap tests first: most verbs stop here)
        fut = warned = True  # "anyone who … faces prosecution, the ministry warned": as "will face"
    rep = event_syntax.reporting_ancestor(tok)
    if quote is None and rep is None and not warned:
        return None
    lemma = tok.lemma_.lower()
    subj = event_syntax.grammatical_subject(tok)
    obj = event_syntax.child(tok, "dobj")
    auxes = [
        c
        for c in tok.children
        if c.dep_ == "aux" and c.lower_ in event_lexicon.FUTURE_MODALS | event_lexicon.OBLIGATION_MODALS
    ]
    neg = event_syntax.is_negated(tok)
    first = subj is not None and subj.lower_ in event_lexicon.FIRST_PERSON
    if event_syntax.is_purpose(tok):
        return None
    if (
        order
        and subj is None
        and not auxes
        and tok.i == tok.sent.start + sum(1 for t in tok.sent if t.is_punct and t.i < tok.i)
    ):
        return _Cand("modal", tok, tok, [tok], "DEMAND", None, lemma)  # an order: "Do whatever it takes"
    if not (fut or obl):
        return None
    own = event_lexicon.VERBS.get(lemma)
    penalty = _faced_penalty(tok, obj)
    forceful = (
        penalty
        or lemma in event_lexicon.THREAT_PREDICATES
        or (own is not None and own.type in {"COERCE", "ASSAULT", "FIGHT"})
    )
    response = obj is not None and obj.lemma_.lower() in event_lexicon.RESPONSE_NOUNS
    tokens = [*auxes, tok] + ([obj] if response and obj is not None else [])  # response: obj is there
    mode = _act_threat_mode(tok) or (event_lexicon.THREAT_MODES.get(own.type) if own else "restrict")
    if (
        penalty
        and obj is not None
        and event_syntax.core_noun(obj).lemma_.lower() in event_lexicon.PENALTY_NOUNS
    ):
        # "will face prosecution": a penalty noun names the mode ("the full force of the law" none)
        mode = _object_threat_mode(obj) or mode
    if lemma in event_lexicon.PERMISSIVE:
        # "no rally would be allowed": a "no" on what is (not) allowed negates as "not" does
        banned = subj is not None and any(c.dep_ == "det" and c.lower_ == "no" for c in subj.children)
        if not (neg or banned):
            return None
        neg_tok = event_syntax.child(tok, "neg")
        tokens = sorted([*tokens, *([neg_tok] if neg_tok is not None else [])], key=lambda t: t.i)
        if _reported_refusal_to_let(tok, lemma, subj, first, neg, obl):
            return _Cand("modal", tok, tok, tokens, "REJECT", None, lemma)
        if first or not obl:
            target = obj or _complement_subject(tok)
            return _Cand("modal", tok, tok, tokens, "THREATEN", "restrict", lemma, target=target)
        return _Cand("modal", tok, tok, tokens, "DEMAND", None, lemma, target=subj)
    if (forceful or response) and not neg:
        if event_syntax.is_passive(tok):
            return _Cand("modal", tok, tok, tokens, "THREATEN", mode, lemma, target=subj)
        if penalty:  # "protesters will face prosecution": who faces it is threatened
            return _Cand(
                "modal", tok, tok, [*tokens, *([obj] if obj else [])], "THREATEN", mode, lemma, target=subj
            )
        if first or fut:
            target = event_syntax.clause_object(tok)
            if response and obj is not None:
                target = event_syntax.prep_object(obj, frozenset({"to", "against"})) or target
            return _Cand("modal", tok, tok, tokens, "THREATEN", mode, lemma, target=target)
    expletive = subj is not None and subj.lower_ == "it" and lemma == "be"
    if (
        obl
        and not _circumstantial_have_to(tok, auxes)
        and subj is not None
        and not first
        and not expletive
        and subj.lower_ not in {"there", "this", "that"}
    ):
        return _Cand("modal", tok, tok, tokens, "DEMAND", None, lemma, target=subj)
    return None


def _circumstantial_have_to(tok: Token, auxes: list[Token]) -> bool:
    """ "pupils have to walk five kilometres", "we will have to take steps": an obligation read only
    from "have to" (no must, should or ought on the verb) tells what circumstance imposes, no demand
    a speaker makes on anyone (round 40, from the labelled VOA train events: the 9 DEMANDs it removes
    there name no demand)."""
    if tok.dep_ != "xcomp" or tok.head.lemma_.lower() != "have":
        return False
    return not any(a.lower_ in event_lexicon.OBLIGATION_MODALS for a in auxes)


def _strives_to(tok: Token) -> bool:
    """ "is seeking to finish the terminal", "have sought to reassure investors": a verb of striving
    with an infinitive names the subject's aim (round 40); a legal filing that "seeks to stop the
    transfers" still asks a court for it."""
    if not any(c.dep_ == "xcomp" and c.pos_ in {"VERB", "AUX"} for c in tok.children):
        return False
    subj = event_syntax.grammatical_subject(tok)
    return subj is None or subj.lemma_.lower() not in event_lexicon.FILING_NOUNS


#: Verbs of having a penalty ahead: "will face prosecution", "risk arrest", "will feel the full
#: rigour of the law".
_FACING_VERBS = frozenset({"face", "risk", "feel"})


def _faced_penalty(verb: Token, obj: Token | None) -> bool:
    """ "Anyone who blocks roads will *face the full force of the law*": a penalty announced for
    someone is a threat of it (PLOVER THREATEN), though "face" is no act of its own.

    Whatever "of the law" one faces is its penalty (round 21): "the full weight", "the rigour",
    "the wrath of the law" as "the full force" (one "of" below the object, a bounded look)."""
    if obj is None or verb.lemma_.lower() not in _FACING_VERBS:
        return False
    noun = event_syntax.core_noun(obj)
    of = event_syntax.prep_object(noun, frozenset({"of"}))
    if noun.lemma_.lower() in event_lexicon.PENALTY_NOUNS or (of is not None and of.lemma_.lower() == "law"):
        return True
    return verb.lemma_.lower() != "feel" and noun.lemma_.lower() == "force" and of is not None


#: Verbs that announce a penalty to someone: what the warned face is a threat, not an act done.
_WARNING_VERBS = frozenset({"warn", "caution", "threaten"})


def _penalty_warned(verb: Token) -> bool:
    """A penalty faced in the present tense, announced: "anyone who blocks a road *faces* arrest",
    "organisers *face* prosecution, the ministry warned" threaten it as "will face" does (PLOVER
    THREATEN). Only where a warning verb reports it, or its subject is whoever does something; a
    plain "five activists face charges" is the charge itself."""
    if verb.lemma_.lower() not in _FACING_VERBS or verb.tag_ not in {"VBZ", "VBP"}:
        return False
    if not _faced_penalty(verb, event_syntax.child(verb, "dobj")):
        return False
    if verb.dep_ in {"ccomp", "parataxis"} and verb.head.lemma_.lower() in _WARNING_VERBS:
        return True  # "…, the ministry warned"
    subj = event_syntax.grammatical_subject(verb)
    generic = subj is not None and subj.lower_ in _WHOEVER | {"those"}
    return generic and event_syntax.reporting_ancestor(verb) is not None


def _complement_subject(tok: Token) -> Token | None:
    for c in tok.children:
        if c.dep_ in {"ccomp", "xcomp"}:
            subj = event_syntax.child(c, "nsubj", "nsubjpass")
            if subj is not None:
                return subj
    return None


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
    if names_weapons(" ".join(t.text for t in target.subtree)) and _owner_of(target, c.head) is None:
        # "destroyed an IED factory": weapons taken out of use, owned by no one named, stay
        # (ACLED reads them); "seized weapons *from the armed groups*" targets the groups
        return False
    # the head noun itself, not its compound: "the *family* homes" are homes
    return not lexicons.is_person_noun(event_syntax.core_noun(target).lemma_)


def _owner_of_thing(c: _Cand) -> Token | None:
    """Whose thing a coercive act took or closed, the dev coders' target: "confiscated weapons
    *from Palestinian armed groups*", "set fire to the offices of *the administrators*"."""
    assert c.target is not None
    return _owner_of(c.target, c.head)


def _owner_of(thing: Token, verb: Token) -> Token | None:
    """The party a thing belongs to or was taken from; the parser may hang "from the
    militiamen" on the last of several things ("rifles and grenades *from* …")."""
    for part in (thing, *thing.conjuncts):
        owner = event_syntax.party_in(part)
        if owner is not None:
            return owner
        source = event_syntax.prep_object(part, frozenset({"from"}))
        if source is not None and _people(source):
            return source
    return _party_from(verb)


def _party_from(verb: Token) -> Token | None:
    """The party a thing was taken from: "seized weapons *from the rebels*"."""
    found = event_syntax.prep_object(verb, frozenset({"from"}))
    return found if found is not None and (event_syntax.is_party(found) or _people(found)) else None


def _dative_party(verb: Token) -> Token | None:
    """The one a light verb's act is given to: "gave *Haiti* aid", or the object of the "to" the
    parser labels dative ("granted recognition *to the new state*"), never the "to" itself."""
    dative = event_syntax.child(verb, "dative")
    if dative is not None and dative.pos_ == "ADP":
        return event_syntax.child(dative, "pobj")
    return dative


def _nominal_complement_party(noun: Token) -> Token | None:
    """The party of the act a speech-act noun's infinitive names: "Baghdad's refusal *to pay
    Kurdish civil servants*", as "refused to pay *them*" is directed at them."""
    for comp in noun.children:
        if comp.dep_ in {"acl", "xcomp"} and comp.pos_ == "VERB" and child_is_to(comp):
            obj = event_syntax.child(comp, "dobj") or event_syntax.child(comp, "dative")
            if obj is not None and event_syntax.is_party(obj):
                return obj
    return None


def child_is_to(verb: Token) -> bool:
    """Whether *verb* is an infinitive marked by "to"."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


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


def _counterpart(tok: Token) -> bool:
    """Whether *tok* is the party an act is done "with": people or forces named by what they
    are ("met *with the attorney general*", "patrols *with African Union forces*", "worked *with
    Romanian investigators*"), whom a relation act involves as a name would be."""
    if tok.dep_ != "pobj" or tok.head.lower_ != "with":
        return False
    return _people(tok)


def _people(tok: Token) -> bool:
    """Whether a common noun names people or forces by what they are ("investigators",
    "militiamen", "African Union forces"), parties though no name or group list has them."""
    head = event_syntax.core_noun(tok)
    if head.pos_ != "NOUN":
        return False
    return lexicons.is_person_noun(head.lemma_) or actor_kind(head.lower_) is not None


#: Pronouns that stand for a person or a party.
_PERSONAL_PRONOUNS = frozenset({"him", "her", "them", "us", "me", "you", "he", "she", "they", "we"})


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


def _doer_of(noun: Token) -> Token | None:
    """Who did the act a noun names: its "by" agent ("the killing of X *by soldiers*"), the
    agent of a participle on it ("crimes *committed by Croat forces*"), its possessor
    ("*Serbia's* suppression"), or a nationality or state modifying it ("*Israeli* air raids")."""
    agent = event_syntax.prep_object(noun, frozenset({"by"}))
    if agent is not None:
        return agent
    for ch in noun.children:
        if ch.dep_ == "acl" and ch.tag_ == "VBN":
            agent = event_syntax.prep_object(ch, frozenset({"by"}))
            if agent is not None:
                return agent
        if ch.dep_ == "poss" and ch.lower_ not in event_lexicon.PRONOUNS and not event_syntax.is_time(ch):
            return ch  # "Tuesday's vote": a date owns nothing
    for ch in noun.children:
        if ch.dep_ in {"amod", "compound"} and ch.i < noun.i and ch.ent_type_ in {"NORP", "GPE", "ORG"}:
            return ch
    return None


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


def _issuer(verb: Token) -> Token | None:
    """Who speaks through a text that a participle describes: "the Parliament adopted *a
    resolution condemning* the executions" (the resolution is no party; who adopted it is)."""
    noun = verb.head
    if verb.dep_ != "acl" or verb.tag_ != "VBG" or noun.dep_ != "dobj" or event_syntax.is_party(noun):
        return None
    subj = event_syntax.child(noun.head, "nsubj")
    return subj if subj is not None and subj.pos_ in {"NOUN", "PROPN"} else None


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


#: Light verbs that put someone under an event: "placed under arrest", "taken into custody".
_PLACING_VERBS = frozenset({"put", "place", "hold", "keep", "take", "bring", "subject"})


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
    return None


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
        kind = actor_kind(" ".join(t.text for t in event_syntax.core_noun(actor).subtree))
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
#: Authorities that coerce by order without being state forces.
_ORDERING_BODIES = frozenset(
    {"court", "judge", "tribunal", "ministry", "minister", "governor", "mayor", "regulator", "authority"}
)


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


def _kind_of(tok: Token) -> str | None:
    """ACLED's actor kind of the phrase headed by *tok* (see :func:`actor_kind`)."""
    return actor_kind(" ".join(t.text for t in event_syntax.core_noun(tok).subtree))


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


def _state_party(tok: Token | None) -> bool:
    """The police or other state forces: what civilians clash with in a riot."""
    return tok is not None and _kind_of(tok) == "state"


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


def _two_sided(tok: Token | None) -> bool:
    """An actor of two or more sides: "Israel and Syria", "Indian and Pakistani diplomats"."""
    if tok is None:
        return False
    core = event_syntax.core_noun(tok)
    return any(t.dep_ == "conj" for t in core.subtree if t.i != core.i) or any(
        t.lower_ in {"both", "two", "three"} for t in core.children
    )


def _meeting_place(c: _Cand) -> Token | None:
    """Where a meeting is held: the place of its "in …" phrase, on the noun or its verb, or on
    the meeting noun a verb takes ("resumed *talks in Brussels*", "met for *talks in Istanbul*"),
    where the parser hangs it."""
    parts = [c.head, c.verb]
    meeting = event_syntax.child(c.verb, "dobj") or event_syntax.prep_object(c.verb, frozenset({"for"}))
    if meeting is not None and _is_event_noun(meeting):
        parts.append(meeting)
    for part in parts:
        place = event_syntax.prep_object(part, frozenset({"in", "at"}))
        if place is not None and place.ent_type_ in {"GPE", "LOC", "FAC"}:
            return place
    return None


#: Gatherings of many parties: PLOVER's CONSULT ``multilateral`` mode.
_MULTILATERAL_NOUNS = frozenset({"summit", "conference", "forum", "assembly", "congress"})


def _multilateral(c: _Cand) -> bool:
    """A meeting that is a summit or conference ("met in New Delhi for a two-day summit",
    "held a regional conference"): the trigger's own noun or the one it is for or at."""
    nouns = [t for t in c.tokens if t.pos_ in {"NOUN", "PROPN"}]
    nouns += [o for o in (event_syntax.prep_object(c.verb, frozenset({"for", "at"})),) if o is not None]
    if any(n.lemma_.lower() in _MULTILATERAL_NOUNS for n in nouns):
        return True
    if _members_of_body(c.actor):
        return True
    # a meeting *of* an organisation ("a session of the Organisation of Islamic Cooperation"):
    # the codebook's multilateral context, "typically an alliance or IGO"
    meetings = [*nouns, *(o for o in (event_syntax.child(c.head, "dobj"),) if o is not None)]
    for noun in meetings:
        if noun.lemma_.lower() in event_lexicon.OBJECT_CLASSES["meeting"]:
            owner = event_syntax.prep_object(noun, frozenset({"of"}))
            if owner is not None and owner.ent_type_ == "ORG":
                return True
    return False


#: Who sits for an organisation: "*leaders* of the Southern African Development Community".
_MEMBER_NOUNS = frozenset(
    {"leader", "minister", "member", "head", "envoy", "delegate", "representative", "chief", "official"}
)


def _members_of_body(actor: Token | None) -> bool:
    """Whether the actor is the members of a named organisation ("leaders *of the African
    Union*", "foreign ministers of ASEAN"): when they meet, the organisation meets, the
    codebook's multilateral setting ("typically an alliance or IGO")."""
    if actor is None:
        return False
    core = event_syntax.core_noun(actor)
    if core.lemma_.lower() not in _MEMBER_NOUNS or core.tag_ not in {"NNS", "NNPS"}:
        return False
    body = event_syntax.prep_object(core, frozenset({"of"}))
    return body is not None and body.ent_type_ == "ORG"


def _refine_consult(c: _Cand) -> None:
    """A consultation's mode from who meets where (PLOVER's CONSULT modes).

    Two sides named together meeting "in Geneva" meet at a third location
    (``third-party``); one side meeting another ("met with X", "held talks
    with X") is a visit (``visit``), the codebook's mode for a meeting between
    two parties where no other is stated. Modes the trigger gives (host,
    phone, summit) stay.
    """
    if c.type != "CONSULT" or c.mode is not None or c.lemma in {"mediate", "mediation"}:
        return
    if _multilateral(c):
        c.mode = "multilateral"
    elif _two_sided(c.actor) and _meeting_place(c) is not None:
        c.mode = "third-party"
    elif c.target is not None and event_syntax.is_party(c.target):
        c.mode = _whose_ground(c) or "visit"


#: Verbs of a third party bringing others to the table: "brokered talks between …".
#: (Hosting is the codebook's own mode, ``host``, and stays with the host verb.)
_MEDIATING_VERBS = frozenset({"broker", "facilitate", "mediate", "sponsor", "arrange"})


def _mediated_talks(c: _Cand) -> None:
    """Talks "between" two sides that a third brokers, facilitates or hosts are PLOVER's CONSULT
    ``third-party``, the mediator its actor: "Switzerland brokered negotiations between the
    government and the rebels" (the sides talking are not who acts)."""
    if c.type != "CONSULT" or c.kind != "noun" or c.head.dep_ != "dobj":
        return
    verb = c.head.head
    between = event_syntax.prep_object(c.head, frozenset({"between"}))
    mediator = event_syntax.clause_subject(verb)
    if verb.lemma_.lower() not in _MEDIATING_VERBS or between is None or mediator is None:
        return
    c.mode, c.actor, c.target = "third-party", mediator, between


def _whose_ground(c: _Cand) -> str | None:
    """Whose country a two-party meeting is held in, when its place and both parties' countries
    are named: the actor's ("Egypt's foreign minister held talks with his Algerian counterpart
    *in Cairo*") is ``host``, the target's ``visit``, a third one ("Algerian officials consulted
    Moroccan diplomats *in Madrid*") ``third-party``, the codebook's three settings."""
    if c.actor is None or c.target is None:
        return None
    place = _place_nearby(c)
    if place is None:
        return None
    where = _country_of_place(place)
    own, other = _country_of_party(c.actor), _country_of_party(c.target)
    if where is None or own is None or other is None or own == other:
        return None
    if where == own:
        return "host"
    return "visit" if where == other else "third-party"


def _place_nearby(c: _Cand) -> Token | None:
    """A meeting's place the parser hung elsewhere: on the one met ("his counterpart *in
    Cairo*") or on the meeting noun of a "during" phrase ("during a meeting *in Madrid*")."""
    holders = [c.head, c.verb]
    if c.target is not None:
        holders.append(c.target)
    during = event_syntax.prep_object(c.verb, frozenset({"during", "at"}))
    if during is not None:
        holders.append(during)
    for holder in holders:
        place = event_syntax.prep_object(holder, frozenset({"in", "at"}))
        # the small model tags capitals unevenly ("in Tunis" as a people): a proper name will do
        if place is not None and (place.ent_type_ in {"GPE", "LOC", "FAC"} or place.pos_ == "PROPN"):
            return place
    return None


def _country_of_place(place: Token) -> str | None:
    """The country of a named place: itself, or the most populous town of that name."""
    from tally.resources.gazetteer import load_gazetteer

    name = " ".join(t.text for t in place.subtree if t.ent_type_ in {"GPE", "LOC", "FAC"}) or place.text
    entries = load_gazetteer().lookup(name)
    best = max(entries, key=lambda e: (e.kind == "country", e.capital, e.population), default=None)
    return best.country if best is not None else None


def _country_of_party(party: Token) -> str | None:
    """The country a party's phrase names: "*Egypt's* foreign minister", "his *Algerian*
    counterpart", "*Cairo*" (a capital speaks for its state)."""
    from tally.resources.gazetteer import load_gazetteer

    gaz = load_gazetteer()
    for tok in event_syntax.core_noun(party).subtree:
        if tok.pos_ not in {"PROPN", "ADJ"} and not tok.ent_type_:
            continue
        entry = gaz.demonym(tok.text)  # "Algerian", "Ugandan" (tagged a people, an org or none)
        if entry is not None:
            return entry.country
        if tok.ent_type_ == "GPE":
            return _country_of_place(tok)
    return None


def _positions_taken(c: _Cand) -> None:
    """Forces that "took up positions" around a place are deployed there (MOBILIZE), not taking
    ground from an enemy: the particle "up" with "positions" names a deployment."""
    if c.lemma != "take" or c.target is None or c.type != "FIGHT":
        return
    if event_syntax.core_noun(c.target).lemma_.lower() != "position":
        return
    if any(ch.dep_ == "prt" and ch.lower_ == "up" for ch in c.head.children):
        c.type, c.mode, c.target = "MOBILIZE", "troops", None


#: Verbs that stop a body or a measure: disbanding or suspending one's own force eases repression.
_LIFTING_VERBS = frozenset({"disband", "suspend", "dissolve"})


def _own_coercion_lifted(c: _Cand) -> None:
    """A government that disbands or suspends its own police unit concedes (PLOVER CONCEDE: the
    codebook's easing of repression), where rebels disbanding their units demobilise (RETREAT)
    and a suspended party or aid is a ban or a sanction: "the interior minister disbanded the
    riot police unit", "the president suspended the morality police"."""
    if c.lemma not in _LIFTING_VERBS or c.kind not in {"verb", "object"} or c.type == "CONCEDE":
        return
    obj = event_syntax.child(c.head, "dobj", "nsubjpass")
    if obj is None or _kind_of(obj) != "state" or _object_class(obj) not in {"forces", "security"}:
        return  # "suspended military aid": aid, not a force, is what is stopped
    if c.actor is not None and _kind_of(c.actor) == "armed":
        return
    c.type, c.mode, c.target = "CONCEDE", None, None


def _refine_mobilize(c: _Cand) -> None:
    """Police or security units mobilised are PLOVER's ``police`` mode, armies ``troops``."""
    if c.type != "MOBILIZE":
        return
    words = {t.lemma_.lower() for t in c.tokens}
    for arg in (c.actor, c.target):
        if arg is not None:
            if _army_head(arg):
                return  # "6,000 National Guard *troops*": the head says soldiers, whoever's they are
            words.update(t.lemma_.lower() for t in arg.subtree)
    if words & event_lexicon.OBJECT_CLASSES["security"]:
        c.mode = "police"


#: Heads of forces that say nothing of which kind: "security *forces*", "police *units*".
_GENERIC_FORCE_HEADS = frozenset({"force", "unit", "personnel", "officer", "reinforcement", "guard"})


def _army_head(arg: Token) -> bool:
    """Whether a party's head noun names soldiers ("National Guard *troops*", "riot-police
    *soldiers*"): a compound before it names whose they are, not that they are police."""
    head = event_syntax.core_noun(arg).lemma_.lower()
    forces = event_lexicon.OBJECT_CLASSES["forces"]
    return head in forces and head not in event_lexicon.OBJECT_CLASSES["security"] | _GENERIC_FORCE_HEADS


#: Possessives that make the forces moved the mover's own: "withdrew *its* forces".
_OWN_POSSESSIVES = frozenset({"its", "their", "his", "her", "our"})


def _own_forces(c: _Cand) -> bool:
    """Whether the event's target is the force the actor itself moves: troops deployed, sent
    or stationed (MOBILIZE), or "its forces" pulled back (RETREAT)."""
    if c.target is None or c.type not in {"MOBILIZE", "RETREAT"}:
        return False
    if _object_class(c.target) not in {"forces", "security"}:
        return False
    if _counterpart(c.target):
        return False  # "patrols *with African Union forces*": the partner's forces, not one's own
    if c.type == "MOBILIZE":
        return True
    # a release frees captured soldiers (their target); a withdrawal moves one's own
    own = any(ch.dep_ == "poss" and ch.lower_ in _OWN_POSSESSIVES for ch in c.target.children)
    return own or c.lemma in event_lexicon.WITHDRAW_WORDS


#: Prepositions of where forces are moved from, to or kept: "withdrew its forces *from Congo*".
_FORCE_PLACE_PREPS = frozenset({"in", "from", "into", "to", "inside", "out"})


def _refine_own_forces(c: _Cand) -> None:
    """The forces an actor moves are its means, not the one acted upon: "Serbia sent *troops*
    to the border", "troops were deployed by the army". The target is the party faced
    ("massed troops *against* …"), else the country or region the forces are moved from, to or
    kept in, as PLOVER's coders name it ("strengthened its forces *in Lebanon*", "the
    withdrawal of forces *from Panama*"), else none."""
    if not _own_forces(c) or c.target is None:
        return
    forces = c.target
    faced = event_syntax.prep_object(c.head, frozenset({"against", "toward", "towards"}))
    if faced is not None and event_syntax.is_party(faced):
        c.target = faced
        return
    c.target = None
    for part in (forces, c.head):
        place = event_syntax.prep_object(part, _FORCE_PLACE_PREPS | {"near", "along", "on", "at"})
        if place is None:
            continue
        if place.ent_type_ in {"GPE", "LOC"} or _gazetteer_name(place):
            c.target = place
            return
        # "massed tanks near *the border with Ukraine*": the neighbour across the border
        across = event_syntax.prep_object(place, frozenset({"with"}))
        if (
            place.lemma_.lower() in {"border", "frontier"}
            and across is not None
            and event_syntax.is_party(across)
        ):
            c.target = across
            return


#: Nouns of a frontier whose "with" party is the neighbour across it.
_BORDER_NOUNS = frozenset({"border", "frontier", "boundary"})


def _border_faced(c: _Cand) -> None:
    """Forces or arms massed at a frontier face the neighbour across it: "massed tanks near *the
    border with Ukraine*", "reinforced its border with *Syria*" (the target PLOVER's coders name
    for forces moved to a place, "strengthened its forces *in Lebanon*")."""
    if c.type != "MOBILIZE" or c.kind not in {"verb", "object", "phrasal"}:
        return
    obj = event_syntax.child(c.head, "dobj")
    places = [obj] if obj is not None else []
    for part in (c.head, obj):
        if part is not None:
            places += [
                found
                for ch in part.children
                if ch.dep_ == "prep" and (found := event_syntax.child(ch, "pobj")) is not None
            ]
    for place in places:
        if place.lemma_.lower() not in _BORDER_NOUNS:
            continue
        across = event_syntax.prep_object(place, frozenset({"with"}))
        if across is not None and event_syntax.is_party(across):
            c.target = across
            return


def _gazetteer_name(tok: Token) -> bool:
    """A proper name the small model tags as a person or an organisation ("sent troops to
    *Mali*", "to *Cabo Delgado*") that names a country or region in the gazetteer."""
    from tally.resources.gazetteer import load_gazetteer

    if tok.pos_ != "PROPN" or tok.ent_type_ in {"DATE", "TIME"}:
        return False
    parts = [t for t in tok.children if t.dep_ == "compound" and t.pos_ == "PROPN" and t.i < tok.i]
    name = " ".join(t.text for t in [*parts, tok])
    return any(e.kind in {"country", "admin1"} for e in load_gazetteer().lookup(name))


def _withdrawn_from(c: _Cand) -> None:
    """A side that withdraws itself ("rebels *pulled out of* the town of Bunagana", "soldiers
    withdrew *from* the streets of Santiago") retreats from that place, which PLOVER's coders
    name as the target as they do for forces withdrawn from a country."""
    if c.type != "RETREAT" or c.target is not None or c.lemma not in event_lexicon.WITHDRAW_WORDS:
        return
    if c.kind not in {"verb", "phrasal"} or event_syntax.child(c.head, "dobj") is not None:
        return
    place = event_syntax.prep_object(c.head, frozenset({"from", "of"}))
    if place is None:
        out = next((ch for ch in c.head.children if ch.lower_ == "out"), None)
        place = event_syntax.prep_object(out, frozenset({"of"})) if out is not None else None
    if place is not None and _named_place(place):
        c.target = place


def _protesters_of(c: _Cand) -> None:
    """ "Police broke up *a rally by opposition supporters*", "dispersed the students' march":
    force used on a protest is used on those protesting, whom its "by" phrase or possessor
    names (as "condemned the killing of protesters *by police*" names the doer)."""
    if c.type not in {"COERCE", "ASSAULT"} or c.target is None or c.kind == "noun":
        return
    sense = event_lexicon.NOUNS.get(_noun_key(c.target)) if c.target.pos_ == "NOUN" else None
    if sense is None or sense.type != "PROTEST":
        return
    doer = _doer_of(c.target)
    if doer is None and c.head.pos_ == "VERB" and not event_syntax.is_passive(c.head):
        # "dispersed a protest *by nurses*": the parser hangs the noun's "by" on the active verb
        doer = event_syntax.prep_object(c.head, frozenset({"by"}))
    if doer is not None and event_syntax.is_party(doer):
        c.target = doer


def _own_envoy_posted(c: _Cand) -> None:
    """ "Jordan recalled *its* ambassador *to Israel*", "withdrew their envoys from Qatar": one's
    own envoy moved is the means, the state he is posted to the target (PLOVER's coders name the
    state relations are cut with); another state's envoy expelled stays the target."""
    if c.target is None or c.type not in {"SANCTION", "CONSULT", "COOPERATE", "DISAPPROVE"}:
        return
    envoy = c.target
    own = any(ch.dep_ == "poss" and ch.lower_ in _OWN_POSSESSIVES for ch in envoy.children)
    if not own or _object_class(envoy) != "diplomats":
        return
    for holder in (envoy, c.head):
        posted = event_syntax.prep_object(holder, frozenset({"to", "from", "in"}))
        if posted is not None and (event_syntax.is_party(posted) or posted.ent_type_ in {"GPE", "NORP"}):
            c.target = posted
            return
    c.target = None


def _named_place(tok: Token) -> bool:
    """A place with a name: "Kherson", "the town *of Bunagana*", "the streets *of Santiago*"
    (not "positions around the airport": PLOVER's coders name a place or a party)."""
    if tok.ent_type_ in {"GPE", "LOC"} or tok.pos_ == "PROPN":
        return True
    of = event_syntax.prep_object(tok, frozenset({"of"}))
    return of is not None and (of.ent_type_ in {"GPE", "LOC"} or of.pos_ == "PROPN")


#: Verbs of a crowd's breaking up that coerce only with an object: "police dispersed the marchers".
_SELF_DISPERSE_VERBS = frozenset({"disperse", "scatter"})


def _crowd_left(tok: Token) -> bool:
    """A "disperse" with no object, not passive, whose subject is no state force: the crowd went
    home of itself ("the marchers dispersed peacefully"), no coercion (PLOVER COERCE is the
    state's)."""
    if event_syntax.is_passive(tok):
        return False
    subject = event_syntax.clause_subject(tok)
    return subject is None or not _state_party(subject)


#: What is dug from a mine that is a place: "the *gold* mines of Kamituga", "*jade* mines".
_MINED = frozenset(
    {"gold", "coal", "copper", "jade", "diamond", "tin", "cobalt", "coltan", "lithium", "uranium"}
    | {"silver", "iron", "ruby", "salt", "bauxite", "nickel", "zinc", "emerald", "amber", "mining"}
)
#: Prepositions of where something happens beside a place: "fought *near* the mines".
_BESIDE_PREPS = frozenset({"near", "around", "outside", "beside", "inside", "at"})


def _place_mine(tok: Token) -> bool:
    """A mine that is a place dug for ore, not a landmine: one with what it yields ("the *gold*
    mines", "a *jade* mine"), with a named place ("the mines *of Hpakant*"), or where fighting is
    told ("clashed *near* the mines"); round 22."""
    if tok.lemma_.lower() not in {"mine", "mines"}:
        return False
    if any(m.dep_ in {"compound", "amod", "nmod"} and m.lemma_.lower() in _MINED for m in tok.children):
        return True
    of = event_syntax.prep_object(tok, frozenset({"of"}))
    if of is not None and (of.ent_type_ in {"GPE", "LOC", "FAC"} or of.pos_ == "PROPN"):
        return True
    return tok.dep_ == "pobj" and tok.head.lower_ in _BESIDE_PREPS


def _refine_violence(c: _Cand) -> None:
    """Set the mode of an attack from its weapon, and make it FIGHT for military weapons."""
    if c.type not in {"ASSAULT", "FIGHT"}:
        return
    if _weapon_compound(c):
        return
    scope: list[Token] = [t for t in c.tokens]
    for ch in c.head.children:
        if ch.dep_ in {"nsubj", "nsubjpass", "agent", "prep", "advcl", "compound"}:
            scope.extend(ch.subtree)
    if c.actor is not None:
        scope.extend(c.actor.subtree)
    for t in scope:
        inst = event_lexicon.INSTRUMENTS.get(t.lemma_.lower())
        if inst is None or _place_mine(t):
            continue
        if inst.type == "FIGHT" and c.type == "ASSAULT" and c.mode in {None, "explosives"}:
            c.type, c.mode = "FIGHT", inst.mode
            return
        if c.mode is None:
            c.type, c.mode = inst.type if c.type == "ASSAULT" else c.type, inst.mode
            return
        if c.mode == "explosives" and inst.mode == "suicide-attack":
            c.mode = inst.mode  # "a suicide bomber blew himself up": the codebook's more specific mode
            return


def _plea(c: _Cand) -> None:
    """A plea in court is no appeal (round 38): "pleaded *guilty* to a charge of manslaughter" admits
    the charge (PLOVER CONCEDE), "pleaded *not guilty*", "entered a plea *of not guilty*", "pleaded
    *innocent*" reject it (REJECT); "pleaded with residents to stay indoors" stays DEMAND. The plea's
    word (``plea_words.json``) is the verb's complement or the "of" object of the light verb's
    noun "plea"."""
    if c.type != "DEMAND":
        return
    if c.kind == "verb" and c.lemma == "plead":
        words = [ch for ch in c.head.children if ch.dep_ in {"acomp", "advmod", "oprd", "dobj", "attr"}]
    elif c.kind == "light" and c.head.lemma_.lower() == "plea":
        words = [w for ch in c.head.children if ch.dep_ == "prep" and ch.lower_ == "of" for w in ch.children]
    else:
        return
    for word in words:
        plea = event_lexicon.PLEA_WORDS.get(word.lower_)
        if plea is None:
            continue
        if any(ch.dep_ == "neg" for ch in word.children) or any(ch.dep_ == "neg" for ch in c.head.children):
            plea = "REJECT" if plea == "CONCEDE" else plea
        c.type, c.mode, c.target = plea, None, None
        return


def _attacked_in_words(c: _Cand) -> None:
    """ "Mrs Haley strongly attacked Mr Trump's *proposal* to ban …", "MORE has attacked her over the
    server, *arguing* it should disqualify her": an attack on something said, proposed or decided
    (``utterance_nouns.txt``), or one told with a verb of saying or naming hung on it, is criticism
    (PLOVER DISAPPROVE), not violence (round 38; round 46 reads what is decided or agreed too, the
    patients of :func:`_doubted_thing`: "assailed the new law"). An attack with a weapon named stays
    violence, and so does one on a person, a place or a force with no such verb ("gunmen attacked the village,
    killing 11"), and one told with such a verb whose object is no person or body or whose subject
    is an armed side ("militants attacked a police post, saying it …"). What this leaves ASSAULT,
    ACLED's coding reads once more by its words (``acled._words_not_blows``: a light verb's noun,
    "launched a fierce attack on the minister, calling him …")."""
    if c.type != "ASSAULT" or c.kind != "verb" or c.lemma not in event_lexicon.VERBAL_ATTACK_VERBS:
        return
    own = event_lexicon.VERBS.get(c.lemma)
    if c.mode is not None and (own is None or c.mode != own.mode):
        return  # a mode from a weapon named ("attacked … with machetes")
    obj = event_syntax.child(c.head, "dobj")
    # something said, decided or agreed: the nouns a verb of questioning doubts (round 46: "assailed
    # the new *law*", "attacked the *deal*", as "attacked the *proposal*")
    said = obj is not None and _doubted_thing(obj)
    saying = any(
        ch.dep_ in {"advcl", "conj"}
        and ch.tag_ == "VBG"
        and (ch.lemma_.lower() in event_lexicon.REPORTING or ch.lemma_.lower() in _NAMING_VERBS)
        for ch in c.head.children
    )
    if saying and not said and not _words_target(c.head, obj):
        return  # "militants attacked a police post, saying …": blows on a place, told with a reason
    if said or saying:
        c.type, c.mode = "DISAPPROVE", None


#: Object classes of places, sites and forces: what is attacked with blows, whatever is said of it.
_STRUCK_CLASSES = ("base", "territory", "road", "forces")


def _words_target(verb: Token, obj: Token | None) -> bool:
    """Whether an attack told with a verb of saying may be one in words: it has an object, which is
    no place, site or force ("a police post", "the village", GPE/LOC/FAC names), and its subject is no
    armed side."""
    if obj is None or _armed_side(verb):
        return False
    core = event_syntax.core_noun(obj)
    if core.ent_type_ in {"GPE", "LOC", "FAC"}:
        return False
    lemma = core.lemma_.lower()
    return not any(lemma in event_lexicon.OBJECT_CLASSES[k] for k in _STRUCK_CLASSES)


def _weapon_compound(c: _Cand) -> bool:
    """ "traded *artillery* fire", "*mortar* fire", "*tank* fire": the weapon a compound names
    before the noun of firing decides the mode over the noun's own (gunfire is a gun's); a
    military weapon makes it a battle, as in :func:`_refine_violence`."""
    if c.mode != "firearms":
        return False  # other modes are the existing weapon rules' to set
    for noun in (t for t in c.tokens if t.pos_ == "NOUN"):
        for mod in noun.children:
            inst = event_lexicon.INSTRUMENTS.get(mod.lemma_.lower()) if mod.dep_ == "compound" else None
            if inst is not None and inst.type == "FIGHT" and inst.mode != c.mode:
                c.type, c.mode = "FIGHT", inst.mode
                return True
    return False


#: Verbs of weighing an act not yet taken: "considering new sanctions", "mulling a ban".
_CONTEMPLATE_VERBS = frozenset({"consider", "weigh", "mull", "contemplate", "study", "eye"})


def _contemplated(c: _Cand) -> None:
    """ "Washington is considering new sanctions against Minsk": a measure of force weighed
    aloud is a warning of it (PLOVER THREATEN with the act's mode), not one taken."""
    verb = c.head.head
    if (
        c.kind != "noun"
        or c.type not in event_lexicon.THREAT_MODES
        or c.type == "PROTEST"
        or c.head.dep_ != "dobj"
        or verb.lemma_.lower() not in _CONTEMPLATE_VERBS
    ):
        return
    c.type, c.mode = "THREATEN", event_lexicon.THREAT_MODES[c.type]
    c.actor = event_syntax.clause_subject(verb) or c.actor
    c.tokens = [verb, *c.tokens]


_ATTEMPT_NOUNS = event_syntax.ATTEMPT_NOUNS


def _attempt_threatened(c: _Cand, by_head: dict[int, _Cand]) -> _Cand | None:
    """The threat whose object is an attempt at *c*'s act ("will not tolerate / warned against
    *attempts to storm* the parliament"), or None."""
    tok = c.head
    if c.kind == "noun" or tok.dep_ != "acl" or tok.head.lemma_.lower() not in _ATTEMPT_NOUNS:
        return None
    noun = tok.head
    verb = noun.head.head if noun.dep_ == "pobj" else noun.head  # "warned *against* attempts to …"
    if noun.dep_ not in {"dobj", "pobj"}:
        return None
    threat = by_head.get(verb.i)
    return threat if threat is not None and threat is not c and threat.type == "THREATEN" else None


def _demanded_in(c: _Cand, by_head: dict[int, _Cand]) -> _Cand | None:
    """The demand whose object (or passive subject) names *c*'s act through "to"/"of" ("a halt
    *to the shelling*", "the end *of the detentions*"), or None. (Investigations and
    condemnations of a passive subject act were tried and dropped: one tune sentence fixed, one
    held sentence lost.)"""
    if c.kind != "noun":
        return None
    tok = c.head
    for _ in range(3):  # "an end to the fighting", "a halt to the shelling of towns"
        if tok.dep_ != "pobj" or tok.head.dep_ != "prep" or tok.head.lower_ not in {"to", "of"}:
            break
        tok = tok.head.head
    if tok.i == c.head.i or tok.dep_ not in {"dobj", "nsubjpass"}:
        return None
    demand = by_head.get(tok.head.i)
    return demand if demand is not None and demand is not c and demand.type == "DEMAND" else None


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
        if verb.dep_ not in {"xcomp", "ccomp"} or verb.head.i == verb.i:
            continue
        up = verb.head.head if verb.head.pos_ == "ADJ" else verb.head  # "must be ready to mediate"
        gov = by_head.get(verb.head.i) or by_head.get(up.i)
        if gov is None or gov is c or gov.type not in _ABSORBING:
            continue
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


#: Verbs that end an act of one's own: "called off / suspended / ended its strike".
_ENDING_VERBS = event_syntax.CANCEL_VERBS | {"end", "halt", "stop"}


def _protests_ended(cands: list[_Cand]) -> None:
    """Protesters who call off, suspend or end their own protest concede (PLOVER's CONCEDE
    covers "suspending protests"): "the union suspended its strike" is no SANCTION and no
    strike, but a concession by the union. Police who "ended the protest" are not conceding.
    Round 31: "called off a planned strike / a rally set for Saturday" (no "its"/"their") by its
    organisers concedes too, as the wire sets label it (wire9 and wire14 work halves +1 each, no
    held half moved); the protest, which did not happen, is no event of its own. Without
    "its"/"their" the subject must be one who could organise it (:func:`_could_organise`) and the
    noun must give the protest to no one else (:func:`_names_other_party`): "the hotel cancelled
    the rally", "rain called off the march", "the court called off the bakers' strike" concede
    nothing.
    """
    by_head = {c.head.i: c for c in cands}
    for c in cands:
        noun = c.head
        if c.type != "PROTEST" or c.kind not in {"noun", "light"} or noun.dep_ != "dobj":
            continue
        verb = noun.head
        called_off = verb.lemma_.lower() == "call" and any(
            ch.dep_ == "prt" and ch.lower_ == "off" for ch in verb.children
        )
        if verb.pos_ != "VERB" or not (called_off or verb.lemma_.lower() in _ENDING_VERBS):
            continue
        subject = event_syntax.clause_subject(verb)
        if subject is None:
            continue
        kind = actor_kind(" ".join(t.text for t in event_syntax.core_noun(subject).subtree))
        if kind in {"state", "armed"}:
            continue
        own = any(ch.dep_ == "poss" and ch.lower_ in event_lexicon.PRONOUNS for ch in noun.children)
        if not own and (not _could_organise(subject) or _names_other_party(noun, subject)):
            continue  # "the hotel cancelled the rally", "the court called off the bakers' strike"
        other = by_head.get(verb.i)
        if other is not None and other is not c:
            other.absorbed = True  # "suspended" is not a SANCTION of its own
        prt = [ch for ch in verb.children if ch.dep_ == "prt"]
        c.kind, c.verb, c.type, c.mode = "light", verb, "CONCEDE", None
        c.tokens = sorted({t.i: t for t in [verb, *prt, *c.tokens]}.values(), key=lambda t: t.i)
        c.actor, c.target = subject, None


#: Bodies that organise protests of their own: "the union called off a planned strike".
_ORGANISING_BODIES = frozenset(
    {"union", "party", "group", "movement", "coalition", "alliance", "association", "federation"}
    | {"confederation", "committee", "front", "bloc", "organisation", "organization", "network"}
    | {"syndicate", "campaign", "opposition"}
)

#: Heads of a name for a place or an institution that hosts or rules on a protest but does not
#: hold it: "the Supreme Court", "the Grand Hotel", "Riverside Stadium".
_HOSTING_HEADS = frozenset(
    {"court", "tribunal", "hotel", "university", "college", "school", "stadium", "arena", "hall"}
    | {"museum", "hospital", "church", "airport", "park", "square", "theatre", "theater", "centre"}
    | {"center"}
)

#: Pronouns that may stand for a protest's organisers ("it" may be the venue as well).
_ORGANISER_PRONOUNS = frozenset({"they", "we", "he", "she", "i"})


def _could_organise(subject: Token) -> bool:
    """Whether *subject* is someone who could have organised a protest: a person or people
    ("student leaders", "Ana Ruiz"), or a body that organises ("the union", a named
    organisation), not a venue, a court or the weather ("the hotel", "rain")."""
    core = event_syntax.core_noun(subject)
    lemma = core.lemma_.lower()
    if core.lower_ in _ORGANISER_PRONOUNS:
        return True
    if lemma in _HOSTING_HEADS:
        return False
    return _names_group(core)


def _names_group(tok: Token) -> bool:
    """Whether *tok*, a word before a protest noun, names people or a body ("student", "union")."""
    lemma = tok.lemma_.lower()
    return (
        tok.ent_type_ in {"PERSON", "ORG", "NORP"}
        or lexicons.is_person_noun(lemma)
        or lemma in _ORGANISING_BODIES
    )


def _names_other_party(noun: Token, subject: Token) -> bool:
    """Whether the protest noun gives the protest to a party other than *subject*: a possessive
    ("the bakers' strike"), a compound naming a group ("a student sit-in") or a "by" phrase
    ("a walkout planned by the crews"); one who cancels another's protest concedes nothing."""
    own = event_syntax.core_noun(subject).lemma_.lower()
    for ch in noun.children:
        if ch.dep_ == "poss" and not event_syntax.is_time(ch) and ch.lemma_.lower() != own:
            return True
        if ch.dep_ == "compound" and _names_group(ch) and ch.lemma_.lower() != own:
            return True
        if ch.dep_ in {"prep", "agent"} and ch.lower_ == "by":
            return True
        if ch.dep_ == "acl" and any(g.dep_ in {"prep", "agent"} and g.lower_ == "by" for g in ch.children):
            return True
    return False


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


def _stood_to_object(head: Token) -> bool:
    """People who stood or sat before a building *to* condemn or demand something ("lawyers stood
    outside the High Court to condemn the detention of an MP"): a demonstration, as a purpose
    participle makes one (:func:`_stood_in_protest`). Only people in numbers: "the minister stood at
    the podium to condemn the attack" is a speech, not a demonstration."""
    subject = event_syntax.clause_subject(head)
    return (
        head.lemma_.lower() in event_lexicon.PRESENCE_VERBS
        and _placed_before(head)
        and subject is not None
        and subject.tag_ in {"NNS", "NNPS"}
    )


def _gathered_to_protest(c: _Cand) -> bool:
    """ "Demonstrators gathered in Harare to protest …": the gathering is the protest, not a plan;
    so is work or trade stopped to protest ("traders shut their shops to protest the tax", a strike)."""
    head = c.verb.head.lemma_.lower()
    return c.type == "PROTEST" and (
        head in event_lexicon.GATHER_VERBS or head in _STOPPAGE_VERBS or _stood_to_object(c.verb.head)
    )


def _gathered_to_object(c: _Cand) -> None:
    """ "Supporters gathered in Lusaka to denounce the arrest …" is a demonstration.

    PLOVER's PROTEST is "rally, gather to protest a policy, action, or actor":
    a crowd that comes together to denounce, demand or reject is demonstrating,
    so the purpose clause's verbal act becomes the protest (its actor the
    gathering's subject), not a statement planned for later.
    """
    v = c.verb
    if (
        c.kind in {"verb", "phrasal"}
        and c.type in {"DISAPPROVE", "DEMAND", "REJECT"}
        and event_syntax.is_purpose(v)
        and (v.head.lemma_.lower() in event_lexicon.GATHER_VERBS or _stood_to_object(v.head))
    ):
        c.type, c.mode = "PROTEST", "demo-org"
        if c.actor is None or c.actor.i == v.i:
            c.actor = event_syntax.clause_subject(v.head)


def _force_used_to(c: _Cand) -> bool:
    """ "Police fired tear gas to disperse the crowd": the dispersal was carried out, not planned."""
    return (
        c.type == "COERCE"
        and c.verb.head.lemma_.lower() in event_lexicon.FORCE_VERBS
        and not event_syntax.is_future(c.verb.head)
    )


def _quote_at(quotes: list[Quote], start: int, spans: SpanSet | None = None) -> Quote | None:
    """The first of *quotes* holding offset *start* (*spans*: the same quotes as a :class:`SpanSet`)."""
    if spans is None:
        return next((q for q in quotes if q.start <= start < q.end), None)
    found = spans.first_containing(start)
    return quotes[found] if found is not None else None


#: Verbs whose "for"-phrase is a call: "called / appealed for protests".
_CALL_VERBS = frozenset({"call", "appeal"})


def _called_for_a_date(verb: Token, noun: Token) -> bool:
    """ "Unions called a general strike *for April 28*", "called a rally in the capital *for
    Saturday*": a protest called for a day is announced, not held; the day hangs from the verb or
    from the protest noun (their own children only)."""
    if verb_lemma(verb) not in _CALL_VERBS:
        return False
    return any(
        c.dep_ == "prep"
        and c.lower_ == "for"
        and any(o.dep_ == "pobj" and event_syntax.is_time(o) for o in c.children)
        for tok in (verb, noun)
        for c in tok.children
    )


#: Determiners that name an act already known (one that happened): "planned *the* attacks".
_DEFINITE_DETERMINERS = frozenset({"the", "this", "that", "these", "those"})


def _definite(noun: Token) -> bool:
    """Whether *noun* has a definite determiner or a possessor: an act already known ("*the*
    attack", "*its* offensive")."""
    return any(
        (ch.dep_ == "det" and ch.lower_ in _DEFINITE_DETERMINERS) or ch.dep_ == "poss" for ch in noun.children
    )


def _prepared_act(noun: Token) -> bool:
    """An event noun that is the object of a verb of preparing, with no definite determiner and no
    possessor, is an act prepared and not (yet) done: "in the final stages of preparing *an
    assault* on Jarablus", "arrested for plotting *a terrorist attack*" (round 38). "planned *the*
    attacks", "plotted *its* attack" name one known to have happened."""
    if noun.dep_ != "dobj" or noun.head.lemma_.lower() not in event_lexicon.PREPARING_VERBS:
        return False
    return not _definite(noun)


def _called_for(noun: Token) -> bool:
    """A demonstration named as what someone "called for" ("called for a second day of protests",
    "appealed for a general strike on Monday") is one asked for, not one that took place."""
    tok = noun
    for _ in range(4):
        head = tok.head
        if head.i == tok.i or tok.dep_ not in {"pobj", "prep", "dobj"}:
            return False
        if tok.dep_ == "pobj" and head.lower_ == "for":
            return head.head.lemma_.lower() in _CALL_VERBS
        if tok.dep_ == "pobj" and head.lower_ != "of":
            return False  # "of" only: "a second *day of* protests"
        tok = head
    return False


def _modality(c: _Cand, quote: Quote | None) -> None:
    """Set ``modality``, applying PLOVER's rules for future, refused and announced acts."""
    v = c.verb
    rep = quote is not None or event_syntax.reporting_ancestor(v) is not None
    if not rep:
        root = v.sent.root
        rep = event_syntax.reporting_child(root) is not None or event_syntax.according_to(v.sent)
    rep = rep or _alleged(c)
    if c.type == "THREATEN" and c.kind != "verb" or c.lemma == "threaten" or _warning_made(c):
        c.modality = "threatened"
        return
    if c.kind == "modal":
        c.modality = "reported" if rep else "asserted"
        return
    if c.kind == "noun":
        # a standalone noun's clause says nothing of its tense: "This garrison will improve …"
        if event_syntax.is_negated(c.head) or event_syntax.is_called_off(c.head.head) or _without(c.head):
            c.modality = "negated"
        elif any(
            ch.dep_ in {"amod", "compound"} and ch.lower_ in event_lexicon.PLANNED_MODIFIERS
            for ch in c.head.children
        ):
            c.modality = "planned"  # "ahead of planned protests": not one that happened
        elif c.type == "PROTEST" and _called_for(c.head):
            c.modality = "planned"  # "called for a second day of protests next week"
        elif _prepared_act(c.head):
            c.modality = "planned"  # "preparing an assault on the town" (round 38)
        elif event_syntax.is_hypothetical(c.head) or _may_happen(c.head):
            c.modality = "hypothetical"
        elif rep:
            c.modality = "reported"
        return
    noun = c.head if c.kind == "light" else None
    called_off = noun is not None and event_syntax.is_called_off(v) and c.type != "CONCEDE"
    if event_syntax.is_denied(v) or called_off:
        c.modality = "negated"  # "denied that it had shelled", "called off a rally"
        return
    if event_syntax.is_generic_condition(v):
        c.modality = "hypothetical"  # "anyone who blocks roads will be punished"
        return
    mv = _modal_bearer(v)  # "police will arrest and *charge* them": the modal is on "arrest" (round 39)
    if v.pos_ in {"VERB", "AUX"} and (
        event_syntax.conditional_clause(mv) or event_syntax.may_be_done(v) or _obliged(mv) or _asked(v)
    ):
        # "if the activist is not released", "the right to protest", "the government should release
        # them": an act that may or ought to be done, not one that was (round 39)
        c.modality = "hypothetical"
        return
    neg = event_syntax.is_negated(v) if v.pos_ in {"VERB", "AUX"} else False
    neg = neg or (noun is not None and event_syntax.is_negated(noun))
    failed = v.dep_ == "xcomp" and v.head.lemma_.lower() == "fail"
    future = v.pos_ in {"VERB", "AUX"} and event_syntax.is_future(mv)
    intent = v.dep_ == "xcomp" and v.head.lemma_.lower() in event_lexicon.INTENT
    if (
        (neg or failed)
        and c.type in event_lexicon.COOPERATIVE
        and (future or failed or event_syntax.aux_lowers(v))
    ):
        c.type, c.mode, c.modality = "REJECT", None, "reported" if rep else "asserted"
    elif neg and _force_not_ruled_out(c):
        # "Ethiopia has not ruled out military action": keeping force open is a threat of it
        c.type, c.modality = "THREATEN", "threatened"
        c.mode = _object_threat_mode(_ruled_out_object(c) or c.head)
    elif neg or failed or event_syntax.has_negative_subject(v):
        c.modality = "negated"  # "no one had been detained" (round 23) as "had not been detained"
    elif (v.pos_ in {"VERB", "AUX"} and event_syntax.is_hypothetical(mv)) or (
        noun is not None and event_syntax.is_hypothetical(noun)
    ):
        c.modality = "hypothetical"
    elif noun is not None and c.type == "PROTEST" and _called_for_a_date(v, noun):
        c.modality = "planned"  # "called a strike for next Wednesday": one announced (round 21)
    elif (
        event_syntax.is_purpose(v)
        and c.kind != "noun"
        and not _gathered_to_protest(c)
        and not _force_used_to(c)
    ):
        c.modality = "planned"
    elif (
        future
        and c.type in event_lexicon.COOPERATIVE
        and c.type != "AGREE"
        and not _scheduled(v)
        and not _dated_meeting(c, v)
    ):
        c.type, c.mode, c.modality = "AGREE", None, "planned"
    elif (
        future
        and c.type in event_lexicon.CONFLICTIVE
        and (rep or intent)
        and not _protest_planned(c)
        and not _scheduled(v)  # "is expected to deploy troops": the reporter's forecast (round 23)
    ):
        c.type, c.mode, c.modality = "THREATEN", _threatened_mode(c.head, c.type), "threatened"
    elif future:
        c.modality = "planned"
    elif rep:
        c.modality = "reported"


#: Modals of obligation that are not also of the future ("shall" is both).
_OUGHT_MODALS = event_lexicon.OBLIGATION_MODALS - event_lexicon.FUTURE_MODALS


def _obliged(v: Token) -> bool:
    """An act someone should or must do, not one done: "Mexico *should sue*", "the police *must
    stop* arresting reporters" (round 39). "Must have" infers an act done ("the soldiers must have
    killed him") and stays."""
    auxes = event_syntax.aux_lowers(v)
    return bool(auxes & _OUGHT_MODALS) and not ("must" in auxes and auxes & {"have", "'ve", "’ve"})


def _modal_bearer(v: Token) -> Token:
    """The verb whose auxiliaries and condition hold for *v*: *v* itself, or, for a verb coordinated
    with no auxiliary, subject, subordinator or tense of its own (the same tag), the first verb of
    the coordination ("will arrest and *charge* the men", "could attack and *loot* the town", "if
    they attack and *burn* the camp"); round 39. At most three steps up, as coordinations are chains of "conj"."""
    for _ in range(3):
        if v.dep_ != "conj" or v.pos_ not in {"VERB", "AUX"} or v.head.pos_ not in {"VERB", "AUX"}:
            return v
        if v.tag_ != v.head.tag_ or any(ch.dep_ in _OWN_CLAUSE for ch in v.children):
            return v  # "… should not be packaged" and *called for*: a tense of its own
        v = v.head
    return v


#: Children that give a coordinated verb a clause of its own.
_OWN_CLAUSE = frozenset({"aux", "auxpass", "nsubj", "nsubjpass", "mark", "neg"})


def _asked(v: Token) -> bool:
    """The main verb of a direct yes/no question: "*Will* they protest again on Friday?", "Did
    police arrest him?" ask whether an act happens, and report none (round 39): the sentence
    opens with the verb's own auxiliary, before its subject, and ends with a question mark."""
    sent = v.sent
    ends_asking = sent[-1].lower_ == "?" or (len(sent) > 1 and sent[-2].lower_ == "?")  # '?"' too
    if v.dep_ != "ROOT" or not ends_asking:
        return False
    first = sent[0]
    return first.head.i == v.i and first.dep_ in {"aux", "auxpass"}


def _may_happen(noun: Token) -> bool:
    """An event noun of an act that may happen, not one that did: the subject or object of a clause
    of condition ("if *a strike* goes ahead"), the object of a ban ("bans *protests*"), or one
    with "any" ("*any attack* would be met with force"); round 39."""
    if any(ch.dep_ == "det" and ch.lower_ == "any" for ch in noun.children):
        return True
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in event_lexicon.BAN_VERBS:
        return True  # "the law bans *protests* near parliament": an act forbidden
    return event_syntax.in_conditional_clause(noun)


def _generic_act(c: _Cand) -> bool:
    """Acts of a kind, no one act: no event (round 39). An act in the "of"/"for" phrase of a noun
    of habit or record ("a history *of attacking* journalists", "a reputation for *repression*";
    an event noun there only bare: "the history of the 1989 crackdown" and "there is no record of
    an air strike on the town" name one act, the second one in dispute, which stays an event),
    an event noun said to be common or rare ("*arrests* of journalists are common"), and a
    present-tense act with an adverb of habit ("police *routinely use* tear gas", "journalists
    are often detained")."""
    tok = c.head if c.kind == "noun" else c.verb
    if tok.dep_ in {"pcomp", "pobj"} and tok.head.dep_ == "prep" and tok.head.lower_ in {"of", "for"}:
        owner = tok.head.head
        if (
            owner.i != tok.head.i
            and owner.pos_ == "NOUN"
            and owner.lemma_.lower() in event_lexicon.HABIT_NOUNS
        ):
            if tok.dep_ == "pcomp":
                return True
            return not any(ch.dep_ in {"det", "poss", "nummod"} for ch in tok.children)
    if c.kind == "noun":
        gov = tok.head
        return (
            tok.dep_ == "nsubj"
            and gov.lemma_.lower() == "be"
            and any(
                ch.dep_ == "acomp" and ch.lemma_.lower() in event_lexicon.FREQUENCY_ADJECTIVES
                for ch in gov.children
            )
        )
    v = tok
    if v.pos_ not in {"VERB", "AUX"}:
        return False
    if (
        v.dep_ == "conj"
        and v.head.pos_ in {"VERB", "AUX"}
        and not any(ch.dep_ == "advmod" for ch in v.children)
    ):
        v = v.head  # "police routinely beat and *detain* protesters"
    if not any(ch.dep_ == "advmod" and ch.lower_ in event_lexicon.HABITUAL_ADVERBS for ch in v.children):
        return False
    auxes = event_syntax.aux_lowers(v)
    if v.tag_ in {"VBZ", "VBP"}:
        return not auxes
    present = {"is", "are", "am", "'s", "'re", "’s", "’re"}
    return v.tag_ == "VBN" and bool(auxes & present) and not (auxes - present)


#: Subordinators of the condition that turns an announced protest into a threat.
_CONDITION_MARKS = frozenset({"if", "unless"})


def _protest_planned(c: _Cand) -> bool:
    """An announced or intended demonstration or strike is a plan, not a threat: "youth groups
    plan to march on State House on Thursday", "organisers said they would march again". Only
    one made conditional on what the other side does ("will strike *if* the law passes", "unless
    wages are paid") threatens it (PLOVER THREATEN: a protest held out as a consequence), and so
    does a boycott announced ("said it would boycott all contact"): a withdrawal held out, not a
    gathering planned."""
    if c.type != "PROTEST" or c.mode == "boycott":
        return False
    return not any(
        ch.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in _CONDITION_MARKS for m in ch.children)
        for ch in c.verb.children
    )


def _warning_made(c: _Cand) -> bool:
    """Whether a THREATEN verb other than "threaten" was made as a threat: "warned that the camp
    would be cleared by force", "gave the rebels two days to surrender or face an assault" are
    threats (modality ``threatened``) as "threatened to" is; a warning denied, negated or only
    supposed ("did not warn", "if the army warns …") is left to the usual rules."""
    v = c.verb
    if c.type != "THREATEN" or c.kind != "verb" or v.pos_ not in {"VERB", "AUX"}:
        return False
    return not (
        event_syntax.is_negated(v)
        or event_syntax.is_denied(v)
        or event_syntax.is_hypothetical(v)
        or event_syntax.is_generic_condition(v)
    )


#: Holders of state office whom another state's travel ban or entry bar sanctions.
_OFFICE_NOUNS = frozenset(
    {"official", "minister", "diplomat", "lawmaker", "legislator", "senator", "judge", "prosecutor"}
    | {"general", "officer", "commander", "oligarch", "politician"}
)


def _foreign_officials_barred(c: _Cand) -> None:
    """A travel ban or entry bar on another country's officials is a SANCTION, not COERCE.

    "Turkey barred Dutch ministers from entering", "the EU slapped travel bans on five
    Georgian officials": one state penalising another's office-holders (PLOVER SANCTION, as
    expelling its diplomats is); a government barring its own people ("barred opposition
    candidates from leaving", "a travel ban on the central bank governor") restricts them
    (COERCE restrict). The officials' nationality, named and not the actor's, tells them apart.
    """
    target = c.target
    if c.type != "COERCE" or c.mode != "restrict" or target is None or c.actor is None:
        return
    noun = event_syntax.core_noun(target)
    if noun.lemma_.lower() not in _OFFICE_NOUNS:
        return
    nations = [m.lower_ for m in noun.children if m.dep_ in {"amod", "compound"} and _nationality(m)]
    actor_words = {t.lower_ for t in c.actor.subtree}
    if nations and not actor_words.intersection(nations):
        c.type, c.mode = "SANCTION", None


def _nationality(word: Token) -> bool:
    """Whether *word* names a country's people ("Dutch", "Ugandan"), tagged so or in the gazetteer."""
    if word.ent_type_ == "NORP":
        return True
    from tally.resources.gazetteer import load_gazetteer

    return word.text[:1].isupper() and load_gazetteer().demonym(word.text) is not None


#: Nouns for workers at large, a trade only with a word naming it ("garment workers").
_WORKER_NOUNS = frozenset({"worker", "employee", "staff", "union", "labourer", "laborer"})
#: Modifiers of a strike that make it one of everyone: "a general / nationwide strike".
_GENERAL_STRIKE_WORDS = frozenset({"general", "nationwide", "national", "countrywide", "total"})


def _trade_strike(c: _Cand) -> None:
    """A strike by one trade is PLOVER's limited strike (strike-lim), not a general one.

    "Nurses went on strike", "bus drivers walked off the job", "garment workers walked out",
    "miners at the mine downed tools" stop one trade or workplace; a general or nationwide
    strike, or one by "workers" at large ("thousands of workers stopped work"), stays general.
    """
    if c.type != "PROTEST" or c.mode != "strike-gen" or c.actor is None:
        return
    if any(t.lower_ in _GENERAL_STRIKE_WORDS for t in c.tokens) or any(
        ch.lower_ in _GENERAL_STRIKE_WORDS
        for t in c.tokens
        for ch in t.children
        if ch.dep_ in {"amod", "compound"}
    ):
        return
    if _trade_noun(event_syntax.core_noun(c.actor)):
        c.mode = "strike-lim"


def _trade_noun(noun: Token) -> bool:
    """Whether *noun* names people by one trade: a trade noun ("nurses", "bus drivers"), or
    workers or a union with a word naming their trade or workplace ("garment workers",
    "the teachers' union", "workers at the copper mine")."""
    lemma = noun.lemma_.lower()
    if lemma in event_lexicon.TRADE_NOUNS:
        return True
    if lemma not in _WORKER_NOUNS:
        return False
    named = [ch for ch in noun.children if ch.dep_ in {"compound", "poss"} and ch.i < noun.i]
    if any(ch.pos_ in {"NOUN", "PROPN"} and ch.ent_type_ not in {"GPE", "NORP"} for ch in named):
        return True  # "garment workers", "the teachers' union"
    return event_syntax.prep_object(noun, frozenset({"at"})) is not None  # "workers at the mine"


#: Words that make a later act the reporter's schedule, not its actor's promise: "is *expected*
#: to meet", "is *scheduled* to visit", "is *set* to hold talks".
_SCHEDULE_WORDS = frozenset({"expect", "schedule", "set", "slate", "due", "poise"})


def _scheduled(verb: Token) -> bool:
    """Whether a future act is only foreseen ("the minister *is expected to meet* his
    counterpart"): a consultation on the calendar stays one (PLOVER AGREE is a promise or an
    offer by the actor, and nobody promised here)."""
    head = verb.head
    return verb.dep_ == "xcomp" and head.i != verb.i and head.lemma_.lower() in _SCHEDULE_WORDS


def _dated_meeting(c: _Cand, verb: Token) -> bool:
    """Whether a future meeting or visit is given its day ("will meet in Geneva *on Tuesday*",
    "will travel to Nairobi *next week* for talks"): a meeting on the calendar is reported as
    scheduled, a CONSULT planned, not a promise by its actor (an undated "will meet" stays
    PLOVER's future cooperation, AGREE)."""
    if c.type != "CONSULT":
        return False
    for ch in verb.children:
        if ch.dep_ in {"npadvmod", "advmod", "prep"} and any(
            t.ent_type_ in {"DATE", "TIME"} for t in ch.subtree
        ):
            return True
    return False


#: Verbs of excluding an option: "has not *ruled out* military action".
_EXCLUDING_VERBS = frozenset({"rule", "exclude"})


def _ruled_out_object(c: _Cand) -> Token | None:
    """What is (not) ruled out: the object, or "ruled out *using* force" (its gerund's object)."""
    obj = event_syntax.child(c.head, "dobj", "nsubjpass")
    if obj is not None and obj.pos_ == "VERB":
        return event_syntax.child(obj, "dobj") or obj
    return obj


def _force_not_ruled_out(c: _Cand) -> bool:
    """A refusal verb of excluding whose object is force or a measure against someone: not
    ruling it out keeps it on the table (CAMEO's and PLOVER's THREATEN)."""
    if c.type != "REJECT" or c.lemma not in _EXCLUDING_VERBS:
        return False
    obj = _ruled_out_object(c)
    if obj is None or _object_threat_mode(obj) is None:
        return False
    # "did not rule out *talks*": a meeting kept open is no threat (cutting ties would be)
    return not (obj.pos_ == "NOUN" and _object_class(obj) in {"meeting", "relations"})


# -- records -----------------------------------------------------------------
def _span_chars(doc_tokens: list[Token]) -> tuple[int, int]:
    return min(t.idx for t in doc_tokens), max(t.idx + len(t.text) for t in doc_tokens)


def _party(
    ctx: ExtractContext, tok: Token | None, quote: Quote | None, rep_subject: Token | None
) -> tuple[str | None, str | None]:
    """Entity id and text of an actor or target head token."""
    if tok is None:
        return None, None
    doc = ctx.doc
    low = tok.lower_
    if low in event_lexicon.FIRST_PERSON and quote is not None and quote.speaker:
        return quote.speaker, quote.speaker_name
    antecedent = _matrix_subject(tok) if low in event_lexicon.PRONOUNS else None
    if antecedent is None and low in event_lexicon.PRONOUNS:
        antecedent = _object_before(tok) or _relative_head(tok)
    if antecedent is not None:
        tok = antecedent
    elif (
        low in event_lexicon.PRONOUNS
        and rep_subject is not None
        and rep_subject.lower_ not in event_lexicon.PRONOUNS
        # "…beat them to death, police said": a source named after the clause is not whom it acts on
        and not (low in _OBJECT_PRONOUNS and rep_subject.i > tok.i)
    ):
        tok = rep_subject
    start, end = event_syntax.phrase(tok)
    span = doc[start:end]
    text = span.text
    entity = ctx.entities.at(span.start_char, span.end_char)
    if entity is None:
        core = event_syntax.core_noun(tok)
        if core.pos_ == "NOUN" and core.lemma_.lower() in event_lexicon.GROUP_NOUNS:
            c_start, c_end = event_syntax.core_span(core)
            piece = doc[c_start:c_end]
            entity = ctx.entities.add_mention(piece.text, piece.start_char, piece.end_char, type="GROUP")
    return (entity.id if entity else None), text


#: Object pronouns that stand for people named as an earlier verb's object.
_OBJECT_PRONOUNS = frozenset({"him", "her", "them"})


def _object_before(pronoun: Token) -> Token | None:
    """The object of the verb an object pronoun's verb goes on from: "murdered *a social leader*,
    shooting *him*", "set upon *two men* and beat *them* to death". The people acted on twice are
    the first verb's object, never the source of a "…, police said" around both."""
    if pronoun.lower_ not in _OBJECT_PRONOUNS or pronoun.dep_ != "dobj":
        return None
    verb = pronoun.head
    if verb.dep_ not in {"conj", "advcl", "xcomp"} or verb.head.pos_ != "VERB" or verb.head.i > verb.i:
        return None
    first = verb.head
    objs = [c for c in first.children if c.dep_ == "dobj"]
    objs += [o for p in first.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
    objs = [
        o
        for o in objs
        if o.pos_ in {"NOUN", "PROPN"}
        and o.lower_ not in event_lexicon.PRONOUNS
        and not event_syntax.is_time(o)
    ]
    return objs[0] if objs else None


def _relative_head(pronoun: Token) -> Token | None:
    """The noun a relative pronoun stands for: "7 civilians *who* had been executed by militants",
    "the town, *which* rebels had occupied" (the clause describes that noun, never the source of a
    "…, the army said" around it)."""
    if pronoun.lower_ not in {"who", "whom", "which", "that"} or pronoun.head.dep_ != "relcl":
        return None
    noun = pronoun.head.head
    return noun if noun.pos_ in {"NOUN", "PROPN", "NUM"} else None


def _matrix_subject(pronoun: Token) -> Token | None:
    """The noun a pronoun subject of a complement clause stands for: the subject of the verb
    the clause completes ("*the authorities* have signalled *they* are ready to …"), the
    nearest one up, before any later reporting verb's subject ("…, diplomats said")."""
    if pronoun.dep_ != "nsubj":
        return None
    clause = pronoun.head
    for _ in range(3):
        if clause.dep_ != "ccomp" or clause.head.i == clause.i:
            return None
        clause = clause.head
        subj = event_syntax.child(clause, "nsubj")
        if subj is not None and clause.lemma_.lower() != "be" and event_syntax.is_party(subj):
            return subj  # a party that says, signals or warns; "the problem is that they …" is none
    return None


def _to_event(ctx: ExtractContext, c: _Cand, quote: Quote | None, n: int) -> Event:
    rep = event_syntax.reporting_ancestor(c.verb)
    rep_subject = event_syntax.clause_subject(rep) if rep is not None else None
    actor_id: str | None
    actor_text: str | None
    if c.kind == "modal" and c.type != "REJECT":
        if quote is not None and quote.speaker:
            actor_id, actor_text = quote.speaker, quote.speaker_name
        else:
            actor_id, actor_text = _party(ctx, rep_subject, quote, None)
    elif c.kind == "verbless":
        actor_id, actor_text = _ordered_party(ctx, c.actor, before=True)
    else:
        actor_id, actor_text = _party(ctx, c.actor, quote, rep_subject)
    if c.kind == "verbless":
        target_id, target_text = _ordered_party(ctx, c.target, before=False)
    elif c.target is not None and c.target.lower_ in _WHOEVER and c.type == "THREATEN":
        target_id, target_text = None, None  # "warned that *anyone* taking part …": no party named
    elif c.target is not None and c.target.lower_ in _REFLEXIVES:
        target_id, target_text = None, None  # "blew *himself* up": the actor acts on no other party
    else:
        target_id, target_text = _party(ctx, c.target, quote, rep_subject)
    trigger = _span_chars(c.tokens)
    evidence = ctx.sentence_span(*trigger)
    arg_spans = [_span_chars(list(t.subtree)) for t in (c.actor, c.target) if t is not None]
    clause = _span_chars(list(c.verb.subtree)) if c.verb is not None else evidence
    place, evidence = link_place(ctx, c.head, trigger, clause, evidence)
    figures = link_figures(ctx, c.type, arg_spans, clause, evidence)
    date = link_date(ctx, c.verb, trigger, clause, evidence, figures)
    return Event(
        id=f"v{n}",
        type=c.type,
        mode=c.mode,
        # ACLED codes events that happened: not threats, plans, conditions or denials
        acled=to_acled(c.type, c.mode, c.lemma) if c.modality in {"asserted", "reported"} else None,
        actor=actor_id,
        actor_text=actor_text,
        target=target_id,
        target_text=target_text,
        place=place,
        date=date,
        figures=figures,
        modality=c.modality,  # type: ignore[arg-type]
        trigger=trigger,
        evidence=evidence,
    )


#: Pronouns that name no one in particular: never a PLOVER target.
_WHOEVER = frozenset({"anyone", "anybody", "everyone", "everybody", "whoever", "someone", "somebody"})


#: The word classes a trigger can be: a verb or auxiliary (modal, verb triggers), a noun (noun triggers).
_TRIGGER_POS = frozenset({"VERB", "AUX", "NOUN", "PROPN"})
#: The word classes the modal and verb triggers read (the noun trigger reads the other two).
_VERB_POS = frozenset({"VERB", "AUX"})


def extract_events(ctx: ExtractContext) -> list[Event]:
    """Find the events of an article with their actors, targets, modality, place, date and figures."""
    doc = ctx.doc
    quotes = list(ctx.quotes)
    quote_spans = SpanSet((q.start, q.end) for q in quotes)
    cands: list[_Cand] = []
    lemmas, lowers = token_lemmas(doc), token_lowers(doc)
    for i, pos in enumerate(() if learned.rules_off() else token_pos(doc)):
        if pos not in _TRIGGER_POS:
            continue  # none of the three triggers reads any other word class
        if pos not in _VERB_POS and _no_sense_possible(_noun_key_at(doc, i), lemmas[i], lowers[i]):
            continue  # a noun no test of the noun trigger can give a sense: no Token made for it
        tok = doc[i]
        if pos in _VERB_POS:
            # only a modal trigger (a verb or an auxiliary) reads the quote it is in; the noun
            # trigger reads nouns only, the modal and verb triggers verbs and auxiliaries only
            quote = _quote_at(quotes, tok.idx, quote_spans)
            found_here: tuple[_Cand | None, ...] = (_modal_trigger(tok, quote), _verb_trigger(tok))
        else:
            found_here = (_noun_trigger(tok),)
        for found in found_here:
            if found is not None:
                cands.append(found)
    if not learned.rules_off():
        cands.extend(_unknown_verb_nouns(doc, cands))
        cands.extend(_verbless_verbs(doc, cands))
    sents = _sentences(doc)
    cands.extend(_learned_fallback(sents, cands))
    cands.sort(key=lambda c: (_PRIORITY[c.kind], c.head.i))
    kept: list[_Cand] = []
    claimed: set[int] = set()
    for c in cands:
        if any(t.i in claimed for t in c.tokens) or c.head.i in claimed:
            continue
        claimed.update(t.i for t in c.tokens)
        kept.append(c)
    for c in kept:
        _arguments(c)
        _refine_by_actor(c)
        _charged_by_law(c)
        _refine_order(c)
        _refine_violence(c)
        _attacked_in_words(c)
        _plea(c)
        _munition_not_actor(c)
        _happening_not_actor(c)
        _refine_exercise(c)
        _positions_taken(c)
        _own_coercion_lifted(c)
        _refine_mobilize(c)
        _refine_own_forces(c)
        _border_faced(c)
        _withdrawn_from(c)
        _own_envoy_posted(c)
        _protesters_of(c)
        if _seized_thing(c):
            c.target = _owner_of_thing(c)
        _mediated_talks(c)
        _refine_consult(c)
        _refine_joint(c)
        _refine_military_target(c)
        _refine_killing_of_leader(c)
        _refine_soldiers_killed(c)
        _gathered_to_object(c)
        _trade_strike(c)
        _foreign_officials_barred(c)
    _protests_ended(kept)
    for c in kept:
        _contemplated(c)
    _absorb(kept)
    for c in kept:
        _threat_mode(c)
        _threatened_thing(c)
    violent = _violence_by_head(kept)
    kept = [c for c in kept if not c.absorbed and not _setting_of_violence(c, violent)]
    kept = _drop_descriptive_participles(kept)
    kept = [c for c in kept if not _coerced_demonstration(c)]
    framed = kept
    kept = _drop_fronted_settings(kept)
    written = ctx.published_year
    kept = [c for c in kept if not _reference_point(c, written) and not _generic_act(c)]
    # a demonstration named again only to date the act: no event, but the act's setting for ACLED
    settings = [
        (c.head.idx, c.head.idx + len(c.head.text))
        for c in framed
        if c.type == "PROTEST"
        and c.kind == "noun"
        and (_simultaneous(c) or _dating_apposition(c, c.head.sent.root))
        and _known_occasion(c)
        and c not in kept
    ]
    parties = Counter(t.i for o in kept for t in (o.actor, o.target) if t is not None)
    kept = [c for c in kept if not _describes_participant(c, parties)]
    actors = {o.actor.i for o in kept if o.actor is not None}
    kept = [c for c in kept if not _acting_body(c, actors)]
    attacked = {o.target.i for o in kept if o.target is not None and o.type in {"ASSAULT", "FIGHT"}}
    kept = [c for c in kept if not _attacked_unit(c, attacked)]
    kept.sort(key=lambda c: min(t.idx for t in c.tokens))
    kept = _drop_headline(kept)
    kept = _drop_titles(kept)
    events: list[Event] = []
    for c in kept:
        quote = _quote_at(quotes, c.head.idx, quote_spans)
        _modality(c, quote)
        events.append(_to_event(ctx, c, quote, len(events) + 1))
    events = _resolve_anaphora(kept, events)
    repeats = _repeats(kept)
    out = [e for e, c in zip(events, kept, strict=True) if c not in repeats]
    out = [e if e.id == f"v{n}" else e.model_copy(update={"id": f"v{n}"}) for n, e in enumerate(out, 1)]
    grievances = [
        span for c, e in zip(kept, events, strict=True) if c not in repeats for span in _grievances(c)
    ]
    heads = {k.head.i for k in kept}
    background = [
        e.trigger
        for c, e in zip(kept, events, strict=True)
        if c not in repeats
        and (
            _attributive(c)
            or _charge(c)
            or _participle_object(c, heads)
            or _punished_act(c)
            or _protest_role(c)
        )
    ]
    occasions = [
        e.trigger
        for c, e in zip(kept, events, strict=True)
        if c not in repeats
        and c.type == "PROTEST"
        and ((c.kind == "noun" and _time_context(c.head)) or _charge(c))
    ]
    sources = [span for c in kept if c not in repeats for span in _sources(c)]
    return situate(
        out,
        lambda e: ctx.sentence_span(*e.trigger),
        doc_text(doc),
        grievances,
        background,
        occasions,
        sources,
        settings,
    )


#: Nouns of the person who leads or speaks for a protest: "the *organiser* of the march".
_PROTEST_ROLES = frozenset(
    {
        "organiser",
        "organizer",
        "leader",
        "coordinator",
        "spokesperson",
        "spokesman",
        "spokeswoman",
        "convener",
        "convenor",
        "ringleader",
        "instigator",
        "initiator",
        "head",
    }
)


def _protest_role(c: _Cand) -> bool:
    """A protest noun that says whose role a person holds (round 23): "arrested *the organiser of the
    march*", "detained the leader of a bus drivers' strike", "the strike leader": it names who was
    arrested, not a demonstration happening, so ACLED reads the arrest (Arrests)."""
    if c.type != "PROTEST" or c.kind != "noun":
        return False
    head = c.head
    if head.dep_ == "compound":
        return head.head.lemma_.lower() in _PROTEST_ROLES
    return (
        head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.lemma_.lower() in _PROTEST_ROLES
    )


def _sentences(doc: Doc) -> dict[int, Span]:
    """Each token's sentence, by token index, read in one pass over the sentences (linear)."""
    out: dict[int, Span] = {}
    for sent in doc.sents:
        for i in range(sent.start, sent.end):
            out[i] = sent
    return out


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
        if not learned.can_act(verb) or _describes(verb) or _befell_or_made_public(verb, _patient(verb)):
            continue  # "was killed in the crash", "flu kills", "released its budget figures" (rounds 36-37)
        found = learned.guess(sent)
        if found is not None and found.type == "CONSULT" and _met_a_thing(verb):
            continue
        if found is not None and found.type == "PROTEST" and _crowd_only_present(verb):
            continue
        if found is not None:
            lemma = verb.lemma_.lower()
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


def _said_sense(tok: Token) -> bool:
    """Whether a verb, alone or with its particle or preposition, says a demand, a protest or a stance."""
    lemma = verb_lemma(tok)
    senses = [event_lexicon.VERBS.get(lemma)] + [
        event_lexicon.PHRASAL.get((lemma, p.lower_)) for p in tok.children if p.dep_ in {"prep", "prt"}
    ]
    return any(sense is not None and sense.type in _SAID_TYPES for sense in senses)


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
            out.append(_span_chars(list(subj.subtree)))
    lowers = token_lowers(sent.doc)  # the words, not a Token per word of the sentence
    for i in range(sent.start, sent.end):
        if lowers[i] == "according" and i + 1 < sent.end and lowers[i + 1] == "to":
            obj = event_syntax.child(sent.doc[i + 1], "pobj")
            if obj is not None:
                out.append(_span_chars(list(obj.subtree)))
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


#: Verbs whose "of"/"with" phrase names what someone is said to have done ("suspected of stealing").
_CHARGE_VERBS = frozenset({"accuse", "suspect", "charge", "convict", "allege"})


def _charge(c: _Cand) -> bool:
    """An act named as what someone is accused or suspected of: "beat two men *suspected of
    stealing* a goat", "arrested five members, accusing them of *plotting unrest*". It is the
    charge against the people of the sentence's event, not an event the sentence reports."""
    return _charging_verb(c.head) is not None


def _charging_verb(tok: Token) -> Token | None:
    """The verb of accusing or suspecting whose "of"/"with" phrase holds *tok*, within four arcs."""
    for _ in range(4):
        head = tok.head
        if head.i == tok.i:
            return None
        if tok.dep_ in {"pcomp", "pobj"} and head.lower_ in {"of", "with"}:
            return head.head if head.head.lemma_.lower() in _CHARGE_VERBS else None
        tok = head
    return None


def _in_verb_chain(tok: Token) -> bool:
    """Whether the arcs from *tok* up to its "of"/"with" preposition are a chain of verbs and their
    complements ("of *attempting to intimidate*", "with robbing, raping and *kidnapping*"), not a
    participle on a noun: in "accused of aiding rebels *fighting* the president" the rebels' fight
    is no part of the charge."""
    for _ in range(4):
        if tok.dep_ in {"pcomp", "pobj"}:
            # the preposition's first complement only: in "suspected of being blood suckers on
            # Saturday, *killing* one" the parser hangs the main clause's participle there too
            return not any(ch.dep_ in {"pcomp", "pobj"} and ch.i < tok.i for ch in tok.head.children)
        if tok.dep_ not in {"xcomp", "conj"}:
            return False
        tok = tok.head
    return False


def _alleged(c: _Cand) -> bool:
    """An act someone claims, not one the writer asserts (round 38): what a person is accused or
    suspected of ("accused of *murdering* her daughter", "accused the government of attempting to
    *intimidate* the families"; not "convicted of", which a court has established), an event noun
    with an alleging adjective ("*alleged* attacks on civilians") or an event verb with an alleging
    adverb ("has *allegedly* violated the treaty"). Its modality is ``reported``."""
    verb = _charging_verb(c.head) if _in_verb_chain(c.head) else None
    if verb is not None and verb.lemma_.lower() != "convict" and not _definite(c.head):
        # "accused the Taliban of plotting *the attack*", "accused of *the 2004 bombing*": a known
        # act, only its author is alleged
        return True
    deps = {"amod"} if c.kind == "noun" else {"advmod"}
    return any(ch.dep_ in deps and ch.lower_ in event_lexicon.ALLEGING_WORDS for ch in c.head.children)


def _punished_act(c: _Cand) -> bool:
    """An act named as the offence of an arrest or a sentence: "96 suspects were arrested *for
    looting and arson*", "jailed over *the killing* of a guard". It says why people were held (the
    arrest is the event the sentence reports), not a second event of looting or killing."""
    return c.type != "PROTEST" and _offence_of_punishment(c.head)


def _misparsed_main_verb(tok: Token) -> bool:
    """A verb the parser hung as a modifier on the sentence's root noun, with a noun right before
    it: "police *flogged* traders in a market", "Israeli artillery *fired* shells at the town" (the
    root is "traders", "shells"). No verb heads the sentence, so this verb is its main verb."""
    root = tok.sent.root
    return (
        tok.dep_ in {"amod", "compound"}
        and tok.head.i == root.i
        and root.pos_ not in {"VERB", "AUX"}
        and tok.i > tok.sent.start
        and tok.doc[tok.i - 1].pos_ in {"NOUN", "PROPN"}
        and tok.i < root.i
    )


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
            out.append(_span_chars(list(ch.subtree)))
    holder = _protest_noun_holder(c)
    if holder is not None:
        # "joined students in a march *to demand accountability for the killing of …*": the purpose
        # clause hangs on the verb that holds the protest noun, and still says what the march is for
        for ch in holder.children:
            if (ch.dep_ in {"advcl", "xcomp"} and event_syntax.is_purpose(ch)) or _stated_demand(ch):
                out.append(_span_chars(list(ch.subtree)))
    if c.actor is not None:
        for ch in c.actor.children:
            if ch.dep_ in {"prep", "acl", "relcl"} and not _they_did(ch):
                out.append(_span_chars(list(ch.subtree)))
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


#: PLOVER types of what demonstrators say: a demand, a condemnation, a rejection, support.
_SAID_TYPES = frozenset({"DEMAND", "DISAPPROVE", "REJECT", "SUPPORT", "PROTEST"})


def _stated_demand(ch: Token) -> bool:
    """A participle clause of what the demonstrators say: "marched, *demanding accountability for
    the killing of …*", "*calling for justice for a colleague who was shot dead*", "*condemning the
    arrest of …*". Like an "over …" phrase, it says what the march is about, not how it was met."""
    if ch.dep_ not in {"advcl", "acl", "xcomp"} or ch.tag_ != "VBG":
        return False
    return _said_sense(ch)


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


#: Words right before a quoted title: "a report *titled* '…'", "a story *headlined* '…'", "its
#: *report* '…'" (the document nouns also when a comma sets the title off: "the report, '…'").
_TITLE_CUES = frozenset({"titled", "entitled", "headlined", "dubbed", "subtitled", "captioned"})
_DOCUMENT_NOUNS = frozenset(
    {"report", "story", "article", "study", "documentary", "film", "book", "briefing", "paper"}
    | {"statement", "letter", "headline", "editorial", "column", "podcast", "episode", "dossier"}
)
_OPENING_QUOTES = {"'": "'", '"': '"', "\u2018": "\u2019", "\u201c": "\u201d"}
#: The longest title read (tokens): a longer quoted stretch is speech, not a name.
_TITLE_TOKENS = 16


def _title_spans(doc: Doc) -> list[tuple[int, int, int]]:
    """Token spans (start, end, index of the word before) of quoted titles of reports, stories
    and films: "In a report titled '*Crackdown in Harare*', …", "its report '*Shoot to Kill*'". A title names a document, not an
    event the sentence reports, though its words ("Crackdown", "Massacre", "Killings") are
    event nouns. One pass over the tokens; each title is read at most ``_TITLE_TOKENS`` ahead."""
    spans: list[tuple[int, int, int]] = []
    texts = token_texts(doc)  # no Token per word
    n = len(texts)
    i = 0
    while i < n:
        closing = _OPENING_QUOTES.get(texts[i])
        if closing is None or not _before_title(doc, i):  # 0: no title cue
            i += 1
            continue
        end = next((j for j in range(i + 1, min(n, i + _TITLE_TOKENS + 2)) if texts[j] == closing), None)
        if end is None:
            i += 1
            continue
        spans.append((i + 1, end, _before_title(doc, i)))
        i = end + 1
    return spans


def _before_title(doc: Doc, i: int) -> int:
    """The index of the naming verb or document noun before the quote mark at token *i* when
    the mark opens a title, else 0 (no title starts a text)."""
    j = i - 1
    if j >= 0 and doc[j].text == ",":
        j -= 1  # "the report, 'Shoot on Sight', …"
    if j < 0:
        return 0
    word = doc[j].lower_
    if word in _TITLE_CUES or (doc[j].pos_ == "NOUN" and doc[j].lemma_.lower() in _DOCUMENT_NOUNS):
        return j
    return 0


def _document_owner(doc: Doc, cue: int) -> Token | None:
    """Whose the titled document is: "*Amnesty International's* report, '…'"."""
    noun = doc[cue].head if doc[cue].lower_ in _TITLE_CUES else doc[cue]
    return event_syntax.child(noun, "poss")


def _drop_titles(cands: list[_Cand]) -> list[_Cand]:
    """Leave out events whose trigger lies inside a quoted title of a report or story."""
    if not cands:
        return cands
    doc = cands[0].head.doc
    spans = _title_spans(doc)
    if not spans:
        return cands
    kept = [c for c in cands if not any(a <= c.head.i < b for a, b, _cue in spans)]
    for c in kept:
        inside = next((cue for a, b, cue in spans if c.actor is not None and a <= c.actor.i < b), None)
        if inside is not None:  # "the report, 'Killings of Protesters', condemned": the report's owner acts
            c.actor = _document_owner(doc, inside)
    return kept


def _repeats(cands: list[_Cand]) -> list[_Cand]:
    """ "Thousands protested … The protest was the largest in years": a definite event noun with
    no actor or target of its own, of the type of an event in the same or the previous sentence,
    is that event named again, not a new one (what it says of place and date has reached the
    first mention through :func:`_resolve_anaphora`)."""
    out: list[_Cand] = []
    repeated: list[_Cand] = []
    for c in cands:
        # protest nouns only: "the protest", "the rally" restate a count a monitor sums, while a
        # RAMS-style reader still wants "the massacre" as a mention of its attack
        definite = (
            c.kind == "noun"
            and c.type == "PROTEST"
            and any(
                ch.dep_ in {"det", "poss"} and ch.lower_ in {"the", "this", "that", "these", "those"}
                for ch in c.head.children
            )
        )
        if definite and c.actor is None and c.target is None:
            sent = c.head.sent
            if any(o.type == c.type and (o.head.sent == sent or o.head.sent.end == sent.start) for o in out):
                repeated.append(c)
                continue
        out.append(c)
    return repeated


def _resolve_anaphora(cands: list[_Cand], events: list[Event]) -> list[Event]:
    """ "146 people were arrested … Tehran's police chief said the arrests were …": the definite
    event noun in the next sentence is the same event, so what it says of place and date fills
    what the first mention lacks (and the evidence covers both sentences)."""
    out = list(events)
    for i, (cand, event) in enumerate(zip(cands, events, strict=True)):
        if cand.kind != "noun" or not any(
            ch.dep_ in {"det", "poss"} and ch.lower_ in {"the", "these", "those", "this", "that"}
            for ch in cand.head.children
        ):
            continue
        sent = cand.head.sent
        for j in range(i - 1, -1, -1):
            prev_cand, prev = cands[j], out[j]
            prev_sent = prev_cand.head.sent
            if prev_sent.end != sent.start and prev_sent != sent:
                if prev_sent.end < sent.start:
                    break
                continue
            if prev_sent == sent or (prev.type, prev.mode) != (event.type, event.mode):
                continue
            update: dict[str, object] = {}
            if prev.place is None and event.place is not None:
                update["place"] = event.place
            if prev.date is None and event.date is not None:
                update["date"] = event.date
            if update:
                update["evidence"] = (
                    min(prev.evidence[0], event.evidence[0]),
                    max(prev.evidence[1], event.evidence[1]),
                )
                out[j] = prev.model_copy(update=update)
            break
    return out


def _descriptive_participle(c: _Cand) -> bool:
    """ "the striking miners", "the occupying forces", "wounded civilians": a participle that
    describes a noun (``amod``) names who the noun is, not an act the sentence reports."""
    return (
        (c.kind == "verb" and c.head.dep_ == "amod" and c.head.tag_ in {"VBG", "VBN"})
        or _nominal_participle(c)
        or _reduced_passive(c)
    )


def _reduced_passive(c: _Cand) -> bool:
    """ "the mother of a teenager *killed in Hebron*", "families of the *disappeared*": a past
    participle after its noun with no agent says what befell the people the noun names (who
    they are), as "the detained students" does; with an agent ("a teenager killed *by
    soldiers*") it names a doer and stays an event."""
    tok = c.head
    return (
        c.kind == "verb"
        and tok.dep_ == "acl"
        and tok.tag_ == "VBN"
        and tok.i > tok.head.i
        and not any(d.dep_ in {"agent", "dobj", "nsubj", "nsubjpass"} for d in tok.children)
    )


def _nominal_participle(c: _Cand) -> bool:
    """ "lawyers for *the accused*", "the families of *the disappeared*": a past participle that
    stands as a noun for the people it describes (a prepositional object with "the" and no
    argument of its own) names who they are, as "the detained students" does."""
    tok = c.head
    return (
        c.kind == "verb"
        and tok.tag_ == "VBN"
        and tok.dep_ == "pobj"
        and any(d.dep_ == "det" and d.lower_ == "the" for d in tok.children)
        and not any(d.dep_ in {"dobj", "nsubj", "nsubjpass", "agent"} for d in tok.children)
    )


#: Dependencies of a verb's subjects: the parties a descriptive participle may describe.
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


def _argument_noun(noun: Token) -> Token:
    """The argument a noun is part of through "of" and "for" phrases: "the families *of the
    students*", "dozens *of protesters*" and "lawyers *for the editor*" are arguments as
    "families", "dozens" and "lawyers" are."""
    for _ in range(3):
        prep = noun.head
        if (
            noun.dep_ != "pobj"
            or prep.lower_ not in {"of", "for"}
            or prep.head.pos_ not in {"NOUN", "PROPN", "NUM"}
        ):
            break
        noun = prep.head
    return noun


def _coerced_demonstration(c: _Cand) -> bool:
    """A demonstration someone is forced into is no demonstration: in "beat a vendor and forced him
    to chant slogans" the vendor's chanting is part of the attack on him (ACLED's demonstrators act
    of their own will); who forced him is told by the attack's own verb."""
    return (
        c.type == "PROTEST" and c.kind in {"verb", "object"} and event_syntax.made_to_act(c.verb) is not None
    )


def _drop_descriptive_participles(cands: list[_Cand]) -> list[_Cand]:
    """Leave out a descriptive participle on the subject of another event's verb.

    "The striking miners threatened to occupy the mines" reports a threat; the
    strike is who the miners are. So does "the families of *detained* students
    appealed …" (the participle inside the subject's "of" phrase). On an object
    ("medics treated *wounded* civilians") the participle is kept: it may be the
    only trace of the act, and it comes after the event the sentence reports.
    """
    verbs = {c.verb.i for c in cands if not _descriptive_participle(c)}

    def describes_party(c: _Cand) -> bool:
        noun = _argument_noun(c.head if _nominal_participle(c) else c.head.head)
        return noun.dep_ in _SUBJECT_DEPS and noun.head.i in verbs

    # round 22: a demonstration or a statement "in solidarity with *detained* protesters", "in
    # support of the families of *jailed* activists" names whom it is for, not an arrest
    causes = {
        i
        for c in cands
        if (c.type == "PROTEST" or c.type in _STATEMENT_TYPES) and not _descriptive_participle(c)
        for i in (c.verb.i, c.head.i)
    }

    def names_cause(c: _Cand) -> bool:
        if c.kind != "verb" or c.head.dep_ != "amod":
            return False
        tok = c.head.head
        for _ in range(4):  # "the families *of* jailed activists", bounded
            if tok.dep_ != "pobj" or tok.head.dep_ != "prep":
                return False
            tok = tok.head.head
            if tok.i in causes:
                return True
        return False

    dropped = [c for c in cands if _descriptive_participle(c) and (describes_party(c) or names_cause(c))]
    # "a farmer killed *in the raid*": what the dropped relative tells is background too
    inside = {t.i for c in dropped if _reduced_passive(c) for t in c.head.subtree}
    return [
        c for c in cands if not any(c is d for d in dropped) and not (c.kind == "noun" and c.head.i in inside)
    ]


#: Dependents of a clause's verb that set the scene before its subject: "Despite the clashes, …",
#: "Fearing an attack, …", "Meeting in Lusaka, …", "In response to the coup, …".
_SETTING_DEPS = frozenset({"prep", "advcl", "npadvmod", "advmod"})


#: Prepositions that place an earlier or later event of its own: "after", "following", "before".
_SEQUENCE_PREPS = frozenset({"after", "following", "before", "since", "until", "during"})
#: How far below the main verb a setting's event may sit: "Despite *the clashes*" (2),
#: "Faced with mounting *protests*" (3); "in the wake of the Orlando massacre" inside a
#: longer clause is an event told in passing, not the setting itself.
_SETTING_DEPTH = 3


def _fronted_setting(c: _Cand) -> Token | None:
    """The main verb of the sentence when *c* lies in a setting fronted before its subject.

    A phrase or participle clause put before the subject ("Despite the recent
    clashes, the prime minister said …", "Fearing an attack, the government
    deployed troops") names what the sentence takes as known or feared; the
    sentence reports what its subject does.
    """
    root = c.head.sent.root
    if root.pos_ not in {"VERB", "AUX"}:
        return None
    if _dating_apposition(c, root):
        return root
    subj = event_syntax.child(root, "nsubj", "nsubjpass")
    if subj is None:
        return None
    if _in_subject_aside(c, subj, root):
        return root
    subj_start = min(t.i for t in subj.subtree)
    if max(t.i for t in [c.head, *c.tokens]) >= subj_start:
        return None
    branch = c.head
    for _ in range(_SETTING_DEPTH - 1):  # climb to the dependent of the main verb holding the candidate
        if branch.head.i == root.i or branch.head.i == branch.i:
            break
        branch = branch.head
    if branch.head.i != root.i or branch.dep_ not in _SETTING_DEPS:
        return None  # deeper: an event named in passing inside the setting's own story, kept
    if branch.dep_ == "prep" and branch.lower_ in _SEQUENCE_PREPS and not _known_occasion(c):
        return None  # "following the arrest of a journalist, …": an earlier event of its own
    if (
        branch.dep_ == "advcl"
        and event_syntax.child(branch, "nsubj", "nsubjpass") is not None
        and not _running_occasion(c, branch)
    ):
        return None  # "When the regime cut off the internet, …": a clause telling its own event
    return root


def _dating_apposition(c: _Cand, root: Token) -> bool:
    """A known protest named in a phrase of time set off by commas before the main verb: "On 27
    March, *the deadliest day of the protests*, security forces killed …" (round 22). The phrase
    dates the sentence by an event already told, as "During the protests, …" does; the parser
    may hang it anywhere (as a second subject), so the commas and the order decide."""
    if c.kind != "noun" or c.type != "PROTEST" or c.head.i >= root.i or not _known_occasion(c):
        return False
    of = c.head.head
    if c.head.dep_ != "pobj" or of.lower_ != "of" or of.head.lemma_.lower() not in event_syntax.SPAN_NOUNS:
        return False
    span = list(of.head.subtree)
    first, last = span[0].i, span[-1].i
    doc = c.head.doc
    return first > 0 and doc[first - 1].text == "," and last + 1 < root.i and doc[last + 1].text == ","


#: Determiners that point back to an event the reader already knows: "the march", "these protests".
_DEFINITE_DETS = frozenset({"the", "this", "these", "that", "those"})


def _known_occasion(c: _Cand) -> bool:
    """An event noun named as the occasion the sentence's act belongs to, with none of its own
    participants: "During *Friday's protests* in Bamako, …", "Two days after *the march*, …",
    "Following *Sunday's rally*, …".

    A definite noun ("the", "these", a day's or a place's possessive) with nothing else repeats
    an event the story already told (PLOVER codes one event per report, not the noun that dates it); one that names who
    did it or to whom ("after the arrest *of a journalist*", "following *the army's* assault")
    tells an earlier event of its own and stays one.
    """
    if c.kind != "noun" or not all(_own_word(c.head, t) for t in c.tokens):
        return False  # "the state of emergency": one noun with its own words
    if not any(d.dep_ == "poss" or (d.dep_ == "det" and d.lower_ in _DEFINITE_DETS) for d in c.head.children):
        return False  # "during a demonstration in Nairobi": a new one, told in passing
    for dep in c.head.children:
        if dep.dep_ == "poss" and not (event_syntax.is_time(dep) or dep.ent_type_ in {"GPE", "LOC", "FAC"}):
            return False  # "the army's assault": a participant
        if dep.dep_ == "prep" and dep.lower_ in {"of", "by", "between", "against", "on"}:
            return False  # "the arrest of a journalist", "clashes between police and students"
        if dep.dep_ in {"amod", "compound"} and dep.pos_ in {"NOUN", "PROPN"} and event_syntax.is_party(dep):
            return False  # "the opposition rally", "student protests": whose it was ("national": no one)
    return True


def _simultaneous(c: _Cand) -> bool:
    """Whether a noun names what goes on while the sentence's act happens ("*during* the
    protests", "as the protests *continued*"), not what came before or after it."""
    head = c.head.head
    return (c.head.dep_ == "pobj" and head.lower_ == "during") or (
        c.head.dep_ == "nsubj" and verb_lemma(head) in _RUNNING_VERBS
    )


def _own_word(noun: Token, tok: Token) -> bool:
    """A word of a one-noun trigger: the noun, the first half of a hyphened noun ("stay-away"),
    or a modifier that names no party ("the *general* strike")."""
    if tok.i == noun.i or (tok.i == noun.i - 2 and noun.doc[noun.i - 1].text == "-"):
        return True
    if tok.head.i != noun.i or tok.dep_ not in {"amod", "compound"}:
        return False
    return tok.pos_ not in {"NOUN", "PROPN"} or not event_syntax.is_party(tok)


#: Verbs that say an event goes on, with no act of their own: "as the protests *continued*".
_RUNNING_VERBS = frozenset(
    {"continue", "enter", "drag", "rage", "wear", "spread", "grow", "intensify", "persist"}
)


def _running_occasion(c: _Cand, clause: Token) -> bool:
    """A definite event noun said only to go on, in a fronted clause: "As *the demonstrations*
    continued, soldiers fired …", "As *the stay-away* entered its second day, police …": the
    clause dates the main act by an event already told; it reports no new one."""
    return (
        c.head.dep_ == "nsubj"
        and c.head.head.i == clause.i
        and verb_lemma(clause) in _RUNNING_VERBS
        and _known_occasion(c)
    )


def _in_subject_aside(c: _Cand, subj: Token, root: Token) -> bool:
    """*c* is told in an aside on the main subject: "Hamas, which seized power in 2007, urged …".

    A relative clause set off by a comma (non-restrictive) describes who the
    subject is; the candidate is its verb or one of that verb's own dependents.
    """
    if c.head.i >= root.i:
        return False
    doc = subj.doc
    for rel in subj.children:
        if rel.dep_ != "relcl" or rel.i > root.i:
            continue
        first = min(t.i for t in rel.subtree)
        if first == 0 or doc[first - 1].text != ",":
            continue  # restrictive: "the soldiers who shot the students were arrested"
        if c.head.i == rel.i or c.head.head.i == rel.i or c.verb.i == rel.i:
            return True
    return False


def _drop_fronted_settings(cands: list[_Cand]) -> list[_Cand]:
    """Leave out an event named in a fronted setting or an aside on the subject when the
    clause around it reports one of its own."""
    settings = {id(c): _fronted_setting(c) for c in cands}
    main = {c.head.sent.start for c in cands if settings[id(c)] is None}
    return [c for c in cands if settings[id(c)] is None or c.head.sent.start not in main]


_YEAR = re.compile(r"(1[6-9]|20)[0-9]{2}")


#: Years before the year of writing from which a year-dated event is history the story recalls:
#: "the November 2019 protests" in an article of 2020 is what it reports on (a monitor's retrospective,
#: an anniversary piece), "the 1988 massacre" or "the 1994 genocide" is background.
RECALLED_YEARS = 2


def _dated_by_year(noun: Token, written: int | None = None) -> bool:
    """An event noun dated by a year: "the 1994 genocide", "the September 11, 2001 attacks", "the
    purges of 1937", "the war in 1971": a year names a past event recalled, not one the story
    reports (a day's date, "Tuesday's attack", does not count). With the year of writing known,
    only a year at least :data:`RECALLED_YEARS` before it counts."""
    for dep in noun.children:
        years = []
        if dep.dep_ in {"nummod", "compound", "amod", "npadvmod", "nmod"}:
            years = [t.text for t in dep.subtree if _YEAR.fullmatch(t.text)]
        elif dep.dep_ == "prep" and dep.lower_ in {"of", "in"}:
            year = event_syntax.child(dep, "pobj")
            years = [year.text] if year is not None and _YEAR.fullmatch(year.text) else []
        if any(written is None or int(y) <= written - RECALLED_YEARS for y in years):
            return True
    return False


def _reference_point(c: _Cand, written: int | None = None) -> bool:
    """An event noun named only as a memory or a point in time, not an event of the sentence
    (round 38): one dated by a year ("the 1994 *genocide*", "the 2012 *attack*", "the September
    11, 2001 *attacks*"), or one in the "of"-phrase of a noun of the time around an event ("in the
    wake of *the massacre*", "the anniversary of *the bombing*", "in the aftermath of *the
    bombing*"; ``reference_point_nouns.txt``), up through "of"-phrases of quantity ("the
    anniversary of the start of *the protests*").

    A definite noun after "after/since/before/following" ("resigned after his arrest") is mostly a
    reference point too on fresh text, but dropping it moved a labelled held half: not a rule yet
    (README, thirty-eighth round).
    """
    if c.kind != "noun":
        return False
    noun = c.head
    if _dated_by_year(noun, written):
        return True
    tok = noun
    for _ in range(3):
        prep = tok.head
        if tok.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ != "of":
            return False
        if prep.head.lemma_.lower() in event_lexicon.REFERENCE_POINT_NOUNS:
            return True
        if prep.head.pos_ not in {"NOUN", "NUM"}:
            return False
        tok = prep.head
    return False


#: PLOVER types of statements and stances, which ACLED never codes as events.
_STATEMENT_TYPES = frozenset(
    {"DEMAND", "DISAPPROVE", "REJECT", "SUPPORT", "CONSULT", "INVESTIGATE", "AID", "COOPERATE", "CONCEDE"}
)


def _describes_participant(c: _Cand, parties: Counter[int]) -> bool:
    """A statement told as a participle describing a party of another event is no event of its own.

    "Protesters *demanding* the governor's resignation were dispersed by police", "a man
    *accused* of theft was lynched", "the army, *backed* by Rwandan troops, regained the town":
    the participle says who the protesters, the victim or the army are; the sentence reports the
    dispersal, the lynching, the recapture (and an event coder reads that one first).

    :param parties: how many times each token is an actor or target of the kept events.
    """
    if c.kind not in {"verb", "phrasal"} or c.type not in _STATEMENT_TYPES:
        return False
    if c.head.dep_ not in {"acl", "amod"} or c.head.tag_ not in {"VBG", "VBN"}:
        return False
    if _issuer(c.head) is not None:
        return False  # "adopted a resolution condemning …": the text speaks for its issuer
    # the noun counts when it is a party of this statement too ("protesters *demanding* …":
    # the protesters are its actor), so a participle on a party is never an event of its own
    return parties[c.head.head.i] > 0


def _attacked_unit(c: _Cand, attacked: set[int]) -> bool:
    """A unit noun that another event attacks names the unit, not a deployment: "a crowd attacked
    *a patrol*", "gunmen ambushed *a convoy*" (the attack is the event; the patrol is its target,
    as ACLED codes it, not a "Change to group/activity" of its own)."""
    return c.kind == "noun" and c.type == "MOBILIZE" and c.head.i in attacked


def _acting_body(c: _Cand, actors: set[int]) -> bool:
    """A meeting noun that is another event's actor names a body, not a meeting: "the bishops'
    *conference* defended …", "the Arab *summit* urged Israel to withdraw" (those met act as
    one; their act is the event), as "the Organisation of Islamic Cooperation" is no talks."""
    return c.kind == "noun" and c.type == "CONSULT" and c.head.dep_ in _SUBJECT_DEPS and c.head.i in actors


def _violence_by_head(kept: list[_Cand]) -> dict[int, list[_Cand]]:
    """The ASSAULT and FIGHT candidates of *kept* by their head's index, read once per article:
    :func:`_setting_of_violence` looked through every candidate for each noun, quadratic on a long
    text of violence."""
    out: dict[int, list[_Cand]] = {}
    for o in kept:
        if o.type in {"ASSAULT", "FIGHT"}:
            out.setdefault(o.head.i, []).append(o)
    return out


def _setting_of_violence(c: _Cand, violent: dict[int, list[_Cand]]) -> bool:
    """ "killed in a gunbattle": the noun is where the killing happened, not a second event."""
    if c.kind != "noun" or c.type not in {"ASSAULT", "FIGHT"} or c.head.dep_ != "pobj":
        return False
    verb = c.head.head.head
    return any(o is not c for o in violent.get(verb.i, ()))
