"""Read the typewriter quotation marks of wire copy (``…'') as the marks they stand for.

Newswire archives keep the convention of typing an opening quotation mark as two backticks
and a closing one as two apostrophes: the LDC's AP and New York Times wires, Gigaword, the
AQUAINT texts of TempEval-3. Every later stage (the quote scan, the parse, the clause rules)
knows “…” and "…", so the marks are rewritten here, once, rather than taught to each stage.
Offsets of records point into the cleaned text, which is what the user reviews.

Two backticks are never anything but an opening mark in prose. Two apostrophes may be an
inch sign ("a 12'' pipe"), so they become a closing mark only in a paragraph that opens a
quote with backticks, or where they open or close a quote as a mark of their own: the New York
Times archive types both marks as two apostrophes (''It was gone,'' she said), and some
converters turned the backticks into straight marks but left the apostrophes ("We lost the
barn,'' said a farmer). A word processor that curls each apostrophe it is given turns the
typed closing pair into two curly single marks (“We were not afraid,’’ said …); the parser read
them as a word, the subject of the verb after them, which then spoke the next quote.
"""

from __future__ import annotations

import re

from tally.clean.unwrap import DATELINE_OUTLET, DATELINE_PLACE

#: An opening mark typed as two backticks.
_OPEN = "``"
#: A closing mark typed as two apostrophes.
_CLOSE = "''"
#: A closing mark typed as two apostrophes that a word processor curled.
_CURLED_CLOSE = "’’"
#: A curly double mark, or two curled apostrophes, in the order :func:`_curled_closes` reads them.
_CURLY_OR_CURLED = re.compile("[“”]|’’")
#: A straight double mark, or two apostrophes, in the order :func:`_straight_then_apostrophes` reads them.
_STRAIGHT_OR_CLOSE = re.compile("\"|''")
#: What may stand before a mark that opens a quote: a space, the text's start, a bracket, a dash, a colon.
BEFORE_AN_OPENING = frozenset(" \t\n([{—–-/:")
#: A paragraph: a run of characters up to a blank line (linear: no nested repetition).
PARAGRAPH = re.compile(r"[^\n]+(?:\n(?!\n)[^\n]*)*")


def _paragraph(match: re.Match[str]) -> str:
    """One paragraph with its wire marks rewritten, when it opens a quote with backticks."""
    text = match.group(0)
    if _CURLED_CLOSE in text:
        text = _curled_closes(text)
    if _OPEN not in text:
        return _straight_then_apostrophes(text) if _CLOSE in text else text
    return text.replace(_OPEN, "“").replace(_CLOSE, "”")


def _curled_closes(text: str) -> str:
    """*text* with two curled apostrophes that close a quote opened by “ written as ”.

    One pass over the curly double marks and the curled pairs: a pair closes only while a “ of
    the paragraph is open, and never after a digit (an inch sign) or a space. Elsewhere the pair
    stays as typed.
    """
    marks: list[tuple[int, int, str]] = []
    open_ = False
    for m in _CURLY_OR_CURLED.finditer(text):
        i, mark = m.start(), m.group()
        if mark != _CURLED_CLOSE:
            open_ = mark == "“"
            continue
        before = text[i - 1] if i else " "
        if open_ and not before.isspace() and not before.isdigit():
            marks.append((i, m.end(), "”"))
            open_ = False
    return _spliced(text, marks)


def _spliced(text: str, marks: list[tuple[int, int, str]]) -> str:
    """*text* with each ``(start, end, mark)`` of *marks* (in order, not overlapping) written in."""
    if not marks:
        return text
    out: list[str] = []
    last = 0
    for start, end, mark in marks:
        out += [text[last:start], mark]
        last = end
    out.append(text[last:])
    return "".join(out)


def _straight_then_apostrophes(text: str) -> str:
    """*text* with two apostrophes that open or close a quote written as “ and ”.

    One pass over the marks. A straight mark or two apostrophes that start a word (after a space
    or an opening bracket, before a letter) open a quote; the next straight mark or two
    apostrophes close it ("We lost the barn,'' said …; ''It was gone,'' she said). Two
    apostrophes close nothing after a digit (an inch sign) nor after a space, except a space
    that follows a closing single mark ("'Come back later.' ''"). Two apostrophes followed by a
    space and a capital open a quote too ("'' Our thoughts …,'' she said", as some archives set
    them; round 54).
    """
    marks: list[tuple[int, int, str]] = []
    open_ = False
    for m in _STRAIGHT_OR_CLOSE.finditer(text):
        i, mark = m.start(), m.group()
        before = text[i - 1] if i else " "
        after = text[m.end()] if m.end() < len(text) else " "
        starts_a_word = before in BEFORE_AN_OPENING and not after.isspace()
        if not open_:
            # "'' Our thoughts are with them,'' she said": some archives set a space after the
            # two apostrophes that open a quote; a capital after the space tells it from a close
            spaced = (
                mark == _CLOSE
                and before in BEFORE_AN_OPENING
                and after == " "
                and text[m.end() + 1 : m.end() + 2].isupper()
            )
            open_ = starts_a_word and (mark == '"' or after.isalnum()) or spaced
            if open_ and mark == _CLOSE:
                marks.append((i, m.end(), "“"))
            continue
        if mark == '"':
            open_ = False
            continue
        if before.isdigit() or before.isspace() and (i < 2 or text[i - 2] != "'"):
            continue
        marks.append((i, m.end(), "”"))
        open_ = False
    return _spliced(text, marks)


#: A dateline at a line's start whose dash is typed as an underscore, the AP wire's typewriter dash:
#: "WASHINGTON _", "INDEPENDENCE, Mo. _ The …", "MIAMI (AP) _ …" (the place and outlet of a
#: dateline as :mod:`tally.clean.unwrap` reads them).
_DATELINE_UNDERSCORE = re.compile(rf"(?m)^({DATELINE_PLACE}[ \t]*(?:{DATELINE_OUTLET}[ \t]*)?) _(?=[ \n]|$)")


def normalise_wire_dashes(text: str) -> str:
    """*text* with the underscore that ends a dateline written as an em dash.

    The AP and New York Times wires of the LDC archives type a dash as an underscore ("WASHINGTON
    _" over the first paragraph, "INDEPENDENCE, Mo. _ The …"): read as a word, it hid the
    dateline, and a dateline alone on its line was dropped as a tag line. The replacement keeps
    the text's length, so nothing else moves. The same dash inside a sentence ("the location _ a
    quiet street") is left: written as an em dash it changed the parse of the sentences around
    it, and a round-53 check split lost a figure's source by it.
    """
    return _DATELINE_UNDERSCORE.sub(r"\1 —", text) if " _" in text else text


def normalise_wire_quotes(text: str) -> str:
    """*text* with ``…'' written as “…” in every paragraph that opens a quote with ``,
    ''…'' and "…'' as “…” and "…” where two apostrophes open or close a quote, and “…’’ as “…”."""
    if _OPEN not in text and _CLOSE not in text and _CURLED_CLOSE not in text:  # the usual case: no copy made
        return text
    return PARAGRAPH.sub(_paragraph, text)
