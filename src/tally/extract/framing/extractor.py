"""Framing flags: loaded language and name-calling, kept apart from facts.

"thugs" is a claim about people, not a description of them; "massacred" and
"horrific" tell the reader what to feel. Monitors code the facts and keep the
framing as a flag, so that a figure reported in a partisan voice is still
recorded, and the voice is visible.

The word lists below are small on purpose and matched on lemmas with the
part of speech that carries the charge (a NOUN for a label put on people, an
ADJ/VERB/NOUN for an evaluative word), so that "the guards" or "a brutal
winter" in a weather report are not flagged for the wrong reason. A flag inside
a quote belongs to the quote's speaker (``said_by``), not to the outlet. No
lexicon or model for this exists offline in a form that fits news about
crackdowns; the lists follow the propaganda-technique labels of SemEval-2020
task 11 ("Name_Calling,Labeling", "Loaded_Language").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tally.extract.context import doc_text, token_lemmas
from tally.extract.framing import words as framing_words
from tally.extract.spans import SpanSet
from tally.records import Flag

if TYPE_CHECKING:
    from spacy.tokens import Token

    from tally.extract.context import ExtractContext


def _flag_kind(token: Token) -> str | None:
    lemma = token.lemma_.lower()
    if token.pos_ in {"NOUN", "PROPN"} and lemma in framing_words.NAME_CALLING:
        return "name_calling"
    if token.pos_ in {"NOUN", "PROPN"} and token.i > 0:
        previous = token.doc[token.i - 1]
        if (previous.lemma_.lower(), lemma) in framing_words.GANG_PHRASES:
            return "name_calling"
    if lemma in framing_words.LOADED_LANGUAGE and token.pos_ in {"ADJ", "VERB", "NOUN", "ADV"}:
        return "loaded_language"
    return None


def _flaggable() -> frozenset[str]:
    """Every lemma :func:`_flag_kind` can flag: a word of no list is passed over without reading its tag."""
    gang = {pair[1] for pair in framing_words.GANG_PHRASES}
    return frozenset(framing_words.NAME_CALLING) | frozenset(framing_words.LOADED_LANGUAGE) | gang


def extract_flags(ctx: ExtractContext) -> list[Flag]:
    """Flag every loaded word and name-calling label in the article, with its sentence."""
    doc = ctx.doc
    flags: list[Flag] = []
    quotes = ctx.quotes
    spans = SpanSet((q.start, q.end) for q in quotes)  # not a scan of every quote per flag
    flaggable = _flaggable()
    for i, lemma in enumerate(token_lemmas(doc)):
        if lemma not in flaggable:
            continue
        token = doc[i]
        kind = _flag_kind(token)
        if kind is None:
            continue
        start, end = token.idx, token.idx + len(token.text)
        if (
            kind == "name_calling"
            and token.i > 0
            and (doc[token.i - 1].lemma_.lower(), token.lemma_.lower()) in framing_words.GANG_PHRASES
        ):
            start = doc[token.i - 1].idx
        said_by = next((q.speaker for q in (quotes[n] for n in spans.holding(start, end)) if q.speaker), None)
        flags.append(
            Flag(
                start=start,
                end=end,
                kind=kind,  # type: ignore[arg-type]
                text=doc_text(doc)[start:end],
                said_by=said_by,
                evidence=ctx.sentence_span(start, end),
            )
        )
    return flags
