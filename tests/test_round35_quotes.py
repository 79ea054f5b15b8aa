"""Round 35, quotes: "they" and the plural noun for people that is the last main subject; a run
of unnamed speakers that shares a name with a named one no longer stops the extractor.

Every sentence here was written for tally; none is copied or adapted from an article or a gold set.
"""

from __future__ import annotations

from tests.test_extract_quotes import _quotes, _reported
from tests.test_quotes_round5 import _name

# -- "they" after a plural noun for people as the main subject --------------------------------
# "Defenders …, including X, have urged Parliament …, although they say …": the defenders say it,
# not the body their clause names.

TWO_GROUPS = (
    "Opponents of the toll, among them Senators Ada Lind and Per Moe, sent a letter to the Storting. "
    '"The toll is unfair to the north," they wrote.\n\n'
    "Defenders of the levy, including the Association of Harbour Towns, have urged Parliament to keep "
    "the scheme intact, although they say they welcome some of the changes ministers are expected to "
    "propose.\n"
)


def test_they_in_a_concessive_clause_is_the_plural_main_subject(nlp):
    quotes, entities = _quotes(nlp, TWO_GROUPS)
    (q,) = _reported(quotes, "they welcome some of the changes")
    assert TWO_GROUPS[q.start : q.end] == q.text
    assert q.text.startswith("they welcome some of the changes")
    assert "Defenders" in _name(q, entities)
    assert "Parliament" not in _name(q, entities)


def test_they_in_the_next_sentence_is_the_plural_main_subject(nlp):
    text = "Volunteers from the Red Cross have asked the Health Ministry for more tents. They said the camp could not take more families.\n"
    quotes, entities = _quotes(nlp, text)
    (q,) = _reported(quotes, "the camp could not take more families")
    assert text[q.start : q.end] == "the camp could not take more families"
    assert "Volunteers" in _name(q, entities)


def test_guard_an_organisation_as_main_subject_keeps_they(nlp):
    text = "The Red Cross has asked the Health Ministry for more tents. They said the camp could not take more families.\n"
    quotes, entities = _quotes(nlp, text)
    (q,) = _reported(quotes, "the camp could not take more families")
    assert "Red Cross" in _name(q, entities)


def test_guard_a_plural_of_things_as_main_subject_is_no_speaker(nlp):
    text = "Prices at the market have doubled since the Finance Ministry raised the tax. They said the tax would be lifted in May.\n"
    quotes, entities = _quotes(nlp, text)
    (q,) = _reported(quotes, "the tax would be lifted in May")
    assert "Prices" not in _name(q, entities)


def test_guard_they_after_a_quote_stays_with_its_speaker(nlp):
    quotes, entities = _quotes(nlp, TWO_GROUPS)
    (q,) = _reported(quotes, "The toll is unfair to the north")
    assert "Defenders" not in _name(q, entities)


# -- a run of unnamed speakers after a named one of the same name --------------------------------


def test_unnamed_speakers_after_a_named_one_of_the_same_name_do_not_stop_extraction(nlp):
    text = (
        "Defenders of the levy, including the Association of Harbour Towns, have urged Parliament to keep "
        "the scheme intact, although they say they welcome some of the changes ministers are expected to "
        "propose.\n"
    )
    quotes, _ = _quotes(nlp, text)
    assert _reported(quotes, "they welcome some of the changes")
