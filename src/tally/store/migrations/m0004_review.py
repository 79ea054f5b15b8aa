"""Migration 4: the reviewer's audit table ``review_actions`` (see :mod:`tally.store.review_schema`)."""

from __future__ import annotations

from sqlalchemy import Connection

from tally.store.review_schema import REVIEW_METADATA


def upgrade(conn: Connection) -> None:
    REVIEW_METADATA.create_all(conn)
