"""An SVG timeline: events and claim values by day or week, one lane (column) per country.

Why drawn by hand: the report is one file with no script (so no chart
library running in the page), and a lane chart is a grid of circles and
labels. Why an axis of the periods that hold records rather than a
continuous time axis: a news corpus mixes this week's reports with a
massacre of 1988 or "in November 2019", and a linear axis would crush the
weeks that matter into a pixel. Rows are the days (or ISO weeks) that hold
a record, in order; dates only known to the month or year get a row of
their own; a dashed line shows where periods were skipped.

Time runs down, one row per period; each lane (country) is a column. In a
cell: a circle for its events (bigger for more, the number written inside),
and beside it the claims dated there with their value ("9–27 killed"). Each mark has a ``<title>`` tooltip and may
link somewhere (an anchor of the report, or a page of ``tally serve``).
CSS classes for tests and styles: ``tl-event`` and ``tl-claim``.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal

from tally.render import attr, safe_href, text

UNDATED = "undated"

_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_YEAR = re.compile(r"^(\d{4})$")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})$")

STATUS_COLOUR = {"conflicting": "#b03a2e", "corroborated": "#1e8449", "single_source": "#5d6d7e"}


@dataclass(frozen=True)
class Mark:
    """One record on the timeline: an event cluster or a claim, in a lane (a country)."""

    lane: str
    when: str | None
    kind: Literal["event", "claim"] = "event"
    label: str = ""
    title: str = ""
    href: str | None = None
    status: str | None = None


@dataclass(frozen=True, order=True)
class Period:
    """A column: where it starts, how coarse it is (finer sorts later), its key and label."""

    start: date
    rank: int
    key: str
    label: str


def period(when: str | None, unit: Literal["day", "week"] = "day") -> Period | None:
    """The column of a date as tally writes them (``2023-03-11``, ``2023-03``, ``2023``, ``2026-W28``,
    ``a/b`` intervals by their start); ``None`` when undated or unreadable."""
    if not when:
        return None
    first = when.split("/", 1)[0].strip()
    try:
        if m := _DAY.match(first):
            day = date(int(m[1]), int(m[2]), int(m[3]))
            if unit == "week":
                year, week, weekday = day.isocalendar()
                monday = day - timedelta(days=weekday - 1)
                return Period(monday, 3, f"{year}-W{week:02d}", f"{year}-W{week:02d}")
            return Period(day, 3, first, first)
        if m := _WEEK.match(first):
            monday = date.fromisocalendar(int(m[1]), int(m[2]), 1)
            return Period(monday, 2, first, first)
        if m := _MONTH.match(first):
            return Period(date(int(m[1]), int(m[2]), 1), 1, first, first)
        if m := _YEAR.match(first):
            return Period(date(int(m[1]), 1, 1), 0, first, first)
    except ValueError:
        return None
    return None


def _adjacent(a: Period, b: Period, unit: str) -> bool:
    """Whether no period lies between columns *a* and *b* (no break mark between them)."""
    if a.rank != 3 or b.rank != 3:
        return b.start <= a.start + timedelta(days=31 if a.rank == 1 else 366 if a.rank == 0 else 7)
    return (b.start - a.start).days <= (7 if unit == "week" else 1)


def render_timeline(
    marks: Iterable[Mark],
    *,
    unit: Literal["day", "week"] = "day",
    label: str = "Timeline of the records",
    width: int = 960,
    min_lane: int = 150,
) -> str:
    """An ``<svg>`` element: time runs down (one row per period), one column per :attr:`Mark.lane`.

    Lanes are ordered busiest first and share *width* (each at least
    *min_lane* pixels wide: many lanes make the picture wider than *width*).
    Time runs down rather than across so that a corpus spanning years and a
    claim's label ("9–27 killed") both fit a page's width.
    """
    marks = list(marks)
    cells: dict[tuple[str, str], list[Mark]] = defaultdict(list)
    periods: dict[str, Period] = {}
    lane_count: dict[str, int] = defaultdict(int)
    undated = Period(date.max, 9, UNDATED, UNDATED)
    for mark in marks:
        p = period(mark.when, unit) or undated
        periods[p.key] = p
        cells[(mark.lane, p.key)].append(mark)
        lane_count[mark.lane] += 1
    rows = sorted(periods.values())
    lanes = sorted(lane_count, key=lambda lane: (-lane_count[lane], lane))
    left, top, line = 118, 30, 14
    lane_width = max(min_lane, (width - left) // max(len(lanes), 1))
    width = max(width, left + lane_width * len(lanes))
    heights = []
    for row in rows:
        most = max((sum(m.kind == "claim" for m in cells[(lane, row.key)]) for lane in lanes), default=0)
        heights.append(max(30, line * most + 10))
    height = top + sum(heights) + 6
    out = [
        f'<svg class="timeline" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" '
        f'width="{width}" height="{height}" role="img" aria-label="{attr(label)}" '
        f'font-family="system-ui,sans-serif">'
    ]
    for j, lane in enumerate(lanes):
        x = left + lane_width * j
        if j % 2 == 0:
            out.append(f'<rect x="{x}" y="0" width="{lane_width}" height="{height}" fill="#f7f9f9"/>')
        out.append(
            f'<text class="lane" x="{x + 8}" y="{top - 10}" font-size="13" font-weight="600" '
            f'fill="#1b2631">{text(_fit(lane, lane_width - 12, 7.4))}<title>{text(lane)}</title></text>'
        )
    out.append(f'<line x1="0" y1="{top}" x2="{width}" y2="{top}" stroke="#aab7b8"/>')
    y = top
    for i, (row, row_height) in enumerate(zip(rows, heights, strict=True)):
        if i and not _adjacent(rows[i - 1], row, unit):
            out.append(
                f'<line class="gap" x1="0" y1="{y}" x2="{width}" y2="{y}" stroke="#7f8c8d" '
                f'stroke-dasharray="3 4"><title>periods without records skipped</title></line>'
            )
        else:
            out.append(f'<line x1="0" y1="{y}" x2="{width}" y2="{y}" stroke="#eaeded"/>')
        out.append(
            f'<text class="period" x="8" y="{y + 19}" font-size="12" fill="#34495e" '
            f'font-variant-numeric="tabular-nums">{text(row.label)}</text>'
        )
        for j, lane in enumerate(lanes):
            here = cells.get((lane, row.key), [])
            if not here:
                continue
            x = left + lane_width * j
            events = [m for m in here if m.kind == "event"]
            if events:
                cx, cy = x + 16, y + 15
                r = min(5 + 2.6 * math.sqrt(len(events) - 1), 12)
                names = sorted({m.label for m in events if m.label})
                tip = f"{lane}, {row.label}: {len(events)} event{'s' if len(events) != 1 else ''}"
                tip += (": " + "; ".join(names)) if names else ""
                circle = (
                    f'<circle class="tl-event" cx="{cx}" cy="{cy}" r="{r:.1f}" fill="#c0392b" '
                    f'fill-opacity="0.85"><title>{text(tip)}</title></circle>'
                )
                if len(events) > 1:
                    circle += (
                        f'<text x="{cx}" y="{cy + 4}" font-size="11" fill="#fff" text-anchor="middle">'
                        f"{len(events)}<title>{text(tip)}</title></text>"
                    )
                href = safe_href(events[0].href)
                out.append(f'<a href="{attr(href)}">{circle}</a>' if href else circle)
            claims = [m for m in here if m.kind == "claim"]
            for k, claim in enumerate(claims):
                cy = y + 15 + line * k
                colour = STATUS_COLOUR.get(claim.status or "", "#5d6d7e")
                mx = x + 36
                glyph = (
                    f'<g class="tl-claim"><title>{text(claim.title or claim.label)}</title>'
                    f'<rect x="{mx - 3.5}" y="{cy - 3.5}" width="7" height="7" fill="{colour}" '
                    f'transform="rotate(45 {mx} {cy})"/>'
                    f'<text x="{mx + 8}" y="{cy + 4}" font-size="11" fill="{colour}">'
                    f"{text(_fit(claim.label, lane_width - 48))}</text></g>"
                )
                href = safe_href(claim.href)
                out.append(f'<a href="{attr(href)}">{glyph}</a>' if href else glyph)
        y += row_height
    out.append("</svg>")
    return "\n".join(out)


def _fit(label: str, pixels: float, per_char: float = 6.0) -> str:
    """*label* shortened to about *pixels* wide at *per_char* pixels a letter (the full text is in the tooltip)."""
    room = max(int(pixels / per_char), 4)
    return label if len(label) <= room else label[: room - 1] + "…"
