"""Who wrote a piece in the first person, when the text itself names them: a letter, an opinion piece.

A reader's letter or an advocate's opinion piece tells its counts in its
writer's own voice ("I was one of about 200 people who were boxed in", "By the
next morning 22 people had been arrested" under "I have spent three weeks in the
jail"). The records give such counts to the writer, not to the newspaper that
printed them, and the text names the writer in one of two ways:

- a sign-off: a line that is only a person's name and, after a comma, where
  they write from or what they are ("Name, Town", "Name, nurse, Town"), closing
  the letter above it. A letters page holds several, each closing its own
  letter, which runs back to the previous sign-off or to the letter's heading
  (a short line with no sentence's final mark); an editor's note after the last
  sign-off is no letter's;
- an author's note: the first or the last paragraph opening "Name is a …"
  ("Name is an advocate practising in …"), which speaks for the whole text.

Either holds only where the writer speaks as "I" outside quotes in the text it
covers: a news story whose lead introduces a farmer ("Name is a fisherman on
the lake") narrates in the outlet's voice, and an open letter signed by a
director speaks as "we", for its organisation. Lines are read once per article.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from tally.clean.boilerplate import SIGN_OFF_MAX_WORDS
from tally.extract.spans import memo

if TYPE_CHECKING:
    from tally.extract.context import ExtractContext

SpanT = tuple[int, int]

#: A letter's heading is at most as many words as a title (a sign-off's bound is the cleaner's,
#: which keeps such a line: :data:`tally.clean.boilerplate.SIGN_OFF_MAX_WORDS`).
HEADING_WORDS = 12

#: The first person singular of a writer speaking for themselves.
_FIRST_PERSON = frozenset({"i", "me", "my", "mine", "myself"})

#: "Name is a nurse …", "Name was an officer …": an author's note about the writer (a name of up to
#: four capitalised words, then the copula and an article).
_NOTE = re.compile(r"(?P<name>[A-Z][\w'.-]*(?: [A-Z][\w'.-]*){0,3}) (?:is|was) (?:a|an|the) \w")


def piece_writer(ctx: ExtractContext, pos: int, quoted: Callable[[int], bool]) -> SpanT | None:
    """The mention of the person who wrote the first-person text around *pos*, or None.

    *quoted* tells whether an offset lies in someone else's words (a quote, an embedded post),
    where "I" is not the writer."""
    pieces: list[tuple[int, int, SpanT]] = memo(ctx, "piece_writers", ctx.text, lambda: _pieces(ctx, quoted))
    return next((span for start, end, span in pieces if start <= pos < end), None)


def _pieces(ctx: ExtractContext, quoted: Callable[[int], bool]) -> list[tuple[int, int, SpanT]]:
    """``(start, end, writer)`` for each stretch of text a named writer wrote in the first person."""
    lines = _lines(ctx.text)
    found: list[tuple[int, int, SpanT]] = []
    begin = 0
    for start, line in lines:
        writer = _sign_off(ctx, start, line)
        if writer is not None:
            if _speaks_as_i(ctx, begin, start, quoted):
                found.append((begin, start, _registered(ctx, writer)))
            begin = start + len(line)
        elif _heading(line):
            begin = start + len(line)
    if found:
        return found
    paragraphs = [(s, line) for s, line in lines if not _heading(line)]
    for start, line in paragraphs[:1] + paragraphs[-1:]:
        writer = _authors_note(ctx, start, line)
        if writer is not None and _speaks_as_i(ctx, 0, len(ctx.text), quoted):
            return [(0, len(ctx.text), writer)]
    return []


def _lines(text: str) -> list[tuple[int, str]]:
    """``(start, line)`` of each non-empty line of *text*, stripped."""
    out: list[tuple[int, str]] = []
    pos = 0
    for raw in text.split("\n"):
        stripped = raw.strip()
        if stripped:
            out.append((pos + raw.index(stripped), stripped))
        pos += len(raw) + 1
    return out


def _heading(line: str) -> bool:
    """A short line with no sentence's final mark: a heading of the page or of a letter."""
    return len(line.split()) <= HEADING_WORDS and line[-1] not in ".!?:;\"”'’)"


def _sign_off(ctx: ExtractContext, start: int, line: str) -> SpanT | None:
    """The person a sign-off line names ("Name, Town", "Name, nurse, Town"), or None."""
    comma = line.find(", ")
    if comma <= 0 or len(line.split()) > SIGN_OFF_MAX_WORDS or line[-1] in '.!?:;"”':
        return None
    found = _person_at(ctx, start, start + comma)
    name = line[:comma].split()
    if found is not None or ctx.entities.at(start, start + comma) is not None:
        return found
    if 2 <= len(name) <= 3 and all(w[:1].isupper() and w[1:2].islower() for w in name):
        return (start, start + comma)  # "Ilona Berki, Pecs": a name the tagger missed
    return None


def _registered(ctx: ExtractContext, span: SpanT) -> SpanT:
    """*span* as a person's mention, registered when the tagger missed the name (the sign-off's
    form gives it as a person)."""
    if ctx.entities.at(*span) is None:
        ctx.entities.add_mention(ctx.text[span[0] : span[1]], span[0], span[1], type="PERSON")
    return span


def _authors_note(ctx: ExtractContext, start: int, line: str) -> SpanT | None:
    """The person an author's note names as it opens ("Name is an advocate …"), or None."""
    found = _NOTE.match(line)
    return _person_at(ctx, start, start + found.end("name")) if found is not None else None


def _person_at(ctx: ExtractContext, start: int, end: int) -> SpanT | None:
    """The mention at exactly ``[start, end)`` of a person, or None."""
    entity = ctx.entities.at(start, end)
    if entity is None or entity.type != "PERSON" or (start, end) not in entity.mentions:
        return None
    return (start, end)


def _speaks_as_i(ctx: ExtractContext, start: int, end: int, quoted: Callable[[int], bool]) -> bool:
    """Whether the text between *start* and *end* says "I" (or "my", "me") outside quotes."""
    span = ctx.doc.char_span(start, end, alignment_mode="contract")
    if span is None:
        return False
    return any(t.lower_ in _FIRST_PERSON and t.pos_ == "PRON" and not quoted(t.idx) for t in span)
