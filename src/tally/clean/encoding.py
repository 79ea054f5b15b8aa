"""Repair text decoded with the wrong character set, a PDF's ligatures and full-width forms.

Scrapers, old content systems and feeds often decode a page's bytes with the wrong character
set. UTF-8 read as Windows-1252 turns a quotation mark into ``â€œ`` and an apostrophe into
``â€™``; Windows-1252 read as Latin-1 leaves the C1 control ``\\x97`` where an em dash stood
("NEWARK \\x97 Police …", as the LGL corpus keeps 27 of them). No stage of tally reads these: the
quote scan finds no quotation, a dateline's dash is no dash, a name with ``Ã©`` is no name. A PDF's
text keeps its font's ligatures ("\ufb01ve", one character for "fi", is no number word), and East
Asian input types Latin letters and digits full-width.

ftfy (Speer, 2019) is the well-kept library for exactly this: it recognises mojibake by the
sequences it leaves, undoes it only where the repaired text is more plausible, reads C1 controls
as Windows-1252 and expands ligatures and full-width forms. It is used with the steps that are
other modules' business turned off: HTML references (:mod:`tally.clean.characters` reads only
complete ones), straight quotes (curly quotes carry meaning for the quote scan), line breaks
(:mod:`tally.clean.unwrap`), Unicode normalisation and control characters.

One lossy case ftfy leaves, by design, is handled here: a closing ``”`` is the bytes E2 80 9D,
and 0x9D has no Windows-1252 character, so a decoder drops it and ``â€`` is left alone before a
space (ftfy then reads the space as a lost no-break space and writes a dagger). In a text that
opens a quotation as ``â€œ``, such an ``â€`` is given its last byte back before ftfy runs.
"""

from __future__ import annotations

import re

import ftfy

_CONFIG = ftfy.TextFixerConfig(
    unescape_html=False,
    remove_terminal_escapes=False,
    uncurl_quotes=False,
    fix_line_breaks=False,
    remove_control_chars=False,
    normalization=None,
    explain=False,
)

#: What UTF-8's opening quotation mark becomes when read as Windows-1252.
_OPENING_MOJIBAKE = "\u00e2\u20ac\u0153"
#: ``â€`` not followed by the character that would complete a UTF-8 sequence (a closing
#: quotation mark that lost its 0x9D); Windows-1252's readings of 0x80-0xBF are excluded.
_CLOSING_WITHOUT_LAST_BYTE = re.compile(
    "\u00e2\u20ac(?![\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
    "\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122])"
)
#: Every character ftfy may act on: mojibake's C1 controls and Latin-1/Windows-1252 letters,
#: ligatures, full-width and half-width forms. A text with none is returned untouched, fast.
_MAY_NEED_REPAIR = re.compile(
    "[\u0080-\u00ff\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013-\u203a\u20ac\u2122\ufb00-\ufb06\uff01-\uffee]"
)


def repair_encoding(text: str) -> str:
    """*text* with mojibake undone, C1 controls read as Windows-1252, ligatures and full-width
    forms written out; text that was decoded right is returned as typed."""
    if not _MAY_NEED_REPAIR.search(text):
        return text
    if _OPENING_MOJIBAKE in text:
        text = _CLOSING_WITHOUT_LAST_BYTE.sub("\u00e2\u20ac\x9d", text)
    return ftfy.fix_text(text, _CONFIG)
