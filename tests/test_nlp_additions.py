"""What tally adds to spaCy's pipeline: a blank line ends a sentence, reference marks are tokens."""

from __future__ import annotations

import pytest

from tally.nlp.load import load_model

pytestmark = pytest.mark.model


def test_a_blank_line_starts_a_sentence_a_single_line_break_does_not():
    nlp = load_model("en_core_web_sm")
    doc = nlp(
        "Troops open fire in the capital\n\nAt least nine people were hurt, medics said.\nThe army\nsaid nothing."
    )
    starts = [s[0].text for s in doc.sents if not s[0].is_space]
    assert starts[:2] == ["Troops", "At"]
    assert "said" not in starts  # a hard-wrapped line goes on


def test_the_component_runs_before_the_parser_once():
    nlp = load_model("en_core_web_sm")
    names = nlp.pipe_names
    assert names.count("tally_paragraph_breaks") == 1
    assert names.index("tally_paragraph_breaks") < names.index("parser")


def test_a_reference_mark_is_a_token_of_its_own():
    nlp = load_model("en_core_web_sm")
    doc = nlp("Police said 40 people were detained.[7] Others were hurt;[3] the rest fled[b].")
    words = [t.text for t in doc]
    assert words[5:8] == ["detained", ".", "[7]"]
    assert "[3]" in words and "[b]" in words and "hurt" in words
    assert "".join(t.text_with_ws for t in doc) == doc.text  # offsets unchanged


def test_a_reference_mark_closes_its_sentence_the_next_word_opens_one():
    nlp = load_model("en_core_web_sm")
    doc = nlp(
        "The courts jailed 35 students by the end of March.[4] Some 90 teachers were also dismissed, a union said."
    )
    sents = [s.text for s in doc.sents]
    assert sents[0].endswith(".[4]")
    assert sents[1].startswith("Some 90 teachers")
