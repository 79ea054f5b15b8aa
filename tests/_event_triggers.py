"""Events of a text as (trigger words, type, modality): shared by the event-sense tests."""

from __future__ import annotations

import tally


def events_of(text: str) -> list[tuple[str, str, str]]:
    """``(text[trigger], type, modality)`` per event of *text*."""
    return [(text[e.trigger[0] : e.trigger[1]], e.type, e.modality) for e in tally.analyze(text).events]


def events_with_trigger(text: str, word: str) -> list[tuple[str, str, str]]:
    """The events of *text* whose trigger holds *word*."""
    return [e for e in events_of(text) if word in e[0]]
