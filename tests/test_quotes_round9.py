"""Quotes of crackdown reporting, ninth round: slogans a crowd chants (no one speaker),
descriptions that name an organisation or an office holder named before, and speakers
the parser hides inside a place or a quote.

Every sentence here was written for these tests (none comes from a gold set
or a corpus story). One test per construction; each failed before the rule it
tests unless its comment says it is a guard.
"""

from __future__ import annotations

from tests.test_extract_quotes import _quotes
from tests.test_quotes_round5 import _name, _with

# -- slogans: a crowd's chant has no one speaker --------------------------------------------


def test_two_slogans_joined_by_and_are_two_quotes_of_no_one(nlp):
    # the first slogan made the clause look mixed and was lost with it
    text = (
        "A lawyer for the detainees, Ruth Amoah, said they had been beaten.\n\n"
        'Marchers chanted "Give us back our sons, give us back our daughters" and "No more '
        'curfews" outside the governor\'s office.\n'
    )
    quotes, entities = _quotes(nlp, text)
    first = _with(quotes, "Give us back our sons")
    second = _with(quotes, "No more curfews")
    assert len(first) == 1 and len(second) == 1
    assert _name(first[0], entities) == "" and _name(second[0], entities) == ""


def test_a_short_slogan_right_after_chanting_is_a_quote(nlp):
    # two words and no cue of saying beside them: read as a scare quote before
    text = (
        'Thousands filled the main avenue of Lomé on Saturday, chanting "Faure dégage!" and '
        "waving the flags of the opposition."
    )
    quotes, entities = _quotes(nlp, text)
    hits = _with(quotes, "Faure dégage")
    assert len(hits) == 1 and _name(hits[0], entities) == ""


def test_they_shouted_after_a_named_speaker_is_the_crowd_not_the_speaker(nlp):
    text = (
        "“We will not stop until the curfew is lifted,” said Kofi Mensah, a student leader.\n\n"
        "Then the march reached the bridge. “Freedom now, freedom now,” they shouted as "
        "soldiers blocked the road."
    )
    quotes, entities = _quotes(nlp, text)
    hits = _with(quotes, "Freedom now, freedom now")
    assert len(hits) == 1 and _name(hits[0], entities) == ""


def test_a_slogan_after_a_crowds_slogan_goes_on_from_the_crowd(nlp):
    # the participle hangs on a place; the second slogan took the speaker quoted before
    text = (
        "“Nobody was armed,” said Yaw Boateng, who was at the rally.\n\n"
        "Demonstrators walked from the Kaneshie market towards the parliament chanting "
        "\"Bread, work and dignity for all\" and \"The youth will not be silenced\", in a "
        "reference to the arrests.\n"
    )
    quotes, entities = _quotes(nlp, text)
    hits = _with(quotes, "The youth will not be silenced")
    assert len(hits) == 1 and _name(hits[0], entities) == ""


def test_one_person_who_shouts_keeps_the_quote(nlp):
    # guard (passed before): a single person shouting is a speaker
    text = "A woman beside the barrier shouted, “They are taking the children away!” before she ran."
    quotes, entities = _quotes(nlp, text)
    hits = _with(quotes, "They are taking the children away")
    assert len(hits) == 1 and "woman" in _name(hits[0], entities)
