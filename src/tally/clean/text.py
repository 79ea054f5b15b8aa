"""Clean one article: the pieces of :mod:`tally.clean` in their order."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from tally.clean.boilerplate import remove_boilerplate
from tally.clean.characters import read_plain_characters
from tally.clean.digitgroups import join_digit_groups
from tally.clean.embedded import find_embedded_posts
from tally.clean.encoding import repair_encoding
from tally.clean.markdown import read_markdown
from tally.clean.markup import read_markup
from tally.clean.notemarks import bracket_note_marks
from tally.clean.singlequotes import read_straight_single_quotes
from tally.clean.unwrap import unwrap
from tally.clean.wirequotes import normalise_wire_dashes, normalise_wire_quotes
from tally.records import Embedded, Removed

_BLANK_RUNS = re.compile(r"\n{3,}")


@dataclass
class CleanedText:
    """The cleaned text, what was taken out, and the posts embedded in it."""

    text: str
    title: str | None = None
    removed: list[Removed] = field(default_factory=list)
    embedded: list[Embedded] = field(default_factory=list)
    paragraph_hashes: list[str] = field(default_factory=list)


def _read_as_typed(text: str) -> str:
    """*text* with what its typing hides read: HTML tags, references, wrong decoding, Markdown."""
    return read_markdown(repair_encoding(read_plain_characters(read_markup(text))))


def clean_text(text: str, *, seen_elsewhere: Callable[[str], int] | None = None) -> CleanedText:
    """Join hard-wrapped lines, remove boilerplate from *text* and find its embedded posts.

    HTML tags left in a text field are laid out as a browser would first
    (:func:`~tally.clean.markup.read_markup`); a page's character references ("&quot;",
    "&#8220;", "&nbsp;") are read and invisible characters inside words (soft hyphens,
    zero-width spaces) dropped (:func:`~tally.clean.characters.read_plain_characters`); text
    decoded with the wrong character set ("â€œ", a C1 "\\x97" for an em dash), ligatures and
    full-width forms are repaired (:func:`~tally.clean.encoding.repair_encoding`); and Markdown's
    links, headings and emphasis are read as their words
    (:func:`~tally.clean.markdown.read_markdown`). The underscore that ends a wire dateline is
    read as a dash next, so that a dateline set on a line of its own ("WASHINGTON _") is seen as
    one, and note numbers that lost their superscript ("said.12 The …") are bracketed
    (:func:`~tally.clean.notemarks.bracket_note_marks`), and thousands grouped by spaces ("1 500")
    are written with commas (:func:`~tally.clean.digitgroups.join_digit_groups`); soft line breaks
    go next (:func:`~tally.clean.unwrap.unwrap`), so that boilerplate removal judges whole
    paragraphs, not the lines of one; wire copy's ``…'' marks are read as “…”
    (:func:`~tally.clean.wirequotes.normalise_wire_quotes`) and quotations in straight single
    marks ('…', as British outlets print them through an ASCII converter; headings are left to the
    quote scan) as ‘…’ (:func:`~tally.clean.singlequotes.read_straight_single_quotes`) last.
    Offsets of every later record point into the returned ``text``.
    """
    marked = join_digit_groups(bracket_note_marks(normalise_wire_dashes(_read_as_typed(text))))
    result = remove_boilerplate(unwrap(marked), seen_elsewhere=seen_elsewhere)
    kept = "\n".join(p.text for p in result.lines if p.keep)
    kept = read_straight_single_quotes(normalise_wire_quotes(_BLANK_RUNS.sub("\n\n", kept).strip()))
    return CleanedText(
        text=kept,
        title=result.title,
        removed=result.removed,
        embedded=find_embedded_posts(kept),
        paragraph_hashes=result.hashes,
    )
