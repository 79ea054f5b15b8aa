"""Migration 3: places keep their demonym spans ("Iranian") and their names inside
other names ("Tehran" in "Tehran Times") apart from the names of places.

A database created at version 1 by this version of tally already has the
columns (version 1 creates the current tables); older ones get them, empty.
"""

from __future__ import annotations

from sqlalchemy import Connection, inspect, text


def upgrade(conn: Connection) -> None:
    columns = {c["name"] for c in inspect(conn).get_columns("places")}
    for column in ("demonyms", "in_names"):
        if column not in columns:
            conn.execute(text(f"ALTER TABLE places ADD COLUMN {column} TEXT"))
