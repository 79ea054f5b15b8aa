"""Read quotations typed with straight single marks ('…') as the curly marks (‘…’) they stand for.

British outlets print quotations in single marks, and text passed through an ASCII converter (many
scraped archives and research corpora) keeps them as straight apostrophes. The quote scan reads ‘…’
as British quotation but takes a straight ' in prose for the apostrophe it usually is, so "'We were
only singing,' said X. 'Then they started shooting.'" was found only as reported speech and the
sentence after it not at all.

A straight mark is ambiguous (don't, the protesters' families, '90s), so a pair is read only where
the two marks can be nothing else, in a paragraph with no other quotation marks:

- an opening mark begins a sentence of speech: after the paragraph's start, a space, a bracket, a
  dash, a slash or a colon, and before a capital letter or a digit, not a year's elision ('90s,
  '98). A single word in lower case ('thugs') is as often a scare quote, which no gold set lists,
  as a mixed quote; it stays as typed (measured: reading it too invented a quote on an unread split);
- its closing mark ends a word: after a letter, digit or . , ! ? and before a space, punctuation or
  the paragraph's end; of such marks before the next opening, the last one closes ("'We saw the
  officers' guns,' he said" closes after "guns,").

A pair on a heading is left as typed (:func:`_on_a_heading`: a short line with no sentence before
the pair that ends with the pair or with no sentence's end, "'Not a protest,' says police chief",
"15:20 GMT – 'They came from both sides'"): the quote scan reads a heading's straight marks itself
(rounds 12 and 18) and gives it the speaker of the body's quote that repeats it; read as curly
here, such headings became quotes of their own that no gold lists. An opening with no closing is
left as typed. Each mark is replaced by one character, so no offset moves. One pass over the marks
of each paragraph; a heading's line is looked for no further than a heading's length.
"""

from __future__ import annotations

import re

# what may stand before an opening mark, and a paragraph: as the wire marks are read
from tally.clean.wirequotes import BEFORE_AN_OPENING, PARAGRAPH

#: Marks of other quotations: a paragraph holding one is left alone (singles nest inside doubles).
_OTHER_MARKS = frozenset('"“”‘’`')
#: A year's elision after the mark: '90s, '98.
_YEAR_ELISION = re.compile(r"\d\d(?:s\b|\b)")


def _opens(text: str, i: int) -> bool:
    before = text[i - 1] if i else " "
    after = text[i + 1 : i + 2]
    return (
        before in BEFORE_AN_OPENING
        and (after.isupper() or after.isdigit())
        and not (after.isdigit() and _YEAR_ELISION.match(text, i + 1))
    )


def _closes(text: str, i: int) -> bool:
    before = text[i - 1] if i else " "
    after = text[i + 1 : i + 2]
    return (before.isalnum() or before in ".,!?") and (not after or not after.isalnum())


#: Longest line read as a heading (the quote scan's own measure).
_HEADING_CHARS = 120


def _on_a_heading(text: str, start: int, end: int) -> bool:
    """Whether the pair of marks at *start* and *end* stands on a heading: a short line with no
    sentence before the pair, that either ends with the pair ("… Tell of 'Suffering and Delight.'",
    "16:15 EAT" above "Hospital source: 'We stopped counting at 100'") or with no sentence's end
    ("'Not a protest,' says police chief"). "'We sang,' said Amina." is prose."""
    if end - start > _HEADING_CHARS or "\n" in text[start:end]:
        return False
    # bounded look-ups: a long line is prose, and each pair costs at most a heading's length
    line_start = text.rfind("\n", max(0, start - _HEADING_CHARS - 1), start) + 1
    if line_start == 0 and start > _HEADING_CHARS:
        return False
    line_end = text.find("\n", end, end + _HEADING_CHARS + 1)
    if line_end < 0 and end + _HEADING_CHARS + 1 < len(text):
        return False
    line = text[line_start : len(text) if line_end < 0 else line_end]
    if len(line.strip()) > _HEADING_CHARS:
        return False
    before = text[line_start:start]
    if any(stop in before for stop in (". ", "! ", "? ")):
        return False  # a sentence before the pair on its line: prose
    ends_with_the_pair = not text[end + 1 : line_start + len(line)].strip()
    return ends_with_the_pair or not line.rstrip().rstrip("'").endswith((".", "!", "?"))


def _paragraph(match: re.Match[str]) -> str:
    text = match.group(0)
    if "'" not in text or any(mark in text for mark in _OTHER_MARKS):
        return text
    marks = [i for i, ch in enumerate(text) if ch == "'"]
    chars = list(text)
    n = 0
    while n < len(marks):
        start = marks[n]
        if not _opens(text, start):
            n += 1
            continue
        # the marks up to the next opening: the last that ends a word closes this quotation
        m = n + 1
        close = -1
        while m < len(marks) and not _opens(text, marks[m]):
            if _closes(text, marks[m]):
                close = m
            m += 1
        if close >= 0 and not _on_a_heading(text, start, marks[close]):
            chars[start], chars[marks[close]] = "‘", "’"
        n = m
    return "".join(chars)


def read_straight_single_quotes(text: str) -> str:
    """*text* with its straight single quotation marks written as ‘ and ’ (see the module docstring)."""
    if "'" not in text:
        return text
    return PARAGRAPH.sub(_paragraph, text)
