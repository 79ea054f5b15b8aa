"""How sure the sentence is of an event, read off the parse around its trigger: negation and
negative subjects, future and obligation, purpose, conditions and hypotheticals, what someone may
do, denials and calls-off, attempts, generic conditions ("anyone found carrying …", "whoever
blocks …"), and the reporting verb above the trigger.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tally.extract.context import (
    token_children,
    token_deps,
    token_heads,
    token_lemmas,
    token_lowers,
    token_pos,
)
from tally.extract.events import lexicon as event_lexicon
from tally.extract.events.phrases import SUBJECTS, child, verb_of_bare_noun

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


def aux_lowers(verb: Token) -> set[str]:
    deps, lowers = token_deps(verb.doc), token_lowers(verb.doc)  # no Token per child
    return {lowers[c] for c in token_children(verb.doc)[verb.i] if deps[c] in {"aux", "auxpass"}}


def is_negated(tok: Token) -> bool:
    deps, every = token_deps(tok.doc), token_children(tok.doc)  # no Token per child
    children = every[tok.i]
    if any(deps[c] == "neg" for c in children):
        return True
    if any(deps[c] in {"aux", "auxpass"} and any(deps[g] == "neg" for g in every[c]) for c in children):
        return True  # "was never, ever deported": the parser hangs the negation on the auxiliary (round 57)
    lowers = token_lowers(tok.doc)
    return any(deps[c] == "det" and lowers[c] == "no" for c in children)


#: Subjects that deny the act of their verb: "*nobody* was arrested", "*none* of them was held".
_NEGATIVE_SUBJECTS = frozenset({"nobody", "none", "noone"})


def has_negative_subject(verb: Token) -> bool:
    """Whether *verb*'s subject says nobody did or underwent it: "nobody", "none (of …)", "no
    one", or a noun with "no" ("no protesters were detained"); round 23."""
    subj = child(verb, "nsubj", "nsubjpass")
    if subj is None:
        return False
    if subj.lower_ in _NEGATIVE_SUBJECTS:
        return True
    return any(c.dep_ == "det" and c.lower_ == "no" for c in subj.children)


def is_future(verb: Token, auxes: set[str] | None = None) -> bool:
    """Will/would, "be going to", or the complement of an intention ("plan to", "ready to").

    *auxes*: the verb's :func:`aux_lowers` when the caller has them (read once for both
    this test and :func:`has_obligation`, asked of every verb)."""
    if auxes is None:
        auxes = aux_lowers(verb)
    if auxes & event_lexicon.FUTURE_MODALS:
        return True
    if verb.dep_ == "pcomp":
        return is_intended_on(verb)
    if verb.dep_ != "xcomp":
        return False  # asked of every verb: the head's Token is made only for a complement
    head = verb.head
    if head.i != verb.i:
        if head.lemma_.lower() in event_lexicon.INTENT or head.lower_ == "going":
            return True
        if head.pos_ == "ADJ" and head.head.i != head.i:
            return is_future(head.head)  # "we'll be able to show": the modal is on "be"
        if head.lemma_.lower() in event_lexicon.PASS_THROUGH:
            return is_future(head)
    return False


def is_intended_on(verb: Token) -> bool:
    """A gerund after "on" under a verb of intention ("is *planning on visiting* the towns", "plans
    on holding a march"): an act intended, as "plan to" makes it (round 56). Asked of a ``pcomp``
    verb only. Adjectives ("bent on destroying him") are left: round 39 reads that as ruin."""
    prep = verb.head
    if prep.i == verb.i or prep.dep_ != "prep" or prep.lower_ != "on":
        return False
    return prep.head.pos_ == "VERB" and prep.head.lemma_.lower() in event_lexicon.INTENT


def grammatical_subject(verb: Token) -> Token | None:
    """The subject of *verb*, or of the clause an infinitive complement completes."""
    subj = child(verb, "nsubj", "nsubjpass")
    if subj is not None or verb.dep_ != "xcomp" or verb.head.i == verb.i:
        return subj
    head = verb.head
    if head.pos_ == "ADJ" and head.head.i != head.i:
        head = head.head
    return child(head, "nsubj", "nsubjpass")


def has_obligation(verb: Token, auxes: set[str] | None = None) -> bool:
    """Must/should/have to/need to; *auxes* as for :func:`is_future`."""
    if (aux_lowers(verb) if auxes is None else auxes) & event_lexicon.OBLIGATION_MODALS:
        return True
    if verb.dep_ != "xcomp":
        return False  # asked of every verb: the head's Token is made only for a complement
    return verb.head.lemma_.lower() in {"have", "need"} and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in verb.children
    )


def is_purpose(verb: Token) -> bool:
    """An infinitive of purpose: "(in order) to counter possible unrest"."""
    if verb.dep_ == "advcl" and any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children):
        return True
    return verb.dep_ == "acl" and verb.head.lower_ == "order" and verb.head.head.lower_ == "in"


def is_aim_of_noun(verb: Token) -> bool:
    """An infinitive on a noun of intention, proposal or directive (``aim_nouns.txt``), what the
    noun aims at: "a plan *to attack* the port", "a motion *to ban* protests", "a decree *to
    release* prisoners". The act is aimed at, planned, proposed or ordered, not reported done
    (round 58); "used a knife *to stab* him" was done, and an attempt's act is one PLOVER codes
    (nouns of an attempt are not in the list)."""
    if verb.dep_ != "acl" or verb.tag_ != "VB":
        return False
    head = verb.head
    return (
        head.pos_ == "NOUN"
        and head.lemma_.lower() in event_lexicon.AIM_NOUNS
        and any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children)
        and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)
    )


def is_proposed(verb: Token) -> bool:
    """An act in the subjunctive that-clause of a verb of proposing (``proposing_verbs.txt``):
    "suggested that the islands *be ceded*", "proposed that both armies *withdraw*". The clause's
    verb is bare ("withdraw", or "be" + participle) with a subject of its own and no other
    auxiliary, so a clause of fact ("suggested that the troops *had withdrawn*", "insists that
    he *is* innocent") is not read. The act is proposed, not done (round 55)."""
    head = verb.head
    if verb.dep_ != "ccomp" or head.i == verb.i or head.lemma_.lower() not in event_lexicon.PROPOSING_VERBS:
        return False
    if not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        return False
    auxes = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    # the small model tags a bare verb after a plural subject VBP ("that both armies *withdraw*");
    # after a past "proposed" a present tense breaks the sequence of tenses, so it is the subjunctive
    bare = verb.tag_ == "VB" or (verb.tag_ == "VBP" and head.tag_ in {"VBD", "VBN"})
    if bare:
        return not auxes
    return verb.tag_ == "VBN" and len(auxes) == 1 and auxes[0].lower_ == "be"


def is_hypothetical(tok: Token) -> bool:
    """A conditional, a possibility modal, or an event only feared or guarded against."""
    if aux_lowers(tok) & event_lexicon.POSSIBILITY_MODALS:
        return True
    if any(c.dep_ == "mark" and c.lower_ in {"if", "unless", "whether"} for c in tok.children):
        return True
    if any(
        c.dep_ == "amod" and c.lemma_.lower() in event_lexicon.HYPOTHETICAL_MODIFIERS for c in tok.children
    ):
        return True
    tok = _governed_conjunct(tok)
    head = _governor(tok)
    if _gerund_of(tok) and tok.head.lower_ == "from" and _kept_from(head):
        return True  # "barred them *from holding* rallies": an act kept from happening (round 58)
    if (
        tok.dep_ == "pobj"
        and head.lemma_.lower() in event_lexicon.ONSET_NOUNS
        and head.dep_ in {"dobj", "pobj"}
    ):
        tok, head = head, _governor(head)  # "fear a *return* of the riots": the onset is what is feared
    return (
        head.i != tok.i
        and (tok.dep_ in {"dobj", "pobj"} or _gerund_of(tok))
        and head.lemma_.lower() in event_lexicon.HYPOTHETICAL_GOVERNORS
    )


def _kept_from(head: Token) -> bool:
    """*head* (of a "from" gerund) keeps a party from acting: a verb of preventing, or its object
    where the parser hangs "from" on the party ("barred *the opposition* from holding rallies")."""
    if head.dep_ == "dobj" and head.head.i != head.i:
        head = head.head
    return head.pos_ in {"VERB", "AUX"} and head.lemma_.lower() in event_lexicon.PREVENTING_VERBS


def _gerund_of(tok: Token) -> bool:
    """A gerund after "of" or "from": "the risk *of being deported*", "the prospect *of reaching* a
    deal", "kept them *from leaving*" (round 51: the governor was read only for a noun)."""
    return tok.dep_ == "pcomp" and tok.head.dep_ == "prep" and tok.head.lower_ in {"of", "from"}


def _governed_conjunct(tok: Token) -> Token:
    """The first of the coordinated nouns or gerunds *tok* is one of, which the governor reads:
    "the threat of detention and even *deportation*", "fear of being arrested or *beaten*" (round
    51). A verb joined to a clause's own verb is left alone ("feared arrest and *fled*")."""
    first = _coordination_head(tok)
    if first.i == tok.i or not (first.dep_ in {"dobj", "pobj"} or _gerund_of(first)):
        return tok
    return first


def _coordination_head(noun: Token) -> Token:
    """The first conjunct of *noun*: "the arrest *and conviction*" reads its role off "arrest"."""
    for _ in range(4):
        if noun.dep_ != "conj" or noun.head.i == noun.i:
            break
        noun = noun.head
    return noun


def is_awaited(noun: Token) -> bool:
    """An event noun named as still ahead: the object of "await" ("migrants *awaiting deportation*"),
    of "pending" ("held *pending extradition*"), or of "for" after a word of ``awaiting_words.txt``
    ("*slated for* removal", "*waiting for* execution"). The act is planned, not done (round 51)."""
    noun = _coordination_head(noun)
    head = noun.head
    if head.i == noun.i:
        return False
    if noun.dep_ == "dobj":
        return head.lemma_.lower() == "await"
    if noun.dep_ != "pobj" or head.dep_ != "prep":
        return False
    if head.lower_ == "pending":
        return True
    gov = head.head
    words = event_lexicon.AWAITING_WORDS
    return head.lower_ == "for" and (gov.lemma_.lower() in words or gov.lower_ in words)


#: Nouns of what a reward is paid for: "information *leading to* the arrest", "any tip that leads to …".
_LEAD_NOUNS = frozenset({"information", "tip", "tipoff", "tip-off", "intelligence", "evidence", "clue"})
#: Nouns whose "for" noun is an act sought, not done: "a *warrant for* his arrest", "a *reward for* the capture".
_SOUGHT_ACT_NOUNS = frozenset({"warrant", "reward", "bounty"})


def is_sought_outcome(noun: Token) -> bool:
    """An event noun named only as what a warrant or a reward is for: "a *warrant for* his arrest",
    "a reward *for* the capture of …", "a reward for information *leading to* the arrest of …", "any
    tip *that leads to* the capture …". The act is sought, not done (round 51). A past "led to"
    ("a tip led to the arrest") and protests "leading to arrests" tell acts that happened."""
    noun = _coordination_head(noun)
    head = noun.head
    if noun.dep_ != "pobj" or head.dep_ != "prep" or head.head.i == head.i:
        return False
    gov = head.head
    if head.lower_ == "for":
        return gov.lemma_.lower() in _SOUGHT_ACT_NOUNS
    return (
        head.lower_ == "to"
        and gov.lemma_.lower() == "lead"
        and gov.dep_ in {"acl", "relcl"}
        and gov.tag_ in {"VBG", "VBZ", "VBP"}
        and gov.head.lemma_.lower() in _LEAD_NOUNS
    )


def _governor(tok: Token) -> Token:
    """The word that governs *tok*: its head, or the head of its preposition ("afraid *of* protests")."""
    head = tok.head
    return head.head if tok.dep_ in {"pobj", "pcomp"} and head.dep_ == "prep" else head


#: Auxiliaries that open a clause of condition put before its subject: "*should* the army attack".
_INVERTED_CONDITION = frozenset({"should", "were", "had"})


def conditional_clause(verb: Token) -> bool:
    """Whether *verb* heads a clause of condition: "*if* the strike goes ahead", "*unless* wages are
    paid", or one opened by "should", "were" or "had" before its subject ("*should* the army launch
    an offensive, …", "*were* they to be invaded"); round 39."""
    if any(c.dep_ == "mark" and c.lower_ in {"if", "unless"} for c in verb.children):
        return True
    if verb.dep_ != "advcl":
        return False
    first = verb.left_edge.i
    return any(
        c.i == first and c.dep_ in {"aux", "auxpass"} and c.lower_ in _INVERTED_CONDITION
        for c in verb.children
    )


#: Auxiliaries of a remote or unreal consequence: "he *would* resign", "he*'d* resign".
_UNREAL = frozenset({"would", "'d", "’d"})


def is_counterfactual(verb: Token) -> bool:
    """The consequence of a condition, or an act that did not happen: "if he had any decency he
    *would resign*", "they *would have released* the hostages" (round 58). "Would" with a clause of
    condition of its own (not under a reporting verb: "said they would meet him if he gave them a
    veto" reports a "will", a conditional promise), or "would have" with a participle; "will" with a
    condition is a threat or a plan and is read elsewhere, and "said he would resign" is a plan."""
    auxes = aux_lowers(verb)
    if not auxes & _UNREAL:
        return False
    if verb.tag_ == "VBN" and auxes & {"have", "'ve", "’ve"}:
        return True
    if reporting_ancestor(verb) is not None:
        return False  # "said they would meet him if …": a reported "will", a conditional promise
    return any(c.dep_ == "advcl" and conditional_clause(c) for c in verb.children)


def in_conditional_clause(noun: Token) -> bool:
    """An event noun, bare or indefinite, that is the subject of a clause of condition or the object
    of its preposition: "if *a strike* goes ahead", "should Russia come under *attack*" (round 39).
    A definite or possessed one ("if *the* strike continues") and the patient of the condition ("if
    sanctions are lifted", "if they lift the sanctions") name acts that are real."""
    gov = verb_of_bare_noun(noun, "nsubj")
    return gov is not None and conditional_clause(gov)


def may_be_done(tok: Token) -> bool:
    """An act named as what someone has the right, power, permission or choice to do: the
    "to"-infinitive or "of"-gerund of a noun of :data:`MODAL_NOUNS` ("the right *to protest*",
    "permission *to resume* air strikes", "the option *of closing* the square"), or a verb
    coordinated with one ("the right to assemble and *march*"). A right or chance exercised
    ("exercised their right to march") names an act done (round 39)."""
    if tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ == "acl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        noun = tok.head
    elif tok.dep_ == "pcomp" and tok.head.lower_ == "of" and tok.head.dep_ == "prep":
        noun = tok.head.head
    else:
        return False
    if noun.lemma_.lower() not in event_lexicon.MODAL_NOUNS:
        return False
    return not (noun.dep_ == "dobj" and noun.head.lemma_.lower() in event_lexicon.EXERCISE_VERBS)


def reporting_ancestor(tok: Token) -> Token | None:
    """The reporting verb whose complement holds *tok* ("…, officials said")."""
    doc = tok.doc
    # the walk reads the Doc's columns: a Token is made only for the verb or noun returned
    heads, deps, lemmas = token_heads(doc), token_deps(doc), token_lemmas(doc)
    cur = tok.i
    for _ in range(8):  # a root is its own head: the walk stays on it, as on a Token
        head = heads[cur]
        if lemmas[head] in event_lexicon.REPORTING and deps[cur] in {
            "ccomp",
            "xcomp",
            "dobj",
            "conj",
            "advcl",
        }:
            return doc[head]
        if lemmas[head] in event_lexicon.REPORTING_NOUNS and deps[cur] in {"acl", "ccomp", "relcl"}:
            return doc[heads[head]] if token_pos(doc)[heads[head]] in {"VERB", "AUX"} else doc[head]
        # "X did Y, officials said": the reporting verb is a parataxis/ccomp child of the root
        cur = head
    return None


def reporting_child(root: Token) -> Token | None:
    """A reporting verb attached under the main clause ("…, a spokesman said").

    The children's relations and lemmas are read from the Doc's columns (asked for most events):
    a Token is made only for a reporting verb after the root."""
    doc = root.doc
    deps, lemmas = token_deps(doc), token_lemmas(doc)
    for i in token_children(doc)[root.i]:
        if deps[i] in {"parataxis", "ccomp", "advcl"} and lemmas[i] in event_lexicon.REPORTING and i > root.i:
            c = doc[i]
            if child(c, "nsubj") is not None or child(c, "agent") is not None:
                return c
    return None


def according_to(sent: Span) -> bool:
    """Whether *sent* has "according to", read from the Doc's lower forms (asked for most events:
    a list of the sentence's tokens made a Token per word)."""
    lowers = token_lowers(sent.doc)
    last = len(lowers) - 1
    return any(
        lowers[i] == "according" and i < last and lowers[i + 1] == "to" for i in range(sent.start, sent.end)
    )


#: Subjects that make a relative clause a condition, not a report: "anyone who blocks roads".
GENERIC_HEADS = frozenset({"anyone", "anybody", "whoever", "everyone", "everybody", "those", "any"})
#: Verbs whose complement is an act said not to have happened: "denied that it had shelled".
DENIAL_VERBS = frozenset({"deny", "refute"})
#: Verbs that cancel the event noun they take: "called off the rally", "cancelled a march".
CANCEL_VERBS = frozenset({"cancel", "postpone", "abandon", "scrap", "suspend"})


def is_denied(verb: Token) -> bool:
    """The act is the complement of a denial ("X denied that it had …", "denied shelling …")."""
    head = verb.head
    return (
        head.i != verb.i
        and verb.dep_ in {"ccomp", "xcomp", "pcomp", "dobj"}
        and head.lemma_.lower() in DENIAL_VERBS
    )


def is_called_off(verb: Token) -> bool:
    """*verb* cancels what it governs: "called off", "cancelled", "postponed"."""
    lemma = verb.lemma_.lower()
    if lemma in CANCEL_VERBS:
        return True
    return lemma == "call" and any(c.dep_ == "prt" and c.lower_ == "off" for c in verb.children)


#: Nouns of an act tried or intended, whose "to"-infinitive names the act: "attempts to seize".
ATTEMPT_NOUNS = frozenset({"attempt", "effort", "bid", "plan", "plot"})


def _attempted_act(verb: Token) -> bool:
    """*verb* is the "to"-infinitive of an attempt noun: "attempts *to storm* the parliament"."""
    return (
        verb.dep_ == "acl"
        and verb.head.lemma_.lower() in ATTEMPT_NOUNS
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    )


def is_generic_condition(verb: Token) -> bool:
    """A relative clause on a generic or threatened noun: an act that may happen, not one that did.

    "Anyone who blocks roads will be punished", "protesters who occupy the square
    would be arrested": the blocking and occupying are the threat's condition.
    """
    if is_free_relative(verb):
        return True  # "*whoever blocks* the roads will be arrested" (round 21)
    # a participle does as a relative clause does: "anyone *blocking* highways will be arrested"
    attempt = _attempted_act(verb)
    if verb.dep_ != "relcl" and not (verb.dep_ == "acl" and verb.tag_ == "VBG") and not attempt:
        return False
    noun = verb.head
    if noun.lower_ in GENERIC_HEADS:
        return True
    if attempt and any(d.dep_ == "det" and d.lower_ in GENERIC_HEADS | {"every"} for d in noun.children):
        return True  # "*any attempt to* march on the palace will be dealt with firmly"
    governor = noun.head
    if governor.i == noun.i or noun.dep_ not in SUBJECTS | {"dobj"}:
        return False
    return (
        is_future(governor)
        or has_obligation(governor)
        or bool(aux_lowers(governor) & event_lexicon.POSSIBILITY_MODALS)
        # "protesters who are arrested *face* up to five years": a class of people (round 39)
        or (
            noun.dep_ in SUBJECTS
            and governor.tag_ in {"VBZ", "VBP"}
            and governor.lemma_.lower() in event_lexicon.FACING_VERBS
        )
    )


#: How far up a word is followed to the clause on a generic noun that may hold it.
_CONDITION_DEPTH = 8


def generic_condition_governor(tok: Token) -> Token | None:
    """The verb whose condition *tok* is part of, deep inside a clause on a generic noun:
    "anyone *found carrying banners at the march* would be prosecuted", "anyone *caught with a knife
    at the rally* would be detained": the march and the carrying are the threat's condition, as
    the clause is (round 24). The clause is a participle or relative clause on the generic noun
    (governed by the noun's head) or a clause subject whose own subject is generic (as the parser
    reads "anyone caught …"; governed by its head). A bounded walk up the heads
    (:data:`_CONDITION_DEPTH`)."""
    doc = tok.doc
    # the walk reads the Doc's columns: a Token is made only for the verb returned
    heads, deps, lowers, children = token_heads(doc), token_deps(doc), token_lowers(doc), token_children(doc)
    cur = tok.i
    for _ in range(_CONDITION_DEPTH):  # a root is its own head: the walk stays on it, as on a Token
        if deps[cur] in {"relcl", "acl"} and lowers[heads[cur]] in GENERIC_HEADS:
            return doc[heads[heads[cur]]]
        if deps[cur] in {"csubj", "csubjpass"} and any(
            deps[c] in SUBJECTS and lowers[c] in GENERIC_HEADS for c in children[cur]
        ):
            return doc[heads[cur]]
        cur = heads[cur]
    return None


#: Pronouns that open a free relative clause: "*whoever* blocks the roads".
_FREE_RELATIVE_PRONOUNS = frozenset({"whoever", "whomever"})


def is_free_relative(verb: Token) -> bool:
    """A clause subject opened by "whoever": "Whoever blocks the roads will be arrested", whose
    act is the condition of what the main verb says will happen (round 21)."""
    if verb.dep_ not in {"csubj", "csubjpass"}:
        return False
    return any(c.dep_ in SUBJECTS and c.lower_ in _FREE_RELATIVE_PRONOUNS for c in verb.children)


def condition_governor(verb: Token) -> Token:
    """The verb whose condition a generic act is: the clause's own head for a free relative
    ("whoever blocks … *will be arrested*"), the head of the generic noun otherwise ("anyone who
    blocks … *will be punished*")."""
    return verb.head if is_free_relative(verb) else verb.head.head


def small_clause(verb: Token) -> tuple[Token, Token] | None:
    """(the object, its predicate) of a verb whose object the parser hangs as the subject of an
    adjective complement: "freed [all the passengers unharmed]", "set [the prisoners free]",
    "beat [the student unconscious]" (the object made a ``nsubj`` of a ``ccomp``/``oprd`` adjective).
    None when the verb has an object of its own or no such complement (round 46)."""
    if child(verb, "dobj") is not None:
        return None
    for c in verb.children:
        if c.dep_ in {"ccomp", "oprd"} and c.pos_ == "ADJ" and c.i > verb.i:
            subject = child(c, "nsubj")
            if subject is not None and verb.i < subject.i < c.i:
                return subject, c
    return None
