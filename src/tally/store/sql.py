"""The store: one transaction per article, so a killed run leaves a consistent database.

SQLAlchemy Core keeps one code path for SQLite (the default, one file, WAL)
and PostgreSQL (pass a ``postgresql://`` URL; the psycopg driver).

Several processes may write to one database at once (a team running
``tally analyze`` side by side). Every write goes through
:meth:`Store.transaction`, which serialises the writers that could collide:

- SQLite allows one writer at a time: a write transaction starts with
  ``BEGIN IMMEDIATE`` (it takes the write lock before reading, so the
  "is it stored yet?" check and the insert see the same database) and waits
  up to :data:`SQLITE_BUSY_SECONDS` for another process's write to finish;
- PostgreSQL writes in parallel: the transactions that check and then insert
  (storing an article, linking, migrating) take a transaction-level advisory
  lock of their own kind first, so two of a kind run one after the other
  while reads and the other kinds go on.

Errors never carry SQL parameters or article text: the engine hides
parameters, and every driver error becomes a :class:`StoreError` with the
driver's one-line reason (see :func:`_driver_error`).
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Collection, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from functools import cache
from pathlib import Path
from typing import Any, get_origin

from sqlalchemy import (
    Connection,
    Engine,
    bindparam,
    create_engine,
    delete,
    event,
    func,
    insert,
    inspect,
    make_url,
    select,
    text,
)
from sqlalchemy.engine import ExceptionContext
from sqlalchemy.exc import SQLAlchemyError

from tally.errors import StoreError
from tally.records import Article
from tally.store import schema
from tally.store.migrations import LATEST, MIGRATIONS
from tally.store.review import apply_review, load_actions

LOGGER = logging.getLogger(__name__)

#: How long a SQLite writer waits for another process's write transaction
#: before giving up. Linking a large corpus holds the write lock for tens of
#: seconds; two minutes covers it with room, and a stuck run still ends.
SQLITE_BUSY_SECONDS = 120

#: PostgreSQL advisory lock keys, one per kind of write that checks then
#: inserts (arbitrary constants: "tally" in ASCII, then the kind).
PG_LOCKS = {"migrate": 0x74616C6C7901, "articles": 0x74616C6C7902, "links": 0x74616C6C7903}

#: URL schemes that mean PostgreSQL through psycopg 3 (SQLAlchemy's own
#: default for ``postgresql://`` is psycopg2, which tally does not install).
_PG_SCHEMES = ("postgresql://", "postgres://")


def database_url(target: str | Path) -> str:
    """A SQLAlchemy URL for *target*: a URL as it is (``postgresql://`` through psycopg 3), else a SQLite file path."""
    text_ = str(target)
    for scheme in _PG_SCHEMES:
        if text_.startswith(scheme):
            return "postgresql+psycopg://" + text_[len(scheme) :]
    if "://" in text_:
        return text_
    return f"sqlite:///{Path(text_).expanduser()}"


def safe_url(url: str) -> str:
    """*url* with its password masked, for messages."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except Exception:  # noqa: BLE001 - not a URL: a path, shown as given
        return url


def _sqlite_connect(dbapi_connection: Any, _record: Any) -> None:
    # SQLAlchemy's "begin" event below emits BEGIN itself (the pysqlite driver's
    # own implicit BEGIN is deferred, which lets two writers read, then collide)
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_SECONDS * 1000}")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def _sqlite_begin(conn: Connection) -> None:
    """``BEGIN IMMEDIATE`` for a write transaction (it waits for the write lock), plain ``BEGIN`` to read."""
    write = conn.get_execution_options().get("tally_write", False)
    conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")


def _driver_error(context: ExceptionContext) -> None:
    """Replace a driver error by a :class:`StoreError` with its first line only.

    The first line of a driver message names the problem ("UNIQUE constraint
    failed: articles.id", "duplicate key value violates unique constraint
    …"); SQLAlchemy's own message adds the SQL statement, and PostgreSQL's
    ``DETAIL`` lines quote values. Neither belongs in a message a user sees.
    """
    original = context.original_exception
    first = (str(original).strip().splitlines() or [""])[0]
    raise StoreError(f"database error ({type(original).__name__}): {first}") from original


#: how many stored articles hold a paragraph (:meth:`Store.paragraph_count`), built once: building
#: the statement cost as much as running it
_PARAGRAPH_COUNT = (
    select(func.count()).select_from(schema.paragraphs).where(schema.paragraphs.c.hash == bindparam("digest"))
)


@cache
def _steps(path: str) -> tuple[tuple[str, int | None], ...]:
    """A field path parsed once: ``x[0].y`` -> ``(("x", 0), ("y", None))`` (a store asks it per record and column)."""
    steps: list[tuple[str, int | None]] = []
    for part in path.split("."):
        if part.endswith("]"):
            name, index = part[:-1].split("[")
            steps.append((name, int(index)))
        else:
            steps.append((part, None))
    return tuple(steps)


#: the inserts of every stored article, built once: building and keying a statement again for
#: each table of each article cost more than running it
_INSERTS = {field: insert(table) for field, table in schema.RECORD_TABLE_OBJECTS.items()}
_INSERT_MENTIONS = insert(schema.mentions)
_INSERT_PARAGRAPHS = insert(schema.paragraphs)


def _get(obj: dict[str, Any], path: str) -> Any:
    """Value at a field path from :func:`schema.field_columns` (``a.b``, ``x[0]``)."""
    value: Any = obj
    for name, index in _steps(path):
        value = value.get(name) if isinstance(value, dict) else None
        if index is not None:
            value = value[index] if value is not None else None
    return value


@cache
def _plain_columns(field: str) -> tuple[tuple[str, str, str | None], ...]:
    """``(column, name, path)`` of each stored column of *field*: the path only where it is nested.

    :func:`_get` walks a path step by step; most columns are a record's own
    top-level field, read once per record and column when an article is stored.
    """
    out = []
    for path, column, _type in schema.stored_columns(field):
        steps = _steps(path)
        plain = len(steps) == 1 and steps[0][1] is None
        out.append((column, steps[0][0], None if plain else path))
    return tuple(out)


def _set(obj: dict[str, Any], path: str, value: Any) -> None:
    parts = path.split(".")
    for part in parts[:-1]:
        obj = obj.setdefault(part, {})
    last = parts[-1]
    if last.endswith("]"):
        name, index = last[:-1].split("[")
        span = obj.setdefault(name, [None, None])
        span[int(index)] = value
    else:
        obj[last] = value


class Store:
    """A tally database: articles and their records in plain tables."""

    def __init__(self, target: str | Path = "tally.db") -> None:
        url = database_url(target)
        self.url = safe_url(url)
        try:
            if url.startswith("sqlite"):
                self.engine: Engine = create_engine(url, hide_parameters=True)
                event.listen(self.engine, "connect", _sqlite_connect)
                event.listen(self.engine, "begin", _sqlite_begin)
            else:
                self.engine = create_engine(url, hide_parameters=True, pool_pre_ping=True)
            event.listen(self.engine, "handle_error", _driver_error)
            self._migrate_when_free()
        except (SQLAlchemyError, StoreError, ImportError) as err:
            reason = err if isinstance(err, StoreError) else f"{type(err).__name__}: {err}"
            raise StoreError(f"cannot open database {self.url}: {reason}") from err

    def _migrate_when_free(self) -> None:
        """:meth:`migrate`, tried again while another process holds a new SQLite file's lock.

        Two processes opening one new SQLite file at once can be told "database is
        locked" at once, without the busy timeout's wait: switching the file to WAL
        and reading its first schema take locks the busy handler does not wait for.
        Opening is idempotent (each migration checks the version inside its own
        transaction), so the open waits and tries again, for as long as a writer
        may wait (:data:`SQLITE_BUSY_SECONDS`).
        """
        deadline = time.monotonic() + SQLITE_BUSY_SECONDS
        pause = 0.05
        while True:
            try:
                self.migrate()
                return
            except StoreError as err:
                locked = self.dialect == "sqlite" and "database is locked" in str(err)
                if not locked or time.monotonic() + pause > deadline:
                    raise
            self.engine.dispose()  # a connection that saw the lock is not reused
            time.sleep(pause)
            pause = min(pause * 2, 1.0)

    @property
    def dialect(self) -> str:
        """``sqlite`` or ``postgresql``."""
        return str(self.engine.dialect.name)

    @contextmanager
    def transaction(self, lock: str | None = None) -> Iterator[Connection]:
        """One write transaction, committed when the block ends (rolled back on an error).

        :param lock: a key of :data:`PG_LOCKS`: on PostgreSQL the transaction
            first waits for the other writers of that kind (SQLite's
            ``BEGIN IMMEDIATE`` already serialises every writer).
        """
        with self.engine.connect() as conn:
            conn.execution_options(tally_write=True)
            with conn.begin():
                if lock is not None and self.dialect == "postgresql":
                    conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": PG_LOCKS[lock]})
                yield conn

    # -- schema ---------------------------------------------------------
    def schema_version(self, conn: Connection | None = None) -> int:
        """The migration version the database is at (0 when empty)."""
        if conn is None:
            with self.engine.connect() as own:
                return self.schema_version(own)
        if not inspect(conn).has_table("tally_meta"):
            return 0
        value = conn.execute(
            select(schema.meta.c.value).where(schema.meta.c.key == "schema_version")
        ).scalar()
        return int(value) if value is not None else 0

    def migrate(self) -> int:
        """Apply the migrations the database lacks; return the version reached.

        Each migration runs in one transaction with the version update, under
        the ``migrate`` lock, and the version is read again inside it: two
        processes opening a new database at once migrate it once.
        """
        current = self.schema_version()
        if current > LATEST:
            raise StoreError(f"database is at schema version {current}, newer than this tally ({LATEST})")
        for version, description, upgrade in MIGRATIONS:
            if version <= current:
                continue
            with self.transaction("migrate") as conn:
                current = self.schema_version(conn)
                if version <= current:
                    continue  # another process got there first
                upgrade(conn)
                conn.execute(delete(schema.meta).where(schema.meta.c.key == "schema_version"))
                conn.execute(insert(schema.meta).values(key="schema_version", value=str(version)))
            LOGGER.info("migrated database to version %d: %s", version, description)
        return LATEST

    def close(self) -> None:
        self.engine.dispose()

    # -- writing --------------------------------------------------------
    def article_for_input(self, raw_hash: str) -> str | None:
        """The id of the article stored from the input with this hash, or None (re-reading is a no-op)."""
        with self.engine.connect() as conn:
            return conn.execute(
                select(schema.inputs.c.article_id).where(schema.inputs.c.raw_hash == raw_hash)
            ).scalar()

    def has_article(self, article_id: str) -> bool:
        with self.engine.connect() as conn:
            return (
                conn.execute(select(schema.articles.c.id).where(schema.articles.c.id == article_id)).first()
                is not None
            )

    def paragraph_count(self, digest: str, *, not_from_inputs: Collection[str] = ()) -> int:
        """In how many stored articles a paragraph with this hash occurs.

        Asked for every long paragraph of every article cleaned: the statement
        is built once (:data:`_PARAGRAPH_COUNT`), not again per call.

        :param not_from_inputs: raw hashes of inputs whose articles are left out,
            in the same statement (one snapshot): articles Dask workers may have
            stored while their run still counts them as in flight.
        """
        with self.engine.connect() as conn:
            if not not_from_inputs:
                return int(conn.execute(_PARAGRAPH_COUNT, {"digest": digest}).scalar_one())
            theirs = select(schema.inputs.c.article_id).where(
                schema.inputs.c.raw_hash.in_(sorted(not_from_inputs))
            )
            statement = (
                select(func.count())
                .select_from(schema.paragraphs)
                .where(schema.paragraphs.c.hash == digest, schema.paragraphs.c.article_id.not_in(theirs))
            )
            return int(conn.execute(statement).scalar_one())

    def add_article(
        self,
        article: Article,
        *,
        raw_hash: str | None = None,
        paragraph_hashes: list[str] | None = None,
        model: str | None = None,
        replace: bool = False,
    ) -> bool:
        """Store *article* and its records in one transaction; False if it was there already.

        The checks and the inserts run under the ``articles`` lock, so another
        process storing the same article, or the same input, at the same time
        is seen: an input stored by another run (even if its cleaning came out
        differently there) is not stored a second time.

        :param replace: a stored article with this id is deleted with its records
            first, in the same transaction (``tally analyze --force``); True is returned.
        """
        data = article.to_json_dict()
        try:
            with self.transaction("articles") as conn:
                if raw_hash is not None and not replace:
                    known = conn.execute(
                        select(schema.inputs.c.article_id).where(schema.inputs.c.raw_hash == raw_hash)
                    ).scalar()
                    if known is not None:
                        return False  # stored before, or by another process in the meantime
                exists = conn.execute(
                    select(schema.articles.c.id).where(schema.articles.c.id == article.id)
                ).first()
                if exists is not None and replace:
                    self._delete_article(conn, article.id)
                    exists = None
                if exists is None:
                    self._insert_article(conn, data, model)
                    rows = [
                        {"hash": h, "article_id": article.id} for h in dict.fromkeys(paragraph_hashes or [])
                    ]
                    if rows:
                        conn.execute(_INSERT_PARAGRAPHS, rows)
                if raw_hash is not None:
                    known = conn.execute(
                        select(schema.inputs.c.raw_hash).where(schema.inputs.c.raw_hash == raw_hash)
                    ).first()
                    if known is None:
                        conn.execute(
                            insert(schema.inputs).values(
                                raw_hash=raw_hash, article_id=article.id, path=article.source.path
                            )
                        )
        except StoreError as err:
            raise StoreError(f"cannot store article {article.id[:12]}: {err}") from err
        return exists is None

    def _delete_article(self, conn: Any, article_id: str) -> None:
        """Delete an article and every row that hangs off it (explicitly: no reliance on cascades)."""
        dependent = [*schema.RECORD_TABLE_OBJECTS.values(), schema.mentions, schema.paragraphs, schema.inputs]
        for table in dependent:
            conn.execute(delete(table).where(table.c.article_id == article_id))
        conn.execute(delete(schema.articles).where(schema.articles.c.id == article_id))
        # the links hold features of the old records: forgetting the link version in this
        # same transaction makes the next update relink in full, even after a kill
        conn.execute(delete(schema.meta).where(schema.meta.c.key == "link_version"))

    def _insert_article(self, conn: Any, data: dict[str, Any], model: str | None) -> None:
        source = data["source"]
        conn.execute(
            insert(schema.articles).values(
                id=data["id"],
                path=source.get("path"),
                url=source.get("url"),
                outlet=source.get("outlet"),
                title=source.get("title"),
                published=source.get("published"),
                published_from=source.get("published_from") or "none",
                text=data["text"],
                language=data.get("language"),
                language_confidence=data.get("language_confidence"),
                schema=data["schema"],
                model=model,
                analyzed_at=datetime.now(UTC).isoformat(timespec="seconds"),
            )
        )
        text = data["text"]
        for field in schema.RECORD_TABLE_OBJECTS:
            items = data.get(field) or []
            if not items:
                continue
            key = schema.RECORD_TABLES[field][2]
            rows = []
            for seq, item in enumerate(items):
                row: dict[str, Any] = {"article_id": data["id"]}
                if key == "seq":
                    row["seq"] = seq
                for column, name, path in _plain_columns(field):
                    # a top-level field is read straight from the record; a nested path is walked
                    value = item.get(name) if path is None else _get(item, path)
                    if isinstance(value, list):
                        value = json.dumps(value, ensure_ascii=False)
                    row[column] = value
                rows.append(row)
            conn.execute(_INSERTS[field], rows)
            mention_field = schema.MENTION_FIELDS.get(field)
            if mention_field:
                mention_rows = [
                    {
                        "article_id": data["id"],
                        "kind": field,
                        "record_id": item["id"],
                        "seq": n,
                        "start": start,
                        "end": end,
                        "text": text[start:end],
                    }
                    for item in items
                    for n, (start, end) in enumerate(item.get(mention_field) or [])
                ]
                if mention_rows:
                    conn.execute(_INSERT_MENTIONS, mention_rows)

    # -- reading --------------------------------------------------------
    def article_ids(self) -> list[str]:
        with self.engine.connect() as conn:
            return list(
                conn.execute(
                    select(schema.articles.c.id).order_by(schema.articles.c.analyzed_at, schema.articles.c.id)
                ).scalars()
            )

    def find_article_id(self, prefix: str) -> str | None:
        """The full id of the article whose id starts with *prefix* (unique), or None."""
        ids = self.find_article_ids(prefix, limit=2)
        return ids[0] if len(ids) == 1 else None

    def find_article_ids(self, prefix: str, *, limit: int = 20) -> list[str]:
        """Ids of the stored articles that start with *prefix*, sorted, at most *limit*."""
        with self.engine.connect() as conn:
            return list(
                conn.execute(
                    select(schema.articles.c.id)
                    .where(schema.articles.c.id.startswith(prefix, autoescape=True))
                    .order_by(schema.articles.c.id)
                    .limit(limit)
                ).scalars()
            )

    def get_article(self, article_id: str, *, reviewed: bool = True) -> Article | None:
        """Rebuild the :class:`Article` with every record, as it was stored.

        :param reviewed: with a reviewer's corrections applied and rejected records
            left out (:mod:`tally.store.review`); False gives the machine's output.
        """
        with self.engine.connect() as conn:
            row = (
                conn.execute(select(schema.articles).where(schema.articles.c.id == article_id))
                .mappings()
                .first()
            )
            if row is None:
                return None
            data: dict[str, Any] = {
                "schema": row["schema"],
                "id": row["id"],
                "source": {
                    k: row[k] for k in ("path", "url", "outlet", "title", "published", "published_from")
                },
                "text": row["text"],
                "language": row["language"],
                "language_confidence": row["language_confidence"],
            }
            mentions_of: dict[tuple[str, str], list[list[int]]] = {}
            rows = (
                conn.execute(
                    select(schema.mentions)
                    .where(schema.mentions.c.article_id == article_id)
                    .order_by(schema.mentions.c.kind, schema.mentions.c.record_id, schema.mentions.c.seq)
                )
                .mappings()
                .all()
            )
            for m in rows:  # ordered by seq, so each list keeps the stored order
                mentions_of.setdefault((m["kind"], m["record_id"]), []).append([m["start"], m["end"]])
            for field, table in schema.RECORD_TABLE_OBJECTS.items():
                key = schema.RECORD_TABLES[field][2]
                list_fields = _list_fields(field)
                query = select(table).where(table.c.article_id == article_id)
                if key == "seq":
                    query = query.order_by(table.c.seq)
                items = []
                for record_row in conn.execute(query).mappings():
                    item: dict[str, Any] = {}
                    for path, column, _sql_type in schema.stored_columns(field):
                        value = record_row[column]
                        if path in list_fields:
                            # NULL: a column added by a later migration, empty for older rows
                            value = json.loads(value) if isinstance(value, str) else (value or [])
                        _set(item, path, value)
                    mention_field = schema.MENTION_FIELDS.get(field)
                    if mention_field:
                        item[mention_field] = mentions_of.get((field, item["id"]), [])
                    items.append(item)
                if key == "id":
                    items.sort(key=lambda it: (len(it["id"]), it["id"]))
                data[field] = [_drop_empty_nested(it) for it in items]
            review = load_actions(conn, article_id) if reviewed else []
        return apply_review(Article.model_validate(data), review)

    def article_language(self, article_id: str) -> str | None:
        """The detected language of a stored article (None: unknown, stored before detection)."""
        with self.engine.connect() as conn:
            return conn.execute(
                select(schema.articles.c.language).where(schema.articles.c.id == article_id)
            ).scalar()

    def iter_articles(self) -> Iterator[Article]:
        for article_id in self.article_ids():
            article = self.get_article(article_id)
            if article is not None:
                yield article

    def counts(self) -> dict[str, int]:
        """Number of articles and of records of each kind."""
        out: dict[str, int] = {}
        with self.engine.connect() as conn:
            out["articles"] = int(
                conn.execute(select(func.count()).select_from(schema.articles)).scalar_one()
            )
            for field, table in schema.RECORD_TABLE_OBJECTS.items():
                out[field] = int(conn.execute(select(func.count()).select_from(table)).scalar_one())
        return out


def _list_fields(field: str) -> set[str]:
    _, model, _ = schema.RECORD_TABLES[field]
    return {
        name
        for name, info in model.model_fields.items()
        if get_origin(schema._unwrap(info.annotation)) is list
    }


def _drop_empty_nested(item: dict[str, Any]) -> dict[str, Any]:
    """A nested model (``acled``) or a span (``speaker_span``) stored as all-NULL columns was None."""
    for key, value in list(item.items()):
        empty_nested = isinstance(value, dict) and all(v is None for v in value.values())
        empty_span = isinstance(value, list) and value == [None, None]
        if empty_nested or empty_span:
            item[key] = None
    return item
