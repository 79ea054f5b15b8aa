"""Place paths: a resolved place as a path from its country down, and how two paths meet.

Claims and event clusters group records whose places contain one another
(Behbehan lies in Khuzestan lies in Iran, by the places' ``country`` and
``admin1`` fields): ``["IR", "Khuzestan", "140463"]`` lies within ``["IR"]``.
An empty path is an unknown place.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from tally.link.entities import fold
from tally.records import Article, Place


def place_path(place: Place | None, fallback_country: str | None) -> list[str]:
    """The place as a path from the country down: ``["IR", "Khuzestan", "Behbehan"]``.

    A place of kind ``other`` (unresolved) hangs under its country, or the
    article's main country, by its folded name.
    """
    if place is None:
        return [fallback_country] if fallback_country else []
    country = place.country or fallback_country
    path = [country] if country else []
    if place.kind == "country":
        return path
    if place.kind == "admin1":
        return [*path, place.admin1 or place.name]
    if place.admin1:
        path.append(place.admin1)
    path.append(str(place.geonameid) if place.geonameid else fold(place.name))
    return path


def contains_or_within(a: list[str], b: list[str]) -> bool:
    """One place lies in the other (or they are the same); unknown places only meet unknown."""
    if not a or not b:
        return not a and not b
    shorter, longer = (a, b) if len(a) <= len(b) else (b, a)
    return longer[: len(shorter)] == shorter


def main_country(article: Article) -> str | None:
    """The country an article is about: the one its resolved places are mentioned in most."""
    counts: Counter[str] = Counter()
    for place in article.places:
        if place.country:
            counts[place.country] += max(1, len(place.mentions))
    if not counts:
        return None
    return max(counts, key=lambda c: (counts[c], c))


def common_place(items: list[dict[str, Any]]) -> tuple[list[str], str | None]:
    """The longest path every item's place lies in, and a name for it."""
    paths = [f["place"] for f in items if f["place"]]
    if not paths:
        return [], None
    common = paths[0]
    for path in paths[1:]:
        n = 0
        while n < min(len(common), len(path)) and common[n] == path[n]:
            n += 1
        common = common[:n]
    name = next((f["place_name"] for f in items if f["place"] == common), None)
    return common, name or (common[-1] if common else None)
