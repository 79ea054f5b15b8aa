"""An ACLED export row as `_merge_same_events` reads it, with any field overridden: shared by the export tests."""

from __future__ import annotations


def export_row(**values: object) -> dict[str, object]:
    """A one-source Kisumu peaceful protest of 2 March 2026, dated to the day, with *values* set over it."""
    row: dict[str, object] = {
        "event_id_cnty": "KEN",
        "event_date": "2026-03-02",
        "time_precision": 1,
        "disorder_type": "Demonstrations",
        "event_type": "Protests",
        "sub_event_type": "Peaceful protest",
        "actor1": "Protesters (Kenya)",
        "inter1": 6,
        "actor2": "",
        "inter2": 0,
        "interaction": 60,
        "civilian_targeting": "",
        "country": "Kenya",
        "location": "Kisumu",
        "admin2": "",
        "source": "A",
        "source_scale": "",
        "fatalities": {},
        "tags": "crowd size=no report",
        "timestamp": 1,
        "tally_cluster": "x1",
        "tally_evidence": "d:1-2",
        "tally_status": "single_source",
    }
    row.update(values)
    return row
