"""Small readings of the parse that the trigger, argument, type and modality steps all need: a
passive's agent, whether a word is a person, a party's owner or counterpart, who a state party
is, whether an act is alleged, a clause's main subject.

They sit in one low module so that the step modules above import them without importing
each other.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tally import lexicons
from tally.extract.context import subtree_text
from tally.extract.events import lexicon as event_lexicon
from tally.extract.events import syntax as event_syntax
from tally.extract.events.acled import actor_kind
from tally.extract.events.candidate import _Cand
from tally.extract.events.nouns import _crowd_control, _noun_key
from tally.lang import active

if TYPE_CHECKING:
    from spacy.tokens import Token


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


def _misread_object(noun: Token, verb: Token) -> bool:
    """An event noun the parser read as an object predicate ("called *a three-day national
    stay-away*" as if "called him a liar"): with no other object beside it, it is the object."""
    return (
        noun.dep_ == "oprd"
        and any(d.dep_ == "det" and d.lower_ in {"a", "an", "the"} for d in noun.children)
        and event_syntax.child(verb, "dobj") is None
    )


#: Verbs that place something on a footing: "put / placed its troops *on alert*".
#: Verbs of stopping work or trade: done "in protest", they are a strike.
_STOPPAGE_VERBS = frozenset({"shut", "close", "stop", "down", "halt", "suspend", "stay"})


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


def _issuer(verb: Token) -> Token | None:
    """Who speaks through a text that a participle describes: "the Parliament adopted *a
    resolution condemning* the executions" (the resolution is no party; who adopted it is)."""
    noun = verb.head
    if verb.dep_ != "acl" or verb.tag_ != "VBG" or noun.dep_ != "dobj" or event_syntax.is_party(noun):
        return None
    subj = event_syntax.child(noun.head, "nsubj")
    return subj if subj is not None and subj.pos_ in {"NOUN", "PROPN"} else None


#: Light verbs that put someone under an event: "placed under arrest", "taken into custody".
_PLACING_VERBS = frozenset({"put", "place", "hold", "keep", "take", "bring", "subject"})


def _kind_of(tok: Token) -> str | None:
    """ACLED's actor kind of the phrase headed by *tok* (see :func:`actor_kind`)."""
    return actor_kind(subtree_text(event_syntax.core_noun(tok)))


def _state_party(tok: Token | None) -> bool:
    """The police or other state forces: what civilians clash with in a riot."""
    return tok is not None and _kind_of(tok) == "state"


def _gazetteer_name(tok: Token) -> bool:
    """A proper name the small model tags as a person or an organisation ("sent troops to
    *Mali*", "to *Cabo Delgado*") that names a country or region in the gazetteer."""
    from tally.resources.gazetteer import load_gazetteer

    if tok.pos_ != "PROPN" or tok.ent_type_ in {"DATE", "TIME"}:
        return False
    parts = [t for t in tok.children if t.dep_ == "compound" and t.pos_ == "PROPN" and t.i < tok.i]
    name = " ".join(t.text for t in [*parts, tok])
    return any(e.kind in {"country", "admin1"} for e in load_gazetteer().lookup(name))


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


#: Determiners that name an act already known (one that happened): "planned *the* attacks".
_DEFINITE_DETERMINERS = frozenset({"the", "this", "that", "these", "those"})


def _definite(noun: Token) -> bool:
    """Whether *noun* has a definite determiner or a possessor: an act already known ("*the*
    attack", "*its* offensive")."""
    return any(
        (ch.dep_ == "det" and ch.lower_ in _DEFINITE_DETERMINERS) or ch.dep_ == "poss" for ch in noun.children
    )


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


#: Pronouns that name no one in particular: never a PLOVER target.
_WHOEVER = frozenset({"anyone", "anybody", "everyone", "everybody", "whoever", "someone", "somebody"})


#: Verbs whose "of"/"with" phrase names what someone is said to have done ("suspected of stealing").
_CHARGE_VERBS = frozenset({"accuse", "suspect", "charge", "convict", "allege"})


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


#: Dependencies of a verb's subjects: the parties a descriptive participle may describe.
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
