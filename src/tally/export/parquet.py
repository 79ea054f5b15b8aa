"""``--format parquet``: the flat figures-and-events table of ``csv``, typed, through pyarrow.

Numbers stay numbers (``value`` float, offsets int64, ``negated`` bool), which
is what a CSV cannot promise; the columns are those of
:data:`tally.export._rows.COLUMNS`.
"""

from __future__ import annotations

from pathlib import Path

from tally.export import register
from tally.export._rows import COLUMNS, flat_rows
from tally.reader import CorpusReader

_INT = {"span_start", "span_end", "evidence_start", "evidence_end"}
_FLOAT = {"value", "value_max", "latitude", "longitude"}


def write_parquet(reader: CorpusReader, path: Path) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    rows = flat_rows(reader)
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
    schema = pa.schema(fields, metadata={"tally.schema": "tally/1", "tally.table": "figures_and_events"})
    table = pa.Table.from_pylist([{c: r.get(c) for c in COLUMNS} for r in rows], schema=schema)
    pq.write_table(table, path)
    return len(rows)


def register_formats() -> None:
    """The plugin hook of this module (see :mod:`tally.export`)."""
    register("parquet", write_parquet, binary=True, help="the flat figures-and-events table, typed")
