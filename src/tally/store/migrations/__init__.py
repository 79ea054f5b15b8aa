"""Schema migrations, applied in order; the version reached is kept in ``tally_meta``.

Each migration is a function of a SQLAlchemy connection, run in the same
transaction as the version update, so a database is never half-migrated.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import Connection

from tally.store.migrations import (
    m0001_initial,
    m0002_links,
    m0003_place_demonyms,
    m0004_review,
    m0005_unbounded_text,
    m0006_article_language,
    m0007_link_forms,
    m0008_link_periods,
    m0009_covering_member_indexes,
    m0010_form_members,
    m0011_entity_totals,
)

Migration = tuple[int, str, Callable[[Connection], None]]

MIGRATIONS: list[Migration] = [
    (1, "initial tables for schema tally/1", m0001_initial.upgrade),
    (2, "cross-article links: corpus entities, claims, event clusters", m0002_links.upgrade),
    (3, "places: demonyms and names inside other names apart from place names", m0003_place_demonyms.upgrade),
    (4, "review: the audit table of a reviewer's confirmations and corrections", m0004_review.upgrade),
    (5, "PostgreSQL: text columns without a length limit", m0005_unbounded_text.upgrade),
    (6, "articles: detected language and its confidence", m0006_article_language.upgrade),
    (7, "links: name forms, form edges and indexes for incremental linking", m0007_link_forms.upgrade),
    (8, "links: place depth and period of figures and events, indexed by block", m0008_link_periods.upgrade),
    (
        9,
        "links: member lookups by form and by entity read covering indexes",
        m0009_covering_member_indexes.upgrade,
    ),
    (10, "links: each name form's member count and smallest members", m0010_form_members.upgrade),
    (11, "links: each corpus entity's totals of names, types, roles and forms", m0011_entity_totals.upgrade),
]

LATEST = MIGRATIONS[-1][0]
