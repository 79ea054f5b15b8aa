"""Round 63 (issue 16): exact speed-ups that must give what they replace.

- The events read a token's subtree from the Doc's columns (:func:`tally.extract.context.subtree_indices`,
  :func:`~tally.extract.context.subtree_text`, :func:`tally.extract.events.candidate._subtree_chars`)
  instead of making a Token for each of its words: the same tokens, in the same order, as spaCy's
  ``Token.subtree``.
"""

from __future__ import annotations

import pytest

from tally.extract.context import subtree_indices, subtree_text
from tally.extract.events.candidate import _span_chars, _subtree_chars

TEXTS = (
    "Riot police who had waited behind the old market fired tear gas at the students marching "
    "towards the ministry, and three of them were taken to a clinic near the bridge.",
    "The union, whose leaders were arrested on Monday, said it would call a strike that the "
    "government had tried for months to prevent.",
    "What the villagers saw that night, a spokesman for the council told reporters, was a convoy "
    "of armoured trucks.",
)


@pytest.mark.model
def test_round63_subtree_from_the_columns_is_spacys_subtree(nlp):
    for doc in nlp.pipe(TEXTS):
        for tok in doc:
            assert subtree_indices(doc, tok.i) == [t.i for t in tok.subtree]
            assert subtree_text(tok) == " ".join(t.text for t in tok.subtree)
            assert _subtree_chars(tok) == _span_chars(list(tok.subtree))
