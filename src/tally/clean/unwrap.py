"""Join the lines of a hard-wrapped paragraph: a soft line break is a space.

Wire copy, e-mails and text taken out of PDF or HTML pages often break their
lines at a fixed width, inside sentences, and indent the next line ("… recalled\\n
            the victim's cousin, …"). Left alone, the parser sees a space token
inside the sentence, quotes are cut at the line break (quotes end at a line:
news paragraphs are lines) and every rule scoped to a paragraph sees one line.

A line break is soft, and its two lines are joined with one space (the
indentation of the second line goes with it), when the line before it stops
mid-sentence and is *full*, that is it was broken because the next word did not
fit:

- before a line that starts in lower case, the line is at least
  :data:`LOWER_FULL_SHARE` of the upper quartile of the text's line lengths
  (most lines of a wrapped text are full; a poem's or a list's short lines
  stay lines, as does a line cut short by a link);
- before any other line (a capital, a digit, a quote mark) only in a text that
  shows such wrapping (at least one soft break before a lower-case line), when
  the line ends in a word or a comma and is at least :data:`UPPER_FULL_SHARE`
  of the longest of those wrapped lines. A heading ("Arrests at night") or a
  headline over a capitalised paragraph is shorter than the wrap width, and an
  infobox's or a table's rows stand in a text that wraps nowhere.

A break stays a paragraph break after a sentence's end (``. ! ? …``, or a
closing quote or bracket after one), after a colon (it opens a list or a quote),
before a blank line, before a list item ("- ", "• ", "3. ", "b) ") or a dateline
("TEHRAN —"), and around a table's row (a tab or " | "). The indentation after a
kept break stays too: every later step reads a line by its stripped text, and a
text without a soft break comes back unchanged (the same string).

Offsets of later records point into the unwrapped text; ``tally eval`` carries
them back to the gold text through the blocks both texts share
(:class:`~tally.evaluate.align.OffsetMap`), where a joined break is one space
against a newline and its indentation.
"""

from __future__ import annotations

import re

#: A line that ends a sentence: its last mark, then any closing quotes or brackets.
_ENDS_SENTENCE = re.compile(r"[.!?…:][\"'”’»)\]]*\Z")

#: A list item at a line's start: a bullet or a number or letter with its mark, then a space.
_LIST_ITEM = re.compile(r"(?:[•·▪◦*–—-]|\d{1,3}[.)]|\(?[a-zA-Z]\))\s")

#: A dateline's place: a word in capitals, maybe a state or country after it ("GEORGETOWN, Ky.").
DATELINE_PLACE = r"[A-Z][A-Z'’.-]+(?:,? [A-Z][\w'’.-]*){0,3}"
#: A dateline's outlet in brackets after the place ("(WKYT)", "(AP)").
DATELINE_OUTLET = r"\([^()\n]{1,40}\)"
#: A dateline at a line's start: a place in capitals, maybe a state and an outlet, then a dash
#: ("TEHRAN —", "GEORGETOWN, Ky. (WKYT) -", "BEIJING --").
_DATELINE = re.compile(rf"{DATELINE_PLACE}\s*(?:{DATELINE_OUTLET}\s*)?(?:—|–|--?)(?:\s|\Z)")

#: A row of a table: cells split by tabs or pipes.
_TABLE_ROW = re.compile(r"\t| \| ")

#: A line before a lower-case line is full when it is at least this share of the upper quartile
#: of the text's line lengths.
LOWER_FULL_SHARE = 0.35
#: A line before a capitalised line is full when it is at least this share of the wrap width.
UPPER_FULL_SHARE = 0.75
#: No text is hard-wrapped narrower than this (e-mail and wire copy wrap at 64-80 columns): shorter
#: lines are rows of their own, such as an infobox's "25,000+ arrested[14]" / "at least 4 are missing".
MIN_WRAP_WIDTH = 45


def is_dateline_alone(line: str) -> bool:
    """A line that holds only a dateline ("WASHINGTON —", "HAVANA (AP) --"): wire copy that sets
    the dateline over the first paragraph, not a tag line."""
    line = line.strip()
    found = _DATELINE.match(line)
    return found is not None and found.end() == len(line)


def _stays_a_line(line: str) -> bool:
    """A list item, a dateline or a table row: a line of its own whatever comes before it."""
    return bool(_LIST_ITEM.match(line) or _DATELINE.match(line) or _TABLE_ROW.search(line))


def _may_run_on(line: str) -> bool:
    """A line that stops mid-sentence and is no table row."""
    return not (_ENDS_SENTENCE.search(line) or _TABLE_ROW.search(line))


def soft_breaks(text: str) -> set[int]:
    """Indices *i* of the lines of *text* (split on ``\\n``) whose break before line *i* + 1 is soft."""
    lines = [line.strip() for line in text.split("\n")]
    filled = [len(line) for line in lines if line]
    if len(filled) < 2:
        return set()
    typical = sorted(filled)[len(filled) * 3 // 4]  # the upper quartile: a wrapped text's full lines
    pairs = [
        i
        for i in range(len(lines) - 1)
        if lines[i] and lines[i + 1] and _may_run_on(lines[i]) and not _stays_a_line(lines[i + 1])
    ]
    soft = {
        i
        for i in pairs
        if lines[i + 1][0].islower() and len(lines[i]) >= max(LOWER_FULL_SHARE * typical, MIN_WRAP_WIDTH)
    }
    if not soft:
        return soft
    width = max(len(lines[i]) for i in soft)
    for i in pairs:
        line = lines[i]
        if (
            i not in soft
            and not lines[i + 1][0].islower()
            and (line[-1].isalnum() or line[-1] == ",")
            and len(line) >= UPPER_FULL_SHARE * width
        ):
            soft.add(i)
    return soft


def unwrap(text: str) -> str:
    """*text* with each soft line break (:func:`soft_breaks`) and the indentation after it
    replaced by one space; *text* itself when it has none."""
    normal = text.replace("\r\n", "\n").replace("\r", "\n")
    soft = soft_breaks(normal)
    if not soft:
        return text
    raw = normal.split("\n")
    out: list[str] = []
    for i, line in enumerate(raw):
        if i - 1 in soft:
            out[-1] = out[-1].rstrip() + " " + line.lstrip()
        else:
            out.append(line)
    return "\n".join(out)
