"""Bracket the note numbers a web page's superscripts leave behind when its text is copied.

Reports of rights groups, UN offices and encyclopaedias mark their sources with superscript
note numbers. Copied out of the page (or out of a PDF) the superscript is lost and the number
is glued to the sentence's end: "…, the group said.12 The police …". The parser then reads
"said.12" as one token and no sentence ends there, so the next sentence's counts lose their
source, or the number itself is read as a count. Written as "[12]", as encyclopaedia pages
print them, the mark is read as one: a sentence ends before it and no extractor counts it.
Superscript digits ("said.¹²") are the same mark and are bracketed too.

Only the unambiguous places are read as marks: digits right after a sentence's final
punctuation (a full stop, "!", "?", ";" or ":", maybe a closing quote or bracket) that follows a
letter, with the next sentence opening in a capital or the line ending; and superscript
digits after punctuation or a word of four letters or more ("km²" stays). A comma is left out
(lists whose spaces went missing: "Upper,49 Lower,22"), as are abbreviations that take a
number ("No.12", "Art.5", "p.4").
"""

from __future__ import annotations

import re

#: Plain digits after a sentence's end: (the letter and punctuation before, the digits).
_PLAIN_MARK = re.compile(r"([A-Za-z][.;:!?][\"”’)\]]?)(\d{1,3})(?=[ \t]+[A-Z“\"‘(]|[ \t]*(?:\n|$))")
#: Superscript digits after punctuation or after a word of four letters or more.
_SUPERSCRIPT_MARK = re.compile(r"((?:[.,;:!?\"”’)\]]|[A-Za-z]{4}))([⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})")
_SUPERSCRIPT_DIGITS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")
#: Abbreviations written before a number with a full stop and no space ("No.12", "pp.4").
_NUMBERED = frozenset(
    {"no", "nos", "art", "arts", "vol", "p", "pp", "para", "paras", "fig", "sec", "ch", "res", "op"}
)
#: The longest abbreviation of :data:`_NUMBERED`, to bound the look back.
_NUMBERED_MAX = max(len(word) for word in _NUMBERED)


def _word_before(text: str, end: int) -> str:
    """The run of letters that ends at *end* (at most one longer than any abbreviation read)."""
    start = end
    while start > 0 and end - start <= _NUMBERED_MAX and text[start - 1].isalpha():
        start -= 1
    return text[start:end]


def _plain(match: re.Match[str]) -> str:
    before, digits = match.group(1), match.group(2)
    if before[1] == "." and _word_before(match.string, match.start(1) + 1).lower() in _NUMBERED:
        return match.group(0)
    return f"{before}[{digits}]"


def _superscript(match: re.Match[str]) -> str:
    return f"{match.group(1)}[{match.group(2).translate(_SUPERSCRIPT_DIGITS)}]"


def bracket_note_marks(text: str) -> str:
    """*text* with note numbers glued to a sentence's end, or set in superscript, bracketed."""
    return _SUPERSCRIPT_MARK.sub(_superscript, _PLAIN_MARK.sub(_plain, text))
