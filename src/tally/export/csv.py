"""``--format csv``: the flat figures-and-events table, or one file per table into a directory.

To a file or stdout: one CSV, a row per figure and per event, ``kind`` telling
which (columns in :data:`tally.export._rows.COLUMNS`), with the claim or event
cluster each belongs to. Text cells that a spreadsheet would run as a formula
get a leading ``'`` (:mod:`tally.export._cells`). To a directory (``-o out/``): ``figures.csv``,
``events.csv``, ``claims.csv`` (one row per claim), ``entities.csv`` (corpus
entities).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, TextIO

from tally.export import register
from tally.export._cells import write_rows
from tally.export._paths import child_path
from tally.export._rows import COLUMNS, flat_rows
from tally.reader import CorpusReader
from tally.records import Claim

CLAIM_COLUMNS = [
    "id",
    "category",
    "place",
    "date",
    "status",
    "independent_sources",
    "sources",
    "range_min",
    "range_max",
    "figures",
    "conflicts",
]
ENTITY_COLUMNS = ["id", "name", "type", "aliases", "roles", "articles", "mentions", "members"]


def write_csv(reader: CorpusReader, out: TextIO) -> int:
    rows = flat_rows(reader)
    write_rows(out, COLUMNS, rows)
    return len(rows)


def claim_row(claim: Claim) -> dict[str, Any]:
    return {
        "id": claim.id,
        "category": claim.category,
        "place": claim.place,
        "date": claim.date,
        "status": claim.status,
        "independent_sources": claim.independent_sources,
        "sources": "; ".join(claim.sources),
        "range_min": claim.range[0],
        "range_max": claim.range[1],
        "figures": "; ".join(f"{f.doc[:12]}:{f.figure}" for f in claim.figures),
        "conflicts": " | ".join(c.reason for c in claim.conflicts),
    }


def write_csv_tables(reader: CorpusReader, directory: Path) -> int:
    """One CSV per table into *directory*; returns the number of rows written."""
    rows = flat_rows(reader)
    tables: dict[str, tuple[list[str], list[dict[str, Any]]]] = {
        "figures.csv": (COLUMNS, [r for r in rows if r["kind"] == "figure"]),
        "events.csv": (COLUMNS, [r for r in rows if r["kind"] == "event"]),
        "claims.csv": (CLAIM_COLUMNS, [claim_row(c) for c in reader.claims()]),
    }
    entities = [
        {
            "id": e.id,
            "name": e.name,
            "type": e.type,
            "aliases": "; ".join(e.aliases),
            "roles": "; ".join(e.roles),
            "articles": e.articles,
            "mentions": e.mentions,
            "members": json.dumps(e.members),
        }
        for e in reader.entities()
    ]
    tables["entities.csv"] = (ENTITY_COLUMNS, entities)
    total = 0
    for name, (columns, table_rows) in tables.items():
        with open(child_path(directory, name), "w", encoding="utf-8", newline="") as handle:
            write_rows(handle, columns, table_rows)
        total += len(table_rows)
    return total


def register_formats() -> None:
    """The plugin hook of this module (see :mod:`tally.export`)."""
    register(
        "csv",
        write_csv,
        directory=write_csv_tables,
        help="figures and events in one CSV; -o DIR/ writes figures, events, claims and entities",
    )
