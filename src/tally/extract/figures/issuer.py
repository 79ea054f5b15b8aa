"""Who issued the document itself, when its head names them: a release, a bulletin, a statement.

A press release, an NGO's weekly bulletin or a ministry's statement tells its
own counts in its own voice: "107 persons were administratively detained",
"we documented 37 new killings". The records give such counts to the writer,
and the writer is the body named in the document's head, not a news outlet:

- a line that is only an organisation's name ("Colectivo Azul y Blanco por los
  Derechos Humanos (CADH)" under a bulletin's title);
- a title that opens with the body and a colon before a document noun
  ("Ministry of Internal Affairs of Georgia: Statement on the events of …");
- "Statement by X", "Press release from X" as a line of its own.

"We" and "our" in such a document are that body too. (A byline's person would
be who "I" is in an opinion piece, but cleaning takes bylines out of the text
before analysis; that is left undone.) Only the first few short lines are
read, so the cost is bounded.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from tally.extract.spans import memo

if TYPE_CHECKING:
    from tally.extract.context import ExtractContext

SpanT = tuple[int, int]

#: How many non-empty lines of the head are read, and the longest of them in words.
HEAD_LINES = 5
HEAD_LINE_WORDS = 20

#: Nouns for a document a body issues, after its name and a colon ("X: Statement on …").
_DOCUMENT_NOUNS = r"(?:statement|press release|communiqu[eé]|bulletin|update|report|briefing|notice)"
_BODY_THEN_DOCUMENT = re.compile(r"(?P<body>[^:\n]{3,120}):\s*" + _DOCUMENT_NOUNS + r"\b", re.IGNORECASE)
_DOCUMENT_BY_BODY = re.compile(
    _DOCUMENT_NOUNS + r"\s+(?:by|from|of)\s+(?:the\s+)?(?P<body>[^\n]{3,120})\Z", re.IGNORECASE
)
_ACRONYM_TAIL = re.compile(r"\s*\([A-Z][A-Za-z.&]{1,11}\)\s*\Z")


def document_issuer(ctx: ExtractContext) -> SpanT | None:
    """The mention of the body *ctx*'s article names in its head as its issuer, read once per article."""
    return memo(ctx, "document_issuer", ctx.text, lambda: _read_head(ctx))


def _read_head(ctx: ExtractContext) -> SpanT | None:
    text = ctx.text
    body: SpanT | None = None
    pos, seen = 0, 0
    while pos < len(text) and seen < HEAD_LINES:
        end = text.find("\n", pos)
        end = len(text) if end == -1 else end
        line = text[pos:end]
        stripped = line.strip()
        if stripped:
            seen += 1
            if len(stripped.split()) > HEAD_LINE_WORDS:
                break  # the body text has begun
            start = pos + line.index(stripped)
            body = body or _body_line(ctx, start, stripped)
        pos = end + 1
    return body


def _body_line(ctx: ExtractContext, start: int, line: str) -> SpanT | None:
    """The organisation a head line names as the document's issuer, if any."""
    name = _ACRONYM_TAIL.sub("", line)
    named = _entity_span(ctx, start, start + len(name), "ORG")
    if named is not None:
        return named  # the line is only the body's name
    if name != line and _name_words(name):
        # "Colectivo Azul y Blanco por los Derechos Humanos (CADH)": a name and its initials on a
        # line of their own, which the tagger (trained on English) cut; registered whole
        ctx.entities.add_mention(name, start, start + len(name), type="ORG")
        return (start, start + len(name))
    for pattern in (_BODY_THEN_DOCUMENT, _DOCUMENT_BY_BODY):
        found = pattern.match(line)
        if found is not None:
            lo = start + found.start("body")
            hi = start + found.start("body") + len(_ACRONYM_TAIL.sub("", found.group("body")).rstrip(" .:"))
            named = _entity_span(ctx, lo, hi, "ORG")
            if named is not None:
                return named
    return None


def _name_words(name: str) -> bool:
    """Two or more words, each capitalised or a short joining word ("y", "por", "los", "of")."""
    words = name.split()
    return len(words) >= 2 and words[0][:1].isupper() and all(w[:1].isupper() or len(w) <= 3 for w in words)


def _entity_span(ctx: ExtractContext, start: int, end: int, kind: str) -> SpanT | None:
    """The mention at exactly ``[start, end)`` ("the" before it allowed) of an entity of *kind*."""
    if ctx.text[start:end].lower().startswith("the "):
        start += 4
    entity = ctx.entities.at(start, end)
    if entity is None or entity.type != kind or (start, end) not in entity.mentions:
        return None  # the whole line must be the name: "Azul y Blanco" tagged alone is not it
    return (start, end)
