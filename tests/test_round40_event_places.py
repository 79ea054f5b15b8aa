"""Round 40: an event's place is not a place named inside a relative clause of one of its arguments.

"Soldiers opened fire on a convoy that was heading to Gondar" says where the convoy was going, not
where the shooting was; the event takes the place of its own clause or sentence ("... near Bahir
Dar"). A clause that describes the event noun itself ("a rally that was held in Tehran") still
places it. Sentences written for these tests.
"""

from __future__ import annotations

import pytest

import tally


def _place_of(text: str, trigger: str) -> str | None:
    article = tally.analyze(text)
    at = text.index(trigger)
    event = next(e for e in article.events if e.trigger[0] <= at < e.trigger[1])
    place = next((p for p in article.places if p.id == event.place), None)
    if place is None:
        return None
    start, end = place.spans()[0]
    return text[start:end]


@pytest.mark.model
def test_a_place_inside_a_relative_clause_of_the_object_does_not_place_the_event() -> None:
    text = (
        "At least six civilians were killed in Bahir Dar on Friday when soldiers opened fire on a "
        "bus that was travelling to Gondar, residents said."
    )
    assert _place_of(text, "opened fire") == "Bahir Dar"


@pytest.mark.model
def test_a_place_inside_a_relative_clause_of_the_subject_does_not_place_the_event() -> None:
    text = "Protesters who had come from Mombasa were arrested outside the courthouse in Nairobi on Monday."
    assert _place_of(text, "arrested") == "Nairobi"


@pytest.mark.model
def test_a_clause_that_describes_the_event_noun_itself_still_places_it() -> None:
    text = "Police dispersed a rally that was held in Tabriz on Sunday, a rights group said."
    assert _place_of(text, "rally") == "Tabriz"


@pytest.mark.model
def test_the_events_own_place_is_kept_beside_a_relative_clause() -> None:
    text = "Security forces detained 40 students in Lahore who had marched to the governor's office."
    assert _place_of(text, "detained") == "Lahore"
