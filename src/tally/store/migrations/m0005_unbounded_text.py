"""Migration 5: on PostgreSQL, text columns without a length limit.

The tables declare lengths (``String(16)`` for a date, ``String(200)`` for an
entity key) as documentation; SQLite never enforces them, so everything tally
stored on SQLite relied on none of them. PostgreSQL does enforce them, and an
event cluster's date interval ("2019-11-15/2019-11-18", 21 characters) broke
linking there. This migration lifts every declared length on PostgreSQL
(``ALTER … TYPE VARCHAR``: a catalogue change, no table rewrite), on old and
new databases alike; on SQLite it does nothing.
"""

from __future__ import annotations

from sqlalchemy import Connection, String, text

from tally.store.link_schema import LINK_METADATA
from tally.store.review_schema import REVIEW_METADATA
from tally.store.schema import METADATA


def upgrade(conn: Connection) -> None:
    if conn.dialect.name != "postgresql":
        return
    for metadata in (METADATA, LINK_METADATA, REVIEW_METADATA):
        for table in metadata.sorted_tables:
            for column in table.columns:
                if isinstance(column.type, String) and column.type.length is not None:
                    conn.execute(
                        text(f'ALTER TABLE "{table.name}" ALTER COLUMN "{column.name}" TYPE VARCHAR')
                    )
