"""Migration 3: places keep their demonym spans ("Iranian") apart from their names.

A database created at version 1 by this version of tally already has the
column (version 1 creates the current tables); older ones get it, empty.
"""

from __future__ import annotations

from sqlalchemy import Connection, inspect, text


def upgrade(conn: Connection) -> None:
    columns = {c["name"] for c in inspect(conn).get_columns("places")}
    if "demonyms" not in columns:
        conn.execute(text("ALTER TABLE places ADD COLUMN demonyms TEXT"))
