"""The reviewer's audit table (migration 4): every confirm, reject, correction, merge and split.

Rows are only ever added. The machine's records stay as they were stored;
the read side (:func:`tally.store.review.apply_review`) lays the latest
decisions over them, so a correction survives re-analysis and relinking.
"""

from __future__ import annotations

from sqlalchemy import Column, Index, Integer, MetaData, String, Table, Text

REVIEW_METADATA = MetaData()

review_actions = Table(
    "review_actions",
    REVIEW_METADATA,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("created_at", String(32), nullable=False),
    Column("reviewer", Text),
    Column("action", String(16), nullable=False),  # confirm | reject | correct | merge | split
    Column("kind", String(16), nullable=False),  # figures | quotes | events | places | dates | entities
    Column("article_id", String(64), nullable=False),
    Column("record_id", String(90), nullable=False),  # the record's id; a date's index
    # where the record is, so that it is found again after re-analysis renumbers the records
    Column("span_start", Integer),
    Column("span_end", Integer),
    Column("field", String(32)),
    Column("before", Text),  # JSON
    Column("after", Text),  # JSON
    Column("note", Text),
)

Index("ix_review_actions_article", review_actions.c.article_id)
