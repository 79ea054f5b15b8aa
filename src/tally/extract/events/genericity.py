"""Acts told in the present as what happens again and again, or as what a kind of party does: no
one occasion, no event (round 59).

Round 58 read the simple present alone as a habit and lost events of one occasion (the public RAMS
set's, which reports news in the present too). Here the present is not enough: the clause must also
carry a sign that it speaks of many occasions or of a kind of party.

- **A time that repeats** on the act: "protesters *march* through the town every Friday", "the army
  *shells* the villages daily", "the militia *attacks* the market twice a week", "on Fridays".
- **A clause of "whenever", "every time", "each time"**, and the clause it hangs on, both in the
  present: "whenever the opposition *calls* a rally, police *arrest* its organisers".
- **A clause of "when" in the present on a main clause in the present** (a rule of what follows
  what): "police *detain* reporters when they *film* the checkpoints", "rebels escape to the hills
  when *attacked*". A "when" clause on a future ("when they arrive, we will march") or in the past
  tells one occasion and is left to the modality steps.
- **A kind acting on a kind**: a bare plural subject and a bare plural object, nothing named and no
  time, in a closed sentence of prose ("dictatorships *jail* journalists", "security forces
  *torture* detainees, the report says").
- **A present relative clause on a kind** (a bare plural, "anyone", "those"): "bloggers who *praise*
  the government", "protesters who *block* roads".

Never a habit: a title or headline line (an unclosed line, or a short first line), a live blog's
entry that opens with a clock time ("14:20 — Riot police arrest dozens of students"), a present
with a time of one occasion ("on Tuesday", "this week", "now"), a verb whose past is its base form
("guards *beat* prisoners on Fridays" may be a past), a verb of reporting.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from tally.extract.context import doc_text
from tally.extract.events import lexicon as event_lexicon
from tally.extract.events.phrases import verb_of_bare_noun

if TYPE_CHECKING:
    from spacy.tokens import Token

    from tally.extract.events.candidate import _Cand

#: Candidates read off a clause verb.
_VERB_KINDS = frozenset({"verb", "light", "phrasal", "object", "modal"})
#: Determiners that make a time noun repeat: "every Friday", "each year".
_EVERY = frozenset({"every", "each"})
#: Words that count the times of a repeating act: "twice a week", "three times a year".
_COUNTS = frozenset({"once", "twice", "thrice", "times"})
#: Subordinators of a clause of "whenever".
_WHENEVER = frozenset({"whenever"})
#: Children that give a coordinated verb a clause of its own.
_OWN_CLAUSE = frozenset({"aux", "auxpass", "nsubj", "nsubjpass", "mark", "neg"})
#: Auxiliaries of the present passive: "journalists *are* detained".
_PRESENT_AUX = frozenset({"is", "are", "am", "'s", "'re", "’s", "’re"})
#: Adverbs that tie a present act to now, one occasion.
_NOW = frozenset({"now", "today", "tonight", "tomorrow", "again", "currently", "presently"})
#: Heads of a relative clause that name a kind, not a party.
_KIND_PRONOUNS = frozenset(
    {"anyone", "anybody", "anything", "everyone", "everybody", "everything", "those", "whoever", "whatever"}
)
#: Last tokens of a sentence closed as prose (a headline line has none).
_CLOSERS = frozenset({".", "!", "?", '"', "”", "'", "’", ")"})
#: The most words of a title line; a longer first sentence is a story's lede.
_TITLE_WORDS = 12
#: A live blog's entry opens its line with the time it was posted ("14:05 — …", "Update 9.40: …").
_LIVE_ENTRY = re.compile(r"[ \t]*(?:\[|\(|update[ \t]*)?\d{1,2}[:.]\d{2}(?!\d)", re.IGNORECASE)
_LIVE_ENTRY_REACH = 200


def _no_aux(v: Token) -> bool:
    return not any(ch.dep_ in {"aux", "auxpass"} for ch in v.children)


def _past_as_base(v: Token) -> bool:
    """A verb whose past is its base form ("beat", "set", "shut"): after a plural subject its
    present and its past look alike."""
    word = v.lower_
    return any(word.endswith(base) for base in event_lexicon.PAST_AS_BASE_VERBS)


def _present(v: Token) -> bool:
    """A finite verb in the present: the simple present ("attacks"; "arrest" after a plural subject,
    which the tagger may tag VB) or the present passive ("are detained")."""
    if v.pos_ not in {"VERB", "AUX"}:
        return False
    if v.tag_ == "VBZ":
        return _no_aux(v)
    if v.tag_ in {"VBP", "VB"}:
        return (
            _no_aux(v)
            and not _past_as_base(v)
            and any(ch.dep_ in {"nsubj", "nsubjpass"} for ch in v.children)
        )
    if v.tag_ == "VBN":
        auxes = {ch.lower_ for ch in v.children if ch.dep_ in {"aux", "auxpass"}}
        return bool(auxes) and auxes <= _PRESENT_AUX
    return False


def _bare_participle(v: Token) -> bool:
    """A participle with no auxiliary of its own in a "when" clause: "when *attacked*"."""
    return v.tag_ == "VBN" and _no_aux(v)


def _clause_verb(v: Token) -> Token:
    """The first verb of a coordination of verbs ("beat and *detain*"), at most three steps up; a
    conjunct with a subject or an auxiliary of its own is a clause of its own ("China always says
    so, and Russia *has violated* …")."""
    for _ in range(3):
        if v.dep_ != "conj" or v.head.pos_ not in {"VERB", "AUX"} or v.head.i == v.i:
            return v
        if any(ch.dep_ in _OWN_CLAUSE for ch in v.children):
            return v
        v = v.head
    return v


def _repeating_time(v: Token) -> bool:
    """A time on *v* that repeats: "every Friday", "each year" (also inside a phrase: "in the middle
    of each year"), "on Fridays", "daily", "twice a week"."""
    phrases = [g for ch in v.children for g in (ch.children if ch.dep_ == "xcomp" else (ch,))]
    for ch in phrases:  # a verb's phrases, and its complement's ("bans *fishing* … each year")
        if ch.dep_ == "advmod" and (
            ch.lower_ in event_lexicon.REPEATING_ADVERBS or ch.lower_ in event_lexicon.HABITUAL_ADVERBS
        ):
            return True  # "daily"; "routinely", "often" (round 39's adverbs of habit)
        if ch.dep_ not in {"npadvmod", "tmod", "prep", "obl", "advmod"}:
            continue
        for t in ch.subtree:
            if t.pos_ not in {"NOUN", "PROPN"} or t.lemma_.lower() not in event_lexicon.REPEATING_TIMES:
                continue
            dets = {d.lower_ for d in t.children if d.dep_ in {"det", "predet", "nummod", "quantmod"}}
            if dets & _EVERY:
                return True
            if dets & {"a", "an", "per"} and any(u.lower_ in _COUNTS for u in ch.subtree):
                return True  # "twice a week", "three times a year"
            if t.tag_ in {"NNS", "NNPS"} and t.dep_ == "pobj" and t.head.lower_ in {"on", "at"}:
                return True  # "on Fridays", "at weekends"
    return False


def _one_occasion(v: Token) -> bool:
    """A time of one occasion on *v*: a date that does not repeat ("on Tuesday", "this week") or an
    adverb of now."""
    for ch in v.children:
        if ch.dep_ == "advmod" and ch.lower_ in _NOW:
            return True
        if ch.dep_ not in {"npadvmod", "tmod", "prep", "obl", "advmod"}:
            continue
        span = list(ch.subtree)
        if any(t.ent_type_ in {"DATE", "TIME"} for t in span) and not _repeats(span):
            return True
    return False


def _repeats(span: list[Token]) -> bool:
    lowers = {t.lower_ for t in span}
    if lowers & (_EVERY | _COUNTS | event_lexicon.REPEATING_ADVERBS):
        return True
    return any(t.tag_ in {"NNS", "NNPS"} and t.lemma_.lower() in event_lexicon.REPEATING_TIMES for t in span)


def _whenever_clause(v: Token) -> bool:
    """*v* heads a clause of "whenever" ("*whenever* the opposition calls a rally") or of "every /
    each time" (a relative clause on that "time")."""
    if v.dep_ == "advcl" and any(
        (ch.lower_ in _WHENEVER and ch.dep_ in {"advmod", "mark"}) or _every_time(ch) for ch in v.children
    ):
        return True  # "*whenever* they march", "each time students *gather*" (an adverbial clause)
    return v.dep_ == "relcl" and _every_time(v.head)  # "every time the union *strikes*, …"


def _every_time(t: Token) -> bool:
    """ "every time" / "each time" as an adverbial noun."""
    return (
        t.lower_ == "time"
        and t.dep_ in {"npadvmod", "tmod", "obl"}
        and any(d.dep_ == "det" and d.lower_ in _EVERY for d in t.children)
    )


def _when_clause(v: Token) -> bool:
    """*v* heads a clause of "when" or "whenever": "when they film", "when attacked"."""
    return v.dep_ == "advcl" and any(
        ch.lower_ in {"when"} | _WHENEVER and ch.dep_ in {"advmod", "mark"} for ch in v.children
    )


def _rule_of_succession(v: Token) -> bool:
    """*v* in a rule of what follows what: a present clause of "whenever" / "every time" on a
    present main clause, or that main clause; the same with "when" (also "when attacked")."""
    # v is the subordinate clause
    if _whenever_clause(v) or _when_clause(v):
        gov = v.head if v.dep_ == "advcl" else v.head.head
        if (_present(v) or (_when_clause(v) and _bare_participle(v))) and _governing_present(gov):
            return True
    # v is the main clause
    if not _present(v):
        return False
    for ch in v.children:
        if (
            ch.dep_ == "advcl"
            and (_when_clause(ch) or _whenever_clause(ch))
            and (_present(ch) or _bare_participle(ch))
        ):
            return True
        if _every_time(ch) and any(r.dep_ == "relcl" and _present(r) for r in ch.children):
            return True
    return False


def _governing_present(gov: Token) -> bool:
    """The clause a "when" clause hangs on is a present that states a rule, not a report: no verb
    of saying ("he says police fire when …")."""
    return gov.pos_ in {"VERB", "AUX"} and _present(gov) and gov.lemma_.lower() not in event_lexicon.REPORTING


def _bare_plural(noun: Token) -> bool:
    """A noun of a kind: a plural with no determiner, possessive, number or name ("journalists",
    "security forces"), or a pronoun of a kind ("anyone", "those")."""
    if noun.lower_ in _KIND_PRONOUNS:
        return True
    if noun.tag_ != "NNS" or noun.ent_type_:
        return False
    return not any(
        ch.dep_ in {"det", "poss", "nummod", "quantmod", "predet"}
        or (ch.dep_ == "compound" and ch.tag_ in {"NNP", "NNPS"})
        or ch.ent_type_
        for ch in noun.children
    )


def _names_something(v: Token) -> bool:
    """A name, a number or a definite place in *v*'s phrases: the act is told of one occasion."""
    for ch in v.children:
        if ch.dep_ in {"nsubj", "dobj", "nsubjpass"}:
            continue
        if ch.dep_ not in {"prep", "npadvmod", "tmod", "obl", "dative", "attr", "advmod"}:
            continue
        if any(t.tag_ in {"NNP", "NNPS", "CD"} or t.ent_type_ for t in ch.subtree):
            return True
        if ch.dep_ == "prep" and any(
            t.dep_ in {"det", "poss"} and t.lower_ not in {"a", "an"} for t in ch.subtree
        ):
            return True  # "outside the governor's office", "in the yard"
    return False


def _kind_on_kind(v: Token) -> bool:
    """A kind of party acting on a kind, in the present with nothing named: "dictatorships jail
    journalists"."""
    if not _present(v) or v.tag_ == "VBN":
        return False
    subj = next((ch for ch in v.children if ch.dep_ == "nsubj"), None)
    obj = next((ch for ch in v.children if ch.dep_ == "dobj"), None)
    if subj is None or obj is None or not _bare_plural(subj) or not _bare_plural(obj):
        return False
    return not _names_something(v)


#: Auxiliaries of a clause that speaks of what may or will be, not of what was.
_MODAL_AUX = frozenset({"will", "would", "can", "could", "may", "might", "must", "should", "'ll", "’ll"})


def _kind_relative(v: Token) -> bool:
    """A present relative clause on a kind, in a sentence that states what the kind does or what
    befalls it: "bloggers who praise the government *gain* followers", "protesters who block roads
    *will be* fined". On a sentence of the past ("protesters who demand reform *marched* on
    Monday") the clause describes the parties of one occasion, and stays."""
    if v.dep_ != "relcl" or not _present(v) or not _bare_plural(v.head):
        return False
    gov = v.head.head
    if gov.pos_ not in {"VERB", "AUX"} or gov.i == v.head.i:
        return False
    gov = _clause_verb(gov)
    auxes = {ch.lower_ for ch in gov.children if ch.dep_ in {"aux", "auxpass"}}
    return _present(gov) or bool(auxes & _MODAL_AUX)


def _closed_sentence(v: Token) -> bool:
    toks = [t for t in v.sent if not t.is_space]
    return bool(toks) and toks[-1].text in _CLOSERS


def _title_line(v: Token) -> bool:
    """The first sentence of a text of more than one, of at most twelve words: a title, whose
    present tells a past act ("Mayor resigns from council." above the story)."""
    sent = v.sent
    doc = sent.doc
    if sum(1 for t in sent if not (t.is_punct or t.is_space)) > _TITLE_WORDS:
        return False
    # the first word of the text opens this sentence (stops at that word: no scan of what lies
    # before a sentence further down, which would make the check quadratic in long texts)
    first_word = next((t.i for t in doc if not t.is_space), len(doc))
    return first_word >= sent.start and any(not t.is_space for t in doc[sent.end :])


def _live_entry(v: Token) -> bool:
    """*v* stands in a line that opens with a clock time: a live blog's entry, told in the present
    of one occasion."""
    text = doc_text(v.doc)  # joined once per Doc: Doc.text, joined per candidate, was quadratic
    start = text.rfind("\n", max(0, v.idx - _LIVE_ENTRY_REACH), v.idx) + 1
    if start == 0 and v.idx > _LIVE_ENTRY_REACH:
        return False  # no line starts within reach
    return _LIVE_ENTRY.match(text, start, v.idx) is not None


def _governing_verb(noun: Token) -> Token | None:
    """The verb an event noun is the object of, directly or through a preposition ("calls *a
    rally*", "come under *attack*"), when the noun is bare or indefinite."""
    for _ in range(3):  # "conducts bombings and *kidnappings*": the first of the nouns
        if noun.dep_ != "conj" or noun.head.pos_ not in {"NOUN", "PROPN"} or noun.head.i == noun.i:
            break
        noun = noun.head
    return verb_of_bare_noun(noun, "dobj", uncounted=True)


def _purpose_of(v: Token) -> Token:
    """The act an infinitive of purpose or a complement is done with: "march every Friday *to
    demand* …", "routinely use tear gas *to disperse* …" repeat with it (at most three steps up)."""
    for _ in range(3):
        if (
            v.dep_ in {"advcl", "xcomp"}
            and v.head.pos_ in {"VERB", "AUX"}
            and v.head.i != v.i
            and any(ch.dep_ == "aux" and ch.lower_ == "to" for ch in v.children)
        ):
            v = v.head
        else:
            break
    return v


def generic_present(c: _Cand) -> bool:
    """True when *c* is an act told in the present as a repeated act or an act of a kind (see the
    module's docstring), not one that happened on one occasion."""
    return generic_sign(c) is not None


def generic_sign(c: _Cand) -> str | None:
    """The sign of genericity *c*'s clause carries (``"repeating"``, ``"succession"``,
    ``"kind-relative"``, ``"kind-on-kind"``), or None."""
    if c.modality not in {"asserted", "reported", "negated"}:
        return None
    if c.kind in _VERB_KINDS:
        v = c.verb
    elif c.kind == "noun":
        gov = _governing_verb(c.head)
        if gov is None:
            return None
        v = gov
    else:
        return None
    v = _purpose_of(v)
    if v.lemma_.lower() in event_lexicon.REPORTING:
        return None
    first = _clause_verb(v)
    if first.lemma_.lower() in event_lexicon.REPORTING:
        return None
    if not _closed_sentence(v) or _title_line(v) or _live_entry(v):
        return None
    if _one_occasion(v) or (first.i != v.i and _one_occasion(first)):
        return None
    if _present(first) and (_repeating_time(first) or (first.i != v.i and _repeating_time(v))):
        return "repeating"
    if _rule_of_succession(first):
        return "succession"
    if _kind_relative(first):
        return "kind-relative"
    if c.kind != "noun" and _kind_on_kind(first):
        return "kind-on-kind"
    return None
