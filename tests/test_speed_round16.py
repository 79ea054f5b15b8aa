"""Round 16 speed-ups (issue 16): each shortcut gives what the long way gives.

The token columns kept per Doc (offsets, lower forms, lemmas, word classes,
relations) are read with ``Doc.to_array``; the quote genders walk them instead
of making a Token for every token; a verb's repaired lemma is cached by its form, tag, spaCy lemma
and word list; a name's described kind is found once per span and Doc, though
the entities and the places both ask it; the channel of a quote is looked for
only at the words that can name one. Records are guarded by the eval gate and
by a dump of every record before and after; these tests pin the shortcuts, on
sentences of our own.
"""

from __future__ import annotations

import pytest

from tally.extract.context import (
    DESCRIBED_KEY,
    fast_sentences,
    known_text,
    sentence_bounds,
    token_deps,
    token_lemmas,
    token_lowers,
    token_pos,
    token_starts,
)
from tally.extract.entities import descriptions
from tally.extract.events import lemmas
from tally.extract.quotes.gender import Genders
from tests.test_speed_round12 import _votes_by_bisection

pytestmark = pytest.mark.model

TEXT = (
    "Rebels retook the town of Kidal on Monday after troops razed two villages, and militiamen "
    "stabbed a guard and tear-gassed the crowd. Spokeswoman Amina Diallo said the army was "
    "ready. She said more troops were coming. Mr. Ibrahim Keita, the mayor, told reporters "
    "that he would stay. “We will not leave,” he said, according to the state broadcaster ORTM. "
    "The brother of a man shot in Gao said agents summoned his father. The outlet Sahel Info "
    "reported the raid, and Human Rights Watch, a New York rights group, condemned it."
)


@pytest.fixture(scope="module")
def doc(nlp):
    parsed = nlp(TEXT)
    known_text(parsed, TEXT)
    fast_sentences(parsed)
    return parsed


def test_relation_column_is_the_token_relations(doc):
    assert token_deps(doc) == [t.dep_ for t in doc]
    assert token_deps(doc) is token_deps(doc)


@pytest.mark.parametrize("text", [TEXT, "", " ", "Ok.", "\n\nPolice fired. ¡Ya basta! 12 died\u2014"])
def test_columns_read_from_the_arrays_are_the_token_attributes(nlp, text):
    """The columns are read with ``Doc.to_array`` (no Token made per token): the same values."""
    parsed = nlp(text)
    assert token_starts(parsed) == [t.idx for t in parsed]
    assert token_lowers(parsed) == [t.lower_ for t in parsed]
    assert token_lemmas(parsed) == [t.lemma_.lower() for t in parsed]
    assert token_pos(parsed) == [t.pos_ for t in parsed]
    assert token_deps(parsed) == [t.dep_ for t in parsed]
    assert all(type(v) is int for v in token_starts(parsed))


def _verb_lemma_long_way(tok, known) -> str:
    """:func:`lemmas.verb_lemma` as it was before its tail was cached."""
    lemma = tok.lemma_.lower()
    if lemma in known:
        return lemma
    joined = lemmas._hyphen_compound(tok, lemma, known)
    if joined is not None:
        return joined
    form = tok.lower_
    irregular = lemmas._prefixed_irregular(form, known)
    if irregular is not None:
        return irregular
    if tok.tag_ not in {"VBD", "VBN", "VBG", "VBZ"}:
        return lemma
    for ending, repl in lemmas._VERB_ENDINGS:
        if form.endswith(ending) and len(form) - len(ending) >= 2:
            guess = form[: -len(ending)] + repl
            if guess in known:
                return guess
            doubled = ending == "ed" and repl == "" and len(guess) > 2 and guess[-1] == guess[-2]
            if doubled and guess[:-1] in known:
                return guess[:-1]
    return lemma


def test_repaired_verb_lemma_is_the_long_way_and_cached(doc):
    known = lemmas._lexicon_verbs()
    own = frozenset({"stab", "raze", "retake", "tear-gas", "say"})
    for tok in doc:
        for words in (known, own):
            assert lemmas.verb_lemma(tok, words) == _verb_lemma_long_way(tok, words), tok.text
        # a word list that is not frozen is read the long way, not cached
        assert lemmas.verb_lemma(tok, set(own)) == _verb_lemma_long_way(tok, own), tok.text
    before = lemmas._repaired_lemma.cache_info().hits
    for tok in doc:
        lemmas.verb_lemma(tok)
    assert lemmas._repaired_lemma.cache_info().hits > before


def test_genders_from_the_columns_vote_as_the_token_walk(doc):
    # guard: the votes were right before; the columns must give the same ones
    from tally.extract.entities import extract_entities

    index = extract_entities(doc)
    quote = (TEXT.index("“"), TEXT.index("”") + 1)

    def quoted(offset: int) -> bool:
        return quote[0] <= offset < quote[1]

    fast = Genders(doc, index, quoted)
    assert fast._votes == _votes_by_bisection(fast, doc, quoted)  # the token walk of round 12
    assert fast._votes  # the text gives evidence: a title, a gendered noun, pronouns
    assert len(sentence_bounds(doc)[0]) == len(list(doc.sents))


def test_described_kind_is_found_once_per_name(doc, monkeypatch):
    spans = [(e.start, e.end) for e in doc.ents] + [(1, 2), (0, 1), (len(doc) - 2, len(doc))]
    expected = {span: descriptions._described_kind(doc, *span) for span in spans}
    calls: list[tuple[int, int]] = []
    long_way = descriptions._described_kind

    def counted(d, start, end):
        calls.append((start, end))
        return long_way(d, start, end)

    monkeypatch.setattr(descriptions, "_described_kind", counted)
    doc.user_data.pop(DESCRIBED_KEY, None)
    for _ in range(3):
        assert {span: descriptions.described_kind(doc, *span) for span in spans} == expected
    assert sorted(calls) == sorted(set(spans))
    assert "MEDIA" in expected.values() or "ORG" in expected.values()
