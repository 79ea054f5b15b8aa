"""Tables of the tally database, derived from the record models.

Every record kind gets a plain table keyed by ``(article_id, id)`` with one
column per field, so that ``datasette tally.db`` shows it as it is:

- a span ``(start, end)`` field ``evidence`` becomes ``evidence_start`` and
  ``evidence_end``;
- a nested model (``acled``) becomes prefixed columns (``acled_event_type``);
- a list of strings (``aliases``, ``asserted_by``) is a JSON array in a TEXT
  column (readable, and Datasette renders it);
- a list of spans (``mentions``) goes to the ``mentions`` table, one row each.

Deriving the columns from the models keeps the store and the SPEC in step;
a change of the models that changes these tables needs a migration.
"""

from __future__ import annotations

import functools
import types
import typing
from typing import Any, get_args, get_origin

from pydantic import BaseModel
from sqlalchemy import (
    Boolean,
    Column,
    Float,
    ForeignKeyConstraint,
    Index,
    Integer,
    MetaData,
    PrimaryKeyConstraint,
    String,
    Table,
    Text,
)

from tally import records

METADATA = MetaData()

#: record field of :class:`tally.records.Article` -> (table, model, key column)
RECORD_TABLES: dict[str, tuple[str, type[BaseModel], str]] = {
    "removed": ("removed", records.Removed, "seq"),
    "embedded": ("embedded", records.Embedded, "seq"),
    "entities": ("entities", records.Entity, "id"),
    "quotes": ("quotes", records.Quote, "id"),
    "figures": ("figures", records.Figure, "id"),
    "events": ("events", records.Event, "id"),
    "places": ("places", records.Place, "id"),
    "dates": ("dates", records.DateMention, "seq"),
    "flags": ("flags", records.Flag, "seq"),
}

#: fields stored in the ``mentions`` table instead of a column
MENTION_FIELDS = {"entities": "mentions", "places": "mentions", "figures": "mentions"}

articles = Table(
    "articles",
    METADATA,
    Column("id", String(64), primary_key=True),
    Column("path", Text),
    Column("url", Text),
    Column("outlet", Text),
    Column("title", Text),
    Column("published", String(10)),
    Column("published_from", String(10), nullable=False),
    Column("text", Text, nullable=False),
    Column("language", String(16)),  # migration 6; NULL for articles stored before it
    Column("language_confidence", Float),
    Column("schema", String(16), nullable=False),
    Column("model", Text),
    Column("analyzed_at", String(32), nullable=False),
)

inputs = Table(
    "inputs",
    METADATA,
    Column("raw_hash", String(64), primary_key=True),
    Column("article_id", String(64), nullable=False),
    Column("path", Text),
    ForeignKeyConstraint(["article_id"], ["articles.id"], ondelete="CASCADE"),
)

paragraphs = Table(
    "paragraphs",
    METADATA,
    Column("hash", String(40), nullable=False),
    Column("article_id", String(64), nullable=False),
    PrimaryKeyConstraint("hash", "article_id"),
    ForeignKeyConstraint(["article_id"], ["articles.id"], ondelete="CASCADE"),
)

mentions = Table(
    "mentions",
    METADATA,
    Column("article_id", String(64), nullable=False),
    Column("kind", String(16), nullable=False),  # entities | places | figures
    Column("record_id", String(16), nullable=False),
    Column("seq", Integer, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("text", Text, nullable=False),
    PrimaryKeyConstraint("article_id", "kind", "record_id", "seq"),
    ForeignKeyConstraint(["article_id"], ["articles.id"], ondelete="CASCADE"),
)

meta = Table(
    "tally_meta",
    METADATA,
    Column("key", String(64), primary_key=True),
    Column("value", Text, nullable=False),
)


def _unwrap(annotation: Any) -> Any:
    """``X | None`` -> ``X``."""
    if get_origin(annotation) in (typing.Union, types.UnionType):
        args = [a for a in get_args(annotation) if a is not type(None)]
        if len(args) == 1:
            return args[0]
    return annotation


def _is_span(annotation: Any) -> bool:
    return get_origin(annotation) is tuple


def field_columns(model: type[BaseModel], prefix: str = "") -> list[tuple[str, str, Any]]:
    """``(field path, column name, SQL type)`` for every stored field of *model*."""
    out: list[tuple[str, str, Any]] = []
    for name, info in model.model_fields.items():
        annotation = _unwrap(info.annotation)
        column = f"{prefix}{name}"
        if isinstance(annotation, type) and issubclass(annotation, BaseModel):
            out.extend((f"{name}.{p}", c, t) for p, c, t in field_columns(annotation, f"{column}_"))
        elif _is_span(annotation):
            out.append((f"{name}[0]", f"{column}_start", Integer))
            out.append((f"{name}[1]", f"{column}_end", Integer))
        elif get_origin(annotation) is list:
            out.append((name, column, Text))  # JSON array
        elif annotation is bool:
            out.append((name, column, Boolean))
        elif annotation is int:
            out.append((name, column, Integer))
        elif annotation is float:
            out.append((name, column, Float))
        else:
            out.append((name, column, Text))
    return out


@functools.cache
def stored_columns(field: str) -> list[tuple[str, str, Any]]:
    """The columns of the table for Article field *field* (mentions left out).

    Cached: reading an article back asks for them once per stored record, and
    walking the pydantic models each time was a tenth of the link step's time.
    """
    _, model, _ = RECORD_TABLES[field]
    skip = MENTION_FIELDS.get(field)
    return [c for c in field_columns(model) if c[0] != skip]


def _record_table(field: str) -> Table:
    table_name, _model, key = RECORD_TABLES[field]
    columns: list[Column[Any]] = [Column("article_id", String(64), nullable=False)]
    if key == "seq":
        columns.append(Column("seq", Integer, nullable=False))
    for _path, column, sql_type in stored_columns(field):
        columns.append(Column(column, sql_type, nullable=(column != key)))
    return Table(
        table_name,
        METADATA,
        *columns,
        PrimaryKeyConstraint("article_id", key),
        ForeignKeyConstraint(["article_id"], ["articles.id"], ondelete="CASCADE"),
    )


RECORD_TABLE_OBJECTS: dict[str, Table] = {field: _record_table(field) for field in RECORD_TABLES}

Index("ix_figures_category", RECORD_TABLE_OBJECTS["figures"].c.category)
Index("ix_paragraphs_hash", paragraphs.c.hash)
