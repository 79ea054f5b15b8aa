"""Migration 1: the tables of schema ``tally/1``."""

from __future__ import annotations

from sqlalchemy import Connection

from tally.store.schema import METADATA


def upgrade(conn: Connection) -> None:
    METADATA.create_all(conn)
