"""Which errors mean the server cannot be reached (the autosave waits and journals) and which do not (a refusal,
a fault, anything on SQLite): store/connection_lost.py."""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy.exc import DBAPIError, OperationalError

from unnm_desktop.store.connection_lost import is_connection_lost


def test_a_refused_or_dropped_connection_is_lost() -> None:
    psycopg = pytest.importorskip("psycopg")
    refused = OperationalError("connect", {}, psycopg.OperationalError("connection refused"))
    assert is_connection_lost(refused)
    invalidated = DBAPIError("SELECT 1", {}, Exception("server closed the connection"), connection_invalidated=True)
    assert is_connection_lost(invalidated)
    shutdown = OperationalError("SELECT 1", {}, psycopg.errors.AdminShutdown("terminating connection"))
    assert is_connection_lost(shutdown)


def test_a_refusal_a_fault_or_sqlite_is_not_a_lost_connection() -> None:
    psycopg = pytest.importorskip("psycopg")
    assert not is_connection_lost(DBAPIError("UPDATE", {}, psycopg.errors.InsufficientPrivilege("permission denied")))
    assert not is_connection_lost(DBAPIError("INSERT", {}, psycopg.errors.UniqueViolation("duplicate key")))
    assert not is_connection_lost(OperationalError("UPDATE", {}, sqlite3.OperationalError("database is locked")))
    assert not is_connection_lost(ValueError("no database at all"))
