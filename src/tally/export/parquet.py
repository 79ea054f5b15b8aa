"""``--format parquet``: the flat figures-and-events table of ``csv``, typed, through pyarrow.

Numbers stay numbers (``value`` float, offsets int64, ``negated`` bool), which
is what a CSV cannot promise; the columns are those of
:data:`tally.export._rows.COLUMNS`. To a file, one table with a ``kind``
column; to a folder (``-o DIR/``), ``figures.parquet`` and ``events.parquet``,
each holding its own kind only.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tally.export import register
from tally.export._paths import child_path
from tally.export._rows import COLUMNS, flat_rows
from tally.reader import CorpusReader

_INT = {"span_start", "span_end", "evidence_start", "evidence_end"}
_FLOAT = {"value", "value_max", "latitude", "longitude"}


def write_parquet(reader: CorpusReader, path: Path) -> int:
    rows = flat_rows(reader)
    _write_table(rows, path, "figures_and_events")
    return len(rows)


def write_parquet_tables(reader: CorpusReader, directory: Path) -> int:
    """``figures.parquet`` and ``events.parquet`` into *directory*: each holds its own kind only."""
    rows = flat_rows(reader)
    for kind, name in (("figure", "figures"), ("event", "events")):
        _write_table([r for r in rows if r["kind"] == kind], child_path(directory, f"{name}.parquet"), name)
    return len(rows)


def _write_table(rows: list[dict[str, Any]], path: Path, table_name: str) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    fields = []
    for column in COLUMNS:
        kind: pa.DataType
        if column in _INT:
            kind = pa.int64()
        elif column in _FLOAT:
            kind = pa.float64()
        elif column == "negated":
            kind = pa.bool_()
        else:
            kind = pa.string()
        fields.append(pa.field(column, kind))
    schema = pa.schema(fields, metadata={"tally.schema": "tally/1", "tally.table": table_name})
    table = pa.Table.from_pylist([{c: r.get(c) for c in COLUMNS} for r in rows], schema=schema)
    pq.write_table(table, path)


def register_formats() -> None:
    """The plugin hook of this module (see :mod:`tally.export`)."""
    register(
        "parquet",
        write_parquet,
        binary=True,
        directory=write_parquet_tables,
        help="the flat figures-and-events table, typed; -o DIR/ writes figures.parquet and events.parquet",
    )
