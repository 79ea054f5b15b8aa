"""A blank line ends a sentence before the parser runs (tally.nlp.paragraphs)."""

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
