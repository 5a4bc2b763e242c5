"""One writer per database file: an OS lock on a sidecar file that also names its holder.

This module and `refuse_if_not_sqlite` need only the standard library, so the GUI can take the lock and
refuse a wrong file before SQLAlchemy has even been imported.
"""

from __future__ import annotations

import getpass
import json
import os
import socket
import sys
from datetime import datetime
from pathlib import Path

from unnm_desktop.domain.errors import QT_TRANSLATE_NOOP, Message
from unnm_desktop.store.errors import DamagedDatabaseError, DatabaseLockedError, StorageError

SQLITE_HEADER = b"SQLite format 3\x00"


def lock_path_for(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".lock")


def _current_holder() -> dict[str, object]:
    try:
        user = getpass.getuser()
    except Exception:  # no user name on some locked-down systems
        user = "unknown"
    return {
        "pid": os.getpid(),
        "user": user,
        "host": socket.gethostname(),
        "since": datetime.now().astimezone().isoformat(timespec="seconds"),
    }


def _locked_error(path: Path, holder: dict[str, object]) -> DatabaseLockedError:
    if not holder:
        return DatabaseLockedError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{path} is already open for writing by another UNNM Desktop process. Close it there first, "
                "or open a copy.",
            ),
            path=path,
        )
    since = str(holder.get("since", ""))[:16].replace("T", " ")
    return DatabaseLockedError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "{path} is already open for writing by UNNM Desktop process {pid} of user {user} on {host} (since "
            "{since}). Close it there first, or open a copy.",
        ),
        path=path,
        pid=holder.get("pid"),
        user=holder.get("user"),
        host=holder.get("host"),
        since=since,
    )


class DatabaseLock:
    """Held for as long as the database is open for writing; released on `release()` or process exit."""

    def __init__(self, db_path: Path) -> None:
        self.path = lock_path_for(db_path)
        self._handle = None

    def acquire(self) -> None:
        handle = open(self.path, "a+b")  # noqa: SIM115 - kept open while the lock is held
        try:
            _lock_file(handle)
        except OSError:
            handle.seek(0)
            try:
                holder = json.loads(handle.read().decode("utf-8") or "{}")
            except ValueError:
                holder = {}
            handle.close()
            raise _locked_error(self.path.with_suffix(""), holder) from None
        handle.seek(0)
        handle.truncate()
        handle.write(json.dumps(_current_holder()).encode("utf-8"))
        handle.flush()
        self._handle = handle

    def release(self) -> None:
        if self._handle is None:
            return
        try:
            self._handle.seek(0)
            self._handle.truncate()
            _unlock_file(self._handle)
        finally:
            self._handle.close()
            self._handle = None


def acquire_lock(path: Path) -> DatabaseLock:
    """The single-writer lock of the file (refused with the holder's name if another process has it)."""
    lock = DatabaseLock(path)
    try:
        lock.acquire()
    except OSError as error:
        raise StorageError(
            QT_TRANSLATE_NOOP("Errors", "{path} cannot be opened for writing: {reason}."),
            path=path,
            reason=error.strerror,
        ) from None
    return lock


def refuse_if_not_sqlite(path: Path) -> None:
    """A file that is not a SQLite database is refused, untouched, naming the newest good backup."""
    from unnm_desktop.store.backups import newest_good_backup

    try:
        with open(path, "rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as error:
        raise StorageError(
            QT_TRANSLATE_NOOP("Errors", "{path} cannot be read: {reason}."), path=path, reason=error.strerror
        ) from None
    if header != SQLITE_HEADER:
        problem = Message(
            QT_TRANSLATE_NOOP("Errors", "{path} is not an UNNM Desktop database (not a SQLite file)."), path=path
        )
        raise DamagedDatabaseError(path, problem, newest_good_backup(path))


if sys.platform == "win32":
    import msvcrt

    def _lock_file(handle) -> None:  # type: ignore[no-untyped-def]
        handle.seek(0)
        # Lock a byte far past the holder text, so the holder stays readable by the refused process.
        handle.seek(1 << 20)
        msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)

    def _unlock_file(handle) -> None:  # type: ignore[no-untyped-def]
        handle.seek(1 << 20)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock_file(handle) -> None:  # type: ignore[no-untyped-def]
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock_file(handle) -> None:  # type: ignore[no-untyped-def]
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
