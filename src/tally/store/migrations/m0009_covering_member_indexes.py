"""Migration 9: covering indexes for the member lookups of an incremental update.

An update that grows stored entities reads, for each form it touches, the
keys and articles of the form's members (``link_entity_views`` by ``form``),
and for each entity it updates, the entity's members (``corpus_entity_members``
by ``corpus_entity_id``). Both lists grow with the corpus: "U.S." named in
5,000 articles is one form of 5,000 members. Through the one-column indexes
of migration 7 every member found cost a lookup of its table row for the
other columns; the indexes now carry those columns (form, member, article;
entity, member), so the lookups read the index alone. Nothing stored
changes but the indexes, so the link version stays and nothing is relinked.
"""

from __future__ import annotations

from sqlalchemy import Connection, text

from tally.store import link_schema as ls

#: the one-column indexes of migration 7 the covering ones replace (a covering index serves
#: every lookup of its first column, so keeping both would only slow the writes)
_REPLACED = ("ix_link_entity_views_form", "ix_corpus_entity_members_entity")


def upgrade(conn: Connection) -> None:
    """Create the covering indexes where they are missing, then drop the ones they replace."""
    for table in (ls.link_entity_views, ls.corpus_entity_members):
        for index in table.indexes:
            index.create(conn, checkfirst=True)
    for name in _REPLACED:
        conn.execute(text(f"DROP INDEX IF EXISTS {name}"))
