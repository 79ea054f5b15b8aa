"""Migration 2: the tables of cross-article links (corpus entities, claims, event clusters).

The tables are defined in :mod:`tally.store.link_schema`; a database at
version 1 gets them empty, and ``tally.link.update_links`` fills them from the
stored articles the next time a report or export needs them.
"""

from __future__ import annotations

from sqlalchemy import Connection

from tally.store.link_schema import LINK_METADATA


def upgrade(conn: Connection) -> None:
    LINK_METADATA.create_all(conn)
