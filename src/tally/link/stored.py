"""The link tables read back: claims, event clusters and corpus entities as they are stored.

These return the stored JSON objects (plain dicts, in a fixed order) and are
the only code that queries the link tables for reading. Exports, the report
and library users read through :class:`tally.reader.CorpusReader`
(``corpus.claims()``, ``corpus.events()``, ``corpus.entities()``), which
turns them into records of :mod:`tally.records` and redacts them on request.
"""

from __future__ import annotations

import json
from collections import defaultdict
from typing import Any

from sqlalchemy import select

from tally.store import Store
from tally.store import link_schema as ls

_STATUS_ORDER = {"conflicting": 0, "corroborated": 1, "single_source": 2}


def load_claims(store: Store) -> list[dict[str, Any]]:
    """Every claim: conflicts first, then corroborated, then single-source; tolls before "other"."""
    with store.engine.connect() as conn:
        claims = [json.loads(d) for d in conn.execute(select(ls.claims.c.data)).scalars()]
    return sorted(
        claims,
        # "other" counts (two journalists among the detained) are details, after the tolls
        key=lambda c: (
            _STATUS_ORDER[c["status"]],
            c["category"] == "other",
            -c["independent_sources"],
            -len(c["figures"]),
            c["id"],
        ),
    )


def load_event_clusters(store: Store) -> list[dict[str, Any]]:
    """Every event cluster, by date then id."""
    with store.engine.connect() as conn:
        clusters = [json.loads(d) for d in conn.execute(select(ls.event_clusters.c.data)).scalars()]
    return sorted(clusters, key=lambda c: (c["date"] or "9999", c["id"]))


def load_corpus_entities(store: Store) -> list[dict[str, Any]]:
    """Every corpus entity with its members and the merge decisions behind it."""
    with store.engine.connect() as conn:
        rows = conn.execute(select(ls.corpus_entities).order_by(ls.corpus_entities.c.id)).mappings().all()
        members: dict[str, list[str]] = defaultdict(list)
        for member, ce in conn.execute(
            select(ls.corpus_entity_members.c.member, ls.corpus_entity_members.c.corpus_entity_id).order_by(
                ls.corpus_entity_members.c.member
            )
        ).all():
            members[ce].append(member)
    return [
        {
            "id": r["id"],
            "name": r["name"],
            "type": r["type"],
            "aliases": json.loads(r["aliases"]),
            "roles": json.loads(r["roles"]),
            "articles": r["articles"],
            "mentions": r["mentions"],
            "members": members[r["id"]],
            "evidence": json.loads(r["evidence"]),
        }
        for r in rows
    ]
