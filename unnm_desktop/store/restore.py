"""Putting a backup in place: the current file is set aside (renamed), never overwritten or deleted."""

from __future__ import annotations

import os
import sqlite3
from datetime import datetime
from pathlib import Path

from unnm_desktop.domain.errors import QT_TRANSLATE_NOOP
from unnm_desktop.store.backups import check_file, newest_good_backup
from unnm_desktop.store.errors import StorageError
from unnm_desktop.store.lock import DatabaseLock


def restore_backup(db_path: Path, backup: Path | None = None) -> tuple[Path | None, Path]:
    """Returns (where the old file was set aside, or None; the backup used)."""
    source = backup or newest_good_backup(db_path)
    if source is None:
        raise StorageError(
            QT_TRANSLATE_NOOP("Errors", "No good backup of {path} was found; nothing was changed."), path=db_path
        )
    if check_file(source, full=True, immutable=True) != "ok":
        raise StorageError(
            QT_TRANSLATE_NOOP(
                "Errors", "The backup {backup} is itself damaged; nothing was changed. Try an older one."
            ),
            backup=source,
        )
    lock = DatabaseLock(db_path)
    lock.acquire()
    try:
        set_aside = None
        if db_path.exists():
            stamp = datetime.now().strftime("%Y%m%dT%H%M%S")
            set_aside = db_path.with_name(f"{db_path.name}.set-aside-{stamp}")
            os.replace(db_path, set_aside)
            for suffix in ("-wal", "-shm"):
                sidecar = db_path.with_name(db_path.name + suffix)
                if sidecar.exists():
                    os.replace(sidecar, set_aside.with_name(set_aside.name + suffix))
        partial = db_path.with_name(db_path.name + ".restoring")
        src = sqlite3.connect(f"file:{source.as_posix()}?mode=ro&immutable=1", uri=True)
        dst = sqlite3.connect(partial)
        try:
            src.backup(dst)
        finally:
            dst.close()
            src.close()
        os.replace(partial, db_path)
        return set_aside, source
    finally:
        lock.release()
