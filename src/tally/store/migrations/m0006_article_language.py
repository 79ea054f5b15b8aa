"""Migration 6: each article's detected language and the detector's confidence.

A database created at version 1 by this version of tally already has the
columns (version 1 creates the current tables); older ones get them, NULL for
the articles stored before (they were analysed as English).
"""

from __future__ import annotations

from sqlalchemy import Connection, inspect, text


def upgrade(conn: Connection) -> None:
    columns = {c["name"] for c in inspect(conn).get_columns("articles")}
    postgresql = conn.dialect.name == "postgresql"  # no length limits there (migration 5)
    if "language" not in columns:
        kind = "VARCHAR" if postgresql else "VARCHAR(16)"
        conn.execute(text(f"ALTER TABLE articles ADD COLUMN language {kind}"))
    if "language_confidence" not in columns:
        kind = "DOUBLE PRECISION" if postgresql else "FLOAT"
        conn.execute(text(f"ALTER TABLE articles ADD COLUMN language_confidence {kind}"))
