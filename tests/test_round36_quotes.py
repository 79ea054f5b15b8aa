"""Round 36, quotes: a descriptor before an organisation's name whose words the parser splits off.

"Media watchdog Reporters Without Borders said …": the small model reads "watchdog" as a verb or
ends the phrase inside the name, because the name holds a capitalised preposition ("Without") or
a lower-case one ("to"). The speaker is the name that runs from the descriptor up to the cue.

Every sentence here was written for tally; none is copied or adapted from an article or a gold set.
"""

from __future__ import annotations

import pytest

from tests.test_extract_quotes import _quotes, _reported
from tests.test_quotes_round5 import _name


def _span_text(text: str, quote) -> str:
    """The speaker's words as written, checked against the record's own span."""
    assert quote.speaker_span is not None
    s, e = quote.speaker_span
    return text[s:e]


# -- the name runs past the phrase the parser gave ------------------------------------------------

DESCRIBED_NAMES = [
    (
        'Media watchdog Reporters Without Borders said "the charges against the editor must be dropped."\n',
        "the charges against the editor must be dropped.",
        "Reporters Without Borders",
    ),
    (
        'The relief agency Doctors Without Borders told reporters "the clinic had run out of fuel by noon."\n',
        "the clinic had run out of fuel by noon.",
        "Doctors Without Borders",
    ),
    (
        'The press freedom group Committee to Protect Journalists said "the charges must be dropped at once."\n',
        "the charges must be dropped at once.",
        "Committee to Protect Journalists",
    ),
    (
        '"The clinic has run out of fuel," said the relief agency Doctors Without Borders.\n',
        "The clinic has run out of fuel,",
        "Doctors Without Borders",
    ),
]


@pytest.mark.parametrize(("text", "words", "name"), DESCRIBED_NAMES)
def test_descriptor_before_a_split_name_gives_the_name(nlp, text, words, name):
    quotes, entities = _quotes(nlp, text)
    (q,) = _reported(quotes, words)
    assert text[q.start : q.end] == q.text
    assert _span_text(text, q) == name
    assert _name(q, entities) == name


def test_descriptor_before_a_split_name_in_reported_speech(nlp):
    text = "The media watchdog Reporters Without Borders said that conditions for journalists had worsened.\n"
    quotes, entities = _quotes(nlp, text)
    (q,) = _reported(quotes, "conditions for journalists had worsened")
    assert _span_text(text, q) == "Reporters Without Borders"
    assert _name(q, entities) == "Reporters Without Borders"


def test_descriptor_before_a_split_name_with_a_joined_cue(nlp):
    text = (
        "The court freed the editor on Monday. Media watchdog Reporters Without Borders welcomed the "
        'ruling and reiterated "its call to the authorities to drop every charge against him."\n'
    )
    quotes, entities = _quotes(nlp, text)
    (q,) = _reported(quotes, "its call to the authorities")
    assert _span_text(text, q) == "Reporters Without Borders"
    assert _name(q, entities) == "Reporters Without Borders"


# -- guards: what must not change ------------------------------------------------------------------


def test_guard_a_day_after_the_descriptor_is_no_name(nlp):
    text = 'A government spokesman Tuesday said "the border will stay closed until further notice."\n'
    quotes, entities = _quotes(nlp, text)
    (q,) = _reported(quotes, "the border will stay closed")
    assert "spokesman" in _name(q, entities)
    assert "Tuesday" not in _name(q, entities)


def test_guard_a_title_before_a_persons_name_keeps_the_person(nlp):
    text = 'The group\'s director Kari Lunde said "the charges must be dropped at once."\n'
    quotes, entities = _quotes(nlp, text)
    (q,) = _reported(quotes, "the charges must be dropped")
    assert _name(q, entities) == "Kari Lunde"


def test_guard_a_whole_name_after_its_descriptor_is_unchanged(nlp):
    text = 'Rights group Human Rights Watch said "the charges must be dropped at once."\n'
    quotes, entities = _quotes(nlp, text)
    (q,) = _reported(quotes, "the charges must be dropped")
    assert _name(q, entities) == "Human Rights Watch"


def test_guard_two_sources_joined_by_and_stay_apart(nlp):
    text = "Earlier on Friday, Norwegian state TV and Reuters reported that the ferry had been found.\n"
    quotes, entities = _quotes(nlp, text)
    (q,) = _reported(quotes, "the ferry had been found")
    assert "TV and Reuters" not in _name(q, entities)


def test_guard_a_name_followed_by_a_place_phrase_stops_at_the_cue(nlp):
    text = '"The levy will hurt fishing towns," said economist Anders Holm of the Arctic Policy Centre.\n'
    quotes, entities = _quotes(nlp, text)
    (q,) = _reported(quotes, "The levy will hurt fishing towns")
    assert "Holm" in _name(q, entities)
    assert "Centre" not in _name(q, entities)
