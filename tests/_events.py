"""The first event of a text, as the event tests score it (the PLOVER and CASE sets take a
sentence's or a description's first event by trigger position)."""

from __future__ import annotations

from typing import Any

import tally


def first_event(text: str) -> Any:
    """The event of *text* whose trigger comes first, or None."""
    events = sorted(tally.analyze(text).events, key=lambda e: e.trigger[0])
    return events[0] if events else None


def first_sub_event(text: str) -> str | None:
    """The ACLED sub-event type of the description's first event (smallest trigger offset)."""
    event = first_event(text)
    return event.acled.sub_event_type if event is not None and event.acled else None
