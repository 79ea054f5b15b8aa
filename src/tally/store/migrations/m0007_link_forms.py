"""Migration 7: incremental entity linking through name forms.

Cross-article entity matching used to store one edge per pair of article
entities (``link_entity_edges``), which grows with the square of an entity's
mentions, and rebuilt every corpus entity on each update. It now stores each
distinct name form once (``link_forms``, with its blocking keys in
``link_form_keys`` and the edges between forms in ``link_form_edges``), each
article entity's form in ``link_entity_views.form``, and indexes that let an
update find the members, groups and claims it touches without a full scan.

The old tables are dropped: they are derived data, and the link version
changes with this migration, so the next update relinks every article.
Works on a database made by any earlier version (the new tables may already
exist when migration 2 created the current link tables).
"""

from __future__ import annotations

from sqlalchemy import Connection, inspect, text

from tally.store import link_schema as ls

_INDEXED = ("link_entity_views", "link_form_edges", "claim_figures", "event_cluster_members")


def upgrade(conn: Connection) -> None:
    columns = {c["name"] for c in inspect(conn).get_columns("link_entity_views")}
    if "form" not in columns:
        kind = "VARCHAR" if conn.dialect.name == "postgresql" else "VARCHAR(40)"
        conn.execute(text(f"ALTER TABLE link_entity_views ADD COLUMN form {kind}"))
    ls.LINK_METADATA.create_all(conn, tables=[ls.link_forms, ls.link_form_keys, ls.link_form_edges])
    for table in ls.LINK_METADATA.sorted_tables:
        if table.name in _INDEXED:
            for index in table.indexes:
                index.create(conn, checkfirst=True)
    for old in ("link_entity_edges", "link_entity_keys"):
        conn.execute(text(f"DROP TABLE IF EXISTS {old}"))
