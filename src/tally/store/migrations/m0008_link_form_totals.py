"""Migration 8: running totals per name form, so linking costs what an update adds.

An update used to read every member of every corpus entity it touched (85 %
of all article entities at 9,000 articles, since the commonest names gain
members in every batch) to rebuild its name, aliases, roles and counts.
``link_form_totals`` keeps those per name form, updated as members are added;
an entity is built from its forms' totals. The table is derived data and the
link version changes with it, so the next update relinks every article once.
"""

from __future__ import annotations

from sqlalchemy import Connection

from tally.store import link_schema as ls


def upgrade(conn: Connection) -> None:
    ls.LINK_METADATA.create_all(conn, tables=[ls.link_form_totals])
