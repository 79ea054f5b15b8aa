"""An event candidate as the event steps read it off the parse, before it becomes an :class:`~tally.records.Event`.

Kept apart from the steps so that every step module can share the one mutable record
(:class:`_Cand`) and the priority of the generators that create it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from tally.extract.context import subtree_indices, token_starts, token_texts

if TYPE_CHECKING:
    from spacy.tokens import Token


#: Generators in priority order: when two claim the same trigger word, the first wins.
_PRIORITY = {"modal": 0, "object": 1, "phrasal": 2, "verb": 3, "light": 4, "noun": 5, "verbless": 6}
#: Types whose verb absorbs an event in its complement ("threatened to cut off electricity").
_ABSORBING = frozenset({"THREATEN", "AGREE", "DEMAND", "REJECT"})


@dataclass
class _Cand:
    """An event being read off the parse."""

    kind: str
    head: Token  # the verb or noun whose dependents are the arguments
    verb: Token  # the clause verb that carries tense, modals and negation
    tokens: list[Token]
    type: str
    mode: str | None
    lemma: str
    actor: Token | None = None
    target: Token | None = None
    speaker: tuple[str | None, str | None] | None = None  # (entity id, name) acting for "we"
    modality: str = "asserted"
    absorbed: bool = False
    inner: list[_Cand] = field(default_factory=list)


# -- records -----------------------------------------------------------------
def _span_chars(doc_tokens: list[Token]) -> tuple[int, int]:
    return min(t.idx for t in doc_tokens), max(t.idx + len(t.text) for t in doc_tokens)


def _subtree_chars(tok: Token) -> tuple[int, int]:
    """``_span_chars(list(tok.subtree))``, from the Doc's columns: no Token made for each word of
    the subtree (a clause verb's is most of its sentence, read for every event). Offsets grow with
    the token index, so the first and last index of :func:`subtree_indices` give the span."""
    doc = tok.doc
    indices = subtree_indices(doc, tok.i)
    lo, hi = min(indices), max(indices)
    return token_starts(doc)[lo], token_starts(doc)[hi] + len(token_texts(doc)[hi])
