"""Read the typewriter quotation marks of wire copy (``…'') as the marks they stand for.

Newswire archives keep the convention of typing an opening quotation mark as two backticks
and a closing one as two apostrophes: the LDC's AP and New York Times wires, Gigaword, the
AQUAINT texts of TempEval-3. Every later stage (the quote scan, the parse, the clause rules)
knows “…” and "…", so the marks are rewritten here, once, rather than taught to each stage.
Offsets of records point into the cleaned text, which is what the user reviews.

Two backticks are never anything but an opening mark in prose. Two apostrophes may be an
inch sign ("a 12'' pipe"), so they become a closing mark only in a paragraph that opens a
quote with backticks.
"""

from __future__ import annotations

import re

#: An opening mark typed as two backticks.
_OPEN = "``"
#: A closing mark typed as two apostrophes.
_CLOSE = "''"
#: A paragraph: a run of characters up to a blank line (linear: no nested repetition).
_PARAGRAPH = re.compile(r"[^\n]+(?:\n(?!\n)[^\n]*)*")


def _paragraph(match: re.Match[str]) -> str:
    """One paragraph with its wire marks rewritten, when it opens a quote with backticks."""
    text = match.group(0)
    if _OPEN not in text:
        return text
    return text.replace(_OPEN, "“").replace(_CLOSE, "”")


def normalise_wire_quotes(text: str) -> str:
    """*text* with ``…'' written as “…” in every paragraph that opens a quote with ``."""
    if _OPEN not in text:  # the usual case: nothing to do, no copy made
        return text
    return _PARAGRAPH.sub(_paragraph, text)
