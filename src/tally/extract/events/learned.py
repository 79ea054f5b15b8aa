"""A learned PLOVER type and mode for sentences the word lists say nothing about.

The event lexicon types a trigger it knows; on unseen text many sentences
report an event with a verb no list has ("the neighbours *undertook* to
demarcate their border"). This module holds a small multiclass averaged
perceptron trained on sentences we wrote ourselves (``eval/train`` and
``eval/plover_own``: about 700, written from the PLOVER codebook's
definitions; never a PLOVER gold item, nothing from the CAMEO manual) that
reads the sentence's main predicate and its parse:

- ``type``: a PLOVER type or ``NONE`` (the ``NONE`` examples are sentences of
  the VOA ``tune`` stories in which no rule fires), used only where no rule
  fires in the sentence (:func:`guess`);
- ``mode``: ``TYPE/mode`` (``TYPE/-`` for none), the mode of that guess. It
  is not used to fill in modes the rules left empty: on the VOA stories it
  named "three Americans were killed" torture.

The weights are a committed file, ``lang/en/events/learned_model.json``,
written deterministically by ``eval/train/learned_fallback.py --write`` (fixed
seed and order); nothing is trained or downloaded at run time. The event
lexicon is not a feature, so the model is independent of the rules it backs
up. Scoring one sentence reads a bounded set of its words once: linear.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from typing import TYPE_CHECKING, NamedTuple

from tally.extract.context import subtree_text, token_flags, token_lemmas, token_pos
from tally.extract.events import lexicon as event_lexicon
from tally.extract.events import syntax as event_syntax
from tally.extract.events.acled import actor_kind
from tally.lang import active

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

NONE = "NONE"
#: Modal auxiliaries the features name (a threat or a plan reads differently from a deed).
MODALS = event_lexicon.words("will would could might may shall should must")
#: Word classes whose lemmas make the sentence's bag of words.
_CONTENT = frozenset({"NOUN", "VERB", "ADJ", "PROPN"})
#: How far the best type's score must exceed NONE's before the fallback names an event.
#: Chosen on our own sentences, never on PLOVER items (see ``eval/train/README.md``).
MARGIN = 3.0
#: Predicates that state or describe rather than act: never a fallback event.
_STATIVE = event_lexicon.words(
    "be have seem appear remain become include contain live stand lie exist belong mean "
    "need know think believe expect hope want like feel look sound"
)


#: Features of a catenative's governor the act it hands over takes: subject kind and entity type,
#: negation ("neg" has no "="), modal.
_GOVERNOR_FEATURES = frozenset({"s", "se", "neg", "modal"})

#: Set by :func:`without_rules` only: the word lists are switched off and the model alone speaks.
_RULES_OFF = [False]


@contextmanager
def without_rules() -> Iterator[None]:
    """Extract events as if no word-list rule fired anywhere (the learned fallback alone).

    For the held-out reading of ``tally eval plover --folds``: a rule trigger
    that only the scored fold could have prompted is removed, and what tally
    would then say of the sentence is the fallback's event (see
    :mod:`tally.evaluate.folds`). Never used by extraction itself.
    """
    _RULES_OFF[0] = True
    try:
        yield
    finally:
        _RULES_OFF[0] = False


def rules_off() -> bool:
    """Whether :func:`without_rules` is in force."""
    return _RULES_OFF[0]


class Guess(NamedTuple):
    """The learned type of a sentence, its mode, and how far it beat NONE."""

    type: str
    mode: str | None
    margin: float


#: Verbs whose to-infinitive is the act they tell of, adding no type of their own: an attempt, a
#: decision, a plan, a phase ("*tried* to hack into", "*continued* to send arms", "*plans* to
#: impose"). Verbs that give the act a type (threaten, promise, refuse, fail, agree, urge …) are
#: not here: their own lemma is what the model must read.
CATENATIVES = event_lexicon.words("try attempt continue begin start decide plan intend prepare move")
#: Adjectives of readiness after "be" whose to-infinitive is the act offered ("is *willing* to
#: withdraw", "would be *ready* to host", "is *prepared* to lift the ban").
READINESS = event_lexicon.words("willing ready prepared eager keen determined")


def _governed_act(verb: Token) -> tuple[Token, Token] | None:
    """(the act, the word governing it) when *verb* is a catenative verb or "be" + a readiness
    adjective with a to-infinitive: "North Korea *tried to hack* into …" → (hack, try)."""
    lemma = verb.lemma_.lower()
    holder: Token | None = None
    if lemma in CATENATIVES and verb.pos_ == "VERB":
        holder = verb
    elif lemma == "be":
        holder = next((c for c in verb.children if c.dep_ == "acomp" and c.lemma_.lower() in READINESS), None)
    if holder is None:
        return None
    act = next((c for c in holder.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
    return None if act is None else (act, holder)


def main_predicate(sent: Span, hand_over: bool = True) -> Token:
    """The sentence's main predicate: its root, or the complement of a reporting root ("X said Y …").

    Round 29: a catenative verb or a readiness adjective hands over to the act it governs ("Syria
    says it *is willing to withdraw* its troops" → withdraw, "has *tried to hack* into" → hack): the
    attempt or the offer adds no act of its own, and the model read "try", "be" or "plan" as
    nothing. Its word stays a feature (``cat=``), and the governing verb's subject, modal and
    negation are read as the act's (:func:`governor`). *hand_over* False reads the governing word
    itself, as the committed model was trained (``eval/train/learned_fallback.py``): the hand-over
    is a reading at run time, so the weights stay those the earlier rounds measured (retrained with
    it, the model moved the held-out reading type +0.006 and mode -0.015: order noise, not kept).
    """
    root = sent.root
    if root.lemma_.lower() in event_lexicon.REPORTING:
        inner = event_syntax.child(root, "ccomp")
        if inner is not None:
            root = inner
    found = _governed_act(root) if hand_over else None
    return root if found is None else found[0]


def governor(verb: Token) -> Token:
    """The verb whose subject, modal and negation a main predicate takes: the catenative or the
    "be" of a readiness adjective that :func:`main_predicate` handed over from, else the verb."""
    if verb.dep_ != "xcomp":
        return verb
    # the catenative itself, or the "be" above a readiness adjective: read back by the one reading
    # of the construction, :func:`_governed_act`
    holder = verb.head
    gov = holder.head if holder.dep_ == "acomp" else holder
    found = _governed_act(gov)
    return gov if found is not None and found[0].i == verb.i else verb


def _argument_features(verb: Token, lemma: str) -> list[str]:
    """Features of the predicate's dependents: particle, object, phrases, complement, voice, modality."""
    out: list[str] = []
    for c in verb.children:
        dep = c.dep_
        if dep == "prt":
            out.append(f"prt={lemma}_{c.lower_}")
        elif dep in {"dobj", "attr", "nsubjpass"}:
            noun = event_syntax.core_noun(c)
            out.append(f"o={noun.lemma_.lower()}")
            if noun.ent_type_:
                out.append(f"oe={noun.ent_type_}")
            if dep == "nsubjpass":
                out.append("passive")
        elif dep == "prep":
            obj = event_syntax.child(c, "pobj")
            out.append(f"po={c.lower_}_{obj.lemma_.lower()}" if obj is not None else f"p={c.lower_}")
        elif dep in {"xcomp", "ccomp"}:
            out.append(f"x={c.lemma_.lower()}")
            xobj = event_syntax.child(c, "dobj")
            if xobj is not None:
                out.append(f"xo={xobj.lemma_.lower()}")
        elif dep == "neg":
            out.append("neg")
        elif dep in {"aux", "auxpass"} and c.lower_ in MODALS:
            out.append(f"modal={c.lower_}")
        if dep in {"nsubj", "nsubjpass"}:
            out.append(f"s={actor_kind(subtree_text(c))}")
            if c.ent_type_:
                out.append(f"se={c.ent_type_}")
    return out


#: Endings of an event noun and the verb endings they come from ("investig*ation*" → "investig*ate*",
#: "negoti*ations*" → "negoti*ate*", "inva*sion*" → "inva*de*", "remind*er*" → "remind"), tried in order;
#: a noun that is its own verb ("visit", "welcome", "attack") is tried first.
_NOUN_TO_VERB = (
    ("ation", "ate"),
    ("ation", "e"),
    ("ation", ""),
    ("ition", "e"),
    ("sion", "de"),
    ("sion", "t"),
    ("ion", "e"),
    ("ion", ""),
    ("ment", ""),
    ("al", ""),
    ("al", "e"),
    ("ure", "e"),
    ("er", ""),
)


def _verb_of_noun(noun: str, known: dict[str, dict[str, float]]) -> str | None:
    """The verb an event noun is made from, when the model knows it as a predicate: the noun
    itself, the verb of the nominalisations table, or the noun with a derivational ending undone."""
    tries = [noun, event_lexicon.NOMINALISATIONS.get(noun, "")]
    tries += [
        noun[: -len(end)] + verb
        for end, verb in _NOUN_TO_VERB
        if noun.endswith(end) and len(noun) > len(end) + 2
    ]
    return next((v for v in tries if v and f"v={v}" in known), None)


def support_act(verb: Token) -> str | None:
    """Round 30: the act a support (light) verb's object names, as a verb lemma ("*launched a
    mediation* effort" → mediate, "*opened* fraud *investigations*" → investigate, "*gave* a warm
    *welcome*" → welcome, "*put* under *investigation*" → investigate), or None.

    A light verb ("launch", "open", "issue", "mount", "give", "declare", "hold", …; the word list the
    rules read as "a verb whose object is itself the event") says only that something was done; what
    was done is its object, a noun. The model was trained on verbs, so the noun's own verb is what it
    can read; a noun with no verb it knows hands nothing over.
    """
    if verb.lemma_.lower() not in event_lexicon.LIGHT_VERBS:
        return None
    known = _model()[0]
    for c in verb.children:
        if c.dep_ == "dobj":
            noun: Token | None = event_syntax.core_noun(c)
        elif c.dep_ == "prep" and c.lower_ in {"under", "in"}:
            noun = event_syntax.child(c, "pobj")  # "put under investigation", "engaged in talks"
        else:
            continue
        if noun is None or noun.pos_ != "NOUN":
            continue
        # the head noun, then a noun compounded with it ("a *mediation* effort")
        nouns = [noun, *(m for m in noun.children if m.dep_ == "compound" and m.pos_ == "NOUN")]
        for n in nouns:
            found = _verb_of_noun(n.lemma_.lower(), known)
            if found is not None and found not in event_lexicon.LIGHT_VERBS:
                return found
    return None


def features(sent: Span, hand_over: bool = True) -> list[str]:
    """What the model sees of a sentence: its main predicate, that predicate's dependents, its content words."""
    verb = main_predicate(sent, hand_over)
    lemma = verb.lemma_.lower()
    act = support_act(verb) if hand_over else None
    out = [f"v={act or lemma}", f"vpos={verb.pos_}", *_argument_features(verb, lemma)]
    gov = governor(verb)
    if gov.i != verb.i:
        # "is willing to withdraw": the offer's word, and who offers with which modal or negation
        holder = verb.head
        out.append(f"cat={holder.lemma_.lower()}")
        out.extend(
            f for f in _argument_features(gov, gov.lemma_.lower()) if f.split("=")[0] in _GOVERNOR_FEATURES
        )
    # the sentence's lemmas, word classes and stop-word flags read from the Doc's columns (no Token
    # made per word): the same words as ``t.lemma_.lower()`` of ``t.pos_`` in _CONTENT, not ``t.is_stop``
    doc = sent.doc
    lemmas, classes, stops = token_lemmas(doc), token_pos(doc), token_flags(doc, "IS_STOP")
    words = {
        lemmas[i]
        for i in range(sent.start, sent.end)
        if classes[i] in _CONTENT and not stops[i] and i != verb.i
    }
    out.extend(sorted(f"w={w}" for w in words))
    return out


Weights = dict[str, dict[str, float]]


@cache
def _model() -> tuple[Weights, Weights]:
    """The committed weights: (type model, mode model), feature → label → weight."""
    table = active().get("events", "learned_model")
    models: tuple[Weights, Weights] = ({}, {})
    for key, row in table.items():
        which, _, feat = key.partition("|")
        models[0 if which == "t" else 1][feat] = dict(row)
    return models


def _scores(weights: Weights, feats: list[str]) -> dict[str, float]:
    total: dict[str, float] = {}
    for f in feats:
        for label, w in weights.get(f, {}).items():
            total[label] = total.get(label, 0.0) + w
    return total


def best_mode(feats: list[str], event_type: str) -> str | None:
    """The best-scoring mode of *event_type* for *feats* (None when the model prefers none)."""
    scores = _scores(_model()[1], feats)
    prefix = f"{event_type}/"
    options = {label: s for label, s in scores.items() if label.startswith(prefix)}
    if not options:
        return None
    best = max(sorted(options), key=lambda k: options[k])[len(prefix) :]
    return None if best == "-" else best


def guess(sent: Span) -> Guess | None:
    """The model's event type for a sentence, or None when NONE wins or no type beats it by :data:`MARGIN`."""
    feats = features(sent)
    scores = _scores(_model()[0], feats)
    if not scores:
        return None
    best = max(sorted(scores), key=lambda k: scores[k])
    margin = scores[best] - scores.get(NONE, 0.0)
    if best == NONE or margin < MARGIN:
        return None
    return Guess(best, best_mode(feats, best), margin)


def can_act(verb: Token) -> bool:
    """Whether a main predicate could tell an act: a non-stative verb with a subject (PLOVER needs a
    source; an act handed over from a catenative has its governor's)."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() in _STATIVE:
        return False
    return any(c.dep_ in {"nsubj", "nsubjpass"} for c in governor(verb).children)
