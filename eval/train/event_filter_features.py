"""Features of the learned "no event here" filter tried in round 40 (``eval/train/event_filter.py``).

Not used by extraction: the filter did not reach the bar set for it (see ``docs/history/events.md``,
fortieth round). What it reads of an event the extractor keeps (an ``extractor._Cand`` after its
modality is set): its trigger's lemma, word class and dependency, its governor, the clause's
auxiliaries, tense, negation, subordinators and adverbs, the kind of its subject and object
(pronoun, name, entity type, determiner, bare plural, a party or not), the kinds of its actor and
target, whether the sentence is a question or in a quote or under a reporting verb, the rules'
type, mode and modality, and how well the learned type model (``extract/events/learned.py``) reads
the verb as an act of that type. Every feature reads a bounded part of the parse.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from tally.extract.events import learned
from tally.extract.events import lexicon as event_lexicon
from tally.extract.events import syntax as event_syntax
from tally.extract.events.acled import actor_kind

if TYPE_CHECKING:
    from spacy.tokens import Token

#: How many clause heads above the event's verb the features read (subordinator, clause type).
_CLIMB = 4
#: Dependencies that make a word the head of a clause of its own.
_CLAUSE_DEPS = frozenset({"advcl", "relcl", "ccomp", "xcomp", "acl", "csubj", "pcomp", "conj", "ROOT"})

#: Pronouns of people beyond the person pronouns list (speaker, addressee, a plural party).
_PLURAL_AND_SPEAKER_PRONOUNS = frozenset({"we", "they", "i", "you"})
#: Entity types of a party that can act (a person, an organisation, a state or a people).
_PARTY_TYPES = frozenset({"PERSON", "ORG", "GPE", "NORP"})


def _is_party(noun: Token) -> bool:
    """Whether a noun names someone who can act: a person, a group, a state, a pronoun of people."""
    lemma = noun.lemma_.lower()
    return (
        noun.ent_type_ in _PARTY_TYPES
        or noun.lower_ in event_lexicon.PERSON_PRONOUNS
        or noun.lower_ in _PLURAL_AND_SPEAKER_PRONOUNS
        or lemma in event_lexicon.GROUP_NOUNS
        or lemma in event_lexicon.OFFICIAL_NOUNS
    )


def _noun_kind(tok: Token | None, prefix: str) -> list[str]:
    """What kind of party or thing a subject or object is: pronoun, name, bare plural, determiner."""
    if tok is None:
        return [f"{prefix}=none"]
    noun = event_syntax.core_noun(tok)
    out: list[str] = [f"{prefix}party={_is_party(noun)}"]
    if noun.pos_ == "PRON":
        out.append(f"{prefix}=pron_{noun.lower_}")
    elif noun.ent_type_:
        out.append(f"{prefix}e={noun.ent_type_}")
    elif noun.pos_ == "PROPN":
        out.append(f"{prefix}=propn")
    dets = [c.lower_ for c in noun.children if c.dep_ in {"det", "poss", "nummod", "predet"}]
    out.extend(f"{prefix}d={d}" for d in dets[:2])
    if noun.pos_ == "NOUN" and not dets:
        out.append(f"{prefix}=bare_{noun.tag_}")
    return out


def _party(tok: Token | None, prefix: str) -> list[str]:
    """The ACLED kind and entity type of an event's actor or target."""
    if tok is None:
        return [f"{prefix}=none"]
    noun = event_syntax.core_noun(tok)
    kind = actor_kind(" ".join(t.text for t in tok.subtree))
    return [f"{prefix}k={kind}", f"{prefix}e={noun.ent_type_ or noun.pos_}"]


def _bucket(margin: float) -> str:
    return (
        "neg2"
        if margin < -3
        else "neg"
        if margin < 0
        else "low"
        if margin < 3
        else "mid"
        if margin < 8
        else "high"
    )


def _learned_fit(c: Any, verb: Token) -> list[str]:
    """How well the learned type model (:mod:`learned`, trained on our own sentences) reads the
    event as an act of the rules' type: the type's score over NONE, binned, and whether the type or
    NONE is the model's best, reading the verb and its arguments alone and with the sentence's
    content words (as the model was trained)."""
    lemma = verb.lemma_.lower() if c.kind != "noun" else c.lemma
    feats = [f"v={lemma}", f"vpos={verb.pos_}", *learned._argument_features(verb, lemma)]
    weights = learned._model()[0]
    out: list[str] = []
    sent = verb.sent
    words = [
        f"w={t.lemma_.lower()}"
        for t in sent
        if t.pos_ in {"NOUN", "VERB", "ADJ", "PROPN"} and not t.is_stop and t.i != verb.i
    ]
    for name, fs in (("lf", feats), ("lfw", feats + words)):
        scores = learned._scores(weights, fs)
        if not scores:
            out.append(f"{name}=unknown")
            continue
        margin = scores.get(c.type, 0.0) - scores.get(learned.NONE, 0.0)
        best = max(sorted(scores), key=lambda k: scores[k])
        out += [
            f"{name}={_bucket(margin)}",
            f"{name}best={best == c.type}",
            f"{name}none={best == learned.NONE}",
        ]
    return out


def features(c: Any, in_quote: bool) -> list[str]:
    """What the filter sees of an event being read (an extractor ``_Cand`` after its modality)."""
    head: Token = c.head
    verb: Token = c.verb if c.verb is not None else head
    t, mod = c.type, c.modality
    out = [
        "bias",
        f"k={c.kind}",
        f"t={t}",
        f"m={mod}",
        f"tm={t}|{mod}",
        f"l={c.lemma}",
        f"lm={c.lemma}|{mod}",
        f"hpos={head.pos_}",
        f"htag={head.tag_}",
        f"hdep={head.dep_}",
        f"vtag={verb.tag_}",
        *_party(c.actor, "a"),
        *_party(c.target, "tg"),
    ]
    gov = head.head
    if gov.i != head.i:
        out.append(f"g={gov.lemma_.lower()}")
        out.append(f"gdep={head.dep_}_{gov.pos_}")
        if head.dep_ in {"pobj", "pcomp"} and gov.head.i != gov.i:
            out.append(f"p={gov.lower_}_{gov.head.lemma_.lower()}")
    out.extend(_learned_fit(c, verb if c.kind != "noun" else head))
    if head.pos_ in {"NOUN", "PROPN"}:
        out.extend(f for f in _noun_kind(head, "n") if "d=" in f or "=bare" in f)
    if verb.dep_ == "xcomp" and verb.head.i != verb.i:
        out.append(f"xg={verb.head.lemma_.lower()}")
    subj: Token | None = None
    obj: Token | None = None
    for ch in verb.children:
        dep = ch.dep_
        if dep in {"aux", "auxpass"}:
            out.append(f"aux={ch.lower_}")
        elif dep == "neg":
            out.append("neg")
        elif dep == "advmod":
            out.append(f"adv={ch.lemma_.lower()}")
        elif dep == "mark":
            out.append(f"mk0={ch.lower_}")
        elif dep in {"nsubj", "nsubjpass"} and subj is None:
            subj = ch
        elif dep == "dobj" and obj is None:
            obj = ch
    out.extend(_noun_kind(subj, "s"))
    out.extend(_noun_kind(obj, "o"))
    # the clauses the verb sits in: their kind and subordinators, up to _CLIMB heads
    node = verb
    for depth in range(_CLIMB):
        if node.dep_ in _CLAUSE_DEPS:
            out.append(f"up{min(depth, 1)}={node.dep_}")
        for ch in node.children:
            if ch.dep_ == "mark" or (ch.dep_ == "advmod" and ch.tag_ == "WRB"):
                out.append(f"mk={ch.lower_}")
        if node.head.i == node.i:
            break
        node = node.head
    sent = head.sent
    if sent.text.rstrip(" \"'”’").endswith("?"):
        out.append("question")
    if in_quote:
        out.append("quote")
    if event_syntax.reporting_ancestor(verb) is not None:
        out.append("rep")
    return out
