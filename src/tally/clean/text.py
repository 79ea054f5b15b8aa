"""Clean one article: the pieces of :mod:`tally.clean` in their order."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from tally.clean.boilerplate import remove_boilerplate
from tally.clean.digitgroups import join_digit_groups
from tally.clean.embedded import find_embedded_posts
from tally.clean.notemarks import bracket_note_marks
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


def clean_text(text: str, *, seen_elsewhere: Callable[[str], int] | None = None) -> CleanedText:
    """Join hard-wrapped lines, remove boilerplate from *text* and find its embedded posts.

    The underscore that ends a wire dateline is read as a dash first, so that a dateline set on a
    line of its own ("WASHINGTON _") is seen as one, and note numbers that lost their superscript
    ("said.12 The …") are bracketed (:func:`~tally.clean.notemarks.bracket_note_marks`), and
    thousands grouped by spaces ("1 500") are written with commas
    (:func:`~tally.clean.digitgroups.join_digit_groups`); soft line breaks go next
    (:func:`~tally.clean.unwrap.unwrap`), so that boilerplate removal judges whole paragraphs,
    not the lines of one; wire copy's ``…'' marks are read as “…” last
    (:func:`~tally.clean.wirequotes.normalise_wire_quotes`). Offsets of every
    later record point into the returned ``text``.
    """
    marked = join_digit_groups(bracket_note_marks(normalise_wire_dashes(text)))
    result = remove_boilerplate(unwrap(marked), seen_elsewhere=seen_elsewhere)
    kept = "\n".join(p.text for p in result.lines if p.keep)
    kept = normalise_wire_quotes(_BLANK_RUNS.sub("\n\n", kept).strip())
    return CleanedText(
        text=kept,
        title=result.title,
        removed=result.removed,
        embedded=find_embedded_posts(kept),
        paragraph_hashes=result.hashes,
    )
