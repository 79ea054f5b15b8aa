"""Places of a text as the place tests read them: shared by the rounds' place tests."""

from __future__ import annotations

import tally
from tally.records import Place


def places(text: str) -> list[Place]:
    """The places of *text* (places only, a fixed publication date)."""
    return tally.analyze(text, published="2024-05-02", only=["places"]).places


def written_places(text: str) -> set[str]:
    """Every place name as written in *text* (the mentions the reports gold is scored on)."""
    return {text[s:e] for place in places(text) for s, e in place.mentions}


def place_of(text: str, written: str) -> Place:
    """The place one of whose mentions is *written*."""
    for place in places(text):
        if any(text[s:e] == written for s, e in place.mentions):
            return place
    raise AssertionError(f"{written!r} is no place of {text!r}")
