"""Read the typewriter quotation marks of wire copy (``…'') as the marks they stand for.

Newswire archives keep the convention of typing an opening quotation mark as two backticks
and a closing one as two apostrophes: the LDC's AP and New York Times wires, Gigaword, the
AQUAINT texts of TempEval-3. Every later stage (the quote scan, the parse, the clause rules)
knows “…” and "…", so the marks are rewritten here, once, rather than taught to each stage.
Offsets of records point into the cleaned text, which is what the user reviews.

Two backticks are never anything but an opening mark in prose. Two apostrophes may be an
inch sign ("a 12'' pipe"), so they become a closing mark only in a paragraph that opens a
quote with backticks, or (copy whose converter turned the backticks into straight marks but
left the apostrophes: "We lost the barn,'' said a farmer) where they end a quote a straight
mark opened and no digit stands before them.
"""

from __future__ import annotations

import re

#: An opening mark typed as two backticks.
_OPEN = "``"
#: A closing mark typed as two apostrophes.
_CLOSE = "''"
#: A straight double mark, or two apostrophes, in the order :func:`_straight_then_apostrophes` reads them.
_STRAIGHT_OR_CLOSE = re.compile("\"|''")
#: A paragraph: a run of characters up to a blank line (linear: no nested repetition).
_PARAGRAPH = re.compile(r"[^\n]+(?:\n(?!\n)[^\n]*)*")


def _paragraph(match: re.Match[str]) -> str:
    """One paragraph with its wire marks rewritten, when it opens a quote with backticks."""
    text = match.group(0)
    if _OPEN not in text:
        return _straight_then_apostrophes(text) if _CLOSE in text else text
    return text.replace(_OPEN, "“").replace(_CLOSE, "”")


def _straight_then_apostrophes(text: str) -> str:
    """*text* with each '' that closes a quote a straight mark opened written as ”.

    One pass over the marks: a straight mark that starts a word opens, the next straight mark
    closes, and two apostrophes close an open quote unless a digit stands before them (an inch
    sign) or a space does that does not follow a closing single mark ("'Come back later.' ''").
    """
    out: list[str] = []
    last = 0
    open_ = False
    for m in _STRAIGHT_OR_CLOSE.finditer(text):
        i = m.start()
        before = text[i - 1] if i else " "
        if m.group() == '"':
            after = text[i + 1] if i + 1 < len(text) else " "
            open_ = not open_ and before in " \t\n([{—–-/:" and not after.isspace()
            continue
        if not open_ or before.isdigit():
            continue
        if before.isspace() and (i < 2 or text[i - 2] != "'"):
            continue
        out.append(text[last:i])
        out.append("”")
        last = m.end()
        open_ = False
    if not out:
        return text
    out.append(text[last:])
    return "".join(out)


def normalise_wire_quotes(text: str) -> str:
    """*text* with ``…'' written as “…” in every paragraph that opens a quote with ``, and
    "…'' as "…” wherever the two apostrophes close a quote a straight mark opened."""
    if _OPEN not in text and _CLOSE not in text:  # the usual case: nothing to do, no copy made
        return text
    return _PARAGRAPH.sub(_paragraph, text)
