"""Read the markup of Markdown articles as the words it marks.

Scrapers and reader services save articles as Markdown (``.md`` files, and the ``text`` of a
JSONL export): ``[Human Rights Watch](https://…) said``, ``**BASRA, Iraq** —``, ``# Headline``,
``> "We …," said …``. Read as typed, a link's address became a speaker ("ak" from
``twitter.com/ak``), the asterisks of a bold dateline became a figure's source ("*BASRA"), and an
underscore of emphasis a speaker. This step keeps the words and drops the markup.

Written by hand, not with a Markdown parser (markdown-it-py is installed): a parser reads all of
CommonMark, and plain news text is full of what CommonMark would take for markup: a year opening
a line ("1989. The crackdown …") is an ordered list item whose number a plain-text rendering
drops, indented wire copy is a code block, a line of "=" under a headline a heading. Only marks
that plain text does not carry are read here:

- links and images: ``[words](address)`` becomes the words, and so does ``[words][label]`` when
  the text defines the label (``[1]: https://…``, a line then dropped; encyclopaedia pages'
  note marks "[6][7]" define none and stay); an image ``![words](address)`` is dropped (its
  words describe a picture, not the story); ``<https://…>`` becomes the address;
- headings: the ``#`` marks before a line's words (and after them);
- block quotes: the ``>`` marks that open a line;
- emphasis: ``**…**`` and ``__…__``, and in a text that has shown other markup, ``*…*`` and
  ``_…_`` hugging their words (a lone asterisk of a footnote, "5 * 3", and snake_case stay);
- backslash escapes (``\\-``, ``\\.``, ``\\*``), in a text that has shown other markup.

Every pattern is bounded or a single pass over one line: linear in the text's length.
"""

from __future__ import annotations

import re

#: An image, then a link: ``[words](address "title")``; words and address on one line, no nested
#: brackets (bounded classes, no backtracking across lines).
_IMAGE = re.compile(
    r"!\[[^\]\n]{0,500}\]\((?:[^()\s]|\([^()\s]{0,200}\)){0,2000}(?:\s+\"[^\"\n]{0,300}\")?\)"
)
_LINK = re.compile(
    r"\[([^\]\n]{1,500})\]\((?:[^()\s]|\([^()\s]{0,200}\)){1,2000}(?:\s+\"[^\"\n]{0,300}\")?\)"
)
_REFERENCE_LINK = re.compile(r"\[([^\]\n]{1,500})\]\[([^\]\n]{0,100})\]")
_LABEL_DEFINITION = re.compile(r"(?m)^ {0,3}\[([^\]\n]{1,100})\]:[ \t]+\S+(?:[ \t]+\"[^\"\n]*\")?[ \t]*$")
_AUTOLINK = re.compile(
    r"<((?:https?|ftp)://[^\s<>]{1,2000}|[\w.+-]{1,100}@[\w-]{1,100}(?:\.[\w-]{1,100}){1,10})>"
)
#: The marks that open a heading line; its closing marks are cut in :func:`_heading_words` (a
#: pattern with a lazy line and an optional closing run backtracks quadratically on long lines).
_HEADING = re.compile(r"(?m)^ {0,3}#{1,6}[ \t]+([^\n]*)")
_CLOSING_HASHES = re.compile(r"[ \t]+#+\Z")
_BLOCK_QUOTE = re.compile(r"(?m)^ {0,3}(?:>[ \t]?){1,10}")
_STRONG = re.compile(r"(\*\*|__)(?=\S)([^\n]{1,1000}?)(?<=\S)\1")
#: ``*words*`` and ``_words_``: the marks hug the words and stand outside any word (flanking).
_EMPHASIS = re.compile(
    r"(?<![\w*])\*(?=[^\s*])([^\n*]{1,1000}?)(?<=[^\s*])\*(?![\w*])|(?<!\w)_(?=[^\s_])([^\n_]{1,1000}?)(?<=[^\s_])_(?!\w)"
)
_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")
#: Marks only Markdown writes: a link or image, a heading, a label, bold.
_MARKDOWN_SHOWN = re.compile(
    r"\]\((?:https?://|/|#|mailto:)|(?m:^ {0,3}#{1,6}[ \t]+\S)|(?m:^ {0,3}\[[^\]\n]{1,100}\]:[ \t]+\S)"
    r"|\*\*(?=\S)[^\n]{1,1000}?(?<=\S)\*\*"
)


def _heading_words(match: re.Match[str]) -> str:
    """A heading line's words, without the closing run of "#" ATX headings may end with."""
    words = match.group(1).rstrip(" \t")
    closing = _CLOSING_HASHES.search(words, max(0, len(words.rstrip("#")) - 1))
    return words[: closing.start()] if closing is not None else words


def _reference_words(match: re.Match[str], labels: set[str]) -> str:
    """A reference link's words when its label is defined (``[words][]`` uses the words as the
    label); otherwise it is no link: an encyclopaedia's note marks ("[6][7]") stay as typed."""
    label = (match.group(2) or match.group(1)).casefold()
    return match.group(1) if label in labels else match.group(0)


def _words_of_emphasis(match: re.Match[str]) -> str:
    return match.group(1) if match.group(1) is not None else match.group(2)


def read_markdown(text: str) -> str:
    """*text* with Markdown's links, images, headings, block-quote marks and emphasis read as
    their words; a text with none of Markdown's own marks is returned as typed."""
    shown = _MARKDOWN_SHOWN.search(text) is not None
    if not shown and "](" not in text and "][" not in text and "<http" not in text:
        return text
    text = _IMAGE.sub("", text)
    text = _LINK.sub(r"\1", text)
    labels = {label.casefold() for label in _LABEL_DEFINITION.findall(text)}
    if labels:
        text = _REFERENCE_LINK.sub(lambda m: _reference_words(m, labels), text)
        text = _LABEL_DEFINITION.sub("", text)
    text = _AUTOLINK.sub(r"\1", text)
    if not shown:
        return text
    text = _HEADING.sub(_heading_words, text)
    text = _BLOCK_QUOTE.sub("", text)
    text = _STRONG.sub(r"\2", text)
    text = _EMPHASIS.sub(_words_of_emphasis, text)
    return _ESCAPE.sub(r"\1", text)
