"""SQLAlchemy engine with the pragmas every connection needs (DESIGN.md §3)."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event

BUSY_TIMEOUT_MS = 5000
AUTOCHECKPOINT_PAGES = 20_000


def apply_pragmas(connection: sqlite3.Connection) -> None:
    # FULL, not NORMAL: in WAL mode NORMAL may lose the last commits on power loss.
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("PRAGMA synchronous=FULL")
    connection.execute("PRAGMA foreign_keys=ON")
    connection.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    # Checkpoints run in a background thread (store/checkpoint.py) so that a commit made while the
    # rapporteur types never pays for one; this higher limit is only the safety net.
    connection.execute(f"PRAGMA wal_autocheckpoint={AUTOCHECKPOINT_PAGES}")


def make_engine(path: Path, *, read_only: bool = False) -> Engine:
    url = f"sqlite+pysqlite:///file:{path}?mode=ro&uri=true" if read_only else f"sqlite+pysqlite:///{path}"
    engine = create_engine(url)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: object) -> None:
        if read_only:
            dbapi_connection.execute("PRAGMA foreign_keys=ON")
            dbapi_connection.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        else:
            apply_pragmas(dbapi_connection)

    return engine
