"""Quotes and their speakers: direct, indirect and mixed, each grounded in the text.

Who said what is half of what a monitor records, and no offline library does
it well (DESIGN.md): textacy drops a whole article on one unclosed mark and
takes apostrophes for quote marks, and the coreference-based tools need models
that cannot be installed. So this module combines two exact sources of
evidence that hold in news prose:

- **quote marks**, found by a linear scan (:mod:`._quote_marks`) that survives
  missing closing marks, multi-paragraph quotes and nested single marks;
- **the dependency parse**: a verb of saying (:mod:`._quote_cues`) names its
  source as subject ("X said", "said X", "what X said: …", "quoted from X")
  and what was said as its clausal complement ("X said (that) …"), and
  "according to X" marks the rest of its clause as X's.

A marked span with a cue next to it is a direct quote; a cue's complement
that contains marked words besides its own is a mixed quote; a complement
without marks is an indirect quote. A marked span with no cue takes the
speaker of a bare cue in the sentence before ("X told officials. “…”", "His
reply was: “…”") or continues the previous quote's speaker (a paragraph that
opens a quote after a quoted paragraph).

Scare quotes and titles ("thugs", a report entitled “Trampling Humanity…”)
are not speech: they get **no record** (SPEC's quote kinds are only direct,
indirect and mixed, and a record without a speaker would be noise to a
reviewer). A short marked phrase inside someone's reported words makes that
report a mixed quote instead.

Pronouns are resolved to the last person who spoke (within two paragraphs),
else to the nearest person named before, skipping people the article shows to
be of the other gender (:mod:`._quote_gender`); surnames resolve through the
:class:`~tally.extract.entities.extractor.EntityIndex`.
"""

from __future__ import annotations

import bisect
import dataclasses
import logging
import re
from collections import Counter
from typing import TYPE_CHECKING, Literal, cast

from tally.extract.context import doc_text
from tally.extract.countries import is_country_name
from tally.extract.entities import words as entity_words
from tally.extract.entities.briefing import briefer_span
from tally.extract.entities.descriptions import labels_the_outlets_note, may_speak_as_noun, names_the_story
from tally.extract.figures import words as figure_words
from tally.extract.quotes import cues as quote_cues
from tally.extract.quotes import transcripts
from tally.extract.quotes import words as quote_words
from tally.extract.quotes.clauses import (
    SPEECH_MIN_WORDS,
    cue_candidates,
    in_the_object_of,
    noun_of_a_quoted_kind,
    owners_work,
    read_taken_for_a_noun,
    tokens_before_mark,
)
from tally.extract.quotes.marks import (
    MarkedSpan,
    Marks,
    count_words,
    find_marked_spans,
    paragraphs,
)
from tally.extract.quotes.posts import block_quotes, embedded_posts, signed_blocks
from tally.extract.quotes.speakers import CLIMB_DEPTH, Attribution, can_speak, resolve
from tally.lexicons import is_person_noun
from tally.records import Quote
from tally.resources.gazetteer import load_gazetteer

QuoteKind = Literal["direct", "indirect", "mixed"]

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Doc, Span, Token

    from tally.extract.context import ExtractContext

LOGGER = logging.getLogger(__name__)

#: Registry name of this extractor's behaviour (STYLE.md §3).
VERSION = "tally.quotes.v1"

#: A marked span with no cue beside it is speech only from
#: :data:`SPEECH_MIN_WORDS` words on; shorter ones ("thugs", "divine blessing")
#: are scare quotes or terms.
__all__ = ["SPEECH_MIN_WORDS", "VERSION", "extract_quotes", "find_attributions"]

#: A reported clause is a *mixed* quote when it has at least this many words
#: outside its quote marks; with fewer the marks hold the whole report (direct).
MIXED_MIN_WORDS = 2

#: A cue before an opening mark counts only within this many tokens of it
#: ("said last Thursday: “"); after a closing mark it must come this soon
#: ("”, was the hard-line quoted from").
CUE_WINDOW_TOKENS = 7

#: After a closing mark the cue may follow a long name with a role
#: ("…,” Scott's niece, state Del. Marcia Price (D-Newport News), shouted").
AFTER_WINDOW_TOKENS = 16


#: After a name with an apposition ("Ana Diaz, a member of …, said") the cue may come this late.
APPOSITION_WINDOW_TOKENS = 40


#: The start of an entry of a numbered reference list ("1. ", "^ ", "[4] ") up to a title, with
#: nothing in lower case before it but the entry's authors and date ("2. Hassan, Omar (9 December
#: 2020). “…”"): a bullet or a sentence ("• China: Xi praised “…”") is prose.
_REFERENCE_ENTRY = re.compile(r"\s*(?:\^|\[?\d{1,3}[.\])])\s+(?:[^a-z\s][^\s]*\s+)*")

#: How far before a title its reference entry may start ("2. Reuters (16 August 2020). “…”").
REFERENCE_PREFIX_CHARS = 120


def _cited_title(text: str, m: MarkedSpan) -> bool:
    """The title of a cited work in a reference list: "1. “Death toll rises to eight”. Rudaw. 9
    December 2020." Encyclopaedia pages end with such lists; the marks hold a headline, which
    is no one's speech. The entry's line opens with a list mark and the title is followed by the
    citation's full stop or comma, outside the marks."""
    if m.close_at is None or text[m.close_at + 1 : m.close_at + 2] not in {".", ","}:
        return False
    lo = max(0, m.open_at - REFERENCE_PREFIX_CHARS)
    line_start = text.rfind("\n", lo, m.open_at) + 1
    if line_start == 0 and lo > 0:
        return False  # no line break near: a paragraph of prose, not a list entry
    return _REFERENCE_ENTRY.fullmatch(text, line_start, m.open_at) is not None


#: Between a quote and its translation: an opening bracket, maybe "or" / "meaning" / "i.e.".
_TRANSLATION_GAP = re.compile(r"[ \u00a0]?\((?:or |meaning |i\.e\.,? |lit\.,? |literally )?")


def _translation(text: str, m: MarkedSpan, before: MarkedSpan | None) -> bool:
    """Marked words in brackets right after a quote: its translation, the same utterance again.

    "chanted “Papua merdeka” (“Free Papua”)": the slogan is quoted once, in
    the words said; the bracketed English is the reporter's, no second quote.
    """
    if before is None or before.close_at is None or m.close_at is None:
        return False
    if text[m.close_at + 1 : m.close_at + 2] != ")":
        return False
    return _TRANSLATION_GAP.fullmatch(text, before.close_at + 1, m.open_at) is not None


def _names_a_word(doc: Doc, m: MarkedSpan) -> bool:
    """Marks right after "the word", "the term": the marked words are named as words, not said.

    "The government rejected the word “massacre”" mentions the word; the
    clause around it reports no one's words. Only a singular noun right
    before the mark: "in his own words, “…”" quotes.
    """
    before = quote_cues.tokens_between(doc, max(0, m.open_at - 20), m.open_at)
    return bool(before) and before[-1].tag_ == "NN" and before[-1].lower_ in quote_words.MENTION_NOUNS


def _names_a_kind_in_the_object(doc: Doc, m: MarkedSpan, host: Attribution) -> bool:
    """The marked span *m* names the kind of a noun (:func:`noun_of_a_quoted_kind`: "a “dead city”
    day") that stands in the object of *host*'s cue ("called a “dead city” day", "urged them to
    stay home in a “…” protest"): a name, and the cue's object is no mixed quote. In a clause the
    cue reports ("…, part of a “…” strategy, said X") the marks may be the speaker's coinage and
    stay speech."""
    if host.cue_tok is None:
        return False
    noun = noun_of_a_quoted_kind(doc, m)
    return noun is not None and in_the_object_of(noun, host.cue_tok)


def _is_title(doc: Doc, m: MarkedSpan) -> bool:
    """A marked span named as a work: "a report entitled “…”", "the report “…”"."""
    if _cited_title(doc_text(doc), m):
        return True
    before = tokens_before_mark(doc, m.open_at)
    if not before or before[-1].is_punct:
        return False
    last = before[-1]
    # "the report “…”" names a work; "showed “…”", "reported “…”" are verbs that share the noun's lemma
    noun = last.pos_ in {"NOUN", "PROPN"} and last.lemma_.lower() in quote_words.TITLE_NOUNS
    return (
        last.lower_ in quote_words.TITLE_CUES
        or noun
        or _label(before, doc_text(doc)[m.start : m.end])
        or _owned_capitalised_name(doc_text(doc), m, before)
        or owners_work(doc_text(doc), m, before)
    )


#: Words that make the marked words after them a definite noun phrase: "the “…”", "its 2019 “…”".
_DEFINITE_BEFORE = frozenset({"the", "its", "their", "his", "her", "our", "my", "your", "'s", "’s"})


def _owned_capitalised_name(text: str, m: MarkedSpan, before: list[Token]) -> bool:
    """A name of a work or an event in capitals after "the" or a possessive: "for its 2019 “Spring
    Lantern Walk for Shelter Families”", "According to the “2023 National Prison Conditions Report”".

    Every word of four letters or more is capitalised (two such words at
    least, not all in capitals) and the marks follow "the", a possessive
    pronoun or a possessive "'s", maybe with a year between: the marks close
    a noun phrase that names something. "as a “Paid Foreign Agitator”" (an
    indefinite label, a verdict) and a capitalised slogan with no article
    stay speech.
    """
    words = re.findall(r"[A-Za-z][A-Za-z'’-]*", text[m.start : m.end])
    long_words = [w for w in words if len(w) >= 4]
    if len(long_words) < 2 or not all(w[0].isupper() for w in long_words) or text[m.start : m.end].isupper():
        return False
    k = len(before) - 1
    if k > 0 and before[k].like_num:
        k -= 1  # "its 2019 “…”"
    return before[k].lower_ in _DEFINITE_BEFORE


#: Verbs whose "as" gives a name: "known as “…”", "refer to the camp as “…”" ("described it as
#: “…”" is a verdict in someone's words, and stays speech).
_NAMED_AS = frozenset({"know", "refer"})


def _labelled(doc: Doc, m: MarkedSpan) -> bool:
    """The marked span *m* is a label (:func:`_label`) and no title of a work."""
    before = quote_cues.tokens_between(doc, max(0, m.open_at - 40), m.open_at)
    while before and before[-1].text in {",", ":"}:
        before = before[:-1]
    return bool(before) and not before[-1].is_punct and _label(before, doc_text(doc)[m.start : m.end])


def _named_as(as_tok: Token) -> bool:
    """ "as" of a verb of naming: "refer to the juntas as", which the parser may hang on the object."""
    head = as_tok.head
    for _ in range(3):
        if head.i >= as_tok.i:
            return False
        if head.lemma_.lower() in _NAMED_AS:
            return True
        if head.pos_ in {"VERB", "AUX"} or head.head.i == head.i:
            return False
        head = head.head
    return False


def _label(before: list[Token], words: str) -> bool:
    """Marked words that label a thing or a person rather than report speech: "known as “the poet of
    the Hirak”", "refer to the juntas as the “…”", "the so-called “…”", "a sign reading “…”" (the
    words on a sign, a banner or a placard), "the scheme is called “…”", and a second name set off
    after the first one a naming phrase gives ("known as Tobin, “The Ferryman”": :func:`_after_a_name`;
    the marked *words* must then read as a name, since "known as Tobin, “will fight on”" goes on
    with the sentence's words)."""
    last = before[-1]
    if last.lower_ in {"the", "a", "an"} and len(before) > 1:
        before, last = before[:-1], before[-2]  # "known as the “British Territory”"
    if _gives_a_name(before):
        return True
    named = _after_a_name(before)
    if named and _gives_a_name(named) and is_quoted_name(words):
        return True
    if last.lower_ == "so-called" or (
        last.lower_ == "called" and len(before) > 2 and before[-2].text == "-" and before[-3].lower_ == "so"
    ):
        return True  # the writer's distance from a name, nobody's words
    return last.lower_ == "reading" and last.head.pos_ == "NOUN" and last.head.i < last.i


#: Participles that give a name when passive or after a noun: "is called “…”", "a man named …".
_NAMING_PARTICIPLES = frozenset({"called", "named", "nicknamed"})

#: Most words of a name that a naming phrase gives before a second name in marks.
_NAME_RUN_WORDS = 5


def _gives_a_name(before: list[Token]) -> bool:
    """*before* ends with words that give a name: "known as", "refer to … as", or a naming participle
    that is passive or describes a noun ("the scheme is called", "a man called"). The active verb
    ("called the plan “…”") is someone's verdict in their own words, and stays speech; so does a
    passive with its agent ("was called “…” by Senator X")."""
    last = before[-1]
    if last.lower_ == "as":
        return (len(before) > 1 and before[-2].lower_ == "known") or _named_as(last)
    if last.lower_ not in _NAMING_PARTICIPLES or any(c.dep_ == "agent" for c in last.children):
        return False
    return last.dep_ == "acl" or any(c.dep_ == "auxpass" for c in last.children)


def _after_a_name(before: list[Token]) -> list[Token]:
    """*before* without the name it ends with ("… known as the Valley Guard" → "… known as"), or
    nothing when it does not end with one. A naming phrase gives the first name and the marks a
    second one (set off by a comma, which the callers have dropped): both are names, no one's
    words."""
    n = len(before)
    while n > 0 and len(before) - n < _NAME_RUN_WORDS and _in_a_name(before, n - 1):
        n -= 1
    if n == len(before) or n == 0:
        return []
    if before[n - 1].lower_ == "the" and n > 1:
        n -= 1
    return before[:n]


def _in_a_name(before: list[Token], k: int) -> bool:
    """*before[k]* is a word of a name: a proper noun, or a hyphen inside one ("Al-Hadid", which the
    tagger splits into a proper noun, a hyphen and a proper noun)."""
    tok = before[k]
    if tok.pos_ == "PROPN":
        return True
    return tok.text == "-" and not tok.whitespace_ and k > 0 and before[k - 1].pos_ == "PROPN"


def _frame_cue(
    doc: Doc, m: MarkedSpan, marks: Marks, para: tuple[int, int], cue_set: set[int]
) -> Token | None:
    """A cue verb or noun beside the marked span *m*, in the same sentence."""
    text = doc_text(doc)
    close = m.close_at if m.close_at is not None else m.end
    # after the closing mark: "…,” said Caddell.", "…,” was the hard-line quoted from X."
    if m.close_at is not None:
        # the window is at most APPOSITION_WINDOW_TOKENS long: never read to the paragraph end,
        # nor look at the marks past it (a paragraph of short chants made that quadratic)
        stop = min(para[1], close + 1 + 20 * APPOSITION_WINDOW_TOKENS)
        next_quote: MarkedSpan | None = None
        for following in marks.after(close):
            if following.open_at >= stop:
                break
            if _speech_like(text, following):
                stop, next_quote = following.open_at, following
                break
        # only the window's tokens are read: _after_window is at most APPOSITION_WINDOW_TOKENS
        after = quote_cues.tokens_between(doc, close + 1, stop, limit=APPOSITION_WINDOW_TOKENS + 2)
        for n, tok in enumerate(after[: _after_window(after) + 1]):
            if tok.text in {".", "!", "?"} and (n == 0 or not _abbreviation(doc[tok.i - 1])):
                break  # "…”.[9] The envoy said": a full stop after the mark ends the quote's sentence
            if tok.i in cue_set and (tok.pos_ == "VERB" or read_taken_for_a_noun(tok)):
                if tok.dep_ == "relcl":
                    continue  # "….” The reporter, who is known for …": a clause about someone
                if _participle_of_a_noun(tok):
                    continue  # "“….” A firm called NovaTest …", "With the added duty, …": no one speaks
                if _ends_a_sentence(text, m) and _acts_on_a_thing(tok):
                    break  # "“Nobody was armed.” Students have posted videos …": a new sentence's act
                if _ends_a_sentence(text, m) and _own_content(tok):
                    break  # "“….” Parties have complained of unfair rules": what they complained of
                if n > 0 and _ends_a_sentence(text, m, bracket=True) and _replies(tok):
                    break  # "“Can the wells be trusted?” A laboratory answered no": someone else's reply
                if _ends_a_sentence(text, m) and _takes_the_next_quote(text, tok, next_quote):
                    break  # "“….” Okafor thinks “…”": the new sentence's cue is its own quote's
                if _ends_a_sentence(text, m) and _opens_a_sentence_of_its_own(tok):
                    break  # "“….” According to the ministry, 40 died": the ministry's words follow
                if _reports_other_words(doc, m, tok, marks):
                    break
                return tok
    # before the opening mark: "X said: “", "what X said last Thursday: “", "His reply was: “"
    lo = para[0]
    p = marks.last_before(m.open_at)
    if p is not None:
        lo = max(lo, (p.close_at if p.close_at is not None else p.end) + 1)
    before = quote_cues.tokens_between(doc, lo, m.open_at)
    if before and before[-1].text in {".", "!", "?"}:
        return None  # the quote opens a new sentence: see _previous_sentence_cue
    sent_start = 0
    for k, tok in enumerate(before):
        if tok.text in {".", "!", "?"}:
            sent_start = k + 1
    window = before[sent_start:][-CUE_WINDOW_TOKENS - 1 :]
    channel: Token | None = None
    for tok in reversed(window):
        if tok.i in cue_set and _is_channel(tok):
            # "As reported by X, “…”", "as students chanted: “…”": the "as" clause right before
            # the quote cues it when no other cue does; "X said, as reported by Y, “…”" keeps "said"
            if channel is None and _as_clause_ends_at_quote(doc, tok, m):
                channel = tok
            continue
        if (tok.i in cue_set and not _is_channel(tok)) or (
            tok.lemma_.lower() in quote_words.CUE_NOUNS and _poss(tok) is not None
        ):
            return tok
        if tok.pos_ == "VERB" and tok.dep_ not in {"relcl", "acl"}:
            break
    return channel


def _as_clause_ends_at_quote(doc: Doc, verb: Token, m: MarkedSpan) -> bool:
    """The "as" clause of *verb* runs up to the quote's opening mark, with only "," or ":" between."""
    last = max(verb.right_edge.i, verb.i)
    between = quote_cues.tokens_between(doc, doc[last].idx + len(doc[last].text), m.open_at)
    return len(between) <= 1 and all(t.text in {",", ":"} for t in between)


def _reports_speech(verb: Token) -> bool:
    """A verb of saying whose clause may hold another cue: "said the family did not want …"."""
    return verb.pos_ == "VERB" and verb.lemma_.lower() in quote_words.CUE_VERBS


def _participle_of_a_noun(verb: Token) -> bool:
    """A past participle that describes a noun: before it ("the added duty") or naming it ("a firm
    called NovaTest"). "the message quoted from the spokesperson" still cues its quote."""
    if verb.tag_ != "VBN" or verb.head.pos_ not in {"NOUN", "PROPN"}:
        return False
    return verb.dep_ == "amod" or (verb.dep_ == "acl" and verb.lemma_.lower() in quote_words.NAMING_VERBS)


def _replies(verb: Token) -> bool:
    """A verb of replying whose subject or agent stands after the quote: "A laboratory answered
    no", "This question was answered by the district" ("“…?” replied the mayor", with the verb
    right after the mark, is the quote's own cue)."""
    if verb.lemma_.lower() not in quote_words.REPLY_VERBS:
        return False
    return any(c.dep_ in {"nsubj", "nsubjpass", "agent"} for c in verb.children)


def _ends_a_sentence(text: str, m: MarkedSpan, *, bracket: bool = False) -> bool:
    """The quoted words end with a full stop, a "!" or a "?" inside the marks: "“Nobody was armed.”"
    (with *bracket*, also before a closing bracket: "“(Turned down again.)”"). A quotation inside
    the quote that ends it ends the sentence too: "“I told them, 'Stay inside.'”"."""
    end = m.end
    while end - m.start > 1 and text[end - 1] in _INNER_CLOSING:
        end -= 1
    if bracket and end - m.start > 1 and text[end - 1] == ")":
        return text[end - 2] in ".!?"
    return end > m.start and text[end - 1] in ".!?"


#: Closing marks of a quotation inside a quote, read past by :func:`_ends_a_sentence`.
_INNER_CLOSING = frozenset("'’\"”")


def _takes_the_next_quote(text: str, cue: Token, following: MarkedSpan | None) -> bool:
    """A cue whose own sentence goes on into the next quote, with no sentence end between them:
    "“The courts will be busy.” Okafor thinks “the movement will grow.”" — Okafor's words are the
    second quote; the first, a finished sentence, goes on from whoever spoke before it."""
    if following is None or following.open_at < cue.idx:
        return False
    between = text[cue.idx + len(cue.text) : following.open_at]
    return not any(ch in between for ch in ".!?")


def _opens_a_sentence_of_its_own(cue: Token) -> bool:
    """ "According to X, …" at the head of the sentence after a finished quoted one: what X reports
    is the rest of its own sentence (:func:`clauses._according_to`), never the quote before it,
    which goes on from whoever spoke before. "“…,” according to X." with no sentence end between
    is the quote's own attribution and is not read here."""
    if cue.lower_ != "according" or not cue.text[:1].isupper():
        return False
    return cue.i == cue.sent.start or cue.doc[cue.i - 1].is_punct


def _acts_on_a_thing(verb: Token) -> bool:
    """A verb whose direct object is a thing, not words, a document or a person: "posted dozens
    of videos", "shared photos" report an act, not what the quote before them says."""
    for c in verb.children:
        if c.dep_ != "dobj" or c.pos_ != "NOUN":
            continue
        lemmas = {c.lemma_.lower()} | {
            g.lemma_.lower() for p in c.children if p.dep_ == "prep" for g in p.children
        }
        if lemmas & (quote_words.CUE_NOUNS | quote_words.DOCUMENT_NOUNS):
            return False
        return not is_person_noun(c.lemma_.lower())
    return False


#: Prepositions whose object is what a verb of speech is about: "complained of X", "warning
#: against X", "called for X".
_CONTENT_PREPS = frozenset({"of", "about", "against", "over", "for"})

#: Verbs whose "of"/"about" phrase is the topic of the words they report, not the words:
#: "“….” she said of the raid".
_TOPIC_CUES = frozenset({"say", "tell", "add", "write"})


def _own_content(verb: Token) -> bool:
    """A verb of speech after a finished quoted sentence whose content is its own prepositional
    object: "“….” Opposition parties have complained of unfair rules", "…, warning against
    travel". What they complained of is that object, not the quote before them. "Said of the
    raid" and "warned in a statement" keep the quote."""
    if verb.lemma_.lower() in _TOPIC_CUES:
        return False
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ in _CONTENT_PREPS:
            pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if (
                pobj is not None
                and pobj.pos_ in {"NOUN", "PROPN"}
                and not is_person_noun(pobj.lemma_.lower())
            ):
                return True
    return False


def _after_window(after: list[Token]) -> int:
    """How far after a closing mark the cue may be.

    A name followed by an apposition ("…,” Ana Diaz, a member of the
    committee on foreign affairs, defence and human rights, told …") may put
    the cue far off; the window then runs to :data:`APPOSITION_WINDOW_TOKENS`.
    """
    k = 1 if after and after[0].text == "," else 0
    n = k
    while n < len(after) and after[n].pos_ == "PROPN":
        n += 1
    if (
        n > k
        and n < len(after)
        and after[n].text == ","
        and n + 1 < len(after)
        and after[n + 1].pos_ == "DET"
    ):
        return APPOSITION_WINDOW_TOKENS
    return AFTER_WINDOW_TOKENS


def _reports_other_words(doc: Doc, m: MarkedSpan, cue: Token, marks: Marks) -> bool:
    """A verb after a closing mark that is not the quote's cue.

    Its subject stands before the quote, so the quote is inside the subject
    ("Grange, who faces a charge of “…”, denies it"); or the quote ends its
    own sentence and the verb has a clause of its own to report ("“… soon.”
    The ministry said that it …", "“…” The UN urged leaders to …", "“…?” Critics say the
    plan …"), or a clause of its own between the closing mark and the verb ("“….” The
    project was delayed twice, residents said.": what residents said is that clause).
    """
    subject = quote_cues.subject_of(cue)
    if subject is not None and subject.idx < m.open_at and subject.i < cue.i:
        return True
    if doc_text(doc)[m.start : m.end].rstrip()[-1:] not in {".", "!", "?"}:
        return False
    close = m.close_at if m.close_at is not None else m.end
    return any(
        marks.containing(c.idx) is None
        and (
            (c.dep_ in {"ccomp", "xcomp"} and c.i > cue.i) or (c.dep_ == "ccomp" and close < c.idx < cue.idx)
        )
        for c in cue.children
    )


def _term_in_noun_phrase(doc: Doc, m: MarkedSpan) -> bool:
    """Marked words named by a noun through a preposition: "a charge of “…”", "charges relating to “…”".

    The name of a charge, a law or a programme, not words someone said (a
    verb's "accused of “…”" is a report, and is left alone).
    """
    before = quote_cues.tokens_between(doc, max(0, m.open_at - 30), m.open_at)
    if not before or before[-1].pos_ != "ADP":
        return False
    head = before[-1].head
    while head.dep_ == "acl" and head.head.i != head.i:
        head = head.head
    return head.pos_ in {"NOUN", "PROPN"} and head.i < before[-1].i


def _speech_like(text: str, m: MarkedSpan) -> bool:
    """Long enough to be speech without a cue; shorter marked words are terms."""
    return count_words(text[m.start : m.end]) >= SPEECH_MIN_WORDS


def _sentence_after_speech(text: str, m: MarkedSpan, marks: Marks, para: tuple[int, int]) -> bool:
    """A short quoted sentence that goes on from a quotation in its paragraph: "“…,” he said. “This
    must stop.”".

    A scare quote is a phrase inside someone's sentence; these marks hold a
    whole sentence (a capital first, its full stop inside the marks, a
    sentence ended before the opening mark) after speech of the same paragraph.
    """
    inner = text[m.start : m.end].rstrip()
    if m.close_at is None or not inner[:1].isupper() or inner[-1:] not in {".", "!", "?"}:
        return False
    before = text[para[0] : m.open_at].rstrip()
    if not before or before[-1] not in ".!?":
        return False
    previous = marks.last_before(m.open_at)
    return previous is not None and previous.open_at >= para[0] and _speech_like(text, previous)


def _adjacent(doc: Doc, m: MarkedSpan, cue: Token) -> bool:
    """A short quote is speech only as a whole utterance right beside its cue.

    "“Yes,” he said" and "He said: “No.”" are speech; a nickname in a name
    ("Marcia “Cia” Price … shouted") or a term in the frame is not.
    """
    inner = doc_text(doc)[m.start : m.end].rstrip()
    if _chanted(doc, m, cue):
        return True
    if not inner or inner[-1] not in ",.!?—-":
        return False
    if cue.idx > m.end:
        return len(quote_cues.tokens_between(doc, m.end + 1, cue.idx)) <= 4
    between = quote_cues.tokens_between(doc, cue.idx + len(cue.text), m.open_at)
    if len(between) <= 3 and bool(between) and between[-1].text in {":", ","}:
        return True
    # "X, who …, tweeted to the protesters: “Go home now.”", "told Iran's leaders: “…”": whom the
    # words were for, between the cue and a colon, before a whole sentence
    return (
        _ADDRESSEE_MIN_TOKENS <= len(between) <= _ADDRESSEE_MAX_TOKENS
        and between[-1].text == ":"
        and inner[-1] in ".!?"
        and all(t.pos_ in _ADDRESSEE_POS and cue in t.ancestors for t in between[:-1])
    )


#: How many tokens (its colon included) an addressee between a cue and its quote may have.
_ADDRESSEE_MIN_TOKENS = 4
_ADDRESSEE_MAX_TOKENS = 8
#: What an addressee's words are: "to the protesters", "Iran's leaders", "his supporters".
_ADDRESSEE_POS = frozenset({"ADP", "DET", "ADJ", "NOUN", "PROPN", "PRON", "PART", "NUM"})


#: Words between a verb of chanting and its slogan: "chanting slogans such as “…”".
_CHANT_LEAD_INS = frozenset({":", ",", "slogans", "slogan", "such", "as", "like", "the"})


def _chanted(doc: Doc, m: MarkedSpan, cue: Token) -> bool:
    """A slogan right after a verb of chanting: "chanting “Chile despertó!”", "shouting “Papua merdeka”".

    A slogan is short and often has no punctuation of its own, but the verb
    says that the words were voiced, not named.
    """
    if cue.lemma_.lower() not in quote_words.CHANT_VERBS or cue.idx > m.open_at:
        return False
    between = quote_cues.tokens_between(doc, cue.idx + len(cue.text), m.open_at)
    return len(between) <= 3 and all(t.lower_ in _CHANT_LEAD_INS for t in between)


def _abbreviation(tok: Token) -> bool:
    """ "Rep", "Del", "Gov" before a full stop: a title, not the end of a sentence."""
    return tok.text[:1].isupper() and len(tok.text) <= 4 and tok.text.isalpha()


def _poss(tok: Token) -> Token | None:
    return next((c for c in tok.children if c.dep_ == "poss"), None)


def _lead_in_cue(
    doc: Doc, m: MarkedSpan, paras: list[tuple[int, int]], n: int, cue_set: set[int]
) -> Token | None:
    """The cue of a paragraph that ends in a colon before a quote opening the next one.

    "Caddell continued:", "He said:", "Sanders made the following comment:",
    each followed by a paragraph that opens with a quote mark.
    """
    text = doc_text(doc)
    if n == 0 or text[paras[n][0] : m.open_at].strip():
        return None
    lo, hi = paras[n - 1]
    if not text[lo:hi].rstrip().endswith(":"):
        return None
    for tok in reversed(quote_cues.tokens_between(doc, lo, hi)):
        if tok.i in cue_set or (tok.pos_ == "NOUN" and tok.lemma_.lower() in quote_words.CUE_NOUNS):
            return tok
    return None


def _previous_sentence_cue(doc: Doc, m: MarkedSpan, bare: list[Token], marks: Marks) -> Token | None:
    """A bare cue in the sentence before *m*: "Khamenei told officials. “…”", "X continued:".

    Not when the sentence before holds a quotation: "“A,” X warned. “B.”"
    continues that quotation (its speaker is inherited).
    """
    first = doc.char_span(m.open_at, m.open_at + 1, alignment_mode="expand")
    if first is None:
        return None
    sent = first[0].sent
    if sent.start == 0:
        return None
    prev = doc[sent.start - 1].sent
    if doc_text(doc)[m.open_at - 1 : m.open_at].strip() and first[0].i != sent.start:
        return None
    if first[0].i != sent.start and doc[first[0].i - 1].text not in {":", "“", '"'}:
        return None
    if _quotation_between(doc_text(doc), marks, prev.start_char - 1, m.open_at):
        return None  # "“A,” X said. “B.”": B goes on from A (inherited)
    candidates = [t for t in bare if prev.start <= t.i < prev.end and not _is_channel(t)]
    # "The League also issued a statement on the release. “…”": the statement's words follow
    text = doc_text(doc)
    candidates += [
        t
        for t in prev
        if _issues_words(t)
        and quote_cues.subject_of(t) is not None
        and not _in_speech(text, marks, t.idx)  # "“… I think his tweet was …”": someone's words
        and t not in candidates
    ]
    candidates.sort(key=lambda t: t.i)
    # "X told a news conference that 32 had been reported missing. “…”": a passive cue names no
    # one to say the words; the quote then goes on from its speaker or runs into the next paragraph
    spoken = [t for t in candidates if _speaker_of_cue(t) is not None]
    # "X's uncle said the family did not want revenge. “…”": a cue inside the clause another cue
    # reports is what was said, not who goes on speaking; the reporting verb is
    reporting = [t for t in spoken if not any(_reports_speech(a) for a in t.ancestors)]
    return reporting[-1] if reporting else None


def _clause_with_speaker(doc: Doc, m: MarkedSpan, marks: Marks) -> tuple[Token, Token] | None:
    """``(verb, subject)`` of the clause a quote stands inside when no verb of saying cues it:
    "Hossein Khiabani blamed “rioters and separatist terrorists” for the violence".

    The quoted words are the words of the clause's subject when it can speak,
    stands before them in their sentence and its verb reports speech or a
    judgement; without this the quote would go on from whoever spoke before,
    in another sentence. Climbs from the verb the quote hangs from to the
    first subject that :func:`.speakers.can_speak`.
    """
    first = _first_sentence_of(doc, m)
    if first is None:
        return None
    node = first.root
    sent = node.sent
    if not quote_cues.tokens_between(doc, sent.start_char, m.open_at):
        return None  # the quote opens its sentence: it goes on from the speaker before
    verb = node.head
    for _ in range(CLIMB_DEPTH):
        if verb.pos_ in {"VERB", "AUX"}:
            subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
            if (
                subject is not None
                and subject.idx < m.open_at
                and marks.containing(subject.idx) is None
                and subject.lower_ not in {"who", "that", "which"}
                and can_speak(subject)
            ):
                # "Ishiba sees “the need to …”" after an analyst's quote: the analyst's words
                # about Ishiba, not Ishiba's; only a verb of saying or judging gives them to him
                return (verb, subject) if _speech_verb(verb) else None
        if verb.head.i == verb.i:
            return None
        verb = verb.head
    return None


def _set_against_the_last(doc: Doc, m: MarkedSpan, marks: Marks) -> tuple[Token, Token] | None:
    """``(verb, subject)`` of a sentence that sets a person against what was said before, in a
    comparative, right before a quote with no cue: "The ministry's spokesman went further. “…”",
    "Ana Diaz was more cautious. “…”".

    The sentence introduces the words after it; without this they went on from the speaker
    before. Only an active verb with the comparative and no object or clause of its own ("Her
    son died. “…”" gives the son no words).
    """
    first = doc.char_span(m.open_at, m.open_at + 1, alignment_mode="expand")
    if first is None:
        return None
    sent = first[0].sent
    if sent.start == 0 or (first[0].i != sent.start and doc[first[0].i - 1].i != sent.start):
        return None
    prev = doc[sent.start - 1].sent
    text = doc_text(doc)
    if "\n" in text[prev.start_char : m.open_at] or _quotation_between(
        text, marks, prev.start_char, m.open_at
    ):
        return None
    verb = prev.root
    if verb.pos_ not in {"VERB", "AUX"} or quote_cues.is_passive(verb):
        return None
    if any(c.dep_ in _OWN_COMPLEMENTS for c in verb.children):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or not _names_a_person(subject):
        return None
    degree = [c for c in verb.children if c.dep_ in {"advmod", "acomp"}]
    degree += [g for c in degree if c.dep_ == "acomp" for g in c.children if g.dep_ == "advmod"]
    if not any(c.tag_ in {"RBR", "JJR"} or c.lower_ in {"further", "farther"} for c in degree):
        return None
    return verb, subject


#: What makes a verb more than a stance: its object or a clause of its own.
_OWN_COMPLEMENTS = frozenset({"dobj", "dative", "ccomp", "xcomp", "advcl", "conj", "attr", "oprd"})


def _names_a_person(tok: Token) -> bool:
    """A person's name or a noun for a person ("Ana Diaz", "the ministry's spokesman")."""
    if tok.ent_type_ == "PERSON":
        return True
    return tok.pos_ == "NOUN" and is_person_noun(tok.lemma_.lower())


def _first_sentence_of(doc: Doc, m: MarkedSpan) -> Span | None:
    """The quoted words of *m* that stand in the sentence its mark opens in.

    A quote of several sentences ("She reacted with shock, “I was stunned …. I just thought
    ….”") has its root in a later sentence, which hangs on nothing before the quote; the
    words of the first sentence hang on the clause that introduces them.
    """
    first = doc.char_span(m.start, m.end, alignment_mode="expand")
    if first is None or len(first) == 0:
        return None
    sent = first[0].sent
    if first.end <= sent.end:
        return first
    return doc[first.start : sent.end]


def _colon_clause_speaker(doc: Doc, m: MarkedSpan, marks: Marks) -> tuple[Token, Token] | None:
    """``(verb, subject)`` of a clause that ends in a colon right before a whole quoted sentence:
    "Their spokeswoman, Ana Ruiz, was blunt: “…”", "The minister put it plainly: “…”".

    A colon hands the clause's subject the words after it, whatever its verb; without this
    the quote would go on from whoever spoke last. Only the main clause of a sentence that
    opens outside quotes and holds no other quotation, and only a subject that can speak.
    """
    text = doc_text(doc)
    at = len(text[max(0, m.open_at - 3) : m.open_at].rstrip()) + max(0, m.open_at - 3) - 1
    if at < 0 or text[at] != ":":
        return None
    colon = doc.char_span(at, at + 1, alignment_mode="expand")
    if colon is None or len(colon) == 0:
        return None
    tok = colon[0]
    sent = tok.sent
    if _quotation_between(text, marks, sent.start_char, tok.idx) or marks.containing(sent.start_char):
        return None
    # the parser often hangs the clause on the quoted sentence's verb: its first subject whose
    # verb stands before the colon, outside a subordinate clause there, is the clause's
    subject = next(
        (
            t
            for t in doc[sent.start : tok.i]
            if t.dep_ in {"nsubj", "nsubjpass"}
            and sent.start <= t.head.i < tok.i
            and t.head.pos_ in {"VERB", "AUX"}
            and not _in_subordinate_clause(t.head, sent.start, tok.i)
        ),
        None,
    )
    if subject is None or subject.lower_ in _NOT_COLON_SPEAKERS or not can_speak(subject):
        return None
    return subject.head, subject


def _in_subordinate_clause(verb: Token, start: int, end: int) -> bool:
    """``verb`` (a token in ``[start, end)``) heads or sits in a subordinate clause of that span.

    "When the mayor left, Ana Ruiz was blunt: “…”": the mayor is the subject of a clause
    that only sets the scene; the speaker is the main clause's. Climbs the heads inside the
    span ("the police withdrew" joined to "Although the mayor promised" by a conjunction is
    as subordinate). A complement clause hung on the quoted sentence's verb is the main clause
    the parser misplaced ("Ana Ruiz was blunt" as ``ccomp`` of the quote's verb), so ``ccomp``
    only counts when its head stands before the colon too.
    """
    node = verb
    while start <= node.i < end:
        head = node.head
        if node.dep_ in _SUBORDINATE_DEPS or (node.dep_ == "ccomp" and start <= head.i < end):
            return True
        if head.i == node.i:
            return False
        node = head
    return False


#: Dependencies of a clause that hangs from another as its adverbial, relative or complement.
_SUBORDINATE_DEPS = frozenset({"advcl", "relcl", "acl", "pcomp", "xcomp", "csubj", "csubjpass"})


#: Subjects of a clause before a colon that are no speaker: "It read: “…”", "The reason is this: “…”".
_NOT_COLON_SPEAKERS = frozenset({"who", "that", "which", "it", "this", "there"})


def _speech_verb(verb: Token) -> bool:
    """A verb that reports what its subject said or how it judged something ("blamed", "urged")."""
    lemma = verb.lemma_.lower()
    return (
        lemma in quote_words.CUE_VERBS
        or lemma in quote_words.CHARACTERISE_VERBS
        or lemma in quote_words.XCOMP_CUES
        or _issues_words(verb)
        or _expresses_a_stance(verb)
    )


def _expresses_a_stance(verb: Token) -> bool:
    """A verb that voices its subject's feeling or stance: "expressed concern that “…”", "voiced
    hope that", "shared concerns over", "reacted with shock, “…”".

    The quoted words such a clause introduces are what its subject said, as after a verb of
    saying; without this they went on from whoever spoke before, or had no speaker. Only a verb
    of expressing with the stance as its object or in its "with" phrase: "caused alarm among
    traders" names the feeling of others.
    """
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in quote_words.STANCE_VERBS:
        return False
    for child in verb.children:
        if child.dep_ == "dobj" and _stance_noun(child):
            return True
        if (
            child.dep_ == "prep"
            and child.lower_ == "with"
            and any(c.dep_ == "pobj" and _stance_noun(c) for c in child.children)
        ):
            return True
    return False


def _stance_noun(tok: Token) -> bool:
    """A noun of feeling or stance ("concern", "concerns", "hope"), by lemma or by word."""
    return tok.pos_ == "NOUN" and (
        tok.lemma_.lower() in quote_words.STANCE_NOUNS or tok.lower_ in quote_words.STANCE_NOUNS
    )


def _issues_words(verb: Token) -> bool:
    """A verb whose object is an utterance or a document: "issued a statement", "made remarks"."""
    return verb.pos_ == "VERB" and any(
        c.dep_ == "dobj"
        and (c.lemma_.lower() in quote_words.CUE_NOUNS or c.lemma_.lower() in quote_words.DOCUMENT_NOUNS)
        for c in verb.children
    )


def _quotation_between(text: str, marks: Marks, start: int, end: int) -> bool:
    """A marked span long enough to be speech opens within ``(start, end)``."""
    for q in marks.after(start):
        if q.open_at >= end:
            return False
        if _speech_like(text, q):
            return True
    return False


def _is_channel(tok: Token) -> bool:
    """ "as stated by a Reuters report": a channel, not the speaker's own cue."""
    return any(c.dep_ == "mark" and c.lower_ == "as" for c in tok.children)


def _frame_speaker(cue: Token, m: MarkedSpan, marks: Marks) -> Token | None:
    """The speaker of a cue beside a quote, never a word inside the quote itself.

    The parser often takes a word of the quote for the subject of "said" in
    "“… Full panic mode,” said Leslie Wimes"; the name after the cue is then
    the speaker.
    """
    speaker = _speaker_of_cue(cue)
    if speaker is not None and marks.containing(speaker.idx) is None and not _is_time(speaker):
        return speaker
    if cue.idx > m.end:
        before = _name_before(cue, marks)
        if before is not None:
            return before
    doc = cue.doc
    for tok in doc[cue.i + 1 : min(len(doc), cue.i + 6)]:
        if tok.lower_ == "to" and cue.lower_ == "according":
            continue  # "According to X": X is who
        if marks.containing(tok.idx) is not None or tok.is_punct or tok.pos_ in {"SCONJ", "ADP"}:
            break  # "saying that green coffee extract was …", "said in a statement": not who
        if tok.pos_ in {"PROPN", "NOUN", "PRON"} and not _is_time(tok):
            while tok.dep_ in {"compound", "amod"} and tok.head.i > tok.i:
                tok = tok.head
            return tok
    return None


def _is_time(tok: Token) -> bool:
    """ "said Monday", "said Thursday morning": a date the parser took for the speaker."""
    return tok.ent_type_ in {"DATE", "TIME"}


def _name_before(cue: Token, marks: Marks) -> Token | None:
    """The noun right before a cue after a quote: "…,” Tulsa police Chief Chuck Jordan said"."""
    doc = cue.doc
    k = cue.i - 1
    while k >= 0 and (doc[k].pos_ in {"ADV", "AUX", "PART"}):
        k -= 1
    if k < 0 or marks.containing(doc[k].idx) is not None:
        return None
    tok = doc[k]
    if tok.text == ")":  # "Rep. John Mica (R-Fla.) said"
        while k >= 0 and doc[k].text != "(":
            k -= 1
        tok = doc[k - 1] if k > 0 else tok
    elif tok.text == ",":  # "Flynn, a top Trump surrogate, said": the name before the apposition
        j = k - 1
        while j > max(0, k - 10) and doc[j].text != "," and marks.containing(doc[j].idx) is None:
            j -= 1
        if doc[j].text == "," and j > 0 and doc[j - 1].pos_ == "PROPN":
            tok = doc[j - 1]
        elif k > 0 and doc[k - 1].pos_ == "PROPN" and marks.containing(doc[k - 1].idx) is None:
            tok = doc[k - 1]  # "…,” Senator Ruth Abernathy, told reporters": a stray comma
    return tok if tok.pos_ in {"PROPN", "NOUN", "PRON"} else None


def _speaker_of_cue(tok: Token) -> Token | None:
    if tok.pos_ == "NOUN":
        owner = _poss(tok)
        if owner is None and tok.dep_ == "dobj" and tok.head.pos_ == "VERB":
            return quote_cues.subject_of(tok.head)  # "Sanders made the following comment:"
        return owner
    return quote_cues.subject_of(tok)


_PUNCTUATION_ONLY = re.compile(r"[ ,.;:!?]*")
_SENTENCE_PUNCTUATION = " ,.;:!?"


def _only_punctuation(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` holds nothing but sentence punctuation (or nothing).

    A match bounded by ``pos``/``endpos``: no copy of a slice that may run to
    the end of a long article.
    """
    return start >= end or _PUNCTUATION_ONLY.fullmatch(text, start, end) is not None


def _host_reach(text: str, m: MarkedSpan) -> int:
    """The least end a clause needs to host mark *m*.

    A clause hosts *m* when it reaches the mark's last character, or stops
    where only punctuation is left before the mark's end
    (:func:`_only_punctuation`): the smaller of the two ends.
    """
    line_start = text.rfind("\n", 0, m.end) + 1
    # the last character before the mark's end that is not punctuation, read backwards
    # from the end: a regular expression searched forward from the line's start read the
    # whole line for every mark, quadratic on a one-paragraph article of quotes
    last = m.end - 1
    while last >= line_start and text[last] in _SENTENCE_PUNCTUATION:
        last -= 1
    after_word = last + 1 if last >= line_start else line_start
    return min(m.end - 1, after_word)


def _host_of(
    m: MarkedSpan,
    text: str,
    by_line: dict[int, list[tuple[int, Attribution]]],
    stretched: list[tuple[int, Attribution]],
    line_of: Callable[[int], int],
    consumed: set[int],
) -> Attribution | None:
    """The first clause (in cue order) that starts before mark *m* and reaches it.

    Looked up among the clauses of the mark's line and the line before (a
    clause is clipped to its cue's line, :func:`._clip_to_paragraph`) and the
    few clauses a mixed quote stretched past their line, so that hosting every
    mark costs the clauses near it, not every clause of the article.
    """
    reach = _host_reach(text, m)
    line = line_of(m.start)
    near = by_line.get(line - 1, []) + by_line.get(line, []) + stretched
    hosts = [(i, a) for i, a in near if a.start <= m.start and a.end >= reach and id(a) not in consumed]
    if not hosts:
        # a clause the parser ended inside the marks ("wrote that they were “not just
        # illegitimate, they are criminal”" stops at the quoted comma) still reports them
        partial = [a for _, a in near if a.start <= m.start < a.end and id(a) not in consumed]
        # the innermost such clause (the latest to start) is the one around the quote
        return max(partial, key=lambda a: a.start) if partial else None
    host = min(hosts, key=lambda pair: pair[0])[1]
    for _, inner in hosts:
        # "noted that the authorities had described the protesters as “criminals”": the
        # characterisation inside the reported clause is the describer's own words
        if (
            inner is not host
            and host.start <= inner.start
            and inner.end <= host.end
            and inner.cue_tok is not None
            and inner.cue_tok.lemma_.lower() in quote_words.CHARACTERISE_VERBS
            and not quote_cues.is_passive(inner.cue_tok)  # "it is called “permanent residency”": a name
        ):
            return inner
    return host


def find_attributions(ctx: ExtractContext) -> list[Attribution]:
    """Every attribution in the article, speakers resolved, in text order (internal API)."""
    doc = ctx.doc
    text = doc_text(doc)
    marks = Marks(find_marked_spans(text))
    paras = paragraphs(text)
    para_starts = [p[0] for p in paras]

    def para_of(offset: int) -> int:
        return max(0, bisect.bisect_right(para_starts, offset) - 1)

    found, bare = cue_candidates(doc, marks)

    def is_person(tok: Token) -> bool:
        """A person's name, also one the tagger took for an organisation that the entities
        read as a person ("Panusaya Sithijirawattanakul, 22, a student,")."""
        if tok.ent_type_ == "PERSON":
            return True
        entity = ctx.entities.at(tok.idx, tok.idx + len(tok.text))
        return entity is not None and entity.type == "PERSON"

    cue_set = {a.cue_tok.i for a in found if a.cue_tok is not None} | {t.i for t in bare}
    line_starts = [0] + [nl.end() for nl in re.finditer("\n", text)]

    def line_of(offset: int) -> int:
        return bisect.bisect_right(line_starts, offset) - 1

    by_line: dict[int, list[tuple[int, Attribution]]] = {}
    for i, a in enumerate(found):
        by_line.setdefault(line_of(a.start), []).append((i, a))
    stretched: list[tuple[int, Attribution]] = []
    out: list[Attribution] = []
    consumed: set[int] = set()
    previous: MarkedSpan | None = None
    no_speech: set[int] = set()  # words named as words, translations
    for m in marks.spans:
        translated, previous = _translation(text, m, previous), m
        if translated or _names_a_word(doc, m):
            no_speech.add(m.open_at)
            continue
        if _is_title(doc, m):
            if _labelled(doc, m):
                no_speech.add(m.open_at)  # "refer to the juntas as the “…”": a name, no one's words
            continue
        host = _host_of(m, text, by_line, stretched, line_of, consumed)
        if host is not None and _names_a_kind_in_the_object(doc, m, host):
            no_speech.add(m.open_at)  # "called a “dead city” day": a name in what the verb acts on
            continue
        if host is not None:
            closing = m.close_at + 1 if m.close_at is not None else m.end
            if host.end < closing and (
                host.end > m.start
                or (m.close_at is not None and _only_punctuation(text, host.end, m.close_at))
            ):
                # "to house “the worst of the worst.”": the clause ends with the quoted words' mark
                host.end = closing
                if line_of(host.end) != line_of(host.start):
                    stretched.append((found.index(host), host))
            outside = text[host.start : m.open_at] + text[(m.close_at or m.end) + 1 : host.end]
            for other in host.marks:
                outside = outside.replace(text[other.start : other.end], " ")
            host.marks.append(m)
            if count_words(outside) - len(host.marks) + 1 >= MIXED_MIN_WORDS:
                host.kind = "mixed"
                continue
            consumed.add(id(host))
            # "chanted “A” and “B”": a clause of marked words joined by "and" quotes each of
            # them; the earlier ones, which made it look mixed, would go with it
            for each in host.marks:
                direct = _direct_from(host, each)
                if host.cue_tok is not None and (
                    host.speaker_tok is None or marks.containing(host.speaker_tok.idx) is not None
                ):
                    direct.speaker_tok = _frame_speaker(host.cue_tok, each, marks)
                out.append(direct)
            continue
        signed = _signature(doc, m) or _transcript(doc, m) or _labelled_heading(doc, m)
        if signed is not None:
            out.append(signed)
            continue
        para = paras[para_of(m.open_at)]
        label = _interview_label(text, para[0], m.open_at)
        if label is not None:
            # "A: “…”": the interviewee answers; "Q: “…”" is the interviewer's question
            if label == "answer":
                out.append(
                    _answer(
                        doc, m.start, m.end, (para[0], m.open_at), paras, para_of(m.open_at), marks, is_person
                    )
                )
            continue
        listed = _listed_after(text, m, out)
        if listed is not None:
            out.append(listed)
            continue
        cue = _frame_cue(doc, m, marks, para, cue_set)
        long_enough = _speech_like(text, m) or _sentence_after_speech(text, m, marks, para)
        if cue is not None and (long_enough or _adjacent(doc, m, cue)):
            speaker = _frame_speaker(cue, m, marks)
            if speaker is not None or long_enough:
                out.append(_direct(m, cue, speaker))
                continue
        if not long_enough and _on_heading_line(text, m.start, m.end):
            # "09:30 GMT – Rights group: arrests 'pure intimidation'": a quote if a quote below
            # repeats the words (:func:`_headlines_from_body`), else a term
            out.append(Attribution("direct", m.start, m.end, marks=[m], inherit=True, heading=True))
            continue
        if not long_enough or _term_in_noun_phrase(doc, m):
            continue  # a scare quote or a term: no record (module docstring)
        colon_clause = _colon_clause_speaker(doc, m, marks)
        if colon_clause is not None:
            out.append(_direct(m, *colon_clause))
            continue
        cue = _lead_in_cue(doc, m, paras, para_of(m.open_at), cue_set) or _previous_sentence_cue(
            doc, m, bare, marks
        )
        if cue is not None:
            led = _direct(m, cue, _speaker_of_cue(cue))
            led.lead_in = True
            out.append(led)
            continue
        clause = _clause_with_speaker(doc, m, marks) or _set_against_the_last(doc, m, marks)
        if clause is not None:
            out.append(_direct(m, *clause))
            continue
        quote = Attribution("direct", m.start, m.end, marks=[m], inherit=True)
        out.append(quote)
    mark_starts = [m.start for m in marks.spans]
    hosted = {m.open_at for a in found for m in a.marks}
    others_words = []
    for a in found:
        if id(a) in consumed:
            continue
        if a.kind == "mixed" and not a.marks:
            inside = [m for m in marks.spans if a.start <= m.open_at < a.end]
            if inside and all(m.open_at in no_speech for m in inside):
                # "rejected the word “massacre”": marks that quote no one
                a.kind = "indirect"
            if inside and all(m.open_at in hosted for m in inside):
                # "a court alleged the journalist had posted “provocative” messages": the
                # marked words are the court's, in whose clause this one stands
                others_words.append(a)
        if a.kind == "indirect" and _starts_in_a_mark(marks.spans, mark_starts, a.start):
            # the complement starts inside quote marks: it is the quote itself
            # (handled as direct) or a parse that runs from inside it to the cue
            continue
        out.append(a)
    out.extend(_colon_attributions(doc, marks, paras, out, is_person))
    unmarked = (
        embedded_posts(text, paras) + signed_blocks(doc, paras) + block_quotes(doc, paras, marks, cue_set)
    )
    out = _with_unmarked(out, unmarked)
    out.sort(key=lambda a: (a.start, a.end))
    for a in out:
        _claimant_owns_the_claim(a, marks)
    resolve(
        ctx,
        out,
        para_of,
        quoted=lambda offset: _in_speech(text, marks, offset),
        marked=lambda offset: marks.containing(offset) is not None,
    )
    _speak_on_from_continuation(out, text)
    _charges_of_a_court(ctx, out, marks)
    _headlines_from_body(out, text)
    inner_quotes = _quoted_in_inner_clause(out, marks)
    out = _said_once([a for a in out if not a.heading], text)
    for a in others_words:
        if id(a) not in inner_quotes:
            a.kind = "indirect"  # after resolving: a mixed quote's speaker is looked for as such
    out = [piece for a in out for piece in _one_per_fragment(a)]
    out.sort(key=lambda a: (a.start, a.end))
    return out


#: What may stand between two quotes of one list: "chanted “A”, “B” and “C”".
_LIST_JOINERS = re.compile(r" ?(?:, ?(?:and |or )?|and |or )")


def _listed_after(text: str, m: MarkedSpan, out: list[Attribution]) -> Attribution | None:
    """A quote that goes on a list of quotes after a cue: "chanted “Bread and work” and “No more curfews”".

    The marks right before *m* (only a comma, "and" or "or" between) were
    quoted with a cue of their own; *m* is another of the same cue's quotes,
    however short (a slogan of three words is no scare quote there).
    """
    if not out or out[-1].kind != "direct" or out[-1].cue_tok is None or not out[-1].marks:
        return None
    before = out[-1].marks[-1]
    if before.close_at is None or before.close_at >= m.open_at:
        return None
    if _LIST_JOINERS.fullmatch(text, before.close_at + 1, m.open_at) is None:
        return None
    return dataclasses.replace(out[-1], start=m.start, end=m.end, marks=[m])


def _with_unmarked(out: list[Attribution], unmarked: list[Attribution]) -> list[Attribution]:
    """*out* with the posts and block quotes added, and what was found inside their words dropped.

    A post's or a block quote's text is one utterance: a marked phrase or a
    "said" inside it is the poster's own words, not a quote of its own. A post
    whose words stand in no quote marks is reported (indirect, no quote): a
    quote inside it ("A nurse told me: “…”") keeps its own record and speaker.
    *out* is sorted by start; one bisection per unmarked quote.
    """
    if not unmarked:
        return out
    # a post after "X wrote on X:" is also a block quote: the post's signature names its author
    signed: set[int] = set()
    kept = []
    for u in unmarked:  # posts first, then signed blocks, then blocks after a lead-in
        if u.start not in signed:
            kept.append(u)
            signed.add(u.start)
    unmarked = kept
    out.sort(key=lambda a: (a.start, a.end))
    starts = [a.start for a in out]
    inside: set[int] = set()
    for u in unmarked:
        k = bisect.bisect_left(starts, u.start)
        while k < len(out) and out[k].start < u.end:
            if u.kind != "indirect" or out[k].kind == "indirect":
                inside.add(k)
            k += 1
    return [a for k, a in enumerate(out) if k not in inside] + unmarked


def _quoted_in_inner_clause(atts: list[Attribution], marks: Marks) -> set[int]:
    """Quoted words inside a report within a report are the inner speaker's: "According to court
    documents, the prosecution accused him of “…”", "The chair noted that the president, in a
    video, said he was “shocked …”".

    The outer source's complement holds the whole inner clause and was made the mixed quote;
    the inner clause, read as reported words (kind ``indirect``) with its own cue and speaker
    inside the outer one's words, holds every quote mark of it. The quoted words are what the
    inner speaker said (ANNOTATION.md: the speaker is who said them), so the innermost such
    clause becomes the mixed quote and the outer one reported words. *atts* are sorted by start;
    each mixed record looks only at the records that start inside it. Only an inner verb of
    saying (:data:`_INNER_SAYING`): in "a court alleged the journalist had posted “provocative”
    messages" the marked word is the court's. Returns the ids of the inner clauses made quotes.
    """
    made: set[int] = set()
    opens = sorted(m.open_at for m in marks.spans)
    for k, outer in enumerate(atts):
        if outer.kind != "mixed":
            continue
        lo = bisect.bisect_left(opens, outer.start)
        hi = bisect.bisect_left(opens, outer.end)
        inside = opens[lo:hi]
        if not inside:
            continue
        best = None
        for inner in atts[k + 1 :]:
            if inner.start >= inside[0]:
                break
            if _holds_the_marks(outer, inner, inside) and (
                best is None or inner.end - inner.start < best.end - best.start
            ):
                best = inner
        if best is not None:
            outer.kind, best.kind = "indirect", "mixed"
            made.add(id(best))
    return made


def _claimant_owns_the_claim(a: Attribution, marks: Marks) -> None:
    """Give a mixed quote to the claimant of a claim whose that-clause holds its marks: "X
    rejected claims by Y that “…”", "X denied the ministry's claim that …“…”", "accusations
    from Y that …".

    The quoted words are what the claimant said; the one who rejects or denies the claim only
    names it (ANNOTATION.md: the speaker is who said the words). The same reading as a report
    within a report (:func:`_quoted_in_inner_clause`), for a noun of claiming with its claimant
    (a possessive, or "by"/"from" a speaker) in place of an inner verb of saying. A claim with no
    claimant ("the claims that …") and marks outside the claim's clause ("called the claims by
    Y that … “a lie”") keep the speaker of the cue.
    """
    if a.kind != "mixed" or a.cue_tok is None:
        return
    doc = a.cue_tok.doc
    inside = [m for m in marks.spans if a.start <= m.open_at < a.end]
    if not inside:
        return
    for tok in doc.char_span(a.start, inside[0].open_at, alignment_mode="expand") or []:
        if tok.pos_ != "NOUN" or tok.lemma_.lower() not in quote_words.CLAIM_NOUNS:
            continue
        claimant = _claimant_of(tok)
        if claimant is None:
            continue
        clause = _claim_clause(tok, claimant)
        if clause is None:
            continue
        lo, hi = clause.left_edge.idx, clause.right_edge.idx + len(clause.right_edge.text)
        if all(lo <= m.start and m.close_at is not None and m.close_at <= hi + 1 for m in inside):
            a.speaker_tok, a.speaker_span = claimant, None
            return


def _claim_clause(noun: Token, claimant: Token) -> Token | None:
    """The verb of the that-clause that says what the claim *noun* claims, after its claimant.

    The parser hangs "that …" on the noun or on the claimant right before it ("reports by rights
    groups that …" read as a clause of "groups"); on the claimant only with "that" as its mark, so
    a relative clause ("groups that monitor prisons") is none. A clause of the noun may have lost
    its "that" to a bad parse, but it has a verb of its own (a subject or an auxiliary).
    """
    for c in (*noun.children, *claimant.children):
        if c.dep_ not in {"acl", "ccomp", "relcl"} or c.i <= claimant.i:
            continue
        if any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children):
            return c
        finite = any(m.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass"} for m in c.children)
        if c.head.i == noun.i and c.dep_ != "relcl" and finite:
            return c
    return None


def _claimant_of(noun: Token) -> Token | None:
    """Who made the claim *noun* names: its possessor ("the ministry's claim", "their claims") or
    the object of its "by"/"from" ("claims by the minister"), when it can speak."""
    poss = next((c for c in noun.children if c.dep_ == "poss"), None)
    if poss is not None:
        return poss if can_speak(poss) else None
    # "by" or "from" right after the noun, wherever the parser hung it ("denied reports by X":
    # on the verb)
    after = noun.i + 1
    if after >= len(noun.doc):
        return None
    prep = noun.doc[after]
    if prep.dep_ != "prep" or prep.lower_ not in {"by", "from"}:
        return None
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    return obj if obj is not None and can_speak(obj) else None


#: Verbs of saying whose clause inside another source's words owns the quote marks in it.
_INNER_SAYING = frozenset({"say", "tell", "accuse", "state", "declare", "insist", "claim", "add", "warn"})


def _holds_the_marks(outer: Attribution, inner: Attribution, inside: list[int]) -> bool:
    """Whether *inner* is reported words with a speaker and a cue of their own inside *outer*'s
    words, holding every quote mark that opens in *outer* (:func:`_quoted_in_inner_clause`)."""
    return (
        inner.kind in {"indirect", "mixed"}
        and not inner.marks
        and inner is not outer
        and bool(inner.speaker_name)
        and inner.cue_tok is not None
        and inner.cue_tok.lemma_.lower() in _INNER_SAYING
        # "urged residents not to panic, saying that …": a participle has no subject of its own,
        # its words are the outer speaker's
        and any(c.dep_ in {"nsubj", "nsubjpass"} for c in inner.cue_tok.children)
        and outer.start <= inner.cue_tok.idx < inside[0]
        and outer.start <= inner.start
        and inner.end <= outer.end
        and (inner.start, inner.end) != (outer.start, outer.end)
        and inner.start <= inside[0]
        and inside[-1] < inner.end
    )


def _speak_on_from_continuation(atts: list[Attribution], text: str) -> None:
    """A quote left open at its paragraph's end takes the speaker named where it goes on.

    Releases quote one person over several paragraphs, each opening with a
    mark, and name the speaker only once the quote closes: "“A …¶“B …,” said
    Ana Diaz". The first paragraph has no cue of its own; its words are the
    speaker's of the paragraph it runs into, not of whoever spoke before.
    Walked backwards so that a chain of open paragraphs takes the name of its
    last one. *atts* are in text order. A sentence before the quote that seemed to cue it
    ("Witnesses described the panic.¶“A …¶“B …,” said X") gives way to the cue where the quote
    closes: X's words run over both paragraphs.
    """
    by_open = {a.marks[0].open_at: a for a in atts if a.marks and a.kind == "direct"}
    for a in reversed(atts):
        if not ((a.inherit or a.lead_in) and a.marks and a.marks[-1].continues):
            continue
        nxt = by_open.get(_next_paragraph_start(text, a.marks[-1].end))
        if nxt is None or not nxt.speaker_name or text[nxt.marks[0].open_at] != text[a.marks[-1].open_at]:
            continue  # a straight mark before a curly one: a passage quoted around someone's words
        if a.lead_in and (nxt.inherit or nxt.lead_in):
            continue  # "X said:¶“A …¶“B …”": the quote closes with no cue of its own; X's
        a.speaker_span, a.speaker_name, a.entity = nxt.speaker_span, nxt.speaker_name, nxt.entity
        a.cue_span, a.via, a.date = nxt.cue_span, nxt.via, nxt.date


#: How many sentences before and after a quoted charge the court may be named in.
COURT_SENTENCES = 2


def _charges_of_a_court(ctx: ExtractContext, atts: list[Attribution], marks: Marks) -> None:
    """A charge quoted after a passive verb of charging with no agent ("He was convicted of “…”",
    "She was accused of “…”") is the words of the court or prosecutor named around it.

    The charge is worded by whoever brought or judged it, not by the accused
    nor by whoever spoke before; the court is named in the sentences around
    ("A court in Gomel sentenced the blogger. He was convicted of “…”").
    Without a court in reach the quote keeps no speaker.
    """
    doc = ctx.doc
    text = doc_text(doc)
    for a in atts:
        if a.kind not in {"direct", "mixed"} or a.speaker_name is not None or not a.marks:
            continue
        verb = _charging_verb(doc, a.marks[0])
        court = _court_near(verb, marks) if verb is not None else None
        if court is None:
            continue
        i, j = quote_cues.speaker_phrase(court)
        # "ISTANBUL — An Istanbul court": a dateline the parser hung on the phrase is no part of it
        i = max(
            [i] + [k + 1 for k in range(i, court.i) if doc[k].is_punct or doc[k].lower_ in {"a", "an", "the"}]
        )
        s, e = doc[i].idx, doc[j - 1].idx + len(doc[j - 1].text)
        # the organisation at the court's own word ("the Bukhara Regional Court"), not a place
        # in its description ("a Phnom Penh court")
        entity = ctx.entities.at(court.idx, court.idx + len(court.text))
        if entity is None or entity.type not in {"ORG", "GROUP"}:
            entity = ctx.entities.add_mention(text[s:e], s, e, "ORG")
        a.entity, a.speaker_span, a.speaker_name = entity, (s, e), entity.name


def _charging_verb(doc: Doc, m: MarkedSpan) -> Token | None:
    """The passive verb of charging whose "of", "for" or "with" opens right before mark *m*."""
    mark = doc.char_span(m.open_at, m.open_at + 1, alignment_mode="expand")
    if mark is None or mark.start == 0:
        return None
    prep = doc[mark.start - 1]
    if prep.lower_ not in {"of", "for", "with"}:
        return None
    verb = prep.head
    if verb.lemma_.lower() not in quote_words.CHARGE_VERBS or verb.tag_ != "VBN":
        return None
    if any(c.dep_ == "agent" for c in verb.children):
        return None  # "charged by the prosecutor with “…”": the agent is a cue's subject already
    return verb if quote_cues.is_passive(verb) or verb.dep_ in {"acl", "conj", "ROOT"} else None


def _court_near(verb: Token, marks: Marks) -> Token | None:
    """The court, judge or prosecutor named nearest *verb* within :data:`COURT_SENTENCES`
    sentences before it and one after it, outside quote marks."""
    doc = verb.doc
    first = verb.sent
    for _ in range(COURT_SENTENCES):
        if first.start == 0:
            break
        first = doc[first.start - 1].sent
    last = verb.sent
    if last.end < len(doc):
        last = doc[last.end].sent
    best: Token | None = None
    for tok in doc[first.start : last.end]:
        if (
            tok.pos_ in {"NOUN", "PROPN"}
            and tok.lemma_.lower() in quote_words.COURT_NOUNS
            and marks.containing(tok.idx) is None
            and (best is None or abs(tok.i - verb.i) < abs(best.i - verb.i))
        ):
            best = tok
    return best


#: How many quotes after a quoted headline may repeat its words.
HEADLINE_REACH = 6

#: How many records (reported speech too) after the article's title may repeat its quoted words.
TITLE_REACH = 40

_LINE_EDGE = " \t\"“”‘’«»'.,:;!?"


def _headlines_from_body(atts: list[Attribution], text: str) -> None:
    """A quote alone on its line with no cue of its own (a headline: "“I have nothing left to
    lose”") takes the speaker of the quote below that repeats its words.

    Live blogs and feature copy head an entry with a line from the person
    quoted in it; that quote's speaker, not whoever spoke before the headline,
    said it. *atts* are in text order; only the next few quotes are looked at.
    """
    for n, a in enumerate(atts):
        if a.kind != "direct":
            continue
        alone = _alone_on_line(text, a)
        title = _in_title_line(text, a)
        heading = alone or a.heading or title or _on_heading_line(text, a.start, a.end)
        # a heading's label that names no one ("Delhi student: ‘…’") gives way to the speaker below;
        # so does the topic of the article's title ("‘…’: Pakistan denies …"), the country or
        # body whose person says the words below
        unresolved = (
            a.inherit or a.speaker_name is None or (not alone and heading and a.entity is None) or title
        )
        if not heading or not unresolved:
            continue
        words = _folded(text[a.start : a.end])
        if len(words) < HEADLINE_MIN_CHARS:
            continue
        reach = TITLE_REACH if title else HEADLINE_REACH  # a title heads the whole article
        for b in atts[n + 1 : n + 1 + reach]:
            if b.kind in {"direct", "mixed"} and b.speaker_name and words in _folded(text[b.start : b.end]):
                a.speaker_span, a.speaker_name, a.entity = b.speaker_span, b.speaker_name, b.entity
                a.cue_span, a.via, a.date = b.cue_span, b.via, b.date
                a.heading = False  # said below: a quote however short
                break


#: A restated quote must be this long to be taken for the same words (not a slogan's "No").
RESTATED_MIN_CHARS = 30


def _said_once(atts: list[Attribution], text: str) -> list[Attribution]:
    """*atts* with a quote that an article restates kept once.

    A photo caption or a pull quote repeats a sentence the body quotes with its
    cue ("“Our doors stay open to every family.” Photo: …" above "“Our doors stay
    open to every family,” the director said"): when one copy names no speaker,
    one utterance, kept where a speaker is named; words said twice, each time
    with a speaker of its own, stay two quotes, unless it is the same speaker
    twice (a live blog's entry repeating an earlier one's "said the state must
    “…”"). A pull quote may print only the first sentences of the body's quote
    ("“In a cell for four there were 36 of us.”" above "“In a cell for four
    there were 36 of us. We got no water …”"): a copy with no cue of its own
    whose words open another quote's words is that quote (:func:`_pulled`).
    Linear: dicts of texts and of openings.
    """
    keys = [_folded(text[a.start : a.end]) if a.kind in {"direct", "mixed"} else "" for a in atts]
    pulled = _pulled(atts, keys, text)
    kept: list[Attribution] = []
    seen: dict[str, int] = {}
    for n, a in enumerate(atts):
        key = keys[n]
        if n in pulled:
            continue
        if len(key) < RESTATED_MIN_CHARS:
            kept.append(a)
            continue
        at = seen.get(key)
        if at is None:
            seen[key] = len(kept)
            kept.append(a)
        elif kept[at].speaker_name is None:
            kept[at] = a  # the copy above without a speaker gives way
        elif a.speaker_name is not None and (a.kind == "direct" or a.speaker_name != kept[at].speaker_name):
            kept.append(a)  # said twice, each time with its cue: two utterances
    return kept


def _pulled(atts: list[Attribution], keys: list[str], text: str) -> set[int]:
    """The direct quotes with no cue of their own whose words open a longer quote's words: a pull
    quote printing the first sentences of what the body quotes in full. One dict of openings.

    A live blog's entry title ("12:45 GMT – ‘They fired from the bridge’") is a heading, kept with
    the speaker found below it (:func:`_headlines_from_body`): not a pull quote."""
    longest: dict[str, int] = {}
    for n, key in enumerate(keys):
        if atts[n].kind == "direct" and len(key) >= RESTATED_MIN_CHARS:
            opening = key[:RESTATED_MIN_CHARS]
            if opening not in longest or len(keys[longest[opening]]) < len(key):
                longest[opening] = n
    out = set()
    for n, key in enumerate(keys):
        a = atts[n]
        if a.kind != "direct" or a.cue_tok is not None or len(key) < RESTATED_MIN_CHARS:
            continue
        if _on_heading_line(text, a.start, a.end):
            continue
        m = longest[key[:RESTATED_MIN_CHARS]]
        if m != n and len(keys[m]) > len(key) and keys[m].startswith(key):
            out.add(n)
    return out


def _in_title_line(text: str, a: Attribution) -> bool:
    """Whether quote *a* stands in the article's first line, a title without a full stop at its
    end ("‘Not one bullet was fired’: Pakistan denies killing protesters")."""
    line_end = text.find("\n", a.end, a.end + HEADING_LINE_CHARS)
    if line_end == -1 or "\n" in text[: a.start]:
        return False
    return line_end <= HEADING_LINE_CHARS and not text[:line_end].rstrip().endswith(".")


#: A headline's quoted words must be this long to be looked for below (not "No").
HEADLINE_MIN_CHARS = 12


def _alone_on_line(text: str, a: Attribution) -> bool:
    """Nothing but quote marks and punctuation beside *a*'s words on their line."""
    line_start = text.rfind("\n", 0, a.start) + 1
    line_end = text.find("\n", a.end)
    line_end = len(text) if line_end == -1 else line_end
    return not text[line_start : a.start].strip(_LINE_EDGE) and not text[a.end : line_end].strip(_LINE_EDGE)


#: Longest line read as a heading (a live blog's entry title, a headline), not prose.
HEADING_LINE_CHARS = 120

#: What may follow a heading's quote on its line: closing marks, "!" and "?".
_HEADING_TAIL = " \t\"“”‘’«»'!?"


def _on_heading_line(text: str, start: int, end: int) -> bool:
    """Whether the quote ``[start, end)`` ends a short line with no full stop: a heading.

    "12:45 GMT – ‘They fired from the bridge’", "Rights group: arrests ‘pure
    intimidation’": the entry titles of live blogs end with their quote and
    carry no full stop; prose does.
    """
    line_start = text.rfind("\n", max(0, start - HEADING_LINE_CHARS), start) + 1
    if line_start == 0 and start > HEADING_LINE_CHARS:
        return False
    line_end = text.find("\n", end, end + HEADING_LINE_CHARS)
    line_end = min(len(text), end + HEADING_LINE_CHARS) if line_end == -1 else line_end
    if line_end - line_start > HEADING_LINE_CHARS or text[end:line_end].strip(_HEADING_TAIL):
        return False
    # a sentence before the quote on its line ("He spoke. ‘…’") or a full stop in it: prose
    return not text[start:end].rstrip(_HEADING_TAIL).endswith(".") and ". " not in text[line_start:start]


def _folded(words: str) -> str:
    """Lower case, single spaces, no closing punctuation: for finding a headline's words again."""
    return " ".join(words.lower().split()).rstrip(_LINE_EDGE)


def _next_paragraph_start(text: str, offset: int) -> int:
    """The first non-blank character of the paragraph after the one holding *offset*."""
    nl = text.find("\n", offset)
    if nl == -1:
        return -1
    k = nl
    while k < len(text) and text[k].isspace():
        k += 1
    return k


def _one_per_fragment(a: Attribution) -> list[Attribution]:
    """A mixed quote with several quoted fragments as one record per fragment, in text order.

    "said she was “heartbroken” by the killings and that “the international
    community … must come together”" quotes two pieces of what she said; a
    reader (and ANNOTATION.md) takes each as a quote. The reported clause is
    cut after each fragment's closing mark, the next piece starting at the
    next fragment's opening mark: the first piece keeps the words that lead
    in, the last one the words that close the clause. Every piece keeps the
    speaker, cue and span of the one utterance (SPEC's segments of a
    quotation), so the clause as a whole is still from the first piece's
    start to the last one's end.
    """
    fragments = sorted(a.marks, key=lambda m: m.open_at)
    if a.kind != "mixed" or len(fragments) < 2:
        return [a]
    pieces = []
    for k, m in enumerate(fragments):
        lo = a.start if k == 0 else max(a.start, m.open_at)
        hi = a.end if k == len(fragments) - 1 else (m.close_at + 1 if m.close_at is not None else m.end)
        if lo < min(hi, a.end):
            pieces.append(dataclasses.replace(a, start=lo, end=min(hi, a.end), marks=[m]))
    return pieces or [a]


def _starts_in_a_mark(spans: list[MarkedSpan], starts: list[int], offset: int) -> bool:
    """Whether some marked span has ``start <= offset <= end``.

    Spans come sorted by where they open and do not overlap (*starts* holds
    their ``start`` in that order), so only the last one starting at or before
    *offset* can hold it: a bisection, not a scan.
    """
    i = bisect.bisect_right(starts, offset) - 1
    return i >= 0 and spans[i].start <= offset <= spans[i].end


def _in_speech(text: str, marks: Marks, offset: int) -> bool:
    """*offset* is inside quoted speech (a marked span long enough to be speech, not a term)."""
    m = marks.containing(offset)
    return m is not None and _speech_like(text, m)


_DASHES = "―—–"


def _signature(doc: Doc, m: MarkedSpan) -> Attribution | None:
    """A quote signed with a dash after it: "“…” ― Jorge Falcon" (vox-pop style)."""
    if m.close_at is None or not _speech_like(doc_text(doc), m):
        return None
    text = doc_text(doc)
    k = m.close_at + 1
    while k < len(text) and (text[k] in ".," or (text[k].isspace() and text[k] != "\n")):
        k += 1
    if k >= len(text) or text[k] not in _DASHES:
        return None
    name = quote_cues.tokens_between(doc, k + 1, min(len(text), k + 60))
    name = [t for t in name if not t.is_space]
    n = 0
    while n < len(name) and name[n].text[:1].isupper() and not name[n].is_punct:
        n += 1
    if n == 0 or "\n" in text[k : name[n - 1].idx]:
        return None
    s, e = name[0].idx, name[n - 1].idx + len(name[n - 1].text)
    return Attribution("direct", m.start, m.end, cue_span=(k, k + 1), speaker_span=(s, e), marks=[m])


def _transcript(doc: Doc, m: MarkedSpan) -> Attribution | None:
    """A transcript turn inside marks: "“WALLACE: Let's start …" names its speaker."""
    text = doc_text(doc)
    colon = text.find(":", m.start, min(m.end, m.start + 40))
    if colon == -1:
        return None
    name = text[m.start : colon].strip()
    if len(name) < 2 or not name.replace(" ", "").replace(".", "").replace("'", "").isupper():
        return None
    return Attribution(
        "direct",
        m.start,
        m.end,
        cue_span=(colon, colon + 1),
        speaker_span=(m.start, m.start + len(name)),
        marks=[m],
    )


#: "22:55 GMT — Tikhanovskaya: " or "Raisi: " before a quote that ends its line: a heading's label.
_HEADING_LABEL = re.compile(r"(?:^|[—–|-]\s*)([A-Z][\w'’.-]+(?:[ \t][A-Z][\w'’.-]+){0,3}):[ \t]*\Z")
#: "Omar Haddad: " opening a later line before a quoted sentence: a transcript's turn.
_TURN_LABEL = re.compile(r"([A-Z][\w'’.-]+(?:[ \t][A-Z][\w'’.-]+){0,3}):[ \t]*\Z")


#: What ends the quoted sentence of a transcript's turn.
_SENTENCE_ENDS = frozenset(".!?…")
#: How long a heading's text before its quote may be ("22:55 GMT — Tikhanovskaya: ").
HEADING_LABEL_CHARS = 80
#: Nothing but closing punctuation up to the end of the line.
_LINE_END = re.compile(r"[ \t.!?]*(?:\n|\Z)")


def _labelled_heading(doc: Doc, m: MarkedSpan) -> Attribution | None:
    """A heading that gives a quote to the name before its colon: "18:10 — Ruto: ‘We will not
    bow’", the entry titles of live blogs and the headlines of state media ("Raisi: ‘…’").

    The quote must end its line (a heading, not prose), and the label must be
    able to speak (a country names a topic: "Iran: ‘…’"). A person's name that
    opens its line labels a turn of a transcript ("Mr Haddad: “Our figures are
    checked.” The minister added …"): there the quoted sentence may have prose
    after it.
    """
    text = doc_text(doc)
    # bounded look-ups: a long one-line text must not be scanned once per quote
    line_start = text.rfind("\n", max(0, m.open_at - HEADING_LABEL_CHARS), m.open_at) + 1
    if line_start == 0 and m.open_at > HEADING_LABEL_CHARS:
        return None
    closing = m.close_at if m.close_at is not None else m.end
    found = _HEADING_LABEL.search(text, line_start, m.open_at)
    if found is not None and _LINE_END.match(text, closing + 1) is None:
        found = None
    turn = found is None and text[m.start : m.end].rstrip()[-1:] in _SENTENCE_ENDS
    if turn:
        found = _TURN_LABEL.match(text, line_start, m.open_at)
    if found is None:
        return None
    name = doc.char_span(found.start(1), found.end(1), alignment_mode="expand")
    if name is None or not _may_label_a_speaker(name[-1]) or is_country_name(found.group(1)):
        return None
    if turn and name[-1].ent_type_ != "PERSON":
        return None
    colon = found.end(1)
    return Attribution("direct", m.start, m.end, cue_span=(colon, colon + 1), speaker_tok=name[-1], marks=[m])


def _direct(m: MarkedSpan, cue: Token, speaker: Token | None) -> Attribution:
    return Attribution(
        "direct",
        m.start,
        m.end,
        cue_tok=cue,
        cue_span=(cue.idx, cue.idx + len(cue.text)),
        speaker_tok=speaker,
        marks=[m],
    )


def _direct_from(host: Attribution, m: MarkedSpan) -> Attribution:
    return Attribution(
        "direct",
        m.start,
        m.end,
        cue_tok=host.cue_tok,
        cue_span=host.cue_span,
        speaker_tok=host.speaker_tok,
        speaker_span=host.speaker_span,
        marks=[m],
    )


#: The labels of an interview printed as questions and answers ("Q: …", "A: …").
_INTERVIEW_LABEL = re.compile(r"\s*(?:(Q|Question)|(A|Answer))\s*[:.]\s*\Z", re.IGNORECASE)


def _interview_label(text: str, start: int, end: int) -> str | None:
    """ "question" or "answer" when ``text[start:end]`` is only an interview's label ("Q:", "A:")."""
    if end - start > 12:
        return None
    found = _INTERVIEW_LABEL.match(text, start, end)
    if found is None:
        return None
    return "question" if found.group(1) else "answer"


def _answer(
    doc: Doc,
    start: int,
    end: int,
    label: tuple[int, int],
    paras: list[tuple[int, int]],
    n: int,
    marks: Marks,
    is_person: Callable[[Token], bool],
) -> Attribution:
    """An interview's answer: its speaker is the person the article named before the questions began.

    The label "A" names no one; the interview is introduced by a paragraph
    naming the person ("In an interview, lawyer X was asked …"), so the last
    person named outside quote marks before the run of labelled paragraphs answers.
    """
    text = doc_text(doc)
    speaker = _briefer(doc, start)
    first = _first_answer(text, paras, n)
    k = first - 1
    while k >= 0 and speaker is None:
        lo, hi = paras[k]
        k -= 1
        if _paragraph_label(text, lo, hi) is not None:
            continue  # an earlier question or answer
        people = [
            t
            for t in quote_cues.tokens_between(doc, lo, hi)
            if t.pos_ == "PROPN"
            and is_person(t)
            and marks.containing(t.idx) is None
            and not transcripts.interviewer(t)  # "spoke to our correspondent X": X asks
        ]
        if people:
            speaker = transcripts.answering_person(people)
        if first - k > ANSWER_PARAGRAPHS:
            break
    return Attribution("direct", start, end, cue_span=label, speaker_tok=speaker)


#: A word of the first person in any case: an answer's next paragraph may say only "me" or "my"
#: ("Later, in the room where they questioned me, …").
_FIRST_PERSON_ANY = re.compile(r"\b(?:I|[Ww]e|me|my|us)\b")


def _answer_goes_on(
    doc: Doc,
    paras: list[tuple[int, int]],
    n: int,
    answer: Attribution,
    done: list[Attribution],
    taken: set[int],
) -> list[Attribution]:
    """The paragraphs without a label that carry on the answer of paragraph *n*: "A: Nobody told
    me.¶Later they asked me again …¶Q: …". Only while they speak in the first person (the
    reporter's context after an answer does not), up to :data:`transcripts.ANSWER_RUN` paragraphs,
    and not where a quote found by its marks starts."""
    text = doc_text(doc)
    out = []
    for k in range(n + 1, min(len(paras), n + transcripts.ANSWER_RUN)):
        lo, hi = paras[k]
        start, end = _trimmed(text, lo, hi)
        if (
            k in taken
            or _paragraph_label(text, lo, hi) is not None
            or not _FIRST_PERSON_ANY.search(text, lo, hi)
            or any(lo <= a.start < hi and a.kind != "indirect" for a in done)
            or start >= end
        ):
            break
        out.append(
            Attribution("direct", start, end, cue_span=answer.cue_span, speaker_tok=answer.speaker_tok)
        )
    return out


def _paragraph_label(text: str, lo: int, hi: int) -> str | None:
    """ "question" or "answer" when the paragraph ``[lo, hi)`` opens with "Q:", "A.", "Answer:" …"""
    dotted = _dotted_label(text, lo, hi)
    if dotted is not None:
        return _interview_label(text, lo, dotted + 1)
    colon = text.find(":", lo, min(hi, lo + 12))
    return _interview_label(text, lo, colon + 1) if colon != -1 else None


#: Paragraphs without a label an interview may set between its answers ("The ministry has denied …",
#: a few paragraphs of the reporter's context before the next "Q:"): within this reach the
#: answers after them are still the interviewee's, not whoever the context names last.
INTERLUDE_PARAGRAPHS = 8


def _first_answer(text: str, paras: list[tuple[int, int]], n: int) -> int:
    """The paragraph of the interview's first answer, for the answer in paragraph *n*.

    A reporter may set a paragraph of context between two answers ("The
    ministry has denied this. Its spokeswoman, X, said …"); the person named
    there does not answer the questions after it: the one named before the
    first answer does.
    """
    first = n
    gap = 0
    k = n - 1
    while k >= 0 and n - k <= ANSWER_PARAGRAPHS:
        label = _paragraph_label(text, *paras[k])
        if label == "answer":
            first, gap = k, 0
        elif label is None:
            gap += 1
            if gap > INTERLUDE_PARAGRAPHS:
                break
        k -= 1
    return first


def _briefer(doc: Doc, before: int) -> Token | None:
    """The spokesperson a briefing note's header names, who answers its questions (:mod:`tally.extract.entities.briefing`)."""
    span = briefer_span(doc_text(doc))
    if span is None or span[1] > before:
        return None
    found = doc.char_span(*span, alignment_mode="expand")
    return found.root if found is not None else None


#: How many paragraphs before an answer the interviewee may be named (questions and answers between skipped).
ANSWER_PARAGRAPHS = 12


def _colon_attributions(
    doc: Doc,
    marks: Marks,
    paras: list[tuple[int, int]],
    done: list[Attribution],
    is_person: Callable[[Token], bool],
) -> list[Attribution]:
    """Unmarked "Name, role: statement" paragraphs, the transcript style of press releases.

    A turn whose words stand in no quote marks is its speaker's reported words, not a quote:
    a briefing's "Answer:" and "ANNA KOVAL:" paragraphs, an interview's unlabelled answers
    and a "Name, role:" statement are what the speaker said, and a figure in them keeps the
    speaker as its source; but a quote is words in quote marks (ANNOTATION.md), as a post's
    words are (round 46): every turn is kept as kind ``indirect``, and a marked quote inside
    it ("The High Commissioner said: “…”") keeps its own record and speaker.
    """
    text = doc_text(doc)
    out = _transcript_turns(doc, marks, paras, done, is_person)
    taken = {para for para, _ in out}
    out_atts = [a for _, a in out if a is not None]
    for n, (lo, hi) in enumerate(paras):
        if n in taken:
            continue
        colon = text.find(":", lo, min(hi, lo + 160))
        dotted = _dotted_label(text, lo, hi)
        if dotted is not None and (colon == -1 or colon > dotted):
            colon = dotted  # "A. I was walking home …": a label closed by a full stop
        if colon == -1 or marks.containing(colon) or count_words(text[colon + 1 : hi]) < SPEECH_MIN_WORDS:
            continue
        label = _interview_label(text, lo, colon + 1)
        start = colon + 1
        while start < hi and text[start].isspace():
            start += 1
        if label == "answer":
            # "A: “…”" is a record already; a quote inside the answer ("he laughed and said,
            # “…”") leaves the answer the interviewee's
            if not any(colon < a.end and a.start <= start + 1 for a in done if a.start < hi):
                answer = _answer(doc, start, hi, (lo, colon + 1), paras, n, marks, is_person)
                out_atts.append(answer)
                out_atts.extend(_answer_goes_on(doc, paras, n, answer, done, taken))
            continue
        if label is not None:
            continue
        if any(
            a.start < hi and a.end > colon and not _reported_inside(a, colon) for a in done
        ) and not _interview_turn(text, paras, n, colon):
            continue
        head = quote_cues.tokens_between(doc, lo, _before_bracketed_note(text, lo, colon))
        named = _interviewee_named_before(doc, head, lo) if _interview_turn(text, paras, n, colon) else None
        if named is not None:
            # "Ndiaye: We have counted …" after "Moussa Ndiaye, a student leader, spoke to us": the
            # interviewee's answer, however the tagger reads the label
            start, end = _turn_words(text, colon, hi)
            out_atts.append(Attribution("direct", start, end, cue_span=(colon, colon + 1), speaker_tok=named))
            continue
        # a headline "Poll: …", "Sanders: …" names its source in a word or two the
        # small model tags as a common noun
        headline = n == 0 and 0 < len(head) <= 3 and all(t.text[:1].isupper() for t in head)
        if not head or (
            head[0].pos_ != "PROPN"
            and head[0].lower_ not in {"mr.", "mrs.", "ms.", "dr."}
            and not headline
            and not _tagged_person(head)
        ):
            continue
        if any(t.pos_ in {"VERB", "AUX"} and t.tag_ != "VBN" for t in head):
            continue
        if _dateline_label(head, n) or _furniture_label(head):
            continue  # "KABUL: Afghan officials say …": where the story was filed, nobody who speaks
        if n > 0 and not _has_a_clause(quote_cues.tokens_between(doc, start, hi)):
            # "Tabriz: Karim Azadi, 23, a taxi driver shot …": an entry of a list; a headline's
            # "Police: 40 arrested" stays its label's reported words (a figure's source)
            continue
        if (
            all(t.ent_type_ in {"GPE", "LOC"} for t in head)
            or is_country_name(text[lo:colon])
            or (len(head) == 1 and head[0].lemma_.lower() in figure_words.NOUN_CATEGORY)
        ):
            # "Casualties: 304–1,500 killed": a label of counts
            continue  # "Iran: Security forces kill 40": an advocacy headline's country is its topic
        root = next((t for t in head if t.head.i == t.i or not (head[0].i <= t.head.i <= head[-1].i)), None)
        if root is None or not _may_label_a_speaker(root):
            continue
        if _outlet_asks(text[lo:colon], text[colon + 1 : hi]):
            continue  # "Tasnim: Were the police given orders to shoot?": the interviewer's question
        start, end = colon + 1, hi
        while start < end and text[start].isspace():
            start += 1
        out_atts.append(Attribution("indirect", start, end, cue_span=(colon, colon + 1), speaker_tok=root))
    for turn in out_atts:
        turn.kind = "indirect"  # the answers and named turns read above too
        turn.turn = True
    return out_atts


#: How many paragraphs from the top a dateline may open: the title, a standfirst, the body.
_DATELINE_PARAGRAPHS = 3

#: The smallest city a dateline closed by a colon is read as.
_DATELINE_POPULATION = 50_000


def _dateline_label(head: list[Token], n: int) -> bool:
    """A dateline closed by a colon, as some outlets write it ("KABUL: Afghan officials say …"):
    a place name in capitals opening one of the first paragraphs.

    A transcript's speaker in capitals ("GUTERRES:") is no place the gazetteer knows, or a
    village too small to file a story from: only countries, provinces, capitals and cities of
    :data:`_DATELINE_POPULATION` people count.
    """
    if n >= _DATELINE_PARAGRAPHS or not head or len(head) > 3:
        return False
    if not all(t.is_upper and t.is_alpha for t in head):
        return False
    words = " ".join(t.text for t in head)
    return is_country_name(words) or any(
        e.kind in {"country", "admin1"} or e.capital or e.population >= _DATELINE_POPULATION
        for e in load_gazetteer().lookup(words.title())
    )


#: Words that label a picture's caption ("FILE PHOTO:", "Image:", "Video:"): the words after them
#: describe what it shows, nobody's speech.
_PICTURE_LABELS = frozenset(
    {
        "photo",
        "photos",
        "photograph",
        "picture",
        "image",
        "video",
        "caption",
        "footage",
        "screenshot",
        "graphic",
    }
)


def _furniture_label(head: list[Token]) -> bool:
    """A label of the page's furniture, not of a speaker: a caption's "FILE PHOTO:" or a dateline that
    gives the day ("Lahore, 12 May 2023:"); a speaker's label names a person or a body and no day."""
    if any(t.lower_ in _PICTURE_LABELS for t in head):
        return True
    return any(t.ent_type_ == "DATE" and t.like_num for t in head) and any(
        t.ent_type_ in {"GPE", "LOC"} or t.pos_ == "PROPN" for t in head if t.ent_type_ != "DATE"
    )


#: Relations of a clause that hangs on a noun or on another clause: a verb in one describes, it
#: does not say ("a teacher shot outside his home", "a nurse who died of her wounds").
_DEPENDENT_CLAUSES = frozenset({"relcl", "acl", "advcl", "amod", "pcomp", "xcomp", "csubj"})


def _has_a_clause(tokens: list[Token]) -> bool:
    """Whether *tokens* hold a finite verb of their own (not in a clause hanging on a noun): speech
    does ("We received nine men", "Absolutely. The calendar will be respected"); an entry of a
    list of victims does not ("Karim Azadi, 23, a taxi driver shot in the back on March 3; Leila
    Sadri, 30, a nurse who died of her wounds"). Each token climbs at most :data:`CLIMB_DEPTH`
    heads, so the test is linear in the paragraph's length."""
    if not tokens:
        return False
    lo, hi = tokens[0].i, tokens[-1].i
    for t in tokens:
        if t.pos_ not in {"VERB", "AUX"} or t.tag_ not in {"VBD", "VBZ", "VBP", "MD"}:
            continue
        node, depth, dependent = t, 0, False
        while lo <= node.i <= hi and depth < CLIMB_DEPTH:
            if node.dep_ in _DEPENDENT_CLAUSES and lo <= node.head.i <= hi:
                dependent = True  # on a word of the label, the parser's reading of a line, it may say
                break
            if node.head.i == node.i:
                break
            node, depth = node.head, depth + 1
        if not dependent:
            return True
    return False


def _before_bracketed_note(text: str, lo: int, colon: int) -> int:
    """Where a label's name ends before a note in brackets: "Timothy Mtambo (recorded):",
    "Ana Ruiz (translated):". The note says how the turn was taken, not who speaks; the tagger
    reads "recorded" as a verb and the label as no name."""
    label = text[lo:colon].rstrip()
    if not label.endswith(")"):
        return colon
    bracket = label.rfind("(")
    return lo + bracket if bracket > 0 else colon


def _transcript_turns(
    doc: Doc,
    marks: Marks,
    paras: list[tuple[int, int]],
    done: list[Attribution],
    is_person: Callable[[Token], bool],
) -> list[tuple[int, Attribution | None]]:
    """The turns of a transcript labelled in capitals and the unlabelled answers of an interview
    (:mod:`.transcripts`), by paragraph; the paragraphs of questions that quote no one come with
    no record (None) but are taken all the same.
    """
    text = doc_text(doc)
    capitals = transcripts.capitals_turns(text, paras)
    hosts = transcripts.host_turns(doc, paras)
    counts = Counter(label[0] for label in capitals.values())

    def person_label(name: str, lo: int) -> bool:
        return transcripts.named_before(doc, name, lo, strict=True) is not None

    answers, questions = transcripts.unlabelled_answers(text, paras, person_label)
    out: list[tuple[int, Attribution | None]] = []
    asked: dict[int, Token | None] = {}
    for n, (lo, hi) in enumerate(paras):
        if n in questions:
            out.append((n, None))
            continue
        if n in answers and not _quoted_whole(done, lo):
            first = answers[n]
            if first not in asked:
                asked[first] = transcripts.interviewee(
                    doc,
                    paras,
                    first,
                    marks,
                    is_person,
                    ANSWER_PARAGRAPHS,
                    answers.__contains__,
                )
            out.append((n, Attribution("direct", *_trimmed(text, lo, hi), speaker_tok=asked[first])))
            continue
        if n in hosts:
            name, at, colon, host = hosts[n]
            start, end = _turn_words(text, colon, hi)
            if not _quoted_whole(done, start):
                span = None if host is not None else (at, at + len(name))
                turn = Attribution(
                    "direct", start, end, cue_span=(colon, colon + 1), speaker_tok=host, speaker_span=span
                )
                out.append((n, turn))
            continue
        if n not in capitals:
            continue
        name, at, colon = capitals[n]
        start, end = _turn_words(text, colon, hi)
        if transcripts.asks(name) or _quoted_whole(done, start):
            out.append((n, None))
            continue
        tok = transcripts.named_before(doc, name, lo)
        if tok is not None:
            out.append((n, Attribution("direct", start, end, cue_span=(colon, colon + 1), speaker_tok=tok)))
        elif transcripts.may_name_itself(doc, name) and transcripts.speaks_in_turn(
            text, paras, capitals, counts, n
        ):
            out.append(
                (
                    n,
                    Attribution(
                        "direct", start, end, cue_span=(colon, colon + 1), speaker_span=(at, at + len(name))
                    ),
                )
            )
    return out


def _quoted_whole(done: list[Attribution], start: int) -> bool:
    """A direct quote found by its marks already starts where a turn's words start."""
    return any(a.kind != "indirect" and start <= a.start <= start + 1 for a in done)


def _trimmed(text: str, lo: int, hi: int) -> tuple[int, int]:
    """``[lo, hi)`` without the spaces at either end."""
    while lo < hi and text[lo].isspace():
        lo += 1
    while hi > lo and text[hi - 1].isspace():
        hi -= 1
    return lo, hi


def _interviewee_named_before(doc: Doc, head: list[Token], lo: int) -> Token | None:
    """The last word of a person's name before *lo* that the label *head* repeats ("Ndiaye:" after
    "Moussa Ndiaye, a student leader, spoke to us").

    A printed interview labels each answer with the interviewee's surname; the
    small model may read a foreign surname alone as a common noun, but not
    where the article introduced the person by full name. Only a label of one
    or two capitalised words, looked for within a stretch before it.
    """
    if not 0 < len(head) <= LABEL_WORDS or not all(t.text[:1].isupper() for t in head):
        return None
    text = doc_text(doc)
    label = text[head[0].idx : head[-1].idx + len(head[-1].text)]
    floor = max(0, lo - LABEL_NAME_REACH)
    end = lo
    for _ in range(LABEL_NAME_TRIES):
        hit = text.rfind(label, floor, end)
        if hit <= 0:
            return None
        end = hit
        span = doc.char_span(hit, hit + len(label))
        if span is None or span[0].i == 0:
            continue
        last, before = span[-1], doc[span[0].i - 1]
        if last.ent_type_ == "PERSON" and before.ent_type_ == "PERSON" and before.text[:1].isupper():
            return last
    return None


#: How many words a label naming an interviewee may have ("Ndiaye:", "Moussa Ndiaye:").
LABEL_WORDS = 2


#: How far before its label an interviewee's full name may stand, and how many of the label's
#: earlier occurrences are tried.
LABEL_NAME_REACH = 6000
LABEL_NAME_TRIES = 8


def _turn_words(text: str, colon: int, hi: int) -> tuple[int, int]:
    """Where a turn's words start and end: after its label's colon and the spaces after it."""
    start = colon + 1
    while start < hi and text[start].isspace():
        start += 1
    return start, hi


def _interview_turn(text: str, paras: list[tuple[int, int]], n: int, colon: int) -> bool:
    """Whether paragraph *n*, labelled by a name up to *colon*, answers a printed interview's question.

    "Chan: No. People ask me that … They chanted “Five demands”": the
    interviewee's answer, whoever it quotes inside. A question just before it,
    or an earlier paragraph under the same label, makes it a turn of the
    interview rather than a statement headed by a name.
    """
    if n == 0:
        return False
    lo = paras[n][0]
    if text[paras[n - 1][0] : paras[n - 1][1]].rstrip().endswith("?"):
        return True
    label = text[lo : colon + 1]
    return any(text.startswith(label, paras[k][0]) for k in range(max(0, n - INTERVIEW_TURNS), n))


#: How many paragraphs back an interview's previous answer under the same label may stand.
INTERVIEW_TURNS = 4


#: "Q. " or "A. " opening a paragraph: an interview's label closed by a full stop.
_DOTTED_LABEL = re.compile(r"\s*(?:Q|A|Question|Answer)\.[ \t]")


def _dotted_label(text: str, lo: int, hi: int) -> int | None:
    """Where the full stop of a "Q." or "A." label opening the paragraph ``[lo, hi)`` stands."""
    found = _DOTTED_LABEL.match(text, lo, hi)
    return found.end() - 2 if found is not None else None


def _tagged_person(head: list[Token]) -> bool:
    """A label that is a person's name the parser read as a common noun ("Mwangi:" tagged NOUN).

    The tagger's PERSON on every word, capitalised, says it is a name; a
    transcript labels its turns by surname.
    """
    return len(head) <= 3 and all(t.ent_type_ == "PERSON" and t.text[:1].isupper() for t in head)


def _outlet_asks(label: str, said: str) -> bool:
    """A news outlet's label before a question: the interviewer's turn of a printed interview
    ("Tasnim: How many people were arrested?"), a question like "Q:", no quote of a source."""
    words = {w.strip(".,'’").lower() for w in label.split()}
    media = words & (entity_words.MEDIA_NAMES | entity_words.MEDIA_WORDS)
    return bool(media) and said.rstrip().endswith("?")


def _reported_inside(a: Attribution, colon: int) -> bool:
    """An indirect report wholly after a label's colon: "Mwangi: … Some described being beaten".

    The labelled paragraph is still the labelled speaker's statement; a
    report inside it (a verb of saying, "according to our sources") does not
    make the paragraph someone else's.
    """
    return a.kind == "indirect" and a.start > colon and (a.cue_span is None or a.cue_span[0] > colon)


def _may_label_a_speaker(root: Token) -> bool:
    """Whether a headline's label before its colon can be who speaks ("Amnesty:", "Police:", "Poll:").

    "Belarus election protests: police detain thousands" labels a topic: a
    label headed by a common noun speaks only when the noun is for people, an
    organisation or a document.
    """
    if names_the_story(root):
        return False  # "Kenya Protests: Death Toll Rises to 23", the tagger's ORG or not
    if labels_the_outlets_note(root):
        return False  # "Correction: An earlier version of this story said …"
    if root.pos_ == "PROPN":
        return root.ent_type_ not in {"GPE", "LOC", "NORP", "DATE", "EVENT"}
    if root.ent_type_ in {"ORG", "PERSON"}:
        return True  # "Amnesty:" tagged as a common noun
    return may_speak_as_noun(root.lemma_.lower())


def _evidence(ctx: ExtractContext, a: Attribution) -> tuple[int, int]:
    lo, hi = a.start, a.end
    for span in (a.cue_span, a.speaker_span):
        if span is not None and abs(span[0] - a.start) < 400:
            lo, hi = min(lo, span[0]), max(hi, span[1])
    return ctx.sentence_span(lo, hi)


#: Lower-case words inside a quoted name ("Voice of the People").
_NAME_JOINERS = frozenset({"of", "the", "and", "for", "in", "on", "to", "a", "an", "de", "la"})

#: Longest name, in words, that quote marks may set off ("Chagossian Voices").
QUOTED_NAME_MAX_WORDS = 6


def is_quoted_name(words: str) -> bool:
    """A name or a title set off by quote marks ("“Chagossian Voices,”"): capitalised words only."""
    tokens = words.strip(" ,.;:“”\"'’‘").split()
    if not tokens or len(tokens) > QUOTED_NAME_MAX_WORDS:
        return False
    return (
        tokens[0][:1].isupper()
        and all(t[:1].isupper() or t.lower() in _NAME_JOINERS for t in tokens)
        and not any(t.lower() in {"i", "we", "you"} for t in tokens)
    )


def _names_something(a: Attribution, text: str) -> bool:
    """A direct "quote" that is a name given by a naming verb ("calls itself “Chagossian Voices”")."""
    if not is_quoted_name(text[a.start : a.end]):
        return False
    lemma = a.cue_tok.lemma_.lower() if a.cue_tok is not None else ""
    return lemma in quote_words.NAMING_VERBS or lemma in quote_words.TITLE_CUES or lemma == "know"


def extract_quotes(ctx: ExtractContext) -> list[Quote]:
    """Direct, indirect and mixed quotes of the article, with speakers where the text says.

    :param ctx: the parsed article; needs the parse, sentences and the entity index.
    :returns: quotes in text order, ids ``q1``, ``q2``, …; ``text`` equals
        ``ctx.text[start:end]`` (the quoted words without their marks).
    """
    text = ctx.text
    quotes = []
    attributions = find_attributions(ctx)
    index = ctx.entities
    attributions = [a for a in attributions if not (a.kind == "direct" and _names_something(a, text))]
    for n, a in enumerate(attributions, 1):
        if a.entity is not None:
            # ids are numbered by first mention, so adding a speaker the NER
            # missed can renumber the entities found before: look them up again
            a.entity = index.by_name(a.entity.name) or index.at(*a.entity.mentions[0])
        cue = text[a.cue_span[0] : a.cue_span[1]] if a.cue_span else None
        quotes.append(
            Quote(
                id=f"q{n}",
                kind=cast(QuoteKind, a.kind),  # direct, indirect or mixed: the only kinds made here
                start=a.start,
                end=a.end,
                text=text[a.start : a.end],
                speaker=a.entity.id if a.entity else None,
                speaker_name=a.speaker_name,
                speaker_span=a.speaker_span,
                cue=cue,
                via=a.via,
                date=a.date,
                evidence=_evidence(ctx, a),
            )
        )
    return quotes
