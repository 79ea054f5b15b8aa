"""The one-process speed-ups of issue 16 keep every answer: what they cache or look up stays the same.

The records themselves are guarded by the eval gate; these tests pin the
helpers whose shortcut could drift from what spaCy computes.
"""

from __future__ import annotations

import pytest

from tally.extract.context import ExtractContext, doc_text, known_text, sentence_bounds
from tally.extract.entities.extractor import EntityIndex
from tally.resources.gazetteer import fold
from tally.textfold import fold_place

TEXT = (
    "Riot police fired tear gas at marchers in the capital on Sunday. Dozens were held.\n\n"
    "A rights group said 14 people had been injured, and that two of them were in hospital.\n"
    "Officials denied it"
)


@pytest.fixture(scope="module")
def doc():
    from tally.nlp.load import load_model

    return load_model("en_core_web_sm")(TEXT)


def test_sentence_bounds_are_the_parse_sentences(doc):
    starts, chars = sentence_bounds(doc)
    assert starts == [s.start for s in doc.sents]
    assert chars == [(s.start_char, s.end_char) for s in doc.sents]
    assert sentence_bounds(doc) is sentence_bounds(doc)  # once per Doc


def test_sentence_span_matches_token_sent(doc):
    ctx = ExtractContext(doc=doc, entities=EntityIndex(TEXT))
    for a in doc:
        for b in doc[a.i : a.i + 25]:
            start, end = a.idx, b.idx + len(b.text)
            span = doc.char_span(start, end, alignment_mode="expand")
            expected = (span[0].sent.start_char, span[-1].sent.end_char)
            assert ctx.sentence_span(start, end) == expected
    assert ctx.sentence_span(len(TEXT), len(TEXT)) == (len(TEXT), len(TEXT))


def test_known_text_only_when_it_is_the_docs_text():
    from tally.nlp.load import load_model

    nlp = load_model("en_core_web_sm")
    fresh = nlp(TEXT)
    known_text(fresh, TEXT[:-3])  # not what the Doc was made from: ignored
    assert doc_text(fresh) == fresh.text == TEXT
    seeded = nlp(TEXT)
    known_text(seeded, TEXT)
    assert doc_text(seeded) is TEXT


def test_cached_place_fold_is_fold_place():
    for name in ("Behbahān", "U.S.", "Côte d'Ivoire", "St. Paul", "Khūzestān", "Behbahān"):
        assert fold(name) == fold_place(name)
