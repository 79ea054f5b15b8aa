"""A blank line ends a sentence: the parser is told before it runs.

spaCy's parser decides sentence boundaries itself and often runs a headline
(no final full stop) into the paragraph below it, or one paragraph into the
next: "Dozens killed in Zahedan\\n\\nAt least 41 people were killed …, a rights
group said" then reads as one sentence whose closing attribution speaks for
the headline too. A blank line is a paragraph break in every news format
tally reads, so the token after one starts a sentence; the parser keeps
boundaries set before it. A single line break is left to the parser: some
sources hard-wrap their lines mid-sentence.

A reference mark after a sentence's full stop ("…by March.[4] Some 90 …")
belongs to that sentence, and the word after it opens the next: left to
itself the parser starts the next sentence at the mark, and the mark then
glues itself to the subject ("[4] Some 90 teachers") or to a name.

The day after a clock time ("at 1:20 a.m. Saturday, a spokesman said") opens
no sentence: the parser otherwise ends one at "a.m." (round 55).
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Token

NAME = "tally_paragraph_breaks"

#: A reference mark after a word, as encyclopaedias and reports write them: "killed.[12]".
REFERENCE_MARK = r"\[(?:\d{1,4}|[a-z])\]"
_WHOLE_MARK = re.compile(REFERENCE_MARK + r"\Z")
_SENTENCE_END = frozenset({".", "!", "?"})


#: Longest heading line, in words: "Attacks on the press", "10:31", "Detentions".
HEADING_WORDS = 8
#: Last characters after which a short line is not a heading but runs on ("X said:", "killed,").
_RUNS_ON = frozenset({",", ";", ":", "-", "–", "—", "(", "/", "&"})
#: Marks that open a list item on a line of its own: each item is a sentence of its own.
_BULLETS = frozenset({"-", "*", "•", "–", "—", "·"})


@Language.component(NAME)
def paragraph_breaks(doc: Doc) -> Doc:
    """Mark the first word after each blank line, after a heading line, and after a sentence's
    reference mark, as a sentence start.

    A heading is a short line of its own at a paragraph's start ("Deaths", "Attacks on the press",
    a live blog's "10:31") followed by a single line break and a capitalised word: bulletins,
    factboxes and live blogs set one over each paragraph, and the parser otherwise makes the
    heading the subject of the paragraph's first sentence ("Attacks on the press … recorded").
    A hard-wrapped paragraph's lines are longer than a heading. A line that opens with a
    bullet and a capitalised word ("- Amnesty says …") is a list item, a sentence of its own; a
    bullet before a count ("- 57 unlawful arrests") is left to the parser, which hangs such
    items on the line above them.
    """
    after_break = after_heading = after_line_break = False
    single_parted = _parts_by_single_breaks(doc.text)
    bullet: Token | None = None  # a bullet opening the current line, until the word after it
    heading_words = 0  # words of the current line so far
    line_opens_paragraph = True  # the current line follows a blank line (or opens the text)
    last: Token | None = None
    for tok in doc:
        if tok.is_space:
            breaks = tok.text.count("\n")
            if breaks == 1 and line_opens_paragraph and 0 < heading_words <= HEADING_WORDS:
                after_heading = after_heading or (last is not None and not _runs_on(last))
            after_break = after_break or breaks >= 2
            if breaks:
                after_line_break = True
                # a line after one that ended its sentence opens a paragraph too, where single
                # line breaks part paragraphs ("… on Friday.\"\nNight shifts\nAna …")
                line_opens_paragraph = breaks >= 2 or (single_parted and _ends_sentence(doc, tok.i))
                heading_words = 0
            continue
        capitalised = tok.is_title or tok.is_upper or tok.is_digit
        if bullet is not None and tok.is_alpha and (tok.is_title or tok.is_upper):
            bullet.is_sent_start = True  # "- The council said …", not "- 9 looted pharmacies"
        opens_item = after_line_break and tok.text in _BULLETS and tok.whitespace_ != "" and tok.i > 0
        bullet = tok if opens_item else None
        if tok.i > 0 and (after_break or (after_heading and capitalised)) or _ends_with_reference_mark(tok):
            tok.is_sent_start = True
        elif _day_after_clock(tok):
            tok.is_sent_start = False  # "at 1:20 a.m. Saturday, a spokesman said": one sentence
        after_break = after_heading = after_line_break = False
        heading_words += 1
        last = tok
    return doc


#: Tags of words a line cannot end on as a heading: the sentence runs on ("according to", "led by").
_FUNCTION_TAGS = frozenset({"IN", "TO", "DT", "CC", "MD", "PDT", "PRP$", "WDT", "WP", "WP$", "WRB"})
#: The same words, for a pipeline without a tagger, and auxiliaries the tagger labels as verbs.
_FUNCTION_WORDS = frozenset(
    {"a", "an", "the", "of", "to", "by", "in", "on", "at", "for", "from", "with", "and", "or", "but"}
    | {"that", "who", "which", "is", "are", "was", "were", "be", "been", "has", "have", "had", "will"}
)


#: Abbreviations of the clock that end in a full stop: "1:20 a.m.", "10 p.m.".
_CLOCK_MARKS = frozenset({"a.m.", "p.m."})
#: Words of a day that follow a clock time in news style ("2 a.m. Sunday", "8:30 a.m. May 4").
_WEEKDAYS = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
    | {"today", "yesterday", "tomorrow", "tonight"}
)
_MONTHS = frozenset(
    {"january", "february", "march", "april", "may", "june", "july", "august", "september"}
    | {"october", "november", "december", "jan.", "feb.", "aug.", "sept.", "oct.", "nov.", "dec."}
)


def _day_after_clock(tok: Token) -> bool:
    """Whether *tok* is the day of a clock time written before it ("at 1:20 a.m. Saturday, GPD
    spokesman X said", "at 8:30 a.m. May 4"): news style puts the day after "a.m." or "p.m.", whose
    full stop the parser otherwise takes for a sentence's end, cutting the closing attribution off
    the clause it speaks for. A month counts only before a day's number ("p.m. May said" is a name)."""
    doc = tok.doc
    i = tok.i
    if i == 0 or doc[i - 1].lower_ not in _CLOCK_MARKS or not doc[i - 1].whitespace_:
        return False  # after a line break the paragraph rules decide
    word = tok.lower_
    if word in _WEEKDAYS:
        return True
    return word in _MONTHS and i + 1 < len(doc) and doc[i + 1].is_digit


def _runs_on(last: Token) -> bool:
    """Whether a short line whose last token is *last* runs on into the next line and so is no
    heading: it ends on a comma or a colon ("killed,", "X said:") or on a function word
    ("according to", "was led by", "were"), as a hard-wrapped line does."""
    return last.text in _RUNS_ON or last.tag_ in _FUNCTION_TAGS or last.lower_ in _FUNCTION_WORDS


#: A blank line: a paragraph break in every format.
_BLANK_LINE = re.compile(r"\n[ \t\r]*\n")


def _parts_by_single_breaks(text: str) -> bool:
    """Whether *text* parts its paragraphs by single line breaks: it has line breaks and no blank
    line. A text with blank lines parts paragraphs by them, and its single breaks may hard-wrap a
    sentence ("… in the capital.\nForty people died, according to\nthe group …")."""
    return "\n" in text and _BLANK_LINE.search(text) is None


#: Closing marks that may follow a sentence's final punctuation at a line's end.
_CLOSERS = frozenset({'"', "'", "\u201d", "\u2019", ")"})


def _ends_sentence(doc: Doc, space: int) -> bool:
    """Whether the line before the space token *space* ends with a sentence's final punctuation,
    perhaps followed by a closing quote mark or bracket ("… to the court.\"")."""
    i = space - 1
    if i >= 0 and doc[i].text in _CLOSERS:
        i -= 1
    return i >= 0 and doc[i].text in _SENTENCE_END


def _ends_with_reference_mark(tok: Token) -> bool:
    """*tok* follows "[4]" (one or more marks) that follows a sentence's final punctuation.

    The mark tokens themselves are told they go on the sentence before.
    """
    i = tok.i - 1
    doc = tok.doc
    if i < 1 or not is_reference_mark(doc[i]) or doc[i].whitespace_ == "":
        return False
    marks = []
    while i >= 1 and is_reference_mark(doc[i]):
        marks.append(doc[i])
        i -= 1
    if doc[i].text not in _SENTENCE_END or not (tok.is_title or tok.is_digit or tok.is_upper):
        return False
    for mark in marks:
        mark.is_sent_start = False
    return True


def add_paragraph_breaks(nlp: Language) -> None:
    """Put :func:`paragraph_breaks` before the parser of *nlp* (once)."""
    if NAME in nlp.pipe_names:
        return
    if "parser" in nlp.pipe_names:
        nlp.add_pipe(NAME, before="parser")
    else:
        nlp.add_pipe(NAME, first=True)


def is_reference_mark(tok: Token) -> bool:
    """A footnote mark of its own ("[16]"), which the parser sometimes takes for a noun."""
    return _WHOLE_MARK.match(tok.text) is not None
