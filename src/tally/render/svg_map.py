"""A static SVG map: the bundled country outlines, shaded by records, with points for places and events.

Why drawn by hand: the report is one file with no script, so Leaflet is out,
and the Python map libraries (matplotlib/cartopy, geopandas) are heavy
dependencies for an equirectangular projection, which is a linear scaling of
longitude and latitude. The map zooms to the records (the shaded countries'
main outlines and the points, padded), or shows the world when there are none.

Every mark carries a ``<title>`` (the browser's tooltip, no script needed) and
a CSS class a test or a stylesheet can find: ``country shaded`` with
``data-iso`` for shaded countries, ``pt place`` and ``pt event`` for points.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Literal

from tally.render import attr, safe_href, text
from tally.resources.world import load_countries

#: The world shown when there is nothing to zoom to: Antarctica left out.
WORLD = (-180.0, -58.0, 180.0, 84.0)

#: Smallest area the map zooms to, in degrees of longitude and latitude.
MIN_SPAN = (36.0, 18.0)

#: Points labelled with their name, the heaviest first (labels that would overlap are skipped).
LABELS = 10

SHADE = "#c0392b"


@dataclass(frozen=True)
class Point:
    """A mark at a coordinate: a place named in the articles or an event located there."""

    lat: float
    lon: float
    label: str
    kind: Literal["place", "event"] = "place"
    weight: int = 1
    title: str | None = None
    href: str | None = None


def _bbox(rings: Iterable[list[list[float]]]) -> tuple[float, float, float, float]:
    xs: list[float] = []
    ys: list[float] = []
    for ring in rings:
        xs += [p[0] for p in ring]
        ys += [p[1] for p in ring]
    return min(xs), min(ys), max(xs), max(ys)


def _main_bbox(feature: dict[str, Any]) -> tuple[float, float, float, float]:
    """The box of a country's largest polygon: Alaska or Chukotka should not make the map the world."""
    boxes = [_bbox(polygon[:1]) for polygon in feature["geometry"]["coordinates"]]
    return max(boxes, key=lambda b: (b[2] - b[0]) * (b[3] - b[1]))


def _view(boxes: list[tuple[float, float, float, float]], aspect: float) -> tuple[float, float, float, float]:
    """The lon/lat window holding *boxes*, padded, at least :data:`MIN_SPAN`, of width/height *aspect*."""
    if not boxes:
        return WORLD
    x0 = min(b[0] for b in boxes)
    y0 = min(b[1] for b in boxes)
    x1 = max(b[2] for b in boxes)
    y1 = max(b[3] for b in boxes)
    w = max((x1 - x0) * 1.2, MIN_SPAN[0])
    h = max((y1 - y0) * 1.2, MIN_SPAN[1])
    if w / h < aspect:
        w = h * aspect
    else:
        h = w / aspect
    cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
    if w >= WORLD[2] - WORLD[0] or h >= WORLD[3] - WORLD[1]:
        return WORLD
    cx = min(max(cx, WORLD[0] + w / 2), WORLD[2] - w / 2)
    cy = min(max(cy, WORLD[1] + h / 2), WORLD[3] - h / 2)
    return cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2


def _path(polygons: list[list[list[list[float]]]], project: Any) -> str:
    """SVG path data; points closer than half a pixel to the last one kept are dropped."""
    parts = []
    for polygon in polygons:
        for ring in polygon:
            out: list[tuple[float, float]] = []
            for lon, lat in ring:
                x, y = project(lon, lat)
                if out and abs(x - out[-1][0]) < 0.5 and abs(y - out[-1][1]) < 0.5:
                    continue
                out.append((x, y))
            if len(out) >= 3:
                parts.append("M" + "L".join(f"{x:.1f},{y:.1f}" for x, y in out) + "Z")
    return "".join(parts)


def render_map(
    shaded: Mapping[str, int],
    points: Iterable[Point] = (),
    *,
    width: int = 960,
    height: int = 480,
    titles: Mapping[str, str] | None = None,
    fit: bool = True,
    label: str = "Map of the records",
) -> str:
    """An ``<svg>`` element: countries in *shaded* (ISO alpha-2 → records) filled by count, and *points*.

    *titles* gives each shaded country's tooltip (default: "Name: N records").
    With *fit* the map zooms to the records; otherwise it shows the world.
    """
    features = load_countries()["features"]
    points = [p for p in points if -90 <= p.lat <= 90 and -180 <= p.lon <= 180]
    boxes = [_main_bbox(f) for f in features if f["properties"]["iso_a2"] in shaded]
    boxes += [(p.lon, p.lat, p.lon, p.lat) for p in points]
    x0, y0, x1, y1 = _view(boxes, width / height) if fit else WORLD
    k = min(width / (x1 - x0), height / (y1 - y0))
    height = round((y1 - y0) * k)

    def project(lon: float, lat: float) -> tuple[float, float]:
        return (lon - x0) * k, (y1 - lat) * k

    top = max((n for n in shaded.values() if n > 0), default=0)
    low = min((n for n in shaded.values() if n > 0), default=0)
    out = [
        f'<svg class="map" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" '
        f'width="{width}" height="{height}" role="img" aria-label="{attr(label)}">',
        f'<rect class="sea" width="{width}" height="{height}" fill="#eef3f7"/>',
    ]
    shaded_out = []
    for feature in features:
        props = feature["properties"]
        fx0, fy0, fx1, fy1 = _bbox(p[0] for p in feature["geometry"]["coordinates"])
        if fx1 < x0 or fx0 > x1 or fy1 < y0 or fy0 > y1:
            continue
        d = _path(feature["geometry"]["coordinates"], project)
        if not d:
            continue
        count = shaded.get(props["iso_a2"] or "", 0)
        if count:
            # log scale from the quietest shaded country (light) to the busiest (dark)
            share = (
                (math.log1p(count) - math.log1p(low)) / (math.log1p(top) - math.log1p(low))
                if top > low
                else 1.0
            )
            title = (titles or {}).get(props["iso_a2"]) or f"{props['name']}: {count} records"
            shaded_out.append(
                f'<path class="country shaded" data-iso="{attr(props["iso_a2"])}" d="{d}" fill="{SHADE}" '
                f'fill-opacity="{0.25 + 0.65 * share:.2f}" stroke="#7b241c" stroke-width="0.7">'
                f"<title>{text(title)}</title></path>"
            )
        else:
            out.append(
                f'<path class="country" d="{d}" fill="#f4f1ea" stroke="#b9b4a8" stroke-width="0.5">'
                f"<title>{text(props['name'])}</title></path>"
            )
    out += shaded_out
    placed: list[tuple[float, float, float, float]] = []
    ordered = sorted(points, key=lambda p: (p.kind != "event", -p.weight, p.label))
    for p in ordered:
        x, y = project(p.lon, p.lat)
        r = 3 + 2.2 * math.sqrt(max(p.weight, 1))
        title = text(p.title or f"{p.label}: {p.weight}")
        if p.kind == "event":
            mark = (
                f'<circle class="pt event" cx="{x:.1f}" cy="{y:.1f}" r="{r + 2:.1f}" fill="none" '
                f'stroke="#922b21" stroke-width="2"><title>{title}</title></circle>'
            )
        else:
            mark = (
                f'<circle class="pt place" cx="{x:.1f}" cy="{y:.1f}" r="{r:.1f}" fill="#1f5f8b" '
                f'fill-opacity="0.75" stroke="#fff" stroke-width="1"><title>{title}</title></circle>'
            )
        href = safe_href(p.href)
        out.append(f'<a href="{attr(href)}">{mark}</a>' if href else mark)
    labels = 0
    for p in sorted((p for p in points if p.kind == "place"), key=lambda p: (-p.weight, p.label)):
        if labels >= LABELS:
            break
        x, y = project(p.lon, p.lat)
        r = 3 + 2.2 * math.sqrt(max(p.weight, 1))
        w = 6.5 * len(p.label) + 4
        box = (x + r + 2, y - 7, x + r + 2 + w, y + 7)
        if box[2] > width:  # no room on the right: put it on the left
            box = (x - r - 2 - w, y - 7, x - r - 2, y + 7)
        if any(box[0] < b[2] and b[0] < box[2] and box[1] < b[3] and b[1] < box[3] for b in placed):
            continue
        placed.append(box)
        labels += 1
        out.append(
            f'<text class="label" x="{box[0] + 2:.1f}" y="{y + 4:.1f}" font-size="12" fill="#1b2631" '
            f'stroke="#fff" stroke-width="3" paint-order="stroke">{text(p.label)}</text>'
        )
    out.append("</svg>")
    return "\n".join(out)
