"""Who gives each figure, twenty-ninth round: the voice of a source given in the present ("X says")
does not carry into the next sentence when that sentence tells a dated past event.

Every sentence here was written for tally; none is copied from an article or a gold set.
"""

from __future__ import annotations

import pytest

from tests._figure_roles import roles_of

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "value", "not_a_source"),
    [
        (
            "Rights groups say the detainees still held in the camp are at risk of abuse. "
            "The army moved 40 detainees to a prison in the capital on May 3.",
            40,
            "rights",
        ),
        (
            "A report by the league shows the strain on the clinics. "
            "The ward held 60 patients that night and only three doctors were on duty.",
            60,
            "league",
        ),
        (
            "The union says the mine is unsafe. Managers sent 200 miners underground on Friday.",
            200,
            "union",
        ),
        (
            "Lawyers say the remaining inmates may be deported too. "
            "Last week the government flew 35 of them back to their home country.",
            35,
            "lawyers",
        ),
    ],
)
def test_a_dated_past_event_after_a_present_say_is_the_writers(
    text: str, value: float, not_a_source: str
) -> None:
    """ "X says …. [past tense, own date]": the present tense gives the source's standing claim; a
    sentence in the simple past with a date or time of its own is the writer's narrative."""
    asserted, confirmed, _ = roles_of(text, value)
    assert not any(not_a_source in name.lower() for name in asserted + confirmed), asserted


@pytest.mark.parametrize(
    ("text", "value", "source"),
    [
        # the next sentence takes the count up again: still the source's tally
        ("Rights groups say 300 protesters were arrested. Ten were freed on Tuesday.", 10, "rights"),
        ("Rights groups say 300 protesters were arrested. Ten of them were freed on Tuesday.", 10, "rights"),
        # a past "said": the carry-over is left as it was
        (
            "Rights groups said the detainees still held in the camp were at risk of abuse. "
            "The army moved 40 detainees to a prison in the capital on May 3.",
            40,
            "rights",
        ),
        # no date of its own: the source's voice goes on
        (
            "Police say the road to the border is closed. About 500 travellers were stranded near the crossing.",
            500,
            "police",
        ),
        (
            "Police say the road to the border is closed. About 500 travellers are stranded near the crossing.",
            500,
            "police",
        ),
    ],
)
def test_the_present_say_still_carries_where_the_next_sentence_goes_on(
    text: str, value: float, source: str
) -> None:
    """Only a dated sentence in the simple past that does not take up the count is set apart."""
    asserted, _, _ = roles_of(text, value)
    assert any(source in name.lower() for name in asserted), asserted
