"""Small readings of spaCy's dependency parse that several extractors share."""

from __future__ import annotations

import re
from collections.abc import Callable, Collection

from spacy.tokens import Doc, Span, Token

from tally.nlp.paragraphs import REFERENCE_MARK

#: A reference mark standing as a token of its own: "[16]", "[a]" (see :mod:`tally.nlp.paragraphs`).
_REFERENCE_MARK = re.compile(REFERENCE_MARK + r"\Z")


def _past_a_mark(child: Token) -> Token | None:
    """*child*, or for a reference mark ("[8]") the noun the parser joined to it, if any."""
    if _REFERENCE_MARK.match(child.text) is None:
        return child
    return next(
        (c for c in child.children if c.dep_ in {"conj", "appos"} and c.pos_ in {"NOUN", "PROPN"}), None
    )


def nearest_child(verb: Token, deps: Collection[str]) -> Token | None:
    """The child of *verb* with a label in *deps* that stands nearest to it, those before it first.

    The parser gives a verb two subjects when something stands in front of
    the clause: a dateline ("DUBAI, Dec 16 — Amnesty International said …")
    or a fronted name. The one next to the verb is its subject; the one
    further out is the fronted material. A subject after the verb ("…, said
    the group") counts only when none stands before it, or when the reported
    clause stands between the one before and the verb.
    """
    # "“…,”[16] said X": an encyclopaedia's reference mark the parser made a subject says nothing
    # itself, but may hold the real subject joined to it ("…,[8] and the Ministry of Health reported")
    before = [w for c in verb.lefts if c.dep_ in deps for w in [_past_a_mark(c)] if w is not None]
    if len(before) > 1 and before[-1].ent_type_ in {"DATE", "TIME"}:
        before.pop()  # "The ministry has since the weekend reported": the time phrase is no subject
    after = next((w for c in verb.rights if c.dep_ in deps for w in [_past_a_mark(c)] if w is not None), None)
    if (
        before
        and after is not None
        and any(c.dep_ == "ccomp" and before[-1].i < c.i < verb.i for c in verb.lefts)
    ):
        # "Iran: Over 750 killed, says PMOI": the reported clause stands between the
        # fronted word and the verb, and the inverted subject after it speaks
        return after
    if before:
        return before[-1]
    return after


def is_dateline(tok: Token) -> bool:
    """Whether *tok* is the place of a dateline: "NAIROBI, May 2 —", "GENEVA (Reuters) –".

    A word in capitals that opens a paragraph and is followed by a comma, a
    dash or a bracket names where the story was filed, never who acts in it.
    Scraped and archived articles often keep the headline on the body's line
    ("Charges filed in Cincinnati shooting. CINCINNATI (AP) — Police …"): after
    a sentence's end, a word in capitals is a dateline when a dash follows it.
    """
    doc = tok.doc
    start = tok.i
    while start > 0 and doc[start - 1].is_upper and doc[start - 1].is_alpha:
        start -= 1  # "SAN SALVADOR, …"
    opens = start == 0 or "\n" in doc[start - 1].text_with_ws
    if not (tok.is_upper and len(tok.text) > 1):
        return False
    # "DUBAI, Dec 16 —", "GENEVA (Reuters) –"; not "HRANA, a rights news agency,"
    after = [t.text for t in doc[tok.i + 1 : tok.i + 7]]
    if not opens:
        return _after_a_headline(doc, start) and any(t in _DATELINE_DASHES for t in after[:5])
    dashed = any(t in {"—", "–", "-", "--", "("} for t in after)
    return (
        bool(after)
        and after[0][:1] in {",", "—", "–", "-", "("}
        and (dashed or tok.ent_type_ in {"GPE", "LOC"})
    )


#: The dashes that end a dateline (a hyphen only set off by spaces, as tokens).
_DATELINE_DASHES = frozenset({"—", "–", "-", "--"})


def _after_a_headline(doc: Doc, start: int) -> bool:
    """Whether the token at *start* follows a sentence's end on its line (a headline kept on the
    body's line), so that a word in capitals there may open the story's dateline."""
    before = doc[start - 1]
    return before.text in {".", "!", "?"} or (
        before.text in {'"', "”", "'", "’"} and start > 1 and doc[start - 2].text in {".", "!", "?"}
    )


def _ends_a_heading_line(tok: Token) -> bool:
    """Whether a line break follows *tok* inside its sentence: the end of a heading or time stamp
    ("16:45 MMT") the parser ran into the sentence below it."""
    doc = tok.doc
    return tok.i + 1 < len(doc) and "\n" in doc[tok.i + 1].text and doc[tok.i + 1].is_space


def raised_subject(verb: Token, governors: Collection[str] | None = None) -> Token | None:
    """The subject of a passive verb whose infinitive *verb* is: "General X is reported to have told
    the governor: “…”", "the consulate is understood to have estimated the dead at 17,000".

    The infinitive has no subject of its own; the passive's subject does what it says (the agent of
    the passive, when named, only reports it). Quotes ask it of any passive verb; figures only of
    the verbs of hearsay in *governors* ("the militia is said to have killed 300" stays the
    writer's count, as killing is no estimate).
    """
    governor = verb.head
    if verb.dep_ != "xcomp" or not any(c.dep_ in {"auxpass", "nsubjpass"} for c in governor.children):
        return None
    if governor.pos_ != "VERB" if governors is None else governor.lemma_.lower() not in governors:
        return None
    return subject(governor, {"nsubjpass"})


def subject(verb: Token, deps: Collection[str]) -> Token | None:
    """The subject of *verb* (see :func:`nearest_child`), seen past a dateline the parser took for one.

    "NAIROBI, May 2 — The Network said …" is often parsed with the dateline
    as the subject and the real one in apposition to it.
    """
    child = nearest_child(verb, deps)
    if child is None:
        # "The spokesman has for the first time confirmed …": with an adverbial between them,
        # the parser may hang the subject on the auxiliary instead of the verb
        child = next(
            (s for a in verb.lefts if a.dep_ in {"aux", "auxpass"} for s in a.lefts if s.dep_ in deps), None
        )
    if (
        child is not None
        and child.left_edge.i == child.sent.start
        and child.i + 1 < len(child.doc)
        and child.nbor(1).text == ":"
        and child.i < verb.i
    ):
        # "Iran: 750 killed, says PMOI": a headline's label, no subject
        return next((c for c in verb.rights if c.dep_ in deps), None)
    if child is not None and _ends_a_heading_line(child):
        # "13:30 GMT\nThe UN special rapporteur … says": a live blog's time stamp the parser made
        # the subject, the real one hung on it after the line break
        apposed = [c for c in child.children if c.dep_ == "appos" and c.i > child.i]
        return apposed[0] if apposed else child
    if child is not None and is_dateline(child):
        # "GENEVA (10 January 2023) – UN experts said": the date in brackets is no subject; "CARACAS –
        # Foro Penal, the legal aid group, said": the name read as joined to the dateline speaks
        apposed = [
            c
            for c in child.children
            if (c.dep_ == "appos" or (c.dep_ == "conj" and c.i > child.i))
            and not c.like_num
            and c.ent_type_ != "DATE"
        ]
        return apposed[-1] if apposed else None
    return child


def phrase_before(verb: Token, max_words: int = 12) -> Token | None:
    """The head of the noun phrase between the last comma and *verb*: "…, a doctor at the hospital said."

    The parser sometimes hangs such a trailing speaker on a word of the clause
    before ("injuries, a doctor …" as an apposition) and leaves the verb
    without a subject. The phrase is still the one thing between the comma and
    the verb; its head is the word whose own head lies outside it.
    """
    doc, start = verb.doc, verb.sent.start
    j = verb.i - 1
    while j > start and doc[j].text != "," and verb.i - j <= max_words:
        j -= 1
    if doc[j].text != "," or j >= verb.i - 1:
        return None
    inside = range(j + 1, verb.i)
    heads = [
        t
        for t in doc[j + 1 : verb.i]
        if (t.head.i not in inside or t.head.i == t.i) and t.dep_ not in {"aux", "auxpass", "neg"}
    ]  # "…, the judiciary chief X was quoted as saying": the auxiliary is no second phrase
    if len(heads) == 1 and heads[0].pos_ in {"NOUN", "PROPN", "PRON"}:
        return heads[0]
    if (
        len(heads) == 2
        and heads[0].pos_ == "NOUN"
        and heads[1].pos_ == "PROPN"
        and heads[1].left_edge.i == heads[0].i + 1
    ):
        return heads[1]  # "…, the exile group Cubalex said": a description, then the name
    if (
        len(heads) > 1
        and heads[0].pos_ in {"NOUN", "PROPN"}
        and all(h.dep_ == "prep" and h.i > heads[0].i for h in heads[1:])
    ):
        # "…, residents and people with knowledge of the incidents told Reuters": the parser hung
        # the phrase's own preposition on the clause before; the noun still heads the speaker
        return heads[0]
    return None


def _only_adjuncts_after(verb: Token, last: Token) -> bool:
    """Whether every word after *verb* up to *last* belongs to a phrase of time, place or address of *verb*.

    "…, witnesses said on Wednesday.", "…, relatives told Nile Post.", "…, officials
    told reporters in Geneva on Monday.": the verb's prepositional phrases, its
    bare time word and the one it spoke to.
    """
    preps = [c for c in verb.children if c.dep_ in {"prep", "npadvmod", "dative", "dobj"} and c.i > verb.i]
    if not preps:
        return False
    covered = {t.i for p in preps for t in p.subtree}
    return all(i in covered or verb.doc[i].is_punct for i in range(verb.i + 1, last.i + 1))


def _last_words(sent: Span, n: int) -> list[Token]:
    """The last *n* tokens of *sent* that are neither punctuation nor space (a paragraph's blank
    line ends its last sentence), in order: walked back from the end, a Token made only for
    the words read, not for every word of the sentence."""
    doc = sent.doc
    words: list[Token] = []
    i = sent.end - 1
    while i >= sent.start and len(words) < n:
        t = doc[i]
        if not (t.is_punct or t.is_space):
            words.append(t)
        i -= 1
    words.reverse()
    return words


#: How many of a sentence's last words :func:`closing_verb` reads: the attribution and what may
#: follow it ("…, the group said in a statement on its website on Wednesday.").
_CLOSING_WORDS = 14


def closing_verb(sent: Span, is_cue: Callable[[Token], bool]) -> Token | None:
    """The verb of a sentence-final attribution: "…, the group added." or "…, said the group."

    Such an attribution speaks for every clause of its sentence, however the
    parser linked the clauses ("X sentenced 19, and three were sentenced to
    death, the group added": the group says both).
    """
    toks = _last_words(sent, _CLOSING_WORDS)
    if len(toks) < 3:
        return None
    last = toks[-1]
    if is_cue(last) and phrase_before(last) is not None:
        return last  # "…, the group added."
    for verb in toks[-_CLOSING_WORDS:-1]:
        # "…, witnesses said on Wednesday.", "…, the group said in a statement."
        if is_cue(verb) and _only_adjuncts_after(verb, last) and phrase_before(verb) is not None:
            return verb
    for verb in toks[-6:-1]:
        if is_cue(verb) and verb.i > 0 and verb.doc[verb.i - 1].text == ",":
            rest = verb.doc[verb.i + 1 : last.i + 1]
            if all(t.pos_ in {"DET", "ADJ", "NOUN", "PROPN", "PART", "ADP"} for t in rest):
                return verb  # "…, said the group."
    return None


#: Words for a part of a group, before "of": "one of the officials", "two of them", "most of the dead".
PART_WORDS = frozenset({"one", "two", "three", "some", "several", "many", "most", "each", "all", "both"})


def partitive_whole(tok: Token) -> Token | None:
    """The group a part word takes from: "officials" of "One of the officials", "them" of "one of them".

    Quote speakers and figure sources both read "one of the officials said" as the officials
    named before; this is the one reading of its syntax they share.
    """
    if tok.lower_ not in PART_WORDS and tok.pos_ != "NUM":
        return None
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ == "of" and prep.i > tok.i:
            return next((g for g in prep.children if g.dep_ == "pobj"), None)
    return None


def proper_noun_of(prep: Token) -> Token | None:
    """The proper noun an "of" phrase names: "Portland" of "the city *of Portland*", "Amnesty" of
    "the website *of Amnesty*"; None for another preposition or a common noun.

    Figure sources (a place that reports a count) and quote speakers (the owner of a website or
    account) both read a name given with "of"; this is the one reading they share.
    """
    if prep.dep_ != "prep" or prep.lower_ != "of":
        return None
    return next((c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "PROPN"), None)
