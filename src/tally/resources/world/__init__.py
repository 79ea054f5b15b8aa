"""Country outlines for maps drawn offline: Natural Earth 1:110m, bundled as GeoJSON.

The file ``countries.geojson`` is built at development time by
``scripts/build_world_outlines.py`` from npm's ``world-atlas`` (see
``SOURCE.md`` beside it); each feature's properties hold ``iso_a2``,
``iso_a3`` (GeoNames' codes, the ones the gazetteer gives places; ``None``
for N. Cyprus and Somaliland, which have none), ``name`` (GeoNames' English
name) and ``ne_name`` (Natural Earth's label). Every geometry is a
MultiPolygon of [lon, lat] rings.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any


@lru_cache(maxsize=1)
def load_countries() -> dict[str, Any]:
    """The bundled FeatureCollection of 177 countries (read once per process; do not mutate it)."""
    text = resources.files(__package__).joinpath("countries.geojson").read_text(encoding="utf-8")
    return json.loads(text)


@lru_cache(maxsize=1)
def countries_by_iso2() -> dict[str, dict[str, Any]]:
    """The features of :func:`load_countries` keyed by ISO 3166-1 alpha-2 code (those that have one)."""
    return {f["properties"]["iso_a2"]: f for f in load_countries()["features"] if f["properties"]["iso_a2"]}
