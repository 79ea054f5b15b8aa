"""Verb lemmas as the lexicon knows them, and small readings of a verb's complement.

Triggers are looked up by lemma, so a form spaCy's lemmatiser leaves unknown is read off its
inflection here first: a prefixed irregular past ("retook" → "retake"), a hyphenated form the
tokeniser splits ("tear-gassed"). The complement readings that the sense and noun steps share
live here too: a commitment ("remain committed to the ceasefire"), whom a letting verb lets
act, a team an organisation sends, a crime or an ill that is fought.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from tally.extract.context import (
    token_children,
    token_deps,
    token_lowers,
)
from tally.extract.events import lexicon as event_lexicon
from tally.extract.events import syntax as event_syntax
from tally.extract.events.candidate import _Cand

if TYPE_CHECKING:
    from spacy.tokens import Token


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
    # round 50: ideologies and wrongs fought as a policy ("vowed to fight terrorism")
    | {"terrorism", "extremism", "radicalism", "racism", "discrimination", "impunity"}
)

#: Prepositions that name what a fight is waged on: "a battle *against* corruption", "a war *on* poverty".
_FOUGHT_PREPOSITIONS = frozenset({"against", "on"})


def _fought_ill(noun: Token) -> bool:
    """ "their battle *against corruption*", "a war *on smuggling*": a fight noun whose foe is a
    crime or an ill (:data:`_SOCIAL_ILLS`) names a policy, no armed fight (round 50)."""
    foe = event_syntax.prep_object(noun, _FOUGHT_PREPOSITIONS)
    return foe is not None and _social_ill(foe)


def _social_ill(obj: Token) -> bool:
    """ "fight *drug trafficking*", "combat *corruption*": the object's head is a crime or an ill."""
    return event_syntax.core_noun(obj).lemma_.lower() in _SOCIAL_ILLS


#: Verbs that promise only with a "to" complement: "undertook *to withdraw*".
_PROMISE_COMPLEMENT = frozenset({"undertake"})


#: Reflexive pronouns: what one surrenders when one "hands oneself over".
_REFLEXIVES = frozenset({"himself", "herself", "themselves", "itself", "myself", "ourselves", "yourself"})


def child_is_to(verb: Token) -> bool:
    """Whether *verb* is an infinitive marked by "to"."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
