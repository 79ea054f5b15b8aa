"""Read HTML character references and drop invisible characters in plain-text input.

Text exported from a content system, a feed or a scraper's CSV often keeps the page's escapes:
``&quot;We will stay,&quot; said …``, ``killed.&nbsp;Security forces …``, ``&#8220;…&#8221;``,
and, escaped twice by a feed, ``&amp;quot;``. No stage of tally reads them: a quote typed
``&quot;`` was not found, ``&nbsp;`` glued two sentences into one token and the figure before it
lost its category, and ``Karaj.&#8221;`` was read as a place. HTML input is decoded by its
parser (:mod:`tally.clean.html`); this module does the same for text, once, before any other
cleaning step.

Only complete references are read: ``&name;`` (a name HTML defines), ``&#NNN;`` and ``&#xHH;``,
each ended by its semicolon. :func:`html.unescape` alone would also read legacy names without a
semicolon, so "&notice" in plain text would become "¬ice"; here the stdlib decodes one
well-formed reference at a time, and an unknown name ("R&D;") is left as typed. Text escaped twice
is read in a second pass, never more.

Invisible characters that web pages insert inside words are dropped: the soft hyphen (U+00AD,
"pro\u00adtesters"), the zero-width space (U+200B) and word joiner (U+2060), and a byte-order mark
(U+FEFF) left inside the text. The zero-width joiner and non-joiner are kept: Persian and Arabic
spelling needs them.
"""

from __future__ import annotations

import html
import re

#: One complete character reference (bounded repetitions: linear).
_REFERENCE = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
#: Characters with no glyph that pages put inside words.
_INVISIBLE = re.compile("[\u00ad\u200b\u2060\ufeff]")


def _decoded(match: re.Match[str]) -> str:
    reference = match.group(0)
    code = reference[2:-1]
    if reference[1] == "#":
        number = int(code[1:], 16) if code[:1] in "xX" else int(code)
        # NUL, surrogates and numbers beyond Unicode are no character: keep what was typed
        if number == 0 or 0xD800 <= number <= 0xDFFF or number > 0x10FFFF:
            return reference
    return html.unescape(reference)


def decode_character_references(text: str) -> str:
    """*text* with its complete HTML character references read (twice for text escaped twice)."""
    if "&" not in text:
        return text
    once = _REFERENCE.sub(_decoded, text)
    return _REFERENCE.sub(_decoded, once) if once != text and "&" in once else once


def drop_invisible_characters(text: str) -> str:
    """*text* without soft hyphens, zero-width spaces, word joiners and stray byte-order marks."""
    return _INVISIBLE.sub("", text)


def read_plain_characters(text: str) -> str:
    """Both steps, in the order a page's text needs them (``&shy;`` decodes to a soft hyphen)."""
    return drop_invisible_characters(decode_character_references(text))
