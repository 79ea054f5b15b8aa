"""Quotes and their speakers, twenty-eighth round (transfer first: a class of error seen in at
least two tune splits written by different hands).

Every sentence here was written for these tests (none comes from a gold set
or a corpus story). Each test failed before the rule it tests unless its
comment says it is a guard.
"""

from __future__ import annotations

from tests.test_extract_quotes import _quotes
from tests.test_quotes_round5 import _name, _with

# -- "he"/"she" after someone of its gender is named since the last quote --------------------
# The subject found before the last speaker's quote is further away than a person named after
# that quote, whatever that person's role in their sentence (an object of "introduced", of
# "came from").

_MEETING = (
    "Clara Weiss opened the meeting at the town hall. Councillor Peter Lang said, "
    '"the road will be closed until March and the buses will take another route." '
)


def test_a_person_introduced_after_the_last_quote_is_she(nlp):
    text = (
        _MEETING + "The chair then introduced the next speaker, school nurse Marta Olsen. "
        'She said, "the children are coughing every morning and we want answers."\n'
    )
    quotes, entities = _quotes(nlp, text)
    hits = _with(quotes, "children are coughing")
    assert len(hits) == 1 and _name(hits[0], entities) == "Marta Olsen"


def test_a_person_a_message_came_from_after_the_last_quote_is_she(nlp):
    text = (
        "Lena Varga has more from Vienna. Speaking to officers in the capital, Interior Minister "
        "Karl Brandt stressed the cost of the new border posts. "
        '"We cannot promise more money this year," said Brandt. '
        "The same warning came from party leader Ingrid Holm at the assembly. "
        '"We need more teachers, and we need them now," she said.\n'
    )
    quotes, entities = _quotes(nlp, text)
    assert _name(_with(quotes, "cannot promise")[0], entities) == "Karl Brandt"
    hits = _with(quotes, "need more teachers")
    assert len(hits) == 1 and _name(hits[0], entities) == "Ingrid Holm"


def test_guard_no_one_named_since_the_last_quote_keeps_the_subject(nlp):
    # guard: nobody named after the councillor's quote, so "she" is still the woman who opened
    text = (
        _MEETING + "The chair thanked the guests. "
        'She said, "the children are coughing every morning and we want answers."\n'
    )
    quotes, entities = _quotes(nlp, text)
    hits = _with(quotes, "children are coughing")
    assert len(hits) == 1 and _name(hits[0], entities) == "Clara Weiss"


def test_guard_a_man_named_since_the_last_quote_is_not_she(nlp):
    # guard: the person named after the last quote is of the other gender
    text = (
        _MEETING + "The chair then introduced the next speaker, Mr. Tomas Novak. "
        'She said, "the children are coughing every morning and we want answers."\n'
    )
    quotes, entities = _quotes(nlp, text)
    hits = _with(quotes, "children are coughing")
    assert len(hits) == 1 and _name(hits[0], entities) == "Clara Weiss"


def test_guard_a_name_in_the_pronouns_own_sentence_is_spoken_of(nlp):
    # guard: "Asked about X, she said": X is whom she speaks of, never who she is
    text = (
        _MEETING + "Asked about the nurse Marta Olsen, "
        'she said, "the children are coughing every morning and we want answers."\n'
    )
    quotes, entities = _quotes(nlp, text)
    hits = _with(quotes, "children are coughing")
    assert len(hits) == 1 and _name(hits[0], entities) == "Clara Weiss"
