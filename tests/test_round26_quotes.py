"""Quotes of crackdown reporting, round 26: speakers on articles tally has never seen.

Every sentence here was written for these tests (none comes from a gold set
or a corpus story). One test per construction; each failed before the rule it
tests unless its comment says it is a guard.
"""

from __future__ import annotations

from tests.test_extract_quotes import _quotes
from tests.test_quotes_round5 import _name, _with

# -- a description that shortens or spells out the title given before a name ----------------


def test_the_rank_spelt_out_is_the_officer_given_its_abbreviation(nlp):
    # "Ohio Highway Patrol Sgt. Dana Whitlock said … “…,” the Highway Patrol sergeant added": the
    # description repeats the title's words with the rank spelt out; it is that officer
    text = (
        "The van left the road near the bridge, Ohio Highway Patrol Sgt. Dana Whitlock said on "
        "Sunday. The driver was not hurt. Two passengers were taken to a hospital in Dayton. "
        '"The road was icy and the van was going too fast," the Highway Patrol sergeant added.'
    )
    quotes, entities = _quotes(nlp, text)
    hits = _with(quotes, "The road was icy")
    assert len(hits) == 1 and "Dana Whitlock" in _name(hits[0], entities)


def test_the_title_by_its_initials_is_the_officer_given_the_title(nlp):
    # "Deputy Commissioner of Police Eastland Maria Vasquez … the DC Eastland said": initials of the
    # title, then the words that ended it
    text = (
        "Deputy Commissioner of Police Eastland Maria Vasquez met the traders on Monday. More than 40 "
        'shops had been looted. Speaking to the traders, the DC Eastland said: "Every shop will be '
        'guarded from tonight."'
    )
    quotes, entities = _quotes(nlp, text)
    hits = _with(quotes, "Every shop will be guarded")
    assert len(hits) == 1 and "Maria Vasquez" in _name(hits[0], entities)


def test_a_body_s_description_with_no_such_title_before_stays_the_body(nlp):
    # guard: "the Highway Patrol said" names the body; no one was given its title before a name
    text = (
        "The van left the road near the bridge, Sgt. Dana Whitlock said on Sunday. "
        '"The road was icy and the van was going too fast," the Highway Patrol said in a statement.'
    )
    quotes, entities = _quotes(nlp, text)
    hits = _with(quotes, "The road was icy")
    assert len(hits) == 1 and "Highway Patrol" in _name(hits[0], entities)


def test_initials_of_the_title_with_another_body_are_someone_else(nlp):
    # guard: "the DC Westland" is the deputy commissioner of another district, not Vasquez
    text = (
        "Deputy Commissioner of Police Eastland Maria Vasquez met the traders on Monday. More than 40 "
        'shops had been looted. In the next district, the DC Westland said: "Every shop will be '
        'guarded from tonight."'
    )
    quotes, entities = _quotes(nlp, text)
    hits = _with(quotes, "Every shop will be guarded")
    assert len(hits) == 1 and "Maria Vasquez" not in _name(hits[0], entities)
