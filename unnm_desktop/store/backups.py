"""Verified, rotating backups through the SQLite backup API (never a file copy of an open database)."""

from __future__ import annotations

import contextlib
import os
import sqlite3
from datetime import datetime
from pathlib import Path

from unnm_desktop.paths import backup_dir_for

KEEP_BACKUPS = 20
SUFFIX = ".sqlite3"


def _read_only_uri(path: Path, *, immutable: bool = False) -> str:
    flags = "mode=ro&immutable=1" if immutable else "mode=ro"
    return f"file:{path.as_posix()}?{flags}"


def check_file(path: Path, *, full: bool = False, immutable: bool = False) -> str:
    """Run quick_check (or integrity_check) read-only; return "ok" or the problem SQLite reports."""
    pragma = "integrity_check" if full else "quick_check"
    try:
        connection = sqlite3.connect(_read_only_uri(path, immutable=immutable), uri=True)
    except sqlite3.Error as error:
        return str(error)
    try:
        rows = connection.execute(f"PRAGMA {pragma}").fetchall()
    except sqlite3.Error as error:
        return str(error)
    finally:
        connection.close()
    messages = [row[0] for row in rows]
    return "ok" if messages == ["ok"] else "; ".join(messages[:5])


def make_backup(db_path: Path, reason: str, *, destination_dir: Path | None = None) -> Path:
    """Copy the database through the backup API, verify the copy, keep it, and rotate old ones."""
    folder = destination_dir or backup_dir_for(db_path)
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%dT%H%M%S%f")
    target = folder / f"{db_path.stem}-{stamp}-{reason}{SUFFIX}"
    partial = target.with_name(target.name + ".partial")
    source = sqlite3.connect(_read_only_uri(db_path), uri=True)
    try:
        copy = sqlite3.connect(partial)
        try:
            source.backup(copy)
            copy.execute("PRAGMA journal_mode=DELETE")
        finally:
            copy.close()
    finally:
        source.close()
    verdict = check_file(partial, full=True)
    if verdict != "ok":
        partial.unlink(missing_ok=True)
        raise OSError(f"the backup copy of {db_path} failed its integrity check ({verdict})")
    _fsync(partial)
    os.replace(partial, target)
    rotate(folder)
    return target


def _fsync(path: Path) -> None:
    with open(path, "rb") as handle:
        os.fsync(handle.fileno())


def list_backups(db_path: Path) -> list[Path]:
    """Backups of this database, newest first."""
    folder = backup_dir_for(db_path)
    if not folder.is_dir():
        return []
    return sorted(folder.glob(f"*{SUFFIX}"), key=lambda p: p.name, reverse=True)


def rotate(folder: Path, keep: int | None = None) -> None:
    backups = sorted(folder.glob(f"*{SUFFIX}"), key=lambda p: p.name, reverse=True)
    for old in backups[KEEP_BACKUPS if keep is None else keep :]:
        with contextlib.suppress(OSError):
            old.unlink()


def newest_good_backup(db_path: Path) -> Path | None:
    for candidate in list_backups(db_path):
        if check_file(candidate, immutable=True) == "ok":
            return candidate
    return None
