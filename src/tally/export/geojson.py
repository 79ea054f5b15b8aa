"""``--format geojson``: a FeatureCollection of events and places that have coordinates.

Event clusters are points at their most precise resolved place
(``properties.kind == "event"``); places are one point per gazetteer entry
with how often and in how many articles they are named (``"place"``).
Coordinates are ``[longitude, latitude]`` (RFC 7946). Nothing is placed that
the gazetteer did not place: records without coordinates are left out.
"""

from __future__ import annotations

import json
from typing import Any, TextIO

from tally.export import register
from tally.link.entities import fold
from tally.reader import CorpusReader


def geojson_features(reader: CorpusReader) -> list[dict[str, Any]]:
    features: list[dict[str, Any]] = []
    for cluster in reader.events():
        if cluster.lat is None or cluster.lon is None:
            continue
        first = cluster.events[0]
        features.append(
            {
                "type": "Feature",
                "geometry": {"type": "Point", "coordinates": [cluster.lon, cluster.lat]},
                "properties": {
                    "kind": "event",
                    "id": cluster.id,
                    "type": cluster.type,
                    "mode": cluster.mode,
                    "acled_event_type": cluster.acled.event_type if cluster.acled else None,
                    "date": cluster.date,
                    "place": cluster.place_name,
                    "actor": cluster.actor,
                    "target": cluster.target,
                    "status": cluster.status,
                    "independent_sources": cluster.independent_sources,
                    "sources": cluster.sources,
                    "reports": len(cluster.events),
                    "evidence": f"{first.doc}:{first.evidence[0]}-{first.evidence[1]}",
                    "sentence": " ".join(first.sentence.split()),
                },
            }
        )
    places: dict[str, dict[str, Any]] = {}
    for article in reader.articles():
        for place in article.places:
            if place.lat is None or place.lon is None:
                continue
            key = str(place.geonameid) if place.geonameid else f"{fold(place.name)}@{place.lat},{place.lon}"
            entry = places.setdefault(
                key,
                {
                    "type": "Feature",
                    "geometry": {"type": "Point", "coordinates": [place.lon, place.lat]},
                    "properties": {
                        "kind": "place",
                        "name": place.name,
                        "place_kind": place.kind,
                        "country": place.country,
                        "admin1": place.admin1,
                        "geonameid": place.geonameid,
                        "mentions": 0,
                        "articles": 0,
                    },
                },
            )
            entry["properties"]["mentions"] += max(1, len(place.mentions))
            entry["properties"]["articles"] += 1
    features += [places[k] for k in sorted(places)]
    return features


def write_geojson(reader: CorpusReader, out: TextIO) -> int:
    features = geojson_features(reader)
    json.dump({"type": "FeatureCollection", "features": features}, out, ensure_ascii=False, indent=1)
    out.write("\n")
    return len(features)


def register_formats() -> None:
    """The plugin hook of this module (see :mod:`tally.export`)."""
    register("geojson", write_geojson, help="events and places with coordinates, as a FeatureCollection")
