"""Migration 11: each corpus entity's totals (``corpus_entity_totals``).

An update that added members to a stored entity ("Iran", "U.S.", named again
in every batch) computed the entity's name, type, id and roles from the member
count of every one of its forms and from every member with a role, and the
order of its notes from every form's id, so each update read more of them as
the corpus grew. The entity now carries those sums (:mod:`tally.link.totals`),
kept by every update that writes it, and an update that only grows it reads
them and its grown forms. They are filled here from the stored members (read
once, an entity at a time), so a database linked before keeps its links; the
link version stays.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import Connection, insert, select

from tally.store import link_schema as ls

#: totals inserted at once
_ROWS = 500


def upgrade(conn: Connection) -> None:
    """Create the table where it is missing and fill it from the stored entities' members."""
    # imported here: tally.link imports the store, which imports the migrations
    from tally.link.rows import _view_from_json
    from tally.link.totals import totals_of

    ls.LINK_METADATA.create_all(conn, tables=[ls.corpus_entity_totals])
    tc = ls.corpus_entity_totals.c
    done = set(conn.execute(select(tc.corpus_entity_id)).scalars())
    mc, vc, fc = ls.corpus_entity_members.c, ls.link_entity_views.c, ls.link_forms.c
    query = (
        select(mc.corpus_entity_id, vc.data, vc.form, fc.self_rule)
        .join(ls.link_entity_views, vc.member == mc.member)
        .join(ls.link_forms, fc.form == vc.form)
        .order_by(mc.corpus_entity_id, mc.member)
    )
    rows: list[dict[str, Any]] = []
    current: str | None = None
    members: list[Any] = []

    def close() -> None:
        if current is not None and members and current not in done:
            rows.append({"corpus_entity_id": current, "data": totals_of(members).to_json()})

    for ce_id, data, form, rule in conn.execute(query):
        if ce_id != current:
            close()
            current, members = ce_id, []
        members.append((_view_from_json(json.loads(data)), form, rule is not None))
    close()
    # written once the members are read (a cursor still open on SQLite is not written under)
    for start in range(0, len(rows), _ROWS):
        conn.execute(insert(ls.corpus_entity_totals), rows[start : start + _ROWS])
