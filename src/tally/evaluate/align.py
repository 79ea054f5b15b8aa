"""Map offsets in tally's cleaned text back to the gold text.

Gold offsets point into the text as the gold file gives it; tally's records
point into its *cleaned* text, which may have lost a repeated paragraph, a
tag line or runs of blank lines. Scoring in the cleaned text would silently
count every record after such a removal as wrong, so predicted offsets are
carried back to the gold text through the character blocks the two texts
share. When the texts are equal (the usual case for plain-text news) this is
the identity and costs nothing.
"""

from __future__ import annotations

import bisect
from difflib import SequenceMatcher

from tally.evaluate.match import Span


class OffsetMap:
    """Carry offsets of *cleaned* into offsets of *original*."""

    def __init__(self, original: str, cleaned: str) -> None:
        self.identity = original == cleaned
        self._starts: list[int] = []
        self._blocks: list[tuple[int, int, int]] = []  # (cleaned_start, original_start, size)
        if self.identity:
            return
        shift = original.find(cleaned) if cleaned else -1
        if shift >= 0:
            # Cleaning only trimmed the ends: one block, no diff needed.
            self._blocks = [(0, shift, len(cleaned))]
        else:
            # autojunk would drop frequent characters (spaces, "e") from the
            # match and break long texts into noise; news texts are short
            # enough for the full comparison.
            matcher = SequenceMatcher(None, original, cleaned, autojunk=False)
            self._blocks = [(b, a, size) for a, b, size in matcher.get_matching_blocks() if size]
        self._starts = [b for b, _a, _s in self._blocks]

    def to_original(self, pos: int, *, is_end: bool = False) -> int:
        """The offset in the original text for offset *pos* of the cleaned text.

        A position inside a shared block maps exactly; a position in text that
        cleaning inserted maps to the nearest block edge (the end of the
        previous block for a span end, the start of the next for a span start),
        so a mapped span never grows over text the system did not see.
        """
        if self.identity:
            return pos
        if not self._blocks:
            return 0
        # a span's end belongs to the block holding the character before it: an end where one
        # block stops and the next starts (text cleaning took out between them, a joined line
        # break's indentation) stays at the first block's end
        i = (bisect.bisect_left if is_end else bisect.bisect_right)(self._starts, pos) - 1
        if i >= 0:
            b, a, size = self._blocks[i]
            if pos < b + size or (is_end and pos == b + size):
                return a + (pos - b)
            if is_end:
                return a + size
        nxt = i + 1
        if nxt < len(self._blocks):
            return self._blocks[nxt][1]
        b, a, size = self._blocks[-1]
        return a + size

    def span(self, start: int, end: int) -> Span:
        """Map a ``[start, end)`` span; an end never maps before its start."""
        if self.identity:
            return (start, end)
        s = self.to_original(start)
        e = self.to_original(end, is_end=True)
        return (s, max(s, e))
