"""Quotes of crackdown reporting, thirteenth round: groups named by a people's adjective the
tagger took for a name, documents of a court that speak for the court, and descriptions
that name their body after "known as".

Every sentence here was written for these tests (none comes from a gold set
or a corpus story). One test per construction; each failed before the rule it
tests unless its comment says it is a guard.
"""

from __future__ import annotations

from tests.test_extract_quotes import _quotes
from tests.test_quotes_round5 import _name, _with

# -- a people's adjective before a noun for a group is no name -----------------------------------


def test_officials_after_a_demonym_tagged_as_a_person_are_the_speaker(nlp):
    # the tagger reads "Tajik" as a person's name: the speaker was "Tajik", whom nothing scores
    text = 'Tajik officials said the detained men were "members of a banned extremist cell" in Khorog.'
    quotes, entities = _quotes(nlp, text)
    hits = _with(quotes, "members of a banned extremist cell")
    assert len(hits) == 1 and _name(hits[0], entities) == "Tajik officials"


def test_a_two_word_demonym_before_a_group_is_no_name(nlp):
    text = (
        "Sri Lankan officials told reporters that the curfew was \"a temporary measure to protect "
        'lives" and would be lifted on Friday.'
    )
    quotes, entities = _quotes(nlp, text)
    hits = _with(quotes, "a temporary measure to protect lives")
    assert len(hits) == 1 and _name(hits[0], entities) == "Sri Lankan officials"


def test_a_demonym_in_a_later_sentence_names_no_one(nlp):
    text = (
        "Police fired tear gas in Antananarivo on Monday.\n\n"
        'Malagasy officials called the protest "an attempt to seize power by the street".'
    )
    quotes, entities = _quotes(nlp, text)
    hits = _with(quotes, "an attempt to seize power by the street")
    assert len(hits) == 1 and _name(hits[0], entities) == "Malagasy officials"


def test_an_organisation_before_a_noun_still_names_the_speaker(nlp):
    # guard: a name that is no people's adjective still names the body the speaker belongs to
    text = 'Amnesty researchers said the police had used "lethal force without any warning".'
    quotes, entities = _quotes(nlp, text)
    hits = _with(quotes, "lethal force without any warning")
    assert len(hits) == 1 and "Amnesty" in _name(hits[0], entities)
