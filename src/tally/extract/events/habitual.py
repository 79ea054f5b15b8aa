"""Acts told in the simple present as a habit, a rule or a kind, no one occasion (round 58).

News tells what happened in the past tense; the simple present of an act done by force or with
the hands, with no auxiliary and no time of its own, says what someone does as a rule ("the
government *bans* fishing in the bay every spring", "a police van *blocks* the gate"), and a
relative clause in the simple present on a kind of people or things describes the kind ("bloggers
who *praise* the government", "anything that *helps*"). Neither is an event. A statement in the
present is made as it is reported ("Beijing *denies* the allegations", "China *calls on* both
sides …") and stays, as do an offer of aid, a present dated to one occasion ("negotiators *meet*
in Geneva this week"), a present with a named thing acted on ("troops *retake* the town of Wau": a
report's present of one occasion), a title line, a first-person present that does the act ("I
*resign*"), a verb whose past is its base form ("militiamen *set* houses ablaze"), a clause of
condition or time and the subjunctive of a demand ("demanded that its partners *refuse* …"),
which the modality steps read.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from tally.extract.events import lexicon as event_lexicon
from tally.extract.events import syntax as event_syntax

if TYPE_CHECKING:
    from spacy.tokens import Token

    from tally.extract.events.candidate import _Cand

#: Types of acts done by force or with the hands, not by saying: their simple present is a habit.
#: AID is not one: an offer or a pledge of aid is made by saying it ("Japan *offers* $5 million").
DONE_TYPES = frozenset(
    {"ASSAULT", "FIGHT", "COERCE", "PROTEST", "MOBILIZE", "COOPERATE", "RETREAT", "SANCTION", "CONCEDE"}
)
#: Verbs of those types that are done by saying: "the minister *admits* the error".
SAYING_VERBS = frozenset(
    {"admit", "acknowledge", "apologise", "apologize", "concede", "confess", "offer", "pledge"}
)
#: A law or a deal that allows or permits grants it (round 39): no habit.
PERMITTING = frozenset({"allow", "permit"})
#: Heads of a relative clause that name a kind, not a party: "anything that helps".
KIND_HEADS = frozenset(
    {
        "anything",
        "something",
        "everything",
        "anyone",
        "anybody",
        "everyone",
        "everybody",
        "someone",
        "somebody",
        "those",
        "whoever",
        "whatever",
    }
)
#: Adverbs that tie a present act to now, one occasion: "troops *now* control the town".
_NOW = frozenset({"now", "today", "tonight", "tomorrow", "soon", "again"})
#: Words of a date that repeats: "every spring", "each year" date a habit, not an occasion.
_REPEATING = frozenset({"every", "each", "daily", "weekly", "monthly", "annually", "yearly"})
#: Last tokens of a sentence closed as prose (a headline line has none).
_CLOSERS = frozenset({".", "!", "?", '"', "”", "'", "’", ")"})
#: The most words of a title line; a longer first sentence is a story's lede.
_TITLE_WORDS = 12
#: Subjects of a performative present.
_FIRST_PERSON = frozenset({"i", "we"})
#: Candidates read off a clause verb (a noun's clause says nothing of its tense).
_VERB_KINDS = frozenset({"verb", "light", "phrasal", "object"})


def _simple_present(v: Token) -> bool:
    """A verb in the simple present: VBZ, or VBP of a verb whose past is not its base form
    ("militiamen *set* houses ablaze", "soldiers *browbeat* reporters" are past, whatever the tag)."""
    if v.pos_ not in {"VERB", "AUX"} or any(ch.dep_ in {"aux", "auxpass"} for ch in v.children):
        return False
    return v.tag_ == "VBZ" or (v.tag_ == "VBP" and not _past_as_base(v.lower_))


def _past_as_base(word: str) -> bool:
    """A verb whose past is its base form, also as the end of a compound ("browbeat", "upset")."""
    return any(word.endswith(base) for base in event_lexicon.PAST_AS_BASE_VERBS)


def _dated(v: Token) -> bool:
    """A time of the act's own: a date entity on the verb or in its phrases ("this week", "on
    Monday") that does not repeat ("every spring"), or an adverb of now."""
    for ch in v.children:
        if ch.dep_ == "advmod" and ch.lower_ in _NOW:
            return True
        if ch.dep_ not in {"npadvmod", "tmod", "prep", "advmod", "obl"}:
            continue
        span = list(ch.subtree)
        if any(t.ent_type_ in {"DATE", "TIME"} for t in span) and not any(
            t.lower_ in _REPEATING for t in span
        ):
            return True
    return False


def _named_occasion(v: Token) -> bool:
    """A present with a named party or place in its object or its phrases ("government forces
    *regain* control of Kafr Nabl", "troops *retake* the town of Wau"): a habit is told of acts of
    a kind, with no one named thing acted on, so this is a report's present of one occasion."""
    for ch in v.children:
        if ch.dep_ not in {"dobj", "dative", "prep", "attr"}:
            continue
        if any(t.tag_ in {"NNP", "NNPS"} for t in ch.subtree):
            return True
    return False


#: A live blog's entry opens its line with the time it was posted ("14:05 — Police arrest …",
#: "Update 9.40am: …"); how far back the line's start is looked for (bounded: one look per verb).
_LIVE_ENTRY = re.compile(r"[ \t]*(?:\[|\(|update[ \t]*)?\d{1,2}[:.]\d{2}(?!\d)", re.IGNORECASE)
_LIVE_ENTRY_REACH = 200


def _live_entry(v: Token) -> bool:
    """Whether *v* stands in a line that opens with a clock time: a live blog's entry tells what
    happened at that time in the present ("14:20 — Riot police arrest dozens of students"), one
    occasion and no habit (lead, round 58)."""
    text = v.doc.text
    start = text.rfind("\n", max(0, v.idx - _LIVE_ENTRY_REACH), v.idx) + 1
    if start == 0 and v.idx > _LIVE_ENTRY_REACH:
        return False
    return _LIVE_ENTRY.match(text, start, v.idx) is not None


def _closed_sentence(v: Token) -> bool:
    toks = [t for t in v.sent if not t.is_space]
    return bool(toks) and toks[-1].text in _CLOSERS


def _title_line(v: Token) -> bool:
    """The first sentence of a text of more than one, of at most twelve words: a title, whose
    present tells a past act ("Mayor resigns from council." above the story), even with a stop."""
    sent = v.sent
    doc = sent.doc
    if sum(1 for t in sent if not (t.is_punct or t.is_space)) > _TITLE_WORDS:
        return False  # a lede, not a title
    return all(t.is_space for t in doc[: sent.start]) and any(not t.is_space for t in doc[sent.end :])


def _performative(v: Token) -> bool:
    """A first-person present does the act in saying it: "I *resign*", "we *reject* the offer"."""
    return any(ch.dep_ == "nsubj" and ch.lower_ in _FIRST_PERSON for ch in v.children)


def _kind_head(noun: Token) -> bool:
    """A noun of a kind: "anything", "those", or a bare plural ("bloggers", "voters") with no
    determiner, possessive or number and no name."""
    if noun.lower_ in KIND_HEADS:
        return True
    return (
        noun.tag_ == "NNS"
        and not noun.ent_type_
        and not any(ch.dep_ in {"det", "poss", "nummod", "quantmod"} for ch in noun.children)
    )


def _clause_verb(v: Token) -> Token:
    """The first verb of a coordination of verbs ("beat and *detain*"), at most three steps up."""
    for _ in range(3):
        if v.dep_ != "conj" or v.head.pos_ not in {"VERB", "AUX"}:
            return v
        v = v.head
    return v


def _noun_of_kind_clause(noun: Token) -> bool:
    """An event noun in a present relative clause on a kind: "countries that come under *attack*",
    "people who face *arrest*" (the noun's verb, directly or through its preposition)."""
    v = noun.head
    if noun.dep_ == "pobj" and v.dep_ == "prep":
        v = v.head
    elif noun.dep_ != "dobj":
        return False
    return v.i != noun.i and _simple_present(v) and v.dep_ == "relcl" and _kind_head(v.head)


def habitual_present(c: _Cand) -> bool:
    """True when *c* is an act told in the simple present as a habit, a rule or a kind."""
    if c.modality not in {"asserted", "reported", "negated"}:
        return False
    if c.kind == "noun":
        return _noun_of_kind_clause(c.head) and _closed_sentence(c.head)
    if c.kind not in _VERB_KINDS:
        return False
    v = c.verb
    if not _simple_present(v) or v.lemma_.lower() in event_lexicon.REPORTING:
        return False
    first = _clause_verb(v)
    if not any(ch.dep_ in {"nsubj", "nsubjpass"} for ch in first.children):
        return False
    if _dated(v) or (first.i != v.i and _dated(first)) or not _closed_sentence(v) or _live_entry(v):
        return False
    if first.dep_ == "relcl" and _kind_head(first.head):
        return True  # "bloggers who praise the government", any type
    if _title_line(v) or _performative(first):
        return False
    if c.type not in DONE_TYPES or v.lemma_.lower() in SAYING_VERBS | PERMITTING or _named_occasion(v):
        return False
    if first.dep_ in {"ROOT", "relcl"}:
        return True
    # "rebels attack convoys, villagers say": the complement of a reporting verb
    return first.dep_ in {"ccomp", "parataxis"} and event_syntax.reporting_ancestor(first) is not None
