"""Background WAL checkpoints, so that the commits made while typing stay short.

SQLite lets another connection checkpoint in PASSIVE mode while the writer carries on; the thread
wakes every few seconds and copies the WAL back into the database when it has grown.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
from pathlib import Path

log = logging.getLogger(__name__)

WAL_BYTES_BEFORE_CHECKPOINT = 4_000_000


class Checkpointer(threading.Thread):
    def __init__(self, db_path: Path, interval_seconds: float = 2.0) -> None:
        super().__init__(name="wal-checkpoint", daemon=True)
        self._db_path = db_path
        self._wal_path = db_path.with_name(db_path.name + "-wal")
        self._interval = interval_seconds
        self._stop_event = threading.Event()

    def run(self) -> None:
        while not self._stop_event.wait(self._interval):
            try:
                if self._wal_path.exists() and self._wal_path.stat().st_size > WAL_BYTES_BEFORE_CHECKPOINT:
                    self.checkpoint()
            except (OSError, sqlite3.Error):
                log.warning("background checkpoint failed; the next commit's autocheckpoint will do it", exc_info=True)

    def checkpoint(self) -> None:
        connection = sqlite3.connect(self._db_path, timeout=1)
        try:
            connection.execute("PRAGMA synchronous=FULL")
            connection.execute("PRAGMA wal_checkpoint(PASSIVE)")
        finally:
            connection.close()

    def stop(self) -> None:
        self._stop_event.set()
        if self.is_alive():
            self.join(timeout=5)
