"""Migration 8: the place depth and period of each stored figure and event, as columns.

An update regroups a block by decoding only the items a change can reach
(:func:`tally.link.grouping.replay`): it reads each stored item's place
depth and period from these columns, and decodes the features only of the
items whose period meets a changed group's. The columns are filled here
from the stored features, so a database linked before keeps its links
(grouping itself is unchanged).
"""

from __future__ import annotations

import json

from sqlalchemy import Connection, bindparam, inspect, select, text, update

from tally.store import link_schema as ls


def upgrade(conn: Connection) -> None:
    """Add the columns where they are missing and fill them for every stored item (read once)."""
    # imported here: tally.link imports the store, and the store its migrations; a process whose
    # first import is tally.store (a Dask worker, a link child) would otherwise meet the cycle
    from tally.link.grouping import period_columns

    for table in (ls.link_figures, ls.link_events):
        columns = {c["name"] for c in inspect(conn).get_columns(table.name)}
        # PostgreSQL columns carry no length (migration 5)
        day = "VARCHAR" if conn.dialect.name == "postgresql" else "VARCHAR(10)"
        for name, kind in (
            ("depth", "INTEGER"),
            ("period_start", day),
            ("period_end", day),
        ):
            if name not in columns:
                conn.execute(text(f"ALTER TABLE {table.name} ADD COLUMN {name} {kind}"))
        record = table.c.figure_id if table is ls.link_figures else table.c.event_id
        rows = conn.execute(select(table.c.article_id, record, table.c.features)).all()
        values = []
        for article_id, record_id, features in rows:
            filled = period_columns(json.loads(features))
            values.append(
                {
                    "a": article_id,
                    "r": record_id,
                    "d": filled["depth"],
                    "s": filled["period_start"],
                    "e": filled["period_end"],
                }
            )
        if values:
            conn.execute(
                update(table)
                .where(table.c.article_id == bindparam("a"), record == bindparam("r"))
                .values(depth=bindparam("d"), period_start=bindparam("s"), period_end=bindparam("e")),
                values,
            )
