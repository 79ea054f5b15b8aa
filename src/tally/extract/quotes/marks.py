"""Find the spans between quotation marks with one linear scan per paragraph.

Real articles break every tidy assumption about quote marks: straight and curly
marks mix in one text, a closing mark goes missing (the quote then runs to the
end of its paragraph), a quote runs over several paragraphs (each paragraph
opens with a mark, only the last one closes), single marks nest inside double
ones, and the right single quotation mark doubles as the apostrophe
("Iran’s", "mullahs’"). A regex over the whole text either stops at the first
unclosed mark or backtracks badly on long input, so this module walks the
characters once and keeps a small stack of open marks.

Only double marks (and curly single marks at the top level, the British
style) open a quote, and a right double mark that starts a word when nothing
is open (a typo for the left one); a straight single mark is far more often an apostrophe
than a quote, so it is a quote mark at the top level only where a short heading
line ends with it ("11:20 GMT – Ruto: 'We will not bow'", the entry titles of
live blogs and British-style headlines).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

#: opening mark -> the closing marks that end it
_DOUBLE_OPEN = {"“": "”", "„": "“”", "«": "»", '"': '"'}
_DOUBLE_CLOSE = frozenset("”»")
_SINGLE_OPEN = "‘"
_SINGLE_CLOSE = "’"
#: Two right single marks in a row, typed for a closing double mark (wire copy of some agencies).
_TWO_APOSTROPHES = "’’"
#: Every character the scan of :func:`find_marked_spans` acts on: the marks above.
_MARKS = sorted({*_DOUBLE_OPEN, *"".join(_DOUBLE_OPEN.values()), *_DOUBLE_CLOSE, _SINGLE_OPEN, _SINGLE_CLOSE})
_MARK_CHAR = re.compile("[" + re.escape("".join(_MARKS)) + "]")


@dataclass(frozen=True)
class MarkedSpan:
    """Words between quotation marks, without the marks.

    :param start: first character of the quoted words.
    :param end: end (exclusive) of the quoted words.
    :param open_at: offset of the opening mark.
    :param close_at: offset of the closing mark, or ``None`` when the mark is
        missing and the span was closed at the end of its paragraph.
    :param continues: the paragraph ends inside this quote and the next
        paragraph opens with a mark: the quote goes on there.
    :param single: the quote is in single marks (‘…’).
    """

    start: int
    end: int
    open_at: int
    close_at: int | None
    continues: bool = False
    single: bool = False


def _is_word_char(ch: str) -> bool:
    return ch.isalnum()


def paragraphs(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each non-blank line: news paragraphs are lines."""
    spans = []
    pos = 0
    n = len(text)
    while pos < n:
        nl = text.find("\n", pos)
        end = n if nl == -1 else nl
        if text[pos:end].strip():
            spans.append((pos, end))
        pos = end + 1
    return spans


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _straight_opens(text: str, i: int, lo: int, hi: int) -> bool:
    """A straight double mark opens when it starts a word: space or start before, text after."""
    before = text[i - 1] if i > lo else " "
    after = text[i + 1] if i + 1 < hi else " "
    return (before.isspace() or before in "([{—–-/:") and not after.isspace()


def _single_opens(text: str, i: int, lo: int, hi: int) -> bool:
    """‘ opens a quote unless it elides digits or letters ("‘90s", "rock ‘n’ roll")."""
    before = text[i - 1] if i > lo else " "
    after = text[i + 1] if i + 1 < hi else " "
    if _is_word_char(before) or after.isspace():
        return False
    return not after.isdigit()


def _single_closes(text: str, i: int, lo: int, hi: int) -> bool:
    """’ closes a quote unless it is an apostrophe inside a word ("Iran’s", "don’t").

    A mark standing alone between spaces ("‘We are ready ’ The …") is no
    apostrophe nor an elision ("the ’90s"): a closing mark typed after a space.
    """
    after = text[i + 1] if i + 1 < hi else " "
    before = text[i - 1] if i > lo else " "
    if before.isspace():
        return after.isspace()
    return not _is_word_char(after)


def find_marked_spans(text: str) -> list[MarkedSpan]:
    """Every top-level quotation in *text*, in order; nested quotes stay inside theirs.

    Linear in ``len(text)``. Empty quotations (``""``) are dropped.
    """
    out: list[MarkedSpan] = []
    paras = paragraphs(text)
    for p_index, (lo, hi) in enumerate(paras):
        # stack of (opening mark, offset); only the bottom entry makes a span
        stack: list[tuple[str, int]] = []
        i = lo
        singles = True  # whether a single mark may open a quote at the top level
        while True:
            if i >= hi:
                if stack and stack[0][0] == _SINGLE_OPEN and singles:
                    # an unclosed single mark is far likelier a stray apostrophe:
                    # scan the rest of the paragraph again without it (at most twice)
                    i, singles = stack[0][1] + 1, False
                    stack.clear()
                    continue
                break
            # only quotation marks move the scan: jump to the next one (every branch below
            # tests for one of these characters, and does nothing else for any other)
            found = _MARK_CHAR.search(text, i, hi)
            if found is None:
                i = hi
                continue
            i = found.start()
            ch = text[i]
            if not stack:
                if (
                    ch in _DOUBLE_OPEN
                    and (ch != '"' or _straight_opens(text, i, lo, hi))
                    or ch == _SINGLE_OPEN
                    and singles
                    and _single_opens(text, i, lo, hi)
                ):
                    stack.append((ch, i))
                elif ch == "”" and _straight_opens(text, i, lo, hi):
                    # ”Fear. I am afraid …”: a closing mark typed where an
                    # opening one belongs (it starts a word and nothing is open)
                    stack.append(("“", i))
                i += 1
                continue
            top_mark, _ = stack[-1]
            if top_mark == _SINGLE_OPEN:
                closes = ch == _SINGLE_CLOSE and _single_closes(text, i, lo, hi)
            elif top_mark == '"':
                closes = ch in '"”'  # writers mix styles: "more hours”
                if ch == '"' and len(stack) == 1 and _straight_opens(text, i, lo, hi):
                    # "… by then. "Given how fast …: a straight mark that starts a
                    # word after a space opens the next quote; the first one was never closed
                    closes = False
            else:
                closes = ch in _DOUBLE_OPEN[top_mark] and ch != top_mark or ch in _DOUBLE_CLOSE
                # “no evidence" : a straight mark that does not open a word closes
                closes = closes or (ch == '"' and not _straight_opens(text, i, lo, hi))
            if not closes and top_mark in '“"' and text.startswith(_TWO_APOSTROPHES, i):
                # “… arrested,’’ said …: two right single marks typed for a closing double one
                closes = True
            if closes:
                mark, at = stack.pop()
                if not stack:
                    start, end = _trim(text, at + 1, i)
                    if end > start:
                        out.append(MarkedSpan(start, end, at, i, single=mark == _SINGLE_OPEN))
            elif ch in '“"' and stack[0][0] == ch and len(stack) == 1:
                # a second opening mark of the same kind at the same level: the first one
                # was never closed (a typo), so it ends where the new one starts
                _, at = stack.pop()
                start, end = _trim(text, at + 1, i)
                if end > start:
                    out.append(MarkedSpan(start, end, at, None))
                stack.append((ch, i))
            elif (
                ch in "“«"
                or (ch == '"' and top_mark != '"' and _straight_opens(text, i, lo, hi))
                or ch == _SINGLE_OPEN
                and _single_opens(text, i, lo, hi)
            ):
                stack.append((ch, i))
            i += 1
        if not stack and (not out or out[-1].open_at < lo):
            heading = _heading_single(text, lo, hi)
            if heading is not None:
                out.append(heading)
        if stack:
            mark, at = stack[0]
            if mark == _SINGLE_OPEN:
                continue  # an unclosed single mark is far likelier a stray apostrophe
            start, end = _trim(text, at + 1, hi)
            nxt = paras[p_index + 1] if p_index + 1 < len(paras) else None
            continues = nxt is not None and text[nxt[0]] in _DOUBLE_OPEN
            if end > start:
                out.append(MarkedSpan(start, end, at, None, continues=continues))
    return out


#: Longest line read as a heading that may quote in straight single marks.
HEADING_MAX_CHARS = 120

#: What may stand before a heading's opening straight mark: the line's start, a colon or a dash.
_HEADING_OPENERS = ":—–-|"


def _heading_single(text: str, lo: int, hi: int) -> MarkedSpan | None:
    """The quote a short heading line ends with in straight single marks, if any.

    "12:45 GMT – 'They fired from the bridge'", "Modi: 'Spreading lies'":
    the line ends with the closing mark and no full stop (a heading, not
    prose); the opening mark starts a word at the line's start or after a
    space, and no other mark inside starts a word (the apostrophes of
    "won't" and "students'" stand inside or after a word).
    """
    end = hi
    while end > lo and text[end - 1].isspace():
        end -= 1
    if end - lo > HEADING_MAX_CHARS or end - lo < 3:
        return None
    if text[end - 1] != "'" or text[end - 2] in ".,; '":
        return _heading_single_in_front(text, lo, end)
    opener = -1
    for k in range(lo, end - 1):
        if text[k] != "'":
            continue
        before = text[k - 1] if k > lo else " "
        if (before.isspace() or before in _HEADING_OPENERS) and _is_word_char(text[k + 1]):
            if opener != -1:
                return None  # two marks opening words: not one quote
            opener = k
    if opener == -1:
        return None
    before_text = text[lo:opener].rstrip()
    if before_text and before_text[-1] not in _HEADING_OPENERS + ";," and not before_text[-1].isalnum():
        return None
    return MarkedSpan(opener + 1, end - 1, opener, end - 1, single=True)


#: How far into a heading line the opening straight mark of a quote set before a colon may stand
#: ("INTERVIEW | 'We were never told': …").
HEADING_LABEL_CHARS = 20


def _heading_single_in_front(text: str, lo: int, end: int) -> MarkedSpan | None:
    """The quote a short heading line opens with in straight single marks, closed before a colon.

    "'Not a single bullet was fired': Pakistan denies …": the British-style
    headline puts the quote first and its topic after the colon; the line has
    no full stop at its end. The opening mark starts a word at the line's start
    (or after a short label and a dash or bar), and the mark right before the
    first colon closes it; no other mark in between starts a word.
    """
    if text[end - 1] in ".'":
        return None
    opener = -1
    for k in range(lo, min(end, lo + HEADING_LABEL_CHARS)):
        if text[k] == "'":
            before = text[k - 1] if k > lo else " "
            if (
                (before.isspace() or before in _HEADING_OPENERS)
                and k + 1 < end
                and _is_word_char(text[k + 1])
            ):
                opener = k
            break
    if opener == -1 or (text[lo:opener].strip() and text[lo:opener].rstrip()[-1] not in _HEADING_OPENERS):
        return None
    colon = text.find("':", opener + 1, end)
    if colon == -1 or colon - opener < 3 or text[colon - 1].isspace():
        return None
    for k in range(opener + 1, colon):
        if text[k] == "'" and (text[k - 1].isspace()) and _is_word_char(text[k + 1]):
            return None  # another mark opening a word: not one quote
    return MarkedSpan(opener + 1, colon, opener, colon, single=True)


class Marks:
    """Marked spans with an "is this offset inside quote marks" lookup."""

    def __init__(self, spans: list[MarkedSpan]) -> None:
        self.spans = spans
        self._starts = [m.open_at for m in spans]

    def containing(self, offset: int) -> MarkedSpan | None:
        i = bisect.bisect_right(self._starts, offset) - 1
        if i >= 0:
            m = self.spans[i]
            close = m.close_at if m.close_at is not None else m.end
            if m.open_at <= offset <= close:
                return m
        return None

    def after(self, offset: int) -> Iterator[MarkedSpan]:
        """Spans opening after *offset*, in order (found by bisection, not a scan)."""
        for i in range(bisect.bisect_right(self._starts, offset), len(self.spans)):
            yield self.spans[i]

    def last_before(self, offset: int) -> MarkedSpan | None:
        """The last span opening before *offset*."""
        i = bisect.bisect_left(self._starts, offset) - 1
        return self.spans[i] if i >= 0 else None


#: A character for which ``str.isalnum()`` is true (``\w`` is exactly that plus ``_``).
_ALNUM = re.compile(r"[^\W_]")


@lru_cache(maxsize=4096)
def count_words(text: str) -> int:
    """Whitespace-separated words holding a letter or digit.

    Cached and done by a regex: extractors count the same quoted span once per
    cue candidate, which made this a hot spot of the quotes stage.
    """
    return sum(1 for w in text.split() if _ALNUM.search(w))
