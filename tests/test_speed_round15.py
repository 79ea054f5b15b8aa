"""Round 15 speed-ups (issue 16): each shortcut gives what the long way gives.

The extractors read ``doc.ents``, each sentence's Span and every token's lower
form, lemma and word class once per Doc; an object noun's classes are one
look-up; the event triggers are asked only of the word classes they read;
number phrases skip the words no number opens with. Records are guarded by the
eval gate and by a dump of every record before and after; these tests pin the
shortcuts themselves (and that spaCy's rebuilding ``doc.ents`` is not read
again per extractor), on sentences of our own.
"""

from __future__ import annotations

import random

import pytest

from tally.extract.context import (
    doc_ents,
    fast_sentences,
    known_text,
    release,
    token_lemmas,
    token_lowers,
    token_pos,
)
from tally.extract.events import lexicon as event_lexicon
from tally.extract.events import modal_triggers, senses, triggers
from tally.extract.figures import numbers

TEXT = (
    "NAIROBI, Kenya — Police fired tear gas at hundreds of protesters outside Parliament on "
    "Tuesday, and Amnesty International Kenya said officers had shot at least 23 people. "
    "Interior minister Kithure Kindiki said the government would not tolerate what he called "
    "anarchy, and warned that the army will be deployed. “We are not afraid,” said Wanjiru "
    "Mwangi, a student who joined the march across the Nairobi River. Dozens were arrested, "
    "a couple hundred injured and two or three thousand marched on to Mombasa and Kisumu. "
    "The Law Society described the shootings as murder and called for an inquiry."
)


@pytest.fixture(scope="module")
def doc(nlp):
    parsed = nlp(TEXT)
    known_text(parsed, TEXT)
    fast_sentences(parsed)
    return parsed


def test_entities_are_spacy_entities_built_once(doc):
    ents = doc_ents(doc)
    assert ents is doc_ents(doc)
    assert [(e.start, e.end, e.label_) for e in ents] == [(e.start, e.end, e.label_) for e in doc.ents]
    assert list(ents) == list(doc.ents)


def test_sentence_of_a_token_is_its_sentence_made_once(doc):
    sents = list(doc.sents)
    for tok in doc:
        sent = tok.sent
        assert sent is doc[tok.i].sent  # one Span per sentence, not one per call
        (expected,) = [s for s in sents if s.start <= tok.i < s.end]
        assert (sent.start, sent.end) == (expected.start, expected.end)
        assert sent == expected and hash(sent) == hash(expected)


def test_columns_are_the_token_attributes(doc):
    assert token_lowers(doc) == [t.lower_ for t in doc]
    assert token_lemmas(doc) == [t.lemma_.lower() for t in doc]
    assert token_pos(doc) == [t.pos_ for t in doc]
    assert token_lowers(doc) is token_lowers(doc)


def test_release_leaves_no_span_in_the_doc(nlp):
    """The Spans kept for the extractors hold the Doc: left in ``user_data`` they would make a
    reference cycle, and the Doc would wait for the collector's rare full passes."""
    parsed = nlp(TEXT)
    fast_sentences(parsed)
    doc_ents(parsed)
    _ = parsed[3].sent
    release(parsed)
    from spacy.tokens import Span, Token

    def holds_spacy(value: object) -> bool:
        if isinstance(value, (Span, Token)):
            return True
        if isinstance(value, (list, tuple)):
            return any(holds_spacy(v) for v in value)
        return False

    assert not any(holds_spacy(v) for v in parsed.user_data.values())


def test_build_article_reads_spacy_entities_once(nlp):
    """``Doc.ents`` makes a new Span for every entity on each access; the extractors read it some
    25 times an article before, once now. A Doc whose ``ents`` counts its readers checks it."""
    from spacy.tokens import Doc

    from tally.ingest.files import RawArticle
    from tally.pipeline import build_article, prepare
    from tally.settings import Settings

    reads = []

    class CountingDoc(Doc):
        @property
        def ents(self):  # type: ignore[override]
            reads.append(1)
            return super().ents

    prepared = prepare(RawArticle(text=TEXT, path="<round15>"), settings=Settings())
    parsed = nlp(prepared.cleaned.text)
    counting = CountingDoc(nlp.vocab).from_bytes(parsed.to_bytes())
    plain = build_article(prepare(RawArticle(text=TEXT, path="<round15>"), settings=Settings()), parsed)
    counted = build_article(prepared, counting)
    assert counted.model_dump_json() == plain.model_dump_json()
    assert len(reads) <= 1, f"doc.ents read {len(reads)} times for one article"


def test_object_classes_by_word_are_the_classes_that_list_it():
    classes = event_lexicon.OBJECT_CLASSES
    words = {w for members in classes.values() for w in members} | {"zebra", "", "control"}
    for word in words:
        expected = tuple(name for name, members in classes.items() if word in members)
        assert event_lexicon.CLASSES_OF_OBJECT.get(word, ()) == expected, word


def test_triggers_fire_only_on_the_word_classes_they_are_asked_of(doc):
    """The loop asks the modal and verb triggers of verbs and auxiliaries, the noun trigger of
    nouns: each trigger finds nothing on the other classes."""
    for tok in doc:
        if tok.pos_ in {"VERB", "AUX"}:
            assert triggers._noun_trigger(tok) is None
        else:
            assert modal_triggers._modal_trigger(tok, None) is None
            assert senses._verb_trigger(tok) is None


def _number_texts(seed: int) -> list[list[str]]:
    rng = random.Random(seed)
    vocab = [
        *numbers._OPENERS,
        *numbers.SCALES,
        "of",
        "and",
        "to",
        "or",
        "-",
        "people",
        "between",
        "about",
        "more",
        "than",
        "at",
        "least",
        "nearly",
        "up",
        "a",
        "couple",
        "few",
        "dozens",
        "1,500",
        "23",
        "~8,600",
        "304–1,500",
        "20-30",
        "1.5",
        "2019",
        "ten-fold",
        "x2",
        "١٢",
        "",
    ]
    return [[rng.choice(vocab) for _ in range(rng.randrange(1, 40))] for _ in range(300)]


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_number_phrases_skipping_plain_words_finds_what_reading_every_word_finds(monkeypatch, seed):
    texts = _number_texts(seed)
    fast = [numbers.find_number_phrases(words) for words in texts]
    every = frozenset(w for words in texts for w in words)
    monkeypatch.setattr(numbers, "_OPENERS", every | numbers._OPENERS)  # no word is skipped
    assert [numbers.find_number_phrases(words) for words in texts] == fast
