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


# -- "for its 2019 “Spring Lantern Walk”", "According to the “2023 … Report”": a title in capitals
# after "the" or a possessive names a work or an event (ANNOTATION.md: not titles) ---------------


def test_a_capitalised_event_name_after_a_possessive_is_no_quote(nlp):
    text = (
        "The Lorton Garden Club chose the River House shelter for its 2019 "
        '"Spring Lantern Walk for Shelter Families." Tickets cost $40 each.\n'
    )
    quotes, _entities = _quotes(nlp, text)
    assert _with(quotes, "Spring Lantern Walk") == []


def test_a_capitalised_report_name_after_the_is_no_quote(nlp):
    text = (
        'According to the "2023 National Prison Conditions Report" released by the Justice Forum, '
        "4,000 people were held in cells built for 1,500.\n"
    )
    quotes, _entities = _quotes(nlp, text)
    assert _with(quotes, "National Prison Conditions") == []


def test_a_capitalised_label_after_as_a_is_still_a_verdict(nlp):
    # guard: "described X as a “…”" quotes the site's words, capitals or not
    text = (
        "On Monday, a pro-government website described the student as a "
        '"Paid Foreign Agitator" and said he had fled.\n'
    )
    quotes, _entities = _quotes(nlp, text)
    assert len(_with(quotes, "Paid Foreign Agitator")) == 1


def test_a_capitalised_slogan_with_its_cue_is_still_speech(nlp):
    # guard: no "the" or possessive before the marks
    text = '"Stop The Killings Now," the marchers chanted outside the court.\n'
    quotes, entities = _quotes(nlp, text)
    hits = _with(quotes, "Stop The Killings")
    assert len(hits) == 1 and "marchers" in _name(hits[0], entities)
