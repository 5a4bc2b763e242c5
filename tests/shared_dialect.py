"""One SQLite dialect, and its compiled statements, for every engine a test process opens.

The program opens one engine per database and keeps it, so each statement is compiled once per process. A test
process opens a new database, hence a new engine, for nearly every test: SQLAlchemy keys its compiled statements,
type processors and the like by the dialect object, so every test compiled every statement again — a fifth of the
CPU of the SQLite tests (measured on test_sync, test_package, test_export_docx, test_services: 14.0–15.1 → 11.2–12.3
s). The engines of `store.engine.make_engine` differ only by their file and the pragmas set on connecting, which
are the pool's, not the dialect's: the engines made the same way (read-only or not) share the first one's dialect
and statement cache. The SQL sent is the same, compiled once.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.util import LRUCache

from unnm_desktop.store import database, engine

STATEMENTS_KEPT = 5000


def install() -> None:
    """Wrap `make_engine` where the program calls it (idempotent)."""
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
