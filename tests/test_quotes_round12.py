"""Quotes of crackdown reporting, twelfth round: live-blog entry titles quoting in straight
single marks, heading quotes after a time stamp or a label that the quote below repeats, and
documents that speak for whoever issued them.

Every sentence here was written for these tests (none comes from a gold set
or a corpus story). One test per construction; each failed before the rule it
tests unless its comment says it is a guard.
"""

from __future__ import annotations

from tally.extract.quotes.marks import find_marked_spans
from tests.test_extract_quotes import _quotes
from tests.test_quotes_round5 import _name, _with

# -- a live blog's entry title quotes in straight single marks ---------------------------------


def test_an_entry_title_in_straight_single_marks_is_a_quoted_span():
    text = "11:20 GMT – Opposition leader: 'We won't leave the square'\n\nMore follows.\n"
    spans = find_marked_spans(text)
    assert [text[m.start : m.end] for m in spans] == ["We won't leave the square"]


def test_apostrophes_in_prose_make_no_quote():
    # guard: a plural possessive and a line of prose ending in one are no quotes
    text = "The students' union met on Monday.\nThey marched with the workers'\n"
    assert find_marked_spans(text) == []


# -- a heading quote takes the speaker of the quote below that repeats its words ----------------


def test_a_quote_after_an_entry_time_is_said_by_whoever_says_it_below(nlp):
    text = (
        "13:10 GMT – Three dead in Harbour district\n\n"
        "Police chief Tomas Vidal said officers had come under fire.\n\n"
        "12:45 GMT – 'They fired into the market from the bridge'\n\n"
        "A fishmonger who lost his cousin spoke to our reporter.\n\n"
        '"They fired into the market from the bridge. Nobody warned us," said the fishmonger, '
        "Idris Kamara.\n"
    )
    quotes, entities = _quotes(nlp, text)
    heads = [
        q
        for q in quotes
        if q.text.startswith("They fired into the market from the bridge") and "Nobody" not in q.text
    ]
    assert len(heads) == 1
    assert "Kamara" in _name(heads[0], entities)


def test_short_quoted_words_in_a_heading_repeated_below_are_a_quote(nlp):
    # two words in marks are a term in prose; in a heading that a quote below repeats, a quote
    text = (
        "09:30 GMT – Rights group: arrests 'pure intimidation'\n\n"
        "The Lantern Foundation condemned the overnight raids on student dormitories.\n\n"
        '"These arrests are pure intimidation of a generation," said Mira Osei, the foundation\'s '
        "director.\n"
    )
    quotes, entities = _quotes(nlp, text)
    heads = [q for q in quotes if q.text.strip("'\"") == "pure intimidation"]
    assert len(heads) == 1
    assert "Osei" in _name(heads[0], entities)


def test_a_labelled_heading_the_tagger_misreads_takes_the_speaker_below(nlp):
    # the small model reads a surname opening a heading as a verb
    text = (
        "14:30 GMT – Modi: 'Spreading lies'\n\n"
        "Prime Minister Narendra Modi accused his rivals of misleading voters about the bill.\n\n"
        '"They are spreading lies about this bill," Modi told a rally in the capital.\n'
    )
    quotes, entities = _quotes(nlp, text)
    heads = [q for q in quotes if q.text.strip("'\"") == "Spreading lies"]
    assert len(heads) == 1
    assert "Modi" in _name(heads[0], entities)


def test_a_short_term_in_a_heading_that_nobody_repeats_is_no_quote(nlp):
    # guard: a term set off in a heading, not said by anyone below, stays a term
    text = (
        "10:05 GMT – Police detain 'ringleaders'\n\n"
        "Police said they had detained 14 people in the night raids on the port district.\n"
    )
    quotes, _entities = _quotes(nlp, text)
    assert not [q for q in quotes if q.kind in {"direct", "mixed"} and "ringleaders" in q.text]


# -- a document that speaks is whoever issued it ------------------------------------------------


def test_the_release_said_is_who_issued_the_press_release(nlp):
    text = (
        "In a press release on its website, the Interior Ministry of Eswaria said that officers had "
        'been pelted with "rocks and petrol bombs".\n\n'
        '"Officers used only the force needed to protect the ministry building," the release said.\n'
    )
    quotes, entities = _quotes(nlp, text)
    found = _with(quotes, "Officers used only the force")
    assert len(found) == 1
    assert "Interior Ministry" in _name(found[0], entities)


def test_the_post_said_is_the_group_that_reported_in_a_post(nlp):
    # the group that issued the post is a description the tagger gives no entity of its own
    text = (
        "Sauti Watch, a monitoring group run by lawyers, said 40 people had been held since Monday.\n\n"
        'Police spokesman Ezra Banda denied the figure. "Those numbers are made up," he said.\n\n'
        "In a second post on Telegram on Wednesday evening, the Sauti platform reported shooting in "
        'the Lilongwe suburb of Area 25. "Two boys were shot near the market," the post said.\n'
    )
    quotes, entities = _quotes(nlp, text)
    found = _with(quotes, "Two boys were shot")
    assert len(found) == 1
    assert "Sauti" in _name(found[0], entities)


# -- a charge quoted after a passive verb of charging is the court's ----------------------------


def test_a_charge_quoted_after_convicted_of_is_the_court_named_before(nlp):
    text = (
        "A court in Gomel sentenced the blogger on Friday. He was convicted of "
        '"organising actions that grossly violate public order" and jailed for four years.\n'
    )
    quotes, entities = _quotes(nlp, text)
    found = _with(quotes, "organising actions")
    assert len(found) == 1
    assert "court" in _name(found[0], entities).lower()


def test_a_charge_quoted_after_accused_of_is_the_court_named_after(nlp):
    text = (
        "The teacher was detained in March. She was accused of \u201cdiscrediting the armed forces "
        "of the country,\u201d and a district court in Perm later fined her.\n"
    )
    quotes, entities = _quotes(nlp, text)
    found = _with(quotes, "discrediting the armed forces")
    assert len(found) == 1
    assert "court" in _name(found[0], entities).lower()


def test_a_charge_with_no_court_nearby_keeps_no_speaker(nlp):
    # guard: without a court, prosecutor or judge in reach nobody is made up
    text = (
        "The teacher was detained in March. She was accused of \u201cdiscrediting the armed forces "
        "of the country\u201d and released on bail.\n"
    )
    quotes, _entities = _quotes(nlp, text)
    found = _with(quotes, "discrediting the armed forces")
    assert len(found) == 1 and found[0].speaker is None
