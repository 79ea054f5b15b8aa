"""Quotes of crackdown reporting, round 25: speakers on articles tally has never seen.

Every sentence here was written for these tests (none comes from a gold set
or a corpus story). One test per construction; each failed before the rule it
tests unless its comment says it is a guard.
"""

from __future__ import annotations

from tests.test_extract_quotes import _quotes
from tests.test_quotes_round5 import _name, _with

# -- a statement published on someone's website is theirs --------------------------------


def test_a_statement_on_a_bodys_website_is_the_bodys(nlp):
    # "“…,” said a statement on X's website": the owner of the site wrote it
    text = '"The samples show no sign of the virus," said a statement on the Norland Food Agency\'s website.'
    quotes, entities = _quotes(nlp, text)
    hits = _with(quotes, "samples show no sign")
    assert len(hits) == 1 and "Norland Food Agency" in _name(hits[0], entities)


def test_a_statement_posted_on_the_website_of_a_body_is_the_bodys(nlp):
    # "a statement posted on the website of X": the owner named after "of"
    text = (
        '"The samples show no sign of the virus," said a statement posted on the website of the '
        "Norland Food Agency."
    )
    quotes, entities = _quotes(nlp, text)
    hits = _with(quotes, "samples show no sign")
    assert len(hits) == 1 and "Norland Food Agency" in _name(hits[0], entities)


def test_the_statement_goes_on_with_the_owner_of_the_website(nlp):
    text = (
        '"The samples show no sign of the virus," said a statement on the Norland Food Agency\'s '
        'website. The statement also said that the geese "did not look sick" when they were caught.'
    )
    quotes, entities = _quotes(nlp, text)
    hits = _with(quotes, "did not look sick")
    assert len(hits) == 1 and "Norland Food Agency" in _name(hits[0], entities)


def test_a_statement_about_a_topic_names_no_author(nlp):
    # guard: "a statement on the arrests" is about the arrests, which wrote nothing
    text = '"We will appeal," said a statement on the Varnholt Court\'s ruling.'
    quotes, entities = _quotes(nlp, text)
    hits = _with(quotes, "We will appeal")
    assert len(hits) == 1 and "Varnholt" not in _name(hits[0], entities)


# -- after a finished quoted sentence, a verb with its own content is no cue ----------------


def test_a_warning_against_something_after_a_quote_is_not_its_cue(nlp):
    # "“….” Countries have issued alerts, warning against travel": the warning's content is the
    # travel; the quote goes on from the speaker before it
    text = (
        '"We will open two more wards," said Ortiz. "In the coming weeks, we will decide with the '
        'ministry where to set up more beds." Nearby countries, such as Peru and Chile, have issued '
        "alerts to their citizens, warning against travel to the area."
    )
    quotes, entities = _quotes(nlp, text)
    hits = _with(quotes, "In the coming weeks")
    assert len(hits) == 1 and "Ortiz" in _name(hits[0], entities)


def test_a_complaint_of_something_after_a_quote_is_not_its_cue(nlp):
    text = (
        '"We expect to win," said Maren Holt. "But the count will be stolen if nobody watches it." '
        "Across the region, opposition parties have complained of unfair rules."
    )
    quotes, entities = _quotes(nlp, text)
    hits = _with(quotes, "But the count will be stolen")
    assert len(hits) == 1 and "Maren Holt" in _name(hits[0], entities)


def test_a_quote_then_a_warning_in_a_statement_keeps_its_cue(nlp):
    # guard: "in a statement" is where the words were given, not other content
    text = '"The dam will not hold." The regional water board warned in a statement on Sunday.'
    quotes, entities = _quotes(nlp, text)
    hits = _with(quotes, "The dam will not hold")
    assert len(hits) == 1 and "water board" in _name(hits[0], entities)


# -- an organisation's acronym in capitals is a name, not a pronoun ------------------------


def test_an_acronym_spelling_a_pronoun_is_the_organisation(nlp):
    # "WHO" is the World Health Organization, not the relative pronoun "who"
    text = (
        "The World Health Organization (WHO) sent a team to the province on Monday. "
        '"The risk to the wider public remains low," WHO said in a statement.'
    )
    quotes, entities = _quotes(nlp, text)
    hits = _with(quotes, "risk to the wider public")
    assert len(hits) == 1 and "World Health Organization" in _name(hits[0], entities)


def test_a_pronoun_in_lower_case_stays_a_pronoun(nlp):
    # guard: "it" after a named body is still resolved as a pronoun
    text = (
        "The Norland Food Agency tested the samples on Monday. "
        '"The samples show no sign of the virus," it said.'
    )
    quotes, entities = _quotes(nlp, text)
    hits = _with(quotes, "samples show no sign")
    assert len(hits) == 1 and "Norland Food Agency" in _name(hits[0], entities)
