"""Round 34, quotes: a participle on a thing that cannot speak ("a press event announcing that …",
"maps showing …") reports what the subject of the clause the thing's phrase
hangs from says, not the thing.

Every sentence here was written for tally; none is copied or adapted from an article or a gold set.
"""

from __future__ import annotations

from tests.test_extract_quotes import _quotes, _reported
from tests.test_quotes_round5 import _name


def _offsets_hold(text: str, quotes) -> None:
    for q in quotes:
        assert text[q.start : q.end] == q.text
        if q.speaker_span is not None:
            start, end = q.speaker_span
            assert text[start:end].strip()


def test_press_event_announcing_is_the_mayor_who_spoke_at_it(nlp):
    text = (
        "Mayor Hilda Varga spoke on Monday at a crowded press event announcing that the city would "
        "close two bridges over the canal for repairs.\n"
    )
    quotes, entities = _quotes(nlp, text)
    (q,) = _reported(quotes, "close two bridges")
    assert _name(q, entities) == "Hilda Varga"
    _offsets_hold(text, quotes)


def test_maps_showing_among_charts_handed_over_is_the_one_handing_them(nlp):
    text = (
        "Tomas Brandt, a geographer in Leeds, handed the committee a set of charts on Monday, among them "
        "colour maps showing that flooding had reached the old mill district twice since March.\n"
    )
    quotes, entities = _quotes(nlp, text)
    (q,) = _reported(quotes, "flooding had reached the old mill")
    assert _name(q, entities) == "Tomas Brandt"
    _offsets_hold(text, quotes)


def test_guard_a_statement_saying_is_still_the_union_that_issued_it(nlp):
    text = "The dockers' union published a statement saying that the stoppage at the docks would last until May.\n"
    quotes, entities = _quotes(nlp, text)
    (q,) = _reported(quotes, "stoppage at the docks")
    assert _name(q, entities) == "union"
    _offsets_hold(text, quotes)


def test_guard_a_study_showing_stays_the_study(nlp):
    text = "Officials in Bergen cited a new study showing that ferry fares had doubled in five years.\n"
    quotes, entities = _quotes(nlp, text)
    (q,) = [q for q in quotes if q.text.startswith("ferry fares had doubled")]
    assert q.speaker_span is not None
    assert text[q.speaker_span[0] : q.speaker_span[1]] == "a new study"
    _offsets_hold(text, quotes)


def test_guard_a_group_calling_for_stays_the_group(nlp):
    text = "A farmers' group calling for lower fuel taxes met the minister in Lyon on Wednesday.\n"
    quotes, entities = _quotes(nlp, text)
    for q in _reported(quotes, "lower fuel taxes"):
        assert _name(q, entities) != "minister"
