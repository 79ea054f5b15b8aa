"""The parse's basic questions about one token, which both the arguments (:mod:`.syntax`) and the
modality (:mod:`.modal_syntax`) of an event ask: its first child by relation, the object of a
preposition on it, whether it names a time or a party (a name, a people, a group noun, an office
holder), and the token range of the noun phrase it heads and of its core noun.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tally.extract.context import (
    token_children,
    token_deps,
    token_lowers,
)
from tally.extract.events import lexicon as event_lexicon

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj"})
#: Children of a noun that are not part of its name or description as an actor.
CUT_DEPS = frozenset({"relcl", "acl", "appos", "advcl", "punct", "parataxis", "cc", "mark", "dep"})
#: Nouns whose of-phrase names the one who acts ("protests of workers", "build-up of forces");
#: for all other event nouns it names the one acted upon ("arrest of children").
AGENTIVE_NOUN_TYPES = frozenset({"PROTEST", "MOBILIZE", "DEMAND", "CONSULT", "AGREE", "SUPPORT"})


def child(tok: Token, *deps: str) -> Token | None:
    """The first child of *tok* with one of the relations *deps* (a loop, not ``next`` over a generator:
    asked some 300 times per article)."""
    doc = tok.doc
    relations = token_deps(doc)  # a Token only for the child found
    for c in token_children(doc)[tok.i]:
        if relations[c] in deps:
            return doc[c]
    return None


def prep_object(tok: Token, preps: frozenset[str]) -> Token | None:
    """The object of the first preposition in *preps* attached to *tok* (never a date)."""
    doc = tok.doc
    deps, lowers = token_deps(doc), token_lowers(doc)  # a Token only for the preposition found
    for i in token_children(doc)[tok.i]:
        if deps[i] in {"prep", "agent", "dative"} and lowers[i] in preps:
            obj = child(doc[i], "pobj") or _gerund_subject(doc[i])
            if obj is not None and not is_time(obj):
                return obj
    return None


def _gerund_subject(prep: Token) -> Token | None:
    """The people a preposition names when the parser reads them as the subject of a gerund after
    it ("opened fire on *protesters* marching towards the palace": "marching" its pcomp, the
    protesters that gerund's subject); round 23."""
    comp = child(prep, "pcomp")
    if comp is None or comp.tag_ != "VBG":
        return None
    subj = child(comp, "nsubj")
    if subj is None or subj.i > comp.i or subj.pos_ not in {"NOUN", "PROPN"}:
        return None
    return subj


#: Determiners that leave a noun bare or indefinite ("a rally", "any strike").
_INDEFINITE = frozenset({"a", "an", "any"})


def verb_of_bare_noun(noun: Token, role: str, *, uncounted: bool = False) -> Token | None:
    """The verb whose *role* ("dobj", "nsubj") a bare or indefinite event noun is, directly or as the
    object of a preposition on it ("calls *a rally*", "come under *attack*", "if *a strike* goes
    ahead"). A definite or possessed noun ("the strike", "their march") names an act of its own
    occasion, and has none; so, with *uncounted*, has a counted one ("two rallies")."""
    marks = {"poss", "nummod"} if uncounted else {"poss"}
    if any(c.dep_ in marks or (c.dep_ == "det" and c.lower_ not in _INDEFINITE) for c in noun.children):
        return None
    gov = noun.head
    if noun.dep_ == "pobj" and gov.dep_ == "prep":
        gov = gov.head
    elif noun.dep_ != role:
        return None
    return gov if gov.i != noun.i and gov.pos_ in {"VERB", "AUX"} else None


def is_time(tok: Token) -> bool:
    return tok.ent_type_ in {"DATE", "TIME"}


def is_party(tok: Token) -> bool:
    """Whether *tok* heads a phrase naming an actor: a name, a people, a group noun."""
    core = core_noun(tok)
    if is_time(core):
        return False
    if core.ent_type_ in {"PERSON", "ORG", "GPE", "NORP", "LOC"} or core.pos_ == "PROPN":
        return True
    return core.lemma_.lower() in event_lexicon.GROUP_NOUNS or core.lemma_.lower() in _OFFICE_HOLDERS


#: Heads of a phrase naming one person by office: "his Congolese *counterpart*", "the Lao
#: *president*". Parties as targets only (they make no GROUP entity of their own).
_OFFICE_HOLDERS = frozenset(
    {"counterpart", "president", "premier", "chancellor", "king", "queen", "emir", "sultan", "monarch"}
    | {"prince", "pope", "mayor", "governor", "ambassador", "secretary-general"}
    # people by occupation or role and bodies that act as one (never GROUP entities of their
    # own): "blamed *the military*", "questioned *the editor*", "support for *the junta*"
    | {"junta", "military", "navy", "parliament", "senate", "congress", "council", "commission"}
    | {"cabinet", "presidency", "regulator", "ombudsman", "lawmaker", "legislator", "senator"}
    | {"politician", "candidate", "voter", "commander", "chief", "servant", "editor", "publisher"}
    | {"writer", "artist", "poet", "doctor", "nurse", "medic", "trader", "merchant", "driver"}
    | {"fisherman", "pilgrim", "worshipper", "mourner", "bishop", "priest", "imam", "monk"}
    | {"striker", "depositor", "investor", "bank", "bloc", "alliance", "coalition", "agency"}
    | {"committee", "panel", "board", "side"}
)


#: Nouns of a stretch of time that an apposition dates a clause by: "the deadliest *day* of …".
SPAN_NOUNS = frozenset({"day", "night", "week", "weekend", "month", "evening", "morning", "anniversary"})


def _anti(tok: Token) -> bool:
    """Whether *tok* is the second part of an "anti-" compound the parser split ("anti", "-", "junta")."""
    doc = tok.doc
    return tok.i >= 2 and doc[tok.i - 1].text == "-" and doc[tok.i - 2].lower_ == "anti"


def phrase(tok: Token) -> tuple[int, int]:
    """Token range ``[start, end)`` of the noun phrase headed by *tok*, without clauses."""
    keep = {tok.i}
    stack = [tok]
    while stack:
        cur = stack.pop()
        for c in cur.children:
            if c.dep_ in CUT_DEPS and not (
                c.dep_ == "cc" and cur.i == tok.i and child(tok, "conj") is not None
            ):
                continue
            if (
                c.dep_ == "prep"
                and cur.dep_ != "amod"  # "militants loyal to …"
                and (c.lower_ not in event_lexicon.KEEP_PREPS or (cur.i != tok.i and c.lower_ != "of"))
            ):
                continue
            if c.dep_ == "conj" and cur.i != tok.i:
                continue
            keep.add(c.i)
            stack.append(c)
    start, end = min(keep), max(keep) + 1
    doc = tok.doc
    # the phrase is contiguous up to the first cut on each side of the head
    while start < tok.i and (doc[start].is_punct or doc[start].lower_ in {"and", "or"}):
        start += 1
    while end - 1 > tok.i and (doc[end - 1].is_punct or doc[end - 1].lower_ in {"and", "or"}):
        end -= 1
    for i in range(tok.i + 1, end):
        if i not in keep:
            end = i
            break
    i = tok.i - 1
    while i >= start:
        if i not in keep:
            opening = _acronym_before(doc, i)
            if opening is not None and opening - 1 >= start and opening - 1 in keep:
                i = opening - 1  # "Kachin Independence Army (KIA) troops": the name's acronym is in it
                continue
            start = i + 1
            break
        i -= 1
    return start, end


def _acronym_before(doc: Doc, close: int) -> int | None:
    """The index of the "(" of a bracketed acronym or short name that ends at *close* (a ")"), at
    most three tokens inside: ACLED and the press name a group with its acronym before the head
    noun ("Allied Democratic Forces (ADF) rebels"), which keeps the group's name in the phrase."""
    if doc[close].text != ")":
        return None
    for j in range(close - 1, max(close - 5, -1), -1):
        if doc[j].text == "(":
            return j if j < close - 1 else None
        if doc[j].is_punct:
            return None
    return None


def core_noun(tok: Token) -> Token:
    """The noun naming who is meant: through "numbers of" to "protesters"."""
    if tok.lemma_.lower() in event_lexicon.QUANTITY_HEADS or tok.pos_ == "NUM":
        of = prep_object(tok, frozenset({"of"}))
        if of is not None:
            return of
    return tok


def core_span(tok: Token) -> tuple[int, int]:
    """Token range of the head noun with its adjacent compounds and adjectives ("security forces")."""
    start = tok.i
    while start > 0:
        prev = tok.doc[start - 1]
        if (
            prev.head.i == tok.i
            and prev.dep_ in {"compound", "amod"}
            or (prev.dep_ == "compound" and prev.head.i == start)
        ):
            start -= 1
        else:
            break
    return start, tok.i + 1
