"""Round 58, the lead's review: a live blog's entries tell one occasion in the present.

A line that opens with the time it was posted ("14:20 — Riot police arrest dozens of students
outside the university.") tells what happened then, in the present of live reporting; the round's
habit rule (:mod:`tally.extract.events.habitual`) must not read it as a habit. The same sentence
with no time before it is still a habit. Every sentence is written for these tests.
"""

from __future__ import annotations

import pytest

from tests._event_triggers import events_of, events_with_trigger

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "word"),
    [
        (
            "Live: the capital\n\n14:20 — Riot police arrest dozens of students outside the university.",
            "arrest",
        ),
        ("Live: the port strike\n\nUpdate 9.40: A police van blocks the gate of the old factory.", "blocks"),
        ("Minute by minute\n\n[16:05] Soldiers beat marchers with batons on the main avenue.", "beat"),
    ],
)
def test_live_blog_entry_in_the_present_is_an_event(text: str, word: str) -> None:
    assert events_with_trigger(text, word), events_of(text)


def test_same_sentence_without_a_time_is_still_a_habit() -> None:
    text = "Notes on the district\n\nA police van blocks the gate of the old factory."
    assert events_with_trigger(text, "blocks") == [], events_of(text)
