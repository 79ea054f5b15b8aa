"""Event nouns and the classes of objects: which noun is an event ("crackdown", "arrests of
children"), which object makes a verb an event of one type ("fired tear gas", "seized weapons"),
the weapon, crowd-control and explosive modifiers those classes read, and the participle of
what demonstrators demand ("marched, demanding …").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tally.extract.context import (
    doc_text,
    token_heads,
    token_lemmas,
    token_lowers,
    token_texts,
)
from tally.extract.events import lexicon as event_lexicon
from tally.extract.events import syntax as event_syntax
from tally.extract.events.lemmas import _LETTING_VERBS, _international_team, verb_lemma

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


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
        (_noun_key(tok) in event_lexicon.NOUNS and not _talk_of_one(tok))
        or (tok.lemma_.lower() == "state" and _head_of_sense(tok) is not None)
        or _procession_in_protest(tok)
        or _nominal_of_object(tok) is not None
        or _hearing_into(tok)
    )


#: Verbs a speech is given with: "gave / delivered a talk".
_SPEECH_GIVING_VERBS = frozenset({"give", "deliver"})
#: Prepositions that name the other side of a conversation: "a talk *with* the minister".
_PARTNER_PREPS = frozenset({"with", "between", "among"})


def _talk_of_one(tok: Token) -> bool:
    """A singular "talk" given or delivered, with no one it is held with, is a speech, not talks
    (round 57): "gave a talk on foreign policy", "delivered a short talk to the students". PLOVER's
    consultations are "talks", a talk "with" / "between" parties ("had a long talk with the
    minister"), or one travelled to ("return to Geneva for talk on missiles")."""
    if tok.lemma_.lower() != "talk" or tok.tag_ != "NN" or tok.dep_ != "dobj":
        return False
    if tok.head.lemma_.lower() not in _SPEECH_GIVING_VERBS:
        return False
    return not any(
        c.dep_ == "prep" and c.lower_ in _PARTNER_PREPS for t in (tok, tok.head) for c in t.children
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


#: ACLED's crowd-size tag, which its notes carry only for demonstrations (ACLED Codebook 2023).
_CROWD_SIZE_TAG = "[size="


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


def _said_sense(tok: Token) -> bool:
    """Whether a verb, alone or with its particle or preposition, says a demand, a protest or a stance."""
    lemma = verb_lemma(tok)
    senses = [event_lexicon.VERBS.get(lemma)] + [
        event_lexicon.PHRASAL.get((lemma, p.lower_)) for p in tok.children if p.dep_ in {"prep", "prt"}
    ]
    return any(sense is not None and sense.type in _SAID_TYPES for sense in senses)


#: PLOVER types of what demonstrators say: a demand, a condemnation, a rejection, support.
_SAID_TYPES = frozenset({"DEMAND", "DISAPPROVE", "REJECT", "SUPPORT", "PROTEST"})


def _stated_demand(ch: Token) -> bool:
    """A participle clause of what the demonstrators say: "marched, *demanding accountability for
    the killing of …*", "*calling for justice for a colleague who was shot dead*", "*condemning the
    arrest of …*". Like an "over …" phrase, it says what the march is about, not how it was met."""
    if ch.dep_ not in {"advcl", "acl", "xcomp"} or ch.tag_ != "VBG":
        return False
    return _said_sense(ch)
