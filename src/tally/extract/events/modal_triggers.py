"""Modal clauses in quotes and reported speech: an official promising force ("we will not
tolerate …", "lawbreakers must be handled with power") is a THREATEN event by the speaker; an
obligation that is only circumstance is none, and a party refusing to let someone in refuses.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tally.extract.entities import words as entity_words
from tally.extract.events import lexicon as event_lexicon
from tally.extract.events import syntax as event_syntax
from tally.extract.events.candidate import _Cand
from tally.extract.events.clauses import _WHOEVER, _people
from tally.extract.events.lemmas import _LETTING_VERBS
from tally.extract.events.threats import _act_threat_mode, _object_threat_mode

if TYPE_CHECKING:
    from spacy.tokens import Token

    from tally.records import Quote


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
        and not _advised_to_understand(tok, lemma)
        and subj is not None
        and not first
        and not expletive
        and subj.lower_ not in {"there", "this", "that"}
    ):
        return _Cand("modal", tok, tok, tokens, "DEMAND", None, lemma, target=subj)
    return None


def _advised_to_understand(tok: Token, lemma: str) -> bool:
    """ "Lawmakers *must understand* that …", "they *should consider* changing their name", "the
    results *must be seen* in context": an obligation to understand, consider or know is advice or
    an opinion, no demand for an act (round 51, from the labelled VOA train events: four stories,
    every such DEMAND labelled no act). "See" only in the passive: "must see the prisoners" asks
    for a visit."""
    if lemma not in event_lexicon.COGNITION_VERBS:
        return False
    return lemma != "see" or event_syntax.is_passive(tok)


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


#: Authorities that coerce by order without being state forces.
_ORDERING_BODIES = frozenset(
    {"court", "judge", "tribunal", "ministry", "minister", "governor", "mayor", "regulator", "authority"}
)
