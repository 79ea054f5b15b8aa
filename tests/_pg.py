"""A PostgreSQL server for the store tests, found or started, and throwaway databases on it.

Where the server comes from, in order:

1. ``TALLY_TEST_PG_URL`` (``.ci/run`` sets it after starting Debian's cluster):
   a URL of a role that may create databases. When it is set and the server
   cannot be reached, the PostgreSQL tests fail: CI must not skip them quietly.
2. Debian's ``postgresql`` binaries (``/usr/lib/postgresql/*/bin``): a
   throwaway cluster in a temporary folder, on a Unix socket only, started
   for the session and removed after it (as the ``postgres`` user when the
   tests run as root, since PostgreSQL refuses to run as root).
3. Neither: the PostgreSQL variants are skipped, with the reason.

The session creates a template database and migrates it (the migrations, run
on PostgreSQL), then copies it (``CREATE DATABASE … TEMPLATE``) into a few
work databases that the tests share: each test starts with every table of
its work database emptied (a few milliseconds, where a new copy takes most
of a second), and the session drops them all at its end. A test that
changes the tables themselves takes a database of its own
(:func:`database`), dropped when it ends.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import time
import uuid
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ENV_URL = "TALLY_TEST_PG_URL"
#: one template per pytest-xdist worker ("gw0", "gw1"): the workers share CI's server
TEMPLATE = "tally_test_template" + (
    f"_{os.environ['PYTEST_XDIST_WORKER']}" if os.environ.get("PYTEST_XDIST_WORKER") else ""
)


class Unavailable(Exception):
    """No PostgreSQL server can be had here; the message says why."""


@dataclass
class Server:
    """A reachable server: how to reach it (a SQLAlchemy URL without the database name)."""

    base: str  # "postgresql+psycopg://user:pw@host:port", or "…://user@" and the socket in the query
    query: str = ""
    work: dict[int, str] = field(default_factory=dict)  # work database number -> name

    def work_database(self, number: int = 0) -> str:
        """The URL of work database *number*, with every table emptied (created on first use)."""
        if number not in self.work:
            name = f"tally_test_w{number}_{uuid.uuid4().hex[:8]}"
            with self.admin() as conn:
                conn.execute(f"CREATE DATABASE {name} TEMPLATE {TEMPLATE}")
            self.work[number] = name
        else:
            _empty(self.url(self.work[number]))
        return self.url(self.work[number])

    def drop_work_databases(self) -> None:
        with self.admin() as conn:
            for name in self.work.values():
                drop_database(conn, name)  # waits out an autovacuum worker, as every other drop does
        self.work.clear()

    def url(self, database: str) -> str:
        return f"{self.base}/{database}{self.query}"

    def admin(self):  # noqa: ANN201 - a psycopg connection; psycopg is imported lazily
        import psycopg

        return psycopg.connect(
            self.url("postgres").replace("postgresql+psycopg://", "postgresql://"), autocommit=True
        )


def _bindir() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(Path(p).parts[-3]))
    if found:
        return Path(found[-1]).parent
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def _throwaway_cluster() -> Iterator[Server]:
    bindir = _bindir()
    if bindir is None:
        raise Unavailable(
            f"PostgreSQL is not installed (apt-get install postgresql) and {ENV_URL} is not set"
        )
    folder = Path(tempfile.mkdtemp(prefix="tally-pg-"))
    as_user: list[str] = []
    if os.geteuid() == 0:  # PostgreSQL refuses to run as root
        shutil.chown(folder, "postgres")
        as_user = ["runuser", "-u", "postgres", "--"]
    data, port = folder / "data", _free_port()

    def run(*args: str) -> None:
        subprocess.run([*as_user, *args], check=True, capture_output=True, timeout=120)

    try:
        run(str(bindir / "initdb"), "-D", str(data), "-A", "trust", "-U", "tally", "-E", "UTF8", "--no-sync")
        options = f"-k {folder} -p {port} -c listen_addresses= -c fsync=off -c full_page_writes=off"
        run(str(bindir / "pg_ctl"), "-D", str(data), "-o", options, "-l", str(folder / "log"), "-w", "start")
    except (subprocess.SubprocessError, OSError) as err:
        shutil.rmtree(folder, ignore_errors=True)
        raise Unavailable(f"could not start a throwaway PostgreSQL cluster with {bindir}: {err}") from err
    try:
        yield Server("postgresql+psycopg://tally@", f"?host={folder}&port={port}")
    finally:
        subprocess.run(
            [*as_user, str(bindir / "pg_ctl"), "-D", str(data), "-m", "immediate", "-w", "stop"],
            capture_output=True,
            check=False,
            timeout=60,
        )
        shutil.rmtree(folder, ignore_errors=True)


@contextmanager
def server() -> Iterator[Server]:
    """The session's server with the migrated template database in it.

    :raises Unavailable: when there is none to be had (the tests skip).
    """
    try:
        import psycopg  # noqa: F401
    except ImportError as err:
        raise Unavailable(
            "the psycopg driver is not installed (pip install 'tally-news[postgresql]')"
        ) from err
    given = os.environ.get(ENV_URL)
    if given:
        from sqlalchemy import URL, make_url

        url = make_url(given.replace("postgresql://", "postgresql+psycopg://", 1))
        query = "?" + "&".join(f"{k}={v}" for k, v in url.query.items()) if url.query else ""
        server_only = URL.create(url.drivername, url.username, url.password, url.host, url.port)
        base = server_only.render_as_string(hide_password=False)
        found: AbstractContextManager[Server] = _given(Server(base, query))
    else:
        found = _throwaway_cluster()
    with found as srv:
        _make_template(srv)
        try:
            yield srv
        finally:
            srv.drop_work_databases()
            with srv.admin() as conn:
                drop_database(conn, TEMPLATE)


def _empty(url: str) -> None:
    """Delete every row of every tally table (children first), keeping the schema version."""
    import psycopg

    from tally.store.link_schema import LINK_METADATA
    from tally.store.review_schema import REVIEW_METADATA
    from tally.store.schema import METADATA

    metadatas = (REVIEW_METADATA, LINK_METADATA, METADATA)
    tables = [t.name for meta in metadatas for t in reversed(meta.sorted_tables)]
    with (
        psycopg.connect(url.replace("postgresql+psycopg://", "postgresql://"), autocommit=True) as conn,
        conn.transaction(),
    ):
        for table in tables:
            keep = " WHERE key <> 'schema_version'" if table == "tally_meta" else ""
            conn.execute(f'DELETE FROM "{table}"{keep}')  # names from the schema, not from input


@contextmanager
def _given(srv: Server) -> Iterator[Server]:
    yield srv


def _make_template(srv: Server) -> None:
    from tally.store import Store

    with srv.admin() as conn:
        drop_database(conn, TEMPLATE)
        conn.execute(f"CREATE DATABASE {TEMPLATE}")
    Store(srv.url(TEMPLATE)).close()  # the migrations, run on PostgreSQL


@contextmanager
def database(srv: Server, *, migrated: bool = True) -> Iterator[str]:
    """A new database (a copy of the migrated template, or empty), dropped afterwards; yields its URL."""
    name = f"tally_test_{uuid.uuid4().hex[:12]}"
    with srv.admin() as conn:
        conn.execute(f"CREATE DATABASE {name}" + (f" TEMPLATE {TEMPLATE}" if migrated else ""))
    try:
        yield srv.url(name)
    finally:
        with srv.admin() as conn:
            drop_database(conn, name)


#: How often, and how long apart, a drop waits for a server process of another role to leave.
_DROP_TRIES, _DROP_PAUSE = 50, 0.2


def drop_database(conn: Any, name: str) -> None:
    """Drop *name*, ending our own connections to it.

    "WITH (FORCE)" may not end a process of another role: an autovacuum worker
    that has just started on the fresh database refuses with InsufficientPrivilege.
    That worker finishes in moments on a test database, so the drop is tried again.
    """
    import psycopg

    for attempt in range(_DROP_TRIES):
        try:
            conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
            return
        except psycopg.errors.InsufficientPrivilege:
            if attempt == _DROP_TRIES - 1:
                raise
            time.sleep(_DROP_PAUSE)
