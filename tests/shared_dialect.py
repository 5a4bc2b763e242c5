"""One SQLite dialect and one PostgreSQL dialect, and their compiled statements, for the engines a test process opens.

The program opens one engine per database and keeps it, so each statement is compiled once per process. A test
process opens a new database, hence a new engine, for nearly every test: SQLAlchemy keys its compiled statements,
type processors and the like by the dialect object, so every test compiled every statement again — a fifth of the
CPU of the SQLite tests (measured on test_sync, test_package, test_export_docx, test_services: 14.0–15.1 → 11.2–12.3
s). The engines of `store.engine.make_engine` differ only by their file and the pragmas set on connecting, which
are the pool's, not the dialect's: the engines made the same way (read-only or not) share the first one's dialect
and statement cache. The SQL sent is the same, compiled once.

The server's engines (`store.server.make_server_engine`) share likewise, once the first has connected (its dialect
then knows the server's version and settings: the tests have one server): the server tests' CPU 45.6 → 39.4 s
(test_server_basics, _search, _concurrency, test_copy_register, test_meeting_leases, with the server's own).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import Engine
from sqlalchemy.util import LRUCache

from unnm_desktop.store import database, engine, server

STATEMENTS_KEPT = 5000


def install() -> None:
    """Wrap `make_engine` and `make_server_engine` where the program calls them (idempotent)."""
    if getattr(engine.make_engine, "shares_dialect", False):
        return
    original = engine.make_engine
    first: dict[bool, Engine] = {}

    def make_engine(path: Path, *, read_only: bool = False) -> Engine:
        made = original(path, read_only=read_only)
        if read_only in first:
            made.dialect = first[read_only].dialect
            made._compiled_cache = first[read_only]._compiled_cache
        else:
            made._compiled_cache = LRUCache(STATEMENTS_KEPT)
            first[read_only] = made
        return made

    make_engine.shares_dialect = True  # type: ignore[attr-defined]
    engine.make_engine = make_engine
    database.make_engine = make_engine
    original_server = server.make_server_engine
    first_server: dict[bool, Engine] = {}

    def make_server_engine(address: Any, *, read_only: bool = False, connect_timeout: int = 10) -> Engine:
        made = original_server(address, read_only=read_only, connect_timeout=connect_timeout)
        shared = first_server.get(read_only)
        if shared is not None and shared.dialect.server_version_info is not None:
            made.dialect = shared.dialect
            made._compiled_cache = shared._compiled_cache
        else:  # the first, or the first has never connected (an unreachable address): this one is the model
            made._compiled_cache = LRUCache(STATEMENTS_KEPT)
            first_server[read_only] = made
        return made

    server.make_server_engine = make_server_engine
