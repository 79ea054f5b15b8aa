"""Round 31 speed-ups (issue 16): work done again per article or per candidate is done once,
with the same answers.

Records are guarded by a dump of every record before and after (120 generated articles and
the 89 VOA stories, every tune and only-scored split, ``tally analyze examples``); these tests
pin each new reading against the one it replaced, on sentences of our own.
"""

from __future__ import annotations

from typing import Any

import pytest

from tally.extract import context
from tally.extract.context import doc_text
from tally.extract.events.acled.sentence import _sentence_before
from tally.extract.figures.extractor import _fate_hidden_next
from tally.extract.places import candidates
from tally.resources.gazetteer import load_gazetteer

TEXT = (
    "Nine activists were taken away by masked men in Kerova. Their whereabouts remain unknown.\n\n"
    "Police chief Dalmar Uskenov said Uskenov had ordered no arrests; Ines von Arkel disagreed. "
    "The Lantor Times, a weekly paper, reported that 3,000 workers had walked out. "
    "They said: “We will march again on Friday.” Maritsa Felden-Oyelaran was not seen again."
)


@pytest.fixture(scope="module")
def doc(nlp: Any) -> Any:
    return nlp(TEXT)


# -- the string columns: each hash decoded once per process ------------------------------------


def test_string_columns_are_the_token_strings(nlp: Any) -> None:
    doc = nlp(TEXT)  # a Doc of its own: the columns are kept per Doc
    assert context.token_texts(doc) == [t.text for t in doc]
    assert context.token_lowers(doc) == [t.lower_ for t in doc]
    assert context.token_lemmas(doc) == [t.lemma_.lower() for t in doc]
    assert context.token_deps(doc) == [t.dep_ for t in doc]
    assert context.token_ent_types(doc) == [t.ent_type_ for t in doc]
    assert context.token_pos(doc) == [t.pos_ for t in doc]
    assert context.token_texts(doc) is context.token_texts(doc)  # read once per Doc


def test_string_columns_when_the_decoded_table_is_full(nlp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """Past its bound the table is emptied and filled again: a long run's memory stays flat and
    every column is still whole (a word decoded before the clearing is decoded again)."""
    monkeypatch.setattr(context, "_DECODED_MAX", 5)
    monkeypatch.setattr(context, "_DECODED", {})  # what earlier tests decoded is not this test's
    monkeypatch.setattr(context, "_DECODED_LOWER", {})
    first, second = nlp("Protesters marched in Kerova."), nlp(TEXT)
    assert context.token_texts(first) == [t.text for t in first]
    assert context.token_texts(second) == [t.text for t in second]
    assert context.token_lemmas(second) == [t.lemma_.lower() for t in second]
    assert len(context._DECODED) <= len({t.text for t in second}) + len({t.dep_ for t in second}) + 5


def test_flag_columns_are_the_token_flags(doc: Any) -> None:
    assert context.token_flags(doc, "IS_TITLE") == [t.is_title for t in doc]
    assert context.token_flags(doc, "IS_ALPHA") == [t.is_alpha for t in doc]
    assert context.token_sent_starts(doc) == [t.is_sent_start is True for t in doc]


# -- the Doc's text, not joined from its tokens per candidate ----------------------------------


def test_fate_told_in_the_next_sentence_reads_the_kept_text(doc: Any) -> None:
    subject = next(t for t in doc if t.text == "activists")
    assert _fate_hidden_next(subject)
    assert doc_text(doc) == doc.text


def test_fate_not_read_across_a_paragraph(nlp: Any) -> None:
    doc = nlp("Nine activists were taken away by masked men.\n\nTheir whereabouts remain unknown.")
    subject = next(t for t in doc if t.text == "activists")
    assert not _fate_hidden_next(subject)


# -- the sentence before an event sentence, by offsets ---------------------------------------


def _sentence_before_by_copies(text: str, start: int) -> str:
    """The round-30 reading: two copies of all the text before *start*."""
    head = text[:start].rstrip()
    if not head:
        return ""
    body = head[:-1]
    for i in range(len(body) - 2, -1, -1):
        if body[i] in ".!?" and body[i + 1].isspace():
            cut = i + 1
            while cut < len(body) and body[cut].isspace():
                cut += 1
            return head[cut:]
    return head


@pytest.mark.parametrize("start", [-3, 0, 1, 40, 89, 90, 92, 180, len(TEXT), len(TEXT) + 5])
def test_sentence_before_is_the_copying_reading(start: int) -> None:
    assert _sentence_before(TEXT, start) == _sentence_before_by_copies(TEXT, start)


def test_sentence_before_of_short_texts() -> None:
    for text in ["", " ", ".", "a. ", "Hi!  \u00a0Go. \n", "x?\ty", "One.\n\nTwo. Three"]:
        for start in range(-2, len(text) + 2):
            assert _sentence_before(text, start) == _sentence_before_by_copies(text, start), (text, start)
    assert _sentence_before("Police came. Then they left. ", 29) == "Then they left."


# -- the words after given names, found once per Doc --------------------------------------------


def test_words_after_given_names_found_once(doc: Any) -> None:
    gaz = load_gazetteer()
    found = candidates._after_given_names(doc, gaz)
    assert found == candidates._find_after_given_names(doc, gaz)
    assert "uskenov" in found  # "Dalmar Uskenov … said Uskenov": the surname
    assert candidates._after_given_names(doc, gaz) is found  # kept in the Doc


# -- the events' nouns under verbs no list has: the key from the columns -------------------------


def test_noun_key_from_the_columns_is_the_tokens(nlp: Any) -> None:
    from tally.extract.events.nouns import _noun_key, _noun_key_at

    doc = nlp("Workers staged a sit-in and a build-up of troops followed the talks. " + TEXT)
    nouns = [t for t in doc if t.pos_ in {"NOUN", "PROPN"}]
    assert [_noun_key_at(doc, t.i) for t in nouns] == [_noun_key(t) for t in nouns]
    assert "sit-in" in {_noun_key_at(doc, t.i) for t in nouns}


def test_unknown_verb_still_takes_its_event_noun(nlp: Any) -> None:
    from tally.extract.events.triggers import _unknown_verb_nouns

    doc = nlp("The two ministers inked a trade pact in Lusaka.")
    found = _unknown_verb_nouns(doc, [])
    assert [(c.head.text, c.verb.text) for c in found] == [("pact", "inked")]


# -- the quotes' cues: a noun read only when it may be a glued cue ------------------------------


def test_glued_cue_test_on_the_word() -> None:
    from tally.extract.quotes.cues import may_be_glued

    assert may_be_glued("Montazerisaid")
    assert not may_be_glued("montazerisaid")  # not capitalised
    assert not may_be_glued("Montazeri")


def test_glued_cue_still_found(nlp: Any) -> None:
    from tally.extract.quotes.clauses import cue_candidates
    from tally.extract.quotes.marks import Marks, find_marked_spans

    text = "Prosecutor Mohammad Jaffar Montazerisaid that the detainees would be tried soon."
    doc = nlp(text)
    found, _bare = cue_candidates(doc, Marks(find_marked_spans(text)))
    cues = [text[a.cue_span[0] : a.cue_span[1]] for a in found if a.cue_span is not None]
    assert "said" in cues


def test_body_word_opens_a_run() -> None:
    assert candidates._opens_with_a_body_word("University")
    assert not candidates._opens_with_a_body_word("Kerova")
