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

import logging
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from tally.extract.context import doc_text
from tally.extract.events import lexicon as event_lexicon
from tally.extract.events import syntax as event_syntax
from tally.extract.events.acled import actor_kind, situate, to_acled
from tally.extract.events.linking import link_date, link_figures, link_place
from tally.extract.spans import SpanSet
from tally.records import Event

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from tally.extract.context import ExtractContext
    from tally.records import Quote

LOGGER = logging.getLogger(__name__)

VERSION = "tally.events.v1"

#: Generators in priority order: when two claim the same trigger word, the first wins.
_PRIORITY = {"modal": 0, "object": 1, "phrasal": 2, "verb": 3, "light": 4, "noun": 5}
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
def _object_class(tok: Token | None) -> str | None:
    if tok is None:
        return None
    noun = event_syntax.core_noun(tok)
    for probe in (noun, event_syntax.prep_object(noun, frozenset({"of"}))):
        if probe is None:
            continue
        lemma = probe.lemma_.lower()
        for name, words in event_lexicon.OBJECT_CLASSES.items():
            if lemma in words:
                return name
    return None


def _crowd_control(tok: Token) -> bool:
    """Tear gas, water cannon, rubber bullets: crowd-control means, never a target."""
    lemma = tok.lemma_.lower()
    if lemma in event_lexicon.CROWD_CONTROL:
        return True
    return lemma in {"bullet", "round", "grenade", "shell"} and any(
        c.lower_ in event_lexicon.LESS_LETHAL_MODIFIERS for c in tok.children
    )


def _is_weapon(tok: Token) -> bool:
    """A weapon or munition ("bullets", "rockets", "a grenade"), not a gunman or a place."""
    sense = event_lexicon.INSTRUMENTS.get(tok.lemma_.lower())
    return (
        sense is not None
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
    doc = tok.doc
    lemma = tok.lemma_.lower()
    if tok.i >= 2 and doc[tok.i - 1].text == "-" and doc[tok.i - 2].head.i == tok.i:
        return f"{doc[tok.i - 2].lower_}-{tok.lower_}"
    return lemma


def _is_event_noun(tok: Token) -> bool:
    return tok.pos_ in {"NOUN", "PROPN"} and (
        _noun_key(tok) in event_lexicon.NOUNS
        or (tok.lemma_.lower() == "state" and _head_of_sense(tok) is not None)
    )


def _head_of_sense(tok: Token) -> event_lexicon.Sense | None:
    of = event_syntax.prep_object(tok, frozenset({"of"}))
    if of is None:
        return None
    return event_lexicon.HEAD_OF.get((tok.lemma_.lower(), of.lemma_.lower()))


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


def verb_lemma(tok: Token) -> str:
    """The verb's lemma as the lexicon knows it: spaCy's, or one read off the inflected form.

    The small model's lemmatiser guesses some rare forms wrong ("raped" → "rap",
    "torched" → "torch" is right but "razed" → "raz"); when its lemma is in no
    verb table, the form with an inflectional ending undone ("raped" → "rape")
    is tried, a general repair rather than a per-word entry.
    """
    lemma = tok.lemma_.lower()
    known = _lexicon_verbs()
    if lemma in known or tok.tag_ not in {"VBD", "VBN", "VBG", "VBZ"}:
        return lemma
    form = tok.lower_
    for ending, repl in _VERB_ENDINGS:
        if form.endswith(ending) and len(form) - len(ending) >= 2:
            guess = form[: -len(ending)] + repl
            if guess in known:
                return guess
            doubled = ending == "ed" and repl == "" and len(guess) > 2 and guess[-1] == guess[-2]
            if doubled and guess[:-1] in known:  # "stabbed" → "stab"
                return guess[:-1]
    return lemma


def _verb_trigger(tok: Token) -> _Cand | None:
    if tok.pos_ != "VERB" or tok.ent_type_ in _TIME_ENTITIES:
        return None
    lemma = verb_lemma(tok)
    obj = event_syntax.child(tok, "dobj") or (
        event_syntax.child(tok, "nsubjpass") if event_syntax.is_passive(tok) else None
    )
    if lemma == "walk" and _left_talks(tok):
        # "walked out of the talks": PLOVER's SANCTION ("walk-outs" ending negotiations), not a strike
        prt = [c for c in tok.children if c.dep_ in {"prt", "advmod", "prep"} and c.lower_ in {"out", "away"}]
        return _Cand("phrasal", tok, tok, [tok, *prt], "SANCTION", None, lemma)
    directive = _directive(tok, lemma)
    if directive is not None:
        return directive
    klass = _object_class(obj)
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
            if sense is not None:
                return _Cand("phrasal", tok, tok, [tok, c], sense.type, sense.mode, lemma)
    if lemma in {"fire", "use", "shoot", "spray", "lob"} and obj is not None and _crowd_control(obj):
        # "fired rubber bullets at marchers": repression, not a battle, whatever the munition
        return _Cand("verb", tok, tok, [tok], "COERCE", None, lemma)
    if lemma == "fire" and obj is None and any(c.dep_ == "prep" and c.lower_ in _AIMED for c in tok.children):
        # "fired on the marchers": with nothing fired named, what is fired is a gun, as in "opened fire on"
        return _Cand("verb", tok, tok, [tok], "FIGHT", "firearms", lemma)
    idiom = _idiom(tok, lemma, obj)
    if idiom is not None:
        return idiom
    klass = _object_class(obj)
    if klass is not None and (lemma, klass) in event_lexicon.VERB_OBJECT and obj is not None:
        sense = _with_object_mode(event_lexicon.VERB_OBJECT[(lemma, klass)], obj)
        tokens = [tok, obj] if klass in _OBJECT_IN_TRIGGER else [tok]
        tokens += [c for c in tok.children if c.dep_ == "prt"]
        return _Cand("object", tok, tok, tokens, sense.type, sense.mode, lemma)
    if lemma == "take" and any(
        c.dep_ == "prep" and c.lower_ == "to" and any(o.lemma_.lower() == "street" for o in c.children)
        for c in tok.children
    ):
        # "took to the streets": an idiom for protesting, written out as it has no object class
        return _Cand("phrasal", tok, tok, [tok], "PROTEST", "demo-spon", lemma)
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
    if sense is None:
        return None
    if lemma in event_lexicon.TRANSITIVE_ONLY and obj is None:
        return None
    if lemma in {"fire", "use", "shoot", "spray", "lob"} and obj is not None and _crowd_control(obj):
        sense = event_lexicon.Sense("COERCE")  # "fired tear gas at marchers": repression, not a battle
    elif lemma == "strike" and obj is not None:
        sense = event_lexicon.Sense("ASSAULT")  # "jets struck the village": an attack, not a walkout
    return _Cand("verb", tok, tok, [tok], sense.type, sense.mode, lemma)


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
#: What a captive is held as: "holding three engineers hostage", "held them as human shields".
_CAPTIVE_NOUNS = frozenset({"hostage", "captive", "prisoner", "shield"})


def _directive(tok: Token, lemma: str) -> _Cand | None:
    """Idioms of demand, release and captivity whose verb alone is no event.

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
    if lemma == "set" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "free":
        return _Cand("phrasal", tok, tok, [tok, doc[tok.i + 1]], "RETREAT", None, lemma)
    if lemma == "hold":
        words = [obj, *(obj.subtree if obj is not None else [])]
        as_obj = event_syntax.prep_object(tok, frozenset({"as"}))
        words += [as_obj] if as_obj is not None else []
        if any(w is not None and w.lemma_.lower() in _CAPTIVE_NOUNS for w in words):
            return _Cand("verb", tok, tok, [tok], "COERCE", "detain", lemma)
    return None


#: Verbs of giving way: "agreed to", "bowed to", "acceded to", "gave in to" the demands.
_YIELD_VERBS = frozenset({"agree", "accede", "bow", "yield", "submit", "consent", "give", "cave"})


def _yields_to_demands(tok: Token) -> bool:
    """The verb's "to" object (on it or its particle, "gave in to") is a demand."""
    for part in [tok, *(c for c in tok.children if c.dep_ in {"prt", "advmod"})]:
        to = event_syntax.prep_object(part, frozenset({"to"}))
        if to is not None and _object_class(to) == "demands":
            return True
    return False


def _left_talks(tok: Token) -> bool:
    """ "walked out of / away from the talks": what is left is a meeting or relations."""
    parts = [
        tok,
        *(c for c in tok.children if c.dep_ in {"prt", "advmod", "prep"} and c.lower_ in {"out", "away"}),
    ]
    if len(parts) < 2:
        return False
    for part in parts:
        left = event_syntax.prep_object(part, frozenset({"of", "from"}))
        if left is not None and _object_class(left) in {"meeting", "relations"}:
            return True
    return False


#: ACLED's crowd-size tag, which its notes carry only for demonstrations (ACLED Codebook 2023).
_CROWD_SIZE_TAG = "[size="

#: Prepositions of aim: "fired on/at/into the crowd".
_AIMED = frozenset({"on", "at", "upon", "into"})


def _is_place(tok: Token) -> bool:
    """A town, a village, a military position: what territory is taken or handed over as."""
    noun = event_syntax.core_noun(tok)
    return noun.ent_type_ in {"GPE", "LOC", "FAC"} or noun.lemma_.lower() in event_lexicon.TERRITORY_NOUNS


def _idiom(tok: Token, lemma: str, obj: Token | None) -> _Cand | None:
    """Events whose verb is too general to list alone: territory taken, property set on fire.

    "took control of the town", "retook the village", "took back Dioura" are a
    fight for territory (ACLED's territory sub-events read the side that takes it);
    "set the house on fire", "set tyres ablaze" destroy property. Written as code
    because the verb (take, set) is an event only with this object *and* particle.
    """
    parts = {c.lower_ for c in tok.children if c.dep_ in {"prt", "prep", "advmod", "acomp", "oprd"}}
    if obj is not None and lemma in event_lexicon.CONTROL_VERBS and obj.lemma_.lower() == "control":
        return _Cand("object", tok, tok, [tok, obj], "FIGHT", None, lemma)
    to_death = any(
        c.dep_ == "prep" and c.lower_ == "to" and any(o.lemma_.lower() == "death" for o in c.children)
        for c in tok.children
    )
    if to_death and lemma not in event_lexicon.DEATH_SENTENCE_VERBS:
        # "hacked / beaten / burned to death": a killing whatever the verb ("sentenced to death" is not)
        own = event_lexicon.VERBS.get(lemma)
        mode = own.mode if own is not None and own.type == "ASSAULT" else None  # "beaten to death": beat
        return _Cand("object", tok, tok, [tok], "ASSAULT", mode, lemma)
    if obj is not None and lemma in {"seize", "grab"} and _is_place(obj):
        return _Cand("object", tok, tok, [tok], "FIGHT", None, lemma)  # "seized the town": not a confiscation
    if obj is not None and lemma == "take" and parts & {"over", "back"} and _is_place(obj):
        prt = [c for c in tok.children if c.lower_ in {"over", "back"}]
        return _Cand("phrasal", tok, tok, [tok, *prt], "FIGHT", None, lemma)
    if lemma == "set" and obj is not None:
        fire = parts & {"ablaze", "alight"} or any(
            c.dep_ == "prep" and c.lower_ == "on" and any(o.lemma_.lower() == "fire" for o in c.children)
            for c in tok.children
        )
        if fire:
            return _Cand("object", tok, tok, [tok], "COERCE", "destroy", lemma)
    return None


def _noun_trigger(tok: Token) -> _Cand | None:
    if tok.pos_ not in {"NOUN", "PROPN"} or tok.ent_type_ in _TIME_ENTITIES:
        return None
    key = _noun_key(tok)
    sense = event_lexicon.NOUNS.get(key)
    tokens = [tok]
    for c in tok.children:
        if c.dep_ in {"compound", "amod", "nmod"}:
            pair = event_lexicon.NOUN_COMPOUNDS.get((c.lemma_.lower(), key))
            if pair is not None:
                sense, tokens = pair, [c, tok]
                break
    if sense is None:
        sense = _head_of_sense(tok)
        if sense is None:
            return None
        of = event_syntax.prep_object(tok, frozenset({"of"}))
        tokens = [tok, of] if of is not None else [tok]
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
        and head.head.head.lemma_.lower() in event_lexicon.LIGHT_VERBS
    ):
        anchor = head.head  # "launched ten days of war games", "held a new round of talks"
        head = anchor.head
    # "in protest against …" is a motive, not an event of its own
    if key == "protest" and head.lower_ == "in" and not any(c.dep_ == "det" for c in tok.children):
        return None
    if (
        anchor.dep_ in {"dobj", "attr", "nsubjpass", "prep"}
        and head.pos_ in {"VERB", "AUX"}
        and (head.lemma_.lower() in event_lexicon.LIGHT_VERBS)
    ):
        if (
            head.lemma_.lower() in {"lodge", "file", "register", "voice", "express"}
            and sense.type == "PROTEST"
        ):
            sense = event_lexicon.Sense("DISAPPROVE")  # "lodged an official protest"
        light = [head, *[c for c in head.children if c.dep_ == "prt"]]
        return _Cand("light", tok, head, light + tokens, sense.type, sense.mode, key)
    if (
        sense.type not in event_lexicon.STANDALONE_TYPES
        or key in event_lexicon.LIGHT_ONLY_NOUNS
        or anchor is not tok
    ):
        return None
    return _Cand("noun", tok, _governing_verb(tok), tokens, sense.type, sense.mode, key)


#: Nouns that measure an event out: "ten days of war games", "a second round of talks".
_SPAN_NOUNS = frozenset({"day", "week", "month", "round", "series", "wave", "spate", "hour"})


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
    for sent in doc.sents:
        if sent.start in busy:
            continue
        for tok in sent:
            if tok.pos_ not in {"NOUN", "PROPN"} or tok.ent_type_ in _TIME_ENTITIES:
                continue
            key = _noun_key(tok)
            sense = event_lexicon.NOUNS.get(key)
            verb = tok.head
            if tok.dep_ == "pobj" and verb.lower_ in {"for", "on"}:
                verb = verb.head  # "arrived in Jakarta for talks", "came on a state visit": the purpose
            elif tok.dep_ not in {"dobj", "nsubjpass"}:
                continue
            if sense is None or verb.pos_ != "VERB":
                continue
            lemma = verb.lemma_.lower()
            if (
                lemma in event_lexicon.REPORTING
                or lemma in event_lexicon.UNPERFORMED_VERBS  # "avoided extradition": no extradition
                or verb_lemma(verb) in _lexicon_verbs()
            ):
                continue
            prt = [c for c in verb.children if c.dep_ == "prt"]
            out.append(_Cand("light", tok, verb, [verb, *prt, tok], sense.type, sense.mode, key))
            break
    return out


def _governing_verb(tok: Token) -> Token:
    cur = tok
    for _ in range(6):
        if cur.pos_ in {"VERB", "AUX"} or cur.head is cur:
            return cur
        cur = cur.head
    return cur


# -- modal clauses in quotes and reported speech -----------------------------
def _modal_trigger(tok: Token, quote: Quote | None) -> _Cand | None:
    """A DEMAND or THREATEN read from a modal clause in a quote or under a reporting verb."""
    if tok.pos_ not in {"VERB", "AUX"}:
        return None
    fut, obl = event_syntax.is_future(tok), event_syntax.has_obligation(tok)
    order = quote is not None and tok.dep_ == "ROOT" and tok.tag_ == "VB"
    if not (fut or obl or order):
        return None  # neither a modal clause nor an order (the cheap tests first: most verbs stop here)
    rep = event_syntax.reporting_ancestor(tok)
    if quote is None and rep is None:
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
    forceful = lemma in event_lexicon.THREAT_PREDICATES or (
        own is not None and own.type in {"COERCE", "ASSAULT", "FIGHT"}
    )
    response = obj is not None and obj.lemma_.lower() in event_lexicon.RESPONSE_NOUNS
    tokens = [*auxes, tok] + ([obj] if response and obj is not None else [])  # response: obj is there
    mode = event_lexicon.THREAT_MODES.get(own.type) if own else "restrict"
    if lemma in event_lexicon.PERMISSIVE:
        if not neg:
            return None
        neg_tok = event_syntax.child(tok, "neg")
        tokens = sorted([*tokens, *([neg_tok] if neg_tok is not None else [])], key=lambda t: t.i)
        if first or not obl:
            target = obj or _complement_subject(tok)
            return _Cand("modal", tok, tok, tokens, "THREATEN", "restrict", lemma, target=target)
        return _Cand("modal", tok, tok, tokens, "DEMAND", None, lemma, target=subj)
    if (forceful or response) and not neg:
        if event_syntax.is_passive(tok):
            return _Cand("modal", tok, tok, tokens, "THREATEN", mode, lemma, target=subj)
        if first or fut:
            target = event_syntax.clause_object(tok)
            if response and obj is not None:
                target = event_syntax.prep_object(obj, frozenset({"to", "against"})) or target
            return _Cand("modal", tok, tok, tokens, "THREATEN", mode, lemma, target=target)
    expletive = subj is not None and subj.lower_ == "it" and lemma == "be"
    if (
        obl
        and subj is not None
        and not first
        and not expletive
        and subj.lower_ not in {"there", "this", "that"}
    ):
        return _Cand("modal", tok, tok, tokens, "DEMAND", None, lemma, target=subj)
    return None


def _complement_subject(tok: Token) -> Token | None:
    for c in tok.children:
        if c.dep_ in {"ccomp", "xcomp"}:
            subj = event_syntax.child(c, "nsubj", "nsubjpass")
            if subj is not None:
                return subj
    return None


# -- arguments, modality and PLOVER's coding rules --------------------------
def _arguments(c: _Cand) -> None:
    if c.kind == "modal":
        c.actor = None
        return
    if c.kind == "noun":
        actor, target = event_syntax.noun_arguments(c.head, c.type)
        c.actor, c.target = actor, target
        return
    if c.kind == "light":
        c.actor = event_syntax.clause_subject(c.verb)
        _, target = event_syntax.noun_arguments(c.head, c.type)
        c.target = (
            target
            or _noun_party(c.head)
            or event_syntax.prep_object(c.verb, event_lexicon.TARGET_PREPS)
            or event_syntax.child(c.verb, "dative")
            or _complement_target(c.verb, c.type)
        )
        return
    c.actor = event_syntax.clause_subject(c.head)
    target = event_syntax.clause_object(c.head, prefer_party=c.type not in {"ASSAULT", "FIGHT", "COERCE"})
    if target is not None and (_crowd_control(target) or _is_weapon(target)):
        # a weapon is never the target: "fired tear gas *at protesters*", "fired live bullets at …"
        target = event_syntax.prep_object(c.head, frozenset({"at", "on", "into", "against", "toward"}))
    if target is not None and any(t.i == target.i for t in c.tokens):
        target = event_syntax.prep_object(c.head, event_lexicon.TARGET_PREPS) or event_syntax.prep_object(
            target, event_lexicon.TARGET_PREPS
        )
    c.target = target if target is not None else _complement_target(c.head, c.type)


def _noun_party(noun: Token) -> Token | None:
    """The party a light verb's event noun is directed at: "issued an ultimatum *to Niger*",
    "lodged a protest *with Albania*" (a party, not a thing: "talks with no result")."""
    found = event_syntax.prep_object(noun, frozenset({"to", "with"}))
    return found if found is not None and event_syntax.is_party(found) else None


def _complement_target(verb: Token, event_type: str) -> Token | None:
    """The one a demand is made of: the subject of the demanded clause ("demanded that *Kenya*
    release …"; PLOVER's DEMAND target is who is asked to act), never the party of the act
    demanded. (The same reading for the complement of threaten/promise, "threatened to sever
    ties with Uganda", helped one cross-validation fold only and is not kept.)
    """
    for comp in verb.children:
        if comp.dep_ == "ccomp" and event_type == "DEMAND":
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
    if c.actor is None or c.kind not in {"verb", "object"}:
        return
    actor = c.actor
    official = actor.ent_type_ == "GPE" or actor.lemma_.lower() in event_lexicon.OFFICIAL_NOUNS
    if c.type == "PROTEST" and c.lemma == "protest" and official:
        c.type, c.mode = "DISAPPROVE", None
    elif c.lemma == "occupy" and c.type == "FIGHT":
        kind = actor_kind(" ".join(t.text for t in event_syntax.core_noun(actor).subtree))
        if kind in {"protesters", "civilians"}:
            c.type, c.mode = "PROTEST", "obstruct"


#: Nouns of military exercises: joint ones are COOPERATE, one side's own MOBILIZE.
_EXERCISE_NOUNS = frozenset({"exercise", "game", "maneuver", "manoeuvre", "drill"})
#: Modifiers that make an exercise joint: "joint drills", "combined manoeuvres".
_JOINT_MODIFIERS = frozenset({"joint", "combined", "bilateral", "trilateral", "multinational", "allied"})


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


def _refine_mobilize(c: _Cand) -> None:
    """Police or security units mobilised are PLOVER's ``police`` mode, armies ``troops``."""
    if c.type != "MOBILIZE":
        return
    words = {t.lemma_.lower() for t in c.tokens}
    for arg in (c.actor, c.target):
        if arg is not None:
            words.update(t.lemma_.lower() for t in arg.subtree)
    if words & event_lexicon.OBJECT_CLASSES["security"]:
        c.mode = "police"


def _refine_violence(c: _Cand) -> None:
    """Set the mode of an attack from its weapon, and make it FIGHT for military weapons."""
    if c.type not in {"ASSAULT", "FIGHT"}:
        return
    scope: list[Token] = [t for t in c.tokens]
    for ch in c.head.children:
        if ch.dep_ in {"nsubj", "nsubjpass", "agent", "prep", "advcl", "compound"}:
            scope.extend(ch.subtree)
    if c.actor is not None:
        scope.extend(c.actor.subtree)
    for t in scope:
        inst = event_lexicon.INSTRUMENTS.get(t.lemma_.lower())
        if inst is None:
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


def _absorb(cands: list[_Cand]) -> None:
    """An event in the complement of threaten/agree/demand/refuse is what is threatened/agreed/…"""
    by_head = {c.head.i: c for c in cands if c.kind != "noun"}
    for c in cands:
        verb = c.verb
        if event_syntax.is_generic_condition(verb):
            # "anyone who blocks roads will be punished": the blocking is the threat's condition
            gov = by_head.get(verb.head.head.i)
            if gov is not None and gov is not c and gov.type in _ABSORBING:
                c.absorbed = True
                gov.inner.append(c)
                continue
        threat = by_head.get(c.head.head.i) if c.kind == "noun" and c.head.dep_ == "dobj" else None
        if threat is not None and threat.type == "THREATEN" and threat.kind == "verb":
            # "threatened a general strike": the strike is what is threatened, not one that happened
            c.absorbed = True
            threat.inner.append(c)
            continue
        if verb.dep_ not in {"xcomp", "ccomp"} or verb.head is verb:
            continue
        up = verb.head.head if verb.head.pos_ == "ADJ" else verb.head  # "must be ready to mediate"
        gov = by_head.get(verb.head.i) or by_head.get(up.i)
        if gov is None or gov is c or gov.type not in _ABSORBING:
            continue
        c.absorbed = True
        gov.inner.append(c)
        if gov.target is None:
            gov.target = c.target
        if gov.type == "THREATEN" and gov.mode is None:
            gov.mode = _threatened_mode(c.head, c.type)
        if (
            gov.type == "AGREE"
            and gov.lemma in {"vow", "pledge", "promise"}
            and c.type in event_lexicon.CONFLICTIVE
        ):
            gov.type, gov.mode = "THREATEN", event_lexicon.THREAT_MODES.get(c.type)


#: The order in which a threatened act's words are read for the THREATEN mode: force first
#: ("military strike" is violence, a "general strike" restricts), then restrictions, then relations.
_THREAT_MODE_ORDER = ("violence", "restrict", "relations")


def _object_threat_mode(obj: Token) -> str | None:
    """The THREATEN mode a threatened act's object names (PLOVER codebook's THREATEN table).

    Its modifiers are read before its head: "terrorist activities" and "a military
    strike" threaten violence, "a naval blockade" and "a general strike" restrict
    movement of people or goods, "talks" and "ties" are relations.
    """
    noun = event_syntax.core_noun(obj)
    mods = [m for m in noun.children if m.dep_ in {"amod", "compound", "nmod"}]
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
    objs = [c for c in act.children if c.dep_ in {"dobj", "attr"}]
    if event_syntax.is_passive(act):
        objs += [c for c in act.children if c.dep_ == "nsubjpass"]
    # "walk away from the negotiations": what is left is what the threat is about
    for part in [act, *(c for c in act.children if c.dep_ in {"advmod", "prt"})]:  # "away from"
        away = event_syntax.prep_object(part, frozenset({"from"}))
        if away is not None:
            objs.append(away)
    return objs


def _threatened_mode(act: Token, act_type: str | None) -> str | None:
    """The THREATEN mode of a threatened act: from what it acts on, else from its PLOVER type."""
    # "would boycott all contact": a boycott or blockade restricts whatever it is of
    own = [act] if act.pos_ in {"NOUN", "PROPN"} or act_type in {"PROTEST", "SANCTION"} else []
    for obj in [*own, *_threatened_objects(act)]:
        mode = _object_threat_mode(obj)
        if mode is not None:
            return mode
    return event_lexicon.THREAT_MODES.get(act_type) if act_type else None


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
    acts = [c.head] if c.kind == "verb" else []  # "threatened a military strike": the object is the act
    for comp in [*acts, *comps]:
        for obj in _threatened_objects(comp):
            mode = _object_threat_mode(obj)
            if mode is not None:
                c.mode = mode
                return


#: Verbs that end an act of one's own: "called off / suspended / ended its strike".
_ENDING_VERBS = event_syntax.CANCEL_VERBS | {"end", "halt", "stop"}


def _protests_ended(cands: list[_Cand]) -> None:
    """Protesters who call off, suspend or end their own protest concede (PLOVER's CONCEDE
    covers "suspending protests"): "the union suspended its strike" is no SANCTION and no
    strike, but a concession by the union. Police who "ended the protest" are not conceding,
    and "called off a rally set for Saturday" (no "its"/"their") is a plan dropped: negated.
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
        own = any(ch.dep_ == "poss" for ch in noun.children)
        if not own and (called_off or verb.lemma_.lower() in event_syntax.CANCEL_VERBS - {"suspend"}):
            continue  # "called off a rally set for Saturday": a plan dropped, negated, not conceded
        subject = event_syntax.clause_subject(verb)
        if subject is None:
            continue
        kind = actor_kind(" ".join(t.text for t in event_syntax.core_noun(subject).subtree))
        if kind in {"state", "armed"}:
            continue
        other = by_head.get(verb.i)
        if other is not None and other is not c:
            other.absorbed = True  # "suspended" is not a SANCTION of its own
        prt = [ch for ch in verb.children if ch.dep_ == "prt"]
        c.kind, c.verb, c.type, c.mode = "light", verb, "CONCEDE", None
        c.tokens = sorted({t.i: t for t in [verb, *prt, *c.tokens]}.values(), key=lambda t: t.i)
        c.actor, c.target = subject, None


def _gathered_to_protest(c: _Cand) -> bool:
    """ "Demonstrators gathered in Harare to protest …": the gathering is the protest, not a plan."""
    return c.type == "PROTEST" and c.verb.head.lemma_.lower() in event_lexicon.GATHER_VERBS


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
        and v.head.lemma_.lower() in event_lexicon.GATHER_VERBS
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


def _modality(c: _Cand, quote: Quote | None) -> None:
    """Set ``modality``, applying PLOVER's rules for future, refused and announced acts."""
    v = c.verb
    rep = quote is not None or event_syntax.reporting_ancestor(v) is not None
    if not rep:
        root = v.sent.root
        rep = event_syntax.reporting_child(root) is not None or event_syntax.according_to(list(v.sent))
    if c.type == "THREATEN" and c.kind != "verb" or c.lemma == "threaten":
        c.modality = "threatened"
        return
    if c.kind == "modal":
        c.modality = "reported" if rep else "asserted"
        return
    if c.kind == "noun":
        # a standalone noun's clause says nothing of its tense: "This garrison will improve …"
        if event_syntax.is_negated(c.head) or event_syntax.is_called_off(c.head.head):
            c.modality = "negated"
        elif any(
            ch.dep_ in {"amod", "compound"} and ch.lower_ in event_lexicon.PLANNED_MODIFIERS
            for ch in c.head.children
        ):
            c.modality = "planned"  # "ahead of planned protests": not one that happened
        elif event_syntax.is_hypothetical(c.head):
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
    neg = event_syntax.is_negated(v) if v.pos_ in {"VERB", "AUX"} else False
    neg = neg or (noun is not None and event_syntax.is_negated(noun))
    failed = v.dep_ == "xcomp" and v.head.lemma_.lower() == "fail"
    future = v.pos_ in {"VERB", "AUX"} and event_syntax.is_future(v)
    intent = v.dep_ == "xcomp" and v.head.lemma_.lower() in event_lexicon.INTENT
    if (
        (neg or failed)
        and c.type in event_lexicon.COOPERATIVE
        and (future or failed or event_syntax.aux_lowers(v))
    ):
        c.type, c.mode, c.modality = "REJECT", None, "reported" if rep else "asserted"
    elif neg or failed:
        c.modality = "negated"
    elif (v.pos_ in {"VERB", "AUX"} and event_syntax.is_hypothetical(v)) or (
        noun is not None and event_syntax.is_hypothetical(noun)
    ):
        c.modality = "hypothetical"
    elif (
        event_syntax.is_purpose(v)
        and c.kind != "noun"
        and not _gathered_to_protest(c)
        and not _force_used_to(c)
    ):
        c.modality = "planned"
    elif future and c.type in event_lexicon.COOPERATIVE and c.type != "AGREE":
        c.type, c.mode, c.modality = "AGREE", None, "planned"
    elif future and c.type in event_lexicon.CONFLICTIVE and (rep or intent):
        c.type, c.mode, c.modality = "THREATEN", _threatened_mode(c.head, c.type), "threatened"
    elif future:
        c.modality = "planned"
    elif rep:
        c.modality = "reported"


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
    if (
        low in event_lexicon.PRONOUNS
        and rep_subject is not None
        and rep_subject.lower_ not in event_lexicon.PRONOUNS
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


def _to_event(ctx: ExtractContext, c: _Cand, quote: Quote | None, n: int) -> Event:
    rep = event_syntax.reporting_ancestor(c.verb)
    rep_subject = event_syntax.clause_subject(rep) if rep is not None else None
    actor_id: str | None
    actor_text: str | None
    if c.kind == "modal":
        if quote is not None and quote.speaker:
            actor_id, actor_text = quote.speaker, quote.speaker_name
        else:
            actor_id, actor_text = _party(ctx, rep_subject, quote, None)
    else:
        actor_id, actor_text = _party(ctx, c.actor, quote, rep_subject)
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


#: The word classes a trigger can be: a verb or auxiliary (modal, verb triggers), a noun (noun triggers).
_TRIGGER_POS = frozenset({"VERB", "AUX", "NOUN", "PROPN"})


def extract_events(ctx: ExtractContext) -> list[Event]:
    """Find the events of an article with their actors, targets, modality, place, date and figures."""
    doc = ctx.doc
    quotes = list(ctx.quotes)
    quote_spans = SpanSet((q.start, q.end) for q in quotes)
    cands: list[_Cand] = []
    for tok in doc:
        pos = tok.pos_
        if pos not in _TRIGGER_POS:
            continue  # none of the three triggers reads any other word class
        # only a modal trigger (a verb or an auxiliary) reads the quote it is in
        quote = _quote_at(quotes, tok.idx, quote_spans) if pos in {"VERB", "AUX"} else None
        for found in (_modal_trigger(tok, quote), _verb_trigger(tok), _noun_trigger(tok)):
            if found is not None:
                cands.append(found)
    cands.extend(_unknown_verb_nouns(doc, cands))
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
        _refine_violence(c)
        _refine_exercise(c)
        _refine_mobilize(c)
        _gathered_to_object(c)
    _protests_ended(kept)
    _absorb(kept)
    for c in kept:
        _threat_mode(c)
    kept = [c for c in kept if not c.absorbed and not _setting_of_violence(c, kept)]
    kept.sort(key=lambda c: min(t.idx for t in c.tokens))
    kept = _drop_headline(kept)
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
    return situate(out, lambda e: ctx.sentence_span(*e.trigger), doc_text(doc), grievances)


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
        if about or purpose:
            out.append(_span_chars(list(ch.subtree)))
    if c.actor is not None:
        for ch in c.actor.children:
            if ch.dep_ in {"prep", "acl", "relcl"}:
                out.append(_span_chars(list(ch.subtree)))
    return out


def _drop_headline(cands: list[_Cand]) -> list[_Cand]:
    """A headline line ("Protests in Almaty: police detain dozens") restates the body's events.

    The first line of a text with more text after it, without a sentence's final
    punctuation and at most 20 words, is a title: its events are not new ones.
    """
    if not cands:
        return cands
    text = doc_text(cands[0].head.doc)  # built once per Doc: Doc.text joins every token
    stripped = text.lstrip()
    offset = len(text) - len(stripped)
    cut = stripped.find("\n")
    if cut <= 0 or not stripped[cut:].strip():
        return cands
    line = stripped[:cut].strip().lstrip("#").strip()
    if not line or line[-1] in ".!?\"”'’" or len(line.split()) > 20:
        return cands
    end = offset + cut
    return [c for c in cands if min(t.idx for t in c.tokens) >= end]


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


def _setting_of_violence(c: _Cand, kept: list[_Cand]) -> bool:
    """ "killed in a gunbattle": the noun is where the killing happened, not a second event."""
    if c.kind != "noun" or c.type not in {"ASSAULT", "FIGHT"} or c.head.dep_ != "pobj":
        return False
    verb = c.head.head.head
    return any(o is not c and o.head.i == verb.i and o.type in {"ASSAULT", "FIGHT"} for o in kept)
