"""What each page shows, computed from the read side (no HTML here: the templates render it).

Everything comes through :class:`tally.reader.CorpusReader` and
:meth:`tally.store.Store.get_article`, so the pages show the records with a
reviewer's corrections applied, like every other consumer.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from tally.reader import CorpusReader
from tally.records import Article, Claim, ClaimFigure
from tally.report import place_label
from tally.store import Store
from tally.store.review import ReviewAction, status_of

#: the kinds highlighted in an article's text, in the order of the side list
KINDS = ("figures", "quotes", "events", "places", "dates", "entities", "flags")
_PRIORITY = {
    k: n for n, k in enumerate(("figures", "events", "places", "dates", "entities", "flags", "quotes"))
}


@dataclass
class Segment:
    """A run of the text covered by the same records: ``text[start:end]``."""

    start: int
    end: int
    text: str
    kinds: list[str] = field(default_factory=list)


@dataclass
class RecordRow:
    """One record of the side list of an article page."""

    kind: str
    id: str
    label: str
    detail: str
    span: tuple[int, int]
    evidence: tuple[int, int]
    status: str = ""
    record: dict[str, Any] = field(default_factory=dict)
    claim_id: str | None = None


def segments(text: str, spans: list[tuple[int, int, str]]) -> list[Segment]:
    """Split *text* at every span's ends; each piece lists the kinds of the spans covering it.

    Written by hand because spans overlap (a figure inside a quote): a flat run
    of pieces renders them all without nested or crossing tags.
    """
    cuts = {0, len(text)}
    for start, end, _kind in spans:
        if 0 <= start < end <= len(text):
            cuts.update((start, end))
    points = sorted(cuts)
    starts: dict[int, list[tuple[int, str]]] = defaultdict(list)
    for start, end, kind in spans:
        if 0 <= start < end <= len(text):
            starts[start].append((end, kind))
    active: list[tuple[int, str]] = []
    out = []
    for a, b in zip(points, points[1:], strict=False):
        active = [(e, k) for e, k in active if e > a] + starts.get(a, [])
        kinds = sorted({k for _e, k in active}, key=lambda k: _PRIORITY.get(k, 99))
        out.append(Segment(a, b, text[a:b], kinds))
    return out


def _fmt(value: float | None) -> str:
    if value is None:
        return ""
    return f"{int(value):,}" if float(value).is_integer() else f"{value:,}"


def value_label(value: float, value_max: float | None, qualifier: str) -> str:
    """A figure's value as a monitor writes it: ``≥ 304``, ``200–230``, ``≈ 1,500``."""
    if value_max is not None and value_max != value:
        return f"{_fmt(value)}–{_fmt(value_max)}"
    sign = {"at_least": "≥ ", "over": "> ", "about": "≈ ", "up_to": "≤ ", "vague": "~"}.get(qualifier, "")
    return sign + _fmt(value)


def article_rows(
    article: Article, machine: Article, review: list[ReviewAction], claim_of: dict[str, str]
) -> list[RecordRow]:
    """The side list: every record of the machine's output, with the reviewer's status and values."""
    status = status_of(review)
    current = {
        kind: {r.get("id"): r for r in article.model_dump(mode="json").get(kind) or []} for kind in KINDS
    }
    names = {e.id: e.name for e in article.entities}
    rows: list[RecordRow] = []
    for figure in machine.figures:
        f = current["figures"].get(figure.id) or figure.model_dump(mode="json")
        sources = ", ".join(names.get(s, s) for s in f["asserted_by"]) or "no source"
        rows.append(
            RecordRow(
                "figures",
                figure.id,
                f"{value_label(f['value'], f['value_max'], f['qualifier'])} {f['category']}",
                f"{sources} · “{article.text[figure.start : figure.end]}”",
                (figure.start, figure.end),
                figure.evidence,
                status.get(("figures", figure.id), ""),
                f,
                claim_of.get(f"{article.id}:{figure.id}"),
            )
        )
    for quote in machine.quotes:
        q = current["quotes"].get(quote.id) or quote.model_dump(mode="json")
        text = quote.text if len(quote.text) < 90 else quote.text[:88] + "…"
        rows.append(
            RecordRow(
                "quotes",
                quote.id,
                f"{q['speaker_name'] or 'unknown speaker'} ({quote.kind})",
                f"“{text}”",
                (quote.start, quote.end),
                quote.evidence,
                status.get(("quotes", quote.id), ""),
                q,
            )
        )
    for event in machine.events:
        e = current["events"].get(event.id) or event.model_dump(mode="json")
        who = " → ".join(x for x in (event.actor_text, event.target_text) if x)
        rows.append(
            RecordRow(
                "events",
                event.id,
                f"{e['type']}" + (f" ({e['mode']})" if e.get("mode") else ""),
                f"{article.text[event.trigger[0] : event.trigger[1]]}" + (f" · {who}" if who else ""),
                event.trigger,
                event.evidence,
                status.get(("events", event.id), ""),
                e,
            )
        )
    for place in machine.places:
        p = current["places"].get(place.id) or place.model_dump(mode="json")
        spans = place.spans()
        where = ", ".join(x for x in (p.get("admin1"), p.get("country")) if x)
        rows.append(
            RecordRow(
                "places",
                place.id,
                p["name"],
                f"{p['kind']}"
                + (f" · {where}" if where else "")
                + ("" if p.get("geonameid") else " · unresolved"),
                spans[0] if spans else (0, 0),
                spans[0] if spans else (0, 0),
                status.get(("places", place.id), ""),
                p,
            )
        )
    current_dates = {(d.start, d.end): d for d in article.dates}
    for index, mention in enumerate(machine.dates):
        d = current_dates.get((mention.start, mention.end)) or mention
        rows.append(
            RecordRow(
                "dates",
                str(index),
                d.value or "no value",
                f"“{mention.text}” · {d.granularity or '—'}",
                (mention.start, mention.end),
                (mention.start, mention.end),
                status.get(("dates", str(index)), ""),
                d.model_dump(mode="json"),
            )
        )
    return rows


def article_spans(article: Article, machine: Article) -> list[tuple[int, int, str]]:
    """The highlighted spans of the text: each record's own words, by kind."""
    spans: list[tuple[int, int, str]] = []
    spans += [(f.start, f.end, "figures") for f in machine.figures]
    spans += [(q.start, q.end, "quotes") for q in machine.quotes]
    spans += [(e.trigger[0], e.trigger[1], "events") for e in machine.events]
    spans += [(s[0], s[1], "places") for p in machine.places for s in p.spans()]
    spans += [(d.start, d.end, "dates") for d in machine.dates]
    spans += [(m[0], m[1], "entities") for e in article.entities for m in e.mentions]
    spans += [(f.start, f.end, "flags") for f in article.flags]
    return spans


# -- claims --------------------------------------------------------------------------
@dataclass
class Position:
    """What one source says about a claim's count: ``Amnesty ≥ 304``, in one or more reports."""

    source: str
    value: str
    figures: list[ClaimFigure]


def _source_label(figure: ClaimFigure) -> str:
    return ", ".join(figure.asserted_by) or (
        f"{figure.outlet} (unattributed)" if figure.outlet else "unattributed"
    )


def positions(claim: Claim) -> list[Position]:
    """The claim's figures grouped by who says which value, in the order they first appear."""
    out: dict[tuple[str, str], Position] = {}
    for figure in claim.figures:
        key = (_source_label(figure), value_label(figure.value, figure.value_max, figure.qualifier))
        out.setdefault(key, Position(key[0], key[1], [])).figures.append(figure)
    return list(out.values())


def conflicts_by_position(claim: Claim) -> list[dict[str, Any]]:
    """Each conflict once per pair of positions (not once per pair of reports), with how many pairs."""
    where: dict[tuple[str, str], tuple[str, str]] = {}
    for figure in claim.figures:
        where[(figure.doc, figure.figure)] = (
            _source_label(figure),
            value_label(figure.value, figure.value_max, figure.qualifier),
        )
    grouped: dict[tuple[Any, ...], dict[str, Any]] = {}
    for conflict in claim.conflicts:
        a = where.get((conflict.a[0], conflict.a[1])) if conflict.a else None
        b = where.get((conflict.b[0], conflict.b[1])) if conflict.b else None
        pair = tuple(sorted(x for x in (a, b) if x is not None))
        key = (conflict.kind, pair)
        entry = grouped.setdefault(
            key,
            {
                "kind": conflict.kind,
                "positions": [f"{s} {v}" for s, v in pair],
                "reason": conflict.reason,
                "pairs": 0,
            },
        )
        entry["pairs"] += 1
    return list(grouped.values())


# -- overview ---------------------------------------------------------------------------
def overview(store: Store, reader: CorpusReader) -> dict[str, Any]:
    """Counts, claims (conflicts first), outlets and the date range of the corpus."""
    counts = store.counts()
    outlets: Counter[str] = Counter()
    published: list[str] = []
    for row in store_article_rows(store):
        outlets[row["outlet"] or "unknown outlet"] += 1
        if row["published"]:
            published.append(row["published"])
    claims = reader.claims()
    status = Counter(c.status for c in claims)
    return {
        "counts": counts,
        "claims": claims,
        "claim_status": dict(status),
        "outlets": outlets.most_common(),
        "date_range": (min(published), max(published)) if published else None,
    }


def store_article_rows(store: Store, offset: int = 0, limit: int | None = None) -> list[dict[str, Any]]:
    """Articles' source fields (no text), in stored order, for lists and counts."""
    from sqlalchemy import select

    from tally.store import schema

    a = schema.articles.c
    query = select(a.id, a.title, a.outlet, a.url, a.published).order_by(a.analyzed_at, a.id).offset(offset)
    if limit is not None:
        query = query.limit(limit)
    with store.engine.connect() as conn:
        return [dict(r) for r in conn.execute(query).mappings()]


# -- timeline ----------------------------------------------------------------------------
def _bucket(day: str, unit: str) -> str | None:
    try:
        d = date.fromisoformat(day[:10])
    except ValueError:
        return None
    if unit == "week":
        d = d - timedelta(days=d.weekday())
    return d.isoformat()


def timeline(reader: CorpusReader, unit: str = "day", country: str | None = None) -> dict[str, Any]:
    """Events and claim values per country and day (or week), laid out as SVG rows.

    Drawn on the server as plain SVG elements (no chart library, no script):
    one row per country, a bar per bucket for the number of event clusters and
    a dot labelled with the largest count of the claims dated that bucket.
    """
    events: dict[str, Counter[str]] = defaultdict(Counter)
    values: dict[str, dict[str, list[Claim]]] = defaultdict(lambda: defaultdict(list))
    for cluster in reader.events():
        if not cluster.date or len(cluster.date) < 10:
            continue
        where = cluster.country or (cluster.place or "").split("/")[0] or "?"
        bucket = _bucket(cluster.date, unit)
        if bucket:
            events[where][bucket] += 1
    for claim in reader.claims():
        if not claim.date or len(claim.date) < 10:
            continue
        where = (claim.place or "").split("/")[0] or "?"
        bucket = _bucket(claim.date, unit)
        if bucket:
            values[where][bucket].append(claim)
    countries = sorted(set(events) | set(values), key=lambda c: (-sum(events[c].values()), c))
    choices = list(countries)
    if country:
        countries = [c for c in countries if c == country]
    countries = countries[:40]
    # one column per day (or week) that has something, the latest 200: a corpus spread over
    # years stays readable, and the page stays bounded
    buckets = sorted({b for c in countries for b in events[c]} | {b for c in countries for b in values[c]})[
        -200:
    ]
    if not buckets:
        return {"rows": [], "countries": choices, "width": 0, "unit": unit, "ticks": []}
    column = {b: i for i, b in enumerate(buckets)}
    cell = max(14, min(40, 1000 // len(buckets)))
    left = 10
    width = left + len(buckets) * cell + 70  # room for the last slanted label
    rows = []
    for c in countries:
        peak = max(events[c].values(), default=1)
        bars = [
            {
                "x": left + column[b] * cell + 2,
                "y": 70 - (6 + 44 * n / peak),
                "w": cell - 4,
                "h": 6 + 44 * n / peak,
                "count": n,
                "bucket": b,
            }
            for b, n in sorted(events[c].items())
            if b in column
        ]
        dots = []
        for b, claims in sorted(values[c].items()):
            if b not in column:
                continue
            top = max(claims, key=lambda cl: cl.range[1])
            dots.append(
                {
                    "x": left + column[b] * cell + cell / 2,
                    "y": 24,
                    "value": _fmt(top.range[1]),
                    "label": f"{_fmt(top.range[1])} {top.category}",
                    "claim": top.id,
                    "bucket": b,
                    "n": len(claims),
                }
            )
        rows.append({"country": c, "bars": bars, "dots": dots, "events": sum(events[c].values())})
    every = max(1, len(buckets) // 12) if cell < 60 else 1
    ticks = [{"x": left + i * cell + cell / 2, "label": b} for i, b in enumerate(buckets) if i % every == 0]
    return {"rows": rows, "countries": choices, "width": width, "ticks": ticks, "unit": unit}


# -- map ---------------------------------------------------------------------------------
def map_points(store: Store, reader: CorpusReader, limit: int = 5000) -> list[dict[str, Any]]:
    """Event clusters and resolved places with coordinates, as small JSON objects for the map."""
    points: list[dict[str, Any]] = []
    for cluster in reader.events():
        if cluster.lat is None or cluster.lon is None:
            continue
        points.append(
            {
                "kind": "event",
                "lat": cluster.lat,
                "lon": cluster.lon,
                "label": f"{cluster.type} · {place_label(cluster.place_name) if cluster.place_name else ''} · {cluster.date or 'undated'}",
                "href": f"/article/{cluster.events[0].doc}" if cluster.events else "",
            }
        )
        if len(points) >= limit:
            return points
    for article in reader.articles():
        for place in article.places:
            if place.lat is None or place.lon is None:
                continue
            points.append(
                {
                    "kind": "place",
                    "lat": place.lat,
                    "lon": place.lon,
                    "label": f"{place.name} · {(article.source.title or article.id[:12])}",
                    "href": f"/article/{article.id}",
                }
            )
            if len(points) >= limit:
                return points
    return points


def world_for_leaflet() -> dict[str, Any]:
    """The bundled country outlines with rings that cross the antimeridian moved east of it.

    Leaflet draws a ring from 179° to -179° across the whole map; shifting the
    western points of such a ring by 360° draws Russia and Fiji whole.
    """
    import copy

    from tally.resources.world import load_countries

    world = copy.deepcopy(load_countries())
    for feature in world["features"]:
        geometry = feature["geometry"]
        polygons = (
            geometry["coordinates"] if geometry["type"] == "MultiPolygon" else [geometry["coordinates"]]
        )
        for polygon in polygons:
            for ring in polygon:
                jumps = any(abs(a[0] - b[0]) > 180 for a, b in zip(ring, ring[1:], strict=False))
                if jumps and min(p[1] for p in ring) > -60:  # Antarctica runs along the edge on purpose
                    for point in ring:
                        if point[0] < 0:
                            point[0] += 360
    return world
