"""Read HTML markup left in plain-text input as the text it marks up.

News APIs, scrapers' CSV files and content-system exports often put a page's body into a text
field with its tags: ``<p>Police arrested 40 people, <a href="…">Amnesty International</a>
said.</p><p>"We were unarmed," said <b>Karim Saleh</b>.</p>``. HTML files go through trafilatura
(:mod:`tally.clean.html`), which looks for a page's body and drops short fragments; such a field is
no page, so read as typed its tags were words: "b" became a speaker and the link's tag hid the
source of the count.

Only text that holds a tag that lays a page's body out is read (``<p>``, ``<br/>``, ``<li>``, a
heading): "x < 5 and y > 3", "<3", an e-mail address in angle brackets and inline tags alone ("the
<b> tag", a hostile ``<script>`` in a comment field, which the reviewer should see as typed) stay.
The fragment is parsed by lxml's HTML parser (libxml2: linear, and already installed under
trafilatura; the standard library's parser has had quadratic cases on hostile input). Block
elements (paragraphs, headings, list items, line breaks, table rows, quotations) end paragraphs;
scripts, styles and comments are dropped; other tags leave their words; runs of white space are
one space, as in a browser. A fragment nested deeper than libxml2 builds (256 elements) has its
tags only taken out, so that no text is lost.
"""

from __future__ import annotations

import html
import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from lxml.html import HtmlElement

#: A start or end tag of an element HTML defines, with bounded attributes (linear).
_TAG = re.compile(
    r"</?(?:p|br|div|span|a|b|i|u|em|strong|small|sup|sub|h[1-6]|li|ul|ol|blockquote|q|cite|figure"
    r"|figcaption|img|table|thead|tbody|tr|td|th|section|article|header|footer|aside|nav|main"
    r"|script|style|iframe|noscript|hr|pre|code|time|abbr|mark|font|center)(?:\s[^<>]{0,2000})?/?>",
    re.IGNORECASE,
)
#: Elements that end a paragraph.
_BLOCKS = frozenset(
    [
        "p",
        "div",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "li",
        "ul",
        "ol",
        "blockquote",
        "figure",
        "figcaption",
        "table",
        "thead",
        "tbody",
        "tr",
        "section",
        "article",
        "header",
        "footer",
        "aside",
        "nav",
        "main",
        "pre",
        "hr",
    ]
)
#: Elements whose content is no text of the article.
_DROPPED = frozenset({"script", "style", "noscript", "iframe", "template"})
_SPACES = re.compile(r"[ \t\r\n\f\v]+")
_BLANK_LINES = re.compile(r"[ \t]*\n[ \t\n]*\n[ \t]*")
_LINE_SPACES = re.compile(r"[ \t]*\n[ \t]*")
_RUNS_OF_SPACES = re.compile(r" {2,}")


#: A start tag of an element that lays out a page's body: paragraphs, line breaks, list items,
#: headings, quotations, table rows.
_LAYOUT_TAG = re.compile(
    r"<(?:p|br|div|h[1-6]|li|ul|ol|blockquote|table|tr|td|section|article|figure|figcaption|pre|hr)"
    r"(?:\s[^<>]{0,2000})?/?>",
    re.IGNORECASE,
)


def has_markup(text: str) -> bool:
    """Whether *text* is a page's body in HTML: it holds a tag that lays text out (a paragraph, a
    line break, a list item, a heading). Inline tags alone ("the <b> tag", a hostile
    ``<script>`` in a comment field) are no body and stay as typed, for the reviewer to see."""
    return _LAYOUT_TAG.search(text) is not None


def read_markup(text: str) -> str:
    """*text* with its HTML tags read as paragraph breaks or dropped, as a browser lays them out;
    text with no tag that lays a body out (:func:`has_markup`) is returned as typed."""
    if not has_markup(text):
        return text
    import lxml.html
    from lxml import etree

    try:
        root = lxml.html.fragment_fromstring(text, create_parent="div")
    except (etree.ParserError, ValueError):
        return text
    pieces: list[str] = []
    _lay_out(root, pieces)
    out = "".join(pieces)
    out = _LINE_SPACES.sub("\n", _BLANK_LINES.sub("\n\n", _RUNS_OF_SPACES.sub(" ", out)))
    out = out.strip()
    stripped = _RUNS_OF_SPACES.sub(" ", _TAG.sub(" ", _without_dropped_content(text)))
    if _letters(out) < _letters(html.unescape(stripped)) // 2:
        # libxml2 stops building the tree 256 elements deep (a hostile fragment): nothing of the
        # text may be lost, so its tags are only taken out
        return stripped
    return out


#: What opens content that is no text: a comment, a script, a style.
_DROPPED_OPENING = re.compile(r"<!--|<(script|style|noscript|iframe|template)\b", re.IGNORECASE)


def _without_dropped_content(text: str) -> str:
    """*text* without its comments, scripts and styles, each up to its end (one forward scan: an
    opening with no end keeps the rest)."""
    lowered = text.lower()
    kept: list[str] = []
    position = 0
    while (opening := _DROPPED_OPENING.search(text, position)) is not None:
        closing = "-->" if opening.group(1) is None else f"</{opening.group(1).lower()}"
        end = lowered.find(closing, opening.end())
        if end < 0:
            break
        kept.append(text[position : opening.start()])
        after = lowered.find(">", end)
        position = len(text) if after < 0 else after + 1
    kept.append(text[position:])
    return " ".join(kept)


def _letters(text: str) -> int:
    return sum(character.isalnum() for character in text)


def _lay_out(root: HtmlElement, pieces: list[str]) -> None:
    """Append *root*'s text and its descendants', with a paragraph break around each block.

    A walk with a stack of its own, so that a deeply nested fragment costs no recursion; a
    comment, a script or a style gives only the text after it (its tail)."""

    def words(piece: str | None) -> str:
        if not piece:
            return ""
        return _SPACES.sub(" ", piece)

    pieces.append(words(root.text))
    stack: list[tuple[HtmlElement, bool]] = [(child, False) for child in reversed(list(root))]
    while stack:
        node, closing = stack.pop()
        tag = node.tag if isinstance(node.tag, str) else ""
        if closing:
            if tag in _BLOCKS:
                pieces.append("\n\n")
            pieces.append(words(node.tail))
            continue
        if not tag or tag in _DROPPED:  # a comment or processing instruction has no str tag
            pieces.append(words(node.tail))
            continue
        if tag in _BLOCKS:
            pieces.append("\n\n")
        elif tag == "br":
            pieces.append("\n")
        pieces.append(words(node.text))
        stack.append((node, True))
        stack.extend((child, False) for child in reversed(list(node)))
