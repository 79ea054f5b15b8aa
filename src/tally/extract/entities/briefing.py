"""The voice of a briefing note: the person its header names as spokesperson.

UN press briefing notes (and many ministry briefings) open with header fields,
one per line — "Spokesperson for the UN High Commissioner for Human Rights:
Marta Lindqvist", "Location: Geneva", "Date: …" — and end with questions and
answers. The answers ("A: “…”", "Answer: …") and "the spokesperson said"
far below are that person's, whoever the note quoted last (often the High
Commissioner, quoted in the body). Only the top of the text is read, so the
cost does not grow with the article.
"""

from __future__ import annotations

import re
from functools import lru_cache

from tally.extract.entities import words as entity_words

#: How far into the text a header field may stand.
HEADER_CHARS = 1500

#: One header field on a line of its own: "Role words: Name Surname".
_FIELD = re.compile(
    r"^([A-Z][^\n:]{0,150}):[ \t]*([A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){1,3})[ \t]*$", re.MULTILINE
)


@lru_cache(maxsize=64)
def briefer_span(text: str) -> tuple[int, int] | None:
    """Where the header of *text* names its spokesperson, or None when it has no such field.

    The field's label must hold a word of ``briefer_nouns.txt`` ("Spokesperson
    for …"); "Location: Geneva" or "Subject: Sudan" name no one.
    """
    head = text[:HEADER_CHARS]
    for found in _FIELD.finditer(head):
        label = found.group(1).lower().replace("’", "'").split()
        if any(word.removesuffix("'s") in entity_words.BRIEFER_NOUNS for word in label):
            return found.start(2), found.end(2)
    return None


def holds_briefers_role(text: str, noun: str) -> tuple[int, int] | None:
    """The header's spokesperson when *noun* ("spokesperson") is a word of the header's label."""
    span = briefer_span(text)
    if span is None:
        return None
    line_start = text.rfind("\n", 0, span[0]) + 1
    label = text[line_start : span[0]].lower().split()
    return span if noun.lower() in (w.rstrip(":") for w in label) else None


def briefer_label(text: str) -> str | None:
    """The label of the header field that names the spokesperson ("Spokesperson for the UN High
    Commissioner for Human Rights"): the spokesperson's role."""
    span = briefer_span(text)
    if span is None:
        return None
    line_start = text.rfind("\n", 0, span[0]) + 1
    return text[line_start : span[0]].rstrip(": \t") or None
