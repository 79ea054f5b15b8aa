"""Migration 10: each name form's member count and two smallest member keys, on the form's row.

An update that adds members to a stored form ("Iran" or "police", named again
in every batch) updated the form's corpus entity from every member key of the
form, so each update read more of them as the corpus grew. The form now
carries its member count and its two smallest member keys
(``link_forms.members``, ``link_forms.smallest``), kept by the update that
adds members (:func:`tally.link.rows.count_new_members`), so an update
reads the new members only. The columns are filled here from the stored
members (read once), so a database linked before keeps its links;
the link version stays.
"""

from __future__ import annotations

import json

from sqlalchemy import Connection, bindparam, inspect, select, text, update

from tally.store import link_schema as ls


def upgrade(conn: Connection) -> None:
    """Add the columns where they are missing and fill them from ``link_entity_views`` (one pass)."""
    columns = {c["name"] for c in inspect(conn).get_columns("link_forms")}
    for name, kind in (("members", "INTEGER NOT NULL DEFAULT 0"), ("smallest", "TEXT NOT NULL DEFAULT '[]'")):
        if name not in columns:
            conn.execute(text(f"ALTER TABLE link_forms ADD COLUMN {name} {kind}"))
    vc = ls.link_entity_views.c
    counts: dict[str, int] = {}
    smallest: dict[str, list[str]] = {}
    # smallest as Python orders strings (as the update does), not as the database's collation does
    for form, member in conn.execute(select(vc.form, vc.member).where(vc.form.is_not(None))):
        counts[form] = counts.get(form, 0) + 1
        smallest[form] = sorted([*smallest.get(form, []), member])[:2]
    values = [
        {"f": form, "n": n, "s": json.dumps(smallest[form], ensure_ascii=False)} for form, n in counts.items()
    ]
    fc = ls.link_forms.c
    if values:
        conn.execute(
            update(ls.link_forms)
            .where(fc.form == bindparam("f"))
            .values(members=bindparam("n"), smallest=bindparam("s")),
            values,
        )
