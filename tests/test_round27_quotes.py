"""Quotes and their speakers, twenty-seventh round (transfer first: constructions seen in at
least two tune splits written by different hands, or named by ANNOTATION.md / issue 13).

Every sentence here was written for these tests (none comes from a gold set
or a corpus story). One test per construction; each failed before the rule it
tests unless its comment says it is a guard.
"""

from __future__ import annotations

from tests.test_extract_quotes import _quotes
from tests.test_quotes_round5 import _name, _with

# -- "said World Food Programme (WFP) Sudan director Hanna Berg": a body, then a title, then the
# person who holds it --------------------------------------------------------------------------


def test_a_body_opening_a_title_does_not_speak_for_its_holder(nlp):
    text = (
        "Aid convoys reached the camp on Thursday. "
        '"The clinic will reopen on Monday," said World Food Programme (WFP) Sudan director '
        "Hanna Berg in a statement on Friday.\n"
    )
    quotes, entities = _quotes(nlp, text)
    hits = _with(quotes, "clinic will reopen")
    assert len(hits) == 1 and _name(hits[0], entities) == "Hanna Berg"


def test_a_place_opening_a_title_does_not_speak_for_its_holder(nlp):
    # the tagger misses the name after the title and tags the town before it a person
    text = (
        "Hundreds of families queued for water in the heat. "
        '"The wells have been dry since March," said Kassala Deputy-Mayor Ester Nkemba.\n'
    )
    quotes, entities = _quotes(nlp, text)
    hits = _with(quotes, "wells have been dry")
    assert len(hits) == 1 and _name(hits[0], entities) == "Ester Nkemba"


def test_a_name_after_a_verb_of_the_body_is_not_its_voice(nlp):
    # guard: "citing witness X" — the witness is cited; the body speaks
    text = '"Nobody was allowed to see him," said Amnesty International, citing witness Ana Diaz.\n'
    quotes, entities = _quotes(nlp, text)
    hits = _with(quotes, "allowed to see him")
    assert len(hits) == 1 and _name(hits[0], entities) == "Amnesty International"


def test_a_name_after_a_preposition_is_someone_else(nlp):
    # guard: "the brother of activist X" is the brother, unnamed
    text = '"Nobody was allowed to see him," said the brother of activist Ana Diaz.\n'
    quotes, entities = _quotes(nlp, text)
    hits = _with(quotes, "allowed to see him")
    assert len(hits) == 1 and _name(hits[0], entities) != "Ana Diaz"
    assert "brother" in _name(hits[0], entities)
