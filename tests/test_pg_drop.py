"""The test databases' drop waits out a server process of another role (an autovacuum worker)."""

from __future__ import annotations

import psycopg
import pytest

from tests import _pg


class _Conn:
    """A connection whose first *refusals* drops are refused as PostgreSQL refuses them."""

    def __init__(self, refusals: int) -> None:
        self.refusals = refusals
        self.queries: list[str] = []

    def execute(self, query: str) -> None:
        self.queries.append(query)
        if self.refusals:
            self.refusals -= 1
            raise psycopg.errors.InsufficientPrivilege(
                "must be a member of the role whose process is being terminated"
            )


def test_a_refused_drop_is_tried_again(monkeypatch):
    monkeypatch.setattr(_pg, "_DROP_PAUSE", 0.0)
    conn = _Conn(refusals=3)
    _pg.drop_database(conn, "tally_test_x")
    assert conn.queries == ["DROP DATABASE IF EXISTS tally_test_x WITH (FORCE)"] * 4


def test_a_drop_refused_every_time_fails(monkeypatch):
    monkeypatch.setattr(_pg, "_DROP_PAUSE", 0.0)
    conn = _Conn(refusals=_pg._DROP_TRIES)
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        _pg.drop_database(conn, "tally_test_x")
    assert len(conn.queries) == _pg._DROP_TRIES
