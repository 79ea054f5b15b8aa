"""The date a sentence is about: a bare month or weekday resolved against a full date given
earlier in its own sentence ("a report on December 23, 2019, about the November protests"),
and what counts as said before or after the time of writing in reported speech.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from tally.extract.context import doc_text
from tally.extract.dates import words as date_words
from tally.extract.dates.anchors import _parse_iso, _yearless_day_or_month
from tally.extract.dates.patterns import _PARTS_OF_A_PERIOD
from tally.extract.dates.resolve import (
    Value,
    anchor_precision,
    resolve,
)
from tally.extract.dates.tense import _clause_verb
from tally.extract.dates.tokens import Expr, Match, Tok
from tally.extract.dates.validation import _token_at
from tally.lang import active
from tally.records import DateMention

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


_WRITTEN_YEAR = re.compile(r"\b\d{4}\b")


def _of_an_event(doc: Doc, start: int, end: int) -> bool:
    """Whether the date at ``[start, end)`` completes a noun with "of" ("the events of 9 May").

    "The investigation into the events of 9 May", "the killings of 15 December":
    the day names what happened on it, like "the 9 May attack". Not a part of
    the day ("the evening of 9 May") or a unit ("the first week of July"), which
    place a time of their own.
    """
    last = _token_at(doc, end - 1)
    for _ in range(3):  # "of 28 September 2009": the year hangs from the month, which is the object
        if last is None or last.head.i == last.i or not start <= last.head.idx < end:
            break
        last = last.head
    if last is None or last.dep_ != "pobj":
        return False
    prep = last.head
    noun = prep.head
    return (
        prep.lower_ == "of"
        and 0 <= start - (prep.idx + len(prep.text)) <= 1
        and noun.i == prep.i - 1
        and noun.pos_ == "NOUN"
        and noun.lower_ not in date_words.PARTS_OF_DAY
        and noun.lower_ not in date_words.UNITS  # "the first week of July" is a time of its own
        and noun.lower_ not in _PARTS_OF_A_PERIOD  # "by the end of March" is a time of March
    )


def _names_an_event(doc: Doc, end: int) -> bool:
    """Whether the date ending at *end* modifies the noun after it ("the 3 June massacre")."""
    tok = _token_at(doc, end - 1)
    if tok is None or tok.i + 1 >= len(doc):
        return False
    head = tok.head
    return (
        tok.dep_ in {"compound", "nmod", "nummod"}
        and head.i == tok.i + 1
        and head.pos_ == "NOUN"
        and head.lower_ not in date_words.PARTS_OF_DAY
    )


def _resolve_on_focus(expr: Expr, focus: dt.date, tense: str | None, written: dt.date | None) -> Value:
    """*expr* resolved against the day its sentence gave before it.

    A past tense is relative to the time of writing, not to that day: "force
    used late on Thursday and early on Friday", written on that Friday, goes
    on to the next day, and "a visit from 11 to 13 January, which concluded in
    a report published on 23 February" is the February after it. So a past day
    takes the nearest reading either way, unless that lies after the time of
    writing ("closed on Friday and remained closed until Monday", written on
    Saturday, is the Monday before).
    """
    value = resolve(expr, focus, tense=tense)
    if tense != "past" or expr.kind not in {"weekday", "date"}:
        return value
    near = resolve(expr, focus, tense="narrative")
    # a month ("rejected in February" after "in October 2020") is placed by its first day
    day = _parse_iso(near[0] + "-01" if near[0] is not None and len(near[0]) == 7 else near[0])
    if day is None or (written is not None and day > written):
        return value
    return near


def _sentence_focus(doc: Doc, expr: Expr, start: int, previous: DateMention | None) -> dt.date | None:
    """The written date a bare month or weekday is relative to, when its sentence gives one.

    "a report on December 23, 2019, about the November protests": November is
    the one before the report, not the one before publication. Only an
    absolute day or month earlier in the same sentence counts, and not for a
    clause in the future tense, which is relative to the time of writing. Nor a
    date on a line above, which the parse may join to the sentence: the signature
    of an embedded post ("— NetBlocks (@netblocks) November 16, 2022") or a stamp;
    nor a yearless month or day that names an event ("the January events").
    """
    if expr.rel is not None or expr.kind not in {"weekday", "date", "persian"} or expr.year is not None:
        return None  # a Persian day restating one of ours ("on 9 July 1999, 18 Tir") is that day
    if previous is None or previous.anchor != "absolute" or previous.value is None:
        return None
    if previous.granularity not in {"day", "month"} or expr.year_shift is not None:
        return None
    tok = _token_at(doc, start)
    if tok is None or previous.start < tok.sent.start_char or _aside(doc, previous.start, tok):
        return None
    if "\n" in doc_text(doc)[previous.end : start]:  # within one sentence: a bounded slice
        return None
    if _who_clause_apart(doc_text(doc), tok.sent.start_char, previous, start):
        return None
    if not _WRITTEN_YEAR.search(previous.text) and _names_an_event(doc, previous.end):
        return (
            None  # "signed the amnesty for the January events on 1 November": a name, no time of the clause
        )
    if _of_an_event(doc, previous.start, previous.end):
        # "the inquest into the killings of 10 August was adjourned on Wednesday", "the trial over the
        # massacre of 28 September 2009 resumed on Monday": the date names what the noun is, with
        # or without its year; it does not date the clause (nor set which Monday)
        return None
    value = previous.value.rsplit("/", 1)[-1]  # an interval's end
    return _parse_iso(value if previous.granularity == "day" else value + "-15")


#: A relative clause on a person, after a comma: ", who was arrested", ", whose trial".
_WHO = re.compile(r",\s*(?:who|whose)\b", re.IGNORECASE)
#: How far back in its sentence a date's "who" clause is looked for: a bounded slice.
_WHO_REACH = 200


def _who_clause_apart(text: str, sent_start: int, previous: DateMention, start: int) -> bool:
    """Whether a ", who …" clause holds one of the two dates and not the other.

    "The rapper, who was arrested on 11 July 2022 while on his way to a rally,
    was sentenced on 24 June" and "seized power on Feb. 1, 2021, detaining the
    leader, who was sentenced on December 6": what a person went through is
    told apart from the sentence's story, so its date does not say which June
    or December is meant (the parse often hangs these clauses wrongly, hence
    the commas). Bounded slices of the sentence.
    """
    between = text[previous.end : start]
    if _WHO.search(between):
        return True  # the day is in a "who" clause opened after the date
    before = text[max(sent_start, previous.start - _WHO_REACH) : previous.start]
    opened = max((m.end() for m in _WHO.finditer(before)), default=None)  # the last one
    return opened is not None and "," not in before[opened:] and "," in between


def _sentence_year(doc: Doc, text: str, expr: Expr, start: int, previous: DateMention | None) -> int | None:
    """The year a yearless month or day takes from a year given earlier in its sentence.

    "In the 2010 election, police arrested hundreds on election night, Dec. 19":
    encyclopaedias and background paragraphs give the year once and the days
    after it. Not a year that only bounds or compares ("the largest since
    2019, began on Sept. 16"), nor one inside a clause aside from the date's.
    """
    if expr.kind != "date" or expr.month is None or expr.year is not None:
        return None
    if expr.rel is not None or expr.year_shift is not None:
        return None
    if previous is None or previous.anchor != "absolute" or previous.granularity != "year":
        return None
    if previous.value is None or not previous.value.isdecimal():
        return None  # an interval of years names no one year
    tok = _token_at(doc, start)
    if tok is None or previous.start < tok.sent.start_char:
        return None
    if _in_when_clause_of(tok, previous.start, previous.end):
        return int(previous.value)  # "since late 2019, when protests erupted on Oct. 17"
    before = text[max(0, previous.start - 12) : previous.start].split()
    if before and before[-1].lower() in _BOUNDING_WORDS:
        return None
    if _names_a_period_planned(text, previous.start, previous.end):
        return None  # "approved the 2023 budget on 2 December": approved before that year
    verb = _verb_above(_token_at(doc, previous.start))
    return int(previous.value) if verb is not None and _under(tok, verb, same_subject=True) else None


def _names_a_period_planned(text: str, start: int, end: int) -> bool:
    """Whether the year at ``[start, end)`` names the period a budget or plan is for ("the 2023 budget").

    Such a year is when the plan runs, not when the sentence's deed was done:
    "parliament approved the 2023 budget on 2 December" approved it in the
    December before, "the fiscal year 2022 budget, approved in December" too;
    so is a year named as a fiscal or school year ("the budget for fiscal year
    2020 was passed in September", "fiscal 2024").
    """
    if _PERIOD_YEAR.search(text, max(0, start - 24), start):
        return True
    after = text[end : end + 24].split(maxsplit=1)
    return bool(after) and after[0].strip(",.;:").lower() in date_words.PLANNED_FOR_NOUNS


#: What names a year as a period of accounts or teaching: "fiscal year 2020", "fiscal 2024", "FY".
_PERIOD_YEAR = re.compile(
    r"\b(?:fiscal|financial|budget|academic|school)(?:\s+year)?\s+$|\bFY\s*$", re.IGNORECASE
)


def _in_when_clause_of(tok: Token, start: int, end: int) -> bool:
    """Whether *tok* lies in a "when" clause that describes the year at ``[start, end)``.

    "Lebanon has been in crisis since late 2019, when protests erupted on Oct.
    17": the clause tells what happened in that year, so its days are of it,
    though "since" only bounds the main clause. A bounded walk up the parse.
    """
    node = tok
    for _ in range(64):
        if node.head.i == node.i:
            return False
        if node.dep_ == "relcl" and start <= node.head.idx < end:
            return any(c.dep_ == "advmod" and c.lower_ == "when" for c in node.children)
        node = node.head
    return False


#: Words before a year that make it a bound or a comparison, not the time of what follows.
_BOUNDING_WORDS = frozenset({"since", "until", "till", "before", "after", "than", "by", "from", "to"})


def _reported_on(doc: Doc, expr: Expr, start: int, end: int, previous: DateMention | None) -> dt.date | None:
    """The day a weekday (or "yesterday", "last month") in reported speech is relative to: the day it
    was said, when the sentence gives it.

    "The minister said on Sunday that payments would start on Monday": the
    Monday after that Sunday. Only a weekday in a clause that the verb the
    earlier day modifies governs (its complement), and only an earlier day
    of the same sentence.
    """
    if not _speech_relative(expr) or previous is None:
        return None
    if previous.granularity != "day" or previous.value is None or "/" in previous.value:
        return None
    tok = _token_at(doc, start)
    if tok is None or previous.start < tok.sent.start_char:
        return None
    return _parse_iso(previous.value) if _says(doc, start, end, previous.start, previous.end) else None


def _a_yearless_day(expr: Expr) -> bool:
    """ "8 December", "17 Azar": a day of our calendar or the Persian one, without its year."""
    return expr.kind == "persian" or (
        _yearless_day_or_month(expr) and expr.day is not None and expr.until is None
    )


#: What opens a bracket right after a date: "17 Azar (", "Monday ( ".
_OPEN_BRACKET = re.compile(r"\s*[(\[]\s*")
#: How far a bracket's day may start after the date it restates.
_BRACKET_GAP = 4


def _restated_in_brackets(text: str, start: int, value: str, previous: DateMention) -> str:
    """*value*, or the day told just before when the yearless day at *start* restates it in brackets.

    "He was hanged on 17 Azar (8 December)": the bracket gives the Persian day in our calendar
    (or ours in the Persian one, "on 8 December (17 Azar)"), so its year is the one the day before
    was read in, not the one the bracket's own clause-less reading would pick. Only a day with the
    same month and day of ours as the one before, a bracket's opening apart.
    """
    told = previous.value
    if told is None or len(told) != 10 or len(value) != 10 or told[4:] != value[4:] or told == value:
        return value
    if start - previous.end > _BRACKET_GAP or _OPEN_BRACKET.fullmatch(text, previous.end, start) is None:
        return value
    return told


def _last_before_saying(
    doc: Doc, expr: Expr, start: int, end: int, value: str | None, previous: DateMention | None
) -> str | None:
    """A past "last Friday" in reported speech counted from the day it was said, when writing's is later.

    "The group said on Monday that police had beaten him last Friday", written on the Sunday after:
    a deed told on Monday was done before it, so its "last Friday" is the one before that Monday,
    not the one before writing. Only when the day counted from writing falls after the day of
    saying; the same sentence's saying day, as for a bare weekday (:func:`_reported_on`).
    """
    if value is None or previous is None or previous.granularity != "day" or previous.value is None:
        return value
    said = _parse_iso(previous.value) if "/" not in previous.value else None
    if said is None or value <= said.isoformat():
        return value
    tok = _token_at(doc, start)
    if (
        tok is None
        or previous.start < tok.sent.start_char
        or not _says(doc, start, end, previous.start, previous.end)
    ):
        return value
    return resolve(expr, said, tense="past")[0] or value


#: A colon ending a sentence, the quote mark that opens the next one perhaps left with it.
_COLON_QUOTE = re.compile(r":\s*[\"“]?\s*$")
_QUOTE_MARKS = ('"', "“")


def _quoted_after_colon(
    doc: Doc, text: str, expr: Expr, start: int, previous: DateMention | None
) -> dt.date | None:
    """The day a quote opened after a colon was said on, when the sentence before gives it.

    'His mother told researchers on 3 December: "Yesterday they came again."' The
    parse splits the quote from its verb at the colon; the quote's first sentence
    counts from the day the verb of saying before the colon modifies.
    """
    if not _speech_relative(expr) or previous is None or previous.granularity != "day":
        return None
    if previous.value is None or "/" in previous.value:
        return None
    tok, said = _token_at(doc, start), _token_at(doc, previous.start)
    if tok is None or said is None or said.sent.end != tok.sent.start:
        return None
    at = tok.sent.start_char
    before = text[max(0, at - 6) : at]  # a bounded window: the text before is not scanned
    if _COLON_QUOTE.search(before) is None or not (
        text[at : at + 1] in _QUOTE_MARKS or before.rstrip()[-1:] in _QUOTE_MARKS
    ):
        return None
    verb = _clause_verb(doc, previous.start, previous.end)
    if verb is not None and verb.dep_ == "advcl" and verb.tag_ == "VBG":
        verb = verb.head
    if verb is None or verb.lemma_.lower() not in active().get("quotes", "cue_verbs"):
        return None
    return _parse_iso(previous.value)


def _speech_relative(expr: Expr) -> bool:
    """Whether *expr* counts from the time of its clause: a bare weekday, "yesterday",
    "last month", "two days ago". Said on another day, it counts from that day."""
    if expr.kind == "weekday":
        return expr.rel is None
    return expr.kind in {"offset", "rel", "ago"}


def _said_after(
    doc: Doc,
    toks: list[Tok],
    expr: Expr,
    start: int,
    end: int,
    nxt: Match,
    anchor: dt.date | None,
    known: int,
) -> dt.date | None:
    """The day a weekday (or "yesterday", "last month") in a quote is relative to, when the verb of
    saying after the quote gives it.

    '"We buried him on Saturday," his brother said on Oct. 27': the Saturday before
    the 27th, not before publication; '"Last month, they killed my son," she told
    us on 3 December 2019': November. Only the next date of the same sentence, a
    day that modifies a verb of saying whose complement holds the weekday; a
    verb of saying is past, which places a bare weekday given for it.
    """
    if not _speech_relative(expr):
        return None
    said = nxt.expr
    day_ahead = said.kind == "weekday" or (said.kind == "date" and said.day is not None)
    if not day_ahead or said.until is not None or nxt.head is not None or said.rel is not None:
        return None
    if anchor_precision(said) > known:
        return None
    said_start, said_end = toks[nxt.i].start, toks[nxt.j - 1].end
    tok = _token_at(doc, start)
    if tok is None or said_start >= tok.sent.end_char:
        return None
    between = doc_text(doc)[end:said_start]  # within one sentence
    quoted = any(mark in between for mark in _CLOSING_QUOTES)
    if not _says(doc, start, end, said_start, said_end, quoted=quoted):
        return None
    value, gran, _ = resolve(said, anchor, tense="past")
    return _parse_iso(value) if gran == "day" else None


#: Quote marks that close a quotation.
_CLOSING_QUOTES = ('"', "”")


def _says(doc: Doc, start: int, end: int, said_start: int, said_end: int, *, quoted: bool = False) -> bool:
    """Whether the date at ``[said_start, said_end)`` modifies a verb of saying whose complement
    holds the date at ``[start, end)`` ("said on Sunday that … on Monday").

    *quoted*: the date's clause is a quotation closed before the verb of saying,
    which the parse may hang from it as an adverbial clause ('"Since Saturday, my
    son has been missing," his mother told AFP on Oct. 4').
    """
    verb = _clause_verb(doc, said_start, said_end)
    own = _clause_verb(doc, start, end)
    if verb is not None and verb.dep_ == "advcl" and verb.tag_ == "VBG":
        verb = verb.head  # "Speaking on Nov. 1, the commander said: …": the day of the saying
    complements = {"ccomp", "xcomp", "advcl", "parataxis"} if quoted else {"ccomp", "xcomp"}
    if verb is None or own is None or own.i == verb.i or own.dep_ not in complements:
        return False
    return _under(own, verb) and verb.lemma_.lower() in active().get("quotes", "cue_verbs")


def _verb_above(tok: Token | None) -> Token | None:
    """The nearest verb *tok* hangs from ("In 1988" → "hanged"), or None."""
    node = tok
    for _ in range(64):  # bounded, whatever the parse
        if node is None or node.head.i == node.i:
            return None
        node = node.head
        if node.pos_ in {"VERB", "AUX"}:
            return node
    return None


def _under(tok: Token, verb: Token, *, same_subject: bool = False) -> bool:
    """Whether *tok* lies in what *verb* governs: the year's clause also holds the date.

    A joined clause has a time of its own; with *same_subject*, a joined verb
    without a subject of its own does not ("In 2018, he was arrested and
    charged after the convoy was stoned on 13 August": one clause, one year).
    """
    node = tok
    for _ in range(64):
        if node.i == verb.i:
            return True
        if node.head.i == node.i:
            return False
        if _own_clause(node, same_subject=same_subject):
            return False
        node = node.head
    return False


def _own_clause(node: Token, *, same_subject: bool) -> bool:
    """Whether *node* is a joined verb that starts a clause with a time of its own."""
    if node.dep_ != "conj" or node.pos_ not in {"VERB", "AUX"}:
        return False
    return not same_subject or any(c.dep_ in _SUBJECT_DEPS for c in node.children)


#: Dependencies of a verb's own subject: a joined verb with one starts a clause of its own.
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})


#: Dependencies that open a clause or phrase of its own inside a sentence.
_ASIDE_DEPS = frozenset({"relcl", "appos", "parataxis", "acl"})


def _aside(doc: Doc, char: int, tok: Token) -> bool:
    """Whether the word at *char* sits in a clause or apposition that does not hold *tok*.

    "Suu Kyi, whose party won the November 2020 election, was last seen in
    January": the date in the relative clause does not date January. Nor does
    one in a participle phrase on a noun: "relatives of students killed in
    November 2019 gathered on Friday" gathered on the Friday before publication.
    """
    node = _token_at(doc, char)
    for _ in range(64):  # the path to the root; bounded, whatever the parse
        if node is None:
            return False
        if node.dep_ in _ASIDE_DEPS and not (node.left_edge.i <= tok.i <= node.right_edge.i):
            return True
        if node.head.i == node.i:
            return False
        node = node.head
    return False


def _sentence_start(doc: Doc, char: int) -> int:
    """Where the sentence of the word at *char* starts, or -1 if no word is there."""
    tok = _token_at(doc, char)
    return tok.sent.start_char if tok is not None else -1
