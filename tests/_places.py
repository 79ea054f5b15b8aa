"""Places of a text as the place tests read them: shared by the rounds' place tests."""

from __future__ import annotations

import math

import tally
from tally.records import Place


def places(text: str) -> list[Place]:
    """The places of *text* (places only, a fixed publication date)."""
    return tally.analyze(text, published="2024-05-02", only=["places"]).places


def written_places(text: str) -> set[str]:
    """Every place name as written in *text* (the mentions the reports gold is scored on)."""
    return {text[s:e] for place in places(text) for s, e in place.mentions}


def scored_places(text: str) -> set[str]:
    """What the reports gold is matched against: every mention as written and every place's
    name. A site is written with its lower-case word and named alone since round 44 ("Evin
    prison" written, "Evin" its name): a site test reads either."""
    found = places(text)
    return {text[s:e] for place in found for s, e in place.mentions} | {place.name for place in found}


def place_of(text: str, written: str) -> Place:
    """The place one of whose mentions is *written*."""
    for place in places(text):
        if any(text[s:e] == written for s, e in place.mentions):
            return place
    raise AssertionError(f"{written!r} is no place of {text!r}")


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km, computed here rather than by the code under test."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(a))


def assert_offsets_hold(text: str) -> None:
    """Every span of every place is the text it claims."""
    for place in places(text):
        for start, end in place.spans():
            assert text[start:end].strip() == text[start:end] and text[start:end]
